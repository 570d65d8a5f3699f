package com.marketplace.trialassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker compose up} and {@code ./mvnw spring-boot:run} run the {@code local} profile, whose
 * {@code POST /local/tokens} hands an {@code OPS} token to anyone who asks: the service must then be
 * reachable from this machine only, never from the network. Reads {@code docker-compose.yml} and
 * {@code application-local.yml} themselves (no Docker needed).
 */
class DeploymentExposureTests {

    private static final List<String> LOOPBACK = List.of("127.0.0.1", "::1", "[::1]");

    @Test
    void composePublishesPortsOnTheLoopbackInterfaceOnly() throws IOException {
        Map<String, Map<String, Object>> services = services();
        List<String> published = new ArrayList<>();

        services.forEach((name, service) -> {
            assertThat(service.get("network_mode")).as("%s shares the host's network", name).isNotEqualTo("host");
            for (Object port : (List<?>) service.getOrDefault("ports", List.of())) {
                published.add(name + " " + port);
                assertThat(hostAddress(port)).as("%s publishes %s beyond this machine", name, port).isIn(LOOPBACK);
            }
        });

        assertThat(published).as("the service itself is published").anyMatch(p -> p.startsWith("app "));
    }

    @Test
    void theLocalProfileListensOnTheLoopbackInterfaceOnly() throws IOException {
        List<PropertySource<?>> local = new YamlPropertySourceLoader().load("application-local.yml",
                new ClassPathResource("application-local.yml"));

        assertThat(local).anySatisfy(source -> assertThat(source.getProperty("server.address")).isIn(LOOPBACK));
    }

    /** The host address of a published port, in short ("127.0.0.1:8080:8080") or long syntax; null when none. */
    private static String hostAddress(Object port) {
        if (port instanceof Map<?, ?> longSyntax) {
            return (String) longSyntax.get("host_ip");
        }
        String spec = port.toString();
        int containerPart = spec.lastIndexOf(':');
        if (containerPart < 0) {
            return null;
        }
        String host = spec.substring(0, containerPart);
        int hostPort = host.lastIndexOf(':');
        return hostPort < 0 ? null : host.substring(0, hostPort);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }
}
