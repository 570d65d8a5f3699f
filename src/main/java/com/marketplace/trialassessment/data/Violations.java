package com.marketplace.trialassessment.data;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface Violations extends JpaRepository<Violation, Long> {

    Page<Violation> findByStoreId(long storeId, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Violation v where v.id = :id and v.storeId = :storeId")
    Optional<Violation> findForUpdate(long storeId, long id);
}
