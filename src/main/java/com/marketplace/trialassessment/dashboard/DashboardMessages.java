package com.marketplace.trialassessment.dashboard;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the dashboard module's problems, kept in {@code messages*.properties}. */
enum DashboardMessages implements MessageCode {

    CHECKPOINT_NOT_FOR_FORMAL("dashboard.field.checkpointNotForFormal"),
    STANDING_ONLY_FOR_FORMAL("dashboard.field.standingOnlyForFormal"),
    NOT_FORMAL("dashboard.standing.notFormal");

    private final String code;

    DashboardMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
