package io.gridguard.iam.internal;

import java.io.IOException;
import java.time.Clock;

import io.gridguard.iam.ApiKeys;
import io.gridguard.iam.OneTimeCodeSender;
import io.gridguard.shared.web.ProblemRenderer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API ({@code /api/**}, {@code /actuator/**}) is stateless: a bearer token or an
 * {@code X-Api-Key}; errors are problem+json. Pages use a session from the sign-in form (staff) or
 * the one-time code (residents), with CSRF protection. Fine-grained role and scope checks happen in
 * the modules, on every read and write.
 */
@Configuration
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnMissingBean(OneTimeCodeSender.class)
    OneTimeCodeSender loggingCodeSender() {
        return (phone, code) -> log.info("One-time sign-in code for {}: {}", io.gridguard.shared.Masking.phone(phone), code);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokens tokens, ApiKeys apiKeys, ProblemRenderer problems,
                            JsonMapper json) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/token", "/api/v1/health-code/public-key", "/actuator/health", "/actuator/health/**").permitAll()
                        // a device proves itself with its own key (X-Device-Key), checked by the devices module
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/devices/*/readings").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("DISTRICT_COMMAND", "MACHINE")
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiKeyFilter(apiKeys, json, problems), BasicAuthenticationFilter.class)
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens::toAuthentication))
                        .authenticationEntryPoint((req, res, e) -> write(res, json, problems, HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                        .accessDeniedHandler((req, res, e) -> write(res, json, problems, HttpStatus.FORBIDDEN, "error.access.role")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> write(res, json, problems, HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> write(res, json, problems, HttpStatus.FORBIDDEN, "error.access.role")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, StaffAuthenticationProvider staff,
                              SecurityContextRepository contexts) throws Exception {
        AuthenticationFailureHandler failure = (req, res, e) ->
                res.sendRedirect(req.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error"));
        // Its own manager, without the global parent: a parent would try the same provider again and
        // count every failed sign-in twice.
        http.authenticationManager(new ProviderManager(staff))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/resident/login", "/resident/login/**", "/register", "/register/**", "/v/**",
                                "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/resident", "/resident/**").hasRole("RESIDENT")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    static void write(HttpServletResponse response, JsonMapper json, ProblemRenderer problems, HttpStatus status,
                      String key) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problems.render(status, key, new Object[0], null));
    }

    /** Authenticates machine clients by their {@code X-Api-Key}; a wrong key is refused, not ignored. */
    static final class ApiKeyFilter extends OncePerRequestFilter {
        private final ApiKeys keys;
        private final JsonMapper json;
        private final ProblemRenderer problems;

        ApiKeyFilter(ApiKeys keys, JsonMapper json, ProblemRenderer problems) {
            this.keys = keys;
            this.json = json;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String presented = request.getHeader("X-Api-Key");
            if (presented != null) {
                var caller = keys.authenticate(presented);
                if (caller.isEmpty()) {
                    write(response, json, problems, HttpStatus.UNAUTHORIZED, "iam.apiKey.invalid");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(CallerAuthentication.of(caller.get()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
