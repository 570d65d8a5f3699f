package com.marketplace.trialassessment.assessment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Verdicts extends JpaRepository<Verdict, Long> {

    Page<Verdict> findByStoreId(long storeId, Pageable pageable);
}
