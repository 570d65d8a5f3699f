package com.marketplace.trialassessment.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads verdicts and annual results. */
@Component
class VerdictQueries {

    private final Verdicts verdicts;
    private final AnnualResults annualResults;

    VerdictQueries(Verdicts verdicts, AnnualResults annualResults) {
        this.verdicts = verdicts;
        this.annualResults = annualResults;
    }

    /** The annual results with these ids, in the order of {@code ids}. */
    @Transactional(readOnly = true)
    List<AnnualResultEntity> annualResultsByIds(List<Long> ids) {
        Map<Long, AnnualResultEntity> found = new HashMap<>();
        annualResults.findAllById(ids).forEach(r -> found.put(r.id(), r));
        return ids.stream().map(found::get).toList();
    }

    @Transactional(readOnly = true)
    Page<AnnualResultEntity> annualResults(long storeId, Pageable pageable) {
        return annualResults.findByStoreId(storeId, pageable);
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
