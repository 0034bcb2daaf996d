package org.govforms.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ClockProvider;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.List;
import org.govforms.domain.rules.VisibleText;
import org.govforms.model.ValidationReport;
import org.govforms.model.Violation;

/**
 * Validates GovForms records against every rule of their form: the specification's own constraints and
 * the hand-written rules. The server, the client SDK and any other caller use this one entry point.
 *
 * <pre>{@code
 * GovFormsValidator validator = new GovFormsValidator();
 * List<Violation> violations = validator.validate(application);
 * }</pre>
 */
public final class GovFormsValidator {

    private final Validator validator;
    private final RecordReader reader;

    /** Bootstraps Bean Validation from the domain's META-INF/validation.xml, with the system clock. */
    public GovFormsValidator() {
        this(Clock.systemDefaultZone());
    }

    /** As {@link #GovFormsValidator()}, with the clock that decides what "today" is. */
    public GovFormsValidator(Clock clock) {
        this(factory(clock).getValidator());
    }

    /** Uses a validator bootstrapped elsewhere (Spring's, for instance) that read the same validation.xml. */
    public GovFormsValidator(Validator validator) {
        this(validator, GovFormsJson.newObjectMapper());
    }

    public GovFormsValidator(Validator validator, ObjectMapper objectMapper) {
        this.validator = validator;
        this.reader = new RecordReader(objectMapper);
    }

    /** Every violation of the record, errors and warnings, in pointer order. */
    public List<Violation> validate(Object record) {
        List<Violation> violations = validator.validate(record, Default.class, WarningChecks.class).stream()
                .map(violation -> Violations.of(violation, record.getClass()))
                .distinct()
                .sorted(Violations.ORDER)
                .toList();
        return VisibleText.withoutRepeats(violations);
    }

    /** Reads a record from JSON and validates it; what cannot be read is reported as a violation too. */
    public <T> Checked<T> read(byte[] json, Class<T> type) {
        RecordReader.Read<T> read = reader.read(json, type);
        if (read.record() == null) {
            return new Checked<>(null, read.violations());
        }
        return new Checked<>(read.record(), validate(read.record()));
    }

    public ValidationReport report(List<Violation> violations) {
        return new ValidationReport().valid(!Violations.anyError(violations)).violations(violations);
    }

    /** A record read from JSON (null when it could not be read) and its violations. */
    public record Checked<T>(T record, List<Violation> violations) {
        public boolean hasErrors() {
            return record == null || Violations.anyError(violations);
        }

        public List<Violation> warnings() {
            return violations.stream().filter(v -> v.getSeverity() == Violation.SeverityEnum.WARNING).toList();
        }
    }

    private static ValidatorFactory factory(Clock clock) {
        ClockProvider clockProvider = () -> clock;
        return Validation.byDefaultProvider().configure().clockProvider(clockProvider).buildValidatorFactory();
    }
}
