package org.govforms.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.govforms.domain.GovFormsJson;
import org.govforms.model.AuditCorrectiveAction;
import org.govforms.model.AuditDraftReport;
import org.govforms.model.AuditOverdueItem;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;

import static org.govforms.domain.audit.Audits.is;
import static org.govforms.domain.audit.Audits.list;
import static org.govforms.domain.audit.Audits.yes;

/**
 * The due dates ICE Directive 1035.1 sets, computed from an audit's own dates (never typed): the draft-report
 * comment due date (30 days, sec. 5.5 and R.6), the MAPs due to the ALO (45 days after the final report's
 * release) and to the entity (60 days for GAO, 90 for DHS OIG), the next MAP update (GAO every 6 months, OIG
 * every 90 days), the one-year corrective-action target, and for each whether it is overdue on a given day.
 */
public final class AuditSchedule {

    public static final int COMMENT_DAYS = 30;
    public static final int MAP_TO_ALO_DAYS = 45;
    public static final int MAP_TO_GAO_DAYS = 60;
    public static final int MAP_TO_OIG_DAYS = 90;

    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    private AuditSchedule() {
    }

    public static LocalDate standardCommentDueDate(AuditDraftReport draft) {
        return draft == null || draft.getDateReceived() == null ? null : draft.getDateReceived().plusDays(COMMENT_DAYS);
    }

    /** The date the entity set, else 30 calendar days after the draft was received. */
    public static LocalDate commentDueDate(AuditDraftReport draft) {
        if (draft == null) {
            return null;
        }
        return draft.getCommentDueDateSetByEntity() != null ? draft.getCommentDueDateSetByEntity() : standardCommentDueDate(draft);
    }

    public static LocalDate releaseDate(ExternalAudit audit) {
        return audit.getFinalReport() == null ? null : audit.getFinalReport().getReleaseDate();
    }

    public static LocalDate mapsDueToAlo(ExternalAudit audit) {
        LocalDate release = releaseDate(audit);
        return release == null ? null : release.plusDays(MAP_TO_ALO_DAYS);
    }

    /** 60 days after release for GAO, 90 for DHS OIG; another entity sets its own (null here). */
    public static LocalDate mapsDueToEntity(ExternalAudit audit) {
        LocalDate release = releaseDate(audit);
        if (release == null) {
            return null;
        }
        if (is(audit.getExternalEntity(), "GAO")) {
            return release.plusDays(MAP_TO_GAO_DAYS);
        }
        return is(audit.getExternalEntity(), "DHS_OIG") ? release.plusDays(MAP_TO_OIG_DAYS) : null;
    }

    public static LocalDate fullImplementationTarget(ExternalAudit audit) {
        LocalDate release = releaseDate(audit);
        return release == null ? null : release.plusYears(1);
    }

    public static AuditCorrectiveAction.MapUpdateCadenceEnum cadence(ExternalAudit audit) {
        if (is(audit.getExternalEntity(), "GAO")) {
            return AuditCorrectiveAction.MapUpdateCadenceEnum.EVERY_6_MONTHS_GAO;
        }
        return is(audit.getExternalEntity(), "DHS_OIG") ? AuditCorrectiveAction.MapUpdateCadenceEnum.EVERY_90_DAYS_OIG
                : AuditCorrectiveAction.MapUpdateCadenceEnum.AS_ENTITY_INSTRUCTS;
    }

    /** The next update after a submission to the entity: 6 months (GAO) or 90 days (OIG); null otherwise. */
    public static LocalDate nextUpdateAfter(ExternalAudit audit, LocalDate submitted) {
        if (submitted == null) {
            return null;
        }
        if (is(audit.getExternalEntity(), "GAO")) {
            return submitted.plusMonths(6);
        }
        return is(audit.getExternalEntity(), "DHS_OIG") ? submitted.plusDays(90) : null;
    }

