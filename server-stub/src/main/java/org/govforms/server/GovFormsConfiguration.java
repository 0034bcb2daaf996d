package org.govforms.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Clock;
import org.govforms.domain.GovFormsJson;
import org.govforms.domain.GovFormsValidator;
import org.govforms.domain.rules.RuleCatalogue;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import javax.sql.DataSource;
import org.govforms.server.store.JdbcRecordStore;
import org.govforms.server.store.RecordStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GovFormsConfiguration {

    /** The JSON configuration the client uses too; Spring MVC reads and writes with it. */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return GovFormsJson.newObjectMapper();
    }

    /** The server's (Spring's) Bean Validation runs the form rules, registered in code on it. */
    @Bean
    ValidationConfigurationCustomizer formRules() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                GovFormsValidator.addFormRules(hibernate);
            }
        };
    }

    @Bean
    GovFormsValidator govFormsValidator(Validator validator, ObjectMapper objectMapper) {
        return new GovFormsValidator(validator, objectMapper);
    }

    /** What "now" and "today" are for the server-set timestamps. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RuleCatalogue ruleCatalogue() {
        return RuleCatalogue.load();
    }

    /** The embedded H2 file by default; PostgreSQL when spring.datasource.url says so. */
    @Bean
    RecordStore recordStore(DataSource dataSource) {
        return new JdbcRecordStore(dataSource);
    }
}
