package com.marketplace.trialassessment.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.category.CategoryCatalog;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.StoreStatus;

/** What other features ask of stores: the store module's query type, and the only writer of its tables. */
@Component
public class StoreCatalog {

    private final Stores stores;
    private final StoreBatches batches;
    private final StoreClaims claims;
    private final CategoryCatalog categories;

    StoreCatalog(Stores stores, StoreBatches batches, StoreClaims claims, CategoryCatalog categories) {
        this.stores = stores;
        this.batches = batches;
        this.claims = claims;
        this.categories = categories;
    }

    /** The store with its category and target version, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Store get(long id) {
        return stores.findWithAgreement(id).orElseThrow(() -> new NotFoundException(StoreMessages.NOT_FOUND, id));
    }

    /** The merchant a store belongs to; empty when there is no such store. */
    @Transactional(readOnly = true)
    public Optional<String> merchantOf(long id) {
        return stores.findMerchantIdById(id);
    }

    /** The launch date of each store among {@code ids} that exists. */
    public Map<Long, LocalDate> launchDates(Collection<Long> ids) {
        return batches.launchDates(ids);
    }

    /** The store as read models show it, in one query (no transaction needed); empty when there is none. */
    public Optional<StoreView> view(long id) {
        return batches.view(id, categories::code);
    }

    /**
     * The stores on trial, by id; only those whose next checkpoint is {@code checkpoint} and in category
     * {@code categoryCode} when they are given.
     */
    @Transactional(readOnly = true)
    public List<StoreView> onTrialByNextCheckpoint(Integer checkpoint, String categoryCode) {
        return stores.findViewsByNextCheckpoint(checkpoint, categoryCode);
    }

    /** The stores in {@code status}, in {@code categoryCode} when it is given, by id. */
    @Transactional(readOnly = true)
    public List<StoreView> byStatus(StoreStatus status, String categoryCode) {
        return stores.findViewsByStatus(status, categoryCode);
    }

    /** The stores in {@code status} of category {@code categoryId}, by id. */
    @Transactional(readOnly = true)
    public List<StoreView> byStatusInCategory(StoreStatus status, long categoryId) {
        return stores.findViewsByStatusAndCategoryId(status, categoryId);
    }

    /** The formal stores whose rectification review is due between {@code from} and {@code to}, by id. */
    @Transactional(readOnly = true)
    public List<ReviewComing> reviewsDueBetween(LocalDate from, LocalDate to) {
        return stores.findReviewsDueBetween(StoreStatus.FORMAL, from, to);
    }

    /** How many stores have each status (every status, 0 when none). */
    @Transactional(readOnly = true)
    public Map<StoreStatus, Long> countByStatus() {
        Map<StoreStatus, Long> counts = new EnumMap<>(StoreStatus.class);
        for (StoreStatus status : StoreStatus.values()) {
            counts.put(status, 0L);
        }
        stores.countByStatus().forEach(row -> counts.put((StoreStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** How many stores on trial have each next checkpoint. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> countOnTrialByNextCheckpoint() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        stores.countByNextCheckpoint().forEach(row -> counts.put((Integer) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The stores that exist among {@code ids}, locked until the caller's transaction ends, in id order,
     * as the columns deciding them reads (no entities: one statement for one store or a whole chunk).
     * Everything that decides or changes a store takes this lock first, so that one store is decided by
     * one transaction at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoreForDecision> lockForDecision(Collection<Long> ids) {
        return batches.lock(ids);
    }

    /**
     * Writes what the decisions of one evaluation changed of each store: status and its history, and
     * the next decision. The caller holds the stores' locks ({@link #lockForDecision}); a store whose
     * status is not the one its decisions were taken from fails the whole call (409), so that the
     * caller's transaction is rolled back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecisions(List<StoreUpdate> updates) {
        int changed = batches.update(updates);
        if (changed != updates.size()) {
            throw new ConflictException(StoreMessages.STATUS_CHANGED_WHILE_DECIDED, changed, updates.size());
        }
    }

    /**
     * Claims up to {@code limit} stores with a decision due on {@code today} for the run, after
     * {@code after} in the order of their due date and id; empty when none is left there. A run passes
     * the last store it claimed, so that each claim starts where the previous one ended, and
     * {@link ClaimedStore#START} to look again from the start for stores it skipped while another
     * transaction held them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ClaimedStore> claimDue(long runId, int limit, ClaimedStore after, LocalDate today, Instant now,
            Instant expiresAt) {
        return claims.claim(runId, limit, after, today, now, expiresAt);
    }

    /**
     * Gives back the run's claims of stores it has decided: they are no longer due, so no run would
     * claim them anyway, and a small claims table keeps the claims cheap. Stores left waiting for
     * data, or whose evaluation threw, stay claimed until the run ends, so that it does not take
     * them again.
     */
    public int releaseDecided(long runId, Collection<Long> storeIds) {
        return claims.releaseDecided(runId, storeIds);
    }

    /** Gives the run's stores back, when it is done or known to be dead. */
    public int releaseClaims(long runId) {
        return claims.release(runId);
    }
}
