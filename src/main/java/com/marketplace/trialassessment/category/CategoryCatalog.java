package com.marketplace.trialassessment.category;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features ask of categories. */
@Component
public class CategoryCatalog {

    private final Categories categories;

    CategoryCatalog(Categories categories) {
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(String code) {
        return categories.findByCode(code);
    }
}
