package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.Tokens;

/**
 * With a management port of its own ({@code management.server.port}), Prometheus scrapes
 * {@code /actuator/prometheus} there without a token; every other endpoint there, and the service's
 * own port, still need an {@code OPS} token.
 */
@IntegrationTest
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIntegrationTests {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Test
    void prometheusScrapesTheManagementPortWithoutAToken() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", null);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void everyOtherEndpointOfTheManagementPortStillNeedsAnOpsToken() throws Exception {
        assertThat(get(managementPort, "/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/metrics", Tokens.merchant("m-1")).statusCode()).isEqualTo(403);
        assertThat(get(managementPort, "/actuator/metrics", Tokens.ops()).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theServicesOwnPortNeverServesTheMetricsWithoutAToken() throws Exception {
        assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/api/stores", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
