package org.govforms.server.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tenants and their API keys, from configuration ({@code govforms.tenants}). Keys are kept only as
 * SHA-256 hashes (hex), so the configuration never holds a usable key.
 */
@ConfigurationProperties("govforms")
public record TenantProperties(List<Tenant> tenants) {

    public TenantProperties {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }

    public record Tenant(String id, List<String> apiKeySha256) {
        public Tenant {
            apiKeySha256 = apiKeySha256 == null ? List.of() : List.copyOf(apiKeySha256);
        }
    }
}
