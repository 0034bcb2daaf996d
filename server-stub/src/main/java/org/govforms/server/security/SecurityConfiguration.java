package org.govforms.server.security;

import org.govforms.server.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security guards every request. Its firewall refuses paths that are not in their plain form (matrix
 * parameters, encoded slashes and dots, {@code //}, {@code /./}) before anything else runs; then every path
 * but the health checks and the documentation needs a valid API key, checked before any handler, validation
 * or body parsing, and counted against the caller's rate limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** What anyone may read without a key: health checks, the specification and its reference page. */
    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/openapi.yaml", "/openapi.json",
            "/docs", "/docs/", "/webjars/**", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain publicPaths(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(PUBLIC))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, TenantProperties tenants, ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"GovForms\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "An API key is required",
                    "Send a valid GovForms API key as 'Authorization: Bearer <key>'.");
        };
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(ApiKeyAuthentication.provider(apiKeys)), ApiKeyAuthentication.converter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return stateless(http)
                .addFilterAfter(new RateLimitFilter(tenants, apiKeys, problems), SecurityContextHolderFilter.class)
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "This API key may not do this.")))
                .build();
    }

    /** The firewall's refusals (a path not in its plain form, a header it cannot trust) are 400 problems. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, rejected) -> {
            request.setAttribute(ProblemWriter.REJECTED, Boolean.TRUE);
            problems.write(request, response, HttpStatus.BAD_REQUEST, "bad-request", "The request cannot be served",
                    "Send the path in its plain form: no ';' parameters, no encoded '/', '.', '%' or '\\', no '//' "
                            + "or '/./' segments, and headers of printable characters.");
        };
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
