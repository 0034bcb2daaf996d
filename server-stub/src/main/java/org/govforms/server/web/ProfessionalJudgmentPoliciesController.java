package org.govforms.server.web;

import java.util.UUID;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentPolicyPage;
import org.govforms.model.ValidationReport;
import org.govforms.server.api.ProfessionalJudgmentPoliciesApi;
import org.govforms.server.records.Page;
import org.govforms.server.records.Records;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import static org.govforms.server.web.ProfessionalJudgmentFamilies.POLICIES;

@RestController
class ProfessionalJudgmentPoliciesController implements ProfessionalJudgmentPoliciesApi {

    private final Records records;

    ProfessionalJudgmentPoliciesController(Records records) {
        this.records = records;
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentPolicy> createProfessionalJudgmentPolicy(ProfessionalJudgmentPolicy policy, String idempotencyKey) {
        return Responses.created("/v1/professional-judgment-policies/", records.create(ProfessionalJudgmentFamilies.policies(null), idempotencyKey, policy));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentPolicy> getProfessionalJudgmentPolicy(UUID policyId) {
        return Responses.ok(records.get(POLICIES, policyId));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentPolicy> replaceProfessionalJudgmentPolicy(UUID policyId, String ifMatch, ProfessionalJudgmentPolicy policy) {
        return Responses.ok(records.replace(ProfessionalJudgmentFamilies.policies(policyId), policyId, ifMatch, policy));
    }

    @Override
    public ResponseEntity<ProfessionalJudgmentPolicyPage> listProfessionalJudgmentPolicies(String federalSchoolCode,
            String awardYear, Integer pageSize, String pageToken) {
        Page<ProfessionalJudgmentPolicy> page = records.list(POLICIES, pageSize, pageToken,
                ProfessionalJudgmentFamilies.policiesOf(federalSchoolCode, awardYear));
        return ResponseEntity.ok(new ProfessionalJudgmentPolicyPage().items(page.items()).nextPageToken(page.nextPageToken()));
    }

    @Override
    public ResponseEntity<ValidationReport> validateProfessionalJudgmentPolicy(ProfessionalJudgmentPolicy policy) {
        return ResponseEntity.ok(records.validate(POLICIES, policy));
    }
}
