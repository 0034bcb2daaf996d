package org.govforms.domain.fafsapj;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.CostOfAttendanceBudget;
import org.govforms.model.CostOfAttendanceBudget.EnrollmentIntensityEnum;
import org.govforms.model.CostOfAttendanceBudget.HousingSituationEnum;
import org.govforms.model.ProfessionalJudgmentRecord;

import static org.govforms.domain.fafsapj.FafsaPjRecords.blank;
import static org.govforms.domain.fafsapj.FafsaPjRecords.list;
import static org.govforms.domain.fafsapj.FafsaPjRecords.nonZero;
import static org.govforms.domain.fafsapj.FafsaPjRecords.positive;
import static org.govforms.domain.fafsapj.FafsaPjRecords.yes;
import static org.govforms.domain.rules.RecordRule.error;

/** The cost-of-attendance rules of GEN-22-15 (section C of a professional-judgment record). */
final class FafsaPjBudgetRules {

    private static final String COA = "/costOfAttendance/";

    private FafsaPjBudgetRules() {
    }

    /** A rule on the budget only, skipped when the record has none. */
    private static RecordRule<ProfessionalJudgmentRecord> budgetRule(String id, String code, String message,
            BiConsumer<CostOfAttendanceBudget, RecordRule.Findings> check) {
        return error(id, code, message, ProfessionalJudgmentRecord.class, (record, findings) -> {
            if (record.getCostOfAttendance() != null) {
                check.accept(record.getCostOfAttendance(), findings);
            }
        });
    }

    private static boolean lessThanHalfTime(CostOfAttendanceBudget budget) {
        return budget.getEnrollmentIntensity() == EnrollmentIntensityEnum.LESS_THAN_HALF_TIME;
    }

    private static boolean livingExpensesIncluded(CostOfAttendanceBudget budget) {
        return budget.getHousingSituation() != null || positive(budget.getLivingExpensesTotal());
    }

    private static boolean institutionalHousing(CostOfAttendanceBudget budget) {
        return budget.getHousingSituation() == HousingSituationEnum.INSTITUTIONAL_WITH_DEPENDENTS
                || budget.getHousingSituation() == HousingSituationEnum.INSTITUTIONAL_WITHOUT_DEPENDENTS;
    }

