package org.govforms.domain.i589;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589Application;
import org.govforms.model.I589Background;
import org.govforms.model.I589EducationEntry;
import org.govforms.model.I589EmploymentEntry;
import org.govforms.model.I589LastAddress;
import org.govforms.model.I589RelativeEntry;
import org.govforms.model.I589ResidenceEntry;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Part A.III, the applicant's background: the tables and their month/year periods. */
final class I589BackgroundRules {

    private static final String BACKGROUND = "/background";
    private static final String RESIDENCES = BACKGROUND + "/residencesPastFiveYears";
    private static final String EDUCATION = BACKGROUND + "/education";
    private static final String EMPLOYMENT = BACKGROUND + "/employmentPastFiveYears";
    private static final String RELATIVES = BACKGROUND + "/parentsAndSiblings";
    private static final int YEARS_ASKED = 5;

    static final RecordRule<I589Application> FEARED_COUNTRY_ROW_DIFFERS = error("I-589:R.21", "SAME_COUNTRY_IN_BOTH_ROWS",
            "Item 1's second row is for the country where you fear persecution when it is not the first row's country; "
                    + "leave it out when both rows would be the same country.",
            I589Application.class, (application, findings) -> {
                I589Background background = application.getBackground();
                if (background != null && background.getLastAddressBeforeUnitedStates() != null
                        && background.getLastAddressInCountryOfFearedPersecution() != null
                        && background.getLastAddressBeforeUnitedStates().getCountry() != null
                        && background.getLastAddressBeforeUnitedStates().getCountry()
                                .equals(background.getLastAddressInCountryOfFearedPersecution().getCountry())) {
                    findings.at(BACKGROUND + "/lastAddressInCountryOfFearedPersecution/country");
                }
            });

    static final RecordRule<I589Application> RESIDENCES_NEWEST_FIRST = error("I-589:R.22", "RESIDENCES_NOT_NEWEST_FIRST",
            "List the residences of the past five years with the present address first; this one began later than the one before it.",
            I589Application.class, (application, findings) -> newestFirst(findings, RESIDENCES,
                    periods(application, Table.RESIDENCES)));

    static final RecordRule<I589Application> RESIDENCES_WITHOUT_GAPS = error("I-589:R.22", "RESIDENCES_HAVE_A_GAP",
            "The residences must follow each other without a gap: this one ended more than a month before the next one began.",
            I589Application.class, (application, findings) -> {
                List<Period> rows = periods(application, Table.RESIDENCES);
                for (int i = 1; i < rows.size(); i++) {
                    Period newer = rows.get(i - 1);
                    Period older = rows.get(i);
                    if (newer.from() != null && older.to() != null && older.to().isBefore(newer.from().minusMonths(1))) {
                        findings.at(RESIDENCES + "/" + i + "/to");
                    }
                }
            });

    static final RecordRule<I589Application> RESIDENCES_COVER_FIVE_YEARS = error("I-589:R.22", "RESIDENCES_DO_NOT_COVER_FIVE_YEARS",
            "The residences must cover the five years before you sign (or since your birth): the oldest one begins too late.",
            I589Application.class, (application, findings) -> {
                List<Period> rows = periods(application, Table.RESIDENCES);
                if (rows.isEmpty() || rows.get(rows.size() - 1).from() == null) {
                    return;
                }
                YearMonth start = windowStart(application, findings.today());
                if (application.getApplicant() != null && application.getApplicant().getDateOfBirth() != null) {
                    YearMonth birth = YearMonth.from(application.getApplicant().getDateOfBirth());
                    start = birth.isAfter(start) ? birth : start;
                }
                if (rows.get(rows.size() - 1).from().isAfter(start)) {
                    findings.at(RESIDENCES + "/" + (rows.size() - 1) + "/from");
                }
            });

    static final RecordRule<I589Application> EDUCATION_NEWEST_FIRST = error("I-589:R.23", "EDUCATION_NOT_NEWEST_FIRST",
            "List the schools beginning with the most recent; this one began later than the one before it.",
            I589Application.class, (application, findings) -> newestFirst(findings, EDUCATION,
                    periods(application, Table.EDUCATION)));

