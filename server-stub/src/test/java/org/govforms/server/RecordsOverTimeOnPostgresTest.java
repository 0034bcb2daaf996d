package org.govforms.server;

import javax.sql.DataSource;
import org.govforms.server.store.Databases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Records over time on PostgreSQL, configured the way a deployment configures it. */
class RecordsOverTimeOnPostgresTest extends RecordsOverTimeApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DataSource postgres = Databases.postgres();
        registry.add("spring.datasource.url", () -> Databases.postgresUrl(postgres));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
