package org.govforms.server;

import jakarta.validation.Validator;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I589Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's own Bean Validation bootstrap picks up the domain's form rules, exactly as a plain one does. */
@SpringBootTest
class SpringValidatorTest {

    @Autowired
    Validator springValidator;

    @Test
    void springsValidatorRunsTheSameFormRulesAsThePlainBootstrap() throws Exception {
        for (SpecExamples.Example example : SpecExamples.examples("I589")) {
            I589Application application;
            try {
                application = SpecExamples.json().readValue(example.json(), I589Application.class);
            } catch (Exception unreadable) {
                continue;
            }
            assertThat(new GovFormsValidator(springValidator).validate(application)).as(example.name())
                    .isEqualTo(new GovFormsValidator().validate(application));
        }
        I589Application travelDocument = SpecExamples.json().readValue(
                SpecExamples.example("I589InvalidTravelDocument").json(), I589Application.class);
        assertThat(springValidator.validate(travelDocument)).hasSize(2);
    }
}
