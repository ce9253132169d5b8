package io.gridguard.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API endpoint that is called at city scale (a gate scan) and whose path holds a variable. Spring MVC
 * finds a handler for such a path by trying every mapping of the application in turn — about three hundred here,
 * a fifth of a gate scan's processor time — so these few are looked up first, on their own ({@link HotPathMapping}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HotPath {
}
