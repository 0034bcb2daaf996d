package org.govforms.domain.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** schema:visibleText: a required text of only invisible characters is not given, on every record type. */
class VisibleTextTest {

    /** One space, a no-break space, a right-to-left mark, a zero-width space, joiners, a BOM, a Hangul filler. */
    static final List<String> INVISIBLE = List.of(" ", "\u00A0", "\u200F", "\u200B", "\u200D\u200C", "\uFEFF",
            "\u3164", " \u200E\t\u2060 ");

    private final GovFormsValidator validator =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "-", "ê", "መሮን", "محمد", "\u200Fמרון", "李", "\u0915\u093F"})
    void textWithOneVisibleCharacterIsVisible(String text) {
        assertThat(VisibleText.isVisible(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void invisibleCharactersAloneAreBlank(String text) {
        assertThat(VisibleText.isVisible(text)).isFalse();
        assertThat(VisibleText.isBlank(text)).isTrue();
    }

    static Stream<String> invisible() {
        return INVISIBLE.stream();
    }

    @ParameterizedTest
    @MethodSource("invisible")
    void anInvisibleNativeNameIsNotAName(String name) {
        ObjectNode record = SpecExamples.example("I589Complete").copy();
        ((ObjectNode) record.at("/declaration")).put("nameInNativeAlphabet", name);

        assertThat(violations(record, I589Application.class)).singleElement().satisfies(violation -> {
            assertThat(violation.getPointer()).isEqualTo("/declaration/nameInNativeAlphabet");
            assertThat(violation.getFormItem()).isEqualTo("I-589:D.native_name");
            assertThat(violation.getRule()).isEqualTo("schema:visibleText");
            assertThat(violation.getCode()).isEqualTo("NO_VISIBLE_TEXT");
            assertThat(violation.getSeverity()).isEqualTo(Violation.SeverityEnum.ERROR);
            assertThat(violation.getMessage()).doesNotContain(name.strip().isEmpty() ? "\u200F" : name);
        });
    }

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
    void everyRequiredTextOfEveryFamilyIsChecked(String example, Class<?> type) {
        ObjectNode record = SpecExamples.example(example).copy();
        List<String> texts = SpecIndex.bundled().requiredTextPointers(type.getSimpleName(), record);
        assertThat(texts).as("required texts of %s", example).isNotEmpty();
        assertThat(violations(record, type)).as("the example as it is").isEmpty();

        ObjectNode blanked = record.deepCopy();
        for (String pointer : texts) {
            set(blanked, pointer, "\u200B");
        }
        // each is refused at its pointer: by schema:visibleText, or by the form's own rule where it has one
        List<Violation> all = allViolations(blanked, type);
        assertThat(all.stream().filter(v -> v.getSeverity() == Violation.SeverityEnum.ERROR).map(Violation::getPointer))
                .containsAll(texts);
        assertThat(all.stream().filter(v -> v.getRule().equals("schema:visibleText")).map(Violation::getPointer))
                .isNotEmpty().isSubsetOf(texts).doesNotHaveDuplicates();
    }

    private List<Violation> violations(ObjectNode record, Class<?> type) {
        return allViolations(record, type).stream().filter(v -> v.getRule().equals("schema:visibleText")).toList();
    }

    private List<Violation> allViolations(ObjectNode record, Class<?> type) {
        GovFormsValidator.Checked<?> checked = validator.read(record.toString().getBytes(StandardCharsets.UTF_8), type);
        assertThat(checked.record()).as("the record reads").isNotNull();
        return checked.violations();
    }

    private static void set(ObjectNode record, String pointer, String text) {
        int slash = pointer.lastIndexOf('/');
        var parent = record.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(text));
        } else {
            ((ObjectNode) parent).set(last, TextNode.valueOf(text));
        }
    }
}
