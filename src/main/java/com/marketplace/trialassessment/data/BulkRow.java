package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a bulk upload as far as it could be read: a part that could not be read is
 * {@code null} (and its problem recorded). A row is staged for the database checks when its store
 * and date were read; its value may still be missing or invalid.
 */
record BulkRow(long line, Long storeId, LocalDate date, BigDecimal value) {

    boolean canBeStaged() {
        return storeId != null && date != null;
    }
}
