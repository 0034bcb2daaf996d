package org.govforms.domain.i589;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.govforms.domain.Violations;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i589.I589TestRecords.at;
import static org.govforms.domain.i589.I589TestRecords.breaks;
import static org.govforms.domain.i589.I589TestRecords.complete;
import static org.govforms.domain.i589.I589TestRecords.minimal;
import static org.govforms.domain.i589.I589TestRecords.object;
import static org.govforms.domain.i589.I589TestRecords.valid;

/** The rules of Parts D to G and of the supplement headers, each with a valid and an invalid record. */
class I589SignatureRulesTest {

    @Test
    void r46_familyHelpersAreNamedExactlyWhenFamilyHelped() {
        valid(complete(r -> object(r, "declaration").put("assistedByFamily", false).remove("familyAssistants")));
        breaks(complete(r -> object(r, "declaration").put("assistedByFamily", false)),
                at("/declaration/familyAssistants", "I-589:D.1.assistants", "I-589:R.46"));
        breaks(complete(r -> object(r, "declaration").remove("familyAssistants")),
                at("/declaration/familyAssistants", "I-589:D.1.assistants", "I-589:R.46"));
        breaks(complete(r -> ((ObjectNode) r.get("declaration").get("familyAssistants").get(0)).remove("relationship")),
                at("/declaration/familyAssistants/0/relationship", "I-589:D.1.assistants.relationship", "I-589:R.46"));
    }

    @Test
    void r47_partEExactlyWhenSomeoneElsePrepared() {
        valid(complete(r -> {
            object(r, "declaration").put("preparedBySomeoneElse", false);
            r.remove("preparer");
        }));
        breaks(complete(r -> r.remove("preparer")), at("/preparer", "I-589:E", "I-589:R.47"));
        breaks(minimal(r -> r.set("preparer", complete(c -> { }).get("preparer"))), at("/preparer", "I-589:E", "I-589:R.47"));
        breaks(complete(r -> object(r, "preparer").remove("daytimePhoneNumber")),
                at("/preparer/daytimePhoneNumber", "I-589:E.phone", "I-589:R.47"));
        valid(complete(r -> object(r, "preparer").remove(List.of("g28Attached", "stateBarNumber", "uscisOnlineAccountNumber"))));
    }

    @Test
    void r49_partDIsSignedAndDatedByTheApplicantOfPartAI() {
        valid(complete(r -> object(r, "declaration").put("printedName", "HAILE, Meron")));
        breaks(complete(r -> object(r, "declaration").put("printedName", "Yonas Gebremedhin")),
                at("/declaration/printedName", "I-589:D.name", "I-589:R.49"));
        breaks(complete(r -> object(r, "declaration").put("printedName", "Meron Hailemariam")),
                at("/declaration/printedName", "I-589:D.name", "I-589:R.49"));
        breaks(complete(r -> object(r, "declaration").remove(List.of("signature", "signatureDate"))),
                at("/declaration/signature", "I-589:D.signature", "I-589:R.49"),
                at("/declaration/signatureDate", "I-589:D.date", "I-589:R.49"));
    }

    @Test
    void r50_partsFAndGAreReadOnlySoAClientThatSendsThemIsToldUnderTheRule() {
        ObjectNode withInterview = complete(r -> r.putObject("asylumInterview").put("contentsTrue", "ALL_TRUE")
                .put("applicantSignature", "Meron T. Haile").put("swornDate", "2026-11-20")
                .put("nameInNativeAlphabet", "መሮን ተስፋየ ሃይለ").put("officerSignature", "A. Officer"));
        withInterview.putObject("removalHearing").put("contentsTrue", "NOT_ALL_TRUE");
        withInterview.putObject("officeUse").put("asylumOfficerId", "AO-1");

        List<String> pointers = SpecIndex.bundled().readOnlyPointers("I589Application", withInterview);
        assertThat(pointers).containsExactly("/asylumInterview", "/removalHearing", "/officeUse");
        Violation interview = Violations.ofInput("/asylumInterview", I589Application.class, "readOnly", "READ_ONLY_PROPERTY", "x");
        assertThat(List.of(interview.getFormItem(), interview.getRule())).containsExactly("I-589:F", "I-589:R.50");
        Violation hearing = Violations.ofInput("/removalHearing", I589Application.class, "readOnly", "READ_ONLY_PROPERTY", "x");
        assertThat(List.of(hearing.getFormItem(), hearing.getRule())).containsExactly("I-589:G", "I-589:R.50");
        Violation office = Violations.ofInput("/officeUse", I589Application.class, "readOnly", "READ_ONLY_PROPERTY", "x");
        assertThat(List.of(office.getFormItem(), office.getRule())).containsExactly("I-589:OFFICE", "schema:readOnly");

        assertThat(SpecIndex.bundled().readOnlyPointers("I589Application", complete(r -> { }))).isEmpty();
    }

