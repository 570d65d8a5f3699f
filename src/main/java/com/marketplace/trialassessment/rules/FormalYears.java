package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * The calendar of a formal store: it is formal from the due date of trial checkpoint 4 (launch date +
 * 210 days), whenever that checkpoint was decided; a year is a calendar year in the business zone;
 * the formal days of a year run from {@code max(formalSince, 1 January)} to 31 December.
 */
public final class FormalYears {

    /** Fewer formal days than this in a year, and its sales and score are not assessed. */
    public static final int SHORT_YEAR_DAYS = 90;
    /** The length of a rectification period. */
    public static final int RECTIFICATION_DAYS = 90;
    /** A clearance takes effect this many days after its notice. */
    public static final int NOTICE_DAYS = 30;

    private FormalYears() {
    }

    /** The store's first day as a formal store: the due date of checkpoint 4. */
    public static LocalDate formalSince(LocalDate launchDate) {
        return Checkpoint.FOURTH.dueDate(launchDate);
    }

    public static int daysIn(int year) {
        return Year.of(year).length();
    }

    /** The formal days of {@code year}; empty when the store was not yet formal in it. */
    public static Optional<DateRange> formalDays(int year, LocalDate formalSince) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (formalSince.isAfter(last)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(formalSince.isAfter(first) ? formalSince : first, last));
    }

    /** The annual assessment of {@code year} is due on 1 January of the next. */
    public static LocalDate assessmentDue(int year) {
        return LocalDate.of(year + 1, 1, 1);
    }

    /** The rectification period of a warning given on {@code warnedOn}: 90 days from that day. */
    public static DateRange rectificationPeriod(LocalDate warnedOn) {
        return new DateRange(warnedOn, warnedOn.plusDays(RECTIFICATION_DAYS - 1L));
    }

    /** The review of a rectification period is due on the day after it ends. */
    public static LocalDate reviewDue(LocalDate warnedOn) {
        return warnedOn.plusDays(RECTIFICATION_DAYS);
    }

    /** A clearance noticed on {@code noticeOn} takes effect 30 days later. */
    public static LocalDate clearanceEffective(LocalDate noticeOn) {
        return noticeOn.plusDays(NOTICE_DAYS);
    }
}
