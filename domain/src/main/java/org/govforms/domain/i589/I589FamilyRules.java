package org.govforms.domain.i589;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589Applicant;
import org.govforms.model.I589Application;
import org.govforms.model.I589Child;
import org.govforms.model.I589Spouse;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Part A.II (spouse and children) and of Supplement A's children. */
final class I589FamilyRules {

    static final int CHILD_BLOCKS_ON_THE_FORM = 4;
    private static final int AGE_OF_A_CHILD_WHO_FILES_ALONE = 21;

    static final RecordRule<I589Application> NOT_MARRIED_WITHOUT_SPOUSE = error("I-589:R.9", "SPOUSE_GIVEN_WHEN_NOT_MARRIED",
            "\"I am not married\" is checked: leave the spouse block out, or uncheck the box if you are married.",
            I589Application.class, (application, findings) -> {
                if (Boolean.TRUE.equals(application.getNotMarried()) && application.getSpouse() != null) {
                    findings.at("/spouse");
                }
            });

    static final RecordRule<I589Application> NOT_MARRIED_BOX_MATCHES_STATUS = error("I-589:R.10", "NOT_MARRIED_BOX_DISAGREES",
            "Check \"I am not married\" exactly when your marital status (Part A.I item 11) is not Married.",
            I589Application.class, (application, findings) -> {
                I589Applicant.MaritalStatusEnum status = maritalStatus(application);
                if (status != null && (status == I589Applicant.MaritalStatusEnum.MARRIED)
                        == Boolean.TRUE.equals(application.getNotMarried())) {
                    findings.at("/notMarried");
                }
            });

    static final RecordRule<I589Application> MARRIED_HAS_SPOUSE = error("I-589:R.10", "SPOUSE_MISSING",
            "Your marital status is Married: complete the spouse block.",
            I589Application.class, (application, findings) -> {
                if (maritalStatus(application) == I589Applicant.MaritalStatusEnum.MARRIED && application.getSpouse() == null) {
                    findings.at("/spouse");
                }
            });

    static final RecordRule<I589Application> SPOUSE_IN_US_BLOCKS = error("I-589:R.11", "SPOUSE_IN_US_ITEM_MISSING",
            "Your spouse is in the U.S. (item 15 Yes): complete items 16 to 24, as far as they are not marked \"if any\".",
            I589Application.class, (application, findings) -> {
                I589Spouse spouse = application.getSpouse();
                if (spouse != null && Boolean.TRUE.equals(spouse.getInUnitedStates())) {
                    missing(findings, "/spouse", spouse, List.of(
                            new Item<>("placeOfLastEntry", I589Spouse::getPlaceOfLastEntry),
                            new Item<>("dateOfLastEntry", I589Spouse::getDateOfLastEntry),
                            new Item<>("statusWhenLastAdmitted", I589Spouse::getStatusWhenLastAdmitted),
                            new Item<>("currentStatus", I589Spouse::getCurrentStatus),
                            new Item<>("inImmigrationCourtProceedings", I589Spouse::getInImmigrationCourtProceedings),
                            new Item<>("includedInApplication", I589Spouse::getIncludedInApplication)));
                }
            });

    static final RecordRule<I589Application> SPOUSE_OUTSIDE_US_LOCATION = error("I-589:R.11", "SPOUSE_LOCATION_MISSING",
            "Your spouse is not in the U.S. (item 15 No): say where your spouse is.",
            I589Application.class, (application, findings) -> {
                I589Spouse spouse = application.getSpouse();
                if (spouse != null && Boolean.FALSE.equals(spouse.getInUnitedStates()) && isBlank(spouse.getLocation())) {
                    findings.at("/spouse/location");
                }
            });

