package org.govforms.server.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where records of every family are kept, as JSON documents, each in one tenant's space. One store serves
 * every family: a family is only a name here.
 */
public interface RecordStore {

    /** Stores a new record; its sequence orders the family's records oldest first. */
    StoredRecord insert(String tenant, String family, UUID id, byte[] document);

    Optional<StoredRecord> find(String tenant, String family, UUID id);

    /** Replaces the document of an existing record; empty when there is none. */
    Optional<StoredRecord> replace(String tenant, String family, UUID id, byte[] document);

    /** Up to {@code limit} records with a sequence greater than {@code afterSequence}, oldest first. */
    List<StoredRecord> list(String tenant, String family, long afterSequence, int limit);
}
