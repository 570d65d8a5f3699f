package com.marketplace.trialassessment.data;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.CurrentCaller;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.Timestamps;
import com.marketplace.trialassessment.rules.DatedData;
import com.marketplace.trialassessment.store.Store;
import com.marketplace.trialassessment.store.StoreCatalog;

@Service
class ViolationService {

    private final Violations violations;
    private final StoreCatalog stores;
    private final Clock clock;

    ViolationService(Violations violations, StoreCatalog stores, Clock clock) {
        this.violations = violations;
        this.stores = stores;
        this.clock = clock;
    }

    @Transactional
    ViolationResponse report(long storeId, ViolationRequests.Report request) {
        Store store = stores.get(storeId);
        LocalDate today = LocalDate.now(clock);
        DatedData.refusal(request.occurredOn(), store.launchDate(), today).ifPresent(refusal -> {
            throw InvalidInputException.of("occurredOn", DataMessages.refused(refusal, store.launchDate(), today));
        });
        Violation violation = violations.save(new Violation(storeId, request.occurredOn(), request.type().strip(),
                request.severity(), request.points(), request.description(), Timestamps.now(clock)));
        return ViolationResponse.of(violation, clock);
    }

    @Transactional
    ViolationResponse revoke(long storeId, long violationId, ViolationRequests.Revocation request) {
        stores.get(storeId);
        Violation violation = violations.findForUpdate(storeId, violationId)
                .orElseThrow(() -> new NotFoundException(DataMessages.VIOLATION_NOT_FOUND, violationId));
        violation.revoke(request.reason().strip(), CurrentCaller.subject(), Timestamps.now(clock));
        return ViolationResponse.of(violation, clock);
    }

    @Transactional(readOnly = true)
    ViolationResponse get(long storeId, long violationId) {
        stores.get(storeId);
        return violations.findById(violationId).filter(v -> v.storeId() == storeId)
                .map(v -> ViolationResponse.of(v, clock))
                .orElseThrow(() -> new NotFoundException(DataMessages.VIOLATION_NOT_FOUND, violationId));
    }

    @Transactional(readOnly = true)
    Page<ViolationResponse> list(long storeId, Pageable pageable) {
        stores.get(storeId);
        return violations.findByStoreId(storeId, pageable).map(v -> ViolationResponse.of(v, clock));
    }
}