    static final RecordRule<ProfessionalJudgmentRecord> COMPUTER_WITHIN_BOOKS = budgetRule("FAFSA-PJ:R.33",
            "COMPUTER_ALLOWANCE_ABOVE_BOOKS_ALLOWANCE",
            "The personal computer allowance is part of the books, course materials, supplies and equipment allowance; it cannot exceed it.",
            (budget, findings) -> {
                BigDecimal books = budget.getBooksSuppliesAndEquipment() == null ? BigDecimal.ZERO : budget.getBooksSuppliesAndEquipment();
                if (budget.getPersonalComputerAllowance() != null && budget.getPersonalComputerAllowance().compareTo(books) > 0) {
                    findings.at(COA + "personalComputerAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> NO_MISC_EXPENSES_BELOW_HALF_TIME = budgetRule("FAFSA-PJ:R.34",
            "MISCELLANEOUS_EXPENSES_BELOW_HALF_TIME",
            "Miscellaneous personal expenses count only for students enrolled at least half-time; leave them out or give 0.",
            (budget, findings) -> {
                if (lessThanHalfTime(budget) && nonZero(budget.getMiscellaneousPersonalExpenses())) {
                    findings.at(COA + "miscellaneousPersonalExpenses");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> LESS_THAN_HALF_TIME_COMPONENTS = budgetRule("FAFSA-PJ:R.50",
            "COMPONENT_NOT_FOR_LESS_THAN_HALF_TIME",
            "A less-than-half-time budget holds tuition and fees, books and supplies, transportation and any component not barred, but no miscellaneous personal expenses.",
            (budget, findings) -> {
                if (lessThanHalfTime(budget) && nonZero(budget.getMiscellaneousPersonalExpenses())) {
                    findings.at(COA + "miscellaneousPersonalExpenses");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> FOOD_ALLOWANCE = budgetRule("FAFSA-PJ:R.35",
            "FOOD_ALLOWANCE_MISSING",
            "With living expenses, the food allowance covers three meals a day whatever the meal plan; give an amount above 0.",
            (budget, findings) -> {
                if (livingExpensesIncluded(budget)
                        && budget.getHousingSituation() != HousingSituationEnum.MILITARY_OR_HOUSING_ALLOWANCE
                        && !positive(budget.getFoodAllowance())) {
                    findings.at(COA + "foodAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> INSTITUTIONAL_HOUSING = budgetRule("FAFSA-PJ:R.36",
            "INSTITUTIONAL_HOUSING_NOT_GREATER_OF_AVERAGE_AND_MEDIAN",
            "The allowance for institutional housing is the greater of the average and the median charge to residents; give both and use the greater.",
            (budget, findings) -> {
                if (!institutionalHousing(budget)) {
                    return;
                }
                BigDecimal average = budget.getInstitutionalHousingAverageCharge();
                BigDecimal median = budget.getInstitutionalHousingMedianCharge();
                if (average == null) {
                    findings.at(COA + "institutionalHousingAverageCharge");
                }
                if (median == null) {
                    findings.at(COA + "institutionalHousingMedianCharge");
                }
                if (average != null && median != null
                        && (budget.getHousingAllowance() == null || budget.getHousingAllowance().compareTo(average.max(median)) != 0)) {
                    findings.at(COA + "housingAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> OFF_CAMPUS_HOUSING = budgetRule("FAFSA-PJ:R.38",
            "OFF_CAMPUS_HOUSING_ALLOWANCE_MISSING",
            "Off campus the housing allowance includes rent or other housing costs; give an amount above 0.",
            (budget, findings) -> {
                if (budget.getHousingSituation() == HousingSituationEnum.OFF_CAMPUS && !positive(budget.getHousingAllowance())) {
                    findings.at(COA + "housingAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> LIVING_AT_HOME = budgetRule("FAFSA-PJ:R.39",
            "LIVING_AT_HOME_ALLOWANCE_NOT_ABOVE_ZERO",
            "A dependent student living at home with parents gets a reasonable living allowance greater than 0.",
            (budget, findings) -> {
                if (budget.getHousingSituation() == HousingSituationEnum.WITH_PARENTS && !positive(budget.getLivingExpensesTotal())) {
                    findings.at(COA + "livingExpensesTotal");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> MILITARY_HOUSING = budgetRule("FAFSA-PJ:R.40",
            "MILITARY_HOUSING_FOOD_ONLY",
            "In military-base housing, or with a basic allowance for housing, the budget has a food allowance above 0 and a housing allowance of 0.",
            (budget, findings) -> {
                if (budget.getHousingSituation() != HousingSituationEnum.MILITARY_OR_HOUSING_ALLOWANCE) {
                    return;
                }
                if (!positive(budget.getFoodAllowance())) {
                    findings.at(COA + "foodAllowance");
                }
                if (nonZero(budget.getHousingAllowance())) {
                    findings.at(COA + "housingAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> STUDY_ABROAD = budgetRule("FAFSA-PJ:R.42",
            "STUDY_ABROAD_NOT_APPROVED_FOR_CREDIT",
            "A study abroad allowance needs a program approved for credit by the home institution.",
            (budget, findings) -> {
                if (positive(budget.getStudyAbroadAllowance()) && !yes(budget.getStudyAbroadApprovedForCredit())) {
                    findings.at(COA + "studyAbroadApprovedForCredit");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> COOPERATIVE_EDUCATION = budgetRule("FAFSA-PJ:R.43",
            "COOPERATIVE_EDUCATION_NOT_CONFIRMED",
            "A cooperative education allowance needs work experience under a cooperative education program.",
            (budget, findings) -> {
                if (positive(budget.getCooperativeEducationAllowance()) && !yes(budget.getCooperativeEducationWorkExperience())) {
                    findings.at(COA + "cooperativeEducationWorkExperience");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> DEPENDENT_CARE = budgetRule("FAFSA-PJ:R.44",
            "DEPENDENT_CARE_NOT_SUPPORTED",
            "Dependent care rests on the number and ages of the dependents and the periods of care, and cannot exceed the reasonable community cost.",
            (budget, findings) -> {
                BigDecimal allowance = budget.getDependentCareAllowance();
                if (!positive(allowance)) {
                    return;
                }
                if (budget.getDependentsNeedingCare() == null || budget.getDependentsNeedingCare() < 1) {
                    findings.at(COA + "dependentsNeedingCare");
                }
                if (blank(budget.getDependentAges())) {
                    findings.at(COA + "dependentAges");
                }
                if (list(budget.getDependentCarePeriods()).isEmpty()) {
                    findings.at(COA + "dependentCarePeriods");
                }
                if (budget.getCommunityDependentCareCost() == null || allowance.compareTo(budget.getCommunityDependentCareCost()) > 0) {
                    findings.at(COA + "dependentCareAllowance");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> LOAN_FEES = budgetRule("FAFSA-PJ:R.46",
            "LOAN_FEE_BASIS_MISSING",
            "A loan fee allowance says whether it is the actual or the average cost and which Federal loan charges it covers (never non-Federal loan fees).",
            (budget, findings) -> {
                if (budget.getFederalLoanFeesAllowance() == null) {
                    return;
                }
                if (budget.getLoanFeeAllowanceBasis() == null) {
                    findings.at(COA + "loanFeeAllowanceBasis");
                }
                if (list(budget.getLoanChargesCovered()).isEmpty()) {
                    findings.at(COA + "loanChargesCovered");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> LICENSURE = budgetRule("FAFSA-PJ:R.47",
            "LICENSURE_COSTS_MISSING",
            "A program leading to a licensed profession includes licensure costs: an amount above 0, whether actual or average, and at least one attempt.",
            (budget, findings) -> {
                if (!yes(budget.getLicensureProgram())) {
                    return;
                }
                if (!positive(budget.getLicensureAllowance())) {
                    findings.at(COA + "licensureAllowance");
                }
                if (budget.getLicensureAllowanceBasis() == null) {
                    findings.at(COA + "licensureAllowanceBasis");
                }
                if (budget.getLicensureAttempts() == null || budget.getLicensureAttempts() < 1) {
                    findings.at(COA + "licensureAttempts");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> CORRESPONDENCE = budgetRule("FAFSA-PJ:R.48",
            "COMPONENT_NOT_FOR_CORRESPONDENCE_STUDY",
            "Correspondence study holds tuition and fees and required books and supplies; travel, housing and food only as the residential training allowance, with its period.",
            (budget, findings) -> {
                if (!yes(budget.getCorrespondenceStudy())) {
                    if (nonZero(budget.getResidentialTrainingAllowance())) {
                        findings.at(COA + "residentialTrainingAllowance");
                    }
                    return;
                }
                Map<String, BigDecimal> barred = new LinkedHashMap<>();
                barred.put("transportation", budget.getTransportation());
                barred.put("miscellaneousPersonalExpenses", budget.getMiscellaneousPersonalExpenses());
                barred.put("foodAllowance", budget.getFoodAllowance());
                barred.put("housingAllowance", budget.getHousingAllowance());
                barred.put("livingExpensesTotal", budget.getLivingExpensesTotal());
                barred.forEach((name, amount) -> {
                    if (nonZero(amount)) {
                        findings.at(COA + name);
                    }
                });
                if (nonZero(budget.getResidentialTrainingAllowance()) && blank(budget.getResidentialTrainingPeriod())) {
                    findings.at(COA + "residentialTrainingPeriod");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> CONFINED = budgetRule("FAFSA-PJ:R.49",
            "COMPONENT_NOT_FOR_CONFINED_STUDENT",
            "The budget of a confined or incarcerated student holds only tuition and fees, books, course materials, supplies and equipment, and licensure costs.",
            (budget, findings) -> {
                if (!yes(budget.getConfinedOrIncarcerated())) {
                    return;
                }
                Map<String, BigDecimal> barred = new LinkedHashMap<>();
                barred.put("transportation", budget.getTransportation());
                barred.put("miscellaneousPersonalExpenses", budget.getMiscellaneousPersonalExpenses());
                barred.put("foodAllowance", budget.getFoodAllowance());
                barred.put("housingAllowance", budget.getHousingAllowance());
                barred.put("livingExpensesTotal", budget.getLivingExpensesTotal());
                barred.put("residentialTrainingAllowance", budget.getResidentialTrainingAllowance());
                barred.put("studyAbroadAllowance", budget.getStudyAbroadAllowance());
                barred.put("cooperativeEducationAllowance", budget.getCooperativeEducationAllowance());
                barred.put("dependentCareAllowance", budget.getDependentCareAllowance());
                barred.put("disabilityExpenseAllowance", budget.getDisabilityExpenseAllowance());
                barred.put("federalLoanFeesAllowance", budget.getFederalLoanFeesAllowance());
                barred.forEach((name, amount) -> {
                    if (nonZero(amount)) {
                        findings.at(COA + name);
                    }
                });
            });

    static final RecordRule<ProfessionalJudgmentRecord> LESS_THAN_HALF_TIME_LIVING = budgetRule("FAFSA-PJ:R.51",
            "LESS_THAN_HALF_TIME_LIVING_EXPENSE_LIMIT",
            "Below half-time, living expenses are allowed for at most three semesters (or equivalent), no more than two of them consecutive; give both counts.",
            (budget, findings) -> {
                if (!lessThanHalfTime(budget) || !livingExpensesIncluded(budget)) {
                    return;
                }
                Integer semesters = budget.getLessThanHalfTimeLivingExpenseSemesters();
                Integer consecutive = budget.getLessThanHalfTimeConsecutiveLivingExpenseSemesters();
                if (semesters == null || semesters > 3) {
                    findings.at(COA + "lessThanHalfTimeLivingExpenseSemesters");
                }
                if (consecutive == null || consecutive > 2 || (semesters != null && consecutive > semesters)) {
                    findings.at(COA + "lessThanHalfTimeConsecutiveLivingExpenseSemesters");
                }
            });

    static final RecordRule<ProfessionalJudgmentRecord> TRANSPORTATION = budgetRule("FAFSA-PJ:R.52",
            "TRANSPORTATION_MISSING",
            "Transportation stays in the budget, also for distance education; only correspondence study and confinement leave it out.",
            (budget, findings) -> {
                if (!yes(budget.getCorrespondenceStudy()) && !yes(budget.getConfinedOrIncarcerated())
                        && budget.getTransportation() == null) {
                    findings.at(COA + "transportation");
                }
            });

    static final List<RecordRule<?>> ALL = List.of(COMPUTER_WITHIN_BOOKS, NO_MISC_EXPENSES_BELOW_HALF_TIME,
            LESS_THAN_HALF_TIME_COMPONENTS, FOOD_ALLOWANCE, INSTITUTIONAL_HOUSING, OFF_CAMPUS_HOUSING, LIVING_AT_HOME,
            MILITARY_HOUSING, STUDY_ABROAD, COOPERATIVE_EDUCATION, DEPENDENT_CARE, LOAN_FEES, LICENSURE, CORRESPONDENCE,
            CONFINED, LESS_THAN_HALF_TIME_LIVING, TRANSPORTATION);
}
