package org.govforms.server.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.Violations;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.ValidationReport;
import org.govforms.model.Violation;
import org.govforms.server.security.Caller;
import org.govforms.server.store.RecordStore;
import org.govforms.server.store.RecordStore.IdempotencyKey;
import org.govforms.server.store.StoredRecord;
import org.springframework.stereotype.Service;

/**
 * Creating, reading, replacing and listing records of every family, in the caller's tenant: validation
 * (the domain's record rules, the family's context rules and what a change does to the records that depend on
 * it), the server-set properties (id, createdAt, updatedAt, computed ones, and the warnings that hold at the
 * time of each answer) and storage happen here, once for all families.
 */
@Service
public class Records {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 20;
    /** An Idempotency-Key still in flight after this long belongs to a request whose server died. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** The spec's Idempotency-Key: 1 to 255 visible ASCII characters. */
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final RecordStore store;
    private final GovFormsValidator validator;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Clock clock;
    private final PageTokens pageTokens;

    public Records(RecordStore store, GovFormsValidator validator, ObjectMapper mapper, Caller caller, Clock clock,
                   PageTokens pageTokens) {
        this.pageTokens = pageTokens;
        this.store = store;
        this.validator = validator;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Stores a new record. With an Idempotency-Key, a retry of the same request gets the first answer
     * instead of a second record; see the spec's Idempotency-Key parameter for the whole behaviour.
     */
    public <T> Stored<T> create(RecordFamily<T> family, String idempotencyKey, T record) {
        if (idempotencyKey == null) {
            return insert(family, record, null);
        }
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new BadRequestException("Idempotency-Key is 1 to 255 visible ASCII characters without spaces; a UUID will do.");
        }
        IdempotencyKey key = new IdempotencyKey(caller.tenant(), family.collection(), idempotencyKey);
        String requestHash = sha256(bytes(mapper.valueToTree(record)));
        Instant now = clock.instant();
        RecordStore.Claim claim = store.claim(key, requestHash, now, now.minus(ABANDONED_AFTER));
        if (claim instanceof RecordStore.Claim.Completed first) {
            if (!first.requestHash().equals(requestHash)) {
                throw ProblemException.idempotencyKeyReused();
            }
            return stored(family, new StoredRecord(first.recordId(), 0, 1, first.response()));
        }
        if (claim instanceof RecordStore.Claim.InFlight) {
            throw ProblemException.requestInFlight();
        }
        try {
            return insert(family, record, key);
        } catch (RuntimeException failed) {
            store.release(key);
            throw failed;
        }
    }

    public <T> Stored<T> get(RecordFamily<T> family, UUID id) {
        return stored(family, find(family, id));
    }

