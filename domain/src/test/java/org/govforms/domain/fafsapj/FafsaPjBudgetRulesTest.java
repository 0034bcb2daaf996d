package org.govforms.domain.fafsapj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.fafsapj.FafsaPjTesting.array;
import static org.govforms.domain.fafsapj.FafsaPjTesting.assertViolations;
import static org.govforms.domain.fafsapj.FafsaPjTesting.at;
import static org.govforms.domain.fafsapj.FafsaPjTesting.budget;
import static org.govforms.domain.fafsapj.FafsaPjTesting.example;
import static org.govforms.domain.fafsapj.FafsaPjTesting.violations;

/**
 * The cost-of-attendance rules, each with a valid and an invalid budget. Budgets start from the complete
 * special-circumstance example, which passes every rule, and change only what a rule is about.
 */
class FafsaPjBudgetRulesTest {

    private static ObjectNode complete() {
        return example("FafsaPjCompleteSpecialCircumstance");
    }

    /** A budget with living expenses of the given housing situation, and nothing institutional about it. */
    private static ObjectNode housedIn(String situation) {
        ObjectNode record = complete();
        ObjectNode budget = budget(record);
        budget.put("housingSituation", situation);
        budget.remove("institutionalHousingAverageCharge");
        budget.remove("institutionalHousingMedianCharge");
        return record;
    }

    @Test
    void theCompleteExamplesPassEveryRule() {
        for (String name : new String[] {"FafsaPjCompleteSpecialCircumstance", "FafsaPjCompleteUnusualCircumstanceOverride",
                "FafsaPjCompleteHomelessYouth", "FafsaPjCompleteFosterCareYouth", "FafsaPjCompleteOtherIndependence",
                "FafsaPjCompleteDisasterUnemployment", "FafsaPjMinimalSpecialCircumstance"}) {
            assertThat(violations(example(name))).as(name).isEmpty();
        }
    }

    @Test
    void r33_theComputerAllowanceIsPartOfTheBooksAllowance() {
        ObjectNode valid = complete();
        budget(valid).put("personalComputerAllowance", 1500.00);
        assertThat(violations(valid)).isEmpty();

        ObjectNode invalid = complete();
        budget(invalid).put("personalComputerAllowance", 1500.01);
        assertViolations(violations(invalid), at("/costOfAttendance/personalComputerAllowance", "FAFSA-PJ:C.8", "FAFSA-PJ:R.33"));
    }

    @Test
    void r34_r50_belowHalfTimeNoMiscellaneousExpensesButOtherComponentsStay() {
        ObjectNode valid = complete();
        budget(valid).put("enrollmentIntensity", "LESS_THAN_HALF_TIME").put("miscellaneousPersonalExpenses", 0)
                .put("lessThanHalfTimeLivingExpenseSemesters", 2).put("lessThanHalfTimeConsecutiveLivingExpenseSemesters", 1);
        assertThat(violations(valid)).as("tuition, books, transportation and disability stay allowed (R.50)").isEmpty();

        ObjectNode invalid = valid.deepCopy();
        budget(invalid).put("miscellaneousPersonalExpenses", 100.00);
        assertViolations(violations(invalid),
                at("/costOfAttendance/miscellaneousPersonalExpenses", "FAFSA-PJ:C.10", "FAFSA-PJ:R.34"),
                at("/costOfAttendance/miscellaneousPersonalExpenses", "FAFSA-PJ:C.10", "FAFSA-PJ:R.50"));
    }

    @Test
    void r35_livingExpensesHoldAFoodAllowanceWhateverTheMealPlan() {
        ObjectNode valid = complete();
        budget(valid).put("foodArrangement", "NO_INSTITUTIONAL_FOOD_SERVICE");
        assertThat(violations(valid)).isEmpty();

        ObjectNode invalid = complete();
        budget(invalid).remove("foodAllowance");
        assertViolations(violations(invalid), at("/costOfAttendance/foodAllowance", "FAFSA-PJ:C.13", "FAFSA-PJ:R.35"));
    }

