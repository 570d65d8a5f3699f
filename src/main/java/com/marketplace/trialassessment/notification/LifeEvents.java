package com.marketplace.trialassessment.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.marketplace.trialassessment.assessment.DecisionsRecorded;
import com.marketplace.trialassessment.rules.AnnualResult;
import com.marketplace.trialassessment.rules.CheckpointResult;
import com.marketplace.trialassessment.rules.FeeStatement;
import com.marketplace.trialassessment.rules.StatusChange;
import com.marketplace.trialassessment.rules.StatusChangeCause;

/**
 * Which events a store's recorded decisions are, with their {@code data}: each verdict
 * ({@code verdict.decided}), annual result ({@code annual.decided}) and fee statement
 * ({@code fee.statement_issued}), and the changes of status and standing ({@code store.terminated},
 * {@code store.formal}, {@code store.reinstated}, {@code store.warned}, {@code store.clearance_notice},
 * {@code store.clearance_withdrawn}, {@code store.cleared}), in the order they were decided. The data
 * holds the figures a receiver acts on and the id to read the whole record with.
 */
final class LifeEvents {

    /** One event before it is stored: its type and data. */
    record Event(EventType type, Map<String, Object> data) {
    }

    private LifeEvents() {
    }

    static List<Event> of(DecisionsRecorded.StoreDecided store) {
        List<Event> events = new ArrayList<>();
        for (DecisionsRecorded.Written<CheckpointResult> verdict : store.verdicts()) {
            events.add(new Event(EventType.VERDICT_DECIDED, verdict(store.storeId(), verdict)));
        }
        for (DecisionsRecorded.Written<AnnualResult> result : store.annualResults()) {
            events.add(new Event(EventType.ANNUAL_DECIDED, annual(store.storeId(), result)));
        }
        for (StatusChange change : store.statusChanges()) {
            EventType type = typeOf(change);
            if (type != null) {
                events.add(new Event(type, change(store, change)));
            }
        }
        for (DecisionsRecorded.Written<FeeStatement> statement : store.feeStatements()) {
            events.add(new Event(EventType.FEE_STATEMENT_ISSUED, fee(store.storeId(), statement)));
        }
        return events;
    }

    /** The event a change of status or standing is, or null for one no event reports. */
    static EventType typeOf(StatusChange change) {
        if (change.cause() == StatusChangeCause.CLEARED) {
            return EventType.STORE_CLEARED;
        }
        if (change.from() != change.to()) {
            return switch (change.to()) {
                case TERMINATED -> EventType.STORE_TERMINATED;
                case FORMAL -> EventType.STORE_FORMAL;
                case TRIAL -> EventType.STORE_REINSTATED;
                case CLEARED -> EventType.STORE_CLEARED;
            };
        }
        return switch (change.cause()) {
            case ANNUAL_WARNING -> EventType.STORE_WARNED;
            case CLEARANCE_NOTICE -> EventType.STORE_CLEARANCE_NOTICE;
            case CLEARANCE_WITHDRAWN -> EventType.STORE_CLEARANCE_WITHDRAWN;
            default -> null;
        };
    }

    private static Map<String, Object> verdict(long storeId, DecisionsRecorded.Written<CheckpointResult> written) {
        CheckpointResult v = written.decision();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", written.id());
        data.put("storeId", storeId);
        data.put("checkpoint", v.checkpoint().number());
        data.put("dueDate", v.dueDate().toString());
        data.put("outcome", v.passed() ? "PASSED" : "FAILED");
        List<String> failed = new ArrayList<>();
        if (!v.sales().passed()) {
            failed.add("SALES");
        }
        if (!v.serviceScore().passed()) {
            failed.add("SERVICE_SCORE");
        }
        if (!v.compliance().passed()) {
            failed.add("COMPLIANCE");
        }
        data.put("failedRequirements", failed);
        data.put("targetVersion", v.targetVersion());
        data.put("sales", Map.of("cumulative", v.sales().cumulative(), "target", v.sales().target(),
                "passed", v.sales().passed()));
        data.put("compliance", Map.of("seriousViolations", v.compliance().seriousViolations(),
                "generalPoints", v.compliance().generalPoints(), "passed", v.compliance().passed()));
        return data;
    }

    private static Map<String, Object> annual(long storeId, DecisionsRecorded.Written<AnnualResult> written) {
        AnnualResult r = written.decision();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", written.id());
        data.put("storeId", storeId);
        data.put("kind", r.assessment().kind().name());
        data.put("year", r.assessment().year());
        data.put("dueDate", r.assessment().dueDate().toString());
        data.put("outcome", r.assessment().passed() ? "PASSED" : "FAILED");
        data.put("failedRequirements", r.assessment().failedRequirements().stream().map(Enum::name).toList());
        data.put("consequence", r.consequence().name());
        data.put("clearanceCause", r.clearanceCause() == null ? null : r.clearanceCause().name());
        return data;
    }

    private static Map<String, Object> change(DecisionsRecorded.StoreDecided store, StatusChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", store.storeId());
        data.put("status", change.to().name());
        data.put("standing", change.toStanding() == null ? null : change.toStanding().name());
        data.put("fromStatus", change.from().name());
        data.put("fromStanding", change.fromStanding() == null ? null : change.fromStanding().name());
        data.put("cause", change.cause().name());
        data.put("checkpoint", change.checkpoint());
        data.put("reason", change.reason());
        return data;
    }

    private static Map<String, Object> fee(long storeId, DecisionsRecorded.Written<FeeStatement> written) {
        FeeStatement f = written.decision();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", written.id());
        data.put("storeId", storeId);
        data.put("year", f.year());
        data.put("cause", f.cause().name());
        data.put("dueDate", f.due().dueOn().toString());
        data.put("firstTradingDay", f.due().tradingDays().first().toString());
        data.put("lastTradingDay", f.due().tradingDays().last().toString());
        data.put("months", f.months());
        data.put("annualFee", f.annualFee());
        data.put("charged", f.charged());
        data.put("unusedRefund", f.unusedRefund());
        data.put("sales", f.sales());
        data.put("tier", f.tier().name());
        data.put("tierRefund", f.tierRefund());
        data.put("forfeited", f.forfeited());
        data.put("totalRefund", f.totalRefund());
        return data;
    }
}
