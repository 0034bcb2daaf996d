package org.govforms.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The GovForms reference server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovFormsServer {

    public static void main(String[] args) {
        SpringApplication.run(GovFormsServer.class, args);
    }
}
