package org.govforms.domain.fafsapj;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import org.govforms.domain.rules.VisibleText;
import org.govforms.model.ProfessionalJudgmentDetermination;
import org.govforms.model.ProfessionalJudgmentDocumentation;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.ProfessionalJudgmentRequest;
import org.govforms.model.ProfessionalJudgmentRequest.RequestTypeEnum;

/** Null-safe reading of a professional-judgment record: its lists, its rows by identifier, its award years. */
final class FafsaPjRecords {

    /** The request types that ask for a determination of independence (60-day clock, final notice). */
    static final Set<RequestTypeEnum> INDEPENDENCE = EnumSet.of(RequestTypeEnum.UNUSUAL_CIRCUMSTANCE_OVERRIDE,
            RequestTypeEnum.HOMELESS_YOUTH, RequestTypeEnum.FOSTER_CARE_YOUTH, RequestTypeEnum.OTHER_INDEPENDENCE);

    /** The request types whose answer is an adjustment of cost of attendance or EFC/SAI data elements. */
    static final Set<RequestTypeEnum> ADJUSTMENT = EnumSet.of(RequestTypeEnum.SPECIAL_CIRCUMSTANCE,
            RequestTypeEnum.DISASTER_EMERGENCY_OR_DOWNTURN);

    private FafsaPjRecords() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Optional<ProfessionalJudgmentRequest> request(ProfessionalJudgmentRecord record, String requestId) {
        return list(record.getRequests()).stream()
                .filter(request -> request != null && requestId != null && requestId.equals(request.getRequestId()))
                .findFirst();
    }

    static RequestTypeEnum requestType(ProfessionalJudgmentRecord record, String requestId) {
        return request(record, requestId).map(ProfessionalJudgmentRequest::getRequestType).orElse(null);
    }

    static Optional<ProfessionalJudgmentDocumentation> documentation(ProfessionalJudgmentRecord record, String id) {
        return list(record.getDocumentation()).stream()
                .filter(item -> item != null && id != null && id.equals(item.getDocumentationId()))
                .findFirst();
    }

    static Optional<ProfessionalJudgmentDetermination> determination(ProfessionalJudgmentRecord record, String requestId) {
        return list(record.getDeterminations()).stream()
                .filter(item -> item != null && requestId != null && requestId.equals(item.getRequestId()))
                .findFirst();
    }

    static boolean asksForIndependence(ProfessionalJudgmentRequest request) {
        return request != null && INDEPENDENCE.contains(request.getRequestType());
    }

    /** The first calendar year of an award year such as 2023-24, or -1 when it cannot be read. */
    static int firstYear(String awardYear) {
        if (awardYear == null || awardYear.length() < 4 || !awardYear.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(awardYear.substring(0, 4));
    }

    static int awardYear(ProfessionalJudgmentRecord record) {
        return record.getStudent() == null ? -1 : firstYear(record.getStudent().getAwardYear());
    }

    static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    static boolean nonZero(BigDecimal amount) {
        return amount != null && amount.signum() != 0;
    }

    static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    static boolean blank(String text) {
        return VisibleText.isBlank(text);
    }
}
