package com.marketplace.trialassessment.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one source of PostgreSQL for integration tests.
 * <ul>
 * <li>{@code TEST_DATABASE_URL} set: that server (user {@code TEST_DATABASE_USER}, default {@code postgres}).</li>
 * <li>otherwise, Docker running: a Testcontainers PostgreSQL via {@code @ServiceConnection}.</li>
 * <li>otherwise: the local server, {@code jdbc:postgresql://127.0.0.1:5432/test}.</li>
 * </ul>
 * On an external server every application context gets a fresh schema ({@code it_<time>_<random>}),
 * dropped when the context closes; schemas left behind by killed runs are dropped after six hours.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PostgresTestConfiguration.class);
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    @Bean
    @ServiceConnection
    @Conditional(UseContainer.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:16.4-alpine");
    }

    @Bean
    @Conditional(UseExternal.class)
    ExternalSchema externalSchema() {
        return ExternalSchema.create(Database.url(), Database.user(), Database.password());
    }

    @Bean
    @Conditional(UseExternal.class)
    DynamicPropertyRegistrar externalDatabaseProperties(ExternalSchema schema) {
        return registry -> {
            registry.add("spring.datasource.url", schema::url);
            registry.add("spring.datasource.username", schema::user);
            registry.add("spring.datasource.password", schema::password);
            registry.add("trial.db-schema", schema::name);
        };
    }

    /** A schema of its own on an external server, dropped when the context closes. */
    public record ExternalSchema(String url, String user, String password, String name) implements DisposableBean {

        static ExternalSchema create(String url, String user, String password) {
            String name = "it_" + LocalDateTime.now().format(STAMP) + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                dropStaleSchemas(statement);
                statement.execute("create schema " + name);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Cannot reach the test PostgreSQL at " + url
                        + " (set TEST_DATABASE_URL, or start Docker): " + ex.getMessage(), ex);
            }
            log.info("Integration tests use schema {} on {}", name, url);
            return new ExternalSchema(url, user, password, name);
        }

        @Override
        public void destroy() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + name + " cascade");
            }
        }

        private static void dropStaleSchemas(Statement statement) throws SQLException {
            String cutoff = LocalDateTime.now().minusHours(6).format(STAMP);
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select nspname from pg_namespace where nspname ~ '^it_[0-9]{14}_[0-9a-f]{8}$'")) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    if (schema.substring(3, 17).compareTo(cutoff) < 0) {
                        stale.add(schema);
                    }
                }
            }
            for (String schema : stale) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** Which PostgreSQL this JVM's tests use; decided once. */
    static final class Database {

        private static final boolean CONTAINER = decideContainer();

        static boolean container() {
            return CONTAINER;
        }

        static String url() {
            String url = System.getenv("TEST_DATABASE_URL");
            return url == null || url.isBlank() ? DEFAULT_URL : url;
        }

        static String user() {
            String user = System.getenv("TEST_DATABASE_USER");
            return user == null || user.isBlank() ? "postgres" : user;
        }

        static String password() {
            String password = System.getenv("TEST_DATABASE_PASSWORD");
            return password == null ? "" : password;
        }

        private static boolean decideContainer() {
            String url = System.getenv("TEST_DATABASE_URL");
            if (url != null && !url.isBlank()) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            }
            catch (RuntimeException ex) {
                return false;
            }
        }
    }

    /**
     * A second application context started by a test to play another instance sets this property
     * with the datasource of the first, and gets no database of its own.
     */
    public static final String REUSE_DATABASE = "trial.test.reuse-database";

    static final class UseContainer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Database.container() && !context.getEnvironment().containsProperty(REUSE_DATABASE);
        }
    }

    static final class UseExternal implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !Database.container() && !context.getEnvironment().containsProperty(REUSE_DATABASE);
        }
    }
}
