package com.marketplace.trialassessment.dashboard;

import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * {@code GET /api/dashboard/at-risk-stores} and {@code /api/dashboard/summary}. Other tests share the
 * database, so the list is read for a category of this test's own, and the summary is compared
 * before and after.
 */
@IntegrationTest
class DashboardOperationsIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    /**
     * Five stores at risk and one safe, in one category. A, B, C, D, F are on day 21 (20 days sold,
     * 10 days left to checkpoint 1, which needs 50,000); E is on day 41, past checkpoint 1, with 50 days (49 after today)
     * left to checkpoint 2, which needs 240,000.
     */
    record Stores(String category, Trial a, Trial b, Trial c, Trial d, Trial e, Trial f) {
    }

    Stores sixStores() {
        clock.setToday(TODAY);
        String category = new Fixtures(http).newCategory();
        LocalDate day21 = TODAY.minusDays(20);
        Trial a = new Fixtures(http).launch(category, day21, "Store A");
        a.sales(1, 20, "1000.00"); // 20,000 over 21 days, + x 9 after today = 28,571.43: (50,000 − 28,571.43) / 50,000 = 0.4286
        Trial b = new Fixtures(http).launch(category, day21, "Store B");
        b.sales(1, 20, "2000.00"); // 40,000 x 30 / 21 = 57,142.86: ahead, safe
        Trial c = new Fixtures(http).launch(category, day21, "Store C");
        c.sales(1, 20, "500.00"); // 10,000 x 30 / 21 = 14,285.71: 0.7143
        Trial d = new Fixtures(http).launch(category, day21, "Store D");
        d.sales(1, 20, "1500.00"); // 30,000 x 30 / 21 = 42,857.14: 0.1429
        Trial e = new Fixtures(http).launch(category, TODAY.minusDays(40), "Store E");
        e.sales(1, 30, "2000.00"); // 60,000 / 41 days; + x 49 after today = 131,707.32 of 240,000: 0.4512
        e.evaluate(); // checkpoint 1 passes
        Trial f = new Fixtures(http).launch(category, day21, "Store F");
        f.sales(1, 20, "3000.00"); // 60,000 x 30 / 21 = 85,714.29: −0.7143, but a serious violation
        f.violation(5, "SERIOUS", 0);
        return new Stores(category, a, b, c, d, e, f);
    }

    @Test
    void listsTheStoresAtRiskFurthestBehindOnSalesFirst() {
        Stores s = sixStores();

        String page = atRisk("categoryCode=" + s.category());

        assertThat(ids(page)).containsExactly(s.c().storeId(), s.e().storeId(), s.a().storeId(), s.d().storeId(),
                s.f().storeId());
        assertThat(ids(page)).doesNotContain(s.b().storeId());
        assertThat(JsonPath.<List<Object>>read(page, "$.items[*].relativeSalesGap").stream()
                .map(v -> new BigDecimal(v.toString()).setScale(4).toPlainString()))
                .containsExactly("0.7143", "0.4512", "0.4286", "0.1429", "-0.7143");
        assertThat((Integer) JsonPath.read(page, "$.total")).isEqualTo(5);
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].mostAtRisk"))
                .containsExactly("SALES", "SALES", "SALES", "SALES", "COMPLIANCE");

        // the first row in full
        assertThat((String) JsonPath.read(page, "$.items[0].name")).isEqualTo("Store C");
        assertThat((String) JsonPath.read(page, "$.items[0].categoryCode")).isEqualTo(s.category());
        assertThat((Integer) JsonPath.read(page, "$.items[0].nextCheckpoint")).isEqualTo(1);
        assertThat((String) JsonPath.read(page, "$.items[0].dueDate")).isEqualTo(s.c().dueDate(1).toString());
        assertThat(decimal(page, "$.items[0].salesSoFar")).isEqualByComparingTo("10000.00");
        assertThat(decimal(page, "$.items[0].salesNeeded")).isEqualByComparingTo("50000.00");
        assertThat(decimal(page, "$.items[0].projectedCumulativeSales")).isEqualByComparingTo("14285.71");
        assertThat((String) JsonPath.read(page, "$.items[0].outcomeIfDecidedToday")).isEqualTo("FAILED");
        assertThat((Object) JsonPath.read(page, "$.items[0].latestScore")).isNull();
        // E is on its way to checkpoint 2
        assertThat((Integer) JsonPath.read(page, "$.items[1].nextCheckpoint")).isEqualTo(2);
        assertThat(decimal(page, "$.items[1].projectedCumulativeSales")).isEqualByComparingTo("131707.32");
        assertThat((Integer) JsonPath.read(page, "$.items[4].seriousViolations")).isEqualTo(1);
    }

    @Test
    void filtersByNextCheckpointAndPages() {
        Stores s = sixStores();

        assertThat(ids(atRisk("categoryCode=" + s.category() + "&checkpoint=1")))
                .containsExactly(s.c().storeId(), s.a().storeId(), s.d().storeId(), s.f().storeId());
        assertThat(ids(atRisk("categoryCode=" + s.category() + "&checkpoint=2"))).containsExactly(s.e().storeId());
        String none = atRisk("categoryCode=" + s.category() + "&checkpoint=3");
        assertThat(ids(none)).isEmpty();
        assertThat((Integer) JsonPath.read(none, "$.total")).isZero();

        String second = atRisk("categoryCode=" + s.category() + "&page=1&size=2");
        assertThat(ids(second)).containsExactly(s.a().storeId(), s.d().storeId());
        assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(second, "$.size")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(second, "$.total")).isEqualTo(5);
        assertThat(ids(atRisk("categoryCode=" + s.category() + "&page=3&size=2"))).isEmpty();
    }

    @Test
    void aStoreLeavesTheListOnceItsCheckpointIsDecided() {
        Stores s = sixStores();
        clock.setToday(s.c().dueDate(1));
        s.c().evaluate(); // 10,000 < 50,000: terminated

        assertThat(ids(atRisk("categoryCode=" + s.category()))).doesNotContain(s.c().storeId());
    }

    @Test
    void refusesACheckpointThatDoesNotExist() {
        for (String checkpoint : List.of("5", "0")) {
            String problem = http.get().uri("/api/dashboard/at-risk-stores?checkpoint=" + checkpoint).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("checkpoint");
        }
        http.get().uri("/api/dashboard/at-risk-stores?size=501").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theSummaryCountsANewStoreByStatusAndNextCheckpoint() {
        clock.setToday(TODAY);
        String before = summary();
        String category = new Fixtures(http).newCategory();

        new Fixtures(http).launch(category, TODAY.minusDays(10), "On its way to 1");
        Trial passed = new Fixtures(http).launch(category, TODAY.minusDays(35), "On its way to 2");
        passed.sales(1, 30, "2000.00");
        passed.evaluate();
        Trial failed = new Fixtures(http).launch(category, TODAY.minusDays(35), "Terminated at 1");
        failed.sales(1, 30, "1000.00");
        failed.evaluate();
        String after = summary();

        assertThat((String) JsonPath.read(after, "$.today")).isEqualTo(TODAY.toString());
        assertThat(count(after, "$.total") - count(before, "$.total")).isEqualTo(3);
        assertThat(count(after, "$.byStatus.TRIAL") - count(before, "$.byStatus.TRIAL")).isEqualTo(2);
        assertThat(count(after, "$.byStatus.FORMAL") - count(before, "$.byStatus.FORMAL")).isZero();
        assertThat(count(after, "$.byStatus.TERMINATED") - count(before, "$.byStatus.TERMINATED")).isEqualTo(1);
        Map<String, Long> delta = Map.of("1", 1L, "2", 1L, "3", 0L, "4", 0L);
        delta.forEach((k, expected) -> assertThat(count(after, "$.onTrialByNextCheckpoint['" + k + "']")
                - count(before, "$.onTrialByNextCheckpoint['" + k + "']")).as("next checkpoint " + k)
                .isEqualTo(expected));
        // every store on trial has a next checkpoint, 1 to 4
        assertThat(count(after, "$.onTrialByNextCheckpoint['1']") + count(after, "$.onTrialByNextCheckpoint['2']")
                + count(after, "$.onTrialByNextCheckpoint['3']") + count(after, "$.onTrialByNextCheckpoint['4']"))
                .isEqualTo(count(after, "$.byStatus.TRIAL"));
    }

    String atRisk(String query) {
        return http.get().uri("/api/dashboard/at-risk-stores?" + query).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    String summary() {
        return http.get().uri("/api/dashboard/summary").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    static List<Long> ids(String page) {
        return JsonPath.<List<Number>>read(page, "$.items[*].storeId").stream().map(Number::longValue).toList();
    }

    static long count(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }
}
