package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules know of a store's life: its launch date, its status and the current outcome of each
 * decided checkpoint ({@code true}: passed).
 */
public record StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints) {

    public StoreLife {
        Objects.requireNonNull(launchDate, "launchDate");
        Objects.requireNonNull(status, "status");
        EnumMap<Checkpoint, Boolean> copy = new EnumMap<>(Checkpoint.class);
        copy.putAll(checkpoints);
        checkpoints = Collections.unmodifiableMap(copy);
    }

    /** A store just registered: on trial, nothing decided. */
    public static StoreLife launched(LocalDate launchDate) {
        return new StoreLife(launchDate, StoreStatus.TRIAL, Map.of());
    }

    public boolean hasDecided(Checkpoint checkpoint) {
        return checkpoints.containsKey(checkpoint);
    }

    StoreLife withOutcome(Checkpoint checkpoint, boolean passed) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        outcomes.putAll(checkpoints);
        outcomes.put(checkpoint, passed);
        return new StoreLife(launchDate, status, outcomes);
    }

    /** Without the outcomes of the checkpoints after {@code checkpoint}. */
    StoreLife withoutOutcomesAfter(Checkpoint checkpoint) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        checkpoints.forEach((c, passed) -> {
            if (c.number() <= checkpoint.number()) {
                outcomes.put(c, passed);
            }
        });
        return new StoreLife(launchDate, status, outcomes);
    }

    StoreLife withStatus(StoreStatus to) {
        return new StoreLife(launchDate, to, checkpoints);
    }
}
