package com.marketplace.trialassessment.category;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.NotFoundException;

/** What other features ask of categories. */
@Component
public class CategoryCatalog {

    private final Categories categories;
    private final TargetVersions targetVersions;

    CategoryCatalog(Categories categories, TargetVersions targetVersions) {
        this.categories = categories;
        this.targetVersions = targetVersions;
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(String code) {
        return categories.findByCode(code);
    }

    /**
     * The target version with its targets (loaded eagerly), or {@link NotFoundException}. Versions are
     * never edited, so callers may keep what this returns for as long as they like.
     */
    @Transactional(readOnly = true)
    public TargetVersion targetVersion(long id) {
        return targetVersions.findById(id).orElseThrow(() -> new NotFoundException("Target version", id));
    }
}
