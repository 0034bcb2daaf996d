package org.govforms.server.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.audit.AuditContextRules;
import org.govforms.domain.audit.AuditLifecycle;
import org.govforms.domain.audit.AuditSchedule;
import org.govforms.model.AuditInformationRequest;
import org.govforms.model.AuditOverdueItem;
import org.govforms.model.AuditOverdueItemList;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.AuditResponse;
import org.govforms.model.ExternalAudit;
import org.govforms.model.ExternalAuditPage;
import org.govforms.model.MissionActionPlan;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.ExternalAuditsApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.RecordFamily;
import org.govforms.server.records.Records;
import org.govforms.server.records.Stored;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * External audits and their sub-resources. The audit is one record: a sub-resource operation reads the audit,
 * adds or replaces one entry of a list inside it and stores the audit again, so every rule is checked on the
 * whole audit. A replacement is also checked against the stored audit for moves between phases; every audit
 * returned carries the due dates and overdue flags computed for today.
 */
@RestController
class ExternalAuditsController implements ExternalAuditsApi {

    static final RecordFamily<ExternalAudit> AUDITS = new RecordFamily<>("external-audits", ExternalAudit.class)
            .withContextRules((audit, context) -> AuditContextRules.check(audit, context.today()));
    private static final String PATH = "/v1/external-audits/";

    private final Records records;
    private final AuditEntries entries;
    private final Clock clock;

