package org.govforms.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps records in a SQL database: the embedded H2 file by default, PostgreSQL by configuration (several
 * servers may share one). The schema is Flyway's (db/migration). A record is acknowledged only after its
 * transaction committed.
 */
public class JdbcRecordStore implements RecordStore {

    private static final RowMapper<StoredRecord> RECORD = (rs, row) -> new StoredRecord(
            rs.getObject("id", UUID.class), rs.getLong("sequence"), rs.getLong("version"), rs.getBytes("document"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public StoredRecord insert(String tenant, String collection, UUID id, byte[] document, Instant now,
                               IdempotencyKey completes) {
        return transaction.execute(status -> {
            jdbc.update("insert into records (tenant, collection, id, version, document, created_at, updated_at)"
                    + " values (?, ?, ?, 1, ?, ?, ?)", tenant, collection, id, document, timestamp(now), timestamp(now));
            if (completes != null) {
                jdbc.update("update idempotency_keys set record_id = ?, response = ?"
                                + " where tenant = ? and collection = ? and idempotency_key = ?",
                        id, document, completes.tenant(), completes.collection(), completes.key());
            }
            return find(tenant, collection, id).orElseThrow();
        });
    }

    @Override
    public Optional<StoredRecord> find(String tenant, String collection, UUID id) {
        return jdbc.query("select id, sequence, version, document from records"
                + " where tenant = ? and collection = ? and id = ?", RECORD, tenant, collection, id).stream().findFirst();
    }

    @Override
    public Replacement replace(String tenant, String collection, UUID id, long expectedVersion, byte[] document,
                               Instant now) {
        return transaction.execute(status -> {
            int updated = jdbc.update("update records set document = ?, version = version + 1, updated_at = ?"
                            + " where tenant = ? and collection = ? and id = ? and version = ?",
                    document, timestamp(now), tenant, collection, id, expectedVersion);
            if (updated == 1) {
                return new Replacement.Replaced(find(tenant, collection, id).orElseThrow());
            }
            return find(tenant, collection, id).isPresent() ? new Replacement.VersionChanged() : new Replacement.NotFound();
        });
    }

    @Override
    public List<StoredRecord> list(String tenant, String collection, long afterSequence, int limit) {
        return jdbc.query("select id, sequence, version, document from records"
                        + " where tenant = ? and collection = ? and sequence > ? order by sequence limit ?",
                RECORD, tenant, collection, afterSequence, limit);
    }

    @Override
    public Claim claim(IdempotencyKey key, String requestHash, Instant now, Instant abandonedBefore) {
        int claimed = jdbc.update("insert into idempotency_keys (tenant, collection, idempotency_key, request_hash,"
                        + " created_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                key.tenant(), key.collection(), key.key(), requestHash, timestamp(now));
        if (claimed == 1) {
            return new Claim.Claimed();
        }
        Claim existing = existing(key);
        if (existing instanceof Claim.InFlight && takeOverAbandoned(key, requestHash, now, abandonedBefore)) {
            return new Claim.Claimed();
        }
        return existing;
    }

    @Override
    public void release(IdempotencyKey key) {
        jdbc.update("delete from idempotency_keys where tenant = ? and collection = ? and idempotency_key = ?"
                + " and record_id is null", key.tenant(), key.collection(), key.key());
    }

    @Override
    public int forgetKeysClaimedBefore(Instant cutoff) {
        return jdbc.update("delete from idempotency_keys where created_at < ?", timestamp(cutoff));
    }

    private Claim existing(IdempotencyKey key) {
        return jdbc.query("select request_hash, record_id, response from idempotency_keys"
                        + " where tenant = ? and collection = ? and idempotency_key = ?",
                JdbcRecordStore::claimOf, key.tenant(), key.collection(), key.key()).stream().findFirst()
                .orElse(new Claim.InFlight(""));
    }

    private boolean takeOverAbandoned(IdempotencyKey key, String requestHash, Instant now, Instant abandonedBefore) {
        return jdbc.update("update idempotency_keys set request_hash = ?, created_at = ?"
                        + " where tenant = ? and collection = ? and idempotency_key = ? and record_id is null"
                        + " and created_at < ?",
                requestHash, timestamp(now), key.tenant(), key.collection(), key.key(), timestamp(abandonedBefore)) == 1;
    }

    private static Claim claimOf(ResultSet rs, int row) throws SQLException {
        UUID recordId = rs.getObject("record_id", UUID.class);
        String hash = rs.getString("request_hash");
        return recordId == null ? new Claim.InFlight(hash) : new Claim.Completed(hash, recordId, rs.getBytes("response"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
