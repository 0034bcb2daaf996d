package org.govforms.client;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.govforms.model.ApiResponse;

/** The ETag this client last saw for each record id, so that a replace can send If-Match by itself. */
final class ETags {

    private static final int REMEMBERED = 10_000;

    private final Map<UUID, String> byId = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized <T> T remember(ApiResponse<T> response, Function<T, UUID> id) {
        T record = response.getData();
        return record == null ? null : rememberOf(id.apply(record), response);
    }

    /** An entry inside record {@code recordId} (an audit's information request, say), answered with the record's ETag. */
    synchronized <T> T rememberOf(UUID recordId, ApiResponse<T> response) {
        String etag = header(response.getHeaders(), "etag");
        if (recordId != null && etag != null) {
            byId.put(recordId, etag);
        }
        return response.getData();
    }

    synchronized String of(UUID id) {
        String etag = byId.get(id);
        if (etag == null) {
            throw new IllegalStateException("read the record with get(id) before replacing it, so its ETag is known");
        }
        return etag;
    }

    private static String header(Map<String, Collection<String>> headers, String name) {
        for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().iterator().next();
            }
        }
        return null;
    }
}
