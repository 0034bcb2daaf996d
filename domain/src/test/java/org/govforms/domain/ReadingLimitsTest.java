package org.govforms.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govforms.model.I589Application;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What no record may hold, refused while reading: overlong lists, characters that are not text, absurd numbers. */
class ReadingLimitsTest {

    private final GovFormsValidator validator = new GovFormsValidator();

    @Test
    void aListOverItsMaxItemsIsOneViolationAtTheList() {
        ObjectNode application = SpecExamples.example("I589Minimal").copy();
        ArrayNode entries = ((ObjectNode) application.get("applicant")).putArray("entriesIntoUnitedStates");
        for (int i = 0; i < 101; i++) {
            entries.addObject();
        }
        assertThat(violations(application.toString(), I589Application.class)).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/entriesIntoUnitedStates");
            assertThat(v.getCode()).isEqualTo("TOO_MANY_ITEMS");
            assertThat(v.getRule()).as("the form rule the list's x-rule names, as for any of its constraints").isEqualTo("I-589:R.4");
        });
    }

    @Test
    void aListAtItsMaxItemsIsReadAndItsEntriesChecked() {
        ObjectNode application = SpecExamples.example("I589Minimal").copy();
        ArrayNode entries = ((ObjectNode) application.get("applicant")).putArray("entriesIntoUnitedStates");
        for (int i = 0; i < 100; i++) {
            entries.addObject();
        }
        List<Violation> violations = violations(application.toString(), I589Application.class);
        assertThat(violations).extracting(Violation::getCode).doesNotContain("TOO_MANY_ITEMS").contains("REQUIRED");
        assertThat(violations).anyMatch(v -> v.getPointer().startsWith("/applicant/entriesIntoUnitedStates/99/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cath\\ud800olic", "Cath\\udc00olic", "Catholic\\ud83d", "Cath\\u0000olic", "Cath\\u0007olic",
            "Cath\\u001bolic", "Cath\\u007folic", "Cath\\u0085olic", "Cath\\rolic"})
    void textWithLoneSurrogatesOrControlCharactersIsRefused(String religion) {
        String json = SpecExamples.example("I589Minimal").copy().toString().replace("\"Catholic\"", "\"" + religion + "\"");
        assertThat(violations(json, I589Application.class)).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/religion");
            assertThat(v.getCode()).isEqualTo("INVALID_CHARACTER");
            assertThat(v.getRule()).isEqualTo("schema:text");
            assertThat(v.getFormItem()).isEqualTo("I-589:A.I.17");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cath\\tolic", "Cath\\nolic", "Cath\\ud83d\\ude00olic", "Cath\u00f3lica", "كاثوليكي"})
    void tabsLineFeedsPairedSurrogatesAndEveryScriptAreText(String religion) {
        String json = SpecExamples.example("I589Minimal").copy().toString().replace("\"Catholic\"", "\"" + religion + "\"");
        assertThat(violations(json, I589Application.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e999999999", "1e-400", "1234567890123456.5", "0.0000000000000001"})
    void absurdNumbersAreRefusedAtTheirPointer(String amount) {
        ObjectNode record = SpecExamples.example("FafsaPjCompleteSpecialCircumstance").copy();
        String json = record.toString();
        String field = "\"tuitionAndFees\":";
        int at = json.indexOf(field);
        assertThat(at).isPositive();
        int end = json.indexOf(',', at);
        json = json.substring(0, at + field.length()) + amount + json.substring(end);

        List<Violation> violations = violations(json, ProfessionalJudgmentRecord.class);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).endsWith("/tuitionAndFees");
            assertThat(v.getCode()).isEqualTo("NUMBER_OUT_OF_RANGE");
            assertThat(v.getRule()).isEqualTo("schema:numberSize");
            assertThat(v.getMessage()).doesNotContain(amount);
        });
    }

    @Test
    void nullIsRefusedWhereTheSpecificationDoesNotSayNullable() {
        String record = SpecExamples.example("I589Minimal").copy().toString();
        assertThat(violations(record.replace("\"religion\":\"Catholic\"", "\"religion\":\"Catholic\",\"passportNumber\":null"),
                I589Application.class))
                .extracting(Violation::getPointer, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/passportNumber", "NULL_NOT_ALLOWED"));
        assertThat(violations(record.replace("\"religion\":\"Catholic\"", "\"religion\":null"), I589Application.class))
                .as("a required property sent as null is missing, as generated models of every language write it")
                .extracting(Violation::getPointer, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/religion", "REQUIRED"));
        assertThat(violations(record.replace("\"basisOfClaim\":[\"POLITICAL_OPINION\"]", "\"basisOfClaim\":[null]"),
                I589Application.class))
                .extracting(Violation::getPointer, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/claim/basisOfClaim/0", "NULL_NOT_ALLOWED"));
    }

    @Test
    void anUnknownPropertyIsNamedOnlyWhenItLooksLikeAName() {
        ObjectNode typo = SpecExamples.example("I589Minimal").copy();
        ((ObjectNode) typo.get("applicant")).put("religon", "Catholic");
        assertThat(violations(typo.toString(), I589Application.class)).extracting(Violation::getPointer)
                .containsExactly("/applicant/religon");

        ObjectNode value = SpecExamples.example("I589Minimal").copy();
        ((ObjectNode) value.get("applicant")).put("671-38-2954", "x");
        ((ObjectNode) value.get("applicant")).put("Chidi Okafor", "x");
        assertThat(violations(value.toString(), I589Application.class)).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant");
            assertThat(v.getCode()).isEqualTo("UNKNOWN_PROPERTY");
        });
    }

    private List<Violation> violations(String json, Class<?> type) {
        return validator.read(json.getBytes(StandardCharsets.UTF_8), type).violations();
    }
}
