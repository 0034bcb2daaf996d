package org.govforms.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.fafsapj.FafsaPjComputed;
import org.govforms.domain.fafsapj.FafsaPjContextRules;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentRecord;
import org.govforms.model.Violation;
import org.govforms.server.records.BadRequestException;
import org.govforms.server.records.DependentRecords;
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

    private static final String RECORDS_PATH = "/v1/professional-judgment-records/";
    private static final ObjectMapper JSON = GovFormsJson.newObjectMapper();

    /**
     * The records, a replacement of the one stored as {@code replacing} checked against the student's records that
     * name it: one that would no longer be the granted override a later award year's record claims as its prior
     * determination of independence (R.14) is refused, naming that record.
     */
    static RecordFamily<ProfessionalJudgmentRecord> records(UUID replacing) {
        return RECORDS.withDependents((proposed, context) -> {
            ProfessionalJudgmentRecord replacement = withId(proposed, replacing);
            List<ProfessionalJudgmentRecord> now = context.all(STORED_RECORDS);
            List<ProfessionalJudgmentRecord> after = now.stream()
                    .map(record -> record.getId().equals(replacing) ? replacement : record).toList();
            List<ProfessionalJudgmentPolicy> policies = context.all(POLICIES);
            List<Violation> broken = new ArrayList<>();
            for (ProfessionalJudgmentRecord other : now) {
                if (!other.getId().equals(replacing)) {
                    broken.addAll(DependentRecords.newErrors(
                            FafsaPjContextRules.check(other, now, policies, context.today()),
                            FafsaPjContextRules.check(other, after, policies, context.today()),
                            RECORDS_PATH + other.getId()));
                }
            }
            return broken;
        });
    }

    /** The record as it will be stored under its id (the generated model has no setter for the read-only id). */
    private static ProfessionalJudgmentRecord withId(ProfessionalJudgmentRecord record, UUID id) {
        ObjectNode document = JSON.valueToTree(record);
        document.put("id", id.toString());
        try {
            return JSON.treeToValue(document, ProfessionalJudgmentRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record no longer reads back with its id", e);
        }
    }

    /**
     * Institution policies, checked against the stored records they govern: a new policy, or a replacement of the
     * one stored as {@code replacing}, is refused when a record would newly break a rule under it (R.47: more
     * licensure attempts than the new limit), each violation naming that record.
     */
    static RecordFamily<ProfessionalJudgmentPolicy> policies(UUID replacing) {
        return POLICIES.withDependents((proposed, context) -> {
            List<ProfessionalJudgmentPolicy> now = context.all(POLICIES);
            List<ProfessionalJudgmentPolicy> after = new ArrayList<>(now.stream()
                    .filter(policy -> !policy.getId().equals(replacing)).toList());
            after.add(proposed);
            List<ProfessionalJudgmentRecord> records = context.all(STORED_RECORDS);
            List<Violation> broken = new ArrayList<>();
            for (ProfessionalJudgmentRecord record : records) {
                broken.addAll(DependentRecords.newErrors(
                        FafsaPjContextRules.check(record, records, now, context.today()),
                        FafsaPjContextRules.check(record, records, after, context.today()),
                        RECORDS_PATH + record.getId()));
            }
            return broken;
        });
    }

    private static final Pattern SCHOOL_CODE = Pattern.compile("^[0-9A-Z]{6}$");
    private static final Pattern AWARD_YEAR = Pattern.compile("^(19|20)[0-9]{2}-[0-9]{2}$");

    private ProfessionalJudgmentFamilies() {
    }

    /** Matches a record when every given search value equals the record's (a null value matches any). */
    static Predicate<ProfessionalJudgmentRecord> recordsOf(String studentIdentifier, String federalSchoolCode, String awardYear) {
        if (studentIdentifier != null && (studentIdentifier.isEmpty() || studentIdentifier.length() > 40)) {
            throw new BadRequestException("studentIdentifier is the institution's identifier of the student, 1 to 40 characters.");
        }
        checkInstitutionAndYear(federalSchoolCode, awardYear);
        return record -> record.getStudent() != null
                && matches(studentIdentifier, record.getStudent().getStudentIdentifier())
                && matches(federalSchoolCode, record.getStudent().getFederalSchoolCode())
                && matches(awardYear, record.getStudent().getAwardYear());
    }

    static Predicate<ProfessionalJudgmentPolicy> policiesOf(String federalSchoolCode, String awardYear) {
        checkInstitutionAndYear(federalSchoolCode, awardYear);
        return policy -> matches(federalSchoolCode, policy.getFederalSchoolCode()) && matches(awardYear, policy.getAwardYear());
    }

    private static void checkInstitutionAndYear(String federalSchoolCode, String awardYear) {
        if (federalSchoolCode != null && !SCHOOL_CODE.matcher(federalSchoolCode).matches()) {
            throw new BadRequestException("federalSchoolCode is a Federal School Code of six capital letters and digits.");
        }
        if (awardYear != null && !AWARD_YEAR.matcher(awardYear).matches()) {
            throw new BadRequestException("awardYear is an award year such as 2023-24.");
        }
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }
}
