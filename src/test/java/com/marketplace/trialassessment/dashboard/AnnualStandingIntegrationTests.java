package com.marketplace.trialassessment.dashboard;

import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** {@code GET /api/stores/{id}/annual-standing} and the formal stores at risk, over HTTP. */
@IntegrationTest
class AnnualStandingIntegrationTests {

    /** The day of the API's example. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Launched 2025-01-01: formal since 2025-07-30, so every day of 2026 is a formal day. */
    static final LocalDate LAUNCH = LocalDate.of(2025, 1, 1);

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    Fixtures fixtures;
    String category;

    @BeforeEach
    void setUp() {
        clock.setToday(TODAY);
        fixtures = new Fixtures(http);
        category = fixtures.newCategory(Fixtures.DEFAULT_TARGETS, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
    }

    /** A formal store of {@link #category} whose 2025 passed (decided today), with {@code daily2026} each day of 2026. */
    private Trial formal(String name, String daily2026) {
        Trial store = fixtures.launch(category, LAUNCH, name).passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "6000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80")
                .salesBetween(LocalDate.of(2026, 1, 1), TODAY, daily2026);
        store.evaluate();
        return store;
    }

    /**
     * The API's example figures: 1,000,000.00 of sales in the 335 formal days so far (334 days of
     * 2,985.07 and 2,986.62 today), a score of 4.75 on 2026-11-20, 4 general points.
     */
    @Test
    void showsTheYearSoFarAsTheApiExampleDoes() {
        Trial store = formal("Example Store", "2985.07")
                .salesBetween(TODAY, TODAY, "2986.62")
                .scoreOn(LocalDate.of(2026, 11, 20), "4.75");
        store.violationOn(LocalDate.of(2026, 6, 1), "GENERAL", 4);

        String standing = store.annualStanding();

        assertThat((Integer) JsonPath.read(standing, "$.year")).isEqualTo(2026);
        assertThat((String) JsonPath.read(standing, "$.today")).isEqualTo("2026-12-01");
        assertThat((String) JsonPath.read(standing, "$.standing")).isEqualTo("GOOD");
        assertThat((Integer) JsonPath.read(standing, "$.formalDaysSoFar")).isEqualTo(335);
        assertThat((Integer) JsonPath.read(standing, "$.formalDaysInYear")).isEqualTo(365);
        assertThat(decimal(standing, "$.sales.soFar")).isEqualByComparingTo("1000000.00");
        assertThat(decimal(standing, "$.sales.targetToDate")).isEqualByComparingTo("1101369.86");
        assertThat(decimal(standing, "$.sales.targetForYear")).isEqualByComparingTo("1200000.00");
        assertThat(decimal(standing, "$.sales.stillNeeded")).isEqualByComparingTo("200000.00");
        assertThat(decimal(standing, "$.sales.dailyNeeded")).isEqualByComparingTo("6451.61");
        assertThat(decimal(standing, "$.sales.projected")).isEqualByComparingTo("1089552.24");
        assertThat(decimal(standing, "$.serviceScore.latest")).isEqualByComparingTo("4.75");
        assertThat((String) JsonPath.read(standing, "$.serviceScore.date")).isEqualTo("2026-11-20");
        assertThat(decimal(standing, "$.serviceScore.target")).isEqualByComparingTo("4.70");
        assertThat((Integer) JsonPath.read(standing, "$.compliance.generalPoints")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(standing, "$.compliance.bar")).isEqualTo(12);
        assertThat((String) JsonPath.read(standing, "$.ifYearEndedToday.sales")).isEqualTo("FAIL");
        assertThat((String) JsonPath.read(standing, "$.ifYearEndedToday.serviceScore")).isEqualTo("PASS");
        assertThat((String) JsonPath.read(standing, "$.ifYearEndedToday.compliance")).isEqualTo("PASS");
        assertThat((String) JsonPath.read(standing, "$.ifYearEndedToday.outcome")).isEqualTo("FAILED");
        assertThat((Boolean) JsonPath.read(standing, "$.atRisk")).isTrue();
        assertThat((String) JsonPath.read(standing, "$.mostAtRisk")).isEqualTo("SALES");
        assertThat((Object) JsonPath.read(standing, "$.rectification")).isNull();
        assertThat((Object) JsonPath.read(standing, "$.clearance")).isNull();
        assertThat((String) JsonPath.read(standing, "$.feePreview.cause")).isEqualTo("YEAR_END");
        assertThat((Integer) JsonPath.read(standing, "$.feePreview.months")).isEqualTo(12);
        assertThat(decimal(standing, "$.feePreview.projectedSales")).isEqualByComparingTo("1089552.24");
        assertThat((String) JsonPath.read(standing, "$.feePreview.tier")).isEqualTo("HALF");
        assertThat((Boolean) JsonPath.read(standing, "$.feePreview.forfeited")).isFalse();
        assertThat(decimal(standing, "$.feePreview.totalRefund")).isEqualByComparingTo("30000.00");
    }

