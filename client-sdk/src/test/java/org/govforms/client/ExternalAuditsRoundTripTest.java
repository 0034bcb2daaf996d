package org.govforms.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.SpecExamples;
import org.govforms.domain.audit.AuditJson;
import org.govforms.model.AuditInformationRequest;
import org.govforms.model.AuditOverdueItem;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.AuditResponse;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;
import org.govforms.model.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govforms.domain.audit.AuditJson.changed;
import static org.govforms.domain.audit.AuditJson.remove;
import static org.govforms.domain.audit.AuditJson.set;

/** External audits through the SDK against the real reference server, started on a random port. */
class ExternalAuditsRoundTripTest {

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
    void theCompleteGaoAuditAndOigInspectionRoundTripUnchanged() throws Exception {
        for (String name : List.of("AuditGaoAuditClosed", "AuditOigInspectionClosed")) {
            SpecExamples.Example example = SpecExamples.example(name);
            ExternalAudit audit = SpecExamples.json().readValue(example.json(), ExternalAudit.class);

            ExternalAudit created = client.externalAudits().create(audit);
            ExternalAudit read = client.externalAudits().get(created.getId());

            assertThat(read).isEqualTo(created);
            assertThat(read.getCorrectiveAction().getMapsDueToAlo()).isEqualTo(read.getFinalReport().getReleaseDate().plusDays(45));
            ObjectNode tree = SpecExamples.json().valueToTree(read);
            tree.remove(List.of("id", "createdAt", "updatedAt"));
            ((ObjectNode) tree.get("draftReport")).remove(List.of("commentDueDate", "commentsOverdue"));
            ((ObjectNode) tree.get("correctiveAction")).remove(List.of("mapsDueToAlo", "mapsDueToAloOverdue", "mapsDueToEntity",
                    "mapsDueToEntityOverdue", "fullImplementationTarget", "fullImplementationOverdue", "mapUpdateCadence"));
            tree.get("missionActionPlans").forEach(map -> ((ObjectNode) map).remove(List.of("dueToAlo", "dueToAloOverdue",
                    "dueToEntity", "dueToEntityOverdue", "nextUpdateDue", "updateOverdue")));
            assertThat((JsonNode) tree).as(name).isEqualTo(example.value());
            assertThat(client.externalAudits().list(100, null).getItems()).extracting(ExternalAudit::getId).contains(created.getId());
        }
    }

    @Test
    void subResourcesOverdueItemsAndValidationWorkThroughTheSdk() throws Exception {
        JsonNode gao = SpecExamples.example("AuditGaoAuditClosed").value();
        ExternalAudit announced = SpecExamples.json().readValue(SpecExamples.example("AuditAnnouncementOnly").json(), ExternalAudit.class);
        UUID id = client.externalAudits().create(announced).getId();

        AuditInformationRequest request = SpecExamples.json().treeToValue(gao.at("/informationRequests/0"), AuditInformationRequest.class);
        assertThat(client.externalAudits().addInformationRequest(id, request)).isEqualTo(request);
        request.setStatus(AuditInformationRequest.StatusEnum.ANSWERED);
        assertThat(client.externalAudits().replaceInformationRequest(id, request).getStatus())
                .isEqualTo(AuditInformationRequest.StatusEnum.ANSWERED);
        assertThat(client.externalAudits().informationRequests(id)).containsExactly(request);
        assertThat(client.externalAudits().informationRequest(id, "F-1")).isEqualTo(request);

        AuditResponse response = SpecExamples.json().treeToValue(gao.at("/responses/1"), AuditResponse.class);
        response.setRespondsToId("F-1");
        response.setCopyToAuditCoordinator(false);
        assertThatThrownBy(() -> client.externalAudits().addResponse(id, response))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).extracting(v -> v.getPointer() + " " + v.getRule())
                            .containsExactly("/responses/0/copyToAuditCoordinator AUDIT:R.29");
                });
        response.setCopyToAuditCoordinator(true);
        assertThat(client.externalAudits().addResponse(id, response)).isEqualTo(response);
        assertThat(client.externalAudits().replaceResponse(id, response)).isEqualTo(response);
        assertThat(client.externalAudits().responses(id)).containsExactly(response);
        assertThat(client.externalAudits().response(id, "S-2")).isEqualTo(response);

        ObjectNode corrective = changed("AuditGaoAuditClosed", set("/patsTrackingNumber", "ALO-2025-0950"),
                set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"), remove("/closure"),
                remove("/correctiveAction/completedDate"), remove("/missionActionPlans"));
        ExternalAudit open = client.externalAudits().create(AuditJson.audit(corrective));
        AuditRecommendation recommendation = client.externalAudits().recommendation(open.getId(), "1");
        recommendation.setOpen(true);
        recommendation.setDateClosedByAuditor(null);
        recommendation.setGaoStatus(AuditRecommendation.GaoStatusEnum.NOT_IMPLEMENTED);
        assertThat(client.externalAudits().replaceRecommendation(open.getId(), recommendation).getOpen()).isTrue();
        assertThat(client.externalAudits().recommendations(open.getId())).hasSize(2).contains(recommendation);
        assertThatThrownBy(() -> client.externalAudits().addRecommendation(open.getId(), recommendation))
                .isInstanceOfSatisfying(GovFormsApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        AuditRecommendation another = SpecExamples.json().treeToValue(((ObjectNode) gao.at("/recommendations/1").deepCopy())
                .put("open", true).put("gaoStatus", "NOT_IMPLEMENTED").without(List.of("dateClosedByAuditor")), AuditRecommendation.class);
        assertThat(client.externalAudits().addRecommendation(id, another)).isEqualTo(another);

        MissionActionPlan map = SpecExamples.json().treeToValue(gao.at("/missionActionPlans/0"), MissionActionPlan.class);
        MissionActionPlan added = client.externalAudits().addMissionActionPlan(open.getId(), map);
        assertThat(added.getDueToEntity()).isEqualTo("2025-11-14");
        assertThat(added.getUpdateOverdue()).isTrue();
        assertThat(client.externalAudits().missionActionPlans(open.getId())).containsExactly(added);
        assertThat(client.externalAudits().missionActionPlan(open.getId(), "MAP-1")).isEqualTo(added);
        map.setStatusReportedByAuditCoordinator("Module in testing.");
        assertThat(client.externalAudits().replaceMissionActionPlan(open.getId(), map).getStatusReportedByAuditCoordinator())
                .isEqualTo("Module in testing.");

        assertThat(client.externalAudits().overdueItems().getItems())
                .filteredOn(item -> open.getId().equals(item.getAuditId()))
                .extracting(AuditOverdueItem::getKind)
                .contains(AuditOverdueItem.KindEnum.MAP_UPDATE, AuditOverdueItem.KindEnum.FULL_IMPLEMENTATION);

        ExternalAudit invalid = SpecExamples.json().readValue(
                SpecExamples.example("AuditInvalidStatusOfAnotherEntity").json(), ExternalAudit.class);
        ValidationReport report = client.externalAudits().validate(invalid);
        assertThat(report.getValid()).isFalse();
        assertThat(report.getViolations()).isEqualTo(client.validator().validate(invalid));
    }
}