    @Test
    void r36_institutionalHousingIsTheGreaterOfAverageAndMedian() {
        ObjectNode wrong = complete();
        budget(wrong).put("housingAllowance", 9650.00);
        assertViolations(violations(wrong), at("/costOfAttendance/housingAllowance", "FAFSA-PJ:C.14", "FAFSA-PJ:R.36"));

        ObjectNode noMedian = complete();
        budget(noMedian).remove("institutionalHousingMedianCharge");
        assertViolations(violations(noMedian), at("/costOfAttendance/institutionalHousingMedianCharge", "FAFSA-PJ:C.16", "FAFSA-PJ:R.36"));
    }

    @Test
    void r38_offCampusHousingIncludesRent() {
        assertThat(violations(housedIn("OFF_CAMPUS"))).isEmpty();

        ObjectNode invalid = housedIn("OFF_CAMPUS");
        budget(invalid).put("housingAllowance", 0);
        assertViolations(violations(invalid), at("/costOfAttendance/housingAllowance", "FAFSA-PJ:C.14", "FAFSA-PJ:R.38"));
    }

    @Test
    void r39_aDependentStudentAtHomeHasALivingAllowanceAboveZero() {
        assertThat(violations(housedIn("WITH_PARENTS"))).isEmpty();

        ObjectNode invalid = housedIn("WITH_PARENTS");
        budget(invalid).remove("livingExpensesTotal");
        assertViolations(violations(invalid), at("/costOfAttendance/livingExpensesTotal", "FAFSA-PJ:C.17", "FAFSA-PJ:R.39"));
    }

    @Test
    void r40_militaryHousingGetsFoodButNoHousing() {
        ObjectNode valid = housedIn("MILITARY_OR_HOUSING_ALLOWANCE");
        budget(valid).put("housingAllowance", 0);
        assertThat(violations(valid)).isEmpty();

        ObjectNode invalid = housedIn("MILITARY_OR_HOUSING_ALLOWANCE");
        budget(invalid).remove("foodAllowance");
        assertViolations(violations(invalid),
                at("/costOfAttendance/housingAllowance", "FAFSA-PJ:C.14", "FAFSA-PJ:R.40"),
                at("/costOfAttendance/foodAllowance", "FAFSA-PJ:C.13", "FAFSA-PJ:R.40"));
    }

    @Test
    void r42_studyAbroadNeedsAProgramApprovedForCredit() {
        ObjectNode invalid = complete();
        budget(invalid).put("studyAbroadApprovedForCredit", false);
        assertViolations(violations(invalid), at("/costOfAttendance/studyAbroadApprovedForCredit", "FAFSA-PJ:C.22", "FAFSA-PJ:R.42"));

        ObjectNode noAllowance = invalid.deepCopy();
        budget(noAllowance).remove("studyAbroadAllowance");
        assertThat(violations(noAllowance)).isEmpty();
    }

    @Test
    void r43_cooperativeEducationNeedsTheWorkExperienceAndIsAllowedBelowHalfTime() {
        ObjectNode invalid = complete();
        budget(invalid).remove("cooperativeEducationWorkExperience");
        assertViolations(violations(invalid),
                at("/costOfAttendance/cooperativeEducationWorkExperience", "FAFSA-PJ:C.24", "FAFSA-PJ:R.43"));

        ObjectNode lessThanHalfTime = complete();
        budget(lessThanHalfTime).put("enrollmentIntensity", "LESS_THAN_HALF_TIME").remove("miscellaneousPersonalExpenses");
        budget(lessThanHalfTime).put("lessThanHalfTimeLivingExpenseSemesters", 1).put("lessThanHalfTimeConsecutiveLivingExpenseSemesters", 1);
        assertThat(violations(lessThanHalfTime)).isEmpty();
    }

    @Test
    void r44_dependentCareRestsOnTheDependentsAndStaysWithinTheCommunityCost() {
        ObjectNode aboveCommunityCost = complete();
        budget(aboveCommunityCost).put("dependentCareAllowance", 6000.01);
        assertViolations(violations(aboveCommunityCost), at("/costOfAttendance/dependentCareAllowance", "FAFSA-PJ:C.29", "FAFSA-PJ:R.44"));

        ObjectNode noDetails = complete();
        budget(noDetails).put("dependentsNeedingCare", 0).remove("dependentAges");
        budget(noDetails).remove("dependentCarePeriods");
        assertViolations(violations(noDetails),
                at("/costOfAttendance/dependentsNeedingCare", "FAFSA-PJ:C.26", "FAFSA-PJ:R.44"),
                at("/costOfAttendance/dependentAges", "FAFSA-PJ:C.27", "FAFSA-PJ:R.44"),
                at("/costOfAttendance/dependentCarePeriods", "FAFSA-PJ:C.28", "FAFSA-PJ:R.44"));
    }

