package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.fafsapj.FafsaPjTesting.example;
import static org.govforms.domain.fafsapj.FafsaPjTesting.record;
import static org.govforms.domain.fafsapj.FafsaPjTesting.row;

/** The read-only properties computed from the record's own dates and today's. */
class FafsaPjComputedTest {

    @Test
    void theDeterminationIsDueSixtyDaysAfterEnrollmentAndOverdueOnlyWhileUndecided() {
        ObjectNode pending = example("FafsaPjCompleteHomelessYouth");
        pending.remove("determinations");

        ProfessionalJudgmentRecord onTheDueDate = FafsaPjComputed.compute(record(pending), LocalDate.parse("2023-10-27"));
        assertThat(onTheDueDate.getDeterminationOfIndependenceDueDate()).isEqualTo("2023-10-27");
        assertThat(onTheDueDate.getDeterminationOfIndependenceOverdue()).isFalse();
        assertThat(FafsaPjComputed.compute(record(pending), LocalDate.parse("2023-10-28")).getDeterminationOfIndependenceOverdue()).isTrue();

        ProfessionalJudgmentRecord decided = FafsaPjComputed.compute(record(example("FafsaPjCompleteHomelessYouth")), FafsaPjTesting.TODAY);
        assertThat(decided.getDeterminationOfIndependenceOverdue()).isFalse();
        assertThat(decided.getDeterminations().get(0).getDaysFromEnrollmentToDetermination()).isEqualTo(-14);
    }

    @Test
    void aSpecialCircumstanceAloneHasNoDeterminationOfIndependenceDue() {
        ProfessionalJudgmentRecord computed = FafsaPjComputed.compute(record(example("FafsaPjCompleteSpecialCircumstance")), FafsaPjTesting.TODAY);
        assertThat(computed.getDeterminationOfIndependenceDueDate()).isNull();
        assertThat(computed.getDeterminationOfIndependenceOverdue()).isFalse();
        assertThat(computed.getDeterminations().get(0).getDaysFromEnrollmentToDetermination()).isEqualTo(4);
    }

    @Test
    void documentationMayBeDestroyedThreeYearsAfterTheLastTerm() {
        ProfessionalJudgmentRecord computed = FafsaPjComputed.compute(record(example("FafsaPjCompleteSpecialCircumstance")), FafsaPjTesting.TODAY);
        assertThat(computed.getRetention().getRetentionClockStart()).isEqualTo("2024-05-10");
        assertThat(computed.getRetention().getRetainUntil()).isEqualTo("2027-05-10");

        ProfessionalJudgmentRecord enrolled = FafsaPjComputed.compute(record(example("FafsaPjCompleteHomelessYouth")), FafsaPjTesting.TODAY);
        assertThat(enrolled.getRetention().getRetainUntil()).isNull();
    }

    @Test
    void eachUnemploymentDocumentHasItsAgeAtSubmission() {
        ProfessionalJudgmentRecord computed = FafsaPjComputed.compute(record(example("FafsaPjCompleteDisasterUnemployment")), FafsaPjTesting.TODAY);
        assertThat(computed.getUnemploymentAdjustments()).extracting(row -> row.getEvidenceAgeAtSubmissionDays())
                .containsExactly(80, 139);
    }

    @Test
    void aRenewalIsPresumedIndependentUnlessCircumstancesChanged() {
        ObjectNode record = example("FafsaPjCompleteSpecialCircumstance");
        ((ObjectNode) record.get("renewal")).put("priorFinalDeterminationOfIndependence", true)
                .put("changeInCircumstancesReported", false).put("conflictingInformationHeld", false);
        assertThat(FafsaPjComputed.compute(record(record), FafsaPjTesting.TODAY).getRenewal().getPresumedIndependent()).isTrue();

        ((ObjectNode) record.get("renewal")).put("conflictingInformationHeld", true).put("conflictingInformation", "A lease signed by the parents.");
        assertThat(FafsaPjComputed.compute(record(record), FafsaPjTesting.TODAY).getRenewal().getPresumedIndependent()).isFalse();

        assertThat(FafsaPjComputed.compute(record(example("FafsaPjCompleteHomelessYouth")), FafsaPjTesting.TODAY)
                .getRenewal().getPresumedIndependent()).isFalse();
    }

    @Test
    void aValueAClientSentIsReplaced() {
        ObjectNode record = example("FafsaPjCompleteSpecialCircumstance");
        record.put("determinationOfIndependenceDueDate", "2000-01-01");
        row(record, "determinations", 0).put("daysFromEnrollmentToDetermination", 999);
        ProfessionalJudgmentRecord computed = FafsaPjComputed.compute(record(record), FafsaPjTesting.TODAY);
        assertThat(computed.getDeterminationOfIndependenceDueDate()).isNull();
        assertThat(computed.getDeterminations().get(0).getDaysFromEnrollmentToDetermination()).isEqualTo(4);
    }

    @Test
    void everythingElseIsKeptExactlyAmountsWithTheirDecimalsIncluded() throws Exception {
        ProfessionalJudgmentRecord original = org.govforms.domain.SpecExamples.json().readValue(
                "{\"formEdition\":\"GEN-22-15\",\"costOfAttendance\":{\"tuitionAndFees\":1500.00,\"transportation\":0.50}}",
                ProfessionalJudgmentRecord.class);
        ProfessionalJudgmentRecord computed = FafsaPjComputed.compute(original, FafsaPjTesting.TODAY);
        assertThat(computed.getCostOfAttendance()).isEqualTo(original.getCostOfAttendance());
        assertThat(computed.getCostOfAttendance().getTuitionAndFees()).hasToString("1500.00");
    }
}
