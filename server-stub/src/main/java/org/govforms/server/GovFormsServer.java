package org.govforms.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The GovForms reference server. Callers are API keys (see security.SecurityConfiguration): Spring Boot's
 * default user with a generated password is never made.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class GovFormsServer {

    public static void main(String[] args) {
        SpringApplication.run(GovFormsServer.class, args);
    }
}