    public static Optional<AuditRecommendation> recommendation(ExternalAudit audit, String number) {
        return list(audit.getRecommendations()).stream()
                .filter(r -> r != null && number != null && number.equals(r.getRecommendationNumber()))
                .findFirst();
    }

    public static boolean open(AuditRecommendation recommendation) {
        return recommendation != null && yes(recommendation.getOpen());
    }

    /** The MAPs of a recommendation, in the audit's order. */
    public static List<MissionActionPlan> maps(ExternalAudit audit, String recommendationNumber) {
        return list(audit.getMissionActionPlans()).stream()
                .filter(m -> m != null && recommendationNumber != null && recommendationNumber.equals(m.getRecommendationNumber()))
                .toList();
    }

    /** The latest submission for a recommendation: the one submitted to the ALO last. */
    public static Optional<MissionActionPlan> latestMap(ExternalAudit audit, String recommendationNumber) {
        return maps(audit, recommendationNumber).stream()
                .max(Comparator.comparing(m -> m.getDateSubmittedToAlo() == null ? LocalDate.MIN : m.getDateSubmittedToAlo()));
    }

    /** The MAP's due date to the entity: from the release for the initial MAP, else the previous one's next update. */
    public static LocalDate dueToEntity(ExternalAudit audit, MissionActionPlan map) {
        if (is(map.getSubmissionKind(), "INITIAL_MAP")) {
            return mapsDueToEntity(audit);
        }
        MissionActionPlan previous = null;
        for (MissionActionPlan other : maps(audit, map.getRecommendationNumber())) {
            if (other == map) {
                break;
            }
            previous = other;
        }
        return previous == null ? null : nextUpdateAfter(audit, previous.getDateSubmittedToEntity());
    }

    /** The next update of a MAP, only while its recommendation is open and it is the latest submission. */
    public static LocalDate nextUpdateDue(ExternalAudit audit, MissionActionPlan map) {
        boolean open = recommendation(audit, map.getRecommendationNumber()).map(AuditSchedule::open).orElse(false);
        boolean latest = latestMap(audit, map.getRecommendationNumber()).map(m -> m == map).orElse(false);
        return open && latest ? nextUpdateAfter(audit, map.getDateSubmittedToEntity()) : null;
    }

