package com.marketplace.trialassessment.assessment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Verdicts extends JpaRepository<Verdict, Long> {

    @Query("select v from Verdict v where v.storeId = :storeId and v.supersededAt is null order by v.checkpoint")
    List<Verdict> findCurrent(long storeId);

    Page<Verdict> findByStoreId(long storeId, Pageable pageable);
}
