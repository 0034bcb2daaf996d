package org.govforms.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.govforms.domain.rules.GovFormsConstraintMappings;
import org.govforms.domain.rules.VisibleText;
import org.govforms.model.ValidationReport;
import org.govforms.model.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

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

    private final Supplier<Validator> validator;
    private final RecordReader reader;

    /**
     * GovForms' own Bean Validation, with the system clock, made on first use (so that a client that never
     * validates locally never pays for it).
     */
    public GovFormsValidator() {
        this(Clock.systemDefaultZone());
    }

    /** As {@link #GovFormsValidator()}, with the clock that decides what "today" is. */
    public GovFormsValidator(Clock clock) {
        this.validator = new Lazy<>(() -> newValidatorFactory(clock).getValidator());
        this.reader = new RecordReader(GovFormsJson.newObjectMapper());
    }

    /** Uses a validator bootstrapped elsewhere (Spring's, for instance) that has the form rules ({@link #addFormRules}). */
    public GovFormsValidator(Validator validator) {
        this(validator, GovFormsJson.newObjectMapper());
    }

    public GovFormsValidator(Validator validator, ObjectMapper objectMapper) {
        this.validator = () -> validator;
        this.reader = new RecordReader(objectMapper);
    }

    /**
     * Hibernate Validator with the form rules, configured in code only: it reads no META-INF/validation.xml,
     * neither one of GovForms (there is none) nor the host application's, so each keeps its own settings.
     */
    public static ValidatorFactory newValidatorFactory(Clock clock) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock);
        addFormRules(configuration);
        return configuration.buildValidatorFactory();
    }

    /** Registers the form rules on a Hibernate Validator configuration (the server's Spring validator uses this). */
    public static void addFormRules(HibernateValidatorConfiguration configuration) {
        new GovFormsConstraintMappings().createConstraintMappings(() -> {
            ConstraintMapping mapping = configuration.createConstraintMapping();
            configuration.addMapping(mapping);
            return mapping;
        });
    }

    /** Every violation of the record, errors and warnings, in pointer order. */
    public List<Violation> validate(Object record) {
        List<Violation> violations = validator.get().validate(record, Default.class, WarningChecks.class).stream()
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
        return new ValidationReport().valid(!Violations.anyError(violations)).violations(Violations.capped(violations));
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

    /** A value made once, on first use, by whichever thread needs it first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    made = value;
                    if (made == null) {
                        value = made = make.get();
                    }
                }
            }
            return made;
        }
    }
}
