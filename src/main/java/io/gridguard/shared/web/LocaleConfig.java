package io.gridguard.shared.web;

import java.util.List;
import java.util.Locale;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default. Pages switch to English with {@code ?lang=en}, remembered in a cookie;
 * the API answers in the language of the caller's {@code Accept-Language}.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        return new ApiOrPageLocaleResolver();
    }

    /**
     * Sets the request's locale before the security filters run, so that a 401 or 403 written by them
     * speaks the caller's language too (Spring's own filter would fall back to the JVM's locale).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> localeFilter(LocaleResolver resolver) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                LocaleContextHolder.setLocale(resolver.resolveLocale(request));
                try {
                    chain.doFilter(request, response);
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        // After Spring's RequestContextFilter (-105), which would reset the locale, and before the security filters (-100).
        registration.setOrder(-104);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    static final class ApiOrPageLocaleResolver implements LocaleResolver {
        private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        private final CookieLocaleResolver pages = new CookieLocaleResolver("gridguard-lang");

        ApiOrPageLocaleResolver() {
            api.setSupportedLocales(SUPPORTED);
            api.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
            pages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
            pages.setCookieMaxAge(java.time.Duration.ofDays(365));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) ? api.resolveLocale(request) : supported(pages.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            pages.setLocale(request, response, locale == null ? null : supported(locale));
        }

        private static boolean isApi(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        private static Locale supported(Locale locale) {
            return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
    }
}
