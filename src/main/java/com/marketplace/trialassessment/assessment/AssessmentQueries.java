package com.marketplace.trialassessment.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.marketplace.trialassessment.data.FactsQueries;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreView;

/** What read models (the dashboard) ask of assessment: a store with its current verdicts and facts. */
@Component
public class AssessmentQueries {

    private final StoreCatalog stores;
    private final VerdictRows verdicts;
    private final FactsQueries facts;
    private final Clock clock;

    AssessmentQueries(StoreCatalog stores, VerdictRows verdicts, FactsQueries facts, Clock clock) {
        this.stores = stores;
        this.verdicts = verdicts;
        this.facts = facts;
        this.clock = clock;
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
        store.next().filter(next -> next.kind() == DecisionKind.CHECKPOINT)
                .ifPresent(next -> windows.add(next.checkpoint().window(store.launchDate())));
        LifePlan.due(life, LocalDate.now(clock))
                .forEach(due -> windows.add(due.checkpoint().window(store.launchDate())));
        return Optional.of(new StoreSnapshot(store, current,
                windows.isEmpty() ? Map.of() : facts.of(storeId, windows)));
    }
}
