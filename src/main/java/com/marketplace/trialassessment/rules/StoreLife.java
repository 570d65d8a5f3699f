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
 * decided checkpoint ({@code true}: passed), its current annual results, and the agreements of its
 * category (which a formal store's years are assessed against; not needed on trial).
 */
public record StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints,
        List<AnnualRecord> annual, Optional<Agreements> agreements) {

    public StoreLife {
        Objects.requireNonNull(launchDate, "launchDate");
        Objects.requireNonNull(status, "status");
        EnumMap<Checkpoint, Boolean> copy = new EnumMap<>(Checkpoint.class);
        copy.putAll(checkpoints);
        checkpoints = Collections.unmodifiableMap(copy);
        annual = annual.stream().sorted(AnnualRecord.IN_ORDER).toList();
        Objects.requireNonNull(agreements, "agreements");
    }

    /** A store's life as far as its trial goes: no annual results, no agreements read. */
    public StoreLife(LocalDate launchDate, StoreStatus status, Map<Checkpoint, Boolean> checkpoints) {
        this(launchDate, status, checkpoints, List.of(), Optional.empty());
    }

    /** A store just registered: on trial, nothing decided. */
    public static StoreLife launched(LocalDate launchDate) {
        return new StoreLife(launchDate, StoreStatus.TRIAL, Map.of());
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
        return new StoreLife(launchDate, status, outcomes, annual, agreements);
    }

    /** Without the outcomes of the checkpoints after {@code checkpoint}. */
    StoreLife withoutOutcomesAfter(Checkpoint checkpoint) {
        Map<Checkpoint, Boolean> outcomes = new EnumMap<>(Checkpoint.class);
        checkpoints.forEach((c, passed) -> {
            if (c.number() <= checkpoint.number()) {
                outcomes.put(c, passed);
            }
        });
        return new StoreLife(launchDate, status, outcomes, annual, agreements);
    }

    StoreLife withStatus(StoreStatus to) {
        return new StoreLife(launchDate, to, checkpoints, annual, agreements);
    }

    StoreLife withAnnual(AnnualRecord record) {
        List<AnnualRecord> records = new ArrayList<>(annual);
        records.add(record);
        return new StoreLife(launchDate, status, checkpoints, records, agreements);
    }

    StoreLife withoutAnnual(Set<AnnualKey> keys) {
        return new StoreLife(launchDate, status, checkpoints,
                annual.stream().filter(r -> !keys.contains(AnnualKey.of(r))).toList(), agreements);
    }
}
