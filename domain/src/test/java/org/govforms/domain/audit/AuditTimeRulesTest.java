package org.govforms.domain.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.govforms.model.AuditCorrectiveAction;
import org.govforms.model.AuditOverdueItem;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;
import org.govforms.model.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.govforms.domain.audit.AuditJson.audit;
import static org.govforms.domain.audit.AuditJson.changed;
import static org.govforms.domain.audit.AuditJson.remove;
import static org.govforms.domain.audit.AuditJson.set;

/**
 * What depends on today's date: the computed due dates and overdue flags, the context rules (R.14, R.42, R.45),
 * the overdue items, and the moves between phases.
 */
class AuditTimeRulesTest {

    /** The GAO audit back in corrective action: both recommendations open, released 2025-09-15. */
    private static ObjectNode gaoInCorrectiveAction() {
        return changed("AuditGaoAuditClosed", set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"),
                remove("/closure"), remove("/correctiveAction/completedDate"),
                set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/gaoStatus", "NOT_IMPLEMENTED"),
                set("/recommendations/1/open", true), remove("/recommendations/1/dateClosedByAuditor"),
                set("/recommendations/1/gaoStatus", "NOT_IMPLEMENTED"));
    }

    /** The OIG inspection in corrective action, released 2025-06-30, its one recommendation open. */
    private static ObjectNode oigInCorrectiveAction(String status) {
        return changed("AuditOigInspectionClosed", set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"),
                remove("/closure"), set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/oigStatus", status), set("/missionActionPlans/1/milestones/0/status", "IN_PROGRESS"),
                remove("/missionActionPlans/1/milestones/0/completionDate"));
    }

    @Test
    void theServerComputesEveryDueDateFromTheAuditsOwnDates() {
        ExternalAudit gao = AuditSchedule.computed(audit(gaoInCorrectiveAction()), LocalDate.parse("2026-01-10"));

        assertThat(gao.getDraftReport().getCommentDueDate()).isEqualTo("2025-07-25");
        assertThat(gao.getDraftReport().getCommentsOverdue()).isFalse();
        AuditCorrectiveAction action = gao.getCorrectiveAction();
        assertThat(action.getMapsDueToAlo()).isEqualTo("2025-10-30");
        assertThat(action.getMapsDueToEntity()).isEqualTo("2025-11-14");
        assertThat(action.getFullImplementationTarget()).isEqualTo("2026-09-15");
        assertThat(action.getMapUpdateCadence()).isEqualTo(AuditCorrectiveAction.MapUpdateCadenceEnum.EVERY_6_MONTHS_GAO);
        assertThat(action.getMapsDueToAloOverdue()).isFalse();
        assertThat(action.getFullImplementationOverdue()).isFalse();
        MissionActionPlan initial = gao.getMissionActionPlans().get(0);
        assertThat(initial.getDueToAlo()).isEqualTo("2025-10-30");
        assertThat(initial.getDueToEntity()).isEqualTo("2025-11-14");
        assertThat(initial.getNextUpdateDue()).isNull();
        MissionActionPlan update = gao.getMissionActionPlans().get(2);
        assertThat(update.getDueToAlo()).isNull();
        assertThat(update.getDueToEntity()).isEqualTo("2026-05-10");
        assertThat(update.getNextUpdateDue()).isEqualTo("2026-11-08");
        assertThat(update.getUpdateOverdue()).isFalse();

        ExternalAudit oig = AuditSchedule.computed(audit(oigInCorrectiveAction("RESOLVED_AND_OPEN")), LocalDate.parse("2026-01-10"));
        assertThat(oig.getCorrectiveAction().getMapsDueToEntity()).isEqualTo("2025-09-28");
        assertThat(oig.getMissionActionPlans().get(1).getDueToEntity()).isEqualTo("2025-12-19");
        assertThat(oig.getMissionActionPlans().get(1).getNextUpdateDue()).isEqualTo("2026-03-15");
        assertThat(oig.getDraftReport().getCommentDueDate()).isEqualTo("2025-06-11");
    }

    @Test
    void aMapDoneLateLeavesTheOverdueListAndKeepsItsLatenessOnTheAudit() {
        // MAP-1 reached the ALO 4 days after 2025-10-30 and the entity 6 days after 2025-11-14
        ObjectNode json = gaoInCorrectiveAction();
        set("/missionActionPlans/0/dateSubmittedToAlo", "2025-11-03").apply(json);
        set("/missionActionPlans/0/dateVettedByLeadership", "2025-11-10").apply(json);
        set("/missionActionPlans/0/dateSubmittedToEntity", "2025-11-20").apply(json);
        ExternalAudit audit = audit(json);
        LocalDate today = LocalDate.parse("2026-01-10");

        assertThat(AuditSchedule.overdueItems(audit, today)).isEmpty();
        MissionActionPlan late = AuditSchedule.computed(audit, today).getMissionActionPlans().get(0);
        assertThat(late.getDueToAlo()).isEqualTo("2025-10-30");
        assertThat(late.getDaysLateToAlo()).isEqualTo(4);
        assertThat(late.getDueToAloOverdue()).isTrue();
        assertThat(late.getDueToEntity()).isEqualTo("2025-11-14");
        assertThat(late.getDaysLateToEntity()).isEqualTo(6);
        MissionActionPlan onTime = AuditSchedule.computed(audit, today).getMissionActionPlans().get(1);
        assertThat(onTime.getDaysLateToAlo()).isNull();
        assertThat(onTime.getDaysLateToEntity()).isNull();
    }

