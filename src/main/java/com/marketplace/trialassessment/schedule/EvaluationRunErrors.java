package com.marketplace.trialassessment.schedule;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRunErrors extends JpaRepository<EvaluationRunError, Long> {

    List<EvaluationRunError> findTop100ByRunIdOrderByIdAsc(long runId);
}
