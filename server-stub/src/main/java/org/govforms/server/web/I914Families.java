package org.govforms.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.i914.I914ContextRules;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.server.records.RecordContext;
import org.govforms.server.records.RecordFamily;
import org.govforms.server.records.RecordNotFoundException;

/**
 * The three I-914 record families: the principal's applications, and under each the derivative applications
 * (Supplement A) and law-enforcement declarations (Supplement B), each with the context rules of the domain's
 * {@link I914ContextRules} wired to the records they need.
 */
final class I914Families {

    static final String APPLICATIONS = "i914-applications";
    private static final ObjectMapper PARENT_WRITER = GovFormsJson.newObjectMapper();

    private I914Families() {
    }

    /** The principal's applications; {@code id} is the stored application being replaced, or null for a new one. */
    static RecordFamily<I914Application> applications(UUID id) {
        return new RecordFamily<>(APPLICATIONS, I914Application.class)
                .withContextRules((application, context) -> I914ContextRules.ofApplication(application,
                        id == null ? List.of() : context.all(derivatives(id, null))));
    }

    /** The applications, to read and list (no record is being checked). */
    static RecordFamily<I914Application> applications() {
        return applications(null);
    }

    /**
     * The derivative applications filed with one principal's application; {@code replacing} is the one being
     * replaced (left out of the others it is compared with), or null.
     */
    static RecordFamily<I914DerivativeApplication> derivatives(UUID applicationId, UUID replacing) {
        RecordFamily<I914DerivativeApplication> family = new RecordFamily<>(
                APPLICATIONS + "/" + applicationId + "/derivatives", I914DerivativeApplication.class);
        return family
                .withContextRules((derivative, context) -> I914ContextRules.ofDerivative(derivative,
                        principal(context, applicationId),
                        context.all(family).stream().filter(other -> !other.getId().equals(replacing)).toList()))
                .withComputed((derivative, today) -> withPrincipal(derivative, applicationId));
    }

    /** Derivative applications checked on their own, without the principal's application (validation only). */
    static RecordFamily<I914DerivativeApplication> derivativesAlone() {
        return new RecordFamily<>(APPLICATIONS + "/-/derivatives", I914DerivativeApplication.class);
    }

    static RecordFamily<I914LawEnforcementDeclaration> declarations(UUID applicationId) {
        return new RecordFamily<>(APPLICATIONS + "/" + applicationId + "/law-enforcement-declarations",
                I914LawEnforcementDeclaration.class)
                .withContextRules((declaration, context) ->
                        I914ContextRules.ofDeclaration(declaration, principal(context, applicationId)))
                .withComputed((declaration, today) -> withPrincipal(declaration, applicationId));
    }

    /** Law-enforcement declarations checked on their own, without the principal's application (validation only). */
    static RecordFamily<I914LawEnforcementDeclaration> declarationsAlone() {
        return new RecordFamily<>(APPLICATIONS + "/-/law-enforcement-declarations", I914LawEnforcementDeclaration.class);
    }

    /**
     * Fills the read-only principalApplicationId from the path the record lives under. The generated models
     * have no setter for read-only properties, so Jackson sets it as it does when reading a stored record.
     */
    private static <T> T withPrincipal(T record, UUID applicationId) {
        try {
            return PARENT_WRITER.readerForUpdating(record).readValue(
                    PARENT_WRITER.createObjectNode().put("principalApplicationId", applicationId.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static I914Application principal(RecordContext context, UUID applicationId) {
        return context.find(applications(), applicationId).orElseThrow(RecordNotFoundException::new);
    }
}
