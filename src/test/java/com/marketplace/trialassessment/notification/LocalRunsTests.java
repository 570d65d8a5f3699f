package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.marketplace.trialassessment.schedule.EvaluationRunFinished;
import com.marketplace.trialassessment.schedule.EvaluationRunStarted;

class LocalRunsTests {

    @Test
    void pausesFromTheStartOfARunToItsEndAndWhileAnyOfTwoRunsWorks() {
        LocalRuns runs = new LocalRuns();
        assertThat(runs.pausing()).isFalse();

        runs.started(new EvaluationRunStarted(1));
        runs.started(new EvaluationRunStarted(2));
        assertThat(runs.pausing()).isTrue();
        runs.finished(new EvaluationRunFinished(1));
        assertThat(runs.pausing()).as("run 2 still works").isTrue();
        runs.finished(new EvaluationRunFinished(2));
        assertThat(runs.pausing()).isFalse();
    }

    @Test
    void aRunThatNeverSaysItEndedPausesForAtMostFiveMinutes() {
        LocalRuns runs = new LocalRuns();
        runs.started(new EvaluationRunStarted(1), System.nanoTime() - LocalRuns.AT_MOST.toNanos() - 1);
        assertThat(runs.pausing()).isFalse();
    }
}
