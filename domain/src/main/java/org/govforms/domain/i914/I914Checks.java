package org.govforms.domain.i914;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govforms.domain.rules.PostOfficeBox;

/** Checks shared by the I-914 and its Supplements A and B, each reading a record through its JSON pointers. */
final class I914Checks {

    /** The items of Part 4 Item 1 (1.A to 1.I) whose Yes asks for the arrest table. */
    static final List<String> ARREST_QUESTIONS = List.of("committedCrimeWithoutArrest", "arrestedCitedOrDetained",
            "chargedWithCrime", "convictedOfCrime", "placedInAlternativeSentencing", "suspendedSentenceProbationOrParole",
            "inJailOrPrison", "beneficiaryOfClemency", "exercisedDiplomaticImmunity");

    static final String ARREST_TABLE = "arrestsCitationsAndCharges";

    private I914Checks() {
    }

    static boolean looksLikePoBox(RecordTree tree, String pointer) {
        String street = tree.text(pointer);
        return PostOfficeBox.in(street);
    }

    /** The explanation pointers of every Part 4 Yes without its explanation, except the excluded questions. */
    static List<String> unexplainedYes(RecordTree tree, String part4, Set<String> excluded) {
        List<String> pointers = new ArrayList<>();
        for (String question : tree.propertyNames(part4)) {
            String answer = part4 + "/" + question;
            if (!excluded.contains(question) && tree.isTrue(answer + "/answer") && !tree.has(answer + "/explanation")) {
                pointers.add(answer + "/explanation");
            }
        }
        return pointers;
    }

    static boolean arrestTableMissing(RecordTree tree, String part4) {
        boolean anyYes = ARREST_QUESTIONS.stream().anyMatch(q -> tree.isTrue(part4 + "/" + q + "/answer"));
        return anyYes && !tree.has(part4 + "/" + ARREST_TABLE);
    }

    /** An additional-information entry names this part and item (e.g. part 3, item 9). */
    static boolean explainedIn(RecordTree tree, String entries, String part, String item) {
        for (int i = 0; i < tree.size(entries); i++) {
            String entry = entries + "/" + i;
            if (sameNumber(tree.text(entry + "/partNumber"), part) && sameNumber(tree.text(entry + "/itemNumber"), item)
                    && tree.has(entry + "/additionalInformation")) {
                return true;
            }
        }
        return false;
    }

    /** "Part 3", "3" and " 3 " are the same part; "Item 1.B" and "1.b" the same item. */
    private static boolean sameNumber(String given, String expected) {
        return given != null && given.strip().replaceFirst("(?i)^(part|item)\\s*", "").equalsIgnoreCase(expected);
    }

    /** Whole years between the date of birth and the date (null when either is unknown). */
    static Integer ageOn(LocalDate dateOfBirth, LocalDate on) {
        return dateOfBirth == null || on == null ? null : Period.between(dateOfBirth, on).getYears();
    }

    /** Pointers of the name parts (family, given) that differ between two names. */
    static List<String> differingNameParts(RecordTree tree, String name, RecordTree other, String otherName) {
        List<String> pointers = new ArrayList<>();
        for (String part : List.of("familyName", "givenName")) {
            String a = tree.text(name + "/" + part);
            String b = other.text(otherName + "/" + part);
            if (a != null && b != null && !a.strip().equalsIgnoreCase(b.strip())) {
                pointers.add(name + "/" + part);
            }
        }
        return pointers;
    }
}
