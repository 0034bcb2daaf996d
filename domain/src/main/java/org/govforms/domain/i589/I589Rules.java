package org.govforms.domain.i589;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govforms.domain.rules.PostOfficeBox;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589Applicant;
import org.govforms.model.I589Application;
import org.govforms.model.I589UsEntry;

import static org.govforms.domain.rules.RecordRule.error;
import static org.govforms.domain.rules.RecordRule.warning;

/**
 * The rules of Form I-589 that its schema cannot say, each checked on the whole application: Part A.I here,
 * the other parts in the classes named after them; {@link #ALL} lists them all.
 */
public final class I589Rules {

    private static final String APPLICANT = "/applicant";
    private static final String ENTRIES = APPLICANT + "/entriesIntoUnitedStates";

    static final RecordRule<I589Application> RESIDENCE_NOT_A_PO_BOX = warning("I-589:R.1", "RESIDENCE_LOOKS_LIKE_PO_BOX",
            "Item 8 is where you physically reside; a post office box is a mailing address (item 9).",
            I589Application.class, (application, findings) -> {
                I589Applicant applicant = application.getApplicant();
                if (applicant != null && applicant.getResidence() != null
                        && PostOfficeBox.in(applicant.getResidence().getStreetNumberAndName())) {
                    findings.at(APPLICANT + "/residence/streetNumberAndName");
                }
            });

    static final RecordRule<I589Application> ENTRIES_NEWEST_FIRST = error("I-589:R.5", "ENTRIES_NOT_NEWEST_FIRST",
            "List the entries into the U.S. beginning with the most recent; this entry is more recent than the one before it.",
            I589Application.class, (application, findings) -> {
                List<I589UsEntry> entries = entries(application);
                for (int i = 1; i < entries.size(); i++) {
                    LocalDate previous = entryDate(entries.get(i - 1));
                    LocalDate current = entryDate(entries.get(i));
                    if (previous != null && current != null && current.isAfter(previous)) {
                        findings.at(ENTRIES + "/" + i + "/entryDate");
                    }
                }
            });

    static final RecordRule<I589Application> STATUS_EXPIRY_ONLY_ON_LAST_ENTRY = error("I-589:R.6",
            "STATUS_EXPIRY_ONLY_FOR_MOST_RECENT_ENTRY",
            "Give the date status expires only for the most recent entry (the first one listed); remove it here.",
            I589Application.class, (application, findings) -> {
                List<I589UsEntry> entries = entries(application);
                for (int i = 1; i < entries.size(); i++) {
                    if (entries.get(i) != null && entries.get(i).getStatusExpirationDate() != null) {
                        findings.at(ENTRIES + "/" + i + "/statusExpirationDate");
                    }
                }
            });

    static final RecordRule<I589Application> LEFT_COUNTRY_BEFORE_LAST_ENTRY = error("I-589:R.7",
            "LEFT_COUNTRY_AFTER_LAST_ENTRY",
            "The date you last left your country cannot be later than your most recent entry into the U.S.",
            I589Application.class, (application, findings) -> {
                I589Applicant applicant = application.getApplicant();
                LocalDate lastLeft = applicant == null ? null : applicant.getDateLastLeftCountry();
                entries(application).stream()
                        .map(I589Rules::entryDate)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .filter(lastEntry -> lastLeft != null && lastLeft.isAfter(lastEntry))
                        .ifPresent(lastEntry -> findings.at(APPLICANT + "/dateLastLeftCountry"));
            });

    static final RecordRule<I589Application> TRAVEL_DOCUMENT_NUMBER = error("I-589:R.8", "TRAVEL_DOCUMENT_NUMBER_MISSING",
            "Item 20 names a country that issued a document: give its passport number or travel document number (item 21).",
            I589Application.class, (application, findings) -> {
                I589Applicant applicant = application.getApplicant();
                if (applicant != null && applicant.getLastPassportIssuingCountry() != null
                        && applicant.getPassportNumber() == null && applicant.getTravelDocumentNumber() == null) {
                    findings.at(APPLICANT + "/passportNumber");
                }
            });

    static final RecordRule<I589Application> TRAVEL_DOCUMENT_EXPIRY = error("I-589:R.8", "TRAVEL_DOCUMENT_EXPIRY_MISSING",
            "Item 20 names a country that issued a document: give the document's expiration date (item 22).",
            I589Application.class, (application, findings) -> {
                I589Applicant applicant = application.getApplicant();
                if (applicant != null && applicant.getLastPassportIssuingCountry() != null
                        && applicant.getTravelDocumentExpirationDate() == null) {
                    findings.at(APPLICANT + "/travelDocumentExpirationDate");
                }
            });

    static final List<RecordRule<?>> PART_A_I = List.of(
            RESIDENCE_NOT_A_PO_BOX,
            ENTRIES_NEWEST_FIRST,
            STATUS_EXPIRY_ONLY_ON_LAST_ENTRY,
            LEFT_COUNTRY_BEFORE_LAST_ENTRY,
            TRAVEL_DOCUMENT_NUMBER,
            TRAVEL_DOCUMENT_EXPIRY);

    /** Every record rule of Form I-589 and its supplements, part by part. */
    public static final List<RecordRule<?>> ALL = Stream.of(
                    PART_A_I,
                    I589FamilyRules.ALL,
                    I589BackgroundRules.ALL,
                    I589ClaimRules.ALL,
                    I589SignatureRules.ALL,
                    I589DateRules.ALL)
            .flatMap(List::stream)
            .toList();

    private I589Rules() {
    }

    private static List<I589UsEntry> entries(I589Application application) {
        I589Applicant applicant = application.getApplicant();
        if (applicant == null || applicant.getEntriesIntoUnitedStates() == null) {
            return List.of();
        }
        return applicant.getEntriesIntoUnitedStates();
    }

    private static LocalDate entryDate(I589UsEntry entry) {
        return entry == null ? null : entry.getEntryDate();
    }
}
