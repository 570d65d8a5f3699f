package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.data.FactsQueries;
import com.marketplace.trialassessment.data.StoreWindow;
import com.marketplace.trialassessment.rules.Agreements;
import com.marketplace.trialassessment.rules.AnnualOutlook;
import com.marketplace.trialassessment.rules.AnnualRecord;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreView;

/** What read models (the dashboard) ask of assessment: stores with their current results and facts. */
@Component
public class AssessmentQueries {

    private final StoreCatalog stores;
    private final VerdictRows verdicts;
    private final AnnualResultRows annualResults;
    private final StoreAgreements agreements;
    private final FactsQueries facts;
    private final Clock clock;

    AssessmentQueries(StoreCatalog stores, VerdictRows verdicts, AnnualResultRows annualResults,
            StoreAgreements agreements, FactsQueries facts, Clock clock) {
        this.stores = stores;
        this.verdicts = verdicts;
        this.annualResults = annualResults;
        this.agreements = agreements;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * Formal stores with what the daily view of their year needs: their current annual results and
     * agreements, and the facts of the current year so far and of a running rectification period so
     * far (the windows are the rules'), with one statement per kind for all of them.
     */
    public List<FormalSnapshot> formal(List<StoreView> formalStores) {
        if (formalStores.isEmpty()) {
            return List.of();
        }
        List<Long> ids = formalStores.stream().map(StoreView::id).toList();
        Map<Long, List<AnnualRecord>> annual = annualResults.current(ids);
        Map<Long, Agreements> signed = agreements.of(formalStores.stream()
                .map(s -> new StoreAgreements.Signed(s.id(), s.categoryId(), s.targetVersionId())).toList());
        LocalDate today = LocalDate.now(clock);
        List<StoreLife> lives = new ArrayList<>();
        List<StoreWindow> windows = new ArrayList<>();
        for (StoreView store : formalStores) {
            StoreLife life = new StoreLife(store.launchDate(), store.status(), allPassed(),
                    annual.getOrDefault(store.id(), List.of()), Optional.of(signed.get(store.id())));
            lives.add(life);
            yearSoFar(life, today).ifPresent(days -> windows.add(new StoreWindow(store.id(), FactsWindow.of(days))));
            rectificationSoFar(life, today)
                    .ifPresent(days -> windows.add(new StoreWindow(store.id(), FactsWindow.of(days))));
            feeSoFar(life, today).ifPresent(days -> windows.add(new StoreWindow(store.id(), FactsWindow.of(days))));
        }
        Map<Long, Map<FactsWindow, WindowFacts>> read = new HashMap<>();
        facts.of(windows).forEach((request, windowFacts) -> read.computeIfAbsent(request.storeId(),
                id -> new HashMap<>()).put(request.window(), windowFacts));
        List<FormalSnapshot> snapshots = new ArrayList<>(formalStores.size());
        for (int i = 0; i < formalStores.size(); i++) {
            StoreView store = formalStores.get(i);
            snapshots.add(new FormalSnapshot(store, lives.get(i), read.getOrDefault(store.id(), Map.of())));
        }
        return snapshots;
    }

    /** The formal days of today's year up to today. */
    public static Optional<DateRange> yearSoFar(StoreLife life, LocalDate today) {
        return life.formalSince().flatMap(since -> FormalYears.formalDays(today.getYear(), since))
                .flatMap(days -> AnnualOutlook.daysSoFar(days, today));
    }

    /** The trading days up to today of the fee statement today's year is heading for, when its agreement has fee terms. */
    public static Optional<DateRange> feeSoFar(StoreLife life, LocalDate today) {
        if (LifePlan.feeAgreement(life, today.getYear()).isEmpty()) {
            return Optional.empty();
        }
        return LifePlan.feeHeadingFor(life, today.getYear())
                .flatMap(due -> AnnualOutlook.daysSoFar(due.tradingDays(), today));
    }

    /** The days of a running rectification period up to today. */
    public static Optional<DateRange> rectificationSoFar(StoreLife life, LocalDate today) {
        return life.formalState().rectification().flatMap(r -> AnnualOutlook.daysSoFar(r.period(), today));
    }

    /** A formal store passed every checkpoint. */
    private static Map<Checkpoint, Boolean> allPassed() {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        for (Checkpoint checkpoint : Checkpoint.values()) {
            outcomes.put(checkpoint, true);
        }
        return outcomes;
    }

    /**
     * The store with its current verdicts and the facts of the windows a view of it shows: its next
     * checkpoint's, and those of the checkpoints due and undecided today. Empty when there is no such
     * store. Three statements, deliberately outside a transaction: each is consistent on its own, and a
     * read model may show a store a moment apart.
     */
    public Optional<StoreSnapshot> snapshot(long storeId) {
        Optional<StoreView> found = stores.view(storeId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoreView store = found.get();
        Map<Checkpoint, CurrentVerdict> current = verdicts.current(List.of(storeId)).getOrDefault(storeId, Map.of());
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        current.forEach((checkpoint, verdict) -> outcomes.put(checkpoint, verdict.passed()));
        StoreLife life = new StoreLife(store.launchDate(), store.status(), outcomes);
        Set<FactsWindow> windows = new LinkedHashSet<>();
        store.nextCheckpoint().ifPresent(next -> windows.add(next.window(store.launchDate())));
        LifePlan.due(life, LocalDate.now(clock))
                .forEach(due -> windows.add(due.checkpoint().window(store.launchDate())));
        return Optional.of(new StoreSnapshot(store, current,
                windows.isEmpty() ? Map.of() : facts.of(storeId, windows)));
    }
}
