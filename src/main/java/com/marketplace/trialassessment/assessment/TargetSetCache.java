package com.marketplace.trialassessment.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.category.CategoryCatalog;

/**
 * The rules' view of target versions, by target version id, kept in memory once loaded. A target
 * version is never edited (a change of targets is a new version with a new id), so a kept
 * {@link TargetSet} can never be stale, whichever instance loaded it and whenever; nothing ever
 * needs to be evicted or shared between instances. There are a few versions per category, so the
 * map stays small.
 */
@Component
public class TargetSetCache {

    private final CategoryCatalog categories;
    private final Map<Long, TargetSet> byVersionId = new ConcurrentHashMap<>();

    TargetSetCache(CategoryCatalog categories) {
        this.categories = categories;
    }

    /** The targets of version {@code targetVersionId}; loaded from the database the first time only. */
    public TargetSet get(long targetVersionId) {
        TargetSet targets = byVersionId.get(targetVersionId);
        if (targets == null) {
            // loaded outside the map's lock: two threads may both load it once, which is harmless
            targets = TargetSets.of(categories.targetVersion(targetVersionId));
            byVersionId.putIfAbsent(targetVersionId, targets);
        }
        return targets;
    }
}
