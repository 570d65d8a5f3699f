package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what is due in a store's life, from its facts: the one function behind every evaluation,
 * whether for one store on request, for a chunk of stores in the daily run, or after a re-evaluation.
 * Callers read the life and the facts of the windows it asks for ({@link #windows}), and write down
 * what it answers ({@link Evaluated}); they decide nothing themselves.
 */
public final class LifeEvaluation {

    private final CheckpointRules rules;

    public LifeEvaluation(CheckpointRules rules) {
        this.rules = rules;
    }

    /** The windows whose facts {@link #evaluate} needs on {@code today}. */
    public List<FactsWindow> windows(StoreLife life, LocalDate today) {
        return LifePlan.due(life, today).stream().map(d -> d.checkpoint().window(life.launchDate())).toList();
    }

    /**
     * Takes every decision due on {@code today}, in order: a failed checkpoint ends the trial, a passed
     * checkpoint 4 makes the store formal, and the evaluation stops at the first checkpoint that fails
     * or cannot be decided.
     *
     * @param facts the facts of (at least) the windows of {@link #windows}
     */
    public Evaluated evaluate(StoreLife life, LocalDate today, TargetSet targets, Map<FactsWindow, WindowFacts> facts) {
        Evaluation evaluation = new Evaluation(life);
        evaluation.decideDue(today, targets, facts);
        return evaluation.result();
    }

    /** The windows whose facts {@link #reevaluate} needs: the checkpoint's, and those of every later one due. */
    public List<FactsWindow> reevaluationWindows(StoreLife life, Checkpoint checkpoint, LocalDate today) {
        Set<FactsWindow> windows = new LinkedHashSet<>();
        windows.add(checkpoint.window(life.launchDate()));
        for (Checkpoint later = checkpoint.next().orElse(null); later != null; later = later.next().orElse(null)) {
            if (later.isDueOn(life.launchDate(), today)) {
                windows.add(later.window(life.launchDate()));
            }
        }
        return List.copyOf(windows);
    }

    /**
     * Decides a decided checkpoint again, on today's facts. Its new result supersedes the current one;
     * when it now fails, the results of later checkpoints stop being current (a checkpoint after a
     * failed one is never decided); the status follows the current results; and a store that is on
     * trial again has its later due checkpoints decided. When the checkpoint cannot be decided
     * (its score is missing now) nothing changes: the answer holds only {@code awaitingData}.
     *
     * @throws IllegalArgumentException when the checkpoint has no current result
     */
    public Evaluated reevaluate(StoreLife life, Checkpoint checkpoint, LocalDate today, TargetSet targets,
            Map<FactsWindow, WindowFacts> facts, String reason) {
        if (!life.hasDecided(checkpoint)) {
            throw new IllegalArgumentException("Checkpoint " + checkpoint.number() + " has no result to re-evaluate");
        }
        Decision decision = rules.decide(checkpoint, life.launchDate(), targets,
                facts.get(checkpoint.window(life.launchDate())));
        if (decision instanceof Decision.AwaitingData waiting) {
            return new Evaluated(List.of(), Optional.of(waiting), Set.of(), List.of(), life, LifePlan.next(life));
        }
        CheckpointResult result = ((Decision.Decided) decision).result();
        Evaluation evaluation = new Evaluation(life);
        evaluation.supersede(result);
        evaluation.followResults(checkpoint, reason);
        evaluation.decideDue(today, targets, facts);
        return evaluation.result();
    }

    /** One evaluation under way: what it has decided so far, and the life it has led to. */
    private final class Evaluation {

        private StoreLife life;
        private final List<CheckpointResult> decided = new ArrayList<>();
        private final Set<Checkpoint> notCurrent = EnumSet.noneOf(Checkpoint.class);
        private final List<StatusChange> changes = new ArrayList<>();
        private Decision.AwaitingData awaiting;

        Evaluation(StoreLife life) {
            this.life = life;
        }

        void decideDue(LocalDate today, TargetSet targets, Map<FactsWindow, WindowFacts> facts) {
            for (PlannedDecision due : LifePlan.due(life, today)) {
                Checkpoint checkpoint = due.checkpoint();
                WindowFacts windowFacts = facts.get(checkpoint.window(life.launchDate()));
                if (windowFacts == null) {
                    throw new IllegalArgumentException("The facts of checkpoint " + checkpoint.number()
                            + " were not read");
                }
                Decision decision = rules.decide(checkpoint, life.launchDate(), targets, windowFacts);
                if (decision instanceof Decision.AwaitingData waiting) {
                    awaiting = waiting;
                    return;
                }
                CheckpointResult result = ((Decision.Decided) decision).result();
                decided.add(result);
                life = life.withOutcome(checkpoint, result.passed());
                if (!result.passed()) {
                    change(StoreStatus.TERMINATED, StatusChangeCause.CHECKPOINT_FAILED, checkpoint,
                            StatusChange.failure(result));
                    return;
                }
                if (checkpoint.isLast()) {
                    change(StoreStatus.FORMAL, StatusChangeCause.TRIAL_PASSED, checkpoint, null);
                }
            }
        }

        /** The re-evaluated result replaces the current one; a failure withdraws the later ones. */
        void supersede(CheckpointResult result) {
            Checkpoint checkpoint = result.checkpoint();
            decided.add(result);
            notCurrent.add(checkpoint);
            if (!result.passed()) {
                life.checkpoints().keySet().stream().filter(c -> c.number() > checkpoint.number())
                        .forEach(notCurrent::add);
                life = life.withoutOutcomesAfter(checkpoint);
            }
            life = life.withOutcome(checkpoint, result.passed());
        }

        /**
         * The status follows the current results. A store going from TERMINATED to FORMAL returns to its
         * trial first, then passes it: two changes, so that the history reads like the rules.
         */
        void followResults(Checkpoint checkpoint, String reason) {
            StoreStatus target = TrialProgress.status(life.checkpoints());
            if (target == life.status()) {
                return;
            }
            switch (target) {
                case TRIAL -> change(StoreStatus.TRIAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                case TERMINATED -> change(StoreStatus.TERMINATED, StatusChangeCause.REEVALUATION, checkpoint,
                        StatusChange.reasonAndFailure(reason, decided.get(decided.size() - 1)));
                case FORMAL -> {
                    if (life.status() == StoreStatus.TERMINATED) {
                        change(StoreStatus.TRIAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                    }
                    change(StoreStatus.FORMAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                }
            }
        }

        private void change(StoreStatus to, StatusChangeCause cause, Checkpoint checkpoint, String reason) {
            changes.add(new StatusChange(life.status(), to, cause, checkpoint, decided.size() - 1, reason));
            life = life.withStatus(to);
        }

        Evaluated result() {
            return new Evaluated(decided, Optional.ofNullable(awaiting), notCurrent, changes, life,
                    LifePlan.next(life));
        }
    }
}
