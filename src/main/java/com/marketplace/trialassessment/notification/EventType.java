package com.marketplace.trialassessment.notification;

import java.util.Arrays;
import java.util.Optional;

/** The events of a store's life a subscription may ask for, by their names on the wire. */
public enum EventType {
    VERDICT_DECIDED("verdict.decided"),
    STORE_TERMINATED("store.terminated"),
    STORE_FORMAL("store.formal"),
    STORE_REINSTATED("store.reinstated"),
    STORE_AT_RISK("store.at_risk"),
    ANNUAL_DECIDED("annual.decided"),
    STORE_WARNED("store.warned"),
    RECTIFICATION_ENDING("rectification.ending"),
    STORE_CLEARANCE_NOTICE("store.clearance_notice"),
    STORE_CLEARANCE_WITHDRAWN("store.clearance_withdrawn"),
    STORE_CLEARED("store.cleared"),
    FEE_STATEMENT_ISSUED("fee.statement_issued");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type of a wire name, exactly as written; empty for anything else. */
    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
