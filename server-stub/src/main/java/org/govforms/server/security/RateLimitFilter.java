package org.govforms.server.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.govforms.server.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fair share of the server per tenant: one Bucket4j token bucket per tenant, and one shared by every request
 * without a valid API key. Each server keeps its own buckets. Every answer says the policy and what is left in
 * the IETF {@code RateLimit-Policy} and {@code RateLimit} headers; over the limit, the answer is 429 with
 * {@code Retry-After}, and the request is not served.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final ApiKeys apiKeys;
    private final ProblemWriter problems;
    private final Map<String, Policy> tenants;
    private final Policy unauthenticated;

    RateLimitFilter(TenantProperties properties, ApiKeys apiKeys, ProblemWriter problems) {
        this.apiKeys = apiKeys;
        this.problems = problems;
        this.tenants = properties.tenants().stream().collect(Collectors.toMap(TenantProperties.Tenant::id,
                tenant -> new Policy("tenant", tenant.rateLimit() != null ? tenant.rateLimit()
                        : properties.rateLimit().perTenant()), (first, second) -> first));
        this.unauthenticated = new Policy("unauthenticated", properties.rateLimit().unauthenticated());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiKeyAuthentication.Presented presented = ApiKeyAuthentication.presentedKey(request);
        Policy policy = presented == null ? unauthenticated : apiKeys.callerOf((String) presented.getCredentials())
                .map(caller -> tenants.get(caller.tenant()))
                .orElse(unauthenticated);
        ConsumptionProbe probe = policy.bucket().tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Policy", policy.header());
        if (probe.isConsumed()) {
            response.setHeader("RateLimit", policy.remaining(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setHeader("RateLimit", "\"" + policy.name() + "\";r=0;t=" + retryAfter);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "This API key sent more requests than its share of the server; send again after Retry-After seconds.");
    }

    /** One caller's bucket, and how its policy is written in the headers. */
    private record Policy(String name, TenantProperties.RateLimit limit, Bucket bucket) {

        Policy(String name, TenantProperties.RateLimit limit) {
            this(name, limit, Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                            .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)))
                    .build());
        }

        /** q: requests at most in a window of w seconds, the time an empty bucket takes to fill. */
        String header() {
            return "\"" + name + "\";q=" + limit.burst() + ";w=" + secondsToRefill(limit.burst());
        }

        /** r: requests left now; t: seconds until the bucket is full again. */
        String remaining(long tokens) {
            return "\"" + name + "\";r=" + tokens + ";t=" + secondsToRefill(limit.burst() - tokens);
        }

        private long secondsToRefill(long tokens) {
            return (tokens + limit.requestsPerSecond() - 1) / limit.requestsPerSecond();
        }
    }
}
