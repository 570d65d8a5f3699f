package com.marketplace.trialassessment.rules;

/** Which figure passed the sales requirement. */
public enum SalesBasis {
    /** cumulative(k) / months(k) reached the target. */
    MONTHLY_AVERAGE,
    /** checkpoint 4 only: days 181..210 exceeded the target. */
    FINAL_30_DAYS
}
