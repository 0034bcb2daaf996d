package org.govforms.client;

import java.util.List;
import java.util.UUID;
import org.govforms.client.api.ExternalAuditsApi;
import org.govforms.model.AuditInformationRequest;
import org.govforms.model.AuditOverdueItemList;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.AuditResponse;
import org.govforms.model.ExternalAudit;
import org.govforms.model.ExternalAuditPage;
import org.govforms.model.MissionActionPlan;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/**
 * The external audits of the caller's tenant (ICE Directive 1035.1). Every audit read from the server carries
 * its computed due dates and overdue flags; the sub-resource methods add or replace one entry of the audit.
 */
public final class ExternalAudits {

    private final ExternalAuditsApi api;
    private final ETags etags;

    ExternalAudits(ExternalAuditsApi api, ETags etags) {
        this.api = api;
        this.etags = etags;
    }

    /** Stores a new audit; the answer holds its id, computed due dates and any warnings. */
    public ExternalAudit create(ExternalAudit audit) {
        return create(audit, UUID.randomUUID().toString());
    }

    /** Stores a new record under the caller's own Idempotency-Key (the same key on every retry). */
    public ExternalAudit create(ExternalAudit audit, String idempotencyKey) {
        return etags.remember(call(() -> api.createExternalAuditWithHttpInfo(audit, idempotencyKey)), ExternalAudit::getId);
    }

    public ExternalAudit get(UUID id) {
        return etags.remember(call(() -> api.getExternalAuditWithHttpInfo(id)), ExternalAudit::getId);
    }

    /** Replaces the audit, e.g. to move it to its next phase; a move the directive does not allow is refused. */
    public ExternalAudit replace(UUID id, ExternalAudit audit) {
        return etags.remember(call(() -> api.replaceExternalAuditWithHttpInfo(id, etags.of(id), audit)), ExternalAudit::getId);
    }

    /** One page, oldest first; pass the page's nextPageToken to read the next one (null for the first). */
    public ExternalAuditPage list(Integer pageSize, String pageToken) {
        return call(() -> api.listExternalAudits(pageSize, pageToken));
    }

    /** Validates on the server without storing. */
    public ValidationReport validate(ExternalAudit audit) {
        return call(() -> api.validateExternalAudit(audit));
    }

    /** Every overdue item across the caller's audits, as of today. */
    public AuditOverdueItemList overdueItems() {
        return call(() -> api.listOverdueAuditItems());
    }

    public List<AuditInformationRequest> informationRequests(UUID auditId) {
        return call(() -> api.listAuditInformationRequests(auditId));
    }

    public AuditInformationRequest informationRequest(UUID auditId, String requestId) {
        return etags.rememberOf(auditId, call(() -> api.getAuditInformationRequestWithHttpInfo(auditId, requestId)));
    }

    /** Adds the entry to the audit as it is now on the server. */
    public AuditInformationRequest addInformationRequest(UUID auditId, AuditInformationRequest request) {
        return etags.rememberOf(auditId, call(() -> api.addAuditInformationRequestWithHttpInfo(auditId, request, null)));
    }

    /** Replaces the entry in the audit as this client last read it (If-Match); a 412 if the audit changed since. */
    public AuditInformationRequest replaceInformationRequest(UUID auditId, AuditInformationRequest request) {
        return etags.rememberOf(auditId, call(() -> api.replaceAuditInformationRequestWithHttpInfo(auditId, request.getRequestId(), request,
                etags.of(auditId))));
    }

    public List<AuditResponse> responses(UUID auditId) {
        return call(() -> api.listAuditResponses(auditId));
    }

    public AuditResponse response(UUID auditId, String responseId) {
        return etags.rememberOf(auditId, call(() -> api.getAuditResponseWithHttpInfo(auditId, responseId)));
    }

    /** Adds the entry to the audit as it is now on the server. */
    public AuditResponse addResponse(UUID auditId, AuditResponse response) {
        return etags.rememberOf(auditId, call(() -> api.addAuditResponseWithHttpInfo(auditId, response, null)));
    }

    /** Replaces the entry in the audit as this client last read it (If-Match); a 412 if the audit changed since. */
    public AuditResponse replaceResponse(UUID auditId, AuditResponse response) {
        return etags.rememberOf(auditId, call(() -> api.replaceAuditResponseWithHttpInfo(auditId, response.getResponseId(), response,
                etags.of(auditId))));
    }

    public List<AuditRecommendation> recommendations(UUID auditId) {
        return call(() -> api.listAuditRecommendations(auditId));
    }

    public AuditRecommendation recommendation(UUID auditId, String recommendationNumber) {
        return etags.rememberOf(auditId, call(() -> api.getAuditRecommendationWithHttpInfo(auditId, recommendationNumber)));
    }

    /** Adds the entry to the audit as it is now on the server. */
    public AuditRecommendation addRecommendation(UUID auditId, AuditRecommendation recommendation) {
        return etags.rememberOf(auditId, call(() -> api.addAuditRecommendationWithHttpInfo(auditId, recommendation, null)));
    }

    /** Replaces the entry in the audit as this client last read it (If-Match); a 412 if the audit changed since. */
    public AuditRecommendation replaceRecommendation(UUID auditId, AuditRecommendation recommendation) {
        return etags.rememberOf(auditId, call(() -> api.replaceAuditRecommendationWithHttpInfo(auditId, recommendation.getRecommendationNumber(), recommendation,
                etags.of(auditId))));
    }

    public List<MissionActionPlan> missionActionPlans(UUID auditId) {
        return call(() -> api.listAuditMissionActionPlans(auditId));
    }

    public MissionActionPlan missionActionPlan(UUID auditId, String mapId) {
        return etags.rememberOf(auditId, call(() -> api.getAuditMissionActionPlanWithHttpInfo(auditId, mapId)));
    }

    /** Adds the entry to the audit as it is now on the server. */
    public MissionActionPlan addMissionActionPlan(UUID auditId, MissionActionPlan map) {
        return etags.rememberOf(auditId, call(() -> api.addAuditMissionActionPlanWithHttpInfo(auditId, map, null)));
    }

    /** Replaces the entry in the audit as this client last read it (If-Match); a 412 if the audit changed since. */
    public MissionActionPlan replaceMissionActionPlan(UUID auditId, MissionActionPlan map) {
        return etags.rememberOf(auditId, call(() -> api.replaceAuditMissionActionPlanWithHttpInfo(auditId, map.getMapId(), map,
                etags.of(auditId))));
    }

    /** Every record of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<ExternalAudit> all() {
        return () -> new PageIterator<>(token -> {
            ExternalAuditPage page = list(100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
