package org.govforms.domain.i914;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govforms.domain.Violations;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.Violation;

/**
 * The I-914 rules that need more than one record: a Supplement A or B against the principal's stored
 * application and the other supplements filed with it, and the principal's application against its
 * supplements. Pure functions: the caller (the server) passes the stored records in.
 */
public final class I914ContextRules {

    private static final String MORE_FAMILY = "/eligibility/applyingForFamilyMembersNow";
    private static final String APPROVED = "APPROVED";

    /** The Item 1 relationship of the parent of a derivative's child, by the Item 2 choice. */
    private static final Map<String, String> PARENT_RELATIONSHIP = Map.of(
            "CHILD_OF_SPOUSE", "SPOUSE",
            "CHILD_OF_CHILD", "CHILD",
            "CHILD_OF_PARENT", "PARENT",
            "CHILD_OF_UNMARRIED_SIBLING", "UNMARRIED_SIBLING_UNDER_18");

    private I914ContextRules() {
    }

    /** Every context rule of the principal's application, given the derivative applications filed with it. */
    public static List<Violation> ofApplication(I914Application principal, List<I914DerivativeApplication> derivatives) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(familyMembersApplied(principal, derivatives));
        violations.addAll(derivativeChildrenApprovedAfterParents(derivatives));
        violations.addAll(familyMembersInUsSigned(derivatives));
        return violations;
    }

    /**
     * Every context rule of a derivative application, given the principal's stored application and the other
     * derivative applications filed with it (without the one being replaced).
     */
    public static List<Violation> ofDerivative(I914DerivativeApplication derivative, I914Application principal,
                                               List<I914DerivativeApplication> others) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(principalMatches(derivative, principal));
        violations.addAll(oneSupplementPerFamilyMember(derivative, others));
        violations.addAll(filedWhilePendingOrApproved(derivative, principal));
        violations.addAll(relativeIsUnmarried(derivative));
        violations.addAll(childOfDerivativeFacesDanger(derivative));
        violations.addAll(parentOrSiblingByPrincipalsAge(derivative, principal));
        violations.addAll(ageFixedAtFiling(derivative, principal));
        violations.addAll(parentApprovedFirst(derivative, others));
        return violations;
    }

    /** Every context rule of a law-enforcement declaration, given the principal's stored application. */
    public static List<Violation> ofDeclaration(I914LawEnforcementDeclaration declaration, I914Application principal) {
        return victimMatches(declaration, principal);
    }

    /** The principal's filing date: the date the applicant signed the I-914 (Part 6 Item 6). */
    public static LocalDate filingDate(I914Application principal) {
        return RecordTree.of(principal).date("/applicantStatement/signatureDate");
    }

    /** I-914:R.20: Item 3.11 Yes asks for a Supplement A per family member; none is filed yet (a warning: they may follow). */
    public static List<Violation> familyMembersApplied(I914Application principal, List<I914DerivativeApplication> derivatives) {
        if (RecordTree.of(principal).isTrue(MORE_FAMILY) && derivatives.isEmpty()) {
            return List.of(Violations.of(I914Application.class, MORE_FAMILY, "I-914:R.20", true,
                    "SUPPLEMENT_A_NOT_FILED",
                    "Item 3.11 says you apply for family members now: file one Supplement A for each of them with this application."));
        }
        return List.of();
    }

    /** I-914:R.37: a derivative's child approved while no Supplement A of its parent's relationship is approved. */
    public static List<Violation> derivativeChildrenApprovedAfterParents(List<I914DerivativeApplication> derivatives) {
        for (I914DerivativeApplication derivative : derivatives) {
            RecordTree tree = RecordTree.of(derivative);
            if (tree.is("/uscisDecision", APPROVED) && tree.has("/relationshipToDerivative")
                    && !parentApproved(tree.text("/relationshipToDerivative"), derivatives)) {
                return List.of(Violations.of(I914Application.class, MORE_FAMILY, "I-914:R.37", true,
                        "DERIVATIVE_CHILD_APPROVED_BEFORE_PARENT",
                        "A Supplement A for a derivative's child is recorded as approved while its parent's Supplement A is not; USCIS approves the parent's first."));
            }
        }
        return List.of();
    }

    /** I-914:R.43: every family member applied for who is in the U.S. signs his or her Supplement A. */
    public static List<Violation> familyMembersInUsSigned(List<I914DerivativeApplication> derivatives) {
        for (I914DerivativeApplication derivative : derivatives) {
            RecordTree tree = RecordTree.of(derivative);
            if (tree.isTrue("/familyMember/livingInUnitedStates")
                    && !(tree.has("/applicantStatement/familyMemberSignature") && tree.has("/applicantStatement/familyMemberSignatureDate"))) {
                return List.of(Violations.of(I914Application.class, MORE_FAMILY, "I-914:R.43", true,
                        "FAMILY_MEMBER_IN_US_NOT_SIGNED",
                        "A family member applied for who is in the U.S. has not signed his or her Supplement A; have it signed and replace it."));
            }
        }
        return List.of();
    }

    /** I-914-SA:R.1: Part 2 describes the principal whose application the supplement is filed with. */
    public static List<Violation> principalMatches(I914DerivativeApplication derivative, I914Application principal) {
        RecordTree tree = RecordTree.of(derivative);
        RecordTree stored = RecordTree.of(principal);
        List<String> pointers = new ArrayList<>(I914Checks.differingNameParts(tree, "/principal/name", stored, "/applicant/name"));
        if (!same(tree.text("/principal/dateOfBirth"), stored.text("/applicant/dateOfBirth"))) {
            pointers.add("/principal/dateOfBirth");
        }
        String aNumber = tree.text("/principal/alienRegistrationNumber");
        String storedANumber = stored.text("/applicant/alienRegistrationNumber");
        if (aNumber != null && storedANumber != null && !aNumber.equals(storedANumber)) {
            pointers.add("/principal/alienRegistrationNumber");
        }
        return pointers.stream().map(pointer -> Violations.of(I914DerivativeApplication.class, pointer, "I-914-SA:R.1", false,
                "PRINCIPAL_DIFFERS_FROM_APPLICATION",
                "Part 2 describes the principal; it differs from the I-914 application this supplement is filed with.")).toList();
    }

    /** I-914-SA:R.1: one Supplement A per family member: no other one of this principal names the same person. */
    public static List<Violation> oneSupplementPerFamilyMember(I914DerivativeApplication derivative,
                                                               List<I914DerivativeApplication> others) {
        RecordTree tree = RecordTree.of(derivative);
        for (I914DerivativeApplication other : others) {
            RecordTree otherTree = RecordTree.of(other);
            if (I914Checks.differingNameParts(tree, "/familyMember/name", otherTree, "/familyMember/name").isEmpty()
                    && same(tree.text("/familyMember/dateOfBirth"), otherTree.text("/familyMember/dateOfBirth"))) {
                return List.of(Violations.of(I914DerivativeApplication.class, "/familyMember/name", "I-914-SA:R.1", false,
                        "FAMILY_MEMBER_ALREADY_APPLIED_FOR",
                        "A Supplement A for this family member is already filed with this application; replace that one instead."));
            }
        }
        return List.of();
    }

    /**
     * I-914-SA:R.6: a supplement is filed with the I-914, while it is pending, or while the principal holds T-1
     * status, and Item 2.4 says which.
     */
    public static List<Violation> filedWhilePendingOrApproved(I914DerivativeApplication derivative, I914Application principal) {
        String decision = RecordTree.of(principal).text("/uscisDecision");
        String status = RecordTree.of(derivative).text("/principal/applicationStatus");
        if ("DENIED".equals(decision)) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/principal/applicationStatus", "I-914-SA:R.6", false,
                    "PRINCIPAL_APPLICATION_DENIED",
                    "The principal's I-914 is denied: a Supplement A is filed only with it, while it is pending, or while the principal holds T-1 status."));
        }
        boolean approved = APPROVED.equals(decision);
        if (status != null && approved != APPROVED.equals(status)) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/principal/applicationStatus", "I-914-SA:R.6", false,
                    "APPLICATION_STATUS_DIFFERS",
                    approved ? "The principal's I-914 is approved: select Approved in Item 2.4."
                            : "The principal's I-914 is not approved yet: select Pending, or Filing together when filed with it."));
        }
        return List.of();
    }

    /** I-914:R.36: a child or a sibling applied for is unmarried. */
    public static List<Violation> relativeIsUnmarried(I914DerivativeApplication derivative) {
        RecordTree tree = RecordTree.of(derivative);
        String relationship = tree.text("/relationshipToPrincipal");
        if (("CHILD".equals(relationship) || "UNMARRIED_SIBLING_UNDER_18".equals(relationship))
                && tree.is("/familyMember/maritalStatus", "MARRIED")) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/familyMember/maritalStatus", "I-914:R.36", false,
                    "RELATIVE_MARRIED", "Only unmarried children and unmarried siblings are eligible family members."));
        }
        return List.of();
    }

    /** I-914:R.36: a derivative's child is eligible only when facing a present danger of retaliation, which USCIS decides. */
    public static List<Violation> childOfDerivativeFacesDanger(I914DerivativeApplication derivative) {
        if (RecordTree.of(derivative).has("/relationshipToDerivative")) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/relationshipToDerivative", "I-914:R.36", true,
                    "PRESENT_DANGER_DECIDED_BY_USCIS",
                    "A derivative's child is eligible only when facing a present danger of retaliation; include the evidence, USCIS decides."));
        }
        return List.of();
    }

    /**
     * I-914-SA:R.3: a parent or an unmarried sibling is eligible when the principal was under 21 at filing; at 21
     * or older only when facing a present danger of retaliation, which USCIS decides (a warning).
     */
    public static List<Violation> parentOrSiblingByPrincipalsAge(I914DerivativeApplication derivative, I914Application principal) {
        String relationship = RecordTree.of(derivative).text("/relationshipToPrincipal");
        Integer principalsAge = I914Checks.ageOn(RecordTree.of(principal).date("/applicant/dateOfBirth"), filingDate(principal));
        if (("PARENT".equals(relationship) || "UNMARRIED_SIBLING_UNDER_18".equals(relationship))
                && principalsAge != null && principalsAge >= 21) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/relationshipToPrincipal", "I-914-SA:R.3", true,
                    "PRESENT_DANGER_DECIDED_BY_USCIS",
                    "The principal was 21 or older at filing: a parent or sibling is eligible only when facing a present danger of retaliation; include the evidence, USCIS decides."));
        }
        return List.of();
    }

    /**
     * I-914-SA:R.25: ages are fixed on the principal's filing date: a child under 21 and a sibling under 18 then
     * stay eligible when they grow older before the decision.
     */
    public static List<Violation> ageFixedAtFiling(I914DerivativeApplication derivative, I914Application principal) {
        RecordTree tree = RecordTree.of(derivative);
        String relationship = tree.text("/relationshipToPrincipal");
        Integer age = I914Checks.ageOn(tree.date("/familyMember/dateOfBirth"), filingDate(principal));
        if (age == null) {
            return List.of();
        }
        if ("CHILD".equals(relationship) && age >= 21 || "UNMARRIED_SIBLING_UNDER_18".equals(relationship) && age >= 18) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/familyMember/dateOfBirth", "I-914-SA:R.25", false,
                    "RELATIVE_TOO_OLD_AT_FILING",
                    "On the principal's filing date a child must be under 21 and a sibling under 18; this family member was older."));
        }
        return List.of();
    }

    /** I-914-SA:R.5: a derivative's child is approved only after the parent's Supplement A. */
    public static List<Violation> parentApprovedFirst(I914DerivativeApplication derivative, List<I914DerivativeApplication> others) {
        RecordTree tree = RecordTree.of(derivative);
        if (tree.is("/uscisDecision", APPROVED) && tree.has("/relationshipToDerivative")
                && !parentApproved(tree.text("/relationshipToDerivative"), others)) {
            return List.of(Violations.of(I914DerivativeApplication.class, "/uscisDecision", "I-914-SA:R.5", false,
                    "PARENT_SUPPLEMENT_A_NOT_APPROVED",
                    "USCIS approves a derivative's child only after the parent's Supplement A; no such approved Supplement A is filed with this application."));
        }
        return List.of();
    }

    /** I-914-SB:R.1: Part 1 describes the victim whose I-914 the declaration is filed with. */
    public static List<Violation> victimMatches(I914LawEnforcementDeclaration declaration, I914Application principal) {
        RecordTree tree = RecordTree.of(declaration);
        RecordTree stored = RecordTree.of(principal);
        List<String> pointers = new ArrayList<>(I914Checks.differingNameParts(tree, "/victim/name", stored, "/applicant/name"));
        if (!same(tree.text("/victim/dateOfBirth"), stored.text("/applicant/dateOfBirth"))) {
            pointers.add("/victim/dateOfBirth");
        }
        String aNumber = tree.text("/victim/alienRegistrationNumber");
        String storedANumber = stored.text("/applicant/alienRegistrationNumber");
        if (aNumber != null && storedANumber != null && !aNumber.equals(storedANumber)) {
            pointers.add("/victim/alienRegistrationNumber");
        }
        return pointers.stream().map(pointer -> Violations.of(I914LawEnforcementDeclaration.class, pointer, "I-914-SB:R.1", false,
                "VICTIM_DIFFERS_FROM_APPLICATION",
                "Part 1 describes the victim; it differs from the I-914 application this declaration is filed with.")).toList();
    }

    private static boolean parentApproved(String childRelationship, List<I914DerivativeApplication> derivatives) {
        String parent = PARENT_RELATIONSHIP.get(childRelationship);
        return derivatives.stream().map(RecordTree::of)
                .anyMatch(other -> other.is("/relationshipToPrincipal", parent) && other.is("/uscisDecision", APPROVED));
    }

    private static boolean same(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
