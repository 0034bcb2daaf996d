package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.ExternalAudit;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** schema:dateRange on every record type: the bounds are valid, a day beyond either is an error at its pointer. */
class DateRangeTest {

    private final GovFormsValidator validator =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("I589Complete", I589Application.class),
                Arguments.of("I914ApplicationComplete", I914Application.class),
                Arguments.of("I914DerivativeComplete", I914DerivativeApplication.class),
                Arguments.of("I914DeclarationComplete", I914LawEnforcementDeclaration.class),
                Arguments.of("FafsaPjCompleteSpecialCircumstance", ProfessionalJudgmentRecord.class),
                Arguments.of("FafsaPjCompletePolicy", ProfessionalJudgmentPolicy.class),
                Arguments.of("AuditGaoAuditClosed", ExternalAudit.class));
    }

    @ParameterizedTest
    @MethodSource("records")
    void theFirstAndLastDayAreValidAndADayBeyondEitherIsNot(String example, Class<?> type) {
        ObjectNode record = SpecExamples.example(example).copy();
        List<String> dates = SpecIndex.bundled().datePointers(type.getSimpleName(), record);
        assertThat(dates).as("dates of %s", example).isNotEmpty();
        String pointer = dates.get(dates.size() - 1);

        assertThat(rangeViolations(withDate(record, pointer, "1900-01-01"), type)).isEmpty();
        assertThat(rangeViolations(withDate(record, pointer, "2099-12-31"), type)).isEmpty();
        for (String outside : List.of("1899-12-31", "2100-01-01", "9999-12-31")) {
            List<Violation> violations = rangeViolations(withDate(record, pointer, outside), type);
            assertThat(violations).singleElement().satisfies(violation -> {
                assertThat(violation.getPointer()).isEqualTo(pointer);
                assertThat(violation.getCode()).isEqualTo("DATE_OUT_OF_RANGE");
                assertThat(violation.getSeverity()).isEqualTo(Violation.SeverityEnum.ERROR);
                assertThat(violation.getFormItem()).as(pointer).isNotBlank();
                assertThat(violation.getMessage()).contains("1900-01-01", "2099-12-31").doesNotContain(outside);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyDateOfTheRecordIsChecked(String example, Class<?> type) {
        ObjectNode record = SpecExamples.example(example).copy();
        List<String> dates = SpecIndex.bundled().datePointers(type.getSimpleName(), record);
        ObjectNode farFuture = record;
        for (String pointer : dates) {
            farFuture = withDate(farFuture, pointer, "2100-01-01");
        }

        assertThat(rangeViolations(farFuture, type)).extracting(Violation::getPointer)
                .containsExactlyInAnyOrderElementsOf(dates);
    }

    private List<Violation> rangeViolations(ObjectNode record, Class<?> type) {
        byte[] json = SpecExamples.json().valueToTree(record).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GovFormsValidator.Checked<?> checked = validator.read(json, type);
        assertThat(checked.record()).as("the record reads").isNotNull();
        return checked.violations().stream().filter(v -> v.getRule().equals("schema:dateRange")).toList();
    }

    private static ObjectNode withDate(ObjectNode record, String pointer, String date) {
        ObjectNode copy = record.deepCopy();
        int slash = pointer.lastIndexOf('/');
        var parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(date));
        } else {
            ((ObjectNode) parent).set(last, TextNode.valueOf(date));
        }
        return copy;
    }
}
