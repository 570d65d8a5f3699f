package com.marketplace.trialassessment.store;

public enum StoreType {
    FLAGSHIP, SPECIALTY, FRANCHISE
}
