package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i914.I914Records.at;

/**
 * The I-914 rules that need the principal's stored application or the other supplements, as the pure
 * functions the server calls. The complete principal was 19 when she signed on 2026-01-15.
 */
class I914ContextRulesTest {

    private static I914Application principal(Consumer<ObjectNode> change) {
        return I914Records.read(I914Records.example("I914ApplicationComplete", change), I914Application.class);
    }

    /** The complete principal, born 2006-02-14, now signing on the given date. */
    private static I914Application principalSigningOn(String date) {
        return principal(r -> at(r, "/applicantStatement").put("signatureDate", date));
    }

    private static I914DerivativeApplication spouse(Consumer<ObjectNode> change) {
        return I914Records.read(I914Records.example("I914DerivativeComplete", change), I914DerivativeApplication.class);
    }

    /** A relative of the complete principal: the complete (spouse) example with another relationship and birth date. */
    private static I914DerivativeApplication relative(String relationship, String dateOfBirth, Consumer<ObjectNode> change) {
        return spouse(r -> {
            r.put("relationshipToPrincipal", relationship);
            at(r, "/familyMember").put("dateOfBirth", dateOfBirth).put("maritalStatus", "SINGLE");
            change.accept(r);
        });
    }

    private static List<String> rulesAndCodes(List<Violation> violations) {
        return violations.stream().map(v -> v.getPointer() + " " + v.getRule() + " " + v.getCode() + " " + v.getSeverity()).toList();
    }

    @Test
    void theCompleteRecordsAgreeWithEachOther() {
        I914Application principal = principal(r -> { });
        assertThat(I914ContextRules.ofApplication(principal, List.of(spouse(r -> { })))).isEmpty();
        assertThat(I914ContextRules.ofDerivative(spouse(r -> { }), principal, List.of())).isEmpty();
        I914LawEnforcementDeclaration declaration = I914Records.read(
                I914Records.example("I914DeclarationComplete", r -> { }), I914LawEnforcementDeclaration.class);
        assertThat(I914ContextRules.ofDeclaration(declaration, principal)).isEmpty();
    }

    @Test
    void i914R20_applyingForFamilyMembersNowWarnsUntilASupplementAIsFiled() {
        I914Application applyingNow = principal(r -> at(r, "/eligibility").put("applyingForFamilyMembersNow", true));
        assertThat(rulesAndCodes(I914ContextRules.familyMembersApplied(applyingNow, List.of())))
                .containsExactly("/eligibility/applyingForFamilyMembersNow I-914:R.20 SUPPLEMENT_A_NOT_FILED warning");
        assertThat(I914ContextRules.familyMembersApplied(applyingNow, List.of(spouse(r -> { })))).isEmpty();
        assertThat(I914ContextRules.familyMembersApplied(principal(r -> { }), List.of())).isEmpty();
        assertThat(I914ContextRules.familyMembersApplied(applyingNow, List.of()).get(0).getFormItem()).isEqualTo("I-914:3.11");
    }

    @Test
    void i914R36_childrenAndSiblingsAreUnmarriedAndADerivativesChildNeedsAPresentDanger() {
        I914Application principal = principal(r -> { });
        assertThat(I914ContextRules.relativeIsUnmarried(relative("CHILD", "2024-01-20", r -> { }))).isEmpty();
        assertThat(rulesAndCodes(I914ContextRules.relativeIsUnmarried(
                relative("CHILD", "2008-01-20", r -> at(r, "/familyMember").put("maritalStatus", "MARRIED")))))
                .containsExactly("/familyMember/maritalStatus I-914:R.36 RELATIVE_MARRIED error");
        assertThat(I914ContextRules.relativeIsUnmarried(spouse(r -> { }))).isEmpty();

        I914DerivativeApplication grandchild = spouse(r -> r.<ObjectNode>without("relationshipToPrincipal").put("relationshipToDerivative", "CHILD_OF_CHILD"));
        assertThat(rulesAndCodes(I914ContextRules.childOfDerivativeFacesDanger(grandchild)))
                .containsExactly("/relationshipToDerivative I-914:R.36 PRESENT_DANGER_DECIDED_BY_USCIS warning");
        assertThat(I914ContextRules.ofDerivative(grandchild, principal, List.of())).extracting(Violation::getRule)
                .containsExactly("I-914:R.36");
    }

