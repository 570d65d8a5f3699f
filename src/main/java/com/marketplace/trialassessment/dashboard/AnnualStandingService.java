package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import com.marketplace.trialassessment.assessment.AssessmentQueries;
import com.marketplace.trialassessment.assessment.FormalSnapshot;
import com.marketplace.trialassessment.common.ConflictException;
import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.rules.AgreementVersion;
import com.marketplace.trialassessment.rules.AnnualKind;
import com.marketplace.trialassessment.rules.AnnualOutlook;
import com.marketplace.trialassessment.rules.AnnualRules;
import com.marketplace.trialassessment.rules.AnnualScoreResult;
import com.marketplace.trialassessment.rules.CompliancePolicy;
import com.marketplace.trialassessment.rules.DateRange;
import com.marketplace.trialassessment.rules.FactsWindow;
import com.marketplace.trialassessment.rules.FeeDue;
import com.marketplace.trialassessment.rules.FeePreview;
import com.marketplace.trialassessment.rules.FeeRules;
import com.marketplace.trialassessment.rules.FormalState;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.Rectification;
import com.marketplace.trialassessment.rules.Standing;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.StoreStatus;
import com.marketplace.trialassessment.rules.WindowFacts;
import com.marketplace.trialassessment.store.StoreCatalog;
import com.marketplace.trialassessment.store.StoreMessages;
import com.marketplace.trialassessment.store.StoreView;

/**
 * Builds the daily view of a formal store's year ({@code GET /api/stores/{id}/annual-standing}) and
 * the formal stores at risk, from the rules' outlook on the facts of the year so far.
 */
@Service
class AnnualStandingService {

    private static final int CHUNK = 1000;
    /** Warned stores first, then those with a notice, then the rest. */
    private static final List<Standing> RISK_ORDER = List.of(Standing.WARNED, Standing.CLEARANCE_PENDING,
            Standing.GOOD);

    private final StoreCatalog stores;
    private final AssessmentQueries queries;
    private final AnnualRules rules;
    private final CompliancePolicy compliance;
    private final FeeRules feeRules = new FeeRules();
    private final Clock clock;

    AnnualStandingService(StoreCatalog stores, AssessmentQueries queries, AnnualRules rules,
            CompliancePolicy compliance, Clock clock) {
        this.stores = stores;
        this.queries = queries;
        this.rules = rules;
        this.compliance = compliance;
        this.clock = clock;
    }

    AnnualStandingResponse standing(long storeId) {
        StoreView store = stores.view(storeId)
                .orElseThrow(() -> new NotFoundException(StoreMessages.NOT_FOUND, storeId));
        if (store.status() != StoreStatus.FORMAL) {
            throw new ConflictException(DashboardMessages.NOT_FORMAL, storeId, store.status());
        }
        return view(queries.formal(List.of(store)).get(0), LocalDate.now(clock));
    }

    record AtRiskFormalStore(long storeId, String name, String merchantId, String categoryCode, Standing standing,
            int year, String outcomeIfYearEndedToday, BigDecimal salesSoFar, BigDecimal targetToDate,
            BigDecimal projected, BigDecimal targetForYear, BigDecimal relativeSalesGap, BigDecimal latestScore,
            BigDecimal scoreTarget, boolean scoreAssessed, int seriousViolations, int generalPoints, String mostAtRisk) {
    }

