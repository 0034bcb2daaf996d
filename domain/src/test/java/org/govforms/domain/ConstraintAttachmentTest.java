package org.govforms.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.govforms.domain.rules.FormRule;
import org.govforms.model.I589Application;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The form rules reach any plain Bean Validation bootstrap through the domain jar's validation.xml. */
class ConstraintAttachmentTest {

    @Test
    void aDefaultBootstrapRunsTheFormRulesOnTheGeneratedModels() throws Exception {
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589InvalidTravelDocument").json(), I589Application.class);
        assertThat(I589Application.class.getAnnotation(FormRule.class)).as("generated code is untouched").isNull();

        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<I589Application>> violations = validator.validate(application);

            assertThat(violations).extracting(v -> ((FormRule) v.getConstraintDescriptor().getAnnotation()).rule())
                    .containsOnly("I-589:R.8").hasSize(2);
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("applicant.passportNumber", "applicant.travelDocumentExpirationDate");
        }
    }

    @Test
    void warningsAreKeptOutOfTheDefaultGroupSoTheyNeverBlockStoring() throws Exception {
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589PoBoxResidence").json(), I589Application.class);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(application)).isEmpty();
            assertThat(factory.getValidator().validate(application, WarningChecks.class)).hasSize(1);
        }
    }
}
