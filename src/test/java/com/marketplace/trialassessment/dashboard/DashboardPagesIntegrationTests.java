package com.marketplace.trialassessment.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.IntegrationTest;

/** The dashboard pages and Chart.js come from the service itself, never from another host. */
@IntegrationTest
class DashboardPagesIntegrationTests {

    /** Every src= and href= of a page. */
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    RestTestClient http;

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/store.html", "/dashboard/at-risk.html", "/dashboard/stores.html"})
    void pagesAreServedAndLoadNothingFromElsewhere(String path) {
        String page = http.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();

        Matcher references = REFERENCE.matcher(page);
        int count = 0;
        while (references.find()) {
            String reference = references.group(1);
            assertThat(reference).as("a reference of " + path).doesNotContain("//").doesNotStartWith("http");
            if (!reference.startsWith("#")) {
                String resolved = reference.startsWith("/") ? reference : "/dashboard/" + reference;
                http.get().uri(resolved).exchange().expectStatus().isOk();
                count++;
            }
        }
        assertThat(count).as("stylesheet and scripts of " + path).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/store.html", "/dashboard/at-risk.html", "/dashboard/stores.html", "/dashboard/common.js", "/dashboard/i18n.js"})
    void pagesAllowNoInlineScriptNoOtherOriginAndSendNoReferrer(String path) {
        http.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy",
                        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                                + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void theApiSendsNoReferrerPolicyOtherThanNoneAndNoPagePolicy() {
        http.get().uri("/actuator/health").exchange()
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().doesNotExist("Content-Security-Policy");
    }

    @Test
    void chartJsIsServedFromTheWebJarWithoutAVersionInThePath() {
        String script = http.get().uri("/webjars/chart.js/dist/chart.umd.js").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(script).startsWith("/*!").contains("Chart.js v4.");
        assertThat(http.get().uri("/dashboard/store.html").exchange().expectBody(String.class).returnResult()
                .getResponseBody()).contains("src=\"/webjars/chart.js/dist/chart.umd.js\"");
    }
}
