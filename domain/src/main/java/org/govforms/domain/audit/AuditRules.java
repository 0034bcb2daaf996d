package org.govforms.domain.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.govforms.domain.rules.RecordRule;
import org.govforms.model.AuditDraftReport;
import org.govforms.model.AuditFinalReport;
import org.govforms.model.AuditInformationRequest;
import org.govforms.model.AuditMeeting;
import org.govforms.model.AuditPerson;
import org.govforms.model.AuditRecommendation;
import org.govforms.model.AuditResponse;
import org.govforms.model.AuditStatementOfFacts;
import org.govforms.model.ExternalAudit;
import org.govforms.model.MissionActionPlan;

import static org.govforms.domain.audit.Audits.after;
import static org.govforms.domain.audit.Audits.before;
import static org.govforms.domain.audit.Audits.blank;
import static org.govforms.domain.audit.Audits.is;
import static org.govforms.domain.audit.Audits.list;
import static org.govforms.domain.audit.Audits.phase;
import static org.govforms.domain.audit.Audits.phaseIndex;
import static org.govforms.domain.audit.Audits.yes;
import static org.govforms.domain.rules.RecordRule.error;
import static org.govforms.domain.rules.RecordRule.warning;

/**
 * The rules of ICE Directive 1035.1 that an external-audit record can show on its own, each checked on the
 * whole audit (sections refer to one another: a response answers a request, a MAP covers a recommendation).
 * The phase lifecycle is part of it: an audit in a phase must hold what the phases before it produced.
 */
public final class AuditRules {

    private static final Class<ExternalAudit> A = ExternalAudit.class;

    /** One check per response, with its index. */
    private interface ResponseCheck {
        void check(AuditResponse response, String at, ExternalAudit audit, RecordRule.Findings findings);
    }

    private static RecordRule.Check<ExternalAudit> eachResponse(ResponseCheck check) {
        return (audit, findings) -> {
            List<AuditResponse> responses = list(audit.getResponses());
            for (int i = 0; i < responses.size(); i++) {
                if (responses.get(i) != null) {
                    check.check(responses.get(i), "/responses/" + i + "/", audit, findings);
                }
            }
        };
    }

    private static boolean official(AuditResponse r) {
        return is(r.getKind(), "SUBSTANTIVE") || is(r.getTransmissionPath(), "TRANSMITTED_THROUGH_ALO");
    }

    private static boolean onReport(AuditResponse r) {
        return is(r.getRespondsTo(), "DRAFT_REPORT", "FINAL_REPORT");
    }

    private static boolean technicalReview(AuditResponse r) {
        return list(r.getTechnicalResponseTypes()).stream().anyMatch(t -> is(t, "TECHNICAL_REVIEW_OF_REPORT_OR_TESTIMONY"));
    }

