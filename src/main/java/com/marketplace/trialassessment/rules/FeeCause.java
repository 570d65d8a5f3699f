package com.marketplace.trialassessment.rules;

/** Why a fee statement is issued: the year ended with the store trading, its trial failed, or it was cleared. */
public enum FeeCause {
    /** The store still trades on 1 January of the next year; due that day. */
    YEAR_END,
    /** The trial failed in the year; due on the failing checkpoint's due date. */
    TERMINATED,
    /** A clearance took effect in the year; due on its effective date. */
    CLEARED
}