    @Test
    void r46_loanFeesAreFederalAndSayTheirBasis() {
        ObjectNode noBasis = complete();
        budget(noBasis).remove("loanFeeAllowanceBasis");
        assertViolations(violations(noBasis), at("/costOfAttendance/loanFeeAllowanceBasis", "FAFSA-PJ:C.35", "FAFSA-PJ:R.46"));

        ObjectNode nonFederal = complete();
        array(budget(nonFederal), "loanChargesCovered", "FEDERAL_LOAN_FEE", "NON_FEDERAL_LOAN_FEE");
        java.util.List<Violation> violations = violations(nonFederal);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPointer()).startsWith("/costOfAttendance/loanChargesCovered");
            assertThat(v.getFormItem()).isEqualTo("FAFSA-PJ:C.36");
            assertThat(v.getRule()).isEqualTo("FAFSA-PJ:R.46");
        });
    }

    @Test
    void r47_aLicensedProfessionHasItsLicensureCosts() {
        ObjectNode invalid = complete();
        budget(invalid).put("licensureAllowance", 0).put("licensureAttempts", 0);
        budget(invalid).remove("licensureAllowanceBasis");
        assertViolations(violations(invalid),
                at("/costOfAttendance/licensureAllowance", "FAFSA-PJ:C.38", "FAFSA-PJ:R.47"),
                at("/costOfAttendance/licensureAllowanceBasis", "FAFSA-PJ:C.39", "FAFSA-PJ:R.47"),
                at("/costOfAttendance/licensureAttempts", "FAFSA-PJ:C.40", "FAFSA-PJ:R.47"));

        ObjectNode notLicensed = complete();
        budget(notLicensed).put("licensureProgram", false).remove(java.util.List.of("licensureAllowance", "licensureAllowanceBasis", "licensureAttempts"));
        assertThat(violations(notLicensed)).isEmpty();
    }

    /** A correspondence budget: tuition, required books, and residential training with its period. */
    private static ObjectNode correspondence() {
        ObjectNode record = complete();
        ObjectNode budget = record.putObject("costOfAttendance");
        budget.put("period", "2023-24 correspondence program").put("enrollmentIntensity", "HALF_TIME")
                .put("distanceEducation", "ALL").put("correspondenceStudy", true).put("confinedOrIncarcerated", false)
                .put("tuitionAndFees", 3200.00).put("booksSuppliesAndEquipment", 400.00)
                .put("residentialTrainingAllowance", 900.00).put("residentialTrainingPeriod", "2024-06-03 to 2024-06-14")
                .put("licensureProgram", false).put("totalCostOfAttendance", 4500.00).put("changedByProfessionalJudgment", false);
        return record;
    }

    @Test
    void r48_correspondenceStudyHoldsTravelHousingAndFoodOnlyForResidentialTraining() {
        assertThat(violations(correspondence())).isEmpty();

        ObjectNode invalid = correspondence();
        budget(invalid).put("transportation", 300.00).put("foodAllowance", 1000.00).remove("residentialTrainingPeriod");
        assertViolations(violations(invalid),
                at("/costOfAttendance/transportation", "FAFSA-PJ:C.9", "FAFSA-PJ:R.48"),
                at("/costOfAttendance/foodAllowance", "FAFSA-PJ:C.13", "FAFSA-PJ:R.48"),
                at("/costOfAttendance/residentialTrainingPeriod", "FAFSA-PJ:C.21", "FAFSA-PJ:R.48"));

        ObjectNode notCorrespondence = complete();
        budget(notCorrespondence).put("residentialTrainingAllowance", 900.00);
        assertViolations(violations(notCorrespondence),
                at("/costOfAttendance/residentialTrainingAllowance", "FAFSA-PJ:C.20", "FAFSA-PJ:R.48"));
    }

    @Test
    void r49_aConfinedStudentsBudgetHoldsOnlyTuitionBooksAndLicensure() {
        ObjectNode valid = complete();
        ObjectNode budget = valid.putObject("costOfAttendance");
        budget.put("period", "Fall 2023").put("enrollmentIntensity", "HALF_TIME").put("distanceEducation", "ALL")
                .put("correspondenceStudy", false).put("confinedOrIncarcerated", true).put("tuitionAndFees", 2400.00)
                .put("booksSuppliesAndEquipment", 300.00).put("personalComputerAllowance", 200.00)
                .put("licensureProgram", true).put("licensureAllowance", 150.00).put("licensureAllowanceBasis", "ACTUAL")
                .put("licensureAttempts", 1).put("totalCostOfAttendance", 2850.00).put("changedByProfessionalJudgment", false);
        assertThat(violations(valid)).as("no transportation for a confined student either (R.52)").isEmpty();

        ObjectNode invalid = valid.deepCopy();
        budget(invalid).put("dependentCareAllowance", 500.00).put("communityDependentCareCost", 600.00)
                .put("dependentsNeedingCare", 1).put("dependentAges", "4").put("federalLoanFeesAllowance", 40.00)
                .put("loanFeeAllowanceBasis", "ACTUAL");
        array(budget(invalid), "dependentCarePeriods", "CLASS_TIME");
        array(budget(invalid), "loanChargesCovered", "ORIGINATION_FEE");
        assertViolations(violations(invalid),
                at("/costOfAttendance/dependentCareAllowance", "FAFSA-PJ:C.29", "FAFSA-PJ:R.49"),
                at("/costOfAttendance/federalLoanFeesAllowance", "FAFSA-PJ:C.34", "FAFSA-PJ:R.49"));
    }

    @Test
    void r51_belowHalfTimeLivingExpensesForAtMostThreeSemestersTwoInARow() {
        ObjectNode valid = complete();
        budget(valid).put("enrollmentIntensity", "LESS_THAN_HALF_TIME").remove("miscellaneousPersonalExpenses");
        budget(valid).put("lessThanHalfTimeLivingExpenseSemesters", 3).put("lessThanHalfTimeConsecutiveLivingExpenseSemesters", 2);
        assertThat(violations(valid)).isEmpty();

        ObjectNode tooMany = valid.deepCopy();
        budget(tooMany).put("lessThanHalfTimeLivingExpenseSemesters", 4).put("lessThanHalfTimeConsecutiveLivingExpenseSemesters", 3);
        assertViolations(violations(tooMany),
                at("/costOfAttendance/lessThanHalfTimeLivingExpenseSemesters", "FAFSA-PJ:C.18", "FAFSA-PJ:R.51"),
                at("/costOfAttendance/lessThanHalfTimeConsecutiveLivingExpenseSemesters", "FAFSA-PJ:C.19", "FAFSA-PJ:R.51"));

        ObjectNode uncounted = valid.deepCopy();
        budget(uncounted).remove("lessThanHalfTimeLivingExpenseSemesters");
        assertViolations(violations(uncounted),
                at("/costOfAttendance/lessThanHalfTimeLivingExpenseSemesters", "FAFSA-PJ:C.18", "FAFSA-PJ:R.51"));
    }

    @Test
    void r52_distanceEducationKeepsTransportation() {
        ObjectNode valid = complete();
        budget(valid).put("distanceEducation", "ALL");
        assertThat(violations(valid)).isEmpty();

        ObjectNode invalid = valid.deepCopy();
        budget(invalid).remove("transportation");
        assertViolations(violations(invalid), at("/costOfAttendance/transportation", "FAFSA-PJ:C.9", "FAFSA-PJ:R.52"));
    }

    @Test
    void dollarAmountsHaveTwoDecimalsAtMost() {
        ObjectNode invalid = complete();
        budget(invalid).put("transportation", new java.math.BigDecimal("1400.001"));
        ((ObjectNode) invalid.get("adjustments").get(1)).put("adjustedValue", new java.math.BigDecimal("21000.5"));
        java.util.List<Violation> violations = violations(invalid);
        assertViolations(violations, at("/costOfAttendance/transportation", "FAFSA-PJ:C.9", "schema:multipleOf"));
        assertThat(violations.get(0).getMessage()).doesNotContain("1400");
    }
}