    static final RecordRule<I589Application> EMPLOYMENT_NEWEST_FIRST = error("I-589:R.24", "EMPLOYMENT_NOT_NEWEST_FIRST",
            "List the employment of the past five years with the present employment first; this one began later than the one before it.",
            I589Application.class, (application, findings) -> newestFirst(findings, EMPLOYMENT,
                    periods(application, Table.EMPLOYMENT)));

    static final RecordRule<I589Application> EMPLOYMENT_IN_PAST_FIVE_YEARS = error("I-589:R.24", "EMPLOYMENT_BEFORE_FIVE_YEARS",
            "Item 4 asks for employment during the past five years: this one ended before that period.",
            I589Application.class, (application, findings) -> {
                YearMonth start = windowStart(application, findings.today());
                List<Period> rows = periods(application, Table.EMPLOYMENT);
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).to() != null && rows.get(i).to().isBefore(start)) {
                        findings.at(EMPLOYMENT + "/" + i + "/to");
                    }
                }
            });

    static final RecordRule<I589Application> ONE_MOTHER_AND_ONE_FATHER = error("I-589:R.25", "MOTHER_OR_FATHER_MISSING",
            "Item 5 has one row for your mother and one for your father (write Unknown for a name you do not know), then a row per sibling.",
            I589Application.class, (application, findings) -> {
                List<I589RelativeEntry> relatives = relatives(application);
                if (relatives.isEmpty()) {
                    return;
                }
                long mothers = relatives.stream().filter(r -> r != null
                        && r.getRelationship() == I589RelativeEntry.RelationshipEnum.MOTHER).count();
                long fathers = relatives.stream().filter(r -> r != null
                        && r.getRelationship() == I589RelativeEntry.RelationshipEnum.FATHER).count();
                if (mothers != 1 || fathers != 1) {
                    findings.at(RELATIVES);
                }
            });

    static final RecordRule<I589Application> LIVING_RELATIVE_LOCATION = error("I-589:R.25", "RELATIVE_LOCATION_MISSING",
            "Give the current location of a living person, or check Deceased.",
            I589Application.class, (application, findings) -> {
                List<I589RelativeEntry> relatives = relatives(application);
                for (int i = 0; i < relatives.size(); i++) {
                    I589RelativeEntry relative = relatives.get(i);
                    if (relative != null && !Boolean.TRUE.equals(relative.getDeceased())
                            && I589FamilyRules.isBlank(relative.getCurrentLocation())) {
                        findings.at(RELATIVES + "/" + i + "/currentLocation");
                    }
                }
            });

    static final RecordRule<I589Application> FROM_NOT_AFTER_TO = error("I-589:R.27", "PERIOD_ENDS_BEFORE_IT_BEGINS",
            "The \"to\" month cannot be earlier than the \"from\" month.",
            I589Application.class, (application, findings) -> {
                for (Period period : allPeriods(application)) {
                    if (period.from() != null && period.to() != null && period.from().isAfter(period.to())) {
                        findings.at(period.pointer() + "/to");
                    }
                }
            });

    static final RecordRule<I589Application> PERIODS_NOT_IN_FUTURE = error("I-589:R.27", "MONTH_IN_FUTURE",
            "A month of Part A.III cannot be later than the current month.",
            I589Application.class, (application, findings) -> {
                YearMonth now = YearMonth.from(findings.today());
                for (Period period : allPeriods(application)) {
                    if (period.from() != null && period.from().isAfter(now)) {
                        findings.at(period.pointer() + "/from");
                    }
                    if (period.to() != null && period.to().isAfter(now)) {
                        findings.at(period.pointer() + "/to");
                    }
                }
            });

    static final RecordRule<I589Application> OPEN_END_ONLY_FOR_PRESENT = error("I-589:R.27", "OPEN_END_ONLY_FOR_PRESENT",
            "Only the present address or employment (the first row) may be left without a \"to\" month; give it here.",
            I589Application.class, (application, findings) -> {
                for (Table table : List.of(Table.RESIDENCES, Table.EMPLOYMENT)) {
                    List<Period> rows = periods(application, table);
                    for (int i = 1; i < rows.size(); i++) {
                        if (rows.get(i).open()) {
                            findings.at(rows.get(i).pointer() + "/to");
                        }
                    }
                }
            });

    static final List<RecordRule<?>> ALL = List.of(
            FEARED_COUNTRY_ROW_DIFFERS,
            RESIDENCES_NEWEST_FIRST,
            RESIDENCES_WITHOUT_GAPS,
            RESIDENCES_COVER_FIVE_YEARS,
            EDUCATION_NEWEST_FIRST,
            EMPLOYMENT_NEWEST_FIRST,
            EMPLOYMENT_IN_PAST_FIVE_YEARS,
            ONE_MOTHER_AND_ONE_FATHER,
            LIVING_RELATIVE_LOCATION,
            FROM_NOT_AFTER_TO,
            PERIODS_NOT_IN_FUTURE,
            OPEN_END_ONLY_FOR_PRESENT);

    private I589BackgroundRules() {
    }

    private enum Table { RESIDENCES, EDUCATION, EMPLOYMENT }

    /** One row's months (null where missing or not a month), at its pointer; open when it has no "to" month. */
    private record Period(String pointer, YearMonth from, YearMonth to, boolean open) {
    }

    /** The first month of the five years before the applicant signs (today when not signed). */
    private static YearMonth windowStart(I589Application application, LocalDate today) {
        return YearMonth.from(I589Signatures.filingDate(application, today)).minusYears(YEARS_ASKED);
    }

    private static void newestFirst(RecordRule.Findings findings, String table, List<Period> rows) {
        for (int i = 1; i < rows.size(); i++) {
            YearMonth previous = rows.get(i - 1).from();
            YearMonth current = rows.get(i).from();
            if (previous != null && current != null && current.isAfter(previous)) {
                findings.at(table + "/" + i + "/from");
            }
        }
    }

    private static List<Period> periods(I589Application application, Table table) {
        I589Background background = application.getBackground();
        List<Period> periods = new ArrayList<>();
        if (background == null) {
            return periods;
        }
        switch (table) {
            case RESIDENCES -> {
                List<I589ResidenceEntry> rows = orEmpty(background.getResidencesPastFiveYears());
                for (int i = 0; i < rows.size(); i++) {
                    I589ResidenceEntry row = rows.get(i);
                    periods.add(row == null ? new Period(RESIDENCES + "/" + i, null, null, false)
                            : new Period(RESIDENCES + "/" + i, month(row.getFrom()), month(row.getTo()), row.getTo() == null));
                }
            }
            case EDUCATION -> {
                List<I589EducationEntry> rows = orEmpty(background.getEducation());
                for (int i = 0; i < rows.size(); i++) {
                    I589EducationEntry row = rows.get(i);
                    periods.add(row == null ? new Period(EDUCATION + "/" + i, null, null, false)
                            : new Period(EDUCATION + "/" + i, month(row.getFrom()), month(row.getTo()), row.getTo() == null));
                }
            }
            case EMPLOYMENT -> {
                List<I589EmploymentEntry> rows = orEmpty(background.getEmploymentPastFiveYears());
                for (int i = 0; i < rows.size(); i++) {
                    I589EmploymentEntry row = rows.get(i);
                    periods.add(row == null ? new Period(EMPLOYMENT + "/" + i, null, null, false)
                            : new Period(EMPLOYMENT + "/" + i, month(row.getFrom()), month(row.getTo()), row.getTo() == null));
                }
            }
        }
        return periods;
    }

    private static List<Period> allPeriods(I589Application application) {
        List<Period> periods = new ArrayList<>();
        I589Background background = application.getBackground();
        if (background == null) {
            return periods;
        }
        addLastAddress(periods, BACKGROUND + "/lastAddressBeforeUnitedStates", background.getLastAddressBeforeUnitedStates());
        addLastAddress(periods, BACKGROUND + "/lastAddressInCountryOfFearedPersecution",
                background.getLastAddressInCountryOfFearedPersecution());
        for (Table table : Table.values()) {
            periods.addAll(periods(application, table));
        }
        return periods;
    }

    private static void addLastAddress(List<Period> periods, String pointer, I589LastAddress address) {
        if (address != null) {
            periods.add(new Period(pointer, month(address.getFrom()), month(address.getTo()), address.getTo() == null));
        }
    }

    private static List<I589RelativeEntry> relatives(I589Application application) {
        return application.getBackground() == null ? List.of() : orEmpty(application.getBackground().getParentsAndSiblings());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A yyyy-MM month, or null when absent or malformed (the schema reports those). */
    private static YearMonth month(String value) {
        if (value == null) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
