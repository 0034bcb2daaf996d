package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.ProfessionalJudgmentPoliciesApi;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentPolicyPage;
import org.govforms.model.ValidationReport;

/** The institutions' professional-judgment policies and disclosures, one per institution and award year. */
public final class ProfessionalJudgmentPolicies {

    private final ProfessionalJudgmentPoliciesApi api;

    ProfessionalJudgmentPolicies(ProfessionalJudgmentPoliciesApi api) {
        this.api = api;
    }

    public ProfessionalJudgmentPolicy create(ProfessionalJudgmentPolicy policy) {
        return api.createProfessionalJudgmentPolicy(policy);
    }

    public ProfessionalJudgmentPolicy get(UUID id) {
        return api.getProfessionalJudgmentPolicy(id);
    }

    public ProfessionalJudgmentPolicy replace(UUID id, ProfessionalJudgmentPolicy policy) {
        return api.replaceProfessionalJudgmentPolicy(id, policy);
    }

    /** One page, oldest first, of the policies of one institution or award year (each null for any). */
    public ProfessionalJudgmentPolicyPage list(String federalSchoolCode, String awardYear, Integer pageSize, String pageToken) {
        return api.listProfessionalJudgmentPolicies(federalSchoolCode, awardYear, pageSize, pageToken);
    }

    public ValidationReport validate(ProfessionalJudgmentPolicy policy) {
        return api.validateProfessionalJudgmentPolicy(policy);
    }
}
