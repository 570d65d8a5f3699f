package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import com.marketplace.trialassessment.category.TargetSetCache;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.data.FactsQueries;
import com.marketplace.trialassessment.data.StoreWindow;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointOutlook;
import com.marketplace.trialassessment.rules.CheckpointRules;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreView;

/**
 * For operations: the stores on trial whose outlook misses a requirement, most behind on sales
 * first, and counts of stores by status and next checkpoint. The candidates are found by their stored
 * next decision; the facts of all of them are read with one statement per chunk of stores, and the
 * rules' outlook says which are at risk.
 */
@Service
class OperationsViewService {

    private static final int CHUNK = 1000;

    private final StoreCatalog stores;
    private final FactsQueries facts;
    private final TargetSetCache targetSets;
    private final CheckpointRules rules;
    private final Clock clock;

    OperationsViewService(StoreCatalog stores, FactsQueries facts, TargetSetCache targetSets, CheckpointRules rules,
            Clock clock) {
        this.stores = stores;
        this.facts = facts;
        this.targetSets = targetSets;
        this.rules = rules;
        this.clock = clock;
    }

    record AtRiskStore(long storeId, String name, String merchantId, String categoryCode, LocalDate launchDate,
            int nextCheckpoint, LocalDate dueDate, String outcomeIfDecidedToday, BigDecimal salesSoFar,
            BigDecimal salesNeeded, BigDecimal projectedCumulativeSales, BigDecimal relativeSalesGap,
            BigDecimal latestScore, BigDecimal scoreTarget, int seriousViolations, int generalPoints,
            String mostAtRisk) {
    }

    record Summary(LocalDate today, long total, Map<StoreStatus, Long> byStatus,
            Map<Integer, Long> onTrialByNextCheckpoint) {
    }

    PageResponse<AtRiskStore> atRisk(String categoryCode, Integer checkpoint, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<StoreView> candidates = stores.onTrialByNextCheckpoint(checkpoint, categoryCode);
        List<AtRiskStore> atRisk = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<StoreView> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            Map<StoreWindow, WindowFacts> read = facts.of(chunk.stream().map(OperationsViewService::window).toList());
            for (StoreView store : chunk) {
                Checkpoint next = store.nextCheckpoint().orElseThrow();
                CheckpointOutlook outlook = CheckpointOutlook.of(rules, next, store.launchDate(), today,
                        targetSets.get(store.targetVersionId()), read.get(window(store)));
                if (outlook.atRisk()) {
                    atRisk.add(new AtRiskStore(store.id(), store.name(), store.merchantId(), store.categoryCode(),
                            store.launchDate(), next.number(), next.dueDate(store.launchDate()),
                            outlook.outcomeToday().name(), outlook.salesSoFar(), outlook.salesNeeded(),
                            outlook.projectedCumulativeSales(), outlook.relativeSalesGap(), outlook.latestScore(),
                            outlook.scoreTarget(), outlook.seriousViolations(), outlook.generalPoints(),
                            outlook.mostAtRisk()));
                }
            }
        }
        atRisk.sort(Comparator.comparing(AtRiskStore::relativeSalesGap).reversed()
                .thenComparing(AtRiskStore::storeId));
        int first = (int) Math.min(pageable.getOffset(), atRisk.size());
        int last = Math.min(atRisk.size(), first + pageable.getPageSize());
        return new PageResponse<>(atRisk.subList(first, last), pageable.getPageNumber(), pageable.getPageSize(),
                atRisk.size());
    }

    Summary summary() {
        Map<StoreStatus, Long> byStatus = stores.countByStatus();
        Map<Integer, Long> byNext = new LinkedHashMap<>();
        Map<Integer, Long> counted = stores.countOnTrialByNextCheckpoint();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            byNext.put(checkpoint.number(), counted.getOrDefault(checkpoint.number(), 0L));
        }
        return new Summary(LocalDate.now(clock), byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                byNext);
    }

    /** The window of the store's next checkpoint. */
    private static StoreWindow window(StoreView store) {
        return new StoreWindow(store.id(), store.nextCheckpoint().orElseThrow().window(store.launchDate()));
    }
}