    ExternalAuditsController(Records records, AuditEntries entries, Clock clock) {
        this.records = records;
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<ExternalAudit> createExternalAudit(ExternalAudit audit, String idempotencyKey) {
        Stored<ExternalAudit> stored = records.create(AUDITS, idempotencyKey, audit);
        return ResponseEntity.created(URI.create(PATH + stored.id())).eTag(stored.etag()).body(computed(stored.record()));
    }

    @Override
    public ResponseEntity<ExternalAudit> getExternalAudit(UUID auditId) {
        Stored<ExternalAudit> stored = records.get(AUDITS, auditId);
        return ResponseEntity.ok().eTag(stored.etag()).body(computed(stored.record()));
    }

    @Override
    public ResponseEntity<ExternalAudit> replaceExternalAudit(UUID auditId, String ifMatch, ExternalAudit audit) {
        Stored<ExternalAudit> replaced = replace(auditId, ifMatch, audit);
        return ResponseEntity.ok().eTag(replaced.etag()).body(computed(replaced.record()));
    }

    @Override
    public ResponseEntity<ExternalAuditPage> listExternalAudits(Integer pageSize, String pageToken) {
        Page<ExternalAudit> page = records.list(AUDITS, pageSize, pageToken);
        return ResponseEntity.ok(new ExternalAuditPage().items(page.items().stream().map(this::computed).toList())
                .nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateExternalAudit(ExternalAudit audit) {
        return ResponseEntity.ok(records.validate(AUDITS, audit));
    }

    @Override
    public ResponseEntity<AuditOverdueItemList> listOverdueAuditItems() {
        LocalDate today = LocalDate.now(clock);
        List<AuditOverdueItem> items = records.context().all(AUDITS).stream()
                .flatMap(audit -> AuditSchedule.overdueItems(audit, today).stream())
                .sorted(Comparator.comparing(AuditOverdueItem::getDueDate))
                .toList();
        return ResponseEntity.ok(new AuditOverdueItemList().asOf(today).items(items));
    }

    @Override
    public ResponseEntity<List<AuditInformationRequest>> listAuditInformationRequests(UUID auditId) {
        return ResponseEntity.ok(entries.list(AuditEntries.REQUESTS, computed(stored(auditId))));
    }

    @Override
    public ResponseEntity<AuditInformationRequest> addAuditInformationRequest(UUID auditId, AuditInformationRequest request, String ifMatch) {
        AuditEntries.Entry<AuditInformationRequest> added = entries.add(AuditEntries.REQUESTS, this, auditId, ifMatch, request);
        return ResponseEntity.created(URI.create(PATH + auditId + "/information-requests/" + added.entry().getRequestId()))
                .eTag(added.etag()).body(added.entry());
    }

    @Override
    public ResponseEntity<AuditInformationRequest> getAuditInformationRequest(UUID auditId, String requestId) {
        return entry(entries.get(AuditEntries.REQUESTS, this, auditId, requestId));
    }

    @Override
    public ResponseEntity<AuditInformationRequest> replaceAuditInformationRequest(UUID auditId, String requestId, AuditInformationRequest request, String ifMatch) {
        return entry(entries.replace(AuditEntries.REQUESTS, this, auditId, ifMatch, requestId, request));
    }

    @Override
    public ResponseEntity<List<AuditResponse>> listAuditResponses(UUID auditId) {
        return ResponseEntity.ok(entries.list(AuditEntries.RESPONSES, computed(stored(auditId))));
    }

    @Override
    public ResponseEntity<AuditResponse> addAuditResponse(UUID auditId, AuditResponse response, String ifMatch) {
        AuditEntries.Entry<AuditResponse> added = entries.add(AuditEntries.RESPONSES, this, auditId, ifMatch, response);
        return ResponseEntity.created(URI.create(PATH + auditId + "/responses/" + added.entry().getResponseId()))
                .eTag(added.etag()).body(added.entry());
    }

    @Override
    public ResponseEntity<AuditResponse> getAuditResponse(UUID auditId, String responseId) {
        return entry(entries.get(AuditEntries.RESPONSES, this, auditId, responseId));
    }

    @Override
    public ResponseEntity<AuditResponse> replaceAuditResponse(UUID auditId, String responseId, AuditResponse response, String ifMatch) {
        return entry(entries.replace(AuditEntries.RESPONSES, this, auditId, ifMatch, responseId, response));
    }

    @Override
    public ResponseEntity<List<AuditRecommendation>> listAuditRecommendations(UUID auditId) {
        return ResponseEntity.ok(entries.list(AuditEntries.RECOMMENDATIONS, computed(stored(auditId))));
    }

    @Override
    public ResponseEntity<AuditRecommendation> addAuditRecommendation(UUID auditId, AuditRecommendation recommendation, String ifMatch) {
        AuditEntries.Entry<AuditRecommendation> added = entries.add(AuditEntries.RECOMMENDATIONS, this, auditId, ifMatch, recommendation);
        return ResponseEntity.created(URI.create(PATH + auditId + "/recommendations/" + added.entry().getRecommendationNumber()))
                .eTag(added.etag()).body(added.entry());
    }

    @Override
    public ResponseEntity<AuditRecommendation> getAuditRecommendation(UUID auditId, String recommendationNumber) {
        return entry(entries.get(AuditEntries.RECOMMENDATIONS, this, auditId, recommendationNumber));
    }

    @Override
    public ResponseEntity<AuditRecommendation> replaceAuditRecommendation(UUID auditId, String recommendationNumber, AuditRecommendation recommendation, String ifMatch) {
        return entry(entries.replace(AuditEntries.RECOMMENDATIONS, this, auditId, ifMatch, recommendationNumber, recommendation));
    }

    @Override
    public ResponseEntity<List<MissionActionPlan>> listAuditMissionActionPlans(UUID auditId) {
        return ResponseEntity.ok(entries.list(AuditEntries.MAPS, computed(stored(auditId))));
    }

    @Override
    public ResponseEntity<MissionActionPlan> addAuditMissionActionPlan(UUID auditId, MissionActionPlan map, String ifMatch) {
        AuditEntries.Entry<MissionActionPlan> added = entries.add(AuditEntries.MAPS, this, auditId, ifMatch, map);
        return ResponseEntity.created(URI.create(PATH + auditId + "/mission-action-plans/" + added.entry().getMapId()))
                .eTag(added.etag()).body(added.entry());
    }

    @Override
    public ResponseEntity<MissionActionPlan> getAuditMissionActionPlan(UUID auditId, String mapId) {
        return entry(entries.get(AuditEntries.MAPS, this, auditId, mapId));
    }

    @Override
    public ResponseEntity<MissionActionPlan> replaceAuditMissionActionPlan(UUID auditId, String mapId, MissionActionPlan map, String ifMatch) {
        return entry(entries.replace(AuditEntries.MAPS, this, auditId, ifMatch, mapId, map));
    }

    private static <E> ResponseEntity<E> entry(AuditEntries.Entry<E> entry) {
        return ResponseEntity.ok().eTag(entry.etag()).body(entry.entry());
    }

    ExternalAudit stored(UUID auditId) {
        return records.get(AUDITS, auditId).record();
    }

    Stored<ExternalAudit> storedWithETag(UUID auditId) {
        return records.get(AUDITS, auditId);
    }

    /**
     * Stores the replacement when the stored audit is still the version {@code ifMatch} names, the move from its
     * phase is one the directive allows and the audit keeps every rule; a refusal names every obstacle at once,
     * the move and the record's rules together.
     */
    Stored<ExternalAudit> replace(UUID auditId, String ifMatch, ExternalAudit audit) {
        ExternalAudit stored = stored(auditId);
        return records.replace(AUDITS.andContextRules((proposed, context) -> AuditLifecycle.transition(stored, proposed)),
                auditId, ifMatch, audit);
    }

    ExternalAudit computed(ExternalAudit audit) {
        return AuditSchedule.computed(audit, LocalDate.now(clock));
    }
}