    @Test
    void everyMapItemNamesItsRecommendation() {
        // recommendation 2 open with no MAP at all once the MAPs are due
        ObjectNode json = gaoInCorrectiveAction();
        com.fasterxml.jackson.databind.node.ArrayNode maps = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("missionActionPlans");
        for (int i = maps.size() - 1; i >= 0; i--) {
            if (maps.get(i).path("recommendationNumber").asText().equals("2")) {
                maps.remove(i);
            }
        }
        ExternalAudit audit = audit(json);
        LocalDate today = LocalDate.parse("2025-11-20");

        assertThat(AuditSchedule.overdueItems(audit, today))
                .extracting(AuditOverdueItem::getKind, AuditOverdueItem::getPointer, AuditOverdueItem::getRecommendationNumber)
                .containsExactlyInAnyOrder(
                        tuple(AuditOverdueItem.KindEnum.MAPS_TO_ALO, "/correctiveAction/mapsDueToAlo", "2"),
                        tuple(AuditOverdueItem.KindEnum.MAPS_TO_ENTITY, "/correctiveAction/mapsDueToEntity", "2"));
    }

    @Test
    void overdueFlagsAndItemsFollowToday() {
        ExternalAudit audit = audit(gaoInCorrectiveAction());
        LocalDate late = LocalDate.parse("2026-11-23");

        ExternalAudit computed = AuditSchedule.computed(audit, late);
        assertThat(computed.getMissionActionPlans().get(2).getUpdateOverdue()).isTrue();
        assertThat(computed.getCorrectiveAction().getFullImplementationOverdue()).isTrue();
        assertThat(AuditSchedule.overdueItems(audit, late))
                .extracting(AuditOverdueItem::getKind, AuditOverdueItem::getPointer, AuditOverdueItem::getRecommendationNumber)
                .containsExactlyInAnyOrder(
                        tuple(AuditOverdueItem.KindEnum.MAP_UPDATE, "/missionActionPlans/2/nextUpdateDue", "1"),
                        tuple(AuditOverdueItem.KindEnum.MAP_UPDATE, "/missionActionPlans/3/nextUpdateDue", "2"),
                        tuple(AuditOverdueItem.KindEnum.FULL_IMPLEMENTATION, "/correctiveAction/fullImplementationTarget", null));
        assertThat(AuditSchedule.overdueItems(audit, LocalDate.parse("2026-01-10"))).isEmpty();
        assertThat(AuditSchedule.overdueItems(audit(AuditJson.example("AuditGaoAuditClosed")), late)).isEmpty();

        ExternalAudit draftOnly = audit(changed("AuditGaoAuditClosed", set("/currentPhase", "DRAFT_REPORT"), set("/auditStatus", "OPEN"),
                remove("/draftReport/responseTransmittedDate"), remove("/finalReport"), remove("/correctiveAction"),
                remove("/missionActionPlans"), remove("/closure")));
        assertThat(AuditSchedule.computed(draftOnly, LocalDate.parse("2025-07-26")).getDraftReport().getCommentsOverdue()).isTrue();
        assertThat(AuditSchedule.overdueItems(draftOnly, LocalDate.parse("2025-07-26")))
                .extracting(AuditOverdueItem::getKind).containsExactly(AuditOverdueItem.KindEnum.DRAFT_REPORT_COMMENTS);
        assertThat(AuditSchedule.overdueItems(draftOnly, LocalDate.parse("2025-07-25"))).isEmpty();
    }

