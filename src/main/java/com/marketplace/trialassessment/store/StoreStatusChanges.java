package com.marketplace.trialassessment.store;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;


interface StoreStatusChanges extends JpaRepository<StoreStatusChange, Long> {

    Page<StoreStatusChange> findByStoreId(long storeId, Pageable pageable);
}
