package org.govforms.server.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps records in memory, for development and tests; everything is gone when the server stops. */
public class InMemoryRecordStore implements RecordStore {

    private record Key(String tenant, String family, UUID id) {
    }

    private record Space(String tenant, String family) {
    }

    private final AtomicLong sequence = new AtomicLong();
    private final Map<Key, StoredRecord> records = new ConcurrentHashMap<>();
    private final Map<Space, ConcurrentSkipListMap<Long, UUID>> order = new ConcurrentHashMap<>();

    @Override
    public StoredRecord insert(String tenant, String family, UUID id, byte[] document) {
        StoredRecord record = new StoredRecord(id, sequence.incrementAndGet(), document.clone());
        if (records.putIfAbsent(new Key(tenant, family, id), record) != null) {
            throw new IllegalStateException("record id already taken");
        }
        order.computeIfAbsent(new Space(tenant, family), space -> new ConcurrentSkipListMap<>())
                .put(record.sequence(), id);
        return record;
    }

    @Override
    public Optional<StoredRecord> find(String tenant, String family, UUID id) {
        return Optional.ofNullable(records.get(new Key(tenant, family, id)));
    }

    @Override
    public Optional<StoredRecord> replace(String tenant, String family, UUID id, byte[] document) {
        return Optional.ofNullable(records.computeIfPresent(new Key(tenant, family, id),
                (key, old) -> new StoredRecord(id, old.sequence(), document.clone())));
    }

    @Override
    public List<StoredRecord> list(String tenant, String family, long afterSequence, int limit) {
        ConcurrentSkipListMap<Long, UUID> ids = order.getOrDefault(new Space(tenant, family), new ConcurrentSkipListMap<>());
        return ids.tailMap(afterSequence, false).values().stream()
                .limit(limit)
                .map(id -> records.get(new Key(tenant, family, id)))
                .toList();
    }
}
