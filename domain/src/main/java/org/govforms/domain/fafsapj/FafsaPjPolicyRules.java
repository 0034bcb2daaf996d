package org.govforms.domain.fafsapj;

import java.util.List;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.ProfessionalJudgmentPolicy;

import static org.govforms.domain.fafsapj.FafsaPjRecords.blank;
import static org.govforms.domain.fafsapj.FafsaPjRecords.yes;
import static org.govforms.domain.rules.RecordRule.error;

/** The rules of GEN-22-15 on an institution's policy and disclosures (section I). */
final class FafsaPjPolicyRules {

    private FafsaPjPolicyRules() {
    }

    static final RecordRule<ProfessionalJudgmentPolicy> MEDIAN_HOUSING_METHOD = error("FAFSA-PJ:R.37",
            "MEDIAN_HOUSING_METHOD_MISSING",
            "An institution that owns or operates housing documents how it sets the median housing cost and when it did.",
            ProfessionalJudgmentPolicy.class, (policy, findings) -> {
                if (!yes(policy.getOwnsOrOperatesHousing())) {
                    return;
                }
                if (blank(policy.getMedianHousingCostMethod())) {
                    findings.at("/medianHousingCostMethod");
                }
                if (policy.getMedianHousingCostDeterminedDate() == null) {
                    findings.at("/medianHousingCostDeterminedDate");
                }
            });

    static final RecordRule<ProfessionalJudgmentPolicy> COST_OF_ATTENDANCE_LIST = error("FAFSA-PJ:R.54",
            "COST_OF_ATTENDANCE_LIST_NOT_ON_EVERY_TUITION_PAGE",
            "The list of cost-of-attendance elements appears on every web page that describes tuition and fees.",
            ProfessionalJudgmentPolicy.class, (policy, findings) -> {
                if (policy.getCostOfAttendanceListOnEveryTuitionPage() != null && !yes(policy.getCostOfAttendanceListOnEveryTuitionPage())) {
                    findings.at("/costOfAttendanceListOnEveryTuitionPage");
                }
            });

    static final List<RecordRule<?>> ALL = List.of(MEDIAN_HOUSING_METHOD, COST_OF_ATTENDANCE_LIST);
}