    /** Replaces a record when {@code ifMatch} names its current version; a stale ETag is refused (412). */
    public <T> Stored<T> replace(RecordFamily<T> family, UUID id, String ifMatch, T record) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        StoredRecord existing = find(family, id);
        if (!IfMatch.parse(ifMatch).matches(existing.version())) {
            throw ProblemException.recordChanged();
        }
        long expectedVersion = existing.version();
        ObjectNode document = checked(family, record);
        document.put("id", id.toString())
                .put("createdAt", tree(existing).path("createdAt").asText())
                .put("updatedAt", now());
        RecordStore.Replacement replacement = store.replace(caller.tenant(), family.collection(), id, expectedVersion,
                bytes(document), clock.instant());
        if (replacement instanceof RecordStore.Replacement.Replaced replaced) {
            return stored(family, replaced.record());
        }
        if (replacement instanceof RecordStore.Replacement.VersionChanged) {
            throw ProblemException.recordChanged();
        }
        throw new RecordNotFoundException();
    }

    private <T> Stored<T> insert(RecordFamily<T> family, T record, IdempotencyKey key) {
        ObjectNode document = checked(family, record);
        UUID id = UUID.randomUUID();
        String now = now();
        document.put("id", id.toString()).put("createdAt", now).put("updatedAt", now);
        return stored(family, store.insert(caller.tenant(), family.collection(), id, bytes(document), clock.instant(), key));
    }

    private StoredRecord find(RecordFamily<?> family, UUID id) {
        return store.find(caller.tenant(), family.collection(), id).orElseThrow(RecordNotFoundException::new);
    }

    private <T> Stored<T> stored(RecordFamily<T> family, StoredRecord stored) {
        return new Stored<>(stored.id(), "\"" + stored.version() + "\"", present(family, stored));
    }

    public <T> Page<T> list(RecordFamily<T> family, Integer pageSize, String pageToken) {
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("pageSize is a whole number from 1 to " + MAX_PAGE_SIZE + ".");
        }
        long after = pageToken == null ? 0 : pageTokens.sequenceOf(caller.tenant(), family.collection(), pageToken);
        List<StoredRecord> stored = store.list(caller.tenant(), family.collection(), after, size + 1);
        List<T> items = stored.stream().limit(size).map(record -> present(family, record)).toList();
        String next = stored.size() > size ? pageTokens.of(caller.tenant(), family.collection(), stored.get(size - 1).sequence()) : null;
        return new Page<>(items, next);
    }

    /**
     * One page of the records that match the filter (e.g. one student's), oldest first; the token of the next
     * page continues after the last match.
     */
    public <T> Page<T> list(RecordFamily<T> family, Integer pageSize, String pageToken, Predicate<? super T> filter) {
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("pageSize is a whole number from 1 to " + MAX_PAGE_SIZE + ".");
        }
        long after = pageToken == null ? 0 : pageTokens.sequenceOf(caller.tenant(), family.collection(), pageToken);
        List<T> items = new ArrayList<>();
        List<StoredRecord> batch;
        do {
            batch = store.list(caller.tenant(), family.collection(), after, MAX_PAGE_SIZE);
            for (StoredRecord stored : batch) {
                if (filter.test(read(family, stored))) {
                    if (items.size() == size) {
                        return new Page<>(items, pageTokens.of(caller.tenant(), family.collection(), after));
                    }
                    items.add(present(family, stored));
                }
                after = stored.sequence();
            }
        } while (batch.size() == MAX_PAGE_SIZE);
        return new Page<>(items, null);
    }

    /** Every violation of the record, as a create would find them, without storing anything. */
    public <T> ValidationReport validate(RecordFamily<T> family, T record) {
        return validator.report(violations(family, record));
    }

    /** The caller's other records and today's date, as context rules see them. */
    public RecordContext context() {
        String tenant = caller.tenant();
        LocalDate today = LocalDate.now(clock);
        return new RecordContext() {
            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public <R> Optional<R> find(RecordFamily<R> family, UUID id) {
                return store.find(tenant, family.collection(), id).map(stored -> read(family, stored));
            }

            @Override
            public <R> List<R> all(RecordFamily<R> family) {
                List<R> records = new ArrayList<>();
                long after = 0;
                List<StoredRecord> batch;
                do {
                    batch = store.list(tenant, family.collection(), after, MAX_PAGE_SIZE);
                    batch.forEach(stored -> records.add(read(family, stored)));
                    after = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
                } while (batch.size() == MAX_PAGE_SIZE);
                return records;
            }
        };
    }

    private <T> List<Violation> violations(RecordFamily<T> family, T record) {
        List<Violation> violations = new ArrayList<>();
        SpecIndex.bundled().readOnlyPointers(family.type().getSimpleName(), mapper.valueToTree(record))
                .forEach(pointer -> violations.add(Violations.ofInput(pointer, family.type(), "readOnly",
                        "READ_ONLY_PROPERTY", "The server sets this property; leave it out.")));
        violations.addAll(rulesNow(family, record));
        return violations.stream().distinct().sorted(Violations.ORDER).toList();
    }

    /** The record rules and the family's context rules (other records, today's date) as they hold now. */
    private <T> List<Violation> rulesNow(RecordFamily<T> family, T record) {
        List<Violation> violations = new ArrayList<>(validator.validate(record));
        violations.addAll(family.contextRules().check(record, context()));
        return violations;
    }

    /**
     * The record as a document to store; an InvalidRecordException with every violation if it, or a stored record
     * that depends on it, would have errors.
     */
    private <T> ObjectNode checked(RecordFamily<T> family, T record) {
        List<Violation> violations = new ArrayList<>(violations(family, record));
        family.dependents().check(record, context()).stream()
                .filter(violation -> violation.getSeverity() == Violation.SeverityEnum.ERROR)
                .forEach(violations::add);
        if (Violations.anyError(violations)) {
            throw new InvalidRecordException(violations);
        }
        // warnings are not stored: every answer carries the ones that hold when it is given
        return mapper.valueToTree(record);
    }

    /**
     * The stored record as every answer gives it: with the properties computed for today and the warnings that
     * hold now, for the record, the records it depends on and those that depend on it, and today's date, found
     * the same way as when it was stored.
     */
    private <T> T present(RecordFamily<T> family, StoredRecord stored) {
        T record = asStored(family, stored);
        List<Violation> warnings = rulesNow(family, record).stream()
                .filter(violation -> violation.getSeverity() == Violation.SeverityEnum.WARNING)
                .distinct()
                .sorted(Violations.ORDER)
                .toList();
        ObjectNode document = mapper.valueToTree(family.computed().compute(record, LocalDate.now(clock)));
        if (warnings.isEmpty()) {
            document.remove("warnings");
        } else {
            document.set("warnings", mapper.valueToTree(warnings));
        }
        try {
            return mapper.treeToValue(document, family.type());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored record with its computed properties, as context rules see it (without warnings). */
    private <T> T read(RecordFamily<T> family, StoredRecord stored) {
        return family.computed().compute(asStored(family, stored), LocalDate.now(clock));
    }

    /** The record as it was sent and stored, with the properties the server set (id, createdAt, updatedAt). */
    private <T> T asStored(RecordFamily<T> family, StoredRecord stored) {
        try {
            ObjectNode document = tree(stored);
            document.remove("warnings"); // stored by earlier versions of the server; never current
            return mapper.treeToValue(document, family.type());
        } catch (IOException e) {
            throw new UncheckedIOException("a stored record no longer reads as " + family.type().getSimpleName(), e);
        }
    }

    private ObjectNode tree(StoredRecord stored) {
        try {
            return (ObjectNode) mapper.readTree(stored.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(com.fasterxml.jackson.databind.JsonNode document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