    static final RecordRule<I589Application> SPOUSE_INCLUDED_ONLY_IN_US = error("I-589:R.13", "SPOUSE_OUTSIDE_US_CANNOT_BE_INCLUDED",
            "Only a spouse in the U.S. can be included in the application: leave item 24 blank when item 15 is No.",
            I589Application.class, (application, findings) -> {
                I589Spouse spouse = application.getSpouse();
                if (spouse != null && Boolean.FALSE.equals(spouse.getInUnitedStates())
                        && spouse.getIncludedInApplication() != null) {
                    findings.at("/spouse/includedInApplication");
                }
            });

    static final RecordRule<I589Application> NO_CHILDREN_NO_BLOCKS = error("I-589:R.15", "CHILDREN_GIVEN_WITHOUT_CHILDREN",
            "\"I do not have any children\" is checked: leave out the total number of children and the child blocks.",
            I589Application.class, (application, findings) -> {
                if (Boolean.FALSE.equals(application.getHasChildren())) {
                    if (application.getTotalNumberOfChildren() != null) {
                        findings.at("/totalNumberOfChildren");
                    }
                    if (!children(application).isEmpty()) {
                        findings.at("/children");
                    }
                }
            });

    static final RecordRule<I589Application> CHILDREN_HAVE_TOTAL_AND_BLOCKS = error("I-589:R.16", "CHILDREN_MISSING",
            "\"I have children\" is checked: give the total number of children and one child block per child.",
            I589Application.class, (application, findings) -> {
                if (Boolean.TRUE.equals(application.getHasChildren())) {
                    if (application.getTotalNumberOfChildren() == null) {
                        findings.at("/totalNumberOfChildren");
                    }
                    if (children(application).isEmpty()) {
                        findings.at("/children");
                    }
                }
            });

    static final RecordRule<I589Application> TOTAL_MATCHES_LIST = error("I-589:R.17", "CHILDREN_COUNT_MISMATCH",
            "The total number of children must equal the number of children listed; list every child.",
            I589Application.class, (application, findings) -> {
                Integer total = application.getTotalNumberOfChildren();
                List<I589Child> children = children(application);
                if (Boolean.TRUE.equals(application.getHasChildren()) && total != null && !children.isEmpty()
                        && total != children.size()) {
                    findings.at("/totalNumberOfChildren");
                }
            });

    static final RecordRule<I589Application> SUPPLEMENT_A_FOR_FIFTH_CHILD = error("I-589:R.18", "SUPPLEMENT_A_MISSING",
            "Children five and up go on Supplement A: complete its header (name, signature and date).",
            I589Application.class, (application, findings) -> {
                if (children(application).size() > CHILD_BLOCKS_ON_THE_FORM && application.getSupplementA() == null) {
                    findings.at("/supplementA");
                }
            });

    static final RecordRule<I589Application> NO_SUPPLEMENT_A_UP_TO_FOUR = error("I-589:R.18", "SUPPLEMENT_A_NOT_USED",
            "Supplement A holds children five and up: leave it out when you list four children or fewer.",
            I589Application.class, (application, findings) -> {
                if (children(application).size() <= CHILD_BLOCKS_ON_THE_FORM && application.getSupplementA() != null) {
                    findings.at("/supplementA");
                }
            });

    static final RecordRule<I589Application> CHILD_IN_US_BLOCKS = error("I-589:R.19", "CHILD_IN_US_ITEM_MISSING",
            "This child is in the U.S. (item 13 Yes): complete items 14 to 21, as far as they are not marked \"if any\".",
            I589Application.class, (application, findings) -> {
                List<I589Child> children = children(application);
                for (int i = 0; i < children.size(); i++) {
                    I589Child child = children.get(i);
                    if (child != null && Boolean.TRUE.equals(child.getInUnitedStates())) {
                        missing(findings, "/children/" + i, child, List.of(
                                new Item<>("placeOfLastEntry", I589Child::getPlaceOfLastEntry),
                                new Item<>("dateOfLastEntry", I589Child::getDateOfLastEntry),
                                new Item<>("statusWhenLastAdmitted", I589Child::getStatusWhenLastAdmitted),
                                new Item<>("currentStatus", I589Child::getCurrentStatus),
                                new Item<>("inImmigrationCourtProceedings", I589Child::getInImmigrationCourtProceedings),
                                new Item<>("includedInApplication", I589Child::getIncludedInApplication)));
                    }
                }
            });

