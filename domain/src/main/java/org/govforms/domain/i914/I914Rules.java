package org.govforms.domain.i914;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I914Application;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Form I-914 (the principal's application) that its schema cannot say, each on the whole record. */
public final class I914Rules {

    private static final String PURPOSE = "/purposeOfFiling";
    private static final String APPLICANT = "/applicant";
    private static final String ELIGIBILITY = "/eligibility";
    private static final String PART4 = "/processingInformation";
    private static final String STATEMENT = "/applicantStatement";
    private static final String PART9 = "/additionalInformation";
    private static final String PART9_ENTRIES = PART9 + "/entries";
    static final String EDITION_2025 = "01/20/25";

    static final RecordRule<I914Application> ONE_PURPOSE = error("I-914:R.1", "ONE_PURPOSE_BOX",
            "Select exactly one Part 1 box: 1.A for a first T-1 filing or 1.B when you filed for T-1 status before.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                boolean first = tree.isTrue(PURPOSE + "/firstT1Filing");
                boolean again = tree.isTrue(PURPOSE + "/previouslyFiledForT1");
                if (first && again) {
                    findings.at(PURPOSE + "/previouslyFiledForT1");
                } else if (!first && !again && tree.has(PURPOSE)) {
                    findings.at(PURPOSE + "/firstT1Filing");
                }
            });

    static final RecordRule<I914Application> EARLIER_RECEIPT = error("I-914:R.1", "EARLIER_RECEIPT_NUMBER_MISSING",
            "Item 1.B says you filed for T-1 status before: give the receipt number of that filing (1.B.(1)).",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isTrue(PURPOSE + "/previouslyFiledForT1") && !tree.has(PURPOSE + "/earlierReceiptNumber")) {
                    findings.at(PURPOSE + "/earlierReceiptNumber");
                }
            });

    static final RecordRule<I914Application> PHYSICAL_ADDRESS = error("I-914:R.4", "PHYSICAL_ADDRESS_IS_PO_BOX",
            "Item 2.3 is where you live: give a street address; a PO box can only be the safe mailing address (item 2.4).",
            I914Application.class, (application, findings) -> {
                String street = APPLICANT + "/physicalAddress/streetNumberAndName";
                if (I914Checks.looksLikePoBox(RecordTree.of(application), street)) {
                    findings.at(street);
                }
            });

    static final RecordRule<I914Application> SEX_OF_EDITION = error("I-914:R.6", "SEX_NOT_ON_EDITION",
            "The 01/20/25 edition prints Sex with Male and Female only; X (another gender identity) belongs to the 07/08/2024 draft edition.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is("/formEdition", EDITION_2025) && tree.is(APPLICANT + "/sex", "X")) {
                    findings.at(APPLICANT + "/sex");
                }
            });

    static final RecordRule<I914Application> STATELESS = error("I-914:R.9", "STATELESS_NOT_EXPLAINED",
            "You have no citizenship: explain it in Part 9 (an entry for Part 2, Item 12).",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is(APPLICANT + "/citizenshipOrNationality", "STATELESS")
                        && !I914Checks.explainedIn(tree, PART9_ENTRIES, "2", "12")) {
                    findings.at(APPLICANT + "/citizenshipOrNationality");
                }
            });

    static final RecordRule<I914Application> PASSPORT = error("I-914:R.10", "PASSPORT_ISSUE_DETAILS_MISSING",
            "You give a passport or travel document number: give the country that issued it and its issue date, even if it has expired.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.has(APPLICANT + "/passportOrTravelDocumentNumber")) {
                    for (String item : List.of("/passportIssuingCountry", "/passportIssueDate")) {
                        if (!tree.has(APPLICANT + item)) {
                            findings.at(APPLICANT + item);
                        }
                    }
                }
            });

    static final RecordRule<I914Application> REPORTING_OFFICE = error("I-914:R.14", "REPORTING_OFFICE_MISSING",
            "Item 3.5 says you reported the crime: give the agency and office, its address and its telephone number.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isTrue(ELIGIBILITY + "/reportedTheCrime")) {
                    for (String item : List.of("/reportingAgencyAndOffice", "/reportingOfficeAddress", "/reportingOfficeTelephoneNumber")) {
                        if (!tree.has(ELIGIBILITY + item)) {
                            findings.at(ELIGIBILITY + item);
                        }
                    }
                }
            });

    static final RecordRule<I914Application> NOT_REPORTED = error("I-914:R.14", "NOT_REPORTED_CIRCUMSTANCES_MISSING",
            "Item 3.5 says you have not reported the crime: explain the circumstances.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isFalse(ELIGIBILITY + "/reportedTheCrime") && !tree.has(ELIGIBILITY + "/circumstancesOfNotReporting")) {
                    findings.at(ELIGIBILITY + "/circumstancesOfNotReporting");
                }
            });

    static final RecordRule<I914Application> NON_COMPLIANCE = error("I-914:R.16", "NON_COMPLIANCE_NOT_EXPLAINED",
            "You did not comply with law enforcement requests and were 18 or older: explain the circumstances in Part 9 (Part 3, Item 7).",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isFalse(ELIGIBILITY + "/compliedWithReasonableRequests")
                        && tree.isFalse(ELIGIBILITY + "/underEighteenAtTimeOfTrafficking")
                        && !I914Checks.explainedIn(tree, PART9_ENTRIES, "3", "7")) {
                    findings.at(ELIGIBILITY + "/compliedWithReasonableRequests");
                }
            });

    static final RecordRule<I914Application> ENTRIES_LISTED = error("I-914:R.17", "ENTRIES_MISSING",
            "Item 3.8 says this is not your first entry: list every entry of the past five years with date, place and status.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isFalse(ELIGIBILITY + "/firstEntryIntoUnitedStates") && !tree.has(ELIGIBILITY + "/entriesInPastFiveYears")) {
                    findings.at(ELIGIBILITY + "/entriesInPastFiveYears");
                }
            });

    static final RecordRule<I914Application> ENTRIES_RECENT = error("I-914:R.17", "ENTRY_OLDER_THAN_FIVE_YEARS",
            "Item 3.8 lists the entries of the five years before you signed; this one is older.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                LocalDate signed = tree.date(STATEMENT + "/signatureDate");
                String entries = ELIGIBILITY + "/entriesInPastFiveYears";
                for (int i = 0; signed != null && i < tree.size(entries); i++) {
                    LocalDate entry = tree.date(entries + "/" + i + "/entryDate");
                    if (entry != null && entry.isBefore(signed.minusYears(5))) {
                        findings.at(entries + "/" + i + "/entryDate");
                    }
                }
            });

    static final RecordRule<I914Application> ARRIVAL_EXPLAINED = error("I-914:R.18", "MOST_RECENT_ARRIVAL_NOT_EXPLAINED",
            "Explain the circumstances of your most recent arrival in Part 9 (an entry for Part 3, Item 9).",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.has(ELIGIBILITY + "/mostRecentEntryOnAccountOfTrafficking")
                        && !I914Checks.explainedIn(tree, PART9_ENTRIES, "3", "9")) {
                    findings.at(ELIGIBILITY + "/mostRecentEntryOnAccountOfTrafficking");
                }
            });

    static final RecordRule<I914Application> YES_EXPLAINED = error("I-914:R.21", "YES_NOT_EXPLAINED",
            "Explain this Yes, including whether it relates to having been a victim of trafficking.",
            I914Application.class, (application, findings) ->
                    I914Checks.unexplainedYes(RecordTree.of(application), PART4, Set.of("deniedVisaOrAdmission"))
                            .forEach(findings::at));

    static final RecordRule<I914Application> ARREST_TABLE = error("I-914:R.22", "ARREST_TABLE_MISSING",
            "One of Items 1.A to 1.I is Yes: list each arrest, citation, detention or charge in the Item 1 table.",
            I914Application.class, (application, findings) -> {
                if (I914Checks.arrestTableMissing(RecordTree.of(application), PART4)) {
                    findings.at(PART4 + "/" + I914Checks.ARREST_TABLE);
                }
            });

    static final RecordRule<I914Application> VISA_DENIAL = error("I-914:R.23", "VISA_DENIAL_NOT_EXPLAINED",
            "Item 9.E is Yes: explain the visa or admission denial.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                String question = PART4 + "/deniedVisaOrAdmission";
                if (tree.isTrue(question + "/answer") && !tree.has(question + "/explanation")) {
                    findings.at(question + "/explanation");
                }
            });

    static final RecordRule<I914Application> SPOUSE = error("I-914:R.24", "SPOUSE_MISSING",
            "You are married: give your spouse's information in Part 5, Item 1, whether or not you apply for your spouse.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is(APPLICANT + "/maritalStatus", "MARRIED") && !tree.has("/spouse")) {
                    findings.at("/spouse");
                }
            });

    static final RecordRule<I914Application> INTERPRETER_LANGUAGE = error("I-914:R.25", "INTERPRETER_LANGUAGE_MISSING",
            "Item 6.1.B says an interpreter read the form to you: name the language in which you are fluent.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is(STATEMENT + "/languageStatement", "INTERPRETER_READ") && !tree.has(STATEMENT + "/interpreterLanguage")) {
                    findings.at(STATEMENT + "/interpreterLanguage");
                }
            });

    static final RecordRule<I914Application> INTERPRETER = error("I-914:R.25", "INTERPRETER_MISSING",
            "Item 6.1.B says an interpreter read the form to you: the interpreter completes and signs Part 7.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is(STATEMENT + "/languageStatement", "INTERPRETER_READ") && !tree.has("/interpreter")) {
                    findings.at("/interpreter");
                }
            });

    static final RecordRule<I914Application> INTERPRETER_SAME_LANGUAGE = error("I-914:R.25", "INTERPRETER_LANGUAGE_DIFFERS",
            "The interpreter certifies fluency in the language you name in Item 6.1.B; the two differ.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.has("/interpreter/certifiedLanguage") && tree.has(STATEMENT + "/interpreterLanguage")
                        && !tree.sameText("/interpreter/certifiedLanguage", STATEMENT + "/interpreterLanguage")) {
                    findings.at("/interpreter/certifiedLanguage");
                }
            });

    static final RecordRule<I914Application> PREPARER_NAME = error("I-914:R.26", "PREPARER_NAME_MISSING",
            "Item 6.2 says a preparer prepared this application: name the preparer.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isTrue(STATEMENT + "/preparedByPreparer") && !tree.has(STATEMENT + "/preparerName")) {
                    findings.at(STATEMENT + "/preparerName");
                }
            });

    static final RecordRule<I914Application> PREPARER = error("I-914:R.26", "PREPARER_MISSING",
            "Item 6.2 says a preparer prepared this application: the preparer completes and signs Part 8.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.isTrue(STATEMENT + "/preparedByPreparer") && !tree.has("/preparer")) {
                    findings.at("/preparer");
                }
            });

    static final RecordRule<I914Application> PREPARER_BOX = error("I-914:R.26", "PREPARER_BOX_NOT_CHECKED",
            "Part 8 names a preparer: select Item 6.2 to say the preparer prepared it at your request.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.has("/preparer") && !tree.isTrue(STATEMENT + "/preparedByPreparer")) {
                    findings.at(STATEMENT + "/preparedByPreparer");
                }
            });

    static final RecordRule<I914Application> REPRESENTATION_EXTENT = error("I-914:R.29", "REPRESENTATION_EXTENT_MISSING",
            "The preparer is an attorney or accredited representative (8.7.B): say whether the representation extends beyond this application.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (tree.is("/preparer/statement", "ATTORNEY_OR_ACCREDITED_REPRESENTATIVE")
                        && !tree.has("/preparer/representationBeyondPreparation")) {
                    findings.at("/preparer/representationBeyondPreparation");
                }
            });

    static final RecordRule<I914Application> PART9_HEADING = error("I-914:R.30", "ADDITIONAL_INFORMATION_HEADING_DIFFERS",
            "Part 9 is headed by your name and A-Number as Part 2 gives them; this differs.",
            I914Application.class, (application, findings) -> {
                RecordTree tree = RecordTree.of(application);
                if (!tree.has(PART9)) {
                    return;
                }
                I914Checks.differingNameParts(tree, PART9 + "/applicantName", tree, APPLICANT + "/name").forEach(findings::at);
                if (tree.has(PART9 + "/alienRegistrationNumber") && tree.has(APPLICANT + "/alienRegistrationNumber")
                        && !tree.sameText(PART9 + "/alienRegistrationNumber", APPLICANT + "/alienRegistrationNumber")) {
                    findings.at(PART9 + "/alienRegistrationNumber");
                }
            });

    public static final List<RecordRule<?>> ALL = List.of(
            ONE_PURPOSE, EARLIER_RECEIPT, PHYSICAL_ADDRESS, SEX_OF_EDITION, STATELESS, PASSPORT, REPORTING_OFFICE,
            NOT_REPORTED, NON_COMPLIANCE, ENTRIES_LISTED, ENTRIES_RECENT, ARRIVAL_EXPLAINED, YES_EXPLAINED, ARREST_TABLE,
            VISA_DENIAL, SPOUSE, INTERPRETER_LANGUAGE, INTERPRETER, INTERPRETER_SAME_LANGUAGE, PREPARER_NAME, PREPARER,
            PREPARER_BOX, REPRESENTATION_EXTENT, PART9_HEADING);

    private I914Rules() {
    }
}
