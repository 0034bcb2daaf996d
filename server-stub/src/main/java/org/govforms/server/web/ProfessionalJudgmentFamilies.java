package org.govforms.server.web;

import java.util.Objects;
import java.util.function.Predicate;
import org.govforms.domain.fafsapj.FafsaPjComputed;
import org.govforms.domain.fafsapj.FafsaPjContextRules;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.server.records.RecordFamily;

/**
 * The FAFSA professional-judgment families: records, checked against the student's records of other award
 * years, the institution's policy and today's date, with their computed properties; and institution policies.
 */
final class ProfessionalJudgmentFamilies {

    static final RecordFamily<ProfessionalJudgmentPolicy> POLICIES =
            new RecordFamily<>("professional-judgment-policies", ProfessionalJudgmentPolicy.class);

    /** The stored records as context rules read them (no computed properties needed). */
    private static final RecordFamily<ProfessionalJudgmentRecord> STORED_RECORDS =
            new RecordFamily<>("professional-judgment-records", ProfessionalJudgmentRecord.class);

    static final RecordFamily<ProfessionalJudgmentRecord> RECORDS = STORED_RECORDS
            .withContextRules((record, context) -> FafsaPjContextRules.check(record, context.all(STORED_RECORDS),
                    context.all(POLICIES), context.today()))
            .withComputed(FafsaPjComputed::compute);

    private ProfessionalJudgmentFamilies() {
    }

    /** Matches a record when every given search value equals the record's (a null value matches any). */
    static Predicate<ProfessionalJudgmentRecord> recordsOf(String studentIdentifier, String federalSchoolCode, String awardYear) {
        return record -> record.getStudent() != null
                && matches(studentIdentifier, record.getStudent().getStudentIdentifier())
                && matches(federalSchoolCode, record.getStudent().getFederalSchoolCode())
                && matches(awardYear, record.getStudent().getAwardYear());
    }

    static Predicate<ProfessionalJudgmentPolicy> policiesOf(String federalSchoolCode, String awardYear) {
        return policy -> matches(federalSchoolCode, policy.getFederalSchoolCode()) && matches(awardYear, policy.getAwardYear());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