    @Test
    void saR3_parentsAndSiblingsOfAPrincipalOf21OrOlderAreAWarning() {
        I914DerivativeApplication parent = relative("PARENT", "1980-05-05", r -> { });
        assertThat(I914ContextRules.parentOrSiblingByPrincipalsAge(parent, principalSigningOn("2027-02-13"))).isEmpty();
        assertThat(rulesAndCodes(I914ContextRules.parentOrSiblingByPrincipalsAge(parent, principalSigningOn("2027-02-14"))))
                .containsExactly("/relationshipToPrincipal I-914-SA:R.3 PRESENT_DANGER_DECIDED_BY_USCIS warning");
        assertThat(I914ContextRules.parentOrSiblingByPrincipalsAge(spouse(r -> { }), principalSigningOn("2040-01-01"))).isEmpty();
    }

    @Test
    void saR25_agesAreFixedOnThePrincipalsFilingDate() {
        I914Application principal = principal(r -> { });
        // 17 when the principal filed on 2026-01-15; 18 by now: still eligible
        I914DerivativeApplication sibling = relative("UNMARRIED_SIBLING_UNDER_18", "2008-06-01", r -> { });
        assertThat(I914ContextRules.ageFixedAtFiling(sibling, principal)).isEmpty();
        assertThat(rulesAndCodes(I914ContextRules.ageFixedAtFiling(
                relative("UNMARRIED_SIBLING_UNDER_18", "2008-01-15", r -> { }), principal)))
                .containsExactly("/familyMember/dateOfBirth I-914-SA:R.25 RELATIVE_TOO_OLD_AT_FILING error");
        assertThat(I914ContextRules.ageFixedAtFiling(relative("CHILD", "2005-01-16", r -> { }), principal)).isEmpty();
        assertThat(I914ContextRules.ageFixedAtFiling(relative("CHILD", "2005-01-15", r -> { }), principal))
                .extracting(Violation::getFormItem).containsExactly("I-914-SA:3.11");
    }

    @Test
    void saR5AndI914R37_aDerivativesChildIsApprovedOnlyAfterItsParent() {
        I914DerivativeApplication approvedChild = spouse(r -> r.<ObjectNode>without("relationshipToPrincipal")
                .put("relationshipToDerivative", "CHILD_OF_SPOUSE").put("uscisDecision", "APPROVED"));
        I914DerivativeApplication pendingSpouse = spouse(r -> { });
        I914DerivativeApplication approvedSpouse = spouse(r -> r.put("uscisDecision", "APPROVED"));

        assertThat(rulesAndCodes(I914ContextRules.parentApprovedFirst(approvedChild, List.of(pendingSpouse))))
                .containsExactly("/uscisDecision I-914-SA:R.5 PARENT_SUPPLEMENT_A_NOT_APPROVED error");
        assertThat(I914ContextRules.parentApprovedFirst(approvedChild, List.of(approvedSpouse))).isEmpty();
        assertThat(I914ContextRules.parentApprovedFirst(spouse(r -> r.<ObjectNode>without("relationshipToPrincipal")
                .put("relationshipToDerivative", "CHILD_OF_SPOUSE")), List.of(pendingSpouse))).isEmpty();

        assertThat(rulesAndCodes(I914ContextRules.derivativeChildrenApprovedAfterParents(List.of(pendingSpouse, approvedChild))))
                .containsExactly("/eligibility/applyingForFamilyMembersNow I-914:R.37 DERIVATIVE_CHILD_APPROVED_BEFORE_PARENT warning");
        assertThat(I914ContextRules.derivativeChildrenApprovedAfterParents(List.of(approvedSpouse, approvedChild))).isEmpty();
    }

