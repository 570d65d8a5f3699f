package com.marketplace.trialassessment.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;

/** The catch-up at start-up: a run when today's scheduled time has passed and no run completed today. */
class DailyEvaluationScheduleTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final EvaluationRunner runner = mock(EvaluationRunner.class);
    final EvaluationRuns runs = mock(EvaluationRuns.class);
    final List<Runnable> submitted = new ArrayList<>();

    @ParameterizedTest(name = "started at {0}, a run completed today: {1}, catch-up on: {2} -> runs: {3}")
    @CsvSource({
            "01:59, false, true,  false",
            "02:00, false, true,  true",
            "09:30, false, true,  true",
            "09:30, true,  true,  false",
            "09:30, false, false, false"})
    void catchesUpOnlyWhenTodaysRunWasMissed(String time, boolean completedToday, boolean catchUpOnStart,
            boolean expectRun) {
        when(runs.existsByBusinessDateAndStatus(TODAY, RunStatus.COMPLETED)).thenReturn(completedToday);

        schedule(time, catchUpOnStart).catchUp();
        submitted.forEach(Runnable::run);

        if (expectRun) {
            verify(runner).run(RunTrigger.SCHEDULE);
        }
        else {
            verify(runner, never()).run(any());
        }
    }

    @Test
    void theCatchUpRunsOnTheTaskExecutorNotInTheStartUpThread() {
        schedule("09:30", true).catchUp();

        verifyNoInteractions(runner, runs);
        assertThat(submitted).hasSize(1);
    }

    @Test
    void aFailingCatchUpIsLoggedAndDoesNotStopTheApplication() {
        when(runs.existsByBusinessDateAndStatus(TODAY, RunStatus.COMPLETED))
                .thenThrow(new DataAccessResourceFailureException("database blip"));
        DailyEvaluationSchedule schedule = schedule("09:30", true);

        schedule.catchUp();

        assertThatNoException().isThrownBy(() -> submitted.forEach(Runnable::run));
        verify(runner, never()).run(any());
    }

    private DailyEvaluationSchedule schedule(String time, boolean catchUpOnStart) {
        ScheduleProperties properties = new ScheduleProperties(true, "0 0 2 * * *", catchUpOnStart, 500, 2,
                Duration.ofMinutes(10), Duration.ofMinutes(2), null);
        Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(LocalTime.parse(time)), SHANGHAI).toInstant(),
                SHANGHAI);
        return new DailyEvaluationSchedule(runner, runs, properties, submitted::add, clock);
    }
}
