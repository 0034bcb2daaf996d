package org.govforms.server.store;

import java.util.UUID;

/** One stored record: its id, its place in the family's order and its JSON document. */
public record StoredRecord(UUID id, long sequence, byte[] document) {

    @Override
    public String toString() {
        return "StoredRecord[id=" + id + ", sequence=" + sequence + ", document=" + document.length + " bytes]";
    }
}
