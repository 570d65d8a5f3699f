package com.marketplace.trialassessment.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.ScoreSnapshot;
import com.marketplace.trialassessment.rules.ViolationFact;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * The one reader of facts reads, for a window, exactly what the rules define: the sales of the days
 * within it (and within its sub-period), the latest score dated within it, and the violations that
 * occurred within it with their revocation, at every edge of every checkpoint's window; and one store
 * reads alike on its own and among many.
 */
@IntegrationTest
class FactsQueriesIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** The first and last day of each window (1, 30, 90, 150, 181, 210) and the days just outside them. */
    static final int[] EDGE_DAYS = {1, 2, 29, 30, 31, 89, 90, 91, 149, 150, 151, 180, 181, 182, 209, 210, 211, 212};

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    FactsQueries facts;

    Trial trial;
    final Map<Integer, BigDecimal> amounts = new LinkedHashMap<>();
    final Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
    final List<Violation> violations = new ArrayList<>();

    record Violation(long id, int day, boolean serious, int points, boolean revoked) {
    }

    @BeforeEach
    void aStoreWithFactsOnEveryEdge() {
        clock.setToday(TODAY);
        trial = new Fixtures(http).launch(TODAY.minusDays(250));
        for (int day = 1; day <= 215; day++) {
            amounts.put(day, new BigDecimal("1000.00"));
        }
        for (int day : EDGE_DAYS) {
            amounts.put(day, new BigDecimal(day + "." + String.format("%02d", day % 100)));
            scores.put(day, new BigDecimal("4." + String.format("%02d", day % 100)));
        }
        Map<Integer, String> rows = new LinkedHashMap<>();
        amounts.forEach((day, amount) -> rows.put(day, amount.toPlainString()));
        trial.salesOn(rows);
        scores.forEach((day, score) -> trial.score(day, score.toPlainString()));
        for (int day : new int[] {1, 30, 31, 90, 91, 150, 151, 181, 210, 211}) {
            boolean serious = day % 2 == 1;
            violations.add(new Violation(trial.violation(day, serious ? "SERIOUS" : "GENERAL", day % 7), day, serious,
                    day % 7, false));
        }
        long revoked = trial.violation(29, "GENERAL", 5);
        trial.revoke(revoked);
        violations.add(new Violation(revoked, 29, false, 5, true));
    }

    @ParameterizedTest(name = "checkpoint {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void readsTheWindowOfACheckpointToTheDay(int k) {
        Checkpoint checkpoint = Checkpoint.of(k);
        FactsWindow window = checkpoint.window(trial.launchDate());

        WindowFacts read = facts.of(trial.storeId(), List.of(window)).get(window);

        assertThat(read).isEqualTo(expected(window));
        assertThat(read.subPeriodSales() == null).isEqualTo(!checkpoint.isLast());
    }

    @Test
    void readsAnyWindowTheRulesGiveWithItsSubPeriod() {
        FactsWindow window = new FactsWindow(new DateRange(trial.day(30), trial.day(91)),
                new DateRange(trial.day(90), trial.day(91)));

        assertThat(facts.of(trial.storeId(), List.of(window)).get(window)).isEqualTo(expected(window));
    }

    @Test
    void readsOneStoreAloneAsAmongManyAndEachStoreOnlyItsOwnFacts() {
        Trial other = new Fixtures(http).launch(trial.launchDate());
        other.sales(1, 40, "7.00").score(10, "1.00");
        List<StoreWindow> requests = new ArrayList<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            requests.add(new StoreWindow(trial.storeId(), checkpoint.window(trial.launchDate())));
            requests.add(new StoreWindow(other.storeId(), checkpoint.window(other.launchDate())));
        }

        Map<StoreWindow, WindowFacts> many = facts.of(requests);

        assertThat(many).hasSize(8);
        for (Checkpoint checkpoint : Checkpoint.values()) {
            FactsWindow window = checkpoint.window(trial.launchDate());
            assertThat(many.get(new StoreWindow(trial.storeId(), window)))
                    .isEqualTo(facts.of(trial.storeId(), List.of(window)).get(window))
                    .isEqualTo(expected(window));
        }
        WindowFacts otherFirst = many.get(new StoreWindow(other.storeId(), Checkpoint.FIRST.window(other.launchDate())));
        assertThat(otherFirst.sales()).isEqualByComparingTo("210.00");
        assertThat(otherFirst.latestScore()).contains(new ScoreSnapshot(other.day(10), new BigDecimal("1.00")));
        assertThat(otherFirst.violations()).isEmpty();
    }

    @Test
    void readsZeroSalesAndNoScoreOrViolationsWhereThereAreNone() {
        Trial empty = new Fixtures(http).launch(TODAY.minusDays(250));
        FactsWindow window = Checkpoint.FOURTH.window(empty.launchDate());

        WindowFacts read = facts.of(empty.storeId(), List.of(window)).get(window);

        assertThat(read.sales()).isEqualByComparingTo("0");
        assertThat(read.subPeriodSales()).isEqualByComparingTo("0");
        assertThat(read.latestScore()).isEmpty();
        assertThat(read.violations()).isEmpty();
    }

    /** What the window holds of the facts this test sent, worked out from them day by day. */
    private WindowFacts expected(FactsWindow window) {
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal sub = window.subPeriod() == null ? null : new BigDecimal("0.00");
        for (Map.Entry<Integer, BigDecimal> day : amounts.entrySet()) {
            LocalDate date = trial.day(day.getKey());
            if (window.period().contains(date)) {
                sales = sales.add(day.getValue());
            }
            if (sub != null && window.subPeriod().contains(date)) {
                sub = sub.add(day.getValue());
            }
        }
        Optional<ScoreSnapshot> latest = Optional.empty();
        for (Map.Entry<Integer, BigDecimal> day : scores.entrySet()) {
            LocalDate date = trial.day(day.getKey());
            if (window.period().contains(date) && latest.map(s -> s.date().isBefore(date)).orElse(true)) {
                latest = Optional.of(new ScoreSnapshot(date, day.getValue()));
            }
        }
        List<ViolationFact> within = violations.stream()
                .filter(v -> window.period().contains(trial.day(v.day())))
                .sorted(Comparator.comparingLong(Violation::id))
                .map(v -> new ViolationFact(v.id(), trial.day(v.day()), v.serious(), v.points(), v.revoked()))
                .toList();
        return new WindowFacts(sales, sub, latest, within);
    }
}
