package org.govforms.server.records;

import java.util.UUID;

/** A record as the server keeps it: its id, its ETag (the version, quoted) and the record itself. */
public record Stored<T>(UUID id, String etag, T record) {
}
