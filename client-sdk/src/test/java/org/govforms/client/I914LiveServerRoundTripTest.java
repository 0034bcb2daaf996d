package org.govforms.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's I-914 accessors against the real reference server, started on a random port with its development key. */
class I914LiveServerRoundTripTest {

    private static final List<String> SERVER_SET = List.of("id", "principalApplicationId", "createdAt", "updatedAt");

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

    @Test
    void theThreeCompleteExamplesRoundTripUnchanged() throws Exception {
        I914Application principal = read("I914ApplicationComplete", I914Application.class);
        I914Application created = client.i914Applications().create(principal);
        assertThat(client.i914Applications().get(created.getId())).isEqualTo(created);
        assertUnchanged(created, "I914ApplicationComplete");

        I914Derivatives derivatives = client.i914Applications().derivatives(created.getId());
        I914DerivativeApplication derivative = derivatives.create(read("I914DerivativeComplete", I914DerivativeApplication.class));
        assertThat(derivative.getPrincipalApplicationId()).isEqualTo(created.getId());
        assertThat(derivatives.get(derivative.getId())).isEqualTo(derivative);
        assertUnchanged(derivative, "I914DerivativeComplete");
        assertThat(derivatives.list(100, null).getItems()).containsExactly(derivative);

        I914LawEnforcementDeclarations declarations = client.i914Applications().lawEnforcementDeclarations(created.getId());
        I914LawEnforcementDeclaration declaration = declarations.create(
                read("I914DeclarationComplete", I914LawEnforcementDeclaration.class));
        assertThat(declarations.get(declaration.getId())).isEqualTo(declaration);
        assertUnchanged(declaration, "I914DeclarationComplete");
        assertThat(declarations.list(100, null).getItems()).containsExactly(declaration);
    }

    @Test
    void replaceListAndValidateWorkForEachRecord() throws Exception {
        I914Application minimal = read("I914ApplicationMinimal", I914Application.class);
        UUID id = client.i914Applications().create(minimal).getId();
        minimal.getApplicant().setMaritalStatus(org.govforms.model.I914Applicant.MaritalStatusEnum.DIVORCED);
        assertThat(client.i914Applications().replace(id, minimal).getApplicant().getMaritalStatus())
                .isEqualTo(org.govforms.model.I914Applicant.MaritalStatusEnum.DIVORCED);
        assertThat(client.i914Applications().list(100, null).getItems()).extracting(I914Application::getId).contains(id);

        I914Derivatives derivatives = client.i914Applications().derivatives(id);
        I914DerivativeApplication child = read("I914DerivativeMinimal", I914DerivativeApplication.class);
        UUID childId = derivatives.create(child).getId();
        child.getFamilyMember().setOfficeCity("Hanoi");
        assertThat(derivatives.replace(childId, child).getFamilyMember().getOfficeCity()).isEqualTo("Hanoi");

        I914DerivativeApplication invalid = read("I914DerivativeInvalidOutsideUs", I914DerivativeApplication.class);
        ValidationReport alone = client.i914Applications().validateDerivative(invalid);
        assertThat(alone.getValid()).isFalse();
        assertThat(alone.getViolations()).isEqualTo(client.validator().validate(invalid));
        // against the principal's application: this family member already has a Supplement A there
        assertThat(derivatives.validate(child).getViolations()).extracting(v -> v.getRule()).containsExactly("I-914-SA:R.1");
        assertThat(client.i914Applications().validateDerivative(child).getValid()).isTrue();

        I914LawEnforcementDeclaration declaration = read("I914DeclarationMinimal", I914LawEnforcementDeclaration.class);
        assertThat(client.i914Applications().lawEnforcementDeclarations(id).validate(declaration).getValid()).isTrue();
        assertThat(client.i914Applications().validateLawEnforcementDeclaration(declaration).getValid()).isTrue();
    }

    @Test
    void theServersRejectionsArriveWithTheirViolations() throws Exception {
        UUID id = client.i914Applications().create(read("I914ApplicationComplete", I914Application.class)).getId();
        I914LawEnforcementDeclaration otherVictim = read("I914DeclarationMinimal", I914LawEnforcementDeclaration.class);

        assertThatThrownBy(() -> client.i914Applications().lawEnforcementDeclarations(id).create(otherVictim))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.getRule()).containsOnly("I-914-SB:R.1");
                });
        assertThatThrownBy(() -> client.i914Applications().derivatives(UUID.randomUUID()).list(10, null))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(client.rules("I-914-SA").getRules()).hasSize(27);
    }

    private static <T> T read(String example, Class<T> type) throws Exception {
        return SpecExamples.json().readValue(SpecExamples.example(example).json(), type);
    }

    private static void assertUnchanged(Object stored, String example) {
        ObjectNode tree = SpecExamples.json().valueToTree(stored);
        tree.remove(SERVER_SET);
        assertThat((JsonNode) tree).isEqualTo(SpecExamples.example(example).value());
    }
}
