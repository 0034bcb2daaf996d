package org.govforms.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.govforms.domain.SpecExamples;
import org.govforms.server.store.RecordStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The I-914 application, its derivative applications (Supplement A) and law-enforcement declarations
 * (Supplement B) over real HTTP, with the context rules the server checks against the stored records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "govforms.tenants[0].id=development",
        "govforms.tenants[0].api-key-sha256[0]=93b554ee9dcac889196b87cc43bf864423f52598347f9f6634359f01b31045b1",
        // sha-256 of "other-tenant-key"
        "govforms.tenants[1].id=other",
        "govforms.tenants[1].api-key-sha256[0]=27c05ce3f2f50102dce55afe0f1b96f1a354c6d2b80a6e54bbe4b3bc02b954de"})
class I914ApplicationsApiTest {

    private static final String APPLICATIONS = "/v1/i914-applications";
    private static final String MISSING = "/7d9f3c52-8a0e-4d47-9a43-3c1e8b1f2a10";

    @LocalServerPort
    int port;

    @Autowired
    RecordStore store;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, Api.DEV_KEY);
    }

    @Test
    void theThreeCompleteRecordsAreStoredReadAndListedUnchanged() {
        SpecExamples.Example principal = SpecExamples.example("I914ApplicationComplete");
        Api.Answer created = api.post(APPLICATIONS, principal.json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(APPLICATIONS + "/" + id);
        assertThat(withoutServerProperties(created.json())).isEqualTo(principal.value());
        assertThat(api.get(APPLICATIONS + "/" + id).json()).isEqualTo(created.json());
        assertThat(ids(APPLICATIONS)).contains(id);

        SpecExamples.Example spouse = SpecExamples.example("I914DerivativeComplete");
        String derivatives = APPLICATIONS + "/" + id + "/derivatives";
        Api.Answer derivative = api.post(derivatives, spouse.json());
        assertThat(derivative.status()).as(derivative.body()).isEqualTo(201);
        String derivativeId = derivative.json().path("id").asText();
        assertThat(derivative.header("Location")).isEqualTo(derivatives + "/" + derivativeId);
        assertThat(derivative.json().path("principalApplicationId").asText()).isEqualTo(id);
        assertThat(withoutServerProperties(derivative.json())).isEqualTo(spouse.value());
        assertThat(api.get(derivatives + "/" + derivativeId).json()).isEqualTo(derivative.json());
        assertThat(ids(derivatives)).containsExactly(derivativeId);

        SpecExamples.Example declarationExample = SpecExamples.example("I914DeclarationComplete");
        String declarations = APPLICATIONS + "/" + id + "/law-enforcement-declarations";
        Api.Answer declaration = api.post(declarations, declarationExample.json());
        assertThat(declaration.status()).as(declaration.body()).isEqualTo(201);
        String declarationId = declaration.json().path("id").asText();
        assertThat(withoutServerProperties(declaration.json())).isEqualTo(declarationExample.value());
        assertThat(api.get(declarations + "/" + declarationId).json()).isEqualTo(declaration.json());
        assertThat(ids(declarations)).containsExactly(declarationId);
    }

    @Test
    void replacementsKeepIdsAndASecondSupplementAForTheSameFamilyMemberIsRejected() {
        String id = store("I914ApplicationComplete");
        String derivatives = APPLICATIONS + "/" + id + "/derivatives";
        JsonNode stored = api.post(derivatives, SpecExamples.example("I914DerivativeComplete").json()).json();

        ObjectNode corrected = SpecExamples.example("I914DerivativeComplete").copy();
        ((ObjectNode) corrected.at("/familyMember")).put("socialSecurityNumber", "876543210");
        Api.Answer replaced = replaceAsRead(derivatives + "/" + stored.path("id").asText(), bytes(corrected));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("id")).isEqualTo(stored.path("id"));
        assertThat(replaced.json().path("createdAt")).isEqualTo(stored.path("createdAt"));

        Api.Answer again = api.post(derivatives, SpecExamples.example("I914DerivativeComplete").json());
        expectViolations(again, "/familyMember/name I-914-SA:3.1.family I-914-SA:R.1 error");
        assertThat(ids(derivatives)).hasSize(1);
    }

    @Test
    void aSupplementUnderAnApplicationThatIsNotTheCallersIsNotFound() {
        for (String supplements : List.of("/derivatives", "/law-enforcement-declarations")) {
            String example = supplements.equals("/derivatives") ? "I914DerivativeComplete" : "I914DeclarationComplete";
            expectProblem(api.post(APPLICATIONS + MISSING + supplements, SpecExamples.example(example).json()), 404);
            expectProblem(api.get(APPLICATIONS + MISSING + supplements), 404);
            expectProblem(api.get(APPLICATIONS + MISSING + supplements + MISSING), 404);
            expectProblem(api.put(APPLICATIONS + MISSING + supplements + MISSING, "\"1\"", SpecExamples.example(example).json()), 404);
        }
        expectProblem(api.post("/v1/validations/i914-derivative-application?applicationId=" + MISSING.substring(1),
                SpecExamples.example("I914DerivativeComplete").json()), 404);

        String id = store("I914ApplicationComplete");
        Api other = new Api(port, "other-tenant-key");
        expectProblem(other.get(APPLICATIONS + "/" + id), 404);
        expectProblem(other.post(APPLICATIONS + "/" + id + "/derivatives", SpecExamples.example("I914DerivativeComplete").json()), 404);
        expectProblem(other.get(APPLICATIONS + "/" + id + "/law-enforcement-declarations"), 404);
        String derivative = api.post(APPLICATIONS + "/" + id + "/derivatives", SpecExamples.example("I914DerivativeComplete").json())
                .json().path("id").asText();
        expectProblem(api.get(APPLICATIONS + "/" + store("I914ApplicationMinimal") + "/derivatives/" + derivative), 404);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                SpecExamples.examples("I914Application").stream().map(e -> Arguments.of(e, "i914-application")),
                SpecExamples.examples("I914Derivative").stream().map(e -> Arguments.of(e, "i914-derivative-application")),
                SpecExamples.examples("I914Declaration").stream().map(e -> Arguments.of(e, "i914-law-enforcement-declaration")))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theValidationEndpointsReportExactlyTheViolationsEachExampleDeclares(SpecExamples.Example example, String kind) {
        Api.Answer answer = api.post("/v1/validations/" + kind, example.json());

        if (answer.status() == 400) {
            // a value the record cannot even be read with (an unknown edition) is a rejected request
            assertThat(example.expected()).allMatch(expected -> expected.rule().startsWith("schema:"));
        } else {
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("valid").asBoolean()).isEqualTo(!example.hasErrors());
        }
        List<SpecExamples.Expected> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(new SpecExamples.Expected(
                v.path("pointer").asText(), v.path("rule").asText(), v.path("severity").asText())));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(example.expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PO Box12", "POB 12", "P.O.B. 12", "Box 12", "Post Office Box 12", "PMB 12", "Apartado Postal 12"})
    void aFamilyMembersPhysicalAddressIsNeverAPostOfficeBoxInAnySpelling(String box) {
        String path = APPLICATIONS + "/" + api.post(APPLICATIONS, SpecExamples.example("I914ApplicationComplete").json())
                .json().path("id").asText();
        ObjectNode derivative = SpecExamples.example("I914DerivativeComplete").copy();
        ((ObjectNode) derivative.at("/familyMember/physicalAddress")).put("streetNumberAndName", box);

        Api.Answer refused = api.post(path + "/derivatives", derivative.toString());

        expectProblem(refused, 400);
        List<String> reported = new ArrayList<>();
        refused.json().path("violations").forEach(v -> reported.add(v.path("pointer").asText() + " " + v.path("rule").asText()));
        assertThat(reported).containsExactly("/familyMember/physicalAddress/streetNumberAndName I-914-SA:R.8");
        assertThat(refused.body()).doesNotContain(box);
        ((ObjectNode) derivative.at("/familyMember/physicalAddress")).put("streetNumberAndName", "12 Boxwood Lane");
        assertThat(api.post(path + "/derivatives", derivative.toString()).status()).isEqualTo(201);
    }

    @Test
    void anUnknownEditionIsAClearProblemAndEachRecordFollowsItsOwnEdition() {
        Api.Answer unknown = api.post(APPLICATIONS, SpecExamples.example("I914ApplicationUnknownEdition").json());
        expectViolations(unknown, "/formEdition I-914 schema:enum error");
        assertThat(unknown.json().at("/violations/0/message").asText()).isEqualTo("Use one of: 01/20/25, 07/08/2024.");
        expectViolations(api.post(APPLICATIONS, SpecExamples.example("I914ApplicationInvalidSexForEdition").json()),
                "/applicant/sex I-914:2.8 I-914:R.6 error");
        assertThat(api.post(APPLICATIONS, SpecExamples.example("I914ApplicationDraftEditionGenderX").json()).status()).isEqualTo(201);
    }

    @Test
    void i914R20_applyingForFamilyMembersWarnsUntilTheirSupplementsAreFiled() {
        ObjectNode applyingNow = SpecExamples.example("I914ApplicationComplete").copy();
        ((ObjectNode) applyingNow.at("/eligibility")).put("applyingForFamilyMembersNow", true);
        Api.Answer created = api.post(APPLICATIONS, bytes(applyingNow));
        assertThat(created.status()).isEqualTo(201);
        assertThat(warnings(created)).containsExactly("/eligibility/applyingForFamilyMembersNow I-914:3.11 I-914:R.20 warning");
        String id = created.json().path("id").asText();
        api.post(APPLICATIONS + "/" + id + "/derivatives", SpecExamples.example("I914DerivativeComplete").json());

        Api.Answer replaced = replaceAsRead(APPLICATIONS + "/" + id, bytes(applyingNow));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(warnings(replaced)).isEmpty();
    }

    @Test
    void eligibilityOfRelativesFollowsThePrincipalsAgeAtFiling() {
        // the minimal principal was born 1998-07-04 and signed 2026-02-01: 27 at filing
        String adult = APPLICATIONS + "/" + store("I914ApplicationMinimal") + "/derivatives";
        Api.Answer parent = api.post(adult, minimalDerivative(r -> {
            r.put("relationshipToPrincipal", "PARENT");
            ((ObjectNode) r.at("/familyMember")).put("dateOfBirth", "1970-03-03").put("maritalStatus", "WIDOWED");
        }));
        assertThat(parent.status()).as(parent.body()).isEqualTo(201);
        assertThat(warnings(parent)).containsExactly("/relationshipToPrincipal I-914-SA:1.1 I-914-SA:R.3 warning");

        Api.Answer olderSibling = api.post(adult, minimalDerivative(r -> {
            r.put("relationshipToPrincipal", "UNMARRIED_SIBLING_UNDER_18");
            ((ObjectNode) r.at("/familyMember")).put("dateOfBirth", "2008-01-31");
        }));
        expectViolations(olderSibling, "/familyMember/dateOfBirth I-914-SA:3.11 I-914-SA:R.25 error",
                "/relationshipToPrincipal I-914-SA:1.1 I-914-SA:R.3 warning");

        Api.Answer marriedChild = api.post(adult, minimalDerivative(r -> ((ObjectNode) r.at("/familyMember")).put("maritalStatus", "MARRIED")));
        expectViolations(marriedChild, "/familyMember/maritalStatus I-914-SA:3.9 I-914:R.36 error");

        // the complete principal was 19 at filing: a parent needs no present danger
        String young = APPLICATIONS + "/" + store("I914ApplicationComplete") + "/derivatives";
        Api.Answer youngPrincipalsParent = api.post(young, completeDerivative(r -> {
            r.put("relationshipToPrincipal", "PARENT");
            ((ObjectNode) r.at("/familyMember")).put("dateOfBirth", "1980-05-05").put("maritalStatus", "DIVORCED");
        }));
        assertThat(youngPrincipalsParent.status()).as(youngPrincipalsParent.body()).isEqualTo(201);
        assertThat(warnings(youngPrincipalsParent)).isEmpty();
    }

    @Test
    void aDerivativesChildIsApprovedOnlyAfterItsParentAndTheApplicationWarnsWhenTheOrderBreaks() {
        String id = store("I914ApplicationComplete");
        String derivatives = APPLICATIONS + "/" + id + "/derivatives";
        Consumer<ObjectNode> child = r -> {
            r.remove("relationshipToPrincipal");
            r.put("relationshipToDerivative", "CHILD_OF_SPOUSE").put("uscisDecision", "APPROVED");
            ((ObjectNode) r.at("/familyMember")).put("dateOfBirth", "2023-03-01").put("maritalStatus", "SINGLE");
            ((ObjectNode) r.at("/familyMember/name")).put("givenName", "Mateo");
        };
        String spouse = api.post(derivatives, SpecExamples.example("I914DerivativeComplete").json()).json().path("id").asText();
        expectViolations(api.post(derivatives, completeDerivative(child)),
                "/relationshipToDerivative I-914-SA:1.2 I-914:R.36 warning",
                "/uscisDecision I-914-SA I-914-SA:R.5 error");

        replaceAsRead(derivatives + "/" + spouse, completeDerivative(r -> r.put("uscisDecision", "APPROVED")));
        Api.Answer approvedChild = api.post(derivatives, completeDerivative(child));
        assertThat(approvedChild.status()).as(approvedChild.body()).isEqualTo(201);
        assertThat(warnings(approvedChild)).containsExactly("/relationshipToDerivative I-914-SA:1.2 I-914:R.36 warning");

        assertThat(replaceAsRead(derivatives + "/" + spouse, completeDerivative(r -> r.put("uscisDecision", "DENIED"))).status()).isEqualTo(200);
        Api.Answer principal = replaceAsRead(APPLICATIONS + "/" + id, SpecExamples.example("I914ApplicationComplete").json());
        assertThat(warnings(principal)).containsExactly("/eligibility/applyingForFamilyMembersNow I-914:3.11 I-914:R.37 warning");
    }

    @Test
    void aSupplementAFollowsThePrincipalsApplicationStatusAndIdentity() {
        String id = store("I914ApplicationComplete");
        String derivatives = APPLICATIONS + "/" + id + "/derivatives";
        expectViolations(api.post(derivatives, completeDerivative(r -> ((ObjectNode) r.at("/principal")).put("applicationStatus", "APPROVED"))),
                "/principal/applicationStatus I-914-SA:2.4 I-914-SA:R.6 error");
        expectViolations(api.post(derivatives, completeDerivative(r -> ((ObjectNode) r.at("/principal")).put("dateOfBirth", "2006-02-15"))),
                "/principal/dateOfBirth I-914-SA:2.2 I-914-SA:R.1 error");

        ObjectNode denied = SpecExamples.example("I914ApplicationComplete").copy().put("uscisDecision", "DENIED");
        replaceAsRead(APPLICATIONS + "/" + id, bytes(denied));
        expectViolations(api.post(derivatives, SpecExamples.example("I914DerivativeComplete").json()),
                "/principal/applicationStatus I-914-SA:2.4 I-914-SA:R.6 error");
        assertThat(ids(derivatives)).isEmpty();
    }

    @Test
    void aDeclarationDescribesTheApplicantItIsFiledFor() {
        String declarations = APPLICATIONS + "/" + store("I914ApplicationComplete") + "/law-enforcement-declarations";
        expectViolations(api.post(declarations, SpecExamples.example("I914DeclarationMinimal").json()),
                "/victim/dateOfBirth I-914-SB:1.3 I-914-SB:R.1 error",
                "/victim/name/familyName I-914-SB:1.1.family I-914-SB:R.1 error",
                "/victim/name/givenName I-914-SB:1.1.given I-914-SB:R.1 error");
        Api.Answer validated = api.post("/v1/validations/i914-law-enforcement-declaration?applicationId="
                + declarations.split("/")[3], SpecExamples.example("I914DeclarationMinimal").json());
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.json().path("valid").asBoolean()).isFalse();
        assertThat(ids(declarations)).isEmpty();
    }

    @Test
    void i914R43_theApplicationWarnsOfAFamilyMemberInTheUsWhoseSupplementIsUnsigned() {
        String id = store("I914ApplicationComplete");
        // a Supplement A stored before the rule held (straight into the store, as an older server would have)
        ObjectNode unsigned = SpecExamples.example("I914DerivativeComplete").copy();
        ((ObjectNode) unsigned.at("/applicantStatement")).remove(List.of("familyMemberSignature", "familyMemberSignatureDate"));
        UUID derivativeId = UUID.randomUUID();
        unsigned.put("id", derivativeId.toString()).put("createdAt", "2026-01-16T15:00:00Z").put("updatedAt", "2026-01-16T15:00:00Z");
        store.insert("development", "i914-applications/" + id + "/derivatives", derivativeId, bytes(unsigned),
                java.time.Instant.now(), null);

        Api.Answer principal = replaceAsRead(APPLICATIONS + "/" + id, SpecExamples.example("I914ApplicationComplete").json());

        assertThat(principal.status()).isEqualTo(200);
        assertThat(warnings(principal)).containsExactly("/eligibility/applyingForFamilyMembersNow I-914:3.11 I-914:R.43 warning");
    }

    private String store(String example) {
        Api.Answer answer = api.post(APPLICATIONS, SpecExamples.example(example).json());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private static byte[] minimalDerivative(Consumer<ObjectNode> change) {
        ObjectNode derivative = SpecExamples.example("I914DerivativeMinimal").copy();
        change.accept(derivative);
        return bytes(derivative);
    }

    private static byte[] completeDerivative(Consumer<ObjectNode> change) {
        ObjectNode derivative = SpecExamples.example("I914DerivativeComplete").copy();
        change.accept(derivative);
        return bytes(derivative);
    }

    private static List<String> warnings(Api.Answer answer) {
        List<String> warnings = new ArrayList<>();
        answer.json().path("warnings").forEach(w -> warnings.add(describe(w)));
        return warnings;
    }

    private static String describe(JsonNode v) {
        return v.path("pointer").asText() + " " + v.path("formItem").asText() + " " + v.path("rule").asText() + " "
                + v.path("severity").asText();
    }

    private static void expectViolations(Api.Answer answer, String... violations) {
        expectProblem(answer, 400);
        List<String> reported = new ArrayList<>();
        answer.json().path("violations").forEach(v -> reported.add(describe(v)));
        assertThat(reported).containsExactly(violations);
    }

    private static void expectProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("type").asText()).startsWith("urn:govforms:problem:");
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = api.get(path + "?pageSize=100" + (token == null ? "" : "&pageToken=" + token)).json();
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            token = page.path("nextPageToken").isMissingNode() ? null : page.path("nextPageToken").asText();
        } while (token != null);
        return ids;
    }

    private static JsonNode withoutServerProperties(JsonNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove(List.of("id", "principalApplicationId", "createdAt", "updatedAt", "warnings"));
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return SpecExamples.json().writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A replace as a client makes it: with the ETag of the record as last read. */
    private Api.Answer replaceAsRead(String path, byte[] body) {
        return api.put(path, api.get(path).header("ETag"), body);
    }
}