    @Test
    void aWarnedStoreSeesItsRectificationPeriodWithItsOwnFigures() {
        clock.setToday(LocalDate.of(2026, 1, 1));
        Trial store = fixtures.launch(category, LAUNCH, "Warned Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "1000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        store.evaluate();
        assertThat(store.annualStanding()).as("money is shown with its cents, also when nothing was sold")
                .contains("\"soFar\":0.00,");
        clock.setToday(LocalDate.of(2026, 2, 9));
        store.salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 9), "3000.00");

        String standing = store.annualStanding();

        assertThat((String) JsonPath.read(standing, "$.standing")).isEqualTo("WARNED");
        String period = "$.rectification";
        assertThat((Integer) JsonPath.read(standing, period + ".assessedYear")).isEqualTo(2025);
        assertThat((String) JsonPath.read(standing, period + ".from")).isEqualTo("2026-01-01");
        assertThat((String) JsonPath.read(standing, period + ".to")).isEqualTo("2026-03-31");
        assertThat((String) JsonPath.read(standing, period + ".reviewDue")).isEqualTo("2026-04-01");
        assertThat((Integer) JsonPath.read(standing, period + ".daysSoFar")).isEqualTo(40);
        assertThat((Integer) JsonPath.read(standing, period + ".daysLeft")).isEqualTo(50);
        assertThat(decimal(standing, period + ".sales.soFar")).isEqualByComparingTo("120000.00");
        assertThat(decimal(standing, period + ".sales.target")).as("1,200,000.00 x 90 / 365, 2025's agreement")
                .isEqualByComparingTo("295890.41");
        assertThat((String) JsonPath.read(standing, period + ".ifEndedToday.serviceScore"))
                .as("no score in the period yet").isNotEqualTo("PASS");
    }

    @Test
    void aStoreOnTrialHasNoYearToStandIn() {
        Trial store = fixtures.launch(category, TODAY.minusDays(40), "Trial Store");

        http.get().uri("/api/stores/{id}/annual-standing", store.storeId()).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void formalStoresAtRiskListWarnedOnesFirstThenTheFurthestBehindAndLeaveOutThoseOnCourse() {
        Trial behind = formal("Behind Store", "2985.07").scoreOn(LocalDate.of(2026, 11, 20), "4.75");
        Trial farBehind = formal("Far Behind Store", "1500.00").scoreOn(LocalDate.of(2026, 11, 20), "4.75");
        Trial onCourse = formal("On Course Store", "4000.00").scoreOn(LocalDate.of(2026, 11, 20), "4.75");
        clock.setToday(LocalDate.of(2026, 1, 1));
        Trial warned = fixtures.launch(category, LAUNCH, "Warned Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "1000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        warned.evaluate();
        clock.setToday(TODAY);
        warned.salesBetween(LocalDate.of(2026, 1, 1), TODAY, "3000.00").scoreOn(LocalDate.of(2026, 11, 20), "4.75");

        String atRisk = http.get().uri("/api/dashboard/at-risk-stores?phase=FORMAL&categoryCode=" + category).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat((List<Integer>) JsonPath.read(atRisk, "$.items[*].storeId")).containsExactly(
                (int) warned.storeId(), (int) farBehind.storeId(), (int) behind.storeId());
        assertThat((List<String>) JsonPath.read(atRisk, "$.items[*].standing"))
                .containsExactly("WARNED", "GOOD", "GOOD");
        assertThat((List<Integer>) JsonPath.read(atRisk, "$.items[*].storeId")).doesNotContain((int) onCourse.storeId());

        String warnedOnly = http.get()
                .uri("/api/dashboard/at-risk-stores?phase=FORMAL&standing=WARNED&categoryCode=" + category).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat((List<Integer>) JsonPath.read(warnedOnly, "$.items[*].storeId"))
                .containsExactly((int) warned.storeId());
    }

    @Test
    void askingForAStandingWithoutPhaseFormalIsABadRequest() {
        http.get().uri("/api/dashboard/at-risk-stores?standing=WARNED").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/dashboard/at-risk-stores?phase=FORMAL&checkpoint=2").exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/dashboard/at-risk-stores?phase=LATER").exchange()
                .expectStatus().isBadRequest();
    }
}
