package org.govforms.domain.fafsapj;

import java.util.List;
import org.govforms.domain.SpecExamples;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every FAFSA-PJ example of the specification produces exactly the violations it declares, and no others. */
class FafsaPjExamplesTest {

    static List<SpecExamples.Example> examples() {
        return SpecExamples.examples("FafsaPj");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void producesExactlyTheDeclaredViolations(SpecExamples.Example example) {
        Class<?> type = example.name().contains("Policy") ? ProfessionalJudgmentPolicy.class : ProfessionalJudgmentRecord.class;

        List<Violation> violations = FafsaPjTesting.VALIDATOR.read(example.json(), type).violations();

        assertThat(violations)
                .extracting(v -> new SpecExamples.Expected(v.getPointer(), v.getRule(), v.getSeverity().getValue()))
                .containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(violations).allSatisfy(v -> assertThat(v.getFormItem()).as(v.getPointer()).startsWith("FAFSA-PJ:"));
    }

    @Test
    void thereIsACompleteRecordPerRequestTypeAndInvalidVariants() {
        assertThat(examples()).extracting(SpecExamples.Example::name)
                .contains("FafsaPjCompleteSpecialCircumstance", "FafsaPjCompleteUnusualCircumstanceOverride",
                        "FafsaPjCompleteHomelessYouth", "FafsaPjCompleteFosterCareYouth",
                        "FafsaPjCompleteOtherIndependence", "FafsaPjCompleteDisasterUnemployment",
                        "FafsaPjMinimalSpecialCircumstance", "FafsaPjCompletePolicy");
        assertThat(examples()).filteredOn(SpecExamples.Example::hasErrors).hasSizeGreaterThanOrEqualTo(7);
    }
}
