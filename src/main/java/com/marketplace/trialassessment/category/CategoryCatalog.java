package com.marketplace.trialassessment.category;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    /** A target version with its targets; target versions never change once added. */
    @Transactional(readOnly = true)
    public Optional<TargetVersion> findTargetVersion(long id) {
        return targetVersions.findById(id);
    }
}
