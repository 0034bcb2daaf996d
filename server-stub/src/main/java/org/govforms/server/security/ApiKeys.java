package org.govforms.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the caller an API key belongs to, comparing hashes in constant time. */
@Component
public class ApiKeys {

    private record Entry(ApiKeyCaller caller, byte[] hash) {
    }

    private final List<Entry> entries;

    public ApiKeys(TenantProperties properties) {
        this.entries = properties.tenants().stream()
                .flatMap(tenant -> tenant.apiKeySha256().stream()
                        .map(hex -> hex.trim().toLowerCase())
                        .map(hex -> new Entry(new ApiKeyCaller(tenant.id(), ApiKeyCaller.keyIdOf(hex)),
                                HexFormat.of().parseHex(hex))))
                .toList();
    }

    public Optional<ApiKeyCaller> callerOf(String apiKey) {
        byte[] hash = sha256(apiKey);
        ApiKeyCaller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash)) {
                found = entry.caller();
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
