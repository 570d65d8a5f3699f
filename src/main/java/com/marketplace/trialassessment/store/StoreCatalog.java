package com.marketplace.trialassessment.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.NotFoundException;

/** What other features ask of stores. */
@Component
public class StoreCatalog {

    private final Stores stores;
    private final StoreBatches batches;

    StoreCatalog(Stores stores, StoreBatches batches) {
        this.stores = stores;
        this.batches = batches;
    }

    /** The store with its category and target version, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Store get(long id) {
        return stores.findWithAgreement(id).orElseThrow(() -> new NotFoundException("Store", id));
    }

    /** The merchant a store belongs to; empty when there is no such store. */
    @Transactional(readOnly = true)
    public Optional<String> merchantOf(long id) {
        return stores.findMerchantIdById(id);
    }

    /** The stores that exist among {@code ids}, locked until the caller's transaction ends, in id order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Store> getAllForUpdate(Collection<Long> ids) {
        return stores.findAllForUpdate(ids);
    }

    /**
     * The store, locked until the caller's transaction ends, so that one store is evaluated by one
     * transaction at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Store getForUpdate(long id) {
        return stores.findForUpdate(id).orElseThrow(() -> new NotFoundException("Store", id));
    }

    /**
     * The stores that exist among {@code ids}, locked until the caller's transaction ends, in id order,
     * as the four columns the daily run reads (no entities: one statement for the whole chunk).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoreOnTrial> lockForEvaluation(Collection<Long> ids) {
        return batches.lock(ids);
    }

    /**
     * Ends the trial of, or promotes, many stores on trial at once, each with its status-history row.
     * The caller holds the stores' locks ({@link #lockForEvaluation}); a store that is not on trial
     * any more fails the whole call, so that the caller's transaction is rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRunTransitions(List<RunTransition> transitions) {
        int changed = batches.transition(transitions);
        if (changed != transitions.size()) {
            throw new IllegalStateException("Only " + changed + " of " + transitions.size()
                    + " stores were on trial; none of the status changes is kept");
        }
    }
}
