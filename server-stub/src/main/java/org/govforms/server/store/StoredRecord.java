package org.govforms.server.store;

import java.util.UUID;

/** One stored record: its id, its place in the collection's order, its version and its JSON document. */
public record StoredRecord(UUID id, long sequence, long version, byte[] document) {

    @Override
    public String toString() {
        return "StoredRecord[id=" + id + ", sequence=" + sequence + ", version=" + version + ", document="
                + document.length + " bytes]";
    }
}