    @Test
    void r42_everyOpenRecommendationHasAMapOnceTheyAreDue() {
        ObjectNode noMaps = changed("AuditGaoAuditClosed", set("/currentPhase", "CORRECTIVE_ACTION"), set("/auditStatus", "OPEN"),
                remove("/closure"), set("/recommendations/0/open", true), remove("/recommendations/0/dateClosedByAuditor"),
                set("/recommendations/0/gaoStatus", "NOT_IMPLEMENTED"), set("/missionActionPlans",
                        List.of(AuditJson.example("AuditGaoAuditClosed").at("/missionActionPlans/1"))));

        assertThat(AuditContextRules.check(audit(noMaps), LocalDate.parse("2025-10-30"))).isEmpty();
        List<Violation> late = AuditContextRules.check(audit(noMaps), LocalDate.parse("2025-10-31"));
        assertThat(late).extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .containsExactly(tuple("/recommendations/0/open", "AUDIT:R.42", "MAP_MISSING_FOR_OPEN_RECOMMENDATION"));
        assertThat(late.get(0).getFormItem()).isEqualTo("AUDIT:RC.13");
        assertThat(late.get(0).getSeverity()).isEqualTo(Violation.SeverityEnum.WARNING);
    }

    @Test
    void r45_updatedMapsFollowTheEntitysCadence() {
        ExternalAudit audit = audit(gaoInCorrectiveAction());

        assertThat(AuditContextRules.check(audit, LocalDate.parse("2026-11-08"))).isEmpty();
        assertThat(AuditContextRules.check(audit, LocalDate.parse("2026-11-12")))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getFormItem)
                .containsExactlyInAnyOrder(
                        tuple("/missionActionPlans/2/dateSubmittedToEntity", "AUDIT:R.45", "AUDIT:MP.14"),
                        tuple("/missionActionPlans/3/dateSubmittedToEntity", "AUDIT:R.45", "AUDIT:MP.14"));
        assertThat(AuditContextRules.check(audit(AuditJson.example("AuditGaoAuditClosed")), LocalDate.parse("2026-11-12"))).isEmpty();
    }

    @Test
    void r14_anOpenOigRecommendationKeepsMoving() {
        ExternalAudit unresolved = audit(oigInCorrectiveAction("UNRESOLVED_AND_OPEN"));
        assertThat(AuditContextRules.check(unresolved, LocalDate.parse("2026-03-15")))
                .extracting(Violation::getRule).doesNotContain("AUDIT:R.14");
        assertThat(AuditContextRules.check(unresolved, LocalDate.parse("2026-03-16")))
                .extracting(Violation::getPointer, Violation::getRule)
                .contains(tuple("/recommendations/0/oigStatus", "AUDIT:R.14"));

        ExternalAudit resolved = audit(oigInCorrectiveAction("RESOLVED_AND_OPEN"));
        assertThat(AuditContextRules.check(resolved, LocalDate.parse("2026-02-20"))).isEmpty();
        assertThat(AuditContextRules.check(resolved, LocalDate.parse("2026-02-21")))
                .extracting(Violation::getPointer, Violation::getRule)
                .containsExactly(tuple("/missionActionPlans/1/milestones/0/targetDate", "AUDIT:R.14"));
    }

    @Test
    void thePhasesFollowOneAnotherAsTheDirectiveAllows() {
        ExternalAudit stored = audit(changed("AuditGaoAuditClosed", set("/currentPhase", "FINAL_REPORT"), set("/auditStatus", "OPEN")));

        assertThat(AuditLifecycle.transition(stored, audit(changed("AuditGaoAuditClosed", set("/currentPhase", "CORRECTIVE_ACTION"),
                set("/auditStatus", "OPEN"))))).isEmpty();
        assertThat(AuditLifecycle.transition(stored, audit(changed("AuditGaoAuditClosed", set("/currentPhase", "EXIT_CONFERENCE")))))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .contains(tuple("/currentPhase", "AUDIT:R.40", "PHASE_MOVED_BACK"));

        ExternalAudit announced = audit(AuditJson.example("AuditAnnouncementOnly"));
        assertThat(AuditLifecycle.transition(announced, audit(changed("AuditAnnouncementOnly", set("/currentPhase", "FIELDWORK")))))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .containsExactly(tuple("/currentPhase", "AUDIT:R.31", "PHASE_SKIPPED"));

        ExternalAudit openRecommendations = audit(changed("AuditGaoAuditClosed", set("/currentPhase", "CLOSURE"),
                set("/recommendations/0/open", true), remove("/missionActionPlans")));
        assertThat(AuditLifecycle.transition(stored, openRecommendations))
                .extracting(Violation::getPointer, Violation::getRule, Violation::getCode)
                .containsExactlyInAnyOrder(
                        tuple("/currentPhase", "AUDIT:R.41", "CORRECTIVE_ACTION_SKIPPED"),
                        tuple("/recommendations/0/open", "AUDIT:R.42", "MAP_MISSING_FOR_OPEN_RECOMMENDATION"));

        ExternalAudit closed = audit(AuditJson.example("AuditGaoAuditClosed"));
        assertThat(AuditLifecycle.transition(closed, audit(changed("AuditGaoAuditClosed", set("/auditStatus", "OPEN")))))
                .extracting(Violation::getPointer, Violation::getRule)
                .containsExactly(tuple("/auditStatus", "AUDIT:R.5"));
    }
}