    @Test
    void i914R43_everyFamilyMemberInTheUsHasSignedTheirSupplementA() {
        I914DerivativeApplication unsigned = spouse(r -> at(r, "/applicantStatement").remove("familyMemberSignature"));
        assertThat(rulesAndCodes(I914ContextRules.familyMembersInUsSigned(List.of(spouse(r -> { }), unsigned))))
                .containsExactly("/eligibility/applyingForFamilyMembersNow I-914:R.43 FAMILY_MEMBER_IN_US_NOT_SIGNED warning");
        I914DerivativeApplication abroad = I914Records.read(I914Records.example("I914DerivativeMinimal", r -> { }),
                I914DerivativeApplication.class);
        assertThat(I914ContextRules.familyMembersInUsSigned(List.of(abroad))).isEmpty();
    }

    @Test
    void saR1_thePrincipalIsTheStoredApplicantAndEachFamilyMemberHasOneSupplement() {
        I914Application principal = principal(r -> { });
        assertThat(rulesAndCodes(I914ContextRules.principalMatches(spouse(r -> at(r, "/principal").put("dateOfBirth", "2006-02-15")), principal)))
                .containsExactly("/principal/dateOfBirth I-914-SA:R.1 PRINCIPAL_DIFFERS_FROM_APPLICATION error");
        assertThat(I914ContextRules.principalMatches(spouse(r -> at(r, "/principal/name").put("familyName", "Reyes")), principal))
                .extracting(Violation::getPointer, Violation::getFormItem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/principal/name/familyName", "I-914-SA:2.1.family"));
        assertThat(I914ContextRules.principalMatches(spouse(r -> at(r, "/principal").remove("alienRegistrationNumber")), principal)).isEmpty();

        assertThat(rulesAndCodes(I914ContextRules.oneSupplementPerFamilyMember(spouse(r -> { }), List.of(spouse(r -> { })))))
                .containsExactly("/familyMember/name I-914-SA:R.1 FAMILY_MEMBER_ALREADY_APPLIED_FOR error");
        assertThat(I914ContextRules.oneSupplementPerFamilyMember(spouse(r -> { }),
                List.of(relative("CHILD", "2024-01-20", r -> at(r, "/familyMember/name").put("givenName", "Sofia"))))).isEmpty();
    }

    @Test
    void saR6_aSupplementAIsFiledWhileTheApplicationIsPendingOrApproved() {
        assertThat(I914ContextRules.filedWhilePendingOrApproved(spouse(r -> at(r, "/principal").put("applicationStatus", "FILED_TOGETHER")),
                principal(r -> { }))).isEmpty();
        assertThat(rulesAndCodes(I914ContextRules.filedWhilePendingOrApproved(spouse(r -> { }), principal(r -> r.put("uscisDecision", "DENIED")))))
                .containsExactly("/principal/applicationStatus I-914-SA:R.6 PRINCIPAL_APPLICATION_DENIED error");
        assertThat(rulesAndCodes(I914ContextRules.filedWhilePendingOrApproved(spouse(r -> { }), principal(r -> r.put("uscisDecision", "APPROVED")))))
                .containsExactly("/principal/applicationStatus I-914-SA:R.6 APPLICATION_STATUS_DIFFERS error");
        assertThat(I914ContextRules.filedWhilePendingOrApproved(spouse(r -> at(r, "/principal").put("applicationStatus", "APPROVED")),
                principal(r -> r.put("uscisDecision", "APPROVED")))).isEmpty();
    }

    @Test
    void sbR1_theDeclarationDescribesTheStoredApplicant() {
        I914LawEnforcementDeclaration other = I914Records.read(I914Records.example("I914DeclarationMinimal", r -> { }),
                I914LawEnforcementDeclaration.class);
        assertThat(rulesAndCodes(I914ContextRules.victimMatches(other, principal(r -> { }))))
                .containsExactly("/victim/name/familyName I-914-SB:R.1 VICTIM_DIFFERS_FROM_APPLICATION error",
                        "/victim/name/givenName I-914-SB:R.1 VICTIM_DIFFERS_FROM_APPLICATION error",
                        "/victim/dateOfBirth I-914-SB:R.1 VICTIM_DIFFERS_FROM_APPLICATION error");
        assertThat(I914ContextRules.victimMatches(other, principal(r -> { })).get(2).getFormItem()).isEqualTo("I-914-SB:1.3");
    }
}
