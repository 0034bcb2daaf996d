package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i914.I914Records.at;
import static org.govforms.domain.i914.I914Records.found;

/** The record rules of Supplement A, each with a valid and an invalid record, from the specification's examples. */
class I914DerivativeRulesTest {

    /** The complete example: a spouse living in the U.S. */
    private static List<Violation> inUs(Consumer<ObjectNode> change) {
        return I914Records.violations(I914Records.example("I914DerivativeComplete", change), I914DerivativeApplication.class);
    }

    /** The minimal example: a child outside the U.S. */
    private static List<Violation> abroad(Consumer<ObjectNode> change) {
        return I914Records.violations(I914Records.example("I914DerivativeMinimal", change), I914DerivativeApplication.class);
    }

    @Test
    void theCompleteAndTheMinimalExamplesPassEveryRule() {
        assertThat(inUs(r -> { })).isEmpty();
        assertThat(abroad(r -> { })).isEmpty();
    }

    @Test
    void r2_item1OrItem2NotBoth() {
        assertThat(abroad(r -> r.<ObjectNode>without("relationshipToPrincipal").put("relationshipToDerivative", "CHILD_OF_CHILD"))).isEmpty();
        assertThat(abroad(r -> r.put("relationshipToDerivative", "CHILD_OF_CHILD")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/relationshipToDerivative", "I-914-SA:1.2", "I-914-SA:R.2"));
        assertThat(abroad(r -> r.remove("relationshipToPrincipal")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/relationshipToPrincipal", "I-914-SA:1.1", "I-914-SA:R.2"));
    }

    @Test
    void r8_aPhysicalAddressIsNoPoBoxButASafeMailingAddressMayBe() {
        assertThat(inUs(r -> at(r, "/familyMember/safeMailingAddress").put("streetNumberAndName", "PO Box 4"))).isEmpty();
        assertThat(inUs(r -> at(r, "/familyMember/physicalAddress").put("streetNumberAndName", "Post Office Box 4")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/physicalAddress/streetNumberAndName", "I-914-SA:3.3.street", "I-914-SA:R.8"));
    }

    @Test
    void r9_theANumberIsNineDigitsOrLeftOut() {
        assertThat(inUs(r -> at(r, "/familyMember").remove("alienRegistrationNumber"))).isEmpty();
        assertThat(inUs(r -> at(r, "/familyMember").put("alienRegistrationNumber", "N/A")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/alienRegistrationNumber", "I-914-SA:3.5", "I-914-SA:R.9"));
    }

    @Test
    void r10_theSexChoicesAreThoseOfTheRecordsEdition() {
        assertThat(abroad(r -> at(r, "/familyMember").put("sex", "X")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/sex", "I-914-SA:3.8", "I-914-SA:R.10"));
        assertThat(abroad(r -> {
            r.put("formEdition", "07/08/2024");
            at(r, "/familyMember").put("sex", "X");
        })).isEmpty();
    }

    @Test
    void r11_datesPlaceOfBirthAndStatelessness() {
        assertThat(abroad(r -> at(r, "/familyMember").put("dateOfBirth", "2015-02-30")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/dateOfBirth", "I-914-SA:3.11", "I-914-SA:R.11"));
        assertThat(abroad(r -> at(r, "/familyMember/placeOfBirth").remove("city")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/placeOfBirth/city", "I-914-SA:3.12.city", "I-914-SA:R.11"));
        assertThat(inUs(r -> at(r, "/familyMember").put("citizenshipOrNationality", "STATELESS")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/citizenshipOrNationality", "I-914-SA:3.13", "I-914-SA:R.11"));
        assertThat(inUs(r -> {
            at(r, "/familyMember").put("citizenshipOrNationality", "STATELESS");
            at(r, "/additionalInformation/entries/0").put("itemNumber", "13");
        })).isEmpty();
    }

    @Test
    void r12_aPassportNumberComesWithItsCountryAndIssueDate() {
        assertThat(inUs(r -> at(r, "/familyMember").remove("passportIssueDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/passportIssueDate", "I-914-SA:3.16", "I-914-SA:R.12"));
    }

    @Test
    void r13_theLastEntryOnlyForAFamilyMemberInTheUs() {
        assertThat(inUs(r -> at(r, "/familyMember").remove("lastEntryDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/lastEntryDate", "I-914-SA:3.20.B", "I-914-SA:R.13"));
        assertThat(abroad(r -> at(r, "/familyMember").put("i94Number", "12345678B21")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/i94Number", "I-914-SA:3.20.C", "I-914-SA:R.13"));
    }

    @Test
    void r14_theOfficeToNotifyOnlyForAFamilyMemberAbroad() {
        assertThat(abroad(r -> at(r, "/familyMember").remove("officeCity")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/officeCity", "I-914-SA:3.21.B", "I-914-SA:R.14"));
        assertThat(inUs(r -> at(r, "/familyMember").put("officeToNotifyType", "CONSULATE")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/officeToNotifyType", "I-914-SA:3.21.A", "I-914-SA:R.14"));
    }

    @Test
    void r15_theCurrentStatusIsACodeOfTheDropDown() {
        assertThat(abroad(r -> at(r, "/familyMember").remove("currentImmigrationStatus")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/currentImmigrationStatus", "I-914-SA:3.18", "I-914-SA:R.15"));
    }

    @Test
    void r16_priorMarriagesAndPreviousTravelAreComplete() {
        assertThat(inUs(r -> at(r, "/familyMember/priorMarriages/0").remove("howMarriageEnded")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/priorMarriages/0/howMarriageEnded", "I-914-SA:3.10.D", "I-914-SA:R.16"));
        assertThat(inUs(r -> at(r, "/familyMember/previousTravel/0").remove("entryDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/previousTravel/0/entryDate", "I-914-SA:3.22.B", "I-914-SA:R.16"));
    }

    @Test
    void r17_proceedingsNameTheirKindAndDate() {
        assertThat(inUs(r -> at(r, "/familyMember/proceedings").remove("removalDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/proceedings/removalDate", "I-914-SA:3.24.A.date", "I-914-SA:R.17"));
        assertThat(inUs(r -> at(r, "/familyMember").remove("proceedings")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/proceedings", "I-914-SA:3", "I-914-SA:R.17"));
        assertThat(inUs(r -> at(r, "/familyMember").put("inImmigrationCourtProceedings", false).remove("proceedings"))).isEmpty();
    }

    @Test
    void r18_aFamilyMemberOutsideTheUsCannotAskForAnEad() {
        assertThat(inUs(r -> at(r, "/familyMember").put("requestsEmploymentAuthorization", true))).isEmpty();
        assertThat(abroad(r -> at(r, "/familyMember").put("requestsEmploymentAuthorization", true)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/requestsEmploymentAuthorization", "I-914-SA:3.25", "I-914-SA:R.18"));
    }

    @Test
    void r19_part4AnsweredEachYesExplainedAndTheTableGiven() {
        assertThat(abroad(r -> at(r, "/processingInformation").putObject("convictedOfCrime").put("answer", true)
                .put("explanation", "Convicted of shoplifting in 2019.")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/arrestsCitationsAndCharges", "I-914-SA:4.1.table.why", "I-914-SA:R.19"));
        assertThat(abroad(r -> at(r, "/processingInformation").putObject("drugAbuseOrAddiction").put("answer", true)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/drugAbuseOrAddiction/explanation", "I-914-SA:4.21.C", "I-914-SA:R.19"));
    }

    @Test
    void r20_aFamilyMemberInTheUsSignsAndOneAbroadDoesNot() {
        assertThat(inUs(r -> at(r, "/applicantStatement").remove("familyMemberSignatureDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/familyMemberSignatureDate", "I-914-SA:5.7.date", "I-914-SA:R.20"));
        assertThat(abroad(r -> at(r, "/applicantStatement").put("familyMemberSignatureDate", "2026-02-01")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/familyMemberSignatureDate", "I-914-SA:5.7.date", "I-914-SA:R.20"));
        assertThat(abroad(r -> at(r, "/applicantStatement").remove("signature")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/signature", "I-914-SA:5.6.signature", "I-914-SA:R.20"));
    }

    @Test
    void r21_anInterpreterNamesTheSameLanguageAndSignsPart6() {
        assertThat(inUs(r -> at(r, "/applicantStatement").remove("interpreterLanguage")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/interpreterLanguage", "I-914-SA:5.1.B.language", "I-914-SA:R.21"));
        assertThat(inUs(r -> at(r, "/interpreter").put("certifiedLanguage", "French")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/interpreter/certifiedLanguage", "I-914-SA:6.cert.language", "I-914-SA:R.21"));
    }

    @Test
    void r22_aPreparerCompletesPart7() {
        assertThat(inUs(r -> r.remove("preparer")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/preparer", "I-914-SA:7", "I-914-SA:R.22"));
        assertThat(inUs(r -> at(r, "/preparer").put("statement", "ATTORNEY_OR_ACCREDITED_REPRESENTATIVE")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/preparer/representationBeyondPreparation", "I-914-SA:7.7.B.extent", "I-914-SA:R.22"));
    }

    @Test
    void r26_itemsTheFormAlwaysAsksForAreRequired() {
        assertThat(abroad(r -> at(r, "/familyMember").remove("otherNamesUsed")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/familyMember/otherNamesUsed", "I-914-SA:3.2.family", "I-914-SA:R.26"));
    }

    @Test
    void r27_part8IsHeadedByThePrincipalsNameAndANumber() {
        assertThat(inUs(r -> at(r, "/additionalInformation/principalName").put("givenName", "Lucy")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/additionalInformation/principalName/givenName", "I-914-SA:8.1.given", "I-914-SA:R.27"));
    }
}
