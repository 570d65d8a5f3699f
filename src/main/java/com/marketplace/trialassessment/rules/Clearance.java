package com.marketplace.trialassessment.rules;

import java.time.LocalDate;

/** A clearance notice: given on {@code noticeOn}, taking effect 30 days later. */
public record Clearance(LocalDate noticeOn, LocalDate effectiveOn, ClearanceCause cause) {

    static Clearance noticedOn(LocalDate noticeOn, ClearanceCause cause) {
        return new Clearance(noticeOn, FormalYears.clearanceEffective(noticeOn), cause);
    }
}
