package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.govforms.domain.i589.I589TestRecords.at;
import static org.govforms.domain.i589.I589TestRecords.breaks;
import static org.govforms.domain.i589.I589TestRecords.complete;
import static org.govforms.domain.i589.I589TestRecords.element;
import static org.govforms.domain.i589.I589TestRecords.minimal;
import static org.govforms.domain.i589.I589TestRecords.object;
import static org.govforms.domain.i589.I589TestRecords.valid;

/** The rules of Part A.II (spouse, children) and Supplement A's children, each with a valid and an invalid record. */
class I589FamilyRulesTest {

    @Test
    void r9_notMarriedMeansNoSpouseBlock() {
        valid(minimal(r -> r.put("notMarried", true)));
        ObjectNode spouse = object(complete(r -> { }), "spouse");
        breaks(minimal(r -> r.set("spouse", spouse)),
                at("/spouse", "I-589:A.II.SP", "I-589:R.9"));
    }

    @Test
    void r10_theNotMarriedBoxAgreesWithTheMaritalStatus() {
        valid(complete(r -> r.remove("notMarried")));
        breaks(minimal(r -> r.put("notMarried", false)),
                at("/notMarried", "I-589:A.II.SP.not_married", "I-589:R.10"));
        breaks(minimal(r -> {
                    object(r, "applicant").put("maritalStatus", "DIVORCED");
                    r.remove("notMarried");
                }),
                at("/notMarried", "I-589:A.II.SP.not_married", "I-589:R.10"));
        breaks(complete(r -> r.remove("spouse")),
                at("/spouse", "I-589:A.II.SP", "I-589:R.10"));
    }

    @Test
    void r11_aSpouseInTheUsHasBlocks16To24AndOneOutsideALocation() {
        valid(complete(r -> object(r, "spouse").remove("i94Number")));
        breaks(complete(r -> object(r, "spouse").remove(List.of("dateOfLastEntry", "currentStatus"))),
                at("/spouse/currentStatus", "I-589:A.II.SP.20", "I-589:R.11"),
                at("/spouse/dateOfLastEntry", "I-589:A.II.SP.17", "I-589:R.11"));
        valid(complete(r -> spouseOutsideTheUs(object(r, "spouse")).put("location", "Kampala, Uganda")));
        breaks(complete(r -> spouseOutsideTheUs(object(r, "spouse"))),
                at("/spouse/location", "I-589:A.II.SP.15.location", "I-589:R.11"));
    }

    @Test
    void r13_onlyASpouseInTheUsCanBeIncluded() {
        breaks(complete(r -> spouseOutsideTheUs(object(r, "spouse")).put("location", "Kampala, Uganda")
                        .put("includedInApplication", true)),
                at("/spouse/includedInApplication", "I-589:A.II.SP.24", "I-589:R.13"));
    }

    @Test
    void r14_exactlyOneOfTheTwoChildrenBoxesIsChecked() {
        valid(minimal(r -> r.put("hasChildren", false)));
        breaks(minimal(r -> r.remove("hasChildren")),
                at("/hasChildren", "I-589:A.II.CH.have", "I-589:R.14"));
    }

    @Test
    void r15_noChildrenMeansNoTotalAndNoChildBlocks() {
        ObjectNode child = element(complete(r -> { }), "children", 0);
        breaks(minimal(r -> {
                    r.put("totalNumberOfChildren", 1);
                    r.putArray("children").add(child);
                }),
                at("/children", "I-589:A.II.CHILD", "I-589:R.15"),
                at("/totalNumberOfChildren", "I-589:A.II.CH.total", "I-589:R.15"));
    }

    @Test
    void r16_haveChildrenNeedsTheTotalAndTheBlocks() {
        ObjectNode child = element(complete(r -> { }), "children", 0);
        valid(minimal(r -> {
            r.put("hasChildren", true).put("totalNumberOfChildren", 1);
            r.putArray("children").add(child);
        }));
        breaks(minimal(r -> r.put("hasChildren", true)),
                at("/children", "I-589:A.II.CHILD", "I-589:R.16"),
                at("/totalNumberOfChildren", "I-589:A.II.CH.total", "I-589:R.16"));
    }

