package org.govforms.client.examples;

import org.govforms.client.GovFormsClient;
import org.govforms.client.ValidationException;
import org.govforms.model.ExternalAudit;

/**
 * An external audit (ICE Directive 1035.1) through the SDK: check it locally, store it, read it back, send it back unchanged, list them.
 * The record is the spec's example AuditAnnouncementOnly, as form software would read it from its own JSON.
 * Run it against a server started with the README's command (GOVFORMS_URL, GOVFORMS_API_KEY).
 */
public final class ExternalAuditExample {

    public static void main(String[] args) {
        GovFormsClient client = GovFormsClient.builder()
                .baseUrl(System.getProperty("govforms.url", System.getenv().getOrDefault("GOVFORMS_URL", "http://localhost:8080")))
                .apiKey(System.getenv().getOrDefault("GOVFORMS_API_KEY", "govforms-dev-key"))
                .build();

        ExternalAudit record = SpecExample.read("AuditAnnouncementOnly", ExternalAudit.class);
        client.validator().validate(record).stream()
                .filter(v -> v.getSeverity() == org.govforms.model.Violation.SeverityEnum.ERROR)
                .forEach(v -> System.out.println("local check: " + v.getPointer() + " " + v.getRule() + " " + v.getMessage()));

        try {
            ExternalAudit stored = client.externalAudits().create(record);
            System.out.println("stored external audit " + stored.getId());
            ExternalAudit read = client.externalAudits().get(stored.getId());
            client.externalAudits().replace(stored.getId(), read);
            System.out.println("replaced external audit " + stored.getId());
            int count = 0;
            for (ExternalAudit ignored : client.externalAudits().all()) {
                count++;
            }
            System.out.println(count + " record(s) in this tenant");
        } catch (ValidationException rejected) {
            rejected.violations().forEach(v -> System.out.println("rejected: " + v.getPointer() + " " + v.getRule()));
        }
    }

    private ExternalAuditExample() {
    }
}
