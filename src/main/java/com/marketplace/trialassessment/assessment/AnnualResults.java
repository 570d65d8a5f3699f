package com.marketplace.trialassessment.assessment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualResults extends JpaRepository<AnnualResultEntity, Long> {

    Page<AnnualResultEntity> findByStoreId(long storeId, Pageable pageable);
}
