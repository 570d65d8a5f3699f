package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The four checkpoints of a trial, at day D(k) = 30, 90, 150, 210. Day 1 is the launch date, so
 * day n is {@code launchDate + (n - 1)}, and a checkpoint falls due on {@code launchDate + D(k)}, the
 * first date after day D(k) has ended.
 */
public enum Checkpoint {

    FIRST(1, 30), SECOND(2, 90), THIRD(3, 150), FOURTH(4, 210);

    /** The trial's last 30 days, days 181..210: checkpoint 4's second chance on sales. */
    private static final int FINAL_PERIOD_FIRST_DAY = 181;

    private final int number;
    private final int day;

    Checkpoint(int number, int day) {
        this.number = number;
        this.day = day;
    }

    public static Checkpoint of(int number) {
        for (Checkpoint checkpoint : values()) {
            if (checkpoint.number == number) {
                return checkpoint;
            }
        }
        throw new IllegalArgumentException("There is no checkpoint " + number + "; checkpoints are 1 to 4");
    }

    public int number() {
        return number;
    }

    /** D(k). */
    public int day() {
        return day;
    }

    /** months(k) = D(k) / 30. */
    public int months() {
        return day / 30;
    }

    /** The first date on which the checkpoint may be decided. */
    public LocalDate dueDate(LocalDate launchDate) {
        return launchDate.plusDays(day);
    }

    public boolean isDueOn(LocalDate launchDate, LocalDate today) {
        return !today.isBefore(dueDate(launchDate));
    }

    /** Days 1..D(k): the period whose sales, scores and violations count. */
    public DateRange assessedPeriod(LocalDate launchDate) {
        return new DateRange(launchDate, dayOfTrial(launchDate, day));
    }

    /** Days 181..210, assessed only at checkpoint 4. */
    public Optional<DateRange> finalThirtyDays(LocalDate launchDate) {
        return this == FOURTH
                ? Optional.of(new DateRange(dayOfTrial(launchDate, FINAL_PERIOD_FIRST_DAY), dayOfTrial(launchDate, day)))
                : Optional.empty();
    }

    /**
     * What checkpoint k reads: days 1..D(k), and at checkpoint 4 days 181..210 for the second chance
     * on sales.
     */
    public FactsWindow window(LocalDate launchDate) {
        return new FactsWindow(assessedPeriod(launchDate), finalThirtyDays(launchDate).orElse(null));
    }

    public boolean assessesServiceScore() {
        return this != FIRST;
    }

    public boolean isLast() {
        return this == FOURTH;
    }

    public Optional<Checkpoint> next() {
        return isLast() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Which day of the trial {@code date} is: 1 on the launch date, 0 the day before. */
    public static int trialDay(LocalDate launchDate, LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(launchDate, date) + 1);
    }

    /** The calendar date of day n of the trial. */
    public static LocalDate dayOfTrial(LocalDate launchDate, int n) {
        return launchDate.plusDays(n - 1L);
    }
}