    /** Formal stores whose year-end outlook fails: warned ones first, then by how far behind on sales. */
    PageResponse<AtRiskFormalStore> atRisk(String categoryCode, Standing standing, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<StoreView> candidates = stores.byStatus(StoreStatus.FORMAL, categoryCode).stream()
                .filter(s -> standing == null || s.standing() == standing).toList();
        List<AtRiskFormalStore> atRisk = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            for (FormalSnapshot snapshot : queries.formal(candidates.subList(from,
                    Math.min(candidates.size(), from + CHUNK)))) {
                year(snapshot, today).filter(AnnualOutlook::atRisk).ifPresent(outlook -> {
                    StoreView store = snapshot.store();
                    AnnualScoreResult score = outlook.score();
                    // no score yet: the year's target all the same, from the agreement the outlook was made with
                    BigDecimal scoreTarget = score != null ? score.target()
                            : agreement(snapshot, outlook.year()).terms().annual().orElseThrow().serviceScoreTarget();
                    atRisk.add(new AtRiskFormalStore(store.id(), store.name(), store.merchantId(), store.categoryCode(),
                            store.standing(), outlook.year(), outlook.outcomeIfEndedToday().name(), outlook.soFar(),
                            outlook.targetToDate(), outlook.projected(), outlook.targetForWindow(),
                            outlook.relativeSalesGap(), score == null ? null : score.score(), scoreTarget,
                            score == null || score.assessed(), outlook.compliance().seriousViolations(),
                            outlook.compliance().generalPoints(), outlook.mostAtRisk()));
                });
            }
        }
        atRisk.sort(Comparator.comparing((AtRiskFormalStore s) -> RISK_ORDER.indexOf(s.standing()))
                .thenComparing(Comparator.comparing(AtRiskFormalStore::relativeSalesGap).reversed())
                .thenComparing(AtRiskFormalStore::storeId));
        int first = (int) Math.min(pageable.getOffset(), atRisk.size());
        int last = Math.min(atRisk.size(), first + pageable.getPageSize());
        return new PageResponse<>(atRisk.subList(first, last), pageable.getPageNumber(), pageable.getPageSize(),
                atRisk.size());
    }

    /** The agreement the store's year {@code year} is assessed under. */
    private static AgreementVersion agreement(FormalSnapshot snapshot, int year) {
        return snapshot.life().requireAgreements().of(year, snapshot.life().formalSince().orElseThrow());
    }

    /** The rules' outlook of the store's year so far; empty when its agreement holds no annual standard. */
    private Optional<AnnualOutlook> year(FormalSnapshot snapshot, LocalDate today) {
        LocalDate formalSince = snapshot.life().formalSince().orElseThrow();
        int year = today.getYear();
        DateRange days = FormalYears.formalDays(year, formalSince).orElseThrow();
        AgreementVersion agreement = agreement(snapshot, year);
        if (agreement.terms().annual().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AnnualOutlook.of(rules, AnnualKind.ANNUAL, year, days, FormalYears.assessmentDue(year),
                agreement, today, factsSoFar(snapshot, AssessmentQueries.yearSoFar(snapshot.life(), today))));
    }

    private AnnualStandingResponse view(FormalSnapshot snapshot, LocalDate today) {
        StoreView store = snapshot.store();
        LocalDate formalSince = snapshot.life().formalSince().orElseThrow();
        int year = today.getYear();
        DateRange days = FormalYears.formalDays(year, formalSince).orElseThrow();
        AgreementVersion agreement = agreement(snapshot, year);
        Optional<DateRange> soFarDays = AssessmentQueries.yearSoFar(snapshot.life(), today);
        WindowFacts soFar = factsSoFar(snapshot, soFarDays);
        Optional<AnnualOutlook> outlook = year(snapshot, today);
        FormalState state = snapshot.life().formalState();

        AnnualStandingResponse.Sales sales = outlook.map(o -> new AnnualStandingResponse.Sales(o.soFar(),
                o.targetToDate(), o.targetForWindow(), o.stillNeeded(), o.dailyNeeded(), o.projected()))
                .orElse(new AnnualStandingResponse.Sales(soFar.sales(), null, null, null, null, null));
        AnnualStandingResponse.ServiceScore score = new AnnualStandingResponse.ServiceScore(
                soFar.latestScore().map(s -> s.score()).orElse(null),
                soFar.latestScore().map(s -> s.date()).orElse(null),
                agreement.terms().annual().map(a -> a.serviceScoreTarget()).orElse(null));
        var counted = compliance.assess(soFar.violations());
        return new AnnualStandingResponse(store.id(), year, today, store.standing(), agreement.terms().version(),
                soFarDays.map(DateRange::days).orElse(0L), days.days(), sales, score,
                new AnnualStandingResponse.Compliance(counted.seriousViolations(), counted.generalPoints(),
                        counted.generalPointsBar()),
                outlook.map(AnnualStandingService::ifEnded).orElse(null),
                outlook.map(AnnualOutlook::atRisk).orElse(false), outlook.map(AnnualOutlook::mostAtRisk).orElse(null),
                state.rectification().map(r -> rectification(snapshot, r, formalSince, today)).orElse(null),
                state.clearance().map(c -> new AnnualStandingResponse.ClearanceView(c.noticeOn(), c.effectiveOn(),
                        c.cause(), false, Math.max(0, ChronoUnit.DAYS.between(today, c.effectiveOn())))).orElse(null),
                feePreview(snapshot, today));
    }

    /** This year's fee at the current pace; null when its agreement has no fee terms. */
    private AnnualStandingResponse.FeePreviewView feePreview(FormalSnapshot snapshot, LocalDate today) {
        StoreLife life = snapshot.life();
        Optional<AgreementVersion> agreement = LifePlan.feeAgreement(life, today.getYear());
        Optional<FeeDue> due = LifePlan.feeHeadingFor(life, today.getYear());
        if (agreement.isEmpty() || due.isEmpty()) {
            return null;
        }
        FeePreview preview = FeePreview.of(feeRules, due.get(), agreement.get(), today,
                factsSoFar(snapshot, AssessmentQueries.feeSoFar(life, today)));
        return new AnnualStandingResponse.FeePreviewView(preview.cause(), preview.months(), preview.projectedSales(),
                preview.tier(), preview.forfeited(), preview.totalRefund());
    }

    private AnnualStandingResponse.RectificationView rectification(FormalSnapshot snapshot, Rectification r,
            LocalDate formalSince, LocalDate today) {
        AgreementVersion agreement = snapshot.life().requireAgreements().of(r.assessedYear(), formalSince);
        AnnualOutlook o = AnnualOutlook.of(rules, AnnualKind.RECTIFICATION, r.assessedYear(), r.period(),
                r.reviewDue(), agreement, today,
                factsSoFar(snapshot, AssessmentQueries.rectificationSoFar(snapshot.life(), today)));
        return new AnnualStandingResponse.RectificationView(r.assessedYear(), r.period().first(), r.period().last(),
                r.reviewDue(), o.daysSoFar(), o.daysLeft(),
                new AnnualStandingResponse.PeriodSales(o.soFar(), o.targetToDate(), o.targetForWindow(),
                        o.stillNeeded(), o.dailyNeeded(), o.projected()),
                new AnnualStandingResponse.ServiceScore(o.score() == null ? null : o.score().score(),
                        o.score() == null ? null : o.score().scoreDate(),
                        agreement.terms().annual().orElseThrow().serviceScoreTarget()),
                new AnnualStandingResponse.Compliance(o.compliance().seriousViolations(),
                        o.compliance().generalPoints(), o.compliance().generalPointsBar()),
                ifEnded(o), o.atRisk(), o.mostAtRisk());
    }

    private static AnnualStandingResponse.IfEndedToday ifEnded(AnnualOutlook o) {
        return new AnnualStandingResponse.IfEndedToday(o.salesIfEndedToday(), o.scoreIfEndedToday(),
                o.complianceIfEndedToday(), o.outcomeIfEndedToday());
    }

    /** The facts of the days so far, as read; none before the window began. */
    private static WindowFacts factsSoFar(FormalSnapshot snapshot, Optional<DateRange> days) {
        return days.map(d -> snapshot.facts().get(FactsWindow.of(d)))
                .orElse(new WindowFacts(new BigDecimal("0.00"), null, Optional.empty(), List.of()));
    }
}
