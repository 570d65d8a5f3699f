package com.marketplace.trialassessment.schedule;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catch-up at start-up: a run when today's scheduled time has passed and no run completed today. */
class DailyEvaluationScheduleTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "started at {0}, a run completed today: {1}, catch-up on: {2} -> runs: {3}")
    @CsvSource({
            "01:59, false, true,  false",
            "02:00, false, true,  true",
            "09:30, false, true,  true",
            "09:30, true,  true,  false",
            "09:30, false, false, false"})
    void catchesUpOnlyWhenTodaysRunWasMissed(String time, boolean completedToday, boolean catchUpOnStart,
            boolean expectRun) {
        EvaluationRunner runner = mock(EvaluationRunner.class);
        EvaluationRuns runs = mock(EvaluationRuns.class);
        when(runs.existsByBusinessDateAndStatus(TODAY, RunStatus.COMPLETED)).thenReturn(completedToday);
        ScheduleProperties properties = new ScheduleProperties(true, "0 0 2 * * *", catchUpOnStart, 500, 2,
                Duration.ofMinutes(10), null);
        Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(LocalTime.parse(time)), SHANGHAI).toInstant(),
                SHANGHAI);

        new DailyEvaluationSchedule(runner, runs, properties, clock).catchUp();

        if (expectRun) {
            verify(runner).run(RunTrigger.SCHEDULE);
        }
        else {
            verify(runner, never()).run(any());
        }
    }
}
