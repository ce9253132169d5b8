package io.gridguard.shared.web;

import java.util.Comparator;
import java.util.List;

import io.gridguard.shared.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page the caller and the navigation their role may use. It runs only when a view is
 * about to be rendered: an API call (a gate scan, thousands a second) pays nothing for it, which a
 * {@code @ModelAttribute} advice would cost on every handler.
 */
@Configuration(proxyBeanMethods = false)
class Navigation implements HandlerInterceptor, WebMvcConfigurer {

    private final List<NavItem> items;

    Navigation(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        Callers.current().ifPresentOrElse(caller -> {
            page.addObject("caller", caller);
            page.addObject("nav", items.stream().filter(item -> item.roles().contains(caller.role())).toList());
        }, () -> page.addObject("nav", List.of()));
    }
}