    /**
     * The audit with every computed read-only property filled for {@code today}. The generated models have no
     * setters for read-only properties, so the values are set in the JSON document and the audit read back.
     */
    public static ExternalAudit computed(ExternalAudit audit, LocalDate today) {
        ObjectNode document = JSON.valueToTree(audit);
        AuditDraftReport draft = audit.getDraftReport();
        if (draft != null) {
            ObjectNode node = (ObjectNode) document.get("draftReport");
            put(node, "commentDueDate", commentDueDate(draft));
            node.put("commentsOverdue", commentsOverdue(audit, today));
            putDays(node, "commentsDaysLate", daysLate(commentDueDate(draft), draft.getResponseTransmittedDate()));
        }
        AuditCorrectiveAction action = audit.getCorrectiveAction();
        if (action != null) {
            ObjectNode node = (ObjectNode) document.get("correctiveAction");
            put(node, "mapsDueToAlo", mapsDueToAlo(audit));
            node.put("mapsDueToAloOverdue", mapsOverdue(audit, today, mapsDueToAlo(audit), false));
            put(node, "mapsDueToEntity", mapsDueToEntity(audit));
            node.put("mapsDueToEntityOverdue", mapsOverdue(audit, today, mapsDueToEntity(audit), true));
            put(node, "fullImplementationTarget", fullImplementationTarget(audit));
            node.put("fullImplementationOverdue", fullImplementationOverdue(audit, today));
            putDays(node, "fullImplementationDaysLate", daysLate(fullImplementationTarget(audit), action.getCompletedDate()));
            node.put("mapUpdateCadence", cadence(audit).getValue());
        }
        List<MissionActionPlan> maps = list(audit.getMissionActionPlans());
        for (int i = 0; i < maps.size(); i++) {
            MissionActionPlan map = maps.get(i);
            if (map == null) {
                continue;
            }
            ObjectNode node = (ObjectNode) document.get("missionActionPlans").get(i);
            LocalDate dueToAlo = is(map.getSubmissionKind(), "INITIAL_MAP") ? mapsDueToAlo(audit) : null;
            put(node, "dueToAlo", dueToAlo);
            node.put("dueToAloOverdue", late(dueToAlo, map.getDateSubmittedToAlo(), today));
            putDays(node, "daysLateToAlo", daysLate(dueToAlo, map.getDateSubmittedToAlo()));
            LocalDate dueToEntity = dueToEntity(audit, map);
            put(node, "dueToEntity", dueToEntity);
            node.put("dueToEntityOverdue", late(dueToEntity, map.getDateSubmittedToEntity(), today));
            putDays(node, "daysLateToEntity", daysLate(dueToEntity, map.getDateSubmittedToEntity()));
            LocalDate next = nextUpdateDue(audit, map);
            put(node, "nextUpdateDue", next);
            node.put("updateOverdue", next != null && today.isAfter(next));
        }
        try {
            return JSON.treeToValue(document, ExternalAudit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit no longer reads back after computing its due dates", e);
        }
    }

    private static void put(ObjectNode node, String field, LocalDate date) {
        if (date != null) {
            node.put(field, date.toString());
        } else {
            node.remove(field);
        }
    }

    private static void putDays(ObjectNode node, String field, Long days) {
        if (days != null) {
            node.put(field, days.intValue());
        } else {
            node.remove(field);
        }
    }

    /** The days between the due date and the day it was done, when done after the due date; otherwise null. */
    static Long daysLate(LocalDate due, LocalDate done) {
        return due != null && done != null && done.isAfter(due) ? ChronoUnit.DAYS.between(due, done) : null;
    }

    /** Due, not done, and the due date has passed: what the overdue list holds. */
    static boolean stillOverdue(LocalDate due, LocalDate done, LocalDate today) {
        return due != null && done == null && today.isAfter(due);
    }

    /** Comments are overdue when the due date passed with none transmitted, until the final report makes them moot. */
    static boolean commentsOverdue(ExternalAudit audit, LocalDate today) {
        AuditDraftReport draft = audit.getDraftReport();
        LocalDate due = commentDueDate(draft);
        return due != null && audit.getFinalReport() == null && late(due, draft.getResponseTransmittedDate(), today);
    }

    /** Some open recommendation has no initial MAP submitted (to the ALO, or to the entity) by the due date. */
    static boolean mapsOverdue(ExternalAudit audit, LocalDate today, LocalDate due, boolean toEntity) {
        if (due == null || !yes(audit.getCorrectiveAction() == null ? null : audit.getCorrectiveAction().getCorrectiveActionRequired())) {
            return false;
        }
        for (AuditRecommendation recommendation : list(audit.getRecommendations())) {
            if (!open(recommendation)) {
                continue;
            }
            LocalDate submitted = maps(audit, recommendation.getRecommendationNumber()).stream()
                    .map(m -> toEntity ? m.getDateSubmittedToEntity() : m.getDateSubmittedToAlo())
                    .filter(d -> d != null)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            if (late(due, submitted, today)) {
                return true;
            }
        }
        return false;
    }

    static boolean fullImplementationOverdue(ExternalAudit audit, LocalDate today) {
        LocalDate target = fullImplementationTarget(audit);
        AuditCorrectiveAction action = audit.getCorrectiveAction();
        return target != null && action != null && yes(action.getCorrectiveActionRequired())
                && late(target, action.getCompletedDate(), today);
    }

    /** Done after the due date, or not done and the due date has passed. */
    static boolean late(LocalDate due, LocalDate done, LocalDate today) {
        if (due == null) {
            return false;
        }
        return done != null ? done.isAfter(due) : today.isAfter(due);
    }

    /**
     * Everything still not done in one audit whose due date has passed today (a closed audit has nothing due).
     * What was done late is not listed: its lateness shows on the audit itself (the days-late properties).
     */
    public static List<AuditOverdueItem> overdueItems(ExternalAudit audit, LocalDate today) {
        List<AuditOverdueItem> items = new ArrayList<>();
        if (is(audit.getAuditStatus(), "CLOSED")) {
            return items;
        }
        AuditDraftReport draft = audit.getDraftReport();
        if (draft != null && audit.getFinalReport() == null
                && stillOverdue(commentDueDate(draft), draft.getResponseTransmittedDate(), today)) {
            items.add(item(audit, AuditOverdueItem.KindEnum.DRAFT_REPORT_COMMENTS, "/draftReport/commentDueDate",
                    commentDueDate(draft), null));
        }
        for (String recommendation : openWithoutMap(audit, today, mapsDueToAlo(audit), false)) {
            items.add(item(audit, AuditOverdueItem.KindEnum.MAPS_TO_ALO, "/correctiveAction/mapsDueToAlo", mapsDueToAlo(audit),
                    recommendation));
        }
        for (String recommendation : openWithoutMap(audit, today, mapsDueToEntity(audit), true)) {
            items.add(item(audit, AuditOverdueItem.KindEnum.MAPS_TO_ENTITY, "/correctiveAction/mapsDueToEntity",
                    mapsDueToEntity(audit), recommendation));
        }
        List<MissionActionPlan> maps = list(audit.getMissionActionPlans());
        for (int i = 0; i < maps.size(); i++) {
            MissionActionPlan map = maps.get(i);
            if (map == null) {
                continue;
            }
            LocalDate dueToEntity = dueToEntity(audit, map);
            if (stillOverdue(dueToEntity, map.getDateSubmittedToEntity(), today)) {
                items.add(item(audit, AuditOverdueItem.KindEnum.MAP_SUBMISSION_TO_ENTITY,
                        "/missionActionPlans/" + i + "/dueToEntity", dueToEntity, map.getRecommendationNumber()));
            }
            LocalDate next = nextUpdateDue(audit, map);
            if (next != null && today.isAfter(next)) {
                items.add(item(audit, AuditOverdueItem.KindEnum.MAP_UPDATE, "/missionActionPlans/" + i + "/nextUpdateDue",
                        next, map.getRecommendationNumber()));
            }
        }
        AuditCorrectiveAction action = audit.getCorrectiveAction();
        if (action != null && yes(action.getCorrectiveActionRequired())
                && stillOverdue(fullImplementationTarget(audit), action.getCompletedDate(), today)) {
            items.add(item(audit, AuditOverdueItem.KindEnum.FULL_IMPLEMENTATION, "/correctiveAction/fullImplementationTarget",
                    fullImplementationTarget(audit), null));
        }
        return items;
    }

    /** The open recommendations with no MAP submitted at all (to the ALO, or to the entity) once {@code due} has passed. */
    private static List<String> openWithoutMap(ExternalAudit audit, LocalDate today, LocalDate due, boolean toEntity) {
        if (due == null || !today.isAfter(due)
                || !yes(audit.getCorrectiveAction() == null ? null : audit.getCorrectiveAction().getCorrectiveActionRequired())) {
            return List.of();
        }
        return list(audit.getRecommendations()).stream()
                .filter(AuditSchedule::open)
                .filter(r -> maps(audit, r.getRecommendationNumber()).stream()
                        .map(m -> toEntity ? m.getDateSubmittedToEntity() : m.getDateSubmittedToAlo())
                        .allMatch(d -> d == null))
                .map(AuditRecommendation::getRecommendationNumber)
                .toList();
    }

    private static AuditOverdueItem item(ExternalAudit audit, AuditOverdueItem.KindEnum kind, String pointer, LocalDate due,
                                         String recommendation) {
        return new AuditOverdueItem().auditId(audit.getId()).patsTrackingNumber(audit.getPatsTrackingNumber())
                .kind(kind).pointer(pointer).dueDate(due).recommendationNumber(recommendation);
    }
}
