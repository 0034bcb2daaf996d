package org.govforms.domain.i914;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govforms.domain.i914.I914Records.at;
import static org.govforms.domain.i914.I914Records.found;

/** The record rules of Supplement B, each with a valid and an invalid record. */
class I914DeclarationRulesTest {

    private static List<Violation> violations(Consumer<ObjectNode> change) {
        return I914Records.violations(I914Records.example("I914DeclarationComplete", change), I914LawEnforcementDeclaration.class);
    }

    @Test
    void theCompleteAndTheMinimalExamplesPassEveryRule() {
        assertThat(violations(r -> { })).isEmpty();
        assertThat(I914Records.violations(I914Records.example("I914DeclarationMinimal", r -> { }),
                I914LawEnforcementDeclaration.class)).isEmpty();
    }

    @Test
    void r6_aSupervisingOfficialSignsToo() {
        assertThat(violations(r -> at(r, "/certification").remove("supervisingOfficialSignature")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/certification/supervisingOfficialSignature", "I-914-SB:6.2.signature", "I-914-SB:R.6"));
    }

    @Test
    void r8_atLeastOneFormOfTraffickingIsSelected() {
        assertThat(violations(r -> at(r, "/statementOfClaim").putArray("formsOfTrafficking")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/statementOfClaim/formsOfTrafficking", "I-914-SB:3.1", "I-914-SB:R.8"));
    }

    @Test
    void r10_theThirdSexChoiceOnlyOnTheEarlierEditions() {
        assertThat(violations(r -> at(r, "/victim").put("sex", "X")))
                .extracting(Violation::getPointer, Violation::getFormItem, Violation::getRule)
                .containsExactly(found("/victim/sex", "I-914-SB:1.4", "I-914-SB:R.10"));
        for (String earlier : List.of("04/01/24", "07/08/2024")) {
            assertThat(violations(r -> {
                r.put("formEdition", earlier);
                at(r, "/victim").put("sex", "X");
            })).as(earlier).isEmpty();
        }
    }
}
