package com.marketplace.trialassessment.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EvaluationRuns extends JpaRepository<EvaluationRun, Long> {

    List<EvaluationRun> findByStatusAndHeartbeatAtBefore(RunStatus status, Instant before);

    /** The run, locked until the caller's transaction ends: the workers of one run add their counts in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from EvaluationRun r where r.id = :id")
    Optional<EvaluationRun> findForUpdate(long id);

    boolean existsByBusinessDateAndStatus(LocalDate businessDate, RunStatus status);
}
