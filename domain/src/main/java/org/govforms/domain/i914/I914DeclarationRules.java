package org.govforms.domain.i914;

import java.util.List;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.I914LawEnforcementDeclaration;

import static org.govforms.domain.rules.RecordRule.error;

/** The rules of Form I-914 Supplement B (a law-enforcement declaration) that its schema cannot say. */
public final class I914DeclarationRules {

    static final RecordRule<I914LawEnforcementDeclaration> SEX_OF_EDITION = error("I-914-SB:R.10", "SEX_NOT_ON_EDITION",
            "The 01/20/25 edition prints Sex with Male and Female only; the third choice belongs to the 04/01/24 and 07/08/2024 editions.",
            I914LawEnforcementDeclaration.class, (declaration, findings) -> {
                RecordTree tree = RecordTree.of(declaration);
                if (tree.is("/formEdition", I914Rules.EDITION_2025) && tree.is("/victim/sex", "X")) {
                    findings.at("/victim/sex");
                }
            });

    public static final List<RecordRule<?>> ALL = List.of(SEX_OF_EDITION);

    private I914DeclarationRules() {
    }
}
