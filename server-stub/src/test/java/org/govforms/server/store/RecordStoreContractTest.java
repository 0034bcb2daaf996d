package org.govforms.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.govforms.server.store.RecordStore.Claim;
import org.govforms.server.store.RecordStore.IdempotencyKey;
import org.govforms.server.store.RecordStore.Replacement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What every RecordStore must do, on the embedded H2 file and on PostgreSQL alike. */
class RecordStoreContractTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("H2 file", new JdbcRecordStore(Databases.h2File())),
                Arguments.of("PostgreSQL", new JdbcRecordStore(Databases.postgres())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aRecordIsKeptByteForByteInItsTenantsSpace(String database, RecordStore store) {
        UUID id = UUID.randomUUID();
        byte[] document = "{\"lastName\":\"ሀይለ\",\"firstName\":\"مريم\",\"middleName\":\"李\",\"x\":\"Жанна देवी\"}"
                .getBytes(StandardCharsets.UTF_8);

        StoredRecord stored = store.insert("t1", "i589-applications", id, document, NOW, null);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(store.find("t1", "i589-applications", id).orElseThrow().document()).isEqualTo(document);
        assertThat(store.find("t2", "i589-applications", id)).isEmpty();
        assertThat(store.find("t1", "other-records", id)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void listsAreOldestFirstAndPageByTheSequence(String database, RecordStore store) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            store.insert("t1", "c", id, new byte[] {'{', '}'}, NOW, null);
            store.insert("t2", "c", UUID.randomUUID(), new byte[] {'{', '}'}, NOW, null);
        }

        List<StoredRecord> first = store.list("t1", "c", 0, 3);
        List<StoredRecord> rest = store.list("t1", "c", first.get(2).sequence(), 3);

        assertThat(first).extracting(StoredRecord::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(rest).extracting(StoredRecord::id).containsExactlyElementsOf(ids.subList(3, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aReplaceNeedsTheCurrentVersionAndOnlyOneOfTwoRacingWritersWins(String database, RecordStore store)
            throws Exception {
        UUID id = UUID.randomUUID();
        store.insert("t1", "c", id, "{\"v\":1}".getBytes(), NOW, null);

        assertThat(store.replace("t1", "c", id, 7, "{}".getBytes(), NOW)).isInstanceOf(Replacement.VersionChanged.class);
        assertThat(store.replace("t1", "c", UUID.randomUUID(), 1, "{}".getBytes(), NOW)).isInstanceOf(Replacement.NotFound.class);
        assertThat(store.replace("t2", "c", id, 1, "{}".getBytes(), NOW)).isInstanceOf(Replacement.NotFound.class);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Replacement>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            byte[] document = ("{\"writer\":" + w + "}").getBytes();
            writers.add(() -> store.replace("t1", "c", id, 1, document, NOW));
        }
        List<Replacement> results = new ArrayList<>();
        for (Future<Replacement> result : pool.invokeAll(writers)) {
            results.add(result.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(r -> r instanceof Replacement.Replaced).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof Replacement.VersionChanged).hasSize(7);
        assertThat(store.find("t1", "c", id).orElseThrow().version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anIdempotencyKeyIsClaimedOnceCompletedWithItsRecordAndReleasedWhenNothingWasStored(String database,
                                                                                           RecordStore store) {
        IdempotencyKey key = new IdempotencyKey("t1", "c", "key-1");
        Instant abandonedBefore = NOW.minusSeconds(60);

        assertThat(store.claim(key, "hash-a", NOW, abandonedBefore)).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(key, "hash-a", NOW, abandonedBefore)).isEqualTo(new Claim.InFlight("hash-a"));
        assertThat(store.claim(new IdempotencyKey("t2", "c", "key-1"), "hash-b", NOW, abandonedBefore))
                .as("keys are per tenant").isInstanceOf(Claim.Claimed.class);

        store.release(key);
        assertThat(store.claim(key, "hash-b", NOW, abandonedBefore)).isInstanceOf(Claim.Claimed.class);

        UUID id = UUID.randomUUID();
        store.insert("t1", "c", id, "{\"first\":true}".getBytes(), NOW, key);
        Claim completed = store.claim(key, "hash-b", NOW, abandonedBefore);
        assertThat(completed).isInstanceOfSatisfying(Claim.Completed.class, c -> {
            assertThat(c.requestHash()).isEqualTo("hash-b");
            assertThat(c.recordId()).isEqualTo(id);
            assertThat(c.response()).isEqualTo("{\"first\":true}".getBytes());
        });
        store.release(key);
        assertThat(store.claim(key, "hash-b", NOW, abandonedBefore)).as("a completed key is never released")
                .isInstanceOf(Claim.Completed.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aClaimAbandonedByADeadServerCanBeTakenOverAndOldKeysAreForgotten(String database, RecordStore store) {
        IdempotencyKey key = new IdempotencyKey("t1", "c", "key-2");
        store.claim(key, "hash-a", NOW.minusSeconds(600), NOW.minusSeconds(660));

        assertThat(store.claim(key, "hash-a", NOW, NOW.minusSeconds(60))).isInstanceOf(Claim.Claimed.class);

        IdempotencyKey old = new IdempotencyKey("t1", "c", "key-old");
        store.claim(old, "hash", NOW.minusSeconds(3 * 24 * 3600), NOW.minusSeconds(3 * 24 * 3600));
        assertThat(store.forgetKeysClaimedBefore(NOW.minusSeconds(48 * 3600))).isEqualTo(1);
        assertThat(store.claim(key, "hash-a", NOW, NOW.minusSeconds(60))).as("recent keys stay")
                .isInstanceOf(Claim.InFlight.class);
    }
}
