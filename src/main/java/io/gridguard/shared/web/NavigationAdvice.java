package io.gridguard.shared.web;

import java.util.Comparator;
import java.util.List;

import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the caller and the navigation their role may use. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("caller")
    Caller caller() {
        return Callers.current().orElse(null);
    }

    @ModelAttribute("nav")
    List<NavItem> nav() {
        return Callers.current()
                .map(caller -> items.stream().filter(item -> item.roles().contains(caller.role())).toList())
                .orElse(List.of());
    }
}
