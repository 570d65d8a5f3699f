package com.marketplace.trialassessment.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads verdicts. */
@Component
class VerdictQueries {

    private final Verdicts verdicts;

    VerdictQueries(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /** The verdicts with these ids, in the order of {@code ids}. */
    @Transactional(readOnly = true)
    List<Verdict> byIds(List<Long> ids) {
        Map<Long, Verdict> found = new HashMap<>();
        verdicts.findAllById(ids).forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).toList();
    }

    @Transactional(readOnly = true)
    Page<Verdict> all(long storeId, Pageable pageable) {
        return verdicts.findByStoreId(storeId, pageable);
    }
}
