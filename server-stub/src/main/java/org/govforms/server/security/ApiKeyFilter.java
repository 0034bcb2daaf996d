package org.govforms.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.govforms.server.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API operation (everything under /v1/) needs {@code Authorization: Bearer <api key>}; without a
 * known key the answer is a 401 problem. The documentation (/docs, /openapi.yaml) holds no records and is open.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final ProblemWriter problems;

    public ApiKeyFilter(ApiKeys apiKeys, ProblemWriter problems) {
        this.apiKeys = apiKeys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<String> tenant = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? apiKeys.tenantOf(authorization.substring(BEARER.length()).trim())
                : Optional.empty();
        if (tenant.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"GovForms\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "An API key is required",
                    "Send a valid GovForms API key as 'Authorization: Bearer <key>'.");
            return;
        }
        Caller.authenticate(request, tenant.get());
        chain.doFilter(request, response);
    }
}
