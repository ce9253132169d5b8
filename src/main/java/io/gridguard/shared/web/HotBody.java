package io.gridguard.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON body of a {@link HotPath} endpoint, read as {@code @RequestBody} would read it (a body that is not JSON is
 * 415, one that cannot be read is 400) but without Spring MVC's message-converter machinery around it: building the
 * request's headers as {@code HttpHeaders}, parsing its media type, choosing a converter. At a gate scan that machinery
 * cost more than reading the JSON itself (15 µs a scan against 10 µs on the 2-core benchmark machine, async-profiler).
 * {@link HotBodyReader} reads it; the OpenAPI description learns the body from the parameter's
 * {@code io.swagger.v3.oas.annotations.parameters.RequestBody}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface HotBody {
}
