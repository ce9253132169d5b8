package io.gridguard.shared.web;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Splits the annotated endpoints in two handler mappings: the {@link HotPath} ones, consulted first, and all the
 * others (Spring's usual mapping, configured as always). Each endpoint is in exactly one of them, so the OpenAPI
 * description, which reads every such mapping, lists each once.
 */
@Configuration(proxyBeanMethods = false)
class HotPathMapping {

    @Bean
    WebMvcRegistrations everythingButHotPaths() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Part(false);
            }
        };
    }

    /**
     * The hot endpoints are JSON APIs: they need the content negotiation of the usual mapping and none of its
     * interceptors (those serve pages: the language switch and the menu).
     */
    @Bean
    RequestMappingHandlerMapping hotPathHandlerMapping(@Qualifier("mvcContentNegotiationManager") ContentNegotiationManager negotiation) {
        Part hot = new Part(true);
        hot.setOrder(Ordered.HIGHEST_PRECEDENCE);
        hot.setContentNegotiationManager(negotiation);
        return hot;
    }

    /**
     * The hot mapping answers 405 for a method it lacks on its own paths, so an endpoint sharing a hot path must be
     * hot too; refused at start-up rather than found as a 405 in use. (Patterns are compared as written: the same path
     * with its variable named differently is not caught.)
     */
    @Bean
    SmartInitializingSingleton hotPathsStandAlone(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping usual,
                                                  @Qualifier("hotPathHandlerMapping") RequestMappingHandlerMapping hot) {
        return () -> {
            Set<String> hotPaths = patterns(hot);
            Set<String> shared = patterns(usual).stream().filter(hotPaths::contains).collect(Collectors.toSet());
            if (!shared.isEmpty()) {
                throw new IllegalStateException("Endpoints on the @HotPath paths " + shared + " must be @HotPath too");
            }
        };
    }

    private static Set<String> patterns(RequestMappingHandlerMapping mapping) {
        return mapping.getHandlerMethods().keySet().stream().flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toSet());
    }

    private static final class Part extends RequestMappingHandlerMapping {
        private final boolean hot;

        Part(boolean hot) {
            this.hot = hot;
        }

        @Override
        protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
            return method.isAnnotationPresent(HotPath.class) == hot ? super.getMappingForMethod(method, handlerType) : null;
        }
    }
}
