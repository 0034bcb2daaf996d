package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Part A.I rules of Form I-589, each shown with a valid and an invalid record. Records start from the
 * specification's complete Part A.I example, which passes every rule, and change only what a rule is about.
 */
class I589PartAIRulesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private final GovFormsValidator validator = new GovFormsValidator(TODAY);

    @Test
    void theCompleteAndTheMinimalExamplesPassEveryRule() {
        assertThat(violations(SpecExamples.example("I589Complete").copy())).isEmpty();
        assertThat(violations(SpecExamples.example("I589Minimal").copy())).isEmpty();
    }

    @Test
    void r1_theResidenceIsAUsAddressAndAPostOfficeBoxIsAWarning() {
        assertThat(violations(applicant(a -> ((ObjectNode) a.get("residence")).put("state", "ON"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPointer()).isEqualTo("/applicant/residence/state");
                    assertThat(v.getFormItem()).isEqualTo("I-589:A.I.8.state");
                    assertThat(v.getRule()).isEqualTo("I-589:R.1");
                    assertThat(v.getCode()).isEqualTo("NOT_ALLOWED_VALUE");
                });
        assertThat(violations(applicant(a -> ((ObjectNode) a.get("residence")).put("zipCode", "K1A 0B1"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPointer()).isEqualTo("/applicant/residence/zipCode");
                    assertThat(v.getFormItem()).isEqualTo("I-589:A.I.8.zip");
                    assertThat(v.getRule()).isEqualTo("I-589:R.1");
                    assertThat(v.getMessage()).doesNotContain("K1A");
                });
        List<Violation> poBox = violations(applicant(a ->
                ((ObjectNode) a.get("residence")).put("streetNumberAndName", "PO Box 77")));
        assertThat(poBox).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/residence/streetNumberAndName");
            assertThat(v.getFormItem()).isEqualTo("I-589:A.I.8.street");
            assertThat(v.getRule()).isEqualTo("I-589:R.1");
            assertThat(v.getSeverity()).isEqualTo(Violation.SeverityEnum.WARNING);
            assertThat(v.getMessage()).doesNotContain("77");
        });
        assertThat(violations(applicant(a ->
                ((ObjectNode) a.get("residence")).put("streetNumberAndName", "12 Box Elder Road")))).isEmpty();
    }

    @Test
    void r3_exactlyOneImmigrationCourtBoxIsChecked() {
        assertThat(violations(applicant(a -> a.put("immigrationCourtProceedings", "IN_THE_PAST")))).isEmpty();
        assertThat(violations(applicant(a -> a.remove("immigrationCourtProceedings"))))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/applicant/immigrationCourtProceedings", "I-589:R.3", "REQUIRED"));
        assertThat(violations(applicant(a -> a.putArray("immigrationCourtProceedings").add("NEVER").add("NOW"))))
                .extracting(Violation::getPointer, Violation::getRule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/immigrationCourtProceedings", "I-589:R.3"));
    }

    @Test
    void r4_item19NeedsTheDateLastLeftAndAtLeastOneEntry() {
        assertThat(violations(applicant(a -> a.remove("i94Number")))).isEmpty();
        assertThat(violations(applicant(a -> a.remove("dateLastLeftCountry"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/applicant/dateLastLeftCountry", "I-589:A.I.19.a", "I-589:R.4"));
        assertThat(violations(applicant(a -> a.putArray("entriesIntoUnitedStates"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/applicant/entriesIntoUnitedStates", "I-589:A.I.19.c", "I-589:R.4", "TOO_FEW_ITEMS"));
    }

    @Test
    void r5_entriesAreListedNewestFirst() {
        List<Violation> violations = violations(applicant(a -> {
            ArrayNode entries = (ArrayNode) a.get("entriesIntoUnitedStates");
            ((ObjectNode) entries.get(0)).remove("statusExpirationDate");
            entries.insert(0, entries.remove(1));
        }));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/applicant/entriesIntoUnitedStates/1/entryDate");
            assertThat(v.getFormItem()).isEqualTo("I-589:A.I.19.c.date");
            assertThat(v.getRule()).isEqualTo("I-589:R.5");
            assertThat(v.getCode()).isEqualTo("ENTRIES_NOT_NEWEST_FIRST");
        });
    }

    @Test
    void r6_onlyTheMostRecentEntryHasAStatusExpiry() {
        assertThat(violations(applicant(a -> ((ObjectNode) a.get("entriesIntoUnitedStates").get(1))
                .put("statusExpirationDate", "2019-12-01"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/applicant/entriesIntoUnitedStates/1/statusExpirationDate",
                        "I-589:A.I.19.c.status_expires", "I-589:R.6"));
    }

    @Test
    void r7_theCountryWasLeftNoLaterThanTheLastEntry() {
        assertThat(violations(applicant(a -> a.put("dateLastLeftCountry", "2025-09-14")))).isEmpty();
        assertThat(violations(applicant(a -> a.put("dateLastLeftCountry", "2025-09-15"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "/applicant/dateLastLeftCountry", "I-589:A.I.19.a", "I-589:R.7"));
    }

    @Test
    void r8_anIssuingCountryNeedsTheDocumentNumberAndExpiry() {
        assertThat(violations(applicant(a -> {
            a.remove("passportNumber");
            a.put("travelDocumentNumber", "TD-55501");
        }))).isEmpty();
        assertThat(violations(applicant(a -> {
            a.remove("lastPassportIssuingCountry");
            a.remove("passportNumber");
            a.remove("travelDocumentExpirationDate");
        }))).isEmpty();
        assertThat(violations(applicant(a -> {
            a.remove("passportNumber");
            a.remove("travelDocumentExpirationDate");
        })))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/applicant/passportNumber", "I-589:A.I.21.passport", "I-589:R.8"),
                        org.assertj.core.groups.Tuple.tuple("/applicant/travelDocumentExpirationDate", "I-589:A.I.22", "I-589:R.8"));
    }

    @Test
    void r52_pastEventDatesAreNotInTheFutureButExpiriesMayBe() {
        assertThat(violations(applicant(a -> a.put("travelDocumentExpirationDate", "2031-01-01")))).isEmpty();
        assertThat(violations(applicant(a -> a.put("dateOfBirth", "2026-11-23")))).isEmpty();
        List<Violation> violations = violations(applicant(a -> {
            a.put("dateOfBirth", "2026-11-24");
            ((ObjectNode) a.get("entriesIntoUnitedStates").get(0)).put("entryDate", "2027-01-01");
        }));
        assertThat(violations).filteredOn(v -> v.getRule().equals("I-589:R.52"))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/applicant/dateOfBirth", "I-589:A.I.12", "DATE_IN_FUTURE"),
                        org.assertj.core.groups.Tuple.tuple("/applicant/entriesIntoUnitedStates/0/entryDate",
                                "I-589:A.I.19.c.date", "DATE_IN_FUTURE"));
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("2026-11-24"));
    }

    @Test
    void r53_datesAreRealCalendarDatesInIsoForm() {
        for (String notADate : List.of("2001-02-30", "11/30/2001", "2001-11")) {
            assertThat(violations(applicant(a -> a.put("dateOfBirth", notADate))))
                    .as(notADate)
                    .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "/applicant/dateOfBirth", "I-589:A.I.12", "I-589:R.53", "INVALID_DATE"));
        }
    }

    @Test
    void r56_sexIsMaleOrFemaleInThe012025Edition() {
        assertThat(violations(applicant(a -> a.put("sex", "MALE")))).isEmpty();
        assertThat(violations(applicant(a -> a.put("sex", "X"))))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPointer()).isEqualTo("/applicant/sex");
                    assertThat(v.getFormItem()).isEqualTo("I-589:A.I.10");
                    assertThat(v.getRule()).isEqualTo("I-589:R.56");
                    assertThat(v.getCode()).isEqualTo("NOT_ALLOWED_VALUE");
                    assertThat(v.getMessage()).isEqualTo("Use one of: MALE, FEMALE.");
                });
    }

    private static ObjectNode applicant(Consumer<ObjectNode> change) {
        ObjectNode application = SpecExamples.example("I589Complete").copy();
        change.accept((ObjectNode) application.get("applicant"));
        return application;
    }

    private List<Violation> violations(ObjectNode application) {
        try {
            byte[] json = SpecExamples.json().writeValueAsBytes(application);
            return validator.read(json, I589Application.class).violations();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
