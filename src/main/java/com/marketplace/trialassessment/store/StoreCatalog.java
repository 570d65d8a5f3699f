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

    StoreCatalog(Stores stores) {
        this.stores = stores;
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
}
