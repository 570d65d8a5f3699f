package com.marketplace.trialassessment.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The daily run at {@code trial.schedule.cron} in the business zone, a catch-up soon after start-up
 * when today's run was missed, and, once a minute, the check for runs whose instance died. Off with
 * {@code trial.schedule.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "trial.schedule.enabled", havingValue = "true", matchIfMissing = true)
class DailyEvaluationSchedule {

    private static final Logger log = LoggerFactory.getLogger(DailyEvaluationSchedule.class);

    private final EvaluationRunner runner;
    private final EvaluationRuns runs;
    private final ScheduleProperties properties;
    private final TaskExecutor executor;
    private final Clock clock;

    DailyEvaluationSchedule(EvaluationRunner runner, EvaluationRuns runs, ScheduleProperties properties,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.runner = runner;
        this.runs = runs;
        this.properties = properties;
        this.executor = executor;
        this.clock = clock;
    }

    @Scheduled(cron = "${trial.schedule.cron:0 0 2 * * *}", zone = "${trial.zone:Asia/Shanghai}")
    void daily() {
        runner.run(RunTrigger.SCHEDULE);
    }

    /** A run whose instance died shows as such within a minute or so of its heartbeat timeout. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void abandonSilentRuns() {
        runner.abandonSilentRuns();
    }

    /**
     * The service was down at the scheduled time today: run now rather than wait a day. The run goes
     * on the task executor, as {@code POST /api/evaluation-runs} does, so that the application is
     * ready (and its readiness probe up) at once, and a run that fails (a database blip) is logged
     * without stopping the application.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (properties.catchUpOnStart()) {
            executor.execute(this::catchUpIfMissed);
        }
    }

    /** Runs when today's scheduled time has passed and no run completed today; logs, never throws. */
    void catchUpIfMissed() {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock);
            LocalDate today = now.toLocalDate();
            ZonedDateTime scheduledToday = CronExpression.parse(properties.cron())
                    .next(today.atStartOfDay(now.getZone()));
            boolean pastScheduledTime = scheduledToday != null && scheduledToday.toLocalDate().equals(today)
                    && !now.isBefore(scheduledToday);
            if (pastScheduledTime && !runs.existsByBusinessDateAndStatus(today, RunStatus.COMPLETED)) {
                log.info("No evaluation run completed today ({}) after {}: catching up now", today, scheduledToday);
                runner.run(RunTrigger.SCHEDULE);
            }
        }
        catch (RuntimeException ex) {
            log.error("The catch-up evaluation run failed; the next scheduled run will try again", ex);
        }
    }
}
