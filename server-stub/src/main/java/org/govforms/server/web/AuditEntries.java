package org.govforms.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.govforms.domain.spec.SpecIndex;
import org.govforms.model.AuditInformationRequest;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.AuditResponse;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;
import org.govforms.server.records.BadRequestException;
import org.govforms.server.records.ProblemException;
import org.govforms.server.records.RecordNotFoundException;
import org.govforms.server.records.Stored;
import org.springframework.stereotype.Component;

/**
 * The lists inside an audit that have sub-resources (information requests, responses, recommendations, MAPs):
 * finding an entry by its key, and adding or replacing one by storing the whole audit again.
 */
@Component
class AuditEntries {

    /** An entry as stored, with the ETag of its audit. */
    record Entry<E>(E entry, String etag) {
    }

    /** One list of the audit: its property, the entry type and the entry's key. */
    record Kind<E>(String property, Class<E> type, Function<E, String> key, Function<ExternalAudit, List<E>> entries, String noun) {
    }

    static final Kind<AuditInformationRequest> REQUESTS = new Kind<>("informationRequests", AuditInformationRequest.class,
            AuditInformationRequest::getRequestId, ExternalAudit::getInformationRequests, "an information request with this requestId");
    static final Kind<AuditResponse> RESPONSES = new Kind<>("responses", AuditResponse.class,
            AuditResponse::getResponseId, ExternalAudit::getResponses, "a response with this responseId");
    static final Kind<AuditRecommendation> RECOMMENDATIONS = new Kind<>("recommendations", AuditRecommendation.class,
            AuditRecommendation::getRecommendationNumber, ExternalAudit::getRecommendations, "a recommendation with this number");
    static final Kind<MissionActionPlan> MAPS = new Kind<>("missionActionPlans", MissionActionPlan.class,
            MissionActionPlan::getMapId, ExternalAudit::getMissionActionPlans, "a MAP with this mapId");

    private static final int ATTEMPTS = 20;

    private final ObjectMapper mapper;

    AuditEntries(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <E> List<E> list(Kind<E> kind, ExternalAudit audit) {
        List<E> entries = kind.entries().apply(audit);
        return entries == null ? List.of() : entries;
    }

    <E> E get(Kind<E> kind, ExternalAudit audit, String key) {
        return list(kind, audit).stream().filter(e -> key.equals(kind.key().apply(e))).findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    <E> Entry<E> get(Kind<E> kind, ExternalAuditsController audits, UUID auditId, String key) {
        Stored<ExternalAudit> current = audits.storedWithETag(auditId);
        return new Entry<>(get(kind, audits.computed(current.record()), key), current.etag());
    }

    /** Adds the entry to the audit as read ({@code ifMatch}) or, without it, as stored now. */
    <E> Entry<E> add(Kind<E> kind, ExternalAuditsController audits, UUID auditId, String ifMatch, E entry) {
        return redoneOnConcurrentChange(ifMatch, () -> {
            Stored<ExternalAudit> current = audits.storedWithETag(auditId);
            ExternalAudit stored = current.record();
            String key = kind.key().apply(entry);
            if (key != null && list(kind, stored).stream().anyMatch(e -> key.equals(kind.key().apply(e)))) {
                throw new BadRequestException("The audit already has " + kind.noun() + "; replace it instead.");
            }
            ObjectNode document = editable(stored);
            JsonNode list = document.get(kind.property());
            ArrayNode array = list instanceof ArrayNode existing ? existing : document.putArray(kind.property());
            array.add(mapper.valueToTree(entry));
            return storedEntry(kind, audits, auditId, given(ifMatch) ? ifMatch : current.etag(), document, key);
        });
    }

    /** Replaces the entry in the audit as read ({@code ifMatch}) or, without it, as stored now. */
    <E> Entry<E> replace(Kind<E> kind, ExternalAuditsController audits, UUID auditId, String ifMatch, String key,
                         E entry) {
        return redoneOnConcurrentChange(ifMatch, () -> {
            Stored<ExternalAudit> current = audits.storedWithETag(auditId);
            ExternalAudit stored = current.record();
            int index = list(kind, stored).indexOf(get(kind, stored, key));
            if (!key.equals(kind.key().apply(entry))) {
                throw new BadRequestException("The entry's own key differs from the one in the path; send the same.");
            }
            ObjectNode document = editable(stored);
            ((ArrayNode) document.get(kind.property())).set(index, mapper.valueToTree(entry));
            return storedEntry(kind, audits, auditId, given(ifMatch) ? ifMatch : current.etag(), document, key);
        });
    }

    /**
     * An entry is changed by reading the audit and storing it whole again. With the client's If-Match, a
     * changed audit is the client's 412. Without it the client means the newest audit: when another change
     * was stored between this read and this write (412 from the store, nothing written), the change is redone
     * on the new audit, and after {@value #ATTEMPTS} such races in a row the client is asked to send it again (409).
     */
    private static <E> Entry<E> redoneOnConcurrentChange(String ifMatch, Supplier<Entry<E>> change) {
        if (given(ifMatch)) {
            return change.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (ProblemException e) {
                if (e.status() != 412) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw ProblemException.recordBusy();
                }
            }
        }
    }

    /** An empty If-Match states no version, as none at all. */
    private static boolean given(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank();
    }

    /** Stores the audit with the changed entry, if the audit is still the version {@code etag} names (else a 412). */
    private <E> Entry<E> storedEntry(Kind<E> kind, ExternalAuditsController audits, UUID auditId, String etag,
                                     ObjectNode document, String key) {
        try {
            Stored<ExternalAudit> replaced = audits.replace(auditId, etag, mapper.treeToValue(document, ExternalAudit.class));
            return new Entry<>(get(kind, audits.computed(replaced.record()), key), replaced.etag());
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The entry cannot be read as part of the audit.");
        }
    }

    /** The stored audit as a client would send it: without the properties the server sets. */
    private ObjectNode editable(ExternalAudit audit) {
        ObjectNode document = mapper.valueToTree(audit);
        List<String> readOnly = SpecIndex.bundled().readOnlyPointers("ExternalAudit", document);
        for (String pointer : readOnly) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) document.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        }
        return document;
    }
}
