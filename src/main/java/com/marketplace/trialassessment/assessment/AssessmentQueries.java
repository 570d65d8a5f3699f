package com.marketplace.trialassessment.assessment;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.assessment.rules.Checkpoint;
import com.marketplace.trialassessment.assessment.rules.CheckpointFacts;

/** What read models (the dashboard) ask of assessment: facts as the rules see them, and current verdicts. */
@Component
public class AssessmentQueries {

    private final FactsLoader facts;
    private final StoreSnapshotLoader snapshots;
    private final JdbcTemplate jdbc;

    AssessmentQueries(FactsLoader facts, StoreSnapshotLoader snapshots, JdbcTemplate jdbc) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
    }

    /**
     * The store with its current verdicts and the facts of every checkpoint, in one SQL statement;
     * empty when there is no such store. Deliberately not transactional: one statement is consistent
     * on its own, and without a transaction it costs one round trip instead of three.
     */
    public Optional<StoreSnapshot> snapshot(long storeId) {
        return snapshots.load(storeId);
    }

    /** The facts of each (store, checkpoint), with one query per kind of fact for all of them. */
    @Transactional(readOnly = true)
    public Map<FactsRequest, CheckpointFacts> facts(List<FactsRequest> requests) {
        return facts.load(requests);
    }

    /** The current verdicts of each store, by checkpoint; stores without any are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Checkpoint, CurrentVerdict>> currentVerdicts(Collection<Long> storeIds) {
        Map<Long, Map<Checkpoint, CurrentVerdict>> current = new HashMap<>();
        if (storeIds.isEmpty()) {
            return current;
        }
        Long[] ids = storeIds.toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select id, store_id, checkpoint, outcome from verdict
                     where store_id = any(?) and superseded_at is null""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> {
            CurrentVerdict verdict = new CurrentVerdict(rs.getLong(1), Checkpoint.of(rs.getInt(3)),
                    "PASSED".equals(rs.getString(4)));
            current.computeIfAbsent(rs.getLong(2), id -> new EnumMap<>(Checkpoint.class))
                    .put(verdict.checkpoint(), verdict);
        });
        return current;
    }
}
