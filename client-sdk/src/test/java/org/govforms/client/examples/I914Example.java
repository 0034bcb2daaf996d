package org.govforms.client.examples;

import org.govforms.client.GovFormsClient;
import org.govforms.client.ValidationException;
import org.govforms.model.I914Application;

/**
 * Form I-914, Application for T Nonimmigrant Status through the SDK: check it locally, store it, read it back, send it back unchanged, list them.
 * The record is the spec's example I914ApplicationMinimal, as form software would read it from its own JSON.
 * Run it against a server started with the README's command (GOVFORMS_URL, GOVFORMS_API_KEY).
 */
public final class I914Example {

    public static void main(String[] args) {
        GovFormsClient client = GovFormsClient.builder()
                .baseUrl(System.getProperty("govforms.url", System.getenv().getOrDefault("GOVFORMS_URL", "http://localhost:8080")))
                .apiKey(System.getenv().getOrDefault("GOVFORMS_API_KEY", "govforms-dev-key"))
                .build();

        I914Application record = SpecExample.read("I914ApplicationMinimal", I914Application.class);
        client.validator().validate(record).stream()
                .filter(v -> v.getSeverity() == org.govforms.model.Violation.SeverityEnum.ERROR)
                .forEach(v -> System.out.println("local check: " + v.getPointer() + " " + v.getRule() + " " + v.getMessage()));

        try {
            I914Application stored = client.i914Applications().create(record);
            System.out.println("stored I-914 application " + stored.getId());
            I914Application read = client.i914Applications().get(stored.getId());
            client.i914Applications().replace(stored.getId(), read);
            System.out.println("replaced I-914 application " + stored.getId());
            int count = 0;
            for (I914Application ignored : client.i914Applications().all()) {
                count++;
            }
            System.out.println(count + " record(s) in this tenant");
        } catch (ValidationException rejected) {
            rejected.violations().forEach(v -> System.out.println("rejected: " + v.getPointer() + " " + v.getRule()));
        }
    }

    private I914Example() {
    }
}
