package com.marketplace.trialassessment.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.category.Category;
import com.marketplace.trialassessment.category.CategoryCatalog;
import com.marketplace.trialassessment.category.CategoryMessages;
import com.marketplace.trialassessment.category.TargetSetCache;
import com.marketplace.trialassessment.category.TargetVersion;
import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.common.UnprocessableException;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreStatus;

@Service
class StoreService {

    /** Stores may be registered ahead of launch, but not more than a year ahead. */
    static final int MAX_DAYS_AHEAD = 366;
    static final LocalDate EARLIEST_LAUNCH = LocalDate.of(2000, 1, 1);

    private final Stores stores;
    private final StoreStatusChanges statusChanges;
    private final CategoryCatalog categories;
    private final TargetSetCache targetSets;
    private final Clock clock;

    StoreService(Stores stores, StoreStatusChanges statusChanges, CategoryCatalog categories,
            TargetSetCache targetSets, Clock clock) {
        this.stores = stores;
        this.statusChanges = statusChanges;
        this.categories = categories;
        this.targetSets = targetSets;
        this.clock = clock;
    }

    @Transactional
    StoreResponse create(CreateStoreRequest request) {
        LocalDate latest = LocalDate.now(clock).plusDays(MAX_DAYS_AHEAD);
        if (request.launchDate().isBefore(EARLIEST_LAUNCH) || request.launchDate().isAfter(latest)) {
            throw InvalidInputException.of("launchDate", CommonMessages.BETWEEN.with(EARLIEST_LAUNCH, latest));
        }
        Category category = categories.find(request.categoryCode())
                .orElseThrow(() -> new UnprocessableException(CategoryMessages.NOT_FOUND.with(request.categoryCode()),
                        FieldProblem.of("categoryCode", StoreMessages.UNKNOWN_CATEGORY)));
        TargetVersion version = category.versionInForceOn(request.launchDate())
                .orElseThrow(() -> new UnprocessableException(
                        StoreMessages.NO_TARGET_VERSION_IN_FORCE.with(request.categoryCode(), request.launchDate()),
                        FieldProblem.of("launchDate", StoreMessages.BEFORE_FIRST_TARGET_VERSION)));
        Store store = stores.save(new Store(request.name().strip(), request.merchantId(), category,
                request.storeType(), request.launchDate(), version, targetSets.get(version.id()), Timestamps.now(clock)));
        return StoreResponse.of(store, clock);
    }

    @Transactional(readOnly = true)
    StoreResponse get(long id) {
        return stores.findWithAgreement(id).map(s -> StoreResponse.of(s, clock))
                .orElseThrow(() -> new NotFoundException(StoreMessages.NOT_FOUND, id));
    }

    @Transactional(readOnly = true)
    Page<StoreResponse> list(StoreStatus status, Standing standing, String categoryCode, String merchantId,
            Pageable pageable) {
        Specification<Store> spec = (root, query, cb) -> cb.conjunction();
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (standing != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("standing"), standing));
        }
        if (categoryCode != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category").get("code"), categoryCode));
        }
        if (merchantId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("merchantId"), merchantId));
        }
        Optional<String> ownStoresOnly = CurrentCaller.merchantScope();
        if (ownStoresOnly.isPresent()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("merchantId"), ownStoresOnly.get()));
        }
        return stores.findAll(spec, pageable).map(s -> StoreResponse.of(s, clock));
    }

    @Transactional(readOnly = true)
    Page<StatusChangeResponse> statusHistory(long id, Pageable pageable) {
        if (!stores.existsById(id)) {
            throw new NotFoundException(StoreMessages.NOT_FOUND, id);
        }
        return statusChanges.findByStoreId(id, pageable).map(c -> StatusChangeResponse.of(c, clock));
    }
}
