package com.marketplace.trialassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckpointTests {

    @ParameterizedTest(name = "checkpoint {0}: day {1}, {2} months, last day {3}, due {4}")
    @CsvSource({
            // k, D(k), months, last assessed day, due date (launch 2026-03-01)
            "1, 30,  1, 2026-03-30, 2026-03-31",
            "2, 90,  3, 2026-05-29, 2026-05-30",
            "3, 150, 5, 2026-07-28, 2026-07-29",
            "4, 210, 7, 2026-09-26, 2026-09-27"})
    void datesFollowFromTheLaunchDate(int number, int day, int months, LocalDate lastDay, LocalDate dueDate) {
        LocalDate launch = LocalDate.of(2026, 3, 1);
        Checkpoint checkpoint = Checkpoint.of(number);

        assertThat(checkpoint.day()).isEqualTo(day);
        assertThat(checkpoint.months()).isEqualTo(months);
        assertThat(checkpoint.assessedPeriod(launch)).isEqualTo(new DateRange(launch, lastDay));
        assertThat(checkpoint.dueDate(launch)).isEqualTo(dueDate);
        assertThat(checkpoint.isDueOn(launch, dueDate.minusDays(1))).isFalse();
        assertThat(checkpoint.isDueOn(launch, dueDate)).isTrue();
        assertThat(checkpoint.isDueOn(launch, dueDate.plusDays(100))).isTrue();
    }

    @Test
    void finalThirtyDaysAreDays181To210() {
        LocalDate launch = LocalDate.of(2026, 3, 1);

        DateRange finalDays = Checkpoint.FOURTH.finalThirtyDays(launch).orElseThrow();

        assertThat(finalDays.first()).isEqualTo(launch.plusDays(180));
        assertThat(finalDays.last()).isEqualTo(launch.plusDays(209));
        assertThat(finalDays.contains(Checkpoint.dayOfTrial(launch, 180))).isFalse();
        assertThat(finalDays.contains(Checkpoint.dayOfTrial(launch, 181))).isTrue();
        assertThat(finalDays.contains(Checkpoint.dayOfTrial(launch, 210))).isTrue();
        assertThat(finalDays.contains(Checkpoint.dayOfTrial(launch, 211))).isFalse();
    }

    /** What checkpoint k reads: days 1..D(k), at checkpoint 4 also days 181..210 (launch 2026-03-01). */
    @ParameterizedTest(name = "checkpoint {0} reads {1}..{2}, its final days {3}..{4}")
    @CsvSource(nullValues = "-", textBlock = """
            # k, first day,  last day (D(k)), final first, final last
              1, 2026-03-01, 2026-03-30,      -,           -
              2, 2026-03-01, 2026-05-29,      -,           -
              3, 2026-03-01, 2026-07-28,      -,           -
              4, 2026-03-01, 2026-09-26,      2026-08-28,  2026-09-26
            """)
    void theWindowIsDaysOneToDkWithTheFinalDaysAtCheckpointFour(int number, LocalDate first, LocalDate last,
            LocalDate finalFirst, LocalDate finalLast) {
        FactsWindow window = Checkpoint.of(number).window(LocalDate.of(2026, 3, 1));

        assertThat(window.period()).isEqualTo(new DateRange(first, last));
        assertThat(window.subPeriod()).isEqualTo(finalFirst == null ? null : new DateRange(finalFirst, finalLast));
        assertThat(window.period().contains(last.plusDays(1))).as("day D(k)+1 is outside").isFalse();
        assertThat(window.period().contains(first.minusDays(1))).as("the day before launch is outside").isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void onlyCheckpointFourHasASecondChance(int number) {
        assertThat(Checkpoint.of(number).finalThirtyDays(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void onlyCheckpointOneSkipsTheServiceScore() {
        assertThat(Checkpoint.FIRST.assessesServiceScore()).isFalse();
        assertThat(Checkpoint.SECOND.assessesServiceScore()).isTrue();
        assertThat(Checkpoint.THIRD.assessesServiceScore()).isTrue();
        assertThat(Checkpoint.FOURTH.assessesServiceScore()).isTrue();
    }

    @Test
    void checkpointsFollowEachOther() {
        assertThat(Checkpoint.FIRST.next()).contains(Checkpoint.SECOND);
        assertThat(Checkpoint.THIRD.next()).contains(Checkpoint.FOURTH);
        assertThat(Checkpoint.FOURTH.next()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "-1"})
    void thereAreOnlyFourCheckpoints(int number) {
        assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.of(number));
    }
}
