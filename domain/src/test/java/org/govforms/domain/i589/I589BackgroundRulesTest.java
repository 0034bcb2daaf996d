package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.govforms.domain.i589.I589TestRecords.array;
import static org.govforms.domain.i589.I589TestRecords.at;
import static org.govforms.domain.i589.I589TestRecords.breaks;
import static org.govforms.domain.i589.I589TestRecords.complete;
import static org.govforms.domain.i589.I589TestRecords.minimal;
import static org.govforms.domain.i589.I589TestRecords.object;
import static org.govforms.domain.i589.I589TestRecords.valid;

/** The rules of Part A.III, each with a valid and an invalid record. */
class I589BackgroundRulesTest {

    private static final String BACKGROUND = "/background";

    @Test
    void r21_item1HasTheLastAddressAndASecondRowOnlyForAnotherCountry() {
        valid(background(b -> b.remove("lastAddressInCountryOfFearedPersecution")));
        breaks(background(b -> b.remove("lastAddressBeforeUnitedStates")),
                at(BACKGROUND + "/lastAddressBeforeUnitedStates", "I-589:A.III.1.a", "I-589:R.21"));
        breaks(background(b -> object(b, "lastAddressInCountryOfFearedPersecution").put("country", "SD")),
                at(BACKGROUND + "/lastAddressInCountryOfFearedPersecution/country", "I-589:A.III.1.b.country", "I-589:R.21"));
    }

    @Test
    void r22_residencesAreNewestFirstWithoutGapsAndCoverFiveYears() {
        String residences = BACKGROUND + "/residencesPastFiveYears";
        valid(background(b -> row(b, "residencesPastFiveYears", 1).put("to", "2025-10")));
        breaks(background(b -> row(b, "residencesPastFiveYears", 1).put("from", "2014-01")),
                at(residences + "/2/from", "I-589:A.III.2.from", "I-589:R.22"));
        breaks(background(b -> row(b, "residencesPastFiveYears", 2).put("to", "2025-06")),
                at(residences + "/2/to", "I-589:A.III.2.to", "I-589:R.22"));
        // five years before the Part D signature (2026-11) is 2021-11
        valid(background(b -> row(b, "residencesPastFiveYears", 2).put("from", "2021-11")));
        breaks(background(b -> row(b, "residencesPastFiveYears", 2).put("from", "2021-12")),
                at(residences + "/2/from", "I-589:A.III.2.from", "I-589:R.22"));
        // or since birth, for an applicant younger than five
        valid(complete(r -> {
            object(r, "applicant").put("dateOfBirth", "2022-01-15");
            row(object(r, "background"), "residencesPastFiveYears", 2).put("from", "2022-01");
        }));
    }

    @Test
    void r23_schoolsAreNewestFirst() {
        valid(minimal(r -> object(r, "background").putArray("education")));
        breaks(background(b -> array(b, "education").add(array(b, "education").remove(0))),
                at(BACKGROUND + "/education/1/from", "I-589:A.III.3.from", "I-589:R.23"));
    }

    @Test
    void r24_employmentIsNewestFirstAndWithinFiveYears() {
        valid(background(b -> array(b, "employmentPastFiveYears").remove(0)));
        breaks(background(b -> {
                    ArrayNode jobs = array(b, "employmentPastFiveYears");
                    jobs.add(jobs.remove(0));
                    ((ObjectNode) jobs.get(1)).put("to", "2026-10");
                }),
                at(BACKGROUND + "/employmentPastFiveYears/1/from", "I-589:A.III.4.from", "I-589:R.24"));
        breaks(background(b -> row(b, "employmentPastFiveYears", 1).put("to", "2021-10")),
                at(BACKGROUND + "/employmentPastFiveYears/1/to", "I-589:A.III.4.to", "I-589:R.24"));
    }

    @Test
    void r25_oneMotherOneFatherAndALocationForTheLiving() {
        valid(background(b -> row(b, "parentsAndSiblings", 0).put("deceased", true).remove("currentLocation")));
        breaks(background(b -> row(b, "parentsAndSiblings", 2).put("relationship", "FATHER")),
                at(BACKGROUND + "/parentsAndSiblings", "I-589:A.III.5", "I-589:R.25"));
        breaks(background(b -> row(b, "parentsAndSiblings", 3).remove("currentLocation")),
                at(BACKGROUND + "/parentsAndSiblings/3/currentLocation", "I-589:A.III.5.location", "I-589:R.25"));
        breaks(background(b -> array(b, "parentsAndSiblings").removeAll()),
                at(BACKGROUND + "/parentsAndSiblings", "I-589:A.III.5", "I-589:R.25"));
    }

    @Test
    void r27_fromIsNotAfterToNeitherIsInTheFutureAndOnlyThePresentIsOpen() {
        valid(background(b -> row(b, "employmentPastFiveYears", 0).put("from", "2026-11")));
        breaks(background(b -> object(b, "lastAddressBeforeUnitedStates").put("from", "2025-10")),
                at(BACKGROUND + "/lastAddressBeforeUnitedStates/to", "I-589:A.III.1.a.to", "I-589:R.27"));
        breaks(background(b -> row(b, "employmentPastFiveYears", 0).put("from", "2026-12")),
                at(BACKGROUND + "/employmentPastFiveYears/0/from", "I-589:A.III.4.from", "I-589:R.27"));
        breaks(background(b -> row(b, "education", 0).put("to", "2027-06")),
                at(BACKGROUND + "/education/0/to", "I-589:A.III.3.to", "I-589:R.27"));
        breaks(background(b -> row(b, "residencesPastFiveYears", 1).remove("to")),
                at(BACKGROUND + "/residencesPastFiveYears/1/to", "I-589:A.III.2.to", "I-589:R.27"));
    }

    @Test
    void r53_monthsAreYearAndMonth() {
        valid(background(b -> row(b, "education", 0).put("from", "2012-10")));
        breaks(background(b -> row(b, "education", 0).put("from", "09/2012")),
                at(BACKGROUND + "/education/0/from", "I-589:A.III.3.from", "I-589:R.53"));
        breaks(background(b -> object(b, "lastAddressBeforeUnitedStates").put("to", "2025-13")),
                at(BACKGROUND + "/lastAddressBeforeUnitedStates/to", "I-589:A.III.1.a.to", "I-589:R.53"));
    }

    private static ObjectNode background(Consumer<ObjectNode> change) {
        return complete(r -> change.accept(object(r, "background")));
    }

    private static ObjectNode row(ObjectNode background, String table, int index) {
        return (ObjectNode) background.get(table).get(index);
    }
}
