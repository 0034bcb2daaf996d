package org.govforms.client;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.rules.RuleCatalogue;
import org.govforms.model.ExternalAudit;
import org.govforms.model.I589Application;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Rule;
import org.govforms.model.ValidationReport;
import org.govforms.model.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * client.validator() gives exactly the server's violations, for every example and invalid variant of every
 * record family in the spec. The server also checks context rules (other stored records, today's date),
 * which no client can see: those, and only those, may be in the server's answer alone.
 */
class LocalValidationTest {

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.load();

    /** Each record type with the SDK call that asks the server to validate it. */
    private static final Map<Class<?>, BiFunction<GovFormsClient, Object, ValidationReport>> SERVER = Map.of(
            I589Application.class, (client, r) -> client.i589Applications().validate((I589Application) r),
            I914Application.class, (client, r) -> client.i914Applications().validate((I914Application) r),
            I914DerivativeApplication.class,
            (client, r) -> client.i914Applications().validateDerivative((I914DerivativeApplication) r),
            I914LawEnforcementDeclaration.class, (client, r) ->
                    client.i914Applications().validateLawEnforcementDeclaration((I914LawEnforcementDeclaration) r),
            ProfessionalJudgmentRecord.class,
            (client, r) -> client.professionalJudgmentRecords().validate((ProfessionalJudgmentRecord) r),
            ProfessionalJudgmentPolicy.class,
            (client, r) -> client.professionalJudgmentPolicies().validate((ProfessionalJudgmentPolicy) r),
            ExternalAudit.class, (client, r) -> client.externalAudits().validate((ExternalAudit) r));

    private static ReferenceServer server;
    private static GovFormsClient client;

    @BeforeAll
    static void startServer() {
        server = ReferenceServer.start();
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    record Case(SpecExamples.Example example, Class<?> type) {
        @Override
        public String toString() {
            return example.name();
        }
    }

    static Stream<Case> examples() {
        return SERVER.keySet().stream().flatMap(type ->
                SpecExamples.examplesOf(type.getSimpleName()).stream().map(example -> new Case(example, type)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void localValidationEqualsTheServers(Case example) {
        GovFormsValidator.Checked<?> local = client.validator().read(example.example().json(), example.type());
        if (local.record() == null) {
            assertThat(local.violations()).as("what cannot even be read is one violation").hasSize(1);
            return;
        }

        List<Violation> remote = SERVER.get(example.type()).apply(client, local.record()).getViolations();

        assertThat(local.violations()).isEqualTo(remote.stream().filter(v -> !isContextRule(v)).toList());
    }

    @Test
    void everyRecordFamilyHasExamplesIncludingInvalidOnes() {
        assertThat(examples().map(Case::type).distinct()).containsExactlyInAnyOrderElementsOf(SERVER.keySet());
        assertThat(examples().filter(c -> c.example().hasErrors()).map(Case::type).distinct())
                .containsExactlyInAnyOrderElementsOf(SERVER.keySet());
    }

    private static boolean isContextRule(Violation violation) {
        return CATALOGUE.find(violation.getRule()).map(Rule::getCheck).filter(check -> check == Rule.CheckEnum.CONTEXT)
                .isPresent();
    }
}
