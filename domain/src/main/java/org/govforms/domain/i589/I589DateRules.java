package org.govforms.domain.i589;

import java.time.LocalDate;
import java.util.List;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589Applicant;
import org.govforms.model.I589Application;
import org.govforms.model.I589Child;
import org.govforms.model.I589Spouse;
import org.govforms.model.I589UsEntry;

import static org.govforms.domain.rules.RecordRule.error;

/** Dates of things that have happened are not in the future; expiration dates may be. */
final class I589DateRules {

    static final RecordRule<I589Application> PAST_DATES_NOT_IN_FUTURE = error("I-589:R.52", "DATE_IN_FUTURE",
            "This date is of something that has happened; it cannot be later than today.",
            I589Application.class, (application, findings) -> {
                LocalDate today = findings.today();
                I589Applicant applicant = application.getApplicant();
                if (applicant != null) {
                    past(findings, today, "/applicant/dateOfBirth", applicant.getDateOfBirth());
                    past(findings, today, "/applicant/dateLastLeftCountry", applicant.getDateLastLeftCountry());
                    List<I589UsEntry> entries = applicant.getEntriesIntoUnitedStates() == null ? List.of()
                            : applicant.getEntriesIntoUnitedStates();
                    for (int i = 0; i < entries.size(); i++) {
                        if (entries.get(i) != null) {
                            past(findings, today, "/applicant/entriesIntoUnitedStates/" + i + "/entryDate",
                                    entries.get(i).getEntryDate());
                        }
                    }
                }
                I589Spouse spouse = application.getSpouse();
                if (spouse != null) {
                    past(findings, today, "/spouse/dateOfBirth", spouse.getDateOfBirth());
                    past(findings, today, "/spouse/dateOfMarriage", spouse.getDateOfMarriage());
                    past(findings, today, "/spouse/dateOfLastEntry", spouse.getDateOfLastEntry());
                    past(findings, today, "/spouse/previousArrivalDate", spouse.getPreviousArrivalDate());
                }
                List<I589Child> children = I589FamilyRules.children(application);
                for (int i = 0; i < children.size(); i++) {
                    if (children.get(i) != null) {
                        past(findings, today, "/children/" + i + "/dateOfBirth", children.get(i).getDateOfBirth());
                        past(findings, today, "/children/" + i + "/dateOfLastEntry", children.get(i).getDateOfLastEntry());
                    }
                }
                if (application.getDeclaration() != null) {
                    past(findings, today, "/declaration/signatureDate", application.getDeclaration().getSignatureDate());
                }
                if (application.getAsylumInterview() != null) {
                    past(findings, today, "/asylumInterview/swornDate", application.getAsylumInterview().getSwornDate());
                }
                if (application.getRemovalHearing() != null) {
                    past(findings, today, "/removalHearing/swornDate", application.getRemovalHearing().getSwornDate());
                }
                if (application.getSupplementA() != null) {
                    past(findings, today, "/supplementA/signatureDate", application.getSupplementA().getSignatureDate());
                }
                if (application.getSupplementB() != null) {
                    past(findings, today, "/supplementB/signatureDate", application.getSupplementB().getSignatureDate());
                }
            });

    static final List<RecordRule<?>> ALL = List.of(PAST_DATES_NOT_IN_FUTURE);

    private I589DateRules() {
    }

    private static void past(RecordRule.Findings findings, LocalDate today, String pointer, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            findings.at(pointer);
        }
    }
}
