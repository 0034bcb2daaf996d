package org.govforms.server.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.Violations;
import org.govforms.model.ValidationReport;
import org.govforms.model.Violation;
import org.govforms.server.security.Caller;
import org.govforms.server.store.RecordStore;
import org.govforms.server.store.StoredRecord;
import org.springframework.stereotype.Service;

/**
 * Creating, reading, replacing and listing records of every family, in the caller's tenant: validation,
 * the server-set properties (id, createdAt, updatedAt, warnings) and storage happen here, once for all.
 */
@Service
public class Records {

    /** Properties the server sets; a client that sends one is told so. */
    private static final List<String> SERVER_SET = List.of("id", "createdAt", "updatedAt", "warnings");
    private static final int MAX_PAGE_SIZE = 100;

    private final RecordStore store;
    private final GovFormsValidator validator;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Clock clock;

    public Records(RecordStore store, GovFormsValidator validator, ObjectMapper mapper, Caller caller, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    public <T> T create(RecordFamily<T> family, T record) {
        ObjectNode document = checked(family, record);
        UUID id = UUID.randomUUID();
        String now = now();
        document.put("id", id.toString()).put("createdAt", now).put("updatedAt", now);
        StoredRecord stored = store.insert(caller.tenant(), family.collection(), id, bytes(document));
        return read(family, stored);
    }

    public <T> T get(RecordFamily<T> family, UUID id) {
        return read(family, store.find(caller.tenant(), family.collection(), id).orElseThrow(RecordNotFoundException::new));
    }

    public <T> T replace(RecordFamily<T> family, UUID id, T record) {
        StoredRecord existing = store.find(caller.tenant(), family.collection(), id)
                .orElseThrow(RecordNotFoundException::new);
        ObjectNode document = checked(family, record);
        document.put("id", id.toString())
                .put("createdAt", tree(existing).path("createdAt").asText())
                .put("updatedAt", now());
        return read(family, store.replace(caller.tenant(), family.collection(), id, bytes(document))
                .orElseThrow(RecordNotFoundException::new));
    }

    public <T> Page<T> list(RecordFamily<T> family, Integer pageSize, String pageToken) {
        int size = pageSize == null ? 20 : pageSize;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("pageSize is a whole number from 1 to " + MAX_PAGE_SIZE + ".");
        }
        long after = pageToken == null ? 0 : sequenceOf(pageToken);
        List<StoredRecord> stored = store.list(caller.tenant(), family.collection(), after, size + 1);
        List<T> items = stored.stream().limit(size).map(record -> read(family, record)).toList();
        String next = stored.size() > size ? tokenOf(stored.get(size - 1).sequence()) : null;
        return new Page<>(items, next);
    }

    public ValidationReport validate(Object record) {
        List<Violation> violations = new ArrayList<>(serverSetViolations(record));
        violations.addAll(validator.validate(record));
        return validator.report(violations.stream().sorted(Violations.ORDER).toList());
    }

    /** The record as a document to store, with its warnings; an InvalidRecordException if it has errors. */
    private ObjectNode checked(RecordFamily<?> family, Object record) {
        List<Violation> violations = new ArrayList<>(serverSetViolations(record));
        violations.addAll(validator.validate(record));
        if (Violations.anyError(violations)) {
            throw new InvalidRecordException(violations.stream().sorted(Violations.ORDER).toList());
        }
        ObjectNode document = mapper.valueToTree(record);
        if (!violations.isEmpty()) {
            document.set("warnings", mapper.valueToTree(violations));
        }
        return document;
    }

    private List<Violation> serverSetViolations(Object record) {
        ObjectNode sent = mapper.valueToTree(record);
        return SERVER_SET.stream()
                .filter(sent::hasNonNull)
                .map(property -> Violations.ofInput("/" + property, record.getClass(), "readOnly", "READ_ONLY_PROPERTY",
                        "The server sets this property; leave it out."))
                .toList();
    }

    private <T> T read(RecordFamily<T> family, StoredRecord stored) {
        try {
            return mapper.readValue(stored.document(), family.type());
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

    private byte[] bytes(ObjectNode document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String tokenOf(long sequence) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(sequence).getBytes(StandardCharsets.US_ASCII));
    }

    private static long sequenceOf(String token) {
        try {
            long sequence = Long.parseLong(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII));
            if (sequence < 0) {
                throw new NumberFormatException();
            }
            return sequence;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("pageToken is not one this server gave; pass the nextPageToken of the previous page.");
        }
    }
}
