package com.marketplace.trialassessment.assessment;

import java.util.Arrays;
import java.util.List;

import com.marketplace.trialassessment.rules.Checkpoint;

/** The checkpoint days, for features that select due stores in SQL. */
public final class TrialCalendar {

    private TrialCalendar() {
    }

    /**
     * D(1)..D(4). A store on trial whose first n checkpoints passed has its next checkpoint due on
     * {@code launchDate + checkpointDays().get(n)}.
     */
    public static List<Integer> checkpointDays() {
        return Arrays.stream(Checkpoint.values()).map(Checkpoint::day).toList();
    }
}