    @Test
    void r51_partsFAndGHaveOneTruthAnswerAndAnOrderedCorrectionsRange() {
        valid(complete(r -> interview(r).put("correctionsFrom", 2).put("correctionsTo", 2)));
        breaks(complete(r -> interview(r).put("correctionsFrom", 3).put("correctionsTo", 2)),
                at("/asylumInterview/correctionsTo", "I-589:F.corrections.to", "I-589:R.51"));
        breaks(complete(r -> interview(r).put("correctionsTo", 2)),
                at("/asylumInterview/correctionsFrom", "I-589:F.corrections.from", "I-589:R.51"));
        breaks(complete(r -> interview(r).remove("contentsTrue")),
                at("/asylumInterview/contentsTrue", "I-589:F.truth", "I-589:R.51"));
        breaks(complete(r -> hearing(r).put("correctionsFrom", 5)),
                at("/removalHearing/correctionsTo", "I-589:G.corrections.to", "I-589:R.51"));
        breaks(complete(r -> hearing(r).put("contentsTrue", "PARTLY_TRUE")),
                at("/removalHearing/contentsTrue", "I-589:G.truth", "I-589:R.51"));
    }

    @Test
    void r52_pastEventDatesOfEveryPartAreNotInTheFutureButExpiriesMayBe() {
        valid(complete(r -> {
            object(r, "spouse").put("authorizedStayExpirationDate", "2030-01-01");
            ((ObjectNode) r.get("children").get(0)).put("authorizedStayExpirationDate", "2030-01-01");
            interview(r).put("swornDate", "2026-11-23");
        }));
        breaks(complete(r -> {
                    object(r, "spouse").put("dateOfMarriage", "2026-11-24").put("previousArrivalDate", "2027-01-01");
                    ((ObjectNode) r.get("children").get(5)).put("dateOfBirth", "2026-12-01");
                    object(r, "declaration").put("signatureDate", "2026-11-24");
                    object(r, "supplementA").put("signatureDate", "2026-11-24");
                    interview(r).put("swornDate", "2026-11-24");
                    hearing(r).put("swornDate", "2026-11-24");
                }),
                at("/asylumInterview/swornDate", "I-589:F.date", "I-589:R.52"),
                at("/children/5/dateOfBirth", "I-589:A.II.CHILD.8", "I-589:R.52"),
                at("/declaration/signatureDate", "I-589:D.date", "I-589:R.52"),
                at("/removalHearing/swornDate", "I-589:G.date", "I-589:R.52"),
                at("/spouse/dateOfMarriage", "I-589:A.II.SP.9", "I-589:R.52"),
                at("/spouse/previousArrivalDate", "I-589:A.II.SP.23", "I-589:R.52"),
                at("/supplementA/signatureDate", "I-589-SA:HDR.date", "I-589:R.52"));
    }

    @Test
    void r54_supplementHeadersIdentifyTheApplicantAndAreSigned() {
        valid(complete(r -> {
            object(r, "supplementA").remove("alienRegistrationNumber");
            object(r, "supplementB").put("applicantName", "Haile Meron");
        }));
        breaks(complete(r -> object(r, "supplementA").put("alienRegistrationNumber", "012345679")),
                at("/supplementA/alienRegistrationNumber", "I-589-SA:HDR.a_number", "I-589:R.54"));
        breaks(complete(r -> object(r, "supplementB").put("applicantName", "Saba Kidane")),
                at("/supplementB/applicantName", "I-589-SB:HDR.name", "I-589:R.54"));
        breaks(complete(r -> {
                    object(r, "supplementA").remove("signature");
                    object(r, "supplementB").remove("signatureDate");
                }),
                at("/supplementA/signature", "I-589-SA:HDR.signature", "I-589:R.54"),
                at("/supplementB/signatureDate", "I-589-SB:HDR.date", "I-589:R.54"));
    }

    private static ObjectNode interview(ObjectNode application) {
        if (!application.has("asylumInterview")) {
            application.putObject("asylumInterview").put("contentsTrue", "ALL_TRUE").put("applicantSignature", "Meron T. Haile")
                    .put("swornDate", "2026-11-20").put("nameInNativeAlphabet", "መሮን ተስፋየ ሃይለ")
                    .put("officerSignature", "A. Officer");
        }
        return object(application, "asylumInterview");
    }

    private static ObjectNode hearing(ObjectNode application) {
        if (!application.has("removalHearing")) {
            application.putObject("removalHearing").put("contentsTrue", "ALL_TRUE").put("applicantSignature", "Meron T. Haile")
                    .put("swornDate", "2026-11-21").put("nameInNativeAlphabet", "መሮን ተስፋየ ሃይለ")
                    .put("judgeSignature", "J. Judge").put("correctionsFrom", 1).put("correctionsTo", 4);
        }
        return object(application, "removalHearing");
    }
}
