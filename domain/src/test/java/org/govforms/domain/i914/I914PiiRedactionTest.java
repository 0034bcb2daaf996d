package org.govforms.domain.i914;

import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated I-914 models never print personal data: every such property carries x-pii. */
class I914PiiRedactionTest {

    @Test
    void theCompleteRecordsPrintNoPersonalValue() {
        String principal = I914Records.read(I914Records.example("I914ApplicationComplete", r -> { }), I914Application.class).toString();
        String derivative = I914Records.read(I914Records.example("I914DerivativeComplete", r -> { }),
                I914DerivativeApplication.class).toString();
        String declaration = I914Records.read(I914Records.example("I914DeclarationComplete", r -> { }),
                I914LawEnforcementDeclaration.class).toString();

        assertThat(principal).doesNotContain("Santos-Reyes", "Lucia", "987654320", "087654321", "2006-02-14",
                "Harbor View", "+14105550123", "A12345678", "98765432A10", "street vendor", "Mendoza", "Quezaltepeque");
        assertThat(derivative).doesNotContain("Andres", "876543219", "076543210", "2004-06-30", "B87654321", "Lopez");
        assertThat(declaration).doesNotContain("Santos-Reyes", "2006-02-14", "debt bondage", "Tomas", "Morgan Lee");
        assertThat(principal).contains("formEdition");
    }
}
