package org.govforms.client;

import java.util.UUID;
import org.govforms.server.GovFormsServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real reference server for the SDK's tests: started in-process on a random port with a database of
 * its own in memory, with the development key. Settings are command-line arguments, which application.yaml
 * cannot override.
 */
final class ReferenceServer implements AutoCloseable {

    static final String DEV_KEY = "govforms-dev-key";

    private final ConfigurableApplicationContext context;

    private ReferenceServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ReferenceServer start() {
        return new ReferenceServer(new SpringApplicationBuilder(GovFormsServer.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:sdk-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
    }

    String url() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    GovFormsClient client() {
        return GovFormsClient.builder().baseUrl(url()).apiKey(DEV_KEY).build();
    }

    @Override
    public void close() {
        context.close();
    }
}
