package com.marketplace.trialassessment.assessment;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.category.TargetVersionAdded;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreView;

/**
 * A new target version may give a category's formal stores an annual standard for a year that had
 * none, or take one away: their next decision is planned again, in the transaction that adds the
 * version, so that the daily run finds them when it falls due. Nothing is decided here.
 */
@Component
class AgreementChanges {

    private static final int CHUNK = 500;

    private final StoreCatalog stores;
    private final EvaluationService evaluations;

    AgreementChanges(StoreCatalog stores, EvaluationService evaluations) {
        this.stores = stores;
        this.evaluations = evaluations;
    }

    @EventListener
    void versionAdded(TargetVersionAdded added) {
        List<Long> formal = stores.byStatusInCategory(StoreStatus.FORMAL, added.categoryId()).stream()
                .map(StoreView::id).toList();
        for (int from = 0; from < formal.size(); from += CHUNK) {
            evaluations.replan(formal.subList(from, Math.min(formal.size(), from + CHUNK)));
        }
    }
}
