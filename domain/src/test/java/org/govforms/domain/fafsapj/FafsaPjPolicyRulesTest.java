package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.fafsapj.FafsaPjTesting.assertViolations;
import static org.govforms.domain.fafsapj.FafsaPjTesting.at;
import static org.govforms.domain.fafsapj.FafsaPjTesting.example;
import static org.govforms.domain.fafsapj.FafsaPjTesting.policyViolations;

/** The rules on an institution's policy and disclosures (section I), each with a valid and an invalid policy. */
class FafsaPjPolicyRulesTest {

    @Test
    void theCompletePolicyPassesEveryRule() {
        assertThat(policyViolations(example("FafsaPjCompletePolicy"))).isEmpty();
    }

    @Test
    void r5_theNoticeThatStudentsMayAskForAdjustmentsIsPostedOnTheWebsite() {
        ObjectNode invalid = example("FafsaPjCompletePolicy");
        invalid.put("publicNoticeUrl", "Posted on the bulletin board");
        assertViolations(policyViolations(invalid), at("/publicNoticeUrl", "FAFSA-PJ:I.3", "FAFSA-PJ:R.5"));
    }

    @Test
    void r37_anInstitutionWithHousingDocumentsItsMedianHousingMethod() {
        ObjectNode invalid = example("FafsaPjCompletePolicy");
        invalid.remove("medianHousingCostMethod");
        assertViolations(policyViolations(invalid), at("/medianHousingCostMethod", "FAFSA-PJ:I.8", "FAFSA-PJ:R.37"));

        invalid.put("ownsOrOperatesHousing", false);
        assertThat(policyViolations(invalid)).isEmpty();
    }

    @Test
    void r54_theCostOfAttendanceListIsOnTheWebAndOnEveryTuitionPage() {
        ObjectNode invalid = example("FafsaPjCompletePolicy");
        invalid.put("costOfAttendanceListOnEveryTuitionPage", false).remove("costOfAttendanceListUrl");
        assertViolations(policyViolations(invalid),
                at("/costOfAttendanceListOnEveryTuitionPage", "FAFSA-PJ:I.7", "FAFSA-PJ:R.54"),
                at("/costOfAttendanceListUrl", "FAFSA-PJ:I.6", "FAFSA-PJ:R.54"));
    }
}
