package com.marketplace.trialassessment.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.rules.Agreements;
import com.marketplace.trialassessment.rules.AnnualKey;
import com.marketplace.trialassessment.rules.AnnualRecord;
import com.marketplace.trialassessment.rules.AnnualResult;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.Clearance;
import com.marketplace.trialassessment.rules.Evaluated;
import com.marketplace.trialassessment.rules.FeeRecord;
import com.marketplace.trialassessment.rules.FeeStatement;
import com.marketplace.trialassessment.rules.FormalState;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.Rectification;
import com.marketplace.trialassessment.rules.StatusChange;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreForDecision;
import com.marketplace.trialassessment.store.StoreUpdate;

/**
 * Reads stores for their decisions and writes down what the rules decided, for one store or a chunk
 * of the daily run alike, with a fixed number of set-based statements whatever the number of stores:
 * the stores are locked and read, their current verdicts and annual results and their categories'
 * agreements read; then results that stop being current are retired, new verdicts and annual results
 * inserted in one batch each, and the stores' status, standing, history and next decision written in
 * two statements. Nothing here decides anything.
 */
@Component
class StoreDecisions {

    private final StoreCatalog stores;
    private final StoreAgreements agreements;
    private final VerdictRows verdicts;
    private final AnnualResultRows annualResults;
    private final FeeStatementRows feeStatements;
    private final ApplicationEventPublisher events;

    StoreDecisions(StoreCatalog stores, StoreAgreements agreements, VerdictRows verdicts,
            AnnualResultRows annualResults, FeeStatementRows feeStatements, ApplicationEventPublisher events) {
        this.stores = stores;
        this.agreements = agreements;
        this.verdicts = verdicts;
        this.annualResults = annualResults;
        this.feeStatements = feeStatements;
        this.events = events;
    }

    /** What decided: the trigger and the {@code sub} recorded on the results. */
    record DecidedBy(Trigger trigger, String subject) {
    }

    /** What the rules decided for one store, and, for a re-evaluation, the staff's reason. */
    record Decided(DecidingStore store, Evaluated evaluated, String reason) {

        Decided {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(evaluated, "evaluated");
        }
    }

