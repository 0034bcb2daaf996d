package org.govforms.domain.i589;

import java.util.List;
import java.util.function.Function;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I589Application;
import org.govforms.model.I589Declaration;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Parts D to G and of the supplement headers: who signs, who prepared, and who they are. */
final class I589SignatureRules {

    static final RecordRule<I589Application> ASSISTANTS_NAMED = error("I-589:R.46", "FAMILY_ASSISTANTS_DISAGREE",
            "Name each family member who assisted, with the relationship, exactly when you answer that your spouse, "
                    + "parent or children assisted you.",
            I589Application.class, (application, findings) -> {
                I589Declaration declaration = application.getDeclaration();
                if (declaration == null || declaration.getAssistedByFamily() == null) {
                    return;
                }
                boolean named = declaration.getFamilyAssistants() != null && !declaration.getFamilyAssistants().isEmpty();
                if (declaration.getAssistedByFamily() != named) {
                    findings.at("/declaration/familyAssistants");
                }
            });

    static final RecordRule<I589Application> PREPARER_DECLARES = error("I-589:R.47", "PREPARER_DISAGREES",
            "Complete Part E exactly when someone other than your spouse, parent or children prepared the application "
                    + "(Part D), and leave it out otherwise.",
            I589Application.class, (application, findings) -> {
                I589Declaration declaration = application.getDeclaration();
                if (declaration != null && declaration.getPreparedBySomeoneElse() != null
                        && declaration.getPreparedBySomeoneElse() != (application.getPreparer() != null)) {
                    findings.at("/preparer");
                }
            });

    static final RecordRule<I589Application> SIGNED_BY_THE_APPLICANT = error("I-589:R.49", "NAME_IS_NOT_THE_APPLICANTS",
            "Part D is signed by the applicant of Part A.I: print the applicant's first and last name.",
            I589Application.class, (application, findings) -> {
                I589Declaration declaration = application.getDeclaration();
                if (declaration != null && !I589Signatures.namesTheApplicant(application, declaration.getPrintedName())) {
                    findings.at("/declaration/printedName");
                }
            });

    static final RecordRule<I589Application> INTERVIEW_CORRECTIONS = corrections("/asylumInterview",
            application -> application.getAsylumInterview() == null ? null
                    : new Integer[] {application.getAsylumInterview().getCorrectionsFrom(), application.getAsylumInterview().getCorrectionsTo()});

    static final RecordRule<I589Application> HEARING_CORRECTIONS = corrections("/removalHearing",
            application -> application.getRemovalHearing() == null ? null
                    : new Integer[] {application.getRemovalHearing().getCorrectionsFrom(), application.getRemovalHearing().getCorrectionsTo()});

    static final RecordRule<I589Application> SUPPLEMENT_A_IDENTIFIES_APPLICANT = error("I-589:R.54", "SUPPLEMENT_A_NAMES_ANOTHER_PERSON",
            "Supplement A's header identifies the applicant of Part A.I: the same first and last name, and one of the A-Numbers of item 1.",
            I589Application.class, (application, findings) -> {
                if (application.getSupplementA() != null) {
                    header(application, findings, "/supplementA", application.getSupplementA().getApplicantName(),
                            application.getSupplementA().getAlienRegistrationNumber());
                }
            });

    static final RecordRule<I589Application> SUPPLEMENT_B_IDENTIFIES_APPLICANT = error("I-589:R.54", "SUPPLEMENT_B_NAMES_ANOTHER_PERSON",
            "Supplement B's header identifies the applicant of Part A.I: the same first and last name, and one of the A-Numbers of item 1.",
            I589Application.class, (application, findings) -> {
                if (application.getSupplementB() != null) {
                    header(application, findings, "/supplementB", application.getSupplementB().getApplicantName(),
                            application.getSupplementB().getAlienRegistrationNumber());
                }
            });

    static final List<RecordRule<?>> ALL = List.of(
            ASSISTANTS_NAMED,
            PREPARER_DECLARES,
            SIGNED_BY_THE_APPLICANT,
            INTERVIEW_CORRECTIONS,
            HEARING_CORRECTIONS,
            SUPPLEMENT_A_IDENTIFIES_APPLICANT,
            SUPPLEMENT_B_IDENTIFIES_APPLICANT);

    private I589SignatureRules() {
    }

    /** Part F or G: a corrections range gives both numbers, the first not greater than the last. */
    private static RecordRule<I589Application> corrections(String part, Function<I589Application, Integer[]> range) {
        String code = part.equals("/asylumInterview") ? "INTERVIEW_CORRECTIONS_RANGE" : "HEARING_CORRECTIONS_RANGE";
        return error("I-589:R.51", code,
                "A corrections range gives the first and the last number of the corrections, the first not greater than the last.",
                I589Application.class, (application, findings) -> {
                    Integer[] fromTo = range.apply(application);
                    if (fromTo == null || fromTo[0] == null && fromTo[1] == null) {
                        return;
                    }
                    if (fromTo[0] == null) {
                        findings.at(part + "/correctionsFrom");
                    } else if (fromTo[1] == null || fromTo[0] > fromTo[1]) {
                        findings.at(part + "/correctionsTo");
                    }
                });
    }

    private static void header(I589Application application, RecordRule.Findings findings, String supplement, String name,
                               String alienRegistrationNumber) {
        if (!I589Signatures.namesTheApplicant(application, name)) {
            findings.at(supplement + "/applicantName");
        }
        List<String> numbers = application.getApplicant() == null || application.getApplicant().getAlienRegistrationNumbers() == null
                ? List.of() : application.getApplicant().getAlienRegistrationNumbers();
        if (alienRegistrationNumber != null && !numbers.contains(alienRegistrationNumber)) {
            findings.at(supplement + "/alienRegistrationNumber");
        }
    }
}
