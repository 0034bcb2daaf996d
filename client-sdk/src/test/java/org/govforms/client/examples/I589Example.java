package org.govforms.client.examples;

import java.util.List;
import org.govforms.client.GovFormsClient;
import org.govforms.client.ValidationException;
import org.govforms.model.I589Application;
import org.govforms.model.Violation;

/**
 * An I-589 application through the SDK: check it locally, store it, read it back, correct it, list them.
 * The record is the spec's minimal example, as form software would read it from its own JSON.
 * Run it against a server started with the README's command:
 * {@code GOVFORMS_URL=http://localhost:8080 GOVFORMS_API_KEY=govforms-dev-key java ... I589Example}.
 */
public final class I589Example {

    public static void main(String[] args) {
        GovFormsClient client = GovFormsClient.builder()
                .baseUrl(System.getProperty("govforms.url", System.getenv().getOrDefault("GOVFORMS_URL", "http://localhost:8080")))
                .apiKey(System.getenv().getOrDefault("GOVFORMS_API_KEY", "govforms-dev-key"))
                .build();

        I589Application application = SpecExample.read("I589Minimal", I589Application.class);

        List<Violation> problems = client.validator().validate(application);
        problems.forEach(v -> System.out.println("local check: " + v.getPointer() + " " + v.getRule() + " " + v.getMessage()));

        try {
            I589Application stored = client.i589Applications().create(application);
            System.out.println("stored I-589 application " + stored.getId());

            I589Application read = client.i589Applications().get(stored.getId());
            read.getApplicant().setOtherLanguagesSpokenFluently("English, Hausa");
            client.i589Applications().replace(stored.getId(), read);
            System.out.println("corrected I-589 application " + stored.getId());

            int count = 0;
            for (I589Application ignored : client.i589Applications().all()) {
                count++;
            }
            System.out.println(count + " I-589 application(s) in this tenant");
        } catch (ValidationException rejected) {
            rejected.violations().forEach(v -> System.out.println("rejected: " + v.getPointer() + " " + v.getRule()));
        }
    }

    private I589Example() {
    }
}
