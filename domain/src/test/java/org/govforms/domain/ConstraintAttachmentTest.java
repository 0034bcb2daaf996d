package org.govforms.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.govforms.domain.rules.FormRule;
import org.govforms.model.I589Application;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The form rules live on GovForms' own validator, registered in code: the domain jar configures no host's Bean
 * Validation (no META-INF/validation.xml), and a host's own validation.xml changes nothing of GovForms'.
 */
class ConstraintAttachmentTest {

    @TempDir
    Path hostClasses;

    @Test
    void govFormsOwnValidatorRunsTheFormRulesOnTheGeneratedModels() throws Exception {
        I589Application application = travelDocumentWithoutExpiry();
        assertThat(I589Application.class.getAnnotation(FormRule.class)).as("generated code is untouched").isNull();

        try (ValidatorFactory factory = GovFormsValidator.newValidatorFactory(Clock.systemUTC())) {
            Set<ConstraintViolation<I589Application>> violations = factory.getValidator().validate(application);

            assertThat(violations).extracting(v -> ((FormRule) v.getConstraintDescriptor().getAnnotation()).rule())
                    .containsOnly("I-589:R.8").hasSize(2);
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("applicant.passportNumber", "applicant.travelDocumentExpirationDate");
        }
    }

    @Test
    void aHostsOwnBootstrapKnowsNothingOfTheFormRules() throws Exception {
        assertThat(getClass().getClassLoader().getResource("META-INF/validation.xml")).as("no jar configures its host").isNull();
        try (ValidatorFactory host = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            assertThat(host.getValidator().validate(travelDocumentWithoutExpiry())).isEmpty();
        }
    }

    @Test
    void aHostsValidationXmlFirstOnTheClassPathChangesNothingOfGovForms() throws Exception {
        Files.createDirectories(hostClasses.resolve("META-INF"));
        Files.writeString(hostClasses.resolve("META-INF/validation.xml"), """
                <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration" version="3.0">
                    <message-interpolator>com.example.host.NoSuchInterpolator</message-interpolator>
                </validation-config>
                """);
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader host = new URLClassLoader(new URL[]{hostClasses.toUri().toURL()}, original)) {
            Thread.currentThread().setContextClassLoader(host);
            assertThatThrownBy(Validation::buildDefaultValidatorFactory).as("the host's bootstrap reads its own file");

            assertThat(new GovFormsValidator().validate(travelDocumentWithoutExpiry()))
                    .extracting(v -> v.getRule()).containsOnly("I-589:R.8").hasSize(2);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    @Test
    void warningsAreKeptOutOfTheDefaultGroupSoTheyNeverBlockStoring() throws Exception {
        I589Application application = SpecExamples.json().readValue(
                SpecExamples.example("I589PoBoxResidence").json(), I589Application.class);
        try (ValidatorFactory factory = GovFormsValidator.newValidatorFactory(Clock.systemUTC())) {
            assertThat(factory.getValidator().validate(application)).isEmpty();
            assertThat(factory.getValidator().validate(application, WarningChecks.class)).hasSize(1);
        }
    }

    private static I589Application travelDocumentWithoutExpiry() throws Exception {
        return SpecExamples.json().readValue(SpecExamples.example("I589InvalidTravelDocument").json(), I589Application.class);
    }
}
