package com.marketplace.trialassessment.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.assessment.rules.TargetSet;
import com.marketplace.trialassessment.category.CategoryCatalog;

/**
 * The rules' view of target versions, by id, kept in memory. A target version never changes once
 * added (a change of targets is a new version), so an entry never goes stale, on any number of
 * instances; there are as many entries as versions, a handful per category.
 */
@Component
class TargetSetCache {

    private final CategoryCatalog categories;
    private final Map<Long, TargetSet> sets = new ConcurrentHashMap<>();

    TargetSetCache(CategoryCatalog categories) {
        this.categories = categories;
    }

    TargetSet get(long targetVersionId) {
        TargetSet set = sets.get(targetVersionId);
        if (set == null) {
            set = TargetSets.of(categories.findTargetVersion(targetVersionId).orElseThrow(
                    () -> new IllegalStateException("There is no target version " + targetVersionId)));
            sets.putIfAbsent(targetVersionId, set);
        }
        return set;
    }
}