    static LocalDate meetingDate(ExternalAudit audit, String eventId) {
        return list(audit.getMeetings()).stream()
                .filter(m -> m != null && eventId != null && eventId.equals(m.getEventId()))
                .map(AuditMeeting::getDate).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static LocalDate exitConferenceDate(ExternalAudit audit) {
        return audit.getExitConference() == null ? null : meetingDate(audit, audit.getExitConference().getConferenceEventId());
    }

    private static AuditPerson person(ExternalAudit audit, String personId) {
        return list(audit.getPersonnel()).stream()
                .filter(p -> p != null && personId != null && personId.equals(p.getPersonId())).findFirst().orElse(null);
    }

    static final RecordRule<ExternalAudit> ALO_COPY_OF_CORRESPONDENCE = error("AUDIT:R.2", "ALO_COPY_OF_CORRESPONDENCE_MISSING",
            "Give the ALO a copy of all correspondence with the external entity, before or while it goes out.", A,
            (audit, findings) -> {
                var items = list(audit.getCorrespondence());
                for (int i = 0; i < items.size(); i++) {
                    var c = items.get(i);
                    if (c == null) {
                        continue;
                    }
                    if (!yes(c.getCopyProvidedToAlo())) {
                        findings.at("/correspondence/" + i + "/copyProvidedToAlo");
                    } else if (is(c.getDirection(), "TO_EXTERNAL_ENTITY")
                            && (c.getDateAloReceivedCopy() == null || after(c.getDateAloReceivedCopy(), c.getDate()))) {
                        findings.at("/correspondence/" + i + "/dateAloReceivedCopy");
                    }
                }
            });

    static final RecordRule<ExternalAudit> CONTRACTOR_NAMED = error("AUDIT:R.3", "CONTRACTOR_NAME_MISSING",
            "The work is performed by contract support: name the contractor.", A, (audit, findings) -> {
                if (yes(audit.getPerformedByContractSupport()) && blank(audit.getContractorName())) {
                    findings.at("/contractorName");
                }
            });

    static final RecordRule<ExternalAudit> CLOSED_ONLY_ON_FORMAL_REQUEST = error("AUDIT:R.5", "CLOSED_WITHOUT_FORMAL_CLOSURE",
            "An audit is not closed because a final report is issued: it is closed in the closure phase, after ICE formally"
                    + " requested closure once the MAPs were implemented to the auditors' satisfaction, and the entity confirmed it.",
            A, (audit, findings) -> {
                if (!is(audit.getAuditStatus(), "CLOSED")) {
                    return;
                }
                var closure = audit.getClosure();
                if (!is(audit.getCurrentPhase(), "CLOSURE") || closure == null || !yes(closure.getMapsImplementedToAuditorsSatisfaction())
                        || closure.getClosureRequestDate() == null || closure.getEntityConfirmedClosureDate() == null) {
                    findings.at("/auditStatus");
                }
            });

    static final RecordRule<ExternalAudit> COMMENT_PERIOD_REASON = error("AUDIT:R.6", "COMMENT_PERIOD_REASON_MISSING",
            "The comment due date differs from 30 days after receipt: record the circumstances (e.g. a hearing).", A,
            (audit, findings) -> {
                AuditDraftReport draft = audit.getDraftReport();
                if (draft != null && is(audit.getExternalEntity(), "GAO", "DHS_OIG") && draft.getCommentDueDateSetByEntity() != null
                        && !draft.getCommentDueDateSetByEntity().equals(AuditSchedule.standardCommentDueDate(draft))
                        && blank(draft.getReasonCommentPeriodDiffers())) {
                    findings.at("/draftReport/reasonCommentPeriodDiffers");
                }
            });

    static final RecordRule<ExternalAudit> RESPONSE_IN_APPENDIX = warning("AUDIT:R.7", "ICE_RESPONSE_NOT_IN_APPENDIX",
            "ICE commented on the draft: the final report normally carries that response in an appendix; check it.", A,
            (audit, findings) -> {
                if (audit.getDraftReport() != null && audit.getDraftReport().getSubstantiveResponseId() != null
                        && audit.getFinalReport() != null && !yes(audit.getFinalReport().getIceResponseInAppendix())) {
                    findings.at("/finalReport/iceResponseInAppendix");
                }
            });

    static final RecordRule<ExternalAudit> RELEASE_EVENT_FITS_ENTITY = error("AUDIT:R.8", "RELEASE_EVENT_OF_ANOTHER_ENTITY",
            "An OIG report is released when OIG transmits it to the DHS Secretary, a GAO report when GAO publishes it to"
                    + " Congress and DHS: choose the release event of this audit's entity.", A, (audit, findings) -> {
                AuditFinalReport report = audit.getFinalReport();
                if (report == null || report.getReleaseEvent() == null) {
                    return;
                }
                String expected = is(audit.getExternalEntity(), "GAO") ? "PUBLISHED_BY_GAO_TO_CONGRESS_AND_DHS"
                        : is(audit.getExternalEntity(), "DHS_OIG") ? "TRANSMITTED_BY_OIG_TO_DHS_SECRETARY" : "RELEASED_BY_OTHER_ENTITY";
                if (!is(report.getReleaseEvent(), expected)) {
                    findings.at("/finalReport/releaseEvent");
                }
            });

    static final RecordRule<ExternalAudit> OBJECTIVES_HOW_COMMUNICATED = error("AUDIT:R.10", "OBJECTIVES_CHANNEL_MISSING",
            "Say how the auditor communicated the objectives: in the notification letter or at the entrance conference.", A,
            (audit, findings) -> {
                if (!blank(audit.getObjectives()) && audit.getObjectivesCommunicatedBy() == null) {
                    findings.at("/objectivesCommunicatedBy");
                }
            });

    static final RecordRule<ExternalAudit> TECHNICAL_OR_SUBSTANTIVE = error("AUDIT:R.11", "RESPONSE_KIND_INCOMPLETE",
            "A technical response names its types; a substantive response is the Director's prerogative: it needs the"
                    + " Director's signature and who signed.", A, eachResponse((r, at, audit, findings) -> {
                if (is(r.getKind(), "TECHNICAL") && list(r.getTechnicalResponseTypes()).isEmpty()) {
                    findings.at(at + "technicalResponseTypes");
                }
                if (is(r.getKind(), "SUBSTANTIVE") && !list(r.getTechnicalResponseTypes()).isEmpty()) {
                    findings.at(at + "technicalResponseTypes");
                }
                if (is(r.getKind(), "SUBSTANTIVE") && !yes(r.getDirectorSignatureRequired())) {
                    findings.at(at + "directorSignatureRequired");
                }
                if (is(r.getKind(), "SUBSTANTIVE") && r.getSignedBy() == null) {
                    findings.at(at + "signedBy");
                }
            }));

    static final RecordRule<ExternalAudit> STATEMENT_OF_FACTS_PRECEDES_DRAFT = error("AUDIT:R.12", "STATEMENT_OF_FACTS_OUT_OF_ORDER",
            "A Statement of Facts comes before or at the exit conference and before the draft report, and never contains"
                    + " recommendations.", A, (audit, findings) -> {
                AuditStatementOfFacts sof = audit.getStatementOfFacts();
                if (sof == null || !yes(sof.getReceived())) {
                    return;
                }
                if (yes(sof.getContainsRecommendations())) {
                    findings.at("/statementOfFacts/containsRecommendations");
                }
                LocalDate draft = audit.getDraftReport() == null ? null : audit.getDraftReport().getDateReceived();
                if (sof.getDateReceived() == null && draft != null
                        || after(sof.getDateReceived(), exitConferenceDate(audit))
                        || draft != null && !before(sof.getDateReceived(), draft)) {
                    findings.at("/statementOfFacts/dateReceived");
                }
            });

    static final RecordRule<ExternalAudit> STATUS_OF_THE_ENTITY = error("AUDIT:R.13", "STATUS_OF_ANOTHER_ENTITY",
            "Recommendation status comes from the audit's entity: fill only the GAO status for GAO, only the OIG status"
                    + " for DHS OIG, and only the other entity's status otherwise.", A, (audit, findings) -> {
                var recs = list(audit.getRecommendations());
                boolean gao = is(audit.getExternalEntity(), "GAO");
                boolean oig = is(audit.getExternalEntity(), "DHS_OIG");
                for (int i = 0; i < recs.size(); i++) {
                    AuditRecommendation r = recs.get(i);
                    if (r == null || audit.getExternalEntity() == null) {
                        continue;
                    }
                    String at = "/recommendations/" + i + "/";
                    if (!gao && r.getGaoStatus() != null || gao && r.getGaoStatus() == null) {
                        findings.at(at + "gaoStatus");
                    }
                    if (!oig && r.getOigStatus() != null || oig && r.getOigStatus() == null) {
                        findings.at(at + "oigStatus");
                    }
                    boolean other = !gao && !oig;
                    if (!other && r.getOtherEntityStatus() != null || other && blank(r.getOtherEntityStatus())) {
                        findings.at(at + "otherEntityStatus");
                    }
                }
            });

    static final RecordRule<ExternalAudit> RESOLVED_AND_CLOSED_WITH_EVIDENCE = error("AUDIT:R.15", "CLOSED_WITHOUT_EVIDENCE",
            "Resolved and closed needs the evidence that the MAP solution was implemented, the date the auditor closed it"
                    + " and the recommendation no longer open.", A, (audit, findings) -> {
                var recs = list(audit.getRecommendations());
                for (int i = 0; i < recs.size(); i++) {
                    AuditRecommendation r = recs.get(i);
                    if (r != null && is(r.getOigStatus(), "RESOLVED_AND_CLOSED")) {
                        String at = "/recommendations/" + i + "/";
                        if (list(r.getImplementationEvidence()).isEmpty()) {
                            findings.at(at + "implementationEvidence");
                        }
                        if (r.getDateClosedByAuditor() == null) {
                            findings.at(at + "dateClosedByAuditor");
                        }
                        if (yes(r.getOpen())) {
                            findings.at(at + "open");
                        }
                    }
                }
            });

    static final RecordRule<ExternalAudit> DESIGNATIONS = error("AUDIT:R.16", "DESIGNATION_MISSING",
            "SMEs and DPOs are designated by an Audit Coordinator of this audit, Audit Coordinators selected by a"
                    + " Headquarters Responsible Official: name who designated them and when.", A, (audit, findings) -> {
                var people = list(audit.getPersonnel());
                for (int i = 0; i < people.size(); i++) {
                    AuditPerson p = people.get(i);
                    if (p == null) {
                        continue;
                    }
                    String designator = is(p.getRole(), "SUBJECT_MATTER_EXPERT", "DESIGNATED_PROGRAM_OFFICIAL") ? "AUDIT_COORDINATOR"
                            : is(p.getRole(), "AUDIT_COORDINATOR") ? "HEADQUARTERS_RESPONSIBLE_OFFICIAL" : null;
                    if (designator == null) {
                        continue;
                    }
                    AuditPerson by = person(audit, p.getDesignatedBy());
                    if (by == null || !is(by.getRole(), designator)) {
                        findings.at("/personnel/" + i + "/designatedBy");
                    } else if (p.getDateDesignated() == null) {
                        findings.at("/personnel/" + i + "/dateDesignated");
                    }
                }
            });

    static final RecordRule<ExternalAudit> RECORDED_IN_PATS = error("AUDIT:R.17", "NOT_RECORDED_IN_PATS",
            "Record the entrance and exit notifications and the closure in PATS: give the date recorded.", A, (audit, findings) -> {
                var entrance = audit.getEntranceConference();
                if (entrance != null && entrance.getConferenceEventId() != null && entrance.getDateRecordedInPats() == null) {
                    findings.at("/entranceConference/dateRecordedInPats");
                }
                var exit = audit.getExitConference();
                if (exit != null && exit.getConferenceEventId() != null && exit.getDateRecordedInPats() == null) {
                    findings.at("/exitConference/dateRecordedInPats");
                }
                var closure = audit.getClosure();
                if (closure != null && closure.getEntityConfirmedClosureDate() != null && closure.getDateRecordedInPats() == null) {
                    findings.at("/closure/dateRecordedInPats");
                }
            });

    static final RecordRule<ExternalAudit> OFFICIAL_RESPONSE_REVIEWED = error("AUDIT:R.19", "OFFICIAL_RESPONSE_NOT_REVIEWED",
            "An official ICE response is reviewed by the ALO after it is submitted and checked for format, grammar and"
                    + " responsiveness.", A, eachResponse((r, at, audit, findings) -> {
                if (!official(r)) {
                    return;
                }
                if (!yes(r.getFormatAndResponsivenessChecked())) {
                    findings.at(at + "formatAndResponsivenessChecked");
                }
                if (r.getDateSubmittedToAlo() != null && (r.getAloReviewDate() == null || before(r.getAloReviewDate(), r.getDateSubmittedToAlo()))) {
                    findings.at(at + "aloReviewDate");
                }
            }));

    static final RecordRule<ExternalAudit> CONCURRED_TRACKED_UNTIL_CLOSED = error("AUDIT:R.20", "RECOMMENDATION_NOT_CLOSED_BY_AUDITOR",
            "A recommendation ICE concurred in stays open until the auditor closes it (give that date); closure is requested"
                    + " and the audit closed only when every one of them is closed and implemented (GAO) or resolved and closed (OIG).",
            A, (audit, findings) -> {
                var recs = list(audit.getRecommendations());
                boolean closing = is(audit.getAuditStatus(), "CLOSED") || is(audit.getCurrentPhase(), "CLOSURE");
                for (int i = 0; i < recs.size(); i++) {
                    AuditRecommendation r = recs.get(i);
                    if (r == null || !is(r.getConcurrence(), "CONCUR", "PARTIALLY_CONCUR")) {
                        continue;
                    }
                    String at = "/recommendations/" + i + "/";
                    if (Boolean.FALSE.equals(r.getOpen()) && r.getDateClosedByAuditor() == null) {
                        findings.at(at + "dateClosedByAuditor");
                    }
                    if (!closing) {
                        continue;
                    }
                    if (yes(r.getOpen())) {
                        findings.at(at + "open");
                    }
                    if (is(audit.getExternalEntity(), "GAO") && r.getGaoStatus() != null && !is(r.getGaoStatus(), "IMPLEMENTED")) {
                        findings.at(at + "gaoStatus");
                    }
                    if (is(audit.getExternalEntity(), "DHS_OIG") && r.getOigStatus() != null
                            && !is(r.getOigStatus(), "RESOLVED_AND_CLOSED")) {
                        findings.at(at + "oigStatus");
                    }
                }
            });

    static final RecordRule<ExternalAudit> LEADERSHIP_TOLD_OF_CLOSURE = error("AUDIT:R.21", "LEADERSHIP_NOT_INFORMED_OF_CLOSURE",
            "The entity closed the audit: inform ICE leadership and the headquarters responsible officials, on or after that date.", A,
            (audit, findings) -> {
                var closure = audit.getClosure();
                if (closure != null && closure.getEntityConfirmedClosureDate() != null && (closure.getLeadershipInformedDate() == null
                        || before(closure.getLeadershipInformedDate(), closure.getEntityConfirmedClosureDate()))) {
                    findings.at("/closure/leadershipInformedDate");
                }
            });

    static final RecordRule<ExternalAudit> CONFERENCE_RECORDS = error("AUDIT:R.22", "CONFERENCE_RECORD_INCOMPLETE",
            "Keep the minutes and the attendees of every entrance and exit conference.", A, (audit, findings) -> {
                var meetings = list(audit.getMeetings());
                for (int i = 0; i < meetings.size(); i++) {
                    AuditMeeting m = meetings.get(i);
                    if (m == null || !is(m.getEventType(), "ENTRANCE_CONFERENCE", "EXIT_CONFERENCE")) {
                        continue;
                    }
                    if (blank(m.getMinutes())) {
                        findings.at("/meetings/" + i + "/minutes");
                    }
                    if (list(m.getAttendees()).isEmpty()) {
                        findings.at("/meetings/" + i + "/attendees");
                    }
                }
            });

    static final RecordRule<ExternalAudit> STATEMENT_OF_FACTS_REQUESTED = warning("AUDIT:R.23", "STATEMENT_OF_FACTS_NOT_REQUESTED",
            "Ask the auditor for a copy of the Statement of Facts before the exit conference.", A, (audit, findings) -> {
                AuditStatementOfFacts sof = audit.getStatementOfFacts();
                if (sof == null) {
                    return;
                }
                if (!yes(sof.getRequestedBeforeExitConference())) {
                    findings.at("/statementOfFacts/requestedBeforeExitConference");
                } else if (sof.getDateRequested() == null || !before(sof.getDateRequested(), exitConferenceDate(audit))
                        && exitConferenceDate(audit) != null) {
                    findings.at("/statementOfFacts/dateRequested");
                }
            });

    static final RecordRule<ExternalAudit> SENSITIVITY_STAFF_ATTORNEY_REVIEW = error("AUDIT:R.24", "SENSITIVITY_REVIEW_MISSING",
            "This material needs the Sensitivity Staff Attorney's review before it is released: give when it was forwarded,"
                    + " the outcome, the review date (not after it was sent) and the attorney.", A, eachResponse((r, at, audit, findings) -> {
                boolean needed = yes(r.getPmConcernedMarkingIsWrong())
                        || is(r.getKind(), "TECHNICAL") && is(r.getRespondsTo(), "STATEMENT_OF_FACTS", "DRAFT_REPORT");
                if (!needed) {
                    return;
                }
                if (r.getForwardedToSensitivityAttorneyDate() == null) {
                    findings.at(at + "forwardedToSensitivityAttorneyDate");
                }
                if (r.getSensitivityReviewOutcome() == null) {
                    findings.at(at + "sensitivityReviewOutcome");
                }
                if (r.getSensitivityReviewDate() == null || after(r.getSensitivityReviewDate(), r.getDateSentToAuditor())) {
                    findings.at(at + "sensitivityReviewDate");
                }
                if (r.getSensitivityStaffAttorney() == null) {
                    findings.at(at + "sensitivityStaffAttorney");
                }
            }));

    static final RecordRule<ExternalAudit> TRAINED_ON_AUDIT_PROCESS = error("AUDIT:R.25", "NOT_TRAINED_ON_AUDIT_PROCESS",
            "SMEs, DPOs and Audit Coordinators are trained on the audit process, procedures and PATS: confirm it with the date.", A,
            (audit, findings) -> {
                var people = list(audit.getPersonnel());
                for (int i = 0; i < people.size(); i++) {
                    AuditPerson p = people.get(i);
                    if (p == null || !is(p.getRole(), "SUBJECT_MATTER_EXPERT", "DESIGNATED_PROGRAM_OFFICIAL", "AUDIT_COORDINATOR")) {
                        continue;
                    }
                    if (!yes(p.getTrainedOnAuditProcess())) {
                        findings.at("/personnel/" + i + "/trainedOnAuditProcess");
                    } else if (p.getTrainingDate() == null) {
                        findings.at("/personnel/" + i + "/trainingDate");
                    }
                }
            });

    static final RecordRule<ExternalAudit> VERBAL_REQUEST_CONFIRMED = error("AUDIT:R.26", "VERBAL_REQUEST_NOT_CONFIRMED",
            "A verbal request is confirmed by email, with the ALO copied: give the confirmation, its date and the ALO copy.", A,
            (audit, findings) -> {
                var requests = list(audit.getInformationRequests());
                for (int i = 0; i < requests.size(); i++) {
                    AuditInformationRequest f = requests.get(i);
                    if (f == null || !is(f.getChannel(), "VERBAL_IN_PERSON", "TELEPHONE")) {
                        continue;
                    }
                    String at = "/informationRequests/" + i + "/";
                    if (!yes(f.getConfirmedByEmail())) {
                        findings.at(at + "confirmedByEmail");
                        continue;
                    }
                    if (f.getConfirmingEmailDate() == null) {
                        findings.at(at + "confirmingEmailDate");
                    }
                    if (!yes(f.getAloCopiedOnConfirmingEmail())) {
                        findings.at(at + "aloCopiedOnConfirmingEmail");
                    }
                }
            });

    static final RecordRule<ExternalAudit> REQUESTS_KNOWN_TO_ALO = error("AUDIT:R.27", "REQUEST_NOT_LINKED_OR_DATED",
            "The ALO learns of a request on or after the day it was received, and a repeated request is linked to an"
                    + " earlier request of this audit.", A, (audit, findings) -> {
                var requests = list(audit.getInformationRequests());
                for (int i = 0; i < requests.size(); i++) {
                    AuditInformationRequest f = requests.get(i);
                    if (f == null) {
                        continue;
                    }
                    if (before(f.getDateAloInformed(), f.getDateReceived())) {
                        findings.at("/informationRequests/" + i + "/dateAloInformed");
                    }
                    if (f.getDuplicateOf() != null && requests.subList(0, i).stream()
                            .noneMatch(e -> e != null && f.getDuplicateOf().equals(e.getRequestId()))) {
                        findings.at("/informationRequests/" + i + "/duplicateOf");
                    }
                }
            });

    static final RecordRule<ExternalAudit> RESPONSE_DIRECT_WITH_COPIES = error("AUDIT:R.28", "RESPONSE_NOT_DIRECT_WITH_PM_COPY",
            "A response to an information request goes directly to the auditor, with a copy to the Portfolio Manager.", A,
            eachResponse((r, at, audit, findings) -> {
                if (!is(r.getRespondsTo(), "INFORMATION_REQUEST")) {
                    return;
                }
                boolean known = list(audit.getInformationRequests()).stream()
                        .anyMatch(f -> f != null && f.getRequestId() != null && f.getRequestId().equals(r.getRespondsToId()));
                if (!known) {
                    findings.at(at + "respondsToId");
                }
                if (!is(r.getTransmissionPath(), "SENT_DIRECTLY_BY_SME_OR_DPO")) {
                    findings.at(at + "transmissionPath");
                }
                if (!yes(r.getCopyToPortfolioManager())) {
                    findings.at(at + "copyToPortfolioManager");
                }
            }));

    static final RecordRule<ExternalAudit> AUDIT_COORDINATOR_COPIES = error("AUDIT:R.29", "AUDIT_COORDINATOR_COPY_MISSING",
            "Give the Audit Coordinator a copy of every auditor request and every response.", A, (audit, findings) -> {
                var requests = list(audit.getInformationRequests());
                for (int i = 0; i < requests.size(); i++) {
                    if (requests.get(i) != null && !yes(requests.get(i).getCopyGivenToAuditCoordinator())) {
                        findings.at("/informationRequests/" + i + "/copyGivenToAuditCoordinator");
                    }
                }
                eachResponse((r, at, a, f) -> {
                    if (!yes(r.getCopyToAuditCoordinator())) {
                        f.at(at + "copyToAuditCoordinator");
                    }
                }).check(audit, findings);
            });

    static final RecordRule<ExternalAudit> CLEARED_BY_LEADERSHIP = error("AUDIT:R.30", "NOT_CLEARED_BY_LEADERSHIP",
            "An official response on a draft or final report is cleared through directorate or program office leadership"
                    + " before it goes to the ALO.", A, eachResponse((r, at, audit, findings) -> {
                if (!onReport(r)) {
                    return;
                }
                if (!yes(r.getClearedByLeadership())) {
                    findings.at(at + "clearedByLeadership");
                } else if (r.getLeadershipClearanceDate() == null || after(r.getLeadershipClearanceDate(), r.getDateSubmittedToAlo())) {
                    findings.at(at + "leadershipClearanceDate");
                }
            }));

    static final RecordRule<ExternalAudit> ENTRANCE_CONFERENCE_ARRANGED = error("AUDIT:R.31", "ENTRANCE_CONFERENCE_NOT_PREPARED",
            "The PM notifies the Audit Coordinators before the entrance conference, and they designate SMEs or DPOs to attend.", A,
            (audit, findings) -> {
                var entrance = audit.getEntranceConference();
                if (entrance == null) {
                    return;
                }
                LocalDate conference = meetingDate(audit, entrance.getConferenceEventId());
                if (conference != null && !before(entrance.getDateAuditCoordinatorsNotified(), conference)) {
                    findings.at("/entranceConference/dateAuditCoordinatorsNotified");
                }
                var coordinators = list(entrance.getAuditCoordinatorsNotified());
                for (int i = 0; i < coordinators.size(); i++) {
                    AuditPerson p = person(audit, coordinators.get(i));
                    if (p == null || !is(p.getRole(), "AUDIT_COORDINATOR")) {
                        findings.at("/entranceConference/auditCoordinatorsNotified/" + i);
                    }
                }
                var attendees = list(entrance.getDesignatedAttendees());
                for (int i = 0; i < attendees.size(); i++) {
                    AuditPerson p = person(audit, attendees.get(i));
                    if (p == null || !is(p.getRole(), "SUBJECT_MATTER_EXPERT", "DESIGNATED_PROGRAM_OFFICIAL")) {
                        findings.at("/entranceConference/designatedAttendees/" + i);
                    }
                }
            });

    static final RecordRule<ExternalAudit> SENSITIVE_MATERIAL_MARKED = error("AUDIT:R.32", "SENSITIVE_MATERIAL_NOT_MARKED",
            "Sensitive or classified material is marked by the SME (say which marking); material the PM thinks wrongly"
                    + " marked goes to the Sensitivity Staff Attorney with a copy to the ALO.", A, eachResponse((r, at, audit, findings) -> {
                if (r.getSensitivity() != null && !is(r.getSensitivity(), "NO_SENSITIVE_INFORMATION")) {
                    if (!yes(r.getMarkedBySme())) {
                        findings.at(at + "markedBySme");
                    } else if (blank(r.getMarkingApplied())) {
                        findings.at(at + "markingApplied");
                    }
                }
                if (yes(r.getPmConcernedMarkingIsWrong()) && r.getForwardedToSensitivityAttorneyDate() != null
                        && !yes(r.getAloCopiedOnForward())) {
                    findings.at(at + "aloCopiedOnForward");
                }
            }));

    static final RecordRule<ExternalAudit> ALO_COPY_OF_RESPONSES = error("AUDIT:R.33", "ALO_COPY_OF_RESPONSE_MISSING",
            "Copies of all information given to auditors go to the ALO.", A, eachResponse((r, at, audit, findings) -> {
                if (!yes(r.getCopyToAlo())) {
                    findings.at(at + "copyToAlo");
                }
            }));

    static final RecordRule<ExternalAudit> EXIT_AFTER_FIELDWORK = error("AUDIT:R.34", "EXIT_CONFERENCE_BEFORE_FIELDWORK_DONE",
            "The exit conference follows the completion of fieldwork, and ICE is properly represented at it.", A, (audit, findings) -> {
                LocalDate exit = exitConferenceDate(audit);
                if (exit != null && audit.getFieldwork() != null
                        && (audit.getFieldwork().getCompletionDate() == null || after(audit.getFieldwork().getCompletionDate(), exit))) {
                    findings.at("/fieldwork/completionDate");
                }
                if (audit.getExitConference() != null && audit.getExitConference().getConferenceEventId() != null
                        && !yes(audit.getExitConference().getIceProperlyRepresented())) {
                    findings.at("/exitConference/iceProperlyRepresented");
                }
            });

    static final RecordRule<ExternalAudit> STATEMENT_OF_FACTS_REVIEWED = error("AUDIT:R.35", "STATEMENT_OF_FACTS_NOT_REVIEWED",
            "The Statement of Facts came before the exit conference: the PM assigns reviewers and ICE prepares comments on it.", A,
            (audit, findings) -> {
                AuditStatementOfFacts sof = audit.getStatementOfFacts();
                if (sof != null && is(sof.getWhenProvided(), "BEFORE_EXIT_CONFERENCE")) {
                    if (list(sof.getReviewers()).isEmpty()) {
                        findings.at("/statementOfFacts/reviewers");
                    }
                    if (list(sof.getCommentResponseIds()).isEmpty()) {
                        findings.at("/statementOfFacts/commentResponseIds");
                    }
                }
            });

    static final RecordRule<ExternalAudit> DRAFT_DISTRIBUTED = error("AUDIT:R.36", "DRAFT_DISTRIBUTED_BEFORE_RECEIPT",
            "The PM distributes the draft report once it is received.", A, (audit, findings) -> {
                AuditDraftReport draft = audit.getDraftReport();
                if (draft != null && before(draft.getDateDistributed(), draft.getDateReceived())) {
                    findings.at("/draftReport/dateDistributed");
                }
            });

    static final RecordRule<ExternalAudit> TECHNICAL_REVIEW_THROUGH_ALO = error("AUDIT:R.37", "TECHNICAL_REVIEW_NOT_THROUGH_ALO",
            "A technical review of a report needs no signed substantive response but is transmitted through the ALO: give"
                    + " the date it went to the ALO.", A, eachResponse((r, at, audit, findings) -> {
                if (!technicalReview(r)) {
                    return;
                }
                if (!is(r.getTransmissionPath(), "TRANSMITTED_THROUGH_ALO")) {
                    findings.at(at + "transmissionPath");
                }
                if (r.getDateSubmittedToAlo() == null) {
                    findings.at(at + "dateSubmittedToAlo");
                }
            }));

    static final RecordRule<ExternalAudit> DRAFT_TECHNICAL_THROUGH_ALO = error("AUDIT:R.38", "DRAFT_TECHNICAL_RESPONSE_NOT_THROUGH_ALO",
            "In the draft report phase technical responses go to the ALO for ICE leadership to review and transmit.", A,
            eachResponse((r, at, audit, findings) -> {
                if (!is(r.getKind(), "TECHNICAL") || !is(r.getRespondsTo(), "DRAFT_REPORT") || technicalReview(r)) {
                    return;
                }
                if (!is(r.getTransmissionPath(), "TRANSMITTED_THROUGH_ALO")) {
                    findings.at(at + "transmissionPath");
                }
                if (r.getDateSubmittedToAlo() == null) {
                    findings.at(at + "dateSubmittedToAlo");
                }
            }));

    static final RecordRule<ExternalAudit> SUBSTANTIVE_APPROVED = error("AUDIT:R.39", "SUBSTANTIVE_RESPONSE_NOT_APPROVED",
            "A substantive response is approved by a Headquarters Responsible Official before it reaches the ALO, and is signed.", A,
            eachResponse((r, at, audit, findings) -> {
                if (!is(r.getKind(), "SUBSTANTIVE")) {
                    return;
                }
                if (r.getApprovedByHeadquartersOfficial() == null) {
                    findings.at(at + "approvedByHeadquartersOfficial");
                }
                if (r.getHeadquartersApprovalDate() == null || r.getDateSubmittedToAlo() == null
                        || after(r.getHeadquartersApprovalDate(), r.getDateSubmittedToAlo())) {
                    findings.at(at + "headquartersApprovalDate");
                }
                if (yes(r.getDirectorSignatureRequired()) && r.getSignatureDate() == null) {
                    findings.at(at + "signatureDate");
                }
            }));

    static final RecordRule<ExternalAudit> FINAL_REPORT_STATES_STATUS = error("AUDIT:R.40", "FINAL_REPORT_COUNTS_WRONG",
            "The final report states each recommendation's status; the closed and open counts add up to the recommendations,"
                    + " and the closed ones are those the auditor closed by the release.", A, (audit, findings) -> {
                AuditFinalReport report = audit.getFinalReport();
                if (report == null) {
                    return;
                }
                var recs = list(audit.getRecommendations());
                for (int i = 0; i < recs.size(); i++) {
                    if (recs.get(i) != null && blank(recs.get(i).getStatusInFinalReport())) {
                        findings.at("/recommendations/" + i + "/statusInFinalReport");
                    }
                }
                long closed = recs.stream().filter(r -> r != null && r.getDateClosedByAuditor() != null
                        && !after(r.getDateClosedByAuditor(), report.getReleaseDate())).count();
                if (report.getRecommendationsClosed() != null && report.getRecommendationsClosed() != closed) {
                    findings.at("/finalReport/recommendationsClosed");
                }
                if (report.getRecommendationsClosed() != null && report.getRecommendationsOpen() != null
                        && report.getRecommendationsClosed() + report.getRecommendationsOpen() != recs.size()) {
                    findings.at("/finalReport/recommendationsOpen");
                }
            });

    static final RecordRule<ExternalAudit> CORRECTIVE_ACTION_WHEN_OPEN = error("AUDIT:R.41", "CORRECTIVE_ACTION_MISMATCH",
            "Corrective action is required exactly when recommendations remain open after the final report (and the phase"
                    + " is then not 'not applicable').", A, (audit, findings) -> {
                AuditFinalReport report = audit.getFinalReport();
                if (report == null || report.getRecommendationsOpen() == null) {
                    return;
                }
                boolean open = report.getRecommendationsOpen() > 0;
                var action = audit.getCorrectiveAction();
                if (action != null && action.getCorrectiveActionRequired() != null && action.getCorrectiveActionRequired() != open) {
                    findings.at("/correctiveAction/correctiveActionRequired");
                }
                if (open && action == null && phase(audit) > phaseIndex("FINAL_REPORT")) {
                    findings.at("/correctiveAction");
                }
                if (!open && is(audit.getCurrentPhase(), "CORRECTIVE_ACTION")) {
                    findings.at("/currentPhase");
                }
                var log = list(audit.getPhaseLog());
                for (int i = 0; i < log.size(); i++) {
                    var entry = log.get(i);
                    if (entry != null && is(entry.getPhase(), "CORRECTIVE_ACTION")
                            && is(entry.getStatus(), "NOT_APPLICABLE") == open) {
                        findings.at("/phaseLog/" + i + "/status");
                    }
                }
            });

    static final RecordRule<ExternalAudit> MAP_TO_ALO_WITHIN_45_DAYS = warning("AUDIT:R.43", "MAP_LATE_TO_ALO",
            "The initial MAP reaches the ALO within 45 days of the final report's release; this one came later.", A,
            (audit, findings) -> {
                var maps = list(audit.getMissionActionPlans());
                for (int i = 0; i < maps.size(); i++) {
                    MissionActionPlan m = maps.get(i);
                    if (m != null && is(m.getSubmissionKind(), "INITIAL_MAP") && after(m.getDateSubmittedToAlo(), AuditSchedule.mapsDueToAlo(audit))) {
                        findings.at("/missionActionPlans/" + i + "/dateSubmittedToAlo");
                    }
                }
            });

    static final RecordRule<ExternalAudit> MAP_VETTED_BEFORE_SENT = error("AUDIT:R.44", "MAP_SENT_BEFORE_VETTING",
            "ICE leadership vets the MAP before it goes to the entity.", A, (audit, findings) -> {
                var maps = list(audit.getMissionActionPlans());
                for (int i = 0; i < maps.size(); i++) {
                    MissionActionPlan m = maps.get(i);
                    if (m != null && after(m.getDateVettedByLeadership(), m.getDateSubmittedToEntity())) {
                        findings.at("/missionActionPlans/" + i + "/dateSubmittedToEntity");
                    }
                }
            });

    static final RecordRule<ExternalAudit> MAP_TO_ENTITY_IN_TIME = warning("AUDIT:R.44", "MAP_LATE_TO_ENTITY",
            "The initial MAP goes to GAO within 60 days and to OIG within 90 days of the final report's release; this one went later.", A,
            (audit, findings) -> {
                var maps = list(audit.getMissionActionPlans());
                for (int i = 0; i < maps.size(); i++) {
                    MissionActionPlan m = maps.get(i);
                    if (m != null && is(m.getSubmissionKind(), "INITIAL_MAP")
                            && after(m.getDateSubmittedToEntity(), AuditSchedule.mapsDueToEntity(audit))) {
                        findings.at("/missionActionPlans/" + i + "/dateSubmittedToEntity");
                    }
                }
            });

    static final RecordRule<ExternalAudit> WITHIN_ONE_YEAR = warning("AUDIT:R.46", "LATER_THAN_ONE_YEAR",
            "ICE makes every effort to implement corrective action within one year of the final report's release; this date is later.", A,
            (audit, findings) -> {
                LocalDate target = AuditSchedule.fullImplementationTarget(audit);
                var maps = list(audit.getMissionActionPlans());
                for (int i = 0; i < maps.size(); i++) {
                    MissionActionPlan m = maps.get(i);
                    if (m == null) {
                        continue;
                    }
                    if (after(m.getEstimatedCompletionDate(), target)) {
                        findings.at("/missionActionPlans/" + i + "/estimatedCompletionDate");
                    }
                    var milestones = list(m.getMilestones());
                    for (int k = 0; k < milestones.size(); k++) {
                        if (milestones.get(k) != null && after(milestones.get(k).getTargetDate(), target)) {
                            findings.at("/missionActionPlans/" + i + "/milestones/" + k + "/targetDate");
                        }
                    }
                }
            });

    static final RecordRule<ExternalAudit> DOCUMENTS_EXAMINED_FOR_SENSITIVITY = error("AUDIT:R.49", "SENSITIVITY_EXAMINATION_MISSING",
            "Examine what the entity prepared for sensitive information: the Statement of Facts once received, and the draft"
                    + " report after it is received.", A, (audit, findings) -> {
                AuditStatementOfFacts sof = audit.getStatementOfFacts();
                if (sof != null && yes(sof.getReceived()) && sof.getSensitivityReviewDate() == null) {
                    findings.at("/statementOfFacts/sensitivityReviewDate");
                }
                AuditDraftReport draft = audit.getDraftReport();
                if (draft != null && before(draft.getSensitivityReviewDate(), draft.getDateReceived())) {
                    findings.at("/draftReport/sensitivityReviewDate");
                }
            });

    /** The lifecycle: an audit in a phase holds what the phases before it produced (sec. 5.1-5.8). */
    static final RecordRule<ExternalAudit> PHASE_NEEDS_ENTRANCE_CONFERENCE = error("AUDIT:R.31", "PHASE_BEFORE_ENTRANCE_CONFERENCE",
            "The audit cannot be past the announcement without the entrance conference's arrangements, nor in fieldwork before"
                    + " the conference was held.", A, (audit, findings) -> {
                if (phase(audit) >= phaseIndex("ENTRANCE_CONFERENCE") && audit.getEntranceConference() == null) {
                    findings.at("/entranceConference");
                } else if (phase(audit) >= phaseIndex("FIELDWORK") && audit.getEntranceConference().getConferenceEventId() == null) {
                    findings.at("/entranceConference/conferenceEventId");
                }
            });

    static final RecordRule<ExternalAudit> PHASE_NEEDS_FIELDWORK_DONE = error("AUDIT:R.34", "PHASE_BEFORE_FIELDWORK_DONE",
            "Fieldwork starts after the entrance conference and is complete before the exit conference; the exit conference"
                    + " is held before the draft report.", A, (audit, findings) -> {
                int phase = phase(audit);
                if (phase >= phaseIndex("FIELDWORK") && audit.getFieldwork() == null) {
                    findings.at("/fieldwork");
                } else if (phase >= phaseIndex("EXIT_CONFERENCE") && audit.getFieldwork().getCompletionDate() == null) {
                    findings.at("/fieldwork/completionDate");
                }
                if (phase >= phaseIndex("DRAFT_REPORT")
                        && (audit.getExitConference() == null || audit.getExitConference().getConferenceEventId() == null)) {
                    findings.at("/exitConference");
                }
            });

    static final RecordRule<ExternalAudit> PHASE_NEEDS_DRAFT = error("AUDIT:R.36", "PHASE_BEFORE_DRAFT_REPORT",
            "The audit cannot be in the draft report phase or later without the draft report.", A, (audit, findings) -> {
                if (phase(audit) >= phaseIndex("DRAFT_REPORT") && audit.getDraftReport() == null) {
                    findings.at("/draftReport");
                }
            });

    static final RecordRule<ExternalAudit> PHASE_NEEDS_FINAL = error("AUDIT:R.40", "PHASE_BEFORE_FINAL_REPORT",
            "The audit cannot be past the draft report phase without the final report.", A, (audit, findings) -> {
                if (phase(audit) >= phaseIndex("FINAL_REPORT") && audit.getFinalReport() == null) {
                    findings.at("/finalReport");
                }
            });

    static final RecordRule<ExternalAudit> PHASE_NEEDS_CLOSURE_REQUEST = error("AUDIT:R.5", "CLOSURE_WITHOUT_FORMAL_REQUEST",
            "The closure phase starts with ICE's formal request for closure, once the MAPs addressed every recommendation"
                    + " and were implemented to the auditors' satisfaction.", A, (audit, findings) -> {
                if (!is(audit.getCurrentPhase(), "CLOSURE")) {
                    return;
                }
                var closure = audit.getClosure();
                if (closure == null) {
                    findings.at("/closure");
                } else if (!yes(closure.getMapsImplementedToAuditorsSatisfaction())) {
                    findings.at("/closure/mapsImplementedToAuditorsSatisfaction");
                } else if (closure.getClosureRequestDate() == null) {
                    findings.at("/closure/closureRequestDate");
                }
            });

    public static final List<RecordRule<?>> ALL = List.of(
            ALO_COPY_OF_CORRESPONDENCE, CONTRACTOR_NAMED, CLOSED_ONLY_ON_FORMAL_REQUEST, COMMENT_PERIOD_REASON,
            RESPONSE_IN_APPENDIX, RELEASE_EVENT_FITS_ENTITY, OBJECTIVES_HOW_COMMUNICATED, TECHNICAL_OR_SUBSTANTIVE,
            STATEMENT_OF_FACTS_PRECEDES_DRAFT, STATUS_OF_THE_ENTITY, RESOLVED_AND_CLOSED_WITH_EVIDENCE, DESIGNATIONS,
            RECORDED_IN_PATS, OFFICIAL_RESPONSE_REVIEWED, CONCURRED_TRACKED_UNTIL_CLOSED, LEADERSHIP_TOLD_OF_CLOSURE,
            CONFERENCE_RECORDS, STATEMENT_OF_FACTS_REQUESTED, SENSITIVITY_STAFF_ATTORNEY_REVIEW, TRAINED_ON_AUDIT_PROCESS,
            VERBAL_REQUEST_CONFIRMED, REQUESTS_KNOWN_TO_ALO, RESPONSE_DIRECT_WITH_COPIES, AUDIT_COORDINATOR_COPIES,
            CLEARED_BY_LEADERSHIP, ENTRANCE_CONFERENCE_ARRANGED, SENSITIVE_MATERIAL_MARKED, ALO_COPY_OF_RESPONSES,
            EXIT_AFTER_FIELDWORK, STATEMENT_OF_FACTS_REVIEWED, DRAFT_DISTRIBUTED, TECHNICAL_REVIEW_THROUGH_ALO,
            DRAFT_TECHNICAL_THROUGH_ALO, SUBSTANTIVE_APPROVED, FINAL_REPORT_STATES_STATUS, CORRECTIVE_ACTION_WHEN_OPEN,
            MAP_TO_ALO_WITHIN_45_DAYS, MAP_VETTED_BEFORE_SENT, MAP_TO_ENTITY_IN_TIME, WITHIN_ONE_YEAR,
            DOCUMENTS_EXAMINED_FOR_SENSITIVITY, PHASE_NEEDS_ENTRANCE_CONFERENCE, PHASE_NEEDS_FIELDWORK_DONE,
            PHASE_NEEDS_DRAFT, PHASE_NEEDS_FINAL, PHASE_NEEDS_CLOSURE_REQUEST);

    private AuditRules() {
    }
}
