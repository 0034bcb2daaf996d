package org.govforms.client.examples;

import java.time.LocalDate;
import java.util.List;
import org.govforms.client.GovFormsClient;
import org.govforms.client.ValidationException;
import org.govforms.model.I589Applicant;
import org.govforms.model.I589Application;
import org.govforms.model.I589UsEntry;
import org.govforms.model.UsAddress;
import org.govforms.model.UsStateCode;
import org.govforms.model.Violation;

/**
 * An I-589 application through the SDK: build it, check it locally, store it, read it back, correct it.
 * Run it against a server started with the README's command:
 * {@code GOVFORMS_URL=http://localhost:8080 GOVFORMS_API_KEY=govforms-dev-key java ... I589Example}.
 */
public final class I589Example {

    public static void main(String[] args) {
        GovFormsClient client = GovFormsClient.builder()
                .baseUrl(System.getProperty("govforms.url", System.getenv().getOrDefault("GOVFORMS_URL", "http://localhost:8080")))
                .apiKey(System.getenv().getOrDefault("GOVFORMS_API_KEY", "govforms-dev-key"))
                .build();

        I589Application application = new I589Application()
                .formEdition(I589Application.FormEditionEnum._01_20_25)
                .applicant(new I589Applicant()
                        .lastName("Okafor").firstName("Chidi")
                        .residence(new UsAddress().streetNumberAndName("410 Sample Road").city("Houston")
                                .state(UsStateCode.TX).zipCode("77002"))
                        .sex(I589Applicant.SexEnum.MALE)
                        .maritalStatus(I589Applicant.MaritalStatusEnum.SINGLE)
                        .dateOfBirth(LocalDate.of(2001, 11, 30))
                        .cityAndCountryOfBirth("Enugu, Nigeria")
                        .presentNationality("Nigerian").nationalityAtBirth("Nigerian")
                        .raceEthnicOrTribalGroup("Igbo").religion("Catholic")
                        .immigrationCourtProceedings(I589Applicant.ImmigrationCourtProceedingsEnum.NOW)
                        .dateLastLeftCountry(LocalDate.of(2025, 1, 10))
                        .entriesIntoUnitedStates(List.of(new I589UsEntry().entryDate(LocalDate.of(2025, 1, 11))
                                .entryPlace("Brownsville, TX").statusAtEntry("Entered without inspection")))
                        .nativeLanguage("Igbo").fluentInEnglish(true));

        List<Violation> problems = client.validator().validate(application);
        problems.forEach(v -> System.out.println("local check: " + v.getPointer() + " " + v.getRule() + " " + v.getMessage()));

        try {
            I589Application stored = client.i589Applications().create(application);
            System.out.println("stored I-589 application " + stored.getId());

            I589Application read = client.i589Applications().get(stored.getId());
            read.getApplicant().setOtherLanguagesSpokenFluently("English, Hausa");
            client.i589Applications().replace(stored.getId(), read);
            System.out.println("corrected I-589 application " + stored.getId());
        } catch (ValidationException rejected) {
            rejected.violations().forEach(v -> System.out.println("rejected: " + v.getPointer() + " " + v.getRule()));
        }
    }

    private I589Example() {
    }
}
