package com.marketplace.trialassessment.data;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.MessageCode;
import com.marketplace.trialassessment.rules.DatedData;

/** The texts of the data module's problems (dated figures, violations, bulk uploads), kept in {@code messages*.properties}. */
enum DataMessages implements MessageCode {

    NOT_BEFORE_LAUNCH("data.date.notBeforeLaunch"),
    NOT_AFTER_TODAY("data.date.notAfterToday"),
    REPEATS_DATE_OF_ROW("data.date.repeatsDateOfRow"),
    FROM_AFTER_TO("data.query.fromAfterTo"),
    AT_LEAST_ONE_ROW("data.body.atLeastOneRow"),
    AT_MOST_ROWS("data.body.atMostRows"),
    BODY_UNREADABLE("data.body.unreadable"),
    BODY_STALLED("data.body.stalled"),
    BODY_TOO_SLOW("data.body.tooSlow"),
    VIOLATION_NOT_FOUND("data.violation.notFound"),
    VIOLATION_ALREADY_REVOKED("data.violation.alreadyRevoked"),
    UPLOADS_BUSY("data.bulk.busy"),
    A_STORE_ID("data.bulk.storeId"),
    FIELD_COUNT("data.bulk.fieldCount"),
    NOT_AN_OBJECT("data.bulk.notAnObject"),
    LINE_TOO_LONG("data.bulk.lineTooLong"),
    UNKNOWN_STORE("data.bulk.unknownStore"),
    BEFORE_STORE_LAUNCH("data.bulk.beforeStoreLaunch"),
    REPEATS_STORE_AND_DATE("data.bulk.repeatsStoreAndDate");

    private final String code;

    DataMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The problem of a date the rules refuse ({@link DatedData}), for a store launched on {@code launchDate}. */
    static MessageSourceResolvable refused(DatedData.Refusal refusal, LocalDate launchDate, LocalDate today) {
        return switch (refusal) {
            case BEFORE_LAUNCH -> NOT_BEFORE_LAUNCH.with(launchDate);
            case AFTER_TODAY -> NOT_AFTER_TODAY.with(today);
        };
    }
}