    /**
     * The stores that exist among {@code ids}, locked until the transaction ends, with their current
     * verdicts, annual results and agreements.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<DecidingStore> lock(List<Long> ids) {
        List<StoreForDecision> locked = stores.lockForDecision(ids);
        Map<Long, Map<Checkpoint, CurrentVerdict>> current = verdicts.current(ids);
        Map<Long, List<AnnualRecord>> annual = annualResults.current(ids);
        Map<Long, List<FeeRecord>> fees = feeStatements.issued(ids);
        Map<Long, Agreements> signed = agreements.of(locked.stream()
                .map(s -> new StoreAgreements.Signed(s.id(), s.categoryId(), s.targetVersionId())).toList());
        List<DecidingStore> deciding = new ArrayList<>(locked.size());
        for (StoreForDecision store : locked) {
            Map<Checkpoint, CurrentVerdict> storeVerdicts = current.getOrDefault(store.id(), Map.of());
            Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
            storeVerdicts.forEach((checkpoint, verdict) -> outcomes.put(checkpoint, verdict.passed()));
            boolean failedForSerious = storeVerdicts.values().stream()
                    .anyMatch(verdict -> !verdict.passed() && verdict.seriousViolations() > 0);
            deciding.add(new DecidingStore(store, storeVerdicts, new StoreLife(store.launchDate(), store.status(),
                    outcomes, annual.getOrDefault(store.id(), List.of()), Optional.of(signed.get(store.id())),
                    fees.getOrDefault(store.id(), List.of()), failedForSerious)));
        }
        return deciding;
    }

    /**
     * Writes what the rules decided, in the caller's transaction: the stores must be the ones
     * {@link #lock} locked in it. Answers what each store's evaluation came to, in the same order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<EvaluationResult> write(List<Decided> decisions, DecidedBy by, Instant now) {
        List<Long> retired = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        List<Long> voided = new ArrayList<>();
        List<VerdictDraft> verdictDrafts = new ArrayList<>();
        List<AnnualDraft> annualDrafts = new ArrayList<>();
        List<Long> feesVoided = new ArrayList<>();
        List<FeeDraft> feeDrafts = new ArrayList<>();
        for (Decided decided : decisions) {
            DecidingStore store = decided.store();
            Evaluated evaluated = decided.evaluated();
            Map<Checkpoint, CurrentVerdict> current = store.verdicts();
            evaluated.notCurrent().forEach(checkpoint -> retired.add(current.get(checkpoint).id()));
            for (CheckpointResult result : evaluated.decided()) {
                CurrentVerdict replaced = evaluated.notCurrent().contains(result.checkpoint())
                        ? current.get(result.checkpoint()) : null;
                verdictDrafts.add(new VerdictDraft(store.id(), store.store().targetVersionId(), result,
                        by.trigger(), now, replaced == null ? null : replaced.id(),
                        replaced == null ? null : decided.reason(), by.subject()));
            }
            evaluated.annualSuperseded().forEach(key -> superseded.add(currentId(store, key)));
            evaluated.annualVoided().forEach(key -> voided.add(currentId(store, key)));
            for (AnnualResult result : evaluated.annualDecided()) {
                AnnualKey key = new AnnualKey(result.kind(), result.year());
                Long replaced = evaluated.annualSuperseded().contains(key) ? currentId(store, key) : null;
                annualDrafts.add(new AnnualDraft(store.id(), result, by.trigger(), now, replaced,
                        replaced == null ? null : decided.reason(), by.subject()));
            }
            feesVoided.addAll(evaluated.feesVoided());
            evaluated.feesIssued().forEach(statement -> feeDrafts.add(new FeeDraft(store.id(), statement,
                    by.trigger(), now, by.subject())));
        }
        if (verdicts.retire(retired, now) != retired.size()
                || annualResults.supersede(superseded, now) != superseded.size()
                || annualResults.voidResults(voided, now) != voided.size()
                || feeStatements.voidStatements(feesVoided, now) != feesVoided.size()) {
            throw new ConflictException(AssessmentMessages.RESULT_NO_LONGER_CURRENT);
        }
        List<Long> verdictIds = verdicts.insert(verdictDrafts);
        List<Long> annualIds = annualResults.insert(annualDrafts);
        List<Long> feeIds = feeStatements.insert(feeDrafts);

        List<EvaluationResult> results = new ArrayList<>(decisions.size());
        List<StoreUpdate> updates = new ArrayList<>();
        List<DecisionsRecorded.StoreDecided> recorded = new ArrayList<>();
        int firstVerdict = 0;
        int firstAnnual = 0;
        int firstFee = 0;
        for (Decided decided : decisions) {
            Evaluated evaluated = decided.evaluated();
            List<Long> storeVerdicts = verdictIds.subList(firstVerdict, firstVerdict + evaluated.decided().size());
            List<Long> storeAnnual = annualIds.subList(firstAnnual, firstAnnual + evaluated.annualDecided().size());
            firstVerdict += evaluated.decided().size();
            firstAnnual += evaluated.annualDecided().size();
            List<Long> storeFees = feeIds.subList(firstFee, firstFee + evaluated.feesIssued().size());
            firstFee += evaluated.feesIssued().size();
            StoreForDecision store = decided.store().store();
            if (!evaluated.decided().isEmpty() || !evaluated.annualDecided().isEmpty()
                    || !evaluated.feesIssued().isEmpty()
                    || !evaluated.statusChanges().isEmpty() || !evaluated.next().equals(store.next())) {
                updates.add(update(store, evaluated, storeVerdicts, storeAnnual, now));
            }
            recorded.add(recorded(store, evaluated, storeVerdicts, storeAnnual, storeFees));
            int passed = (int) evaluated.decided().stream().filter(CheckpointResult::passed).count();
            results.add(new EvaluationResult(store.id(), evaluated.status(), storeVerdicts, passed, storeAnnual,
                    storeFees, evaluated.cleared(), evaluated.awaitingData().orElse(null)));
        }
        stores.recordDecisions(updates);
        List<DecisionsRecorded.StoreDecided> decided = recorded.stream().filter(r -> !r.isEmpty()).toList();
        if (!decided.isEmpty()) {
            events.publishEvent(new DecisionsRecorded(decided, now));
        }
        return results;
    }

    private static DecisionsRecorded.StoreDecided recorded(StoreForDecision store, Evaluated evaluated,
            List<Long> verdictIds, List<Long> annualIds, List<Long> feeIds) {
        List<DecisionsRecorded.Written<CheckpointResult>> verdicts = new ArrayList<>();
        for (int i = 0; i < verdictIds.size(); i++) {
            verdicts.add(new DecisionsRecorded.Written<>(verdictIds.get(i), evaluated.decided().get(i)));
        }
        List<DecisionsRecorded.Written<AnnualResult>> annual = new ArrayList<>();
        for (int i = 0; i < annualIds.size(); i++) {
            annual.add(new DecisionsRecorded.Written<>(annualIds.get(i), evaluated.annualDecided().get(i)));
        }
        List<DecisionsRecorded.Written<FeeStatement>> fees = new ArrayList<>();
        for (int i = 0; i < feeIds.size(); i++) {
            fees.add(new DecisionsRecorded.Written<>(feeIds.get(i), evaluated.feesIssued().get(i)));
        }
        return new DecisionsRecorded.StoreDecided(store.id(), store.merchantId(), evaluated.status(), verdicts, annual,
                fees, evaluated.statusChanges());
    }

    private static long currentId(DecidingStore store, AnnualKey key) {
        return store.life().current(key.kind(), key.year()).orElseThrow().id();
    }

    /** What the store holds afterwards: its status, its standing as its results imply, its next decision. */
    private static StoreUpdate update(StoreForDecision store, Evaluated evaluated, List<Long> verdictIds,
            List<Long> annualIds, Instant now) {
        FormalState formal = evaluated.formalState().orElse(null);
        Optional<Clearance> clearance = evaluated.status() == StoreStatus.CLEARED
                ? evaluated.life().formalState().clearance()
                : formal == null ? Optional.empty() : formal.clearance();
        Optional<Rectification> rectification = formal == null ? Optional.empty() : formal.rectification();
        List<StoreUpdate.HistoryEntry> history = new ArrayList<>();
        for (StatusChange change : evaluated.statusChanges()) {
            history.add(new StoreUpdate.HistoryEntry(change.from(), change.to(), change.fromStanding(),
                    change.toStanding(), change.cause(), change.checkpoint(),
                    change.verdict() == null ? null : verdictIds.get(change.verdict()),
                    change.annualResult() == null ? null : annualIds.get(change.annualResult()), change.reason()));
        }
        return new StoreUpdate(store.id(), store.status(), evaluated.status(),
                formal == null ? null : formal.standing(), rectification, clearance, evaluated.next(),
                LifePlan.nextCheckpoint(evaluated.life()).map(Checkpoint::number).orElse(null), history, now);
    }
}
