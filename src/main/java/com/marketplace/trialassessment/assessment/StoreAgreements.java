package com.marketplace.trialassessment.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.category.CategoryCatalog;
import com.marketplace.trialassessment.category.TargetSetCache;
import com.marketplace.trialassessment.category.VersionInForce;
import com.marketplace.trialassessment.rules.AgreementVersion;
import com.marketplace.trialassessment.rules.Agreements;

/**
 * The agreements of stores, as the rules choose a year's among them: the version each store signed
 * at launch and every version of its category, with their terms. One statement for the versions of
 * all the stores' categories; the terms come from memory ({@link TargetSetCache}).
 */
@Component
class StoreAgreements {

    private final CategoryCatalog categories;
    private final TargetSetCache targetSets;

    StoreAgreements(CategoryCatalog categories, TargetSetCache targetSets) {
        this.categories = categories;
        this.targetSets = targetSets;
    }

    /** A store as far as its agreements go. */
    record Signed(long storeId, long categoryId, long targetVersionId) {
    }

    /** The agreements of each store, by store id. */
    Map<Long, Agreements> of(Collection<Signed> stores) {
        Map<Long, List<VersionInForce>> versions = categories.versionsOf(
                stores.stream().map(Signed::categoryId).distinct().toList());
        return stores.stream().collect(Collectors.toMap(Signed::storeId,
                store -> agreements(store, versions.getOrDefault(store.categoryId(), List.of())), (a, b) -> a));
    }

    private Agreements agreements(Signed store, List<VersionInForce> versions) {
        List<AgreementVersion> all = versions.stream()
                .map(v -> new AgreementVersion(v.targetVersionId(), v.effectiveFrom(), targetSets.get(v.targetVersionId())))
                .toList();
        AgreementVersion launch = all.stream().filter(v -> v.id() == store.targetVersionId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Store " + store.storeId() + "'s target version "
                        + store.targetVersionId() + " is not one of its category's"));
        return new Agreements(launch, all);
    }
}
