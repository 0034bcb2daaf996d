package org.govforms.client;

import java.util.UUID;
import org.govforms.client.api.ProfessionalJudgmentPoliciesApi;
import org.govforms.model.ProfessionalJudgmentPolicy;
import org.govforms.model.ProfessionalJudgmentPolicyPage;
import org.govforms.model.ValidationReport;

import static org.govforms.client.Calls.call;

/** The institutions' professional-judgment policies and disclosures, one per institution and award year. */
public final class ProfessionalJudgmentPolicies {

    private final ProfessionalJudgmentPoliciesApi api;
    private final ETags etags;

    ProfessionalJudgmentPolicies(ProfessionalJudgmentPoliciesApi api, ETags etags) {
        this.api = api;
        this.etags = etags;
    }

    public ProfessionalJudgmentPolicy create(ProfessionalJudgmentPolicy policy) {
        return create(policy, UUID.randomUUID().toString());
    }

    /** Stores a new record under the caller's own Idempotency-Key (the same key on every retry). */
    public ProfessionalJudgmentPolicy create(ProfessionalJudgmentPolicy policy, String idempotencyKey) {
        return etags.remember(call(() -> api.createProfessionalJudgmentPolicyWithHttpInfo(policy, idempotencyKey)), ProfessionalJudgmentPolicy::getId);
    }

    public ProfessionalJudgmentPolicy get(UUID id) {
        return etags.remember(call(() -> api.getProfessionalJudgmentPolicyWithHttpInfo(id)), ProfessionalJudgmentPolicy::getId);
    }

    public ProfessionalJudgmentPolicy replace(UUID id, ProfessionalJudgmentPolicy policy) {
        return etags.remember(call(() -> api.replaceProfessionalJudgmentPolicyWithHttpInfo(id, etags.of(id), policy)), ProfessionalJudgmentPolicy::getId);
    }

    /** One page, oldest first, of the policies of one institution or award year (each null for any). */
    public ProfessionalJudgmentPolicyPage list(String federalSchoolCode, String awardYear, Integer pageSize, String pageToken) {
        return call(() -> api.listProfessionalJudgmentPolicies(federalSchoolCode, awardYear, pageSize, pageToken));
    }

    public ValidationReport validate(ProfessionalJudgmentPolicy policy) {
        return call(() -> api.validateProfessionalJudgmentPolicy(policy));
    }

    /** Every record that matches of the tenant, oldest first, read page by page as the iteration goes. */
    public Iterable<ProfessionalJudgmentPolicy> all(String federalSchoolCode, String awardYear) {
        return () -> new PageIterator<>(token -> {
            ProfessionalJudgmentPolicyPage page = list(federalSchoolCode, awardYear, 100, token);
            return new PageIterator.Page<>(page.getItems(), page.getNextPageToken());
        });
    }
}
