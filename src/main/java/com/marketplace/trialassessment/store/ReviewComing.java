package com.marketplace.trialassessment.store;

import java.time.LocalDate;

/** A formal store whose rectification review is coming: its period and the review's due date. */
public record ReviewComing(long storeId, String merchantId, int assessedYear, LocalDate from, LocalDate to,
        LocalDate reviewDue) {
}
