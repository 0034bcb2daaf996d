package org.govforms.server.records;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Page tokens are opaque: the position in the listing, encrypted and authenticated (AES-GCM) together with the
 * tenant and the collection it belongs to. A token reveals nothing (not even how many records other tenants
 * wrote meanwhile), and one that was altered, or taken from another tenant's or collection's listing, is refused.
 * The key comes from {@code govforms.page-token-secret}; without it, each server start makes its own, so tokens
 * last as long as the server (servers that share a database should share the secret).
 */
@Component
public class PageTokens {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TOKEN_BYTES = NONCE_BYTES + Long.BYTES + TAG_BITS / 8;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PageTokens(@Value("${govforms.page-token-secret:}") String secret) {
        byte[] keyBytes = new byte[32];
        if (secret.isBlank()) {
            random.nextBytes(keyBytes);
        } else {
            keyBytes = sha256(secret);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    String of(String tenant, String collection, long sequence) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, tenant, collection,
                ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(TOKEN_BYTES).put(nonce).put(sealed).array());
    }

    long sequenceOf(String tenant, String collection, String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length != TOKEN_BYTES) {
                throw refused();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            long sequence = ByteBuffer.wrap(cipher(Cipher.DECRYPT_MODE, nonce, tenant, collection, sealed)).getLong();
            if (sequence < 0) {
                throw refused();
            }
            return sequence;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw refused();
        }
    }

    private byte[] cipher(int mode, byte[] nonce, String tenant, String collection, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((tenant + '\n' + collection).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a token altered or made for another listing fails its authentication tag
            throw new IllegalStateException("page token not authentic");
        }
    }

    private static BadRequestException refused() {
        return new BadRequestException("pageToken is not one this server gave for this listing; pass the nextPageToken"
                + " of the previous page.");
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
