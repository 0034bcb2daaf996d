package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i589.I589TestRecords.at;
import static org.govforms.domain.i589.I589TestRecords.breaks;
import static org.govforms.domain.i589.I589TestRecords.complete;
import static org.govforms.domain.i589.I589TestRecords.minimal;
import static org.govforms.domain.i589.I589TestRecords.object;
import static org.govforms.domain.i589.I589TestRecords.valid;
import static org.govforms.domain.i589.I589TestRecords.violations;

/** The rules of Parts B and C, each with a valid and an invalid record. */
class I589ClaimRulesTest {

    @Test
    void r28_atLeastOneBasisAndQuestions1AAnd1BAnswered() {
        valid(minimal(r -> object(r, "claim").putArray("basisOfClaim").add("RACE").add("NATIONALITY")));
        breaks(minimal(r -> object(r, "claim").putArray("basisOfClaim")),
                at("/claim/basisOfClaim", "I-589:B.1", "I-589:R.28"));
        breaks(minimal(r -> object(r, "claim").remove("fearOfHarmUponReturn")),
                at("/claim/fearOfHarmUponReturn", "I-589:B.1.B", "I-589:R.28"));
        breaks(minimal(r -> object(object(r, "claim"), "pastHarm").remove("answer")),
                at("/claim/pastHarm/answer", "I-589:B.1.A", "I-589:R.28"));
    }

    /** Every yes/no question of Parts B and C: a Yes without its explanation names the explanation and the rule. */
    @ParameterizedTest(name = "{0}: {1}/{2}")
    @CsvSource({
            "I-589:R.29, claim, pastHarm, I-589:B.1.A.explanation",
            "I-589:R.30, claim, fearOfHarmUponReturn, I-589:B.1.B.explanation",
            "I-589:R.31, claim, accusedChargedArrestedOrDetained, I-589:B.2.explanation",
            "I-589:R.32, claim, organizationMembership, I-589:B.3.A.explanation",
            "I-589:R.33, claim, continuedOrganizationParticipation, I-589:B.3.B.explanation",
            "I-589:R.34, claim, fearsTortureUponReturn, I-589:B.4.explanation",
            "I-589:R.38, additionalInformation, previouslyAppliedForAsylum, I-589:C.1.explanation",
            "I-589:R.40, additionalInformation, causedHarmToOthers, I-589:C.3.explanation",
            "I-589:R.41, additionalInformation, returnedToCountryOfHarm, I-589:C.4.explanation",
            "I-589:R.42, additionalInformation, filingMoreThanOneYearAfterArrival, I-589:C.5.explanation",
            "I-589:R.43, additionalInformation, committedCrime, I-589:C.6.explanation"})
    void aYesNeedsItsExplanation(String rule, String part, String question, String formItem) {
        valid(complete(r -> object(object(r, part), question).put("answer", true).put("explanation", "What happened, when and why.")));
        valid(minimal(r -> object(r, part).putObject(question).put("answer", false)));
        ObjectNode unexplained = complete(r -> object(r, part).putObject(question).put("answer", true));
        breaks(unexplained, at("/" + part + "/" + question + "/explanation", formItem, rule));
        ObjectNode blank = complete(r -> object(r, part).putObject(question).put("answer", true).put("explanation", "  "));
        breaks(blank, at("/" + part + "/" + question + "/explanation", formItem, rule));
    }

    @Test
    void r35_continuedParticipationAfterNoMembershipIsAWarning() {
        valid(minimal(r -> object(r, "claim").putObject("organizationMembership").put("answer", false)));
        List<Violation> violations = violations(minimal(r -> object(r, "claim").putObject("continuedOrganizationParticipation")
                .put("answer", true).put("explanation", "Weekly meetings.")));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).isEqualTo("/claim/continuedOrganizationParticipation/answer");
            assertThat(v.getFormItem()).isEqualTo("I-589:B.3.B");
            assertThat(v.getRule()).isEqualTo("I-589:R.35");
            assertThat(v.getSeverity()).isEqualTo(Violation.SeverityEnum.WARNING);
        });
    }

    @Test
    void r37_everySupplementBEntryNamesItsPartAndQuestion() {
        valid(complete(r -> ((ArrayNode) r.get("supplementB").get("entries")).addObject()
                .put("part", "C").put("question", "5").put("text", "Continued: the hospital records are attached.")));
        breaks(complete(r -> ((ObjectNode) r.get("supplementB").get("entries").get(1)).remove("question")),
                at("/supplementB/entries/1/question", "I-589-SB:ENTRY.question", "I-589:R.37"));
        breaks(complete(r -> ((ObjectNode) r.get("supplementB").get("entries").get(0)).put("text", "")),
                at("/supplementB/entries/0/text", "I-589-SB:ENTRY.text", "I-589:R.37"));
    }

    @Test
    void r39_item2AOr2BYesNeedsTheSharedExplanation() {
        valid(minimal(r -> object(object(r, "additionalInformation"), "otherCountries")
                .put("familyAppliedForStatusInOtherCountries", true).put("explanation", "My sister has status in Uganda.")));
        breaks(complete(r -> object(object(r, "additionalInformation"), "otherCountries").remove("explanation")),
                at("/additionalInformation/otherCountries/explanation", "I-589:C.2.explanation", "I-589:R.39"));
        breaks(minimal(r -> object(object(r, "additionalInformation"), "otherCountries")
                        .put("travelledThroughOrResidedInOtherCountries", true)),
                at("/additionalInformation/otherCountries/explanation", "I-589:C.2.explanation", "I-589:R.39"));
    }

    @Test
    void r44_item5AgreesWithTheLastArrivalAndTheFilingDate() {
        // minimal: last arrival 2025-01-11; one year later is 2026-01-11
        valid(minimal(r -> object(r, "declaration").put("signatureDate", "2026-01-11")));
        breaks(minimal(r -> object(r, "declaration").put("signatureDate", "2026-01-12")),
                at("/additionalInformation/filingMoreThanOneYearAfterArrival/answer", "I-589:C.5", "I-589:R.44"));
        // complete: signed 2026-11-02, last arrival 2025-09-14, answered Yes with an explanation
        breaks(complete(r -> object(r, "declaration").put("signatureDate", "2026-09-14")),
                at("/additionalInformation/filingMoreThanOneYearAfterArrival/answer", "I-589:C.5", "I-589:R.44"));
    }
}
