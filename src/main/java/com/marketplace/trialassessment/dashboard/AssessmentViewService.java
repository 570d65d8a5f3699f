package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.assessment.AssessmentProperties;
import com.marketplace.trialassessment.assessment.AssessmentQueries;
import com.marketplace.trialassessment.assessment.CurrentVerdict;
import com.marketplace.trialassessment.assessment.StoreSnapshot;
import com.marketplace.trialassessment.assessment.TargetSetCache;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CompliancePolicy;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.store.Store;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.rules.StoreStatus;

/** Builds {@code GET /api/stores/{id}/assessment} from the current verdicts and SQL aggregates of the facts. */
@Service
class AssessmentViewService {

    private final StoreCatalog stores;
    private final AssessmentQueries queries;
    private final TargetSetCache targetSets;
    private final JdbcTemplate jdbc;
    private final CompliancePolicy compliance;
    private final Clock clock;

    AssessmentViewService(StoreCatalog stores, AssessmentQueries queries, TargetSetCache targetSets, JdbcTemplate jdbc,
            AssessmentProperties properties, Clock clock) {
        this.stores = stores;
        this.queries = queries;
        this.targetSets = targetSets;
        this.jdbc = jdbc;
        this.compliance = new CompliancePolicy(properties.generalPointsBar());
        this.clock = clock;
    }

    /**
     * One SQL statement, outside any transaction (a single statement is consistent on its own), and the
     * targets from memory: target versions never change.
     */
    StoreAssessmentResponse assess(long storeId) {
        StoreSnapshot store = queries.snapshot(storeId).orElseThrow(() -> new NotFoundException("Store", storeId));
        LocalDate today = LocalDate.now(clock);
        LocalDate launch = store.launchDate();
        TargetSet targets = targetSets.get(store.targetVersionId());
        Map<Checkpoint, CurrentVerdict> verdicts = store.verdicts();
        boolean onTrial = store.status() == StoreStatus.TRIAL;

        List<StoreAssessmentResponse.CheckpointView> views = new ArrayList<>();
        boolean failedBefore = false;
        Outlook outlook = null;
        for (Checkpoint checkpoint : Checkpoint.values()) {
            CurrentVerdict verdict = verdicts.get(checkpoint);
            var target = targets.target(checkpoint);
            CheckpointState state;
            if (failedBefore || (verdict == null && !onTrial)) {
                state = CheckpointState.NOT_REACHED;
            }
            else if (verdict != null) {
                state = verdict.passed() ? CheckpointState.PASSED : CheckpointState.FAILED;
                failedBefore = !verdict.passed();
            }
            else if (!checkpoint.isDueOn(launch, today)) {
                state = CheckpointState.UPCOMING;
            }
            else {
                state = checkpoint.assessesServiceScore() && store.latestScore(checkpoint).isEmpty()
                        ? CheckpointState.AWAITING_DATA : CheckpointState.DUE;
            }
            boolean next = outlook == null && onTrial && verdict == null && state != CheckpointState.NOT_REACHED;
            if (next) {
                // the first checkpoint without a verdict: the snapshot has its facts
                outlook = Outlook.of(checkpoint, launch, today, target, store.factsOf(checkpoint), compliance);
            }
            views.add(next ? figures(checkpoint, launch, state, target.salesTarget(), target.serviceScoreTarget(), outlook)
                    : new StoreAssessmentResponse.CheckpointView(checkpoint.number(), checkpoint.day(),
                            checkpoint.dueDate(launch), state, verdict == null ? null : verdict.id(),
                            target.salesTarget(), target.serviceScoreTarget(), null, null, null, null, null, null,
                            null, null, null, null, null));
        }
        return new StoreAssessmentResponse(storeId, store.name(), store.merchantId(), store.categoryCode(),
                targets.version(), store.status(), launch, today,
                (int) ChronoUnit.DAYS.between(launch, today) + 1,
                outlook == null ? null : outlook.checkpoint().number(), views, outlook == null ? null : view(outlook));
    }

    record SalesCurvePoint(int day, LocalDate date, BigDecimal amount, BigDecimal cumulative) {
    }

    /** Cumulative sales for every trial day up to today (at most day 210), days without a record as 0. */
    @Transactional(readOnly = true)
    List<SalesCurvePoint> salesCurve(long storeId) {
        Store store = stores.get(storeId);
        int lastDay = Math.min(Checkpoint.FOURTH.day(),
                (int) ChronoUnit.DAYS.between(store.launchDate(), LocalDate.now(clock)) + 1);
        return jdbc.query("""
                select n, ?::date + (n - 1) as date, coalesce(d.amount, 0.00) as amount,
                       sum(coalesce(d.amount, 0.00)) over (order by n) as cumulative
                  from generate_series(1, ?) n
                  left join daily_sales d on d.store_id = ? and d.sales_date = ?::date + (n - 1)
                 order by n""",
                (rs, i) -> new SalesCurvePoint(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getBigDecimal(4)),
                store.launchDate(), lastDay, storeId, store.launchDate());
    }

    private static StoreAssessmentResponse.CheckpointView figures(Checkpoint checkpoint, LocalDate launch,
            CheckpointState state, BigDecimal salesTarget, BigDecimal scoreTarget, Outlook o) {
        return new StoreAssessmentResponse.CheckpointView(checkpoint.number(), checkpoint.day(),
                checkpoint.dueDate(launch), state, null, salesTarget, scoreTarget, o.salesSoFar(), o.salesNeeded(),
                o.salesStillNeeded(), o.remainingDays(), o.dailySalesNeeded(), o.latestScore(), o.latestScoreDate(),
                o.scoreTarget(), o.seriousViolations(), o.generalPoints(), o.generalPointsBar());
    }

    static StoreAssessmentResponse.OutlookView view(Outlook o) {
        return new StoreAssessmentResponse.OutlookView(o.checkpoint().number(),
                new StoreAssessmentResponse.IfDecidedToday(o.salesToday(), o.serviceScoreToday(), o.complianceToday(),
                        o.outcomeToday()),
                o.dailyRunRate(), o.projectedCumulativeSales(), o.salesNeeded(), o.projectedFinal30DaysSales(),
                o.projectedSalesPasses(), o.relativeSalesGap(), o.atRisk(), o.mostAtRisk());
    }
}
