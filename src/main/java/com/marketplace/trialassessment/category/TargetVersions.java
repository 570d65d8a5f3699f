package com.marketplace.trialassessment.category;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TargetVersions extends Repository<TargetVersion, Long> {

    Optional<TargetVersion> findById(Long id);
}
