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
    private long lastStore;
    /** The span of {@code lastStore}, the store of the row before; null before the first row. */
    private long[] current;

    void add(long storeId, LocalDate day) {
        if (overflowed) {
            return;
        }
        long epochDay = day.toEpochDay();
        if (current != null && storeId == lastStore && epochDay > current[1]) {
            // in key order, a store's days come ascending: its first day is its earliest
            current[1] = epochDay;
        }
        else if ((current == null || storeId > lastStore) && spans.size() < MAX_STORES) {
            current = new long[] {epochDay, epochDay};
            spans.put(storeId, current);
            lastStore = storeId;
        }
        else {
            overflowed = true;
            spans.clear();
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
