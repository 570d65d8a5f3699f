package com.marketplace.trialassessment.store;

import java.time.LocalDate;

/**
 * A store a run claimed, with the due date of its next decision when it was claimed: also where the
 * run's next claim goes on from.
 */
public record ClaimedStore(long id, LocalDate dueOn) {

    /** Before every store: a claim from here looks at every due store. */
    public static final ClaimedStore START = new ClaimedStore(0, LocalDate.of(1, 1, 1));
}
