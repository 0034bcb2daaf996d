package org.govforms.domain.i914;

import java.util.List;
import java.util.Set;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I914DerivativeApplication;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Form I-914 Supplement A (a derivative's application) that its schema cannot say. */
public final class I914DerivativeRules {

    private static final String MEMBER = "/familyMember";
    private static final String PART4 = "/processingInformation";
    private static final String STATEMENT = "/applicantStatement";
    private static final String PART8 = "/additionalInformation";
    private static final String PART8_ENTRIES = PART8 + "/entries";
    private static final String IN_US = MEMBER + "/livingInUnitedStates";

    static final RecordRule<I914DerivativeApplication> ONE_RELATIONSHIP = error("I-914-SA:R.2", "ONE_RELATIONSHIP",
            "Answer Part 1 Item 1 (your own family member) or Item 2 (the child of a derivative), not both and not neither.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                boolean own = tree.has("/relationshipToPrincipal");
                boolean derivativesChild = tree.has("/relationshipToDerivative");
                if (own && derivativesChild) {
                    findings.at("/relationshipToDerivative");
                } else if (!own && !derivativesChild) {
                    findings.at("/relationshipToPrincipal");
                }
            });

    static final RecordRule<I914DerivativeApplication> PHYSICAL_ADDRESS = error("I-914-SA:R.8", "PHYSICAL_ADDRESS_IS_PO_BOX",
            "Item 3.3 is where the family member lives: give a street number and name or rural route; a PO box can only be the safe mailing address (item 3.4).",
            I914DerivativeApplication.class, (derivative, findings) -> {
                String street = MEMBER + "/physicalAddress/streetNumberAndName";
                if (I914Checks.looksLikePoBox(RecordTree.of(derivative), street)) {
                    findings.at(street);
                }
            });

    static final RecordRule<I914DerivativeApplication> SEX_OF_EDITION = error("I-914-SA:R.10", "SEX_NOT_ON_EDITION",
            "The 01/20/25 edition prints Sex with Male and Female only; X (another gender identity) belongs to the 07/08/2024 draft edition.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.is("/formEdition", I914Rules.EDITION_2025) && tree.is(MEMBER + "/sex", "X")) {
                    findings.at(MEMBER + "/sex");
                }
            });

    static final RecordRule<I914DerivativeApplication> STATELESS = error("I-914-SA:R.11", "STATELESS_NOT_EXPLAINED",
            "The family member has no citizenship: explain it in Part 8 (an entry for Part 3, Item 13).",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.is(MEMBER + "/citizenshipOrNationality", "STATELESS")
                        && !I914Checks.explainedIn(tree, PART8_ENTRIES, "3", "13")) {
                    findings.at(MEMBER + "/citizenshipOrNationality");
                }
            });

    static final RecordRule<I914DerivativeApplication> PASSPORT = error("I-914-SA:R.12", "PASSPORT_ISSUE_DETAILS_MISSING",
            "A passport or travel document number is given: give the country that issued it and its issue date, even if it has expired.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.has(MEMBER + "/passportOrTravelDocumentNumber")) {
                    for (String item : List.of("/passportIssuingCountry", "/passportIssueDate")) {
                        if (!tree.has(MEMBER + item)) {
                            findings.at(MEMBER + item);
                        }
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> LAST_ENTRY = error("I-914-SA:R.13", "LAST_ENTRY_MISSING",
            "The family member lives in the U.S.: give the place and date of the last entry (Items 20.A and 20.B), legal or not.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isTrue(IN_US)) {
                    for (String item : List.of("/lastEntryPlace", "/lastEntryDate")) {
                        if (!tree.has(MEMBER + item)) {
                            findings.at(MEMBER + item);
                        }
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> LAST_ENTRY_ONLY_IN_US = error("I-914-SA:R.13", "LAST_ENTRY_ONLY_IN_US",
            "Items 20.A to 20.C are only for a family member living in the U.S.; leave them out.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isFalse(IN_US)) {
                    for (String item : List.of("/lastEntryPlace", "/lastEntryDate", "/i94Number")) {
                        if (tree.has(MEMBER + item)) {
                            findings.at(MEMBER + item);
                        }
                    }
                }
            });

    private static final List<String> NOTIFICATION = List.of("/officeToNotifyType", "/officeCity", "/officeStateOrCountry",
            "/foreignNotificationAddress");

    static final RecordRule<I914DerivativeApplication> NOTIFICATION_OFFICE = error("I-914-SA:R.14", "NOTIFICATION_OFFICE_MISSING",
            "The family member is outside the U.S.: give the U.S. office to notify, its location, and the foreign address for the notification (Items 21.A to 21.D).",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isFalse(IN_US)) {
                    NOTIFICATION.stream().filter(item -> !tree.has(MEMBER + item)).forEach(item -> findings.at(MEMBER + item));
                }
            });

    static final RecordRule<I914DerivativeApplication> NOTIFICATION_ONLY_OUTSIDE_US = error("I-914-SA:R.14",
            "NOTIFICATION_OFFICE_ONLY_OUTSIDE_US",
            "Items 21.A to 21.D are only for a family member outside the U.S.; leave them out.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isTrue(IN_US)) {
                    NOTIFICATION.stream().filter(item -> tree.has(MEMBER + item)).forEach(item -> findings.at(MEMBER + item));
                }
            });

    private static final List<String> PROCEEDINGS = List.of("removal", "exclusion", "deportation", "rescission", "nextHearing");

    static final RecordRule<I914DerivativeApplication> PROCEEDINGS_GIVEN = error("I-914-SA:R.17", "PROCEEDINGS_MISSING",
            "Item 23 says the family member has been in immigration court proceedings: select at least one box of Item 24.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isTrue(MEMBER + "/inImmigrationCourtProceedings")
                        && PROCEEDINGS.stream().noneMatch(kind -> tree.isTrue(MEMBER + "/proceedings/" + kind))) {
                    findings.at(MEMBER + "/proceedings");
                }
            });

    static final RecordRule<I914DerivativeApplication> PROCEEDING_DATES = error("I-914-SA:R.17", "PROCEEDING_DATE_MISSING",
            "Give the date of each kind of proceedings selected in Item 24.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                for (String kind : PROCEEDINGS) {
                    String box = MEMBER + "/proceedings/" + kind;
                    if (tree.isTrue(box) && !tree.has(box + "Date")) {
                        findings.at(box + "Date");
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> EAD_IN_US = error("I-914-SA:R.18", "EAD_OUTSIDE_US",
            "A family member outside the U.S. cannot ask for an Employment Authorization Document until lawfully admitted; answer No.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isFalse(IN_US) && tree.isTrue(MEMBER + "/requestsEmploymentAuthorization")) {
                    findings.at(MEMBER + "/requestsEmploymentAuthorization");
                }
            });

    static final RecordRule<I914DerivativeApplication> YES_EXPLAINED = error("I-914-SA:R.19", "YES_NOT_EXPLAINED",
            "Explain this Yes about the family member.",
            I914DerivativeApplication.class, (derivative, findings) ->
                    I914Checks.unexplainedYes(RecordTree.of(derivative), PART4, Set.of()).forEach(findings::at));

    static final RecordRule<I914DerivativeApplication> ARREST_TABLE = error("I-914-SA:R.19", "ARREST_TABLE_MISSING",
            "One of Items 1.A to 1.I is Yes: list each arrest, citation, detention or charge in the Item 1 table.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                if (I914Checks.arrestTableMissing(RecordTree.of(derivative), PART4)) {
                    findings.at(PART4 + "/" + I914Checks.ARREST_TABLE);
                }
            });

    static final RecordRule<I914DerivativeApplication> FAMILY_MEMBER_SIGNS = error("I-914-SA:R.20", "FAMILY_MEMBER_SIGNATURE_MISSING",
            "The family member is in the U.S. and must sign and date Part 5, Item 7, or the supplement is rejected as incomplete.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isTrue(IN_US)) {
                    for (String item : List.of("/familyMemberSignature", "/familyMemberSignatureDate")) {
                        if (!tree.has(STATEMENT + item)) {
                            findings.at(STATEMENT + item);
                        }
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> ONLY_PRINCIPAL_SIGNS = error("I-914-SA:R.20", "FAMILY_MEMBER_SIGNATURE_ONLY_IN_US",
            "The family member is outside the U.S.: only you (the principal) sign; leave Part 5, Item 7 empty.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isFalse(IN_US)) {
                    for (String item : List.of("/familyMemberSignature", "/familyMemberSignatureDate")) {
                        if (tree.has(STATEMENT + item)) {
                            findings.at(STATEMENT + item);
                        }
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> INTERPRETER_LANGUAGE = error("I-914-SA:R.21", "INTERPRETER_LANGUAGE_MISSING",
            "Item 5.1.B says an interpreter read the supplement to you: name the language in which you are fluent.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.is(STATEMENT + "/languageStatement", "INTERPRETER_READ") && !tree.has(STATEMENT + "/interpreterLanguage")) {
                    findings.at(STATEMENT + "/interpreterLanguage");
                }
            });

    static final RecordRule<I914DerivativeApplication> INTERPRETER = error("I-914-SA:R.21", "INTERPRETER_MISSING",
            "Item 5.1.B says an interpreter read the supplement to you: the interpreter completes and signs Part 6.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.is(STATEMENT + "/languageStatement", "INTERPRETER_READ") && !tree.has("/interpreter")) {
                    findings.at("/interpreter");
                }
            });

    static final RecordRule<I914DerivativeApplication> INTERPRETER_SAME_LANGUAGE = error("I-914-SA:R.21", "INTERPRETER_LANGUAGE_DIFFERS",
            "The interpreter certifies fluency in the language you name in Item 5.1.B; the two differ.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.has("/interpreter/certifiedLanguage") && tree.has(STATEMENT + "/interpreterLanguage")
                        && !tree.sameText("/interpreter/certifiedLanguage", STATEMENT + "/interpreterLanguage")) {
                    findings.at("/interpreter/certifiedLanguage");
                }
            });

    static final RecordRule<I914DerivativeApplication> PREPARER = error("I-914-SA:R.22", "PREPARER_MISSING",
            "Item 5.2 says a preparer prepared this supplement: name the preparer, who completes and signs Part 7.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.isTrue(STATEMENT + "/preparedByPreparer")) {
                    for (String item : List.of(STATEMENT + "/preparerName", "/preparer")) {
                        if (!tree.has(item)) {
                            findings.at(item);
                        }
                    }
                }
            });

    static final RecordRule<I914DerivativeApplication> PREPARER_BOX = error("I-914-SA:R.22", "PREPARER_BOX_NOT_CHECKED",
            "Part 7 names a preparer: select Item 5.2 to say the preparer prepared it at your request.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.has("/preparer") && !tree.isTrue(STATEMENT + "/preparedByPreparer")) {
                    findings.at(STATEMENT + "/preparedByPreparer");
                }
            });

    static final RecordRule<I914DerivativeApplication> REPRESENTATION_EXTENT = error("I-914-SA:R.22", "REPRESENTATION_EXTENT_MISSING",
            "The preparer is an attorney or accredited representative (7.7.B): say whether the representation extends beyond this supplement.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (tree.is("/preparer/statement", "ATTORNEY_OR_ACCREDITED_REPRESENTATIVE")
                        && !tree.has("/preparer/representationBeyondPreparation")) {
                    findings.at("/preparer/representationBeyondPreparation");
                }
            });

    static final RecordRule<I914DerivativeApplication> PART8_HEADING = error("I-914-SA:R.27", "ADDITIONAL_INFORMATION_HEADING_DIFFERS",
            "Part 8 is headed by the principal's name and A-Number as Part 2 gives them; this differs.",
            I914DerivativeApplication.class, (derivative, findings) -> {
                RecordTree tree = RecordTree.of(derivative);
                if (!tree.has(PART8)) {
                    return;
                }
                I914Checks.differingNameParts(tree, PART8 + "/principalName", tree, "/principal/name").forEach(findings::at);
                if (tree.has(PART8 + "/alienRegistrationNumber") && tree.has("/principal/alienRegistrationNumber")
                        && !tree.sameText(PART8 + "/alienRegistrationNumber", "/principal/alienRegistrationNumber")) {
                    findings.at(PART8 + "/alienRegistrationNumber");
                }
            });

    public static final List<RecordRule<?>> ALL = List.of(
            ONE_RELATIONSHIP, PHYSICAL_ADDRESS, SEX_OF_EDITION, STATELESS, PASSPORT, LAST_ENTRY, LAST_ENTRY_ONLY_IN_US,
            NOTIFICATION_OFFICE, NOTIFICATION_ONLY_OUTSIDE_US, PROCEEDINGS_GIVEN, PROCEEDING_DATES, EAD_IN_US, YES_EXPLAINED,
            ARREST_TABLE, FAMILY_MEMBER_SIGNS, ONLY_PRINCIPAL_SIGNS, INTERPRETER_LANGUAGE, INTERPRETER,
            INTERPRETER_SAME_LANGUAGE, PREPARER, PREPARER_BOX, REPRESENTATION_EXTENT, PART8_HEADING);

    private I914DerivativeRules() {
    }
}
