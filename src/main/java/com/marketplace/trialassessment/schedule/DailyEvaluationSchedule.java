package com.marketplace.trialassessment.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * The daily run at {@code trial.schedule.cron} in the business zone, and a catch-up at start-up
 * when today's run was missed. Off with {@code trial.schedule.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "trial.schedule.enabled", havingValue = "true", matchIfMissing = true)
class DailyEvaluationSchedule {

    private static final Logger log = LoggerFactory.getLogger(DailyEvaluationSchedule.class);

    private final EvaluationRunner runner;
    private final EvaluationRuns runs;
    private final ScheduleProperties properties;
    private final Clock clock;

    DailyEvaluationSchedule(EvaluationRunner runner, EvaluationRuns runs, ScheduleProperties properties, Clock clock) {
        this.runner = runner;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${trial.schedule.cron:0 0 2 * * *}", zone = "${trial.zone:Asia/Shanghai}")
    void daily() {
        runner.run(RunTrigger.SCHEDULE);
    }

    /** The service was down at the scheduled time today: run now rather than wait a day. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (!properties.catchUpOnStart()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        ZonedDateTime scheduledToday = CronExpression.parse(properties.cron()).next(today.atStartOfDay(now.getZone()));
        boolean pastScheduledTime = scheduledToday != null && scheduledToday.toLocalDate().equals(today)
                && !now.isBefore(scheduledToday);
        if (pastScheduledTime && !runs.existsByBusinessDateAndStatus(today, RunStatus.COMPLETED)) {
            log.info("No evaluation run completed today ({}) after {}: catching up now", today, scheduledToday);
            runner.run(RunTrigger.SCHEDULE);
        }
    }
}
