package org.govforms.server.web;

import java.net.URI;
import org.govforms.server.records.Stored;
import org.springframework.http.ResponseEntity;

/** The answers that carry a stored record: its ETag always, its Location when it was just created. */
final class Responses {

    private Responses() {
    }

    static <T> ResponseEntity<T> ok(Stored<T> stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(stored.record());
    }

    static <T> ResponseEntity<T> created(String collectionPath, Stored<T> stored) {
        return ResponseEntity.created(URI.create(collectionPath + stored.id())).eTag(stored.etag()).body(stored.record());
    }
}
