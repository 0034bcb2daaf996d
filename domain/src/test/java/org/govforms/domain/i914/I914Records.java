package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.Violation;

/** I-914 records for tests: the specification's examples, changed where a test needs it, and their violations. */
final class I914Records {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final GovFormsValidator VALIDATOR = new GovFormsValidator(TODAY);

    private I914Records() {
    }

    /** A copy of the named example with the change applied. */
    static ObjectNode example(String name, Consumer<ObjectNode> change) {
        ObjectNode record = SpecExamples.example(name).copy();
        change.accept(record);
        return record;
    }

    /** The object at the pointer of a record, to change it. */
    static ObjectNode at(ObjectNode record, String pointer) {
        return (ObjectNode) record.at(pointer);
    }

    static List<Violation> violations(JsonNode record, Class<?> type) {
        return VALIDATOR.read(json(record), type).violations();
    }

    static <T> T read(JsonNode record, Class<T> type) {
        try {
            return SpecExamples.json().treeToValue(record, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] json(JsonNode record) {
        try {
            return SpecExamples.json().writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Tuple found(String pointer, String formItem, String rule) {
        return Tuple.tuple(pointer, formItem, rule);
    }
}
