package org.govforms.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the tenant an API key belongs to, comparing hashes in constant time. */
@Component
public class ApiKeys {

    private record Entry(String tenant, byte[] hash) {
    }

    private final List<Entry> entries;

    public ApiKeys(TenantProperties properties) {
        this.entries = properties.tenants().stream()
                .flatMap(tenant -> tenant.apiKeySha256().stream()
                        .map(hex -> new Entry(tenant.id(), HexFormat.of().parseHex(hex.trim().toLowerCase()))))
                .toList();
    }

    public Optional<String> tenantOf(String apiKey) {
        byte[] hash = sha256(apiKey);
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash)) {
                found = entry.tenant();
            }
        }
        return Optional.ofNullable(found);
    }

    public static byte[] sha256(String apiKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
