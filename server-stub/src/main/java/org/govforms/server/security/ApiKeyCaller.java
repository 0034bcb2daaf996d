package org.govforms.server.security;

/**
 * Who sent a request: the tenant of the API key, and which of the tenant's keys it was (the first twelve hex
 * digits of the key's configured SHA-256, which name the key without revealing it).
 */
public record ApiKeyCaller(String tenant, String keyId) {

    static String keyIdOf(String sha256Hex) {
        return sha256Hex.substring(0, Math.min(12, sha256Hex.length()));
    }
}
