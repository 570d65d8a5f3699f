package com.marketplace.trialassessment.schedule;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the schedule module's problems, kept in {@code messages*.properties}. */
enum ScheduleMessages implements MessageCode {

    RUN_NOT_FOUND("schedule.run.notFound");

    private final String code;

    ScheduleMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
