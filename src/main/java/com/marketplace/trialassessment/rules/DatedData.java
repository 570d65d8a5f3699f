package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which dates a store's sales, scores and violations may carry: from its launch date to today, both
 * included (the rule book's "Data the service accepts").
 */
public final class DatedData {

    /** Why a date is refused. */
    public enum Refusal {
        /** Before the store's launch date. */
        BEFORE_LAUNCH,
        /** After today. */
        AFTER_TODAY
    }

    private DatedData() {
    }

    /** Why {@code date} is refused for a store launched on {@code launchDate}, or empty when it is accepted. */
    public static Optional<Refusal> refusal(LocalDate date, LocalDate launchDate, LocalDate today) {
        if (date.isBefore(launchDate)) {
            return Optional.of(Refusal.BEFORE_LAUNCH);
        }
        if (date.isAfter(today)) {
            return Optional.of(Refusal.AFTER_TODAY);
        }
        return Optional.empty();
    }

    /** Whether every day of {@code first..last} is accepted. */
    public static boolean acceptsAll(LocalDate first, LocalDate last, LocalDate launchDate, LocalDate today) {
        return refusal(first, launchDate, today).isEmpty() && refusal(last, launchDate, today).isEmpty();
    }
}
