package org.govforms.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where records of every family are kept, as JSON documents, each in one tenant's space, with the
 * Idempotency-Keys of the requests that created them. One store serves every family: a family is only a
 * collection name here.
 */
public interface RecordStore {

    /**
     * Stores a new record (version 1). When the create came with an Idempotency-Key, the key is completed
     * with the record and its answer in the same transaction, so a retry finds either both or neither.
     */
    StoredRecord insert(String tenant, String collection, UUID id, byte[] document, Instant now,
                        IdempotencyKey completes);

    Optional<StoredRecord> find(String tenant, String collection, UUID id);

    /** Replaces the document only while the stored version is still {@code expectedVersion}. */
    Replacement replace(String tenant, String collection, UUID id, long expectedVersion, byte[] document, Instant now);

    /** Up to {@code limit} records with a sequence greater than {@code afterSequence}, oldest first. */
    List<StoredRecord> list(String tenant, String collection, long afterSequence, int limit);

    /**
     * Claims an Idempotency-Key for a request with this hash, or tells what became of the key's first request.
     * A claim left in flight longer than {@code abandonedBefore} (its server died) may be claimed again.
     */
    Claim claim(IdempotencyKey key, String requestHash, Instant now, Instant abandonedBefore);

    /** Gives up a claimed key whose request stored nothing (it failed validation), so it can be used again. */
    void release(IdempotencyKey key);

    /** Forgets the keys claimed before {@code cutoff}; returns how many. */
    int forgetKeysClaimedBefore(Instant cutoff);

    /** The tenant's space for the keys of one collection's creates. */
    record IdempotencyKey(String tenant, String collection, String key) {
        @Override
        public String toString() {
            return "IdempotencyKey[" + tenant + ", " + collection + "]";
        }
    }

    /** What a claim found. */
    sealed interface Claim {
        /** The key is new: this request may proceed. */
        record Claimed() implements Claim {
        }

        /** The first request with this key is still being served. */
        record InFlight(String requestHash) implements Claim {
        }

        /** The first request with this key stored a record and got this answer. */
        record Completed(String requestHash, UUID recordId, byte[] response) implements Claim {
        }
    }

    /** What a replace did. */
    sealed interface Replacement {
        record Replaced(StoredRecord record) implements Replacement {
        }

        record NotFound() implements Replacement {
        }

        record VersionChanged() implements Replacement {
        }
    }
}
