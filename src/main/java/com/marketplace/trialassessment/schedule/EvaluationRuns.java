package com.marketplace.trialassessment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRuns extends JpaRepository<EvaluationRun, Long> {

    @Query("select r from EvaluationRun r where r.status = 'RUNNING' and r.heartbeatAt < :before")
    List<EvaluationRun> findSilentSince(Instant before);

    boolean existsByBusinessDateAndStatus(LocalDate businessDate, RunStatus status);
}