    static final RecordRule<I589Application> CHILD_OUTSIDE_US_LOCATION = error("I-589:R.19", "CHILD_LOCATION_MISSING",
            "This child is not in the U.S. (item 13 No): say where the child is.",
            I589Application.class, (application, findings) -> {
                List<I589Child> children = children(application);
                for (int i = 0; i < children.size(); i++) {
                    I589Child child = children.get(i);
                    if (child != null && Boolean.FALSE.equals(child.getInUnitedStates()) && isBlank(child.getLocation())) {
                        findings.at("/children/" + i + "/location");
                    }
                }
            });

    static final RecordRule<I589Application> CHILD_INCLUDED_ONLY_IF_ELIGIBLE = error("I-589:R.20", "CHILD_CANNOT_BE_INCLUDED",
            "Only an unmarried child under 21 who is in the U.S. can be included (item 21); leave item 21 blank for a "
                    + "child outside the U.S., and a married child or a child of 21 or older files an own I-589.",
            I589Application.class, (application, findings) -> {
                LocalDate onDate = I589Signatures.filingDate(application, findings.today());
                List<I589Child> children = children(application);
                for (int i = 0; i < children.size(); i++) {
                    I589Child child = children.get(i);
                    if (child == null || child.getIncludedInApplication() == null) {
                        continue;
                    }
                    boolean outside = Boolean.FALSE.equals(child.getInUnitedStates());
                    boolean included = child.getIncludedInApplication();
                    boolean married = child.getMaritalStatus() == I589Child.MaritalStatusEnum.MARRIED;
                    boolean adult = child.getDateOfBirth() != null
                            && !child.getDateOfBirth().plusYears(AGE_OF_A_CHILD_WHO_FILES_ALONE).isAfter(onDate);
                    if (outside || included && (married || adult)) {
                        findings.at("/children/" + i + "/includedInApplication");
                    }
                }
            });

    static final List<RecordRule<?>> ALL = List.of(
            NOT_MARRIED_WITHOUT_SPOUSE,
            NOT_MARRIED_BOX_MATCHES_STATUS,
            MARRIED_HAS_SPOUSE,
            SPOUSE_IN_US_BLOCKS,
            SPOUSE_OUTSIDE_US_LOCATION,
            SPOUSE_INCLUDED_ONLY_IN_US,
            NO_CHILDREN_NO_BLOCKS,
            CHILDREN_HAVE_TOTAL_AND_BLOCKS,
            TOTAL_MATCHES_LIST,
            SUPPLEMENT_A_FOR_FIFTH_CHILD,
            NO_SUPPLEMENT_A_UP_TO_FOUR,
            CHILD_IN_US_BLOCKS,
            CHILD_OUTSIDE_US_LOCATION,
            CHILD_INCLUDED_ONLY_IF_ELIGIBLE);

    private I589FamilyRules() {
    }

    static List<I589Child> children(I589Application application) {
        return application.getChildren() == null ? List.of() : application.getChildren();
    }

    private static I589Applicant.MaritalStatusEnum maritalStatus(I589Application application) {
        return application.getApplicant() == null ? null : application.getApplicant().getMaritalStatus();
    }

    /** A property of a block, by its JSON name. */
    private record Item<B>(String name, Function<B, Object> value) {
    }

    private static <B> void missing(RecordRule.Findings findings, String block, B value, List<Item<B>> items) {
        for (Item<B> item : items) {
            Object v = item.value().apply(value);
            if (v == null || v instanceof String s && s.isBlank()) {
                findings.at(block + "/" + item.name());
            }
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
