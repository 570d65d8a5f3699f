package com.marketplace.trialassessment.data;

import org.springframework.http.MediaType;

/** The two shapes a bulk upload can take, one row per line. */
enum BulkFormat {

    /** {@code storeId,date,amount} (or {@code score}), with an optional header line naming the columns. */
    CSV,

    /** One JSON object per line: {@code {"storeId":1,"date":"2026-03-01","amount":1520.50}}. */
    NDJSON;

    static final String CSV_MEDIA_TYPE = "text/csv";
    static final String NDJSON_MEDIA_TYPE = MediaType.APPLICATION_NDJSON_VALUE;

    /** The format of a request whose content type the controller accepted. */
    static BulkFormat of(MediaType contentType) {
        return MediaType.valueOf(CSV_MEDIA_TYPE).includes(contentType) ? CSV : NDJSON;
    }
}
