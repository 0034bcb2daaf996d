package org.govforms.server.web;

import org.govforms.model.RuleCatalogue;
import org.govforms.server.records.BadRequestException;
import org.govforms.server.api.RulesApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RulesController implements RulesApi {

    private final org.govforms.domain.rules.RuleCatalogue catalogue;

    RulesController(org.govforms.domain.rules.RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public ResponseEntity<RuleCatalogue> listRules(String family) {
        if (family != null && family.length() > 20) {
            throw new BadRequestException("family is a family code of at most 20 characters, such as I-589.");
        }
        return ResponseEntity.ok(new RuleCatalogue().rules(family == null ? catalogue.rules() : catalogue.rules(family)));
    }
}
