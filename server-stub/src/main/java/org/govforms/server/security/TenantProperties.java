package org.govforms.server.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tenants, their API keys and their share of the server, from configuration ({@code govforms.tenants},
 * {@code govforms.rate-limit}). Keys are kept only as SHA-256 hashes (hex), so the configuration never holds
 * a usable key.
 */
@ConfigurationProperties("govforms")
public record TenantProperties(List<Tenant> tenants, RateLimits rateLimit) {

    public TenantProperties {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
        rateLimit = rateLimit == null ? new RateLimits(null, null) : rateLimit;
    }

    /** A tenant; its own rate limit, when given, replaces the default. */
    public record Tenant(String id, List<String> apiKeySha256, RateLimit rateLimit) {
        public Tenant {
            apiKeySha256 = apiKeySha256 == null ? List.of() : List.copyOf(apiKeySha256);
        }
    }

    /** The default for every tenant, and the limit shared by all requests without a valid key. */
    public record RateLimits(RateLimit perTenant, RateLimit unauthenticated) {
        public RateLimits {
            perTenant = perTenant == null ? new RateLimit(100, 500) : perTenant;
            unauthenticated = unauthenticated == null ? new RateLimit(10, 50) : unauthenticated;
        }
    }

    /** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerSecond}. */
    public record RateLimit(int requestsPerSecond, int burst) {
        public RateLimit {
            if (requestsPerSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs requests-per-second and burst of at least 1");
            }
        }
    }
}
