package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know of a store's life: its launch date, its status, the current outcome of each
 * decided checkpoint ({@code true}: passed), its current annual results, the agreements of its
 * category (which a formal store's years are assessed against, and whose fee terms settle its years;
 * a store read without them has no fee statements planned), its issued fee statements, and whether
 * its failed checkpoint (if one failed) counted a non-revoked serious violation.
 */
public record StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints,
        List<AnnualRecord> annual, Optional<Agreements> agreements, List<FeeRecord> fees,
        boolean failedForSeriousViolation) {

    public StoreLife {
        Objects.requireNonNull(launchDate, "launchDate");
        Objects.requireNonNull(status, "status");
        EnumMap<Checkpoint, Boolean> copy = new EnumMap<>(Checkpoint.class);
        copy.putAll(checkpoints);
        checkpoints = Collections.unmodifiableMap(copy);
        annual = annual.stream().sorted(AnnualRecord.IN_ORDER).toList();
        Objects.requireNonNull(agreements, "agreements");
        fees = fees.stream().sorted(java.util.Comparator.comparingInt(FeeRecord::year)).toList();
    }

    /** A store's life without fee statements issued. */
    public StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints,
            List<AnnualRecord> annual, Optional<Agreements> agreements) {
        this(launchDate, status, checkpoints, annual, agreements, List.of(), false);
    }

    /** A store's life as far as its trial goes: no annual results, no agreements read. */
    public StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints) {
        this(launchDate, status, checkpoints, List.of(), Optional.empty());
    }

    /** A store just registered: on trial, nothing decided. */
    public static StoreLife launched(LocalDate launchDate) {
        return new StoreLife(launchDate, StoreStatus.TRIAL, Map.of());
    }

    /** A store just registered under its launch agreement (whose fee terms plan its first statement). */
    public static StoreLife launched(LocalDate launchDate, AgreementVersion launch) {
        return new StoreLife(launchDate, StoreStatus.TRIAL, Map.of(), List.of(),
                Optional.of(Agreements.of(launch)));
    }

    public boolean hasDecided(Checkpoint checkpoint) {
        return checkpoints.containsKey(checkpoint);
    }

    /** Formal since checkpoint 4's due date, for a formal store and one cleared after being formal. */
    public Optional<LocalDate> formalSince() {
        boolean formal = status == StoreStatus.FORMAL || status == StoreStatus.CLEARED;
        return formal ? Optional.of(FormalYears.formalSince(launchDate)) : Optional.empty();
    }

    /** Where a formal store stands, as its current annual results imply. */
    public FormalState formalState() {
        return FormalState.of(annual);
    }

    /** The agreements; a formal store's decisions cannot be planned without them. */
    public Agreements requireAgreements() {
        return agreements.orElseThrow(() -> new IllegalStateException(
                "The agreements of a formal store must be read to plan its years"));
    }

    public Optional<AnnualRecord> current(AnnualKind kind, int year) {
        return annual.stream().filter(r -> r.kind() == kind && r.year() == year).findFirst();
    }

    /** The latest current result of {@code kind}: the one that may be re-evaluated. */
    public Optional<AnnualRecord> latest(AnnualKind kind) {
        AnnualRecord latest = null;
        for (AnnualRecord record : annual) {
            if (record.kind() == kind && (latest == null || record.year() > latest.year())) {
                latest = record;
            }
        }
        return Optional.ofNullable(latest);
    }

    StoreLife withOutcome(Checkpoint checkpoint, boolean passed) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        outcomes.putAll(checkpoints);
        outcomes.put(checkpoint, passed);
        return new StoreLife(launchDate, status, outcomes, annual, agreements, fees, failedForSeriousViolation);
    }

    /** With {@code result} the current outcome of its checkpoint. */
    StoreLife withResult(CheckpointResult result) {
        StoreLife life = withOutcome(result.checkpoint(), result.passed());
        boolean serious;
        if (!result.passed()) {
            serious = result.compliance().seriousViolations() > 0;
        }
        else {
            serious = failedForSeriousViolation && !Boolean.FALSE.equals(checkpoints.get(result.checkpoint()));
        }
        return new StoreLife(launchDate, status, life.checkpoints, annual, agreements, fees, serious);
    }

    /** Without the outcomes of the checkpoints after {@code checkpoint}. */
    StoreLife withoutOutcomesAfter(Checkpoint checkpoint) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        checkpoints.forEach((c, passed) -> {
            if (c.number() <= checkpoint.number()) {
                outcomes.put(c, passed);
            }
        });
        return new StoreLife(launchDate, status, outcomes, annual, agreements, fees, failedForSeriousViolation);
    }

    StoreLife withStatus(StoreStatus to) {
        return new StoreLife(launchDate, to, checkpoints, annual, agreements, fees, failedForSeriousViolation);
    }

    StoreLife withAnnual(AnnualRecord record) {
        List<AnnualRecord> records = new ArrayList<>(annual);
        records.add(record);
        return new StoreLife(launchDate, status, checkpoints, records, agreements, fees, failedForSeriousViolation);
    }

    StoreLife withoutAnnual(Set<AnnualKey> keys) {
        return new StoreLife(launchDate, status, checkpoints,
                annual.stream().filter(r -> !keys.contains(AnnualKey.of(r))).toList(), agreements, fees,
                failedForSeriousViolation);
    }

    /** With {@code issued} in place of any statement of its year, and without the statements of {@code voided}. */
    StoreLife withFees(List<FeeRecord> issued, Set<Long> voided) {
        List<FeeRecord> records = new ArrayList<>();
        for (FeeRecord fee : fees) {
            if (!voided.contains(fee.id()) && issued.stream().noneMatch(i -> i.year() == fee.year())) {
                records.add(fee);
            }
        }
        records.addAll(issued);
        return new StoreLife(launchDate, status, checkpoints, annual, agreements, records, failedForSeriousViolation);
    }

    /** The issued statement of {@code year}, if there is one. */
    public Optional<FeeRecord> fee(int year) {
        return fees.stream().filter(f -> f.year() == year).findFirst();
    }

    /**
     * When and why the store stopped trading, if it did: the due date of its failed checkpoint, or the
     * day its clearance took effect. Its last trading day is the day before.
     */
    public Optional<Leaving> leaving() {
        if (status == StoreStatus.TERMINATED) {
            return checkpoints.entrySet().stream().filter(e -> !e.getValue()).findFirst()
                    .map(e -> new Leaving(e.getKey().dueDate(launchDate), FeeCause.TERMINATED,
                            failedForSeriousViolation));
        }
        if (status == StoreStatus.CLEARED) {
            return formalState().clearance().map(c -> new Leaving(c.effectiveOn(), FeeCause.CLEARED,
                    c.cause() == ClearanceCause.VIOLATION));
        }
        return Optional.empty();
    }

    /** A store's leaving: from {@code on} it no longer trades, for {@code cause}; forfeited for a serious violation. */
    public record Leaving(LocalDate on, FeeCause cause, boolean forfeited) {
    }
}
