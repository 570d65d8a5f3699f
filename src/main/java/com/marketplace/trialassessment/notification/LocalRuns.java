package com.marketplace.trialassessment.notification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.schedule.EvaluationRunFinished;
import com.marketplace.trialassessment.schedule.EvaluationRunStarted;

/**
 * The evaluation runs this instance is working on. Deliveries wait while there is one, for at most
 * {@link #AT_MOST} after it began: the run and the deliveries would share the same cores and the same
 * database, and the run is the one with a deadline. Other instances go on delivering.
 */
@Component
class LocalRuns {

    static final Duration AT_MOST = Duration.ofMinutes(5);

    private final Map<Long, Long> startedAt = new ConcurrentHashMap<>();

    @EventListener
    void started(EvaluationRunStarted run) {
        started(run, System.nanoTime());
    }

    /** As if the run had begun at {@code nanoTime} ({@link System#nanoTime()}). */
    void started(EvaluationRunStarted run, long nanoTime) {
        startedAt.put(run.runId(), nanoTime);
    }

    @EventListener
    void finished(EvaluationRunFinished run) {
        startedAt.remove(run.runId());
    }

    /** Whether deliveries wait now: a run of this instance's began less than {@link #AT_MOST} ago. */
    boolean pausing() {
        long now = System.nanoTime();
        // a run that never said it ended (it cannot, short of a bug) is forgotten once it no longer pauses
        startedAt.values().removeIf(started -> now - started >= AT_MOST.toNanos());
        return !startedAt.isEmpty();
    }
}
