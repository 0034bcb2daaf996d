package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.govforms.model.I589Application;
import org.govforms.model.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * I-589 records for rule tests: the specification's complete and minimal examples (both pass every rule),
 * changed only where a rule is about, validated on a fixed day.
 */
final class I589TestRecords {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final GovFormsValidator VALIDATOR = new GovFormsValidator(TODAY);

    private I589TestRecords() {
    }

    static ObjectNode complete(Consumer<ObjectNode> change) {
        ObjectNode application = SpecExamples.example("I589Complete").copy();
        change.accept(application);
        return application;
    }

    static ObjectNode minimal(Consumer<ObjectNode> change) {
        ObjectNode application = SpecExamples.example("I589Minimal").copy();
        change.accept(application);
        return application;
    }

    static List<Violation> violations(JsonNode application) {
        try {
            return VALIDATOR.read(SpecExamples.json().writeValueAsBytes(application), I589Application.class).violations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record breaks no rule at all. */
    static void valid(JsonNode application) {
        assertThat(violations(application)).isEmpty();
    }

    /** The record breaks exactly these (pointer, form item, rule) triples, in pointer order. */
    static void breaks(JsonNode application, Tuple... expected) {
        List<Violation> violations = violations(application);
        assertThat(violations).extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(expected);
    }

    static Tuple at(String pointer, String formItem, String rule) {
        return tuple(pointer, formItem, rule);
    }

    static ObjectNode object(JsonNode node, String field) {
        return (ObjectNode) node.get(field);
    }

    static ObjectNode element(JsonNode node, String array, int index) {
        return (ObjectNode) node.get(array).get(index);
    }

    static ArrayNode array(JsonNode node, String field) {
        return (ArrayNode) node.get(field);
    }
}
