package org.govforms.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FAFSA professional-judgment records through the SDK against the real reference server on a random port. */
class ProfessionalJudgmentRoundTripTest {

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

    private static <T> T read(String example, Class<T> type) throws Exception {
        return SpecExamples.json().readValue(SpecExamples.example(example).json(), type);
    }

    /** The record as JSON without what the server sets or computes. */
    private static JsonNode asSent(ProfessionalJudgmentRecord record) throws Exception {
        ObjectNode tree = (ObjectNode) SpecExamples.json().readTree(SpecExamples.json().writeValueAsBytes(record));
        tree.remove(List.of("id", "createdAt", "updatedAt", "warnings", "determinationOfIndependenceDueDate",
                "determinationOfIndependenceOverdue"));
        tree.path("determinations").forEach(d -> ((ObjectNode) d).remove("daysFromEnrollmentToDetermination"));
        tree.path("unemploymentAdjustments").forEach(e -> ((ObjectNode) e).remove("evidenceAgeAtSubmissionDays"));
        if (tree.has("renewal")) {
            ((ObjectNode) tree.get("renewal")).remove("presumedIndependent");
        }
        if (tree.has("retention")) {
            ((ObjectNode) tree.get("retention")).remove(List.of("retentionClockStart", "retainUntil"));
        }
        return tree;
    }

    @ParameterizedTest
    @ValueSource(strings = {"FafsaPjCompleteSpecialCircumstance", "FafsaPjCompleteUnusualCircumstanceOverride",
            "FafsaPjCompleteHomelessYouth", "FafsaPjCompleteFosterCareYouth", "FafsaPjCompleteOtherIndependence",
            "FafsaPjCompleteDisasterUnemployment", "FafsaPjMinimalSpecialCircumstance"})
    void everyRequestTypesCompleteRecordRoundTripsUnchanged(String example) throws Exception {
        ProfessionalJudgmentRecord record = read(example, ProfessionalJudgmentRecord.class);

        ProfessionalJudgmentRecord created = client.professionalJudgmentRecords().create(record);
        ProfessionalJudgmentRecord got = client.professionalJudgmentRecords().get(created.getId());

        assertThat(got).isEqualTo(created);
        assertThat(got.getStudent()).isEqualTo(record.getStudent());
        assertThat(got.getCostOfAttendance()).isEqualTo(record.getCostOfAttendance());
        assertThat(asSent(got)).isEqualTo(SpecExamples.example(example).value());
    }

    @Test
    void computedPropertiesArriveTypedAndSearchFindsTheStudent() throws Exception {
        ProfessionalJudgmentRecord homeless = read("FafsaPjCompleteHomelessYouth", ProfessionalJudgmentRecord.class);
        homeless.getStudent().setStudentIdentifier("S0099001");
        ProfessionalJudgmentRecord created = client.professionalJudgmentRecords().create(homeless);

        assertThat(created.getDeterminationOfIndependenceDueDate()).isEqualTo("2023-10-27");
        assertThat(created.getDeterminationOfIndependenceOverdue()).isFalse();
        assertThat(created.getDeterminations().get(0).getDaysFromEnrollmentToDetermination()).isEqualTo(-14);

        assertThat(client.professionalJudgmentRecords().list("S0099001", "003456", "2023-24", 10, null).getItems())
                .extracting(ProfessionalJudgmentRecord::getId).containsExactly(created.getId());
        assertThat(client.professionalJudgmentRecords().list("S0099001", null, "2024-25", 10, null).getItems()).isEmpty();

        ProfessionalJudgmentRecord corrected = read("FafsaPjCompleteHomelessYouth", ProfessionalJudgmentRecord.class);
        corrected.getStudent().setStudentIdentifier("S0099001");
        corrected.getRequests().get(0).setReceivedVia(null);
        UUID id = created.getId();
        assertThat(client.professionalJudgmentRecords().replace(id, corrected).getRequests().get(0).getReceivedVia()).isNull();
    }

    @Test
    void validationAndRejectionCarryTheViolations() throws Exception {
        ProfessionalJudgmentRecord invalid = read("FafsaPjInvalidDeniedOverride", ProfessionalJudgmentRecord.class);

        ValidationReport report = client.professionalJudgmentRecords().validate(invalid);
        assertThat(report.getValid()).isFalse();
        assertThat(report.getViolations()).isEqualTo(client.validator().validate(invalid));

        assertThatThrownBy(() -> client.professionalJudgmentRecords().create(invalid))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.getRule())
                            .containsExactlyInAnyOrder("FAFSA-PJ:R.10", "FAFSA-PJ:R.15", "FAFSA-PJ:R.20");
                });
        assertThat(client.rules("FAFSA-PJ").getRules()).hasSize(58);
    }

    @Test
    void institutionPoliciesRoundTrip() throws Exception {
        ProfessionalJudgmentPolicy policy = read("FafsaPjCompletePolicy", ProfessionalJudgmentPolicy.class);
        policy.setFederalSchoolCode("009123");

        ProfessionalJudgmentPolicy created = client.professionalJudgmentPolicies().create(policy);

        assertThat(client.professionalJudgmentPolicies().get(created.getId())).isEqualTo(created);
        assertThat(client.professionalJudgmentPolicies().list("009123", "2023-24", 10, null).getItems())
                .extracting(ProfessionalJudgmentPolicy::getId).containsExactly(created.getId());
        ProfessionalJudgmentPolicy invalid = read("FafsaPjInvalidPolicyDisclosures", ProfessionalJudgmentPolicy.class);
        assertThat(client.professionalJudgmentPolicies().validate(invalid).getValid()).isFalse();
    }
}
