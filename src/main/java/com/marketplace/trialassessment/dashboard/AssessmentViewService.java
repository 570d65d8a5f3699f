package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.marketplace.trialassessment.assessment.AssessmentQueries;
import com.marketplace.trialassessment.assessment.CurrentVerdict;
import com.marketplace.trialassessment.assessment.StoreSnapshot;
import com.marketplace.trialassessment.category.TargetSetCache;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.data.DailySalesQueries;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointOutlook;
import com.marketplace.trialassessment.rules.CheckpointRules;
import com.marketplace.trialassessment.rules.CheckpointTarget;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.Decision;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreMessages;
import com.marketplace.trialassessment.store.StoreView;

/**
 * Builds {@code GET /api/stores/{id}/assessment} from the store's stored plan, its current verdicts
 * and the facts of its windows; every state and figure that depends on a rule comes from the rules.
 */
@Service
class AssessmentViewService {

    private final AssessmentQueries queries;
    private final StoreCatalog stores;
    private final DailySalesQueries sales;
    private final TargetSetCache targetSets;
    private final CheckpointRules rules;
    private final Clock clock;

    AssessmentViewService(AssessmentQueries queries, StoreCatalog stores, DailySalesQueries sales,
            TargetSetCache targetSets, CheckpointRules rules, Clock clock) {
        this.queries = queries;
        this.stores = stores;
        this.sales = sales;
        this.targetSets = targetSets;
        this.rules = rules;
        this.clock = clock;
    }

    /** Outside any transaction (each statement is consistent on its own), and the targets from memory. */
    StoreAssessmentResponse assess(long storeId) {
        StoreSnapshot snapshot = queries.snapshot(storeId)
                .orElseThrow(() -> new NotFoundException(StoreMessages.NOT_FOUND, storeId));
        StoreView store = snapshot.store();
        LocalDate today = LocalDate.now(clock);
        LocalDate launch = store.launchDate();
        TargetSet targets = targetSets.get(store.targetVersionId());
        Map<Checkpoint, CurrentVerdict> verdicts = snapshot.verdicts();
        Checkpoint next = store.nextCheckpoint().orElse(null);

        List<StoreAssessmentResponse.CheckpointView> views = new ArrayList<>();
        boolean failedBefore = false;
        CheckpointOutlook outlook = null;
        for (Checkpoint checkpoint : Checkpoint.values()) {
            CurrentVerdict verdict = verdicts.get(checkpoint);
            CheckpointTarget target = targets.target(checkpoint);
            CheckpointState state;
            if (verdict != null) {
                state = failedBefore ? CheckpointState.NOT_REACHED
                        : verdict.passed() ? CheckpointState.PASSED : CheckpointState.FAILED;
                failedBefore |= !verdict.passed();
            }
            else if (failedBefore || store.status() != StoreStatus.TRIAL) {
                state = CheckpointState.NOT_REACHED;
            }
            else if (!checkpoint.isDueOn(launch, today)) {
                state = CheckpointState.UPCOMING;
            }
            else {
                // due and undecided: what the rules would decide today
                state = rules.decide(checkpoint, launch, targets, snapshot.factsOf(checkpoint))
                        instanceof Decision.AwaitingData ? CheckpointState.AWAITING_DATA : CheckpointState.DUE;
            }
            if (checkpoint == next) {
                outlook = CheckpointOutlook.of(rules, checkpoint, launch, today, targets, snapshot.factsOf(checkpoint));
                views.add(figures(checkpoint, launch, state, target, outlook));
            }
            else {
                views.add(new StoreAssessmentResponse.CheckpointView(checkpoint.number(), checkpoint.day(),
                        checkpoint.dueDate(launch), state, verdict == null ? null : verdict.id(),
                        target.salesTarget(), target.serviceScoreTarget(), null, null, null, null, null, null,
                        null, null, null, null, null));
            }
        }
        return new StoreAssessmentResponse(storeId, store.name(), store.merchantId(), store.categoryCode(),
                targets.version(), store.status(), launch, today,
                Checkpoint.trialDay(launch, today),
                next == null ? null : next.number(), views, outlook == null ? null : view(outlook));
    }

    record SalesCurvePoint(int day, LocalDate date, BigDecimal amount, BigDecimal cumulative) {
    }

    /** Cumulative sales for every trial day up to today (at most day 210), days without a record as 0. */
    List<SalesCurvePoint> salesCurve(long storeId) {
        StoreView store = stores.view(storeId)
                .orElseThrow(() -> new NotFoundException(StoreMessages.NOT_FOUND, storeId));
        LocalDate launch = store.launchDate();
        int lastDay = Math.min(Checkpoint.FOURTH.day(),
                Checkpoint.trialDay(launch, LocalDate.now(clock)));
        List<SalesCurvePoint> curve = new ArrayList<>(Math.max(lastDay, 0));
        if (lastDay < 1) {
            return curve;
        }
        Map<LocalDate, BigDecimal> amounts = sales.amounts(storeId,
                new DateRange(launch, Checkpoint.dayOfTrial(launch, lastDay)));
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (int n = 1; n <= lastDay; n++) {
            LocalDate date = Checkpoint.dayOfTrial(launch, n);
            BigDecimal amount = amounts.getOrDefault(date, BigDecimal.ZERO.setScale(2));
            cumulative = cumulative.add(amount);
            curve.add(new SalesCurvePoint(n, date, amount, cumulative));
        }
        return curve;
    }

    private static StoreAssessmentResponse.CheckpointView figures(Checkpoint checkpoint, LocalDate launch,
            CheckpointState state, CheckpointTarget target, CheckpointOutlook o) {
        return new StoreAssessmentResponse.CheckpointView(checkpoint.number(), checkpoint.day(),
                checkpoint.dueDate(launch), state, null, target.salesTarget(), target.serviceScoreTarget(),
                o.salesSoFar(), o.salesNeeded(), o.salesStillNeeded(), o.remainingDays(), o.dailySalesNeeded(),
                o.latestScore(), o.latestScoreDate(), o.scoreTarget(), o.seriousViolations(), o.generalPoints(),
                o.generalPointsBar());
    }

    static StoreAssessmentResponse.OutlookView view(CheckpointOutlook o) {
        return new StoreAssessmentResponse.OutlookView(o.checkpoint().number(),
                new StoreAssessmentResponse.IfDecidedToday(o.salesToday(), o.serviceScoreToday(), o.complianceToday(),
                        o.outcomeToday().name()),
                o.dailyRunRate(), o.projectedCumulativeSales(), o.salesNeeded(), o.projectedFinal30DaysSales(),
                o.projectedSalesPasses(), o.relativeSalesGap(), o.atRisk(), o.mostAtRisk());
    }
}
