package org.govforms.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example of the specification produces exactly the violations it declares, and no others. */
class SpecExamplesValidationTest {

    private final GovFormsValidator validator =
            new GovFormsValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    static List<SpecExamples.Example> i589Examples() {
        return SpecExamples.examples("I589");
    }

    @ParameterizedTest
    @MethodSource("i589Examples")
    void producesExactlyTheDeclaredViolations(SpecExamples.Example example) {
        List<Violation> violations = validator.read(example.json(), I589Application.class).violations();

        assertThat(violations)
                .extracting(v -> new SpecExamples.Expected(v.getPointer(), v.getRule(), v.getSeverity().getValue()))
                .containsExactlyInAnyOrderElementsOf(example.expected());
        assertThat(violations).allSatisfy(v -> assertThat(v.getFormItem()).as(v.getPointer()).isNotBlank());
    }
}
