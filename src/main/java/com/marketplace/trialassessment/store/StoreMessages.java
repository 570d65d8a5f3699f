package com.marketplace.trialassessment.store;

import com.marketplace.trialassessment.common.MessageCode;

/** The texts of the store module's problems, kept in {@code messages*.properties}. */
public enum StoreMessages implements MessageCode {

    /** {@code Store {0} does not exist}: the {@code 404} of every path naming a store. */
    NOT_FOUND("store.notFound"),
    UNKNOWN_CATEGORY("store.category.unknown"),
    NO_TARGET_VERSION_IN_FORCE("store.category.noTargetVersionInForce"),
    BEFORE_FIRST_TARGET_VERSION("store.launchDate.beforeFirstTargetVersion"),
    STATUS_CHANGED_WHILE_DECIDED("store.statusChangedWhileDecided");

    private final String code;

    StoreMessages(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
