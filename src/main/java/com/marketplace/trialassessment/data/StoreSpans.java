package com.marketplace.trialassessment.data;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What decides, while a bulk upload's body is read, whether its rows may go straight into the table:
 * they come in key order, (store, date) strictly ascending, as the staged merge writes them (so that
 * writers of the same days lock them in the same order and cannot deadlock, and no key comes twice),
 * and for each store the first and last day sent, for at most {@link #MAX_STORES} stores (an upload
 * naming more goes the staged way, so that a hostile body cannot make this map grow with it).
 */
final class StoreSpans {

    /** About 20 MB at most: an upload of one day for each of this many stores still goes the direct way. */
    static final int MAX_STORES = 250_000;

    private final Map<Long, long[]> spans = new HashMap<>();
    /** Not in key order, or too many stores: the upload goes the staged way. */
    private boolean overflowed;
    private long lastStore = Long.MIN_VALUE;
    private long lastDay;

    void add(long storeId, LocalDate day) {
        if (overflowed) {
            return;
        }
        long epochDay = day.toEpochDay();
        if (storeId < lastStore || (storeId == lastStore && epochDay <= lastDay)) {
            overflowed = true;
            spans.clear();
            return;
        }
        lastStore = storeId;
        lastDay = epochDay;
        long[] span = spans.get(storeId);
        if (span == null) {
            if (spans.size() == MAX_STORES) {
                overflowed = true;
                spans.clear();
                return;
            }
            spans.put(storeId, new long[] {epochDay, epochDay});
        }
        else if (epochDay < span[0]) {
            span[0] = epochDay;
        }
        else if (epochDay > span[1]) {
            span[1] = epochDay;
        }
    }

    /**
     * Each store's first and last day sent, as epoch days; empty when the rows were not in key order
     * or named too many stores.
     */
    Optional<Map<Long, long[]>> spans() {
        return overflowed ? Optional.empty() : Optional.of(spans);
    }
}
