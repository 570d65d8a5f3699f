package com.marketplace.trialassessment.category;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Reads single target versions; they are created and kept through their {@link Category}. */
interface TargetVersions extends Repository<TargetVersion, Long> {

    Optional<TargetVersion> findById(long id);
}