    @Test
    void r17_theTotalEqualsTheChildrenListedOnTheFormAndSupplementA() {
        breaks(complete(r -> r.put("totalNumberOfChildren", 4)),
                at("/totalNumberOfChildren", "I-589:A.II.CH.total", "I-589:R.17"));
        breaks(complete(r -> r.put("totalNumberOfChildren", 7)),
                at("/totalNumberOfChildren", "I-589:A.II.CH.total", "I-589:R.17"));
    }

    @Test
    void r18_aFifthChildNeedsSupplementAAndFourOrFewerDoNot() {
        valid(complete(r -> {
            r.remove("supplementA");
            r.put("totalNumberOfChildren", 4);
            r.withArray("children").remove(5);
            r.withArray("children").remove(4);
        }));
        breaks(complete(r -> r.remove("supplementA")),
                at("/supplementA", "I-589-SA:HDR", "I-589:R.18"));
        breaks(complete(r -> {
                    r.put("totalNumberOfChildren", 4);
                    r.withArray("children").remove(5);
                    r.withArray("children").remove(4);
                }),
                at("/supplementA", "I-589-SA:HDR", "I-589:R.18"));
    }

    @Test
    void r19_aChildInTheUsHasBlocks14To21AndOneOutsideALocation_onTheFormAndOnSupplementA() {
        valid(complete(r -> element(r, "children", 0).remove("i94Number")));
        breaks(complete(r -> element(r, "children", 2).remove("placeOfLastEntry")),
                at("/children/2/placeOfLastEntry", "I-589:A.II.CHILD.14", "I-589:R.19"));
        breaks(complete(r -> element(r, "children", 5).remove("location")),
                at("/children/5/location", "I-589:A.II.CHILD.13.location", "I-589:R.19"));
    }

    @Test
    void r20_onlyAnUnmarriedChildUnder21InTheUsIsIncluded() {
        valid(complete(r -> element(r, "children", 0).put("maritalStatus", "MARRIED").put("includedInApplication", false)));
        breaks(complete(r -> element(r, "children", 0).put("maritalStatus", "MARRIED")),
                at("/children/0/includedInApplication", "I-589:A.II.CHILD.21", "I-589:R.20"));
        // 21 on the day the applicant signs (2026-11-02): too old to be included
        breaks(complete(r -> element(r, "children", 1).put("dateOfBirth", "2005-11-02")),
                at("/children/1/includedInApplication", "I-589:A.II.CHILD.21", "I-589:R.20"));
        valid(complete(r -> element(r, "children", 1).put("dateOfBirth", "2005-11-03")));
        breaks(complete(r -> element(r, "children", 4).put("includedInApplication", false)),
                at("/children/4/includedInApplication", "I-589:A.II.CHILD.21", "I-589:R.20"));
    }

    @Test
    void r56_theSexOfSpouseAndChildrenIsMaleOrFemale() {
        valid(complete(r -> element(r, "children", 3).put("sex", "MALE")));
        breaks(complete(r -> object(r, "spouse").put("sex", "X")),
                at("/spouse/sex", "I-589:A.II.SP.14", "I-589:R.56"));
        breaks(complete(r -> element(r, "children", 3).put("sex", "OTHER")),
                at("/children/3/sex", "I-589:A.II.CHILD.12", "I-589:R.56"));
    }

    private static ObjectNode spouseOutsideTheUs(ObjectNode spouse) {
        spouse.put("inUnitedStates", false);
        for (String inUsOnly : new String[] {"placeOfLastEntry", "dateOfLastEntry", "i94Number", "statusWhenLastAdmitted",
                "currentStatus", "authorizedStayExpirationDate", "inImmigrationCourtProceedings", "includedInApplication"}) {
            spouse.remove(inUsOnly);
        }
        return spouse;
    }
}
