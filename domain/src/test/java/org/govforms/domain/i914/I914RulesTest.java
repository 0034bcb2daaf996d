package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.govforms.model.I914Application;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i914.I914Records.at;
import static org.govforms.domain.i914.I914Records.found;

/**
 * The record rules of Form I-914, each shown with a valid and an invalid record. Records start from the
 * specification's complete example, which passes every rule, and change only what a rule is about.
 */
class I914RulesTest {

    private static List<Violation> violations(Consumer<ObjectNode> change) {
        return I914Records.violations(I914Records.example("I914ApplicationComplete", change), I914Application.class);
    }

    private static List<Violation> minimal(Consumer<ObjectNode> change) {
        return I914Records.violations(I914Records.example("I914ApplicationMinimal", change), I914Application.class);
    }

    @Test
    void theCompleteAndTheMinimalExamplesPassEveryRule() {
        assertThat(violations(r -> { })).isEmpty();
        assertThat(minimal(r -> { })).isEmpty();
    }

    @Test
    void r1_exactlyOnePurposeBoxAndTheEarlierReceiptNumber() {
        assertThat(violations(r -> at(r, "/purposeOfFiling").put("firstT1Filing", true)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/purposeOfFiling/previouslyFiledForT1", "I-914:1.B",
                        "I-914:R.1", "ONE_PURPOSE_BOX"));
        assertThat(violations(r -> at(r, "/purposeOfFiling").put("previouslyFiledForT1", false).remove("earlierReceiptNumber")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/purposeOfFiling/firstT1Filing", "I-914:1.A", "I-914:R.1"));
        assertThat(violations(r -> at(r, "/purposeOfFiling").remove("earlierReceiptNumber")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/purposeOfFiling/earlierReceiptNumber", "I-914:1.B.1", "I-914:R.1"));
        assertThat(violations(r -> at(r, "/purposeOfFiling").put("earlierReceiptNumber", "EAC123")))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/purposeOfFiling/earlierReceiptNumber", "I-914:R.1", "PATTERN_MISMATCH"));
    }

    @Test
    void r3_itemsTheFormAlwaysAsksForAreRequiredAndNoneIsAnEmptyList() {
        assertThat(violations(r -> at(r, "/applicant").putArray("otherNamesUsed"))).isEmpty();
        assertThat(violations(r -> at(r, "/applicant").remove("otherNamesUsed")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/otherNamesUsed", "I-914:2.2.family", "I-914:R.3"));
        assertThat(violations(r -> at(r, "/applicant").remove("maritalStatus")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/maritalStatus", "I-914:2.9", "I-914:R.3"));
    }

    @Test
    void r4_thePhysicalAddressIsNoPoBoxButTheSafeMailingAddressMayBe() {
        assertThat(violations(r -> at(r, "/applicant/safeMailingAddress").put("streetNumberAndName", "P.O. Box 12"))).isEmpty();
        List<Violation> found = violations(r -> at(r, "/applicant/physicalAddress").put("streetNumberAndName", "PO Box 12"));
        assertThat(found).extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/physicalAddress/streetNumberAndName", "I-914:2.3.street", "I-914:R.4"));
        assertThat(found.get(0).getSeverity()).isEqualTo(Violation.SeverityEnum.ERROR);
        assertThat(found.get(0).getMessage()).doesNotContain("12");
    }

    @Test
    void r5_identityNumbersAreOptionalInTheirFormat() {
        assertThat(violations(r -> at(r, "/applicant").remove(List.of("alienRegistrationNumber", "socialSecurityNumber", "i94Number"))))
                .isEmpty();
        assertThat(violations(r -> at(r, "/applicant").put("socialSecurityNumber", "12345678X")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/socialSecurityNumber", "I-914:2.7", "I-914:R.5"));
    }

    @Test
    void r6_eachRecordIsCheckedAgainstTheChoicesOfItsOwnEdition() {
        assertThat(violations(r -> at(r, "/applicant").put("sex", "X")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/sex", "I-914:2.8", "I-914:R.6", "SEX_NOT_ON_EDITION"));
        assertThat(violations(r -> {
            r.put("formEdition", "07/08/2024");
            at(r, "/applicant").put("sex", "X");
        })).isEmpty();
        assertThat(violations(r -> r.put("formEdition", "04/01/24")))
                .singleElement().satisfies(v -> {
                    assertThat(v.getPointer()).isEqualTo("/formEdition");
                    assertThat(v.getRule()).isEqualTo("schema:enum");
                    assertThat(v.getMessage()).isEqualTo("Use one of: 01/20/25, 07/08/2024.");
                });
    }

    @Test
    void r7_datesAreRealCalendarDates() {
        assertThat(violations(r -> at(r, "/applicant").put("dateOfBirth", "02/14/2006")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/applicant/dateOfBirth", "I-914:2.10", "I-914:R.7", "INVALID_DATE"));
    }

    @Test
    void r8_placeOfBirthGivesCityAndCountry() {
        assertThat(violations(r -> at(r, "/applicant/placeOfBirth").remove("stateOrProvince"))).isEmpty();
        assertThat(violations(r -> at(r, "/applicant/placeOfBirth").remove("country")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/placeOfBirth/country", "I-914:2.11.country", "I-914:R.8"));
    }

    @Test
    void r9_aStatelessApplicantExplainsItInPart9() {
        List<Violation> found = violations(r -> at(r, "/applicant").put("citizenshipOrNationality", "STATELESS"));
        assertThat(found).extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/citizenshipOrNationality", "I-914:2.12", "I-914:R.9"));
        assertThat(violations(r -> {
            at(r, "/applicant").put("citizenshipOrNationality", "STATELESS");
            ((com.fasterxml.jackson.databind.node.ArrayNode) r.at("/additionalInformation/entries")).addObject()
                    .put("pageNumber", "2").put("partNumber", "Part 2").put("itemNumber", "Item 12")
                    .put("additionalInformation", "No country recognizes me as a citizen.");
        })).isEmpty();
    }

    @Test
    void r10_aPassportNumberComesWithItsCountryAndIssueDate() {
        assertThat(violations(r -> at(r, "/applicant").put("passportExpirationDate", "2020-01-01"))).isEmpty();
        assertThat(violations(r -> at(r, "/applicant").remove(List.of("passportIssuingCountry", "passportIssueDate"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/passportIssueDate", "I-914:2.15", "I-914:R.10"),
                        found("/applicant/passportIssuingCountry", "I-914:2.14", "I-914:R.10"));
    }

    @Test
    void r11_theLastEntryIsGivenHoweverItHappened() {
        assertThat(violations(r -> at(r, "/applicant").remove("lastEntryDate")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/lastEntryDate", "I-914:2.18", "I-914:R.11"));
        assertThat(violations(r -> at(r, "/applicant").remove("i94Number"))).isEmpty();
    }

    @Test
    void r12_theCurrentStatusIsACodeOfTheDropDown() {
        assertThat(violations(r -> at(r, "/applicant").put("currentImmigrationStatus", "T1"))).isEmpty();
        assertThat(violations(r -> at(r, "/applicant").put("currentImmigrationStatus", "VISITOR")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicant/currentImmigrationStatus", "I-914:2.20", "I-914:R.12"));
    }

    @Test
    void r13_everyPart3QuestionIsAnswered() {
        assertThat(violations(r -> at(r, "/eligibility").remove("fearsExtremeHardshipUponRemoval")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/fearsExtremeHardshipUponRemoval", "I-914:3.4", "I-914:R.13"));
    }

    @Test
    void r14_aReportGivesTheOfficeAndNoReportItsCircumstances() {
        assertThat(violations(r -> at(r, "/eligibility").remove(List.of("reportingAgencyAndOffice", "reportingOfficeTelephoneNumber"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/reportingAgencyAndOffice", "I-914:3.5.agency", "I-914:R.14"),
                        found("/eligibility/reportingOfficeTelephoneNumber", "I-914:3.5.phone", "I-914:R.14"));
        assertThat(minimal(r -> at(r, "/eligibility").remove("circumstancesOfNotReporting")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/circumstancesOfNotReporting", "I-914:3.5.circumstances", "I-914:R.14"));
    }

    @Test
    void r16_nonComplianceAsAnAdultIsExplainedInPart9() {
        assertThat(violations(r -> at(r, "/eligibility").put("compliedWithReasonableRequests", false))).isEmpty();
        assertThat(violations(r -> at(r, "/eligibility").put("compliedWithReasonableRequests", false)
                .put("underEighteenAtTimeOfTrafficking", false)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/compliedWithReasonableRequests", "I-914:3.7", "I-914:R.16"));
    }

    @Test
    void r17_entriesOfThePastFiveYearsAreListed() {
        assertThat(violations(r -> at(r, "/eligibility").remove("entriesInPastFiveYears")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/entriesInPastFiveYears", "I-914:3.8.entries", "I-914:R.17"));
        assertThat(violations(r -> at(r, "/eligibility/entriesInPastFiveYears/1").put("entryDate", "2020-12-31")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule, Violation::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/eligibility/entriesInPastFiveYears/1/entryDate",
                        "I-914:3.8.1", "I-914:R.17", "ENTRY_OLDER_THAN_FIVE_YEARS"));
    }

    @Test
    void r18_theMostRecentArrivalIsExplainedInPart9() {
        assertThat(violations(r -> at(r, "/additionalInformation/entries/0").put("itemNumber", "8")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/eligibility/mostRecentEntryOnAccountOfTrafficking", "I-914:3.9", "I-914:R.18"));
    }

    @Test
    void r21_everyPart4QuestionIsAnsweredAndEachYesExplained() {
        assertThat(violations(r -> at(r, "/processingInformation").remove("stowaway")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/stowaway", "I-914:4.20", "I-914:R.21"));
        assertThat(violations(r -> at(r, "/processingInformation/stowaway").put("answer", true)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/stowaway/explanation", "I-914:4.20", "I-914:R.21"));
    }

    @Test
    void r22_aYesToItems1AToIAsksForTheTable() {
        assertThat(violations(r -> at(r, "/processingInformation").remove("arrestsCitationsAndCharges")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/arrestsCitationsAndCharges", "I-914:4.1.table.why", "I-914:R.22"));
        assertThat(violations(r -> at(r, "/processingInformation/arrestsCitationsAndCharges/0").remove("outcome")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/arrestsCitationsAndCharges/0/outcome", "I-914:4.1.table.outcome", "I-914:R.22"));
    }

    @Test
    void r23_aVisaDenialIsExplained() {
        assertThat(violations(r -> at(r, "/processingInformation").putObject("deniedVisaOrAdmission").put("answer", true)))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/processingInformation/deniedVisaOrAdmission/explanation", "I-914:4.9.E", "I-914:R.23"));
    }

    @Test
    void r24_aMarriedApplicantGivesTheSpouse() {
        assertThat(violations(r -> r.remove("spouse")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/spouse", "I-914:5", "I-914:R.24"));
        assertThat(violations(r -> {
            r.remove("spouse");
            at(r, "/applicant").put("maritalStatus", "DIVORCED");
        })).isEmpty();
    }

    @Test
    void r25_anInterpreterNamesTheLanguageAndSignsPart7() {
        assertThat(violations(r -> r.remove("interpreter")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/interpreter", "I-914:7", "I-914:R.25"));
        assertThat(violations(r -> at(r, "/interpreter").put("certifiedLanguage", "Portuguese")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/interpreter/certifiedLanguage", "I-914:7.cert.language", "I-914:R.25"));
        assertThat(violations(r -> at(r, "/interpreter").put("certifiedLanguage", " spanish "))).isEmpty();
    }

    @Test
    void r26_aPreparerIsNamedAndCompletesPart8() {
        assertThat(violations(r -> at(r, "/applicantStatement").remove("preparerName")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/preparerName", "I-914:6.2.preparer_name", "I-914:R.26"));
        assertThat(violations(r -> at(r, "/applicantStatement").remove(List.of("preparedByPreparer", "preparerName"))))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/applicantStatement/preparedByPreparer", "I-914:6.2", "I-914:R.26"));
    }

    @Test
    void r28_theInterpreterGivesNameAddressAndTelephone() {
        assertThat(violations(r -> at(r, "/interpreter").remove(List.of("businessName", "mobileTelephoneNumber", "emailAddress")))).isEmpty();
        assertThat(violations(r -> at(r, "/interpreter").remove("daytimeTelephoneNumber")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/interpreter/daytimeTelephoneNumber", "I-914:7.4", "I-914:R.28"));
    }

    @Test
    void r29_anAttorneyPreparerSaysHowFarTheRepresentationExtends() {
        assertThat(violations(r -> at(r, "/preparer").remove("representationBeyondPreparation")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/preparer/representationBeyondPreparation", "I-914:8.7.B.extent", "I-914:R.29"));
        assertThat(violations(r -> at(r, "/preparer").put("statement", "NOT_ATTORNEY").remove("representationBeyondPreparation"))).isEmpty();
    }

    @Test
    void r30_part9IsHeadedByTheApplicantsNameAndANumber() {
        assertThat(violations(r -> at(r, "/additionalInformation/applicantName").put("familyName", "Santos")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/additionalInformation/applicantName/familyName", "I-914:9.1.family", "I-914:R.30"));
        assertThat(violations(r -> at(r, "/additionalInformation").put("alienRegistrationNumber", "000000001")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/additionalInformation/alienRegistrationNumber", "I-914:9.2", "I-914:R.30"));
        assertThat(violations(r -> at(r, "/additionalInformation/entries/0").remove("pageNumber")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/additionalInformation/entries/0/pageNumber", "I-914:9.3.A", "I-914:R.30"));
    }
}
