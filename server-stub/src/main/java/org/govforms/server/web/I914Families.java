package org.govforms.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.i914.I914ContextRules;
import org.govforms.model.I914Application;
import org.govforms.model.I914DerivativeApplication;
import org.govforms.model.I914LawEnforcementDeclaration;
import org.govforms.model.Violation;
import org.govforms.server.records.DependentRecords;
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

    /**
     * The principal's applications; {@code id} is the stored application being replaced, or null for a new one or
     * one read (which names itself). Checked against the supplements stored under it, and a replacement against
     * what it would do to each of them.
     */
    static RecordFamily<I914Application> applications(UUID id) {
        return new RecordFamily<>(APPLICATIONS, I914Application.class)
                .withContextRules((application, context) -> {
                    UUID stored = id != null ? id : application.getId();
                    return I914ContextRules.ofApplication(application,
                            stored == null ? List.of() : context.all(derivatives(stored, null)));
                })
                .withDependents((application, context) -> id == null ? List.of() : brokenSupplements(id, application, context));
    }

    /**
     * The errors a replacement of the application would newly give the Supplements A and B stored under it (a
     * principal's identity that no longer matches, a relative no longer eligible), each naming its supplement.
     */
    private static List<Violation> brokenSupplements(UUID id, I914Application proposed, RecordContext context) {
        I914Application current = principal(context, id);
        List<Violation> broken = new ArrayList<>();
        List<I914DerivativeApplication> derivatives = context.all(derivatives(id, null));
        for (I914DerivativeApplication derivative : derivatives) {
            List<I914DerivativeApplication> others = derivatives.stream()
                    .filter(other -> !other.getId().equals(derivative.getId())).toList();
            broken.addAll(DependentRecords.newErrors(I914ContextRules.ofDerivative(derivative, current, others),
                    I914ContextRules.ofDerivative(derivative, proposed, others),
                    "/v1/" + APPLICATIONS + "/" + id + "/derivatives/" + derivative.getId()));
        }
        for (I914LawEnforcementDeclaration declaration : context.all(declarations(id))) {
            broken.addAll(DependentRecords.newErrors(I914ContextRules.ofDeclaration(declaration, current),
                    I914ContextRules.ofDeclaration(declaration, proposed),
                    "/v1/" + APPLICATIONS + "/" + id + "/law-enforcement-declarations/" + declaration.getId()));
        }
        return broken;
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
                        context.all(family).stream().filter(other -> !other.getId().equals(itself(derivative, replacing))).toList()))
                .withComputed((derivative, today) -> withPrincipal(derivative, applicationId));
    }

    /** The stored derivative a rule looks at: the one being replaced, or the one read (which names itself). */
    private static UUID itself(I914DerivativeApplication derivative, UUID replacing) {
        return replacing != null ? replacing : derivative.getId();
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
