package com.marketplace.trialassessment.assessment;

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

    @Transactional(readOnly = true)
    Page<Verdict> all(long storeId, Pageable pageable) {
        return verdicts.findByStoreId(storeId, pageable);
    }
}
