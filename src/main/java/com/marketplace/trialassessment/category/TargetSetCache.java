package com.marketplace.trialassessment.category;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.rules.AnnualStandard;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointTarget;
import com.marketplace.trialassessment.rules.FeeTerms;
import com.marketplace.trialassessment.rules.TargetSet;

/**
 * The rules' view of target versions, by target version id, kept in memory once loaded: the only way
 * other features read targets. A target version is never edited (a change of targets is a new version
 * with a new id), so a kept {@link TargetSet} can never be stale, whichever instance loaded it and
 * whenever; nothing ever needs to be evicted or shared between instances. There are a few versions per
 * category, so the map stays small.
 */
@Component
public class TargetSetCache {

    private final CategoryCatalog categories;
    private final Map<Long, TargetSet> byVersionId = new ConcurrentHashMap<>();

    TargetSetCache(CategoryCatalog categories) {
        this.categories = categories;
    }

    /**
     * The targets of version {@code targetVersionId}, with its annual standard and fee terms when it has
     * them; loaded from the database the first time only.
     */
    public TargetSet get(long targetVersionId) {
        TargetSet targets = byVersionId.get(targetVersionId);
        if (targets == null) {
            // loaded outside the map's lock: two threads may both load it once, which is harmless
            targets = targetSet(categories.targetVersion(targetVersionId));
            byVersionId.putIfAbsent(targetVersionId, targets);
        }
        return targets;
    }

    static TargetSet targetSet(TargetVersion version) {
        Map<Checkpoint, CheckpointTarget> targets = new EnumMap<>(Checkpoint.class);
        version.targets().forEach(t -> targets.put(Checkpoint.of(t.checkpoint()),
                new CheckpointTarget(t.salesTarget(), t.serviceScoreTarget())));
        return new TargetSet(version.version(), targets,
                version.annual().map(a -> new AnnualStandard(a.salesTarget(), a.serviceScoreTarget())),
                version.fee().map(f -> new FeeTerms(f.annualFee(), f.halfRefundSales(), f.fullRefundSales())));
    }
}
