package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.assertj.core.groups.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Records for the FAFSA-PJ tests: the spec's examples to change, and what the validator says about them. */
final class FafsaPjTesting {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final GovFormsValidator VALIDATOR =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private FafsaPjTesting() {
    }

    static ObjectNode example(String name) {
        return SpecExamples.example(name).copy();
    }

    static ObjectNode budget(ObjectNode record) {
        return (ObjectNode) record.get("costOfAttendance");
    }

    static ObjectNode row(ObjectNode record, String list, int index) {
        return (ObjectNode) record.get(list).get(index);
    }

    static ArrayNode array(ObjectNode node, String name, String... values) {
        ArrayNode array = node.putArray(name);
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static List<Violation> violations(ObjectNode record) {
        return VALIDATOR.read(bytes(record), ProfessionalJudgmentRecord.class).violations();
    }

    static List<Violation> policyViolations(ObjectNode policy) {
        return VALIDATOR.read(bytes(policy), ProfessionalJudgmentPolicy.class).violations();
    }

    static ProfessionalJudgmentRecord record(ObjectNode record) {
        try {
            return SpecExamples.json().treeToValue(record, ProfessionalJudgmentRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exactly these (pointer, form item, rule) violations, each with a message. */
    static void assertViolations(List<Violation> violations, Tuple... expected) {
        assertThat(violations)
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactlyInAnyOrder(expected);
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).isNotBlank());
    }

    static Tuple at(String pointer, String formItem, String rule) {
        return tuple(pointer, formItem, rule);
    }
}
