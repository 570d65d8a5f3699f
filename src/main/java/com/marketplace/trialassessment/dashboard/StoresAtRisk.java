package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The stores whose outlook fails today, exactly as the at-risk lists show them (the next checkpoint
 * of a store on trial, the year of a formal store): what other features (notifications) ask of the
 * dashboard's outlooks.
 */
@Component
public class StoresAtRisk {

    /**
     * A store at risk today.
     *
     * @param checkpoint its next checkpoint, on trial; null for a formal store
     * @param year       the year at risk, for a formal store; null on trial
     */
    public record AtRisk(long storeId, String merchantId, String phase, Integer checkpoint, LocalDate dueDate,
            Integer year, String outcomeIfDecidedToday, BigDecimal relativeSalesGap, String mostAtRisk) {
    }

    private final OperationsViewService trial;
    private final AnnualStandingService formal;

    StoresAtRisk(OperationsViewService trial, AnnualStandingService formal) {
        this.trial = trial;
        this.formal = formal;
    }

    /** Every store at risk today, on trial and formal. */
    public List<AtRisk> today() {
        PageRequest all = PageRequest.of(0, Integer.MAX_VALUE);
        List<AtRisk> atRisk = new ArrayList<>();
        trial.atRisk(null, null, all).items().forEach(s -> atRisk.add(new AtRisk(s.storeId(), s.merchantId(), "TRIAL",
                s.nextCheckpoint(), s.dueDate(), null, s.outcomeIfDecidedToday(), s.relativeSalesGap(),
                s.mostAtRisk())));
        formal.atRisk(null, null, all).items().forEach(s -> atRisk.add(new AtRisk(s.storeId(), s.merchantId(),
                "FORMAL", null, null, s.year(), s.outcomeIfYearEndedToday(), s.relativeSalesGap(), s.mostAtRisk())));
        return atRisk;
    }
}
