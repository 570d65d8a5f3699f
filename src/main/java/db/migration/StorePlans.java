package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.FormalYears;
import com.marketplace.trialassessment.rules.LifePlan;
import com.marketplace.trialassessment.rules.PlannedDecision;
import com.marketplace.trialassessment.rules.StoreLife;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * Writes the stored plan of existing stores with the rules: what a migration does when the rules'
 * plan gains something the stores already had to hold. Reads the rows once and updates in batches;
 * used by Java migrations only, each of which must only read the tables of its own version.
 */
final class StorePlans {

    private StorePlans() {
    }

    /**
     * V13: every formal store's first possible annual decision, the assessment of the year it became
     * formal, due on 1 January after (no formal store had an annual result before V13). It is never
     * later than what the rules plan, which also skip years whose agreement holds no annual standard:
     * the first evaluation of the store, when it falls due, stores their exact plan.
     */
    static void planFormalStores(Connection connection) throws SQLException {
        try (PreparedStatement formal = connection.prepareStatement("select id, launch_date from store where status = ?");
                PreparedStatement update = connection.prepareStatement("""
                        update store set next_decision = ?, next_decision_number = ?, next_decision_on = ?
                         where id = ?""")) {
            formal.setString(1, StoreStatus.FORMAL.name());
            ResultSet rs = formal.executeQuery();
            int batched = 0;
            while (rs.next()) {
                int year = FormalYears.formalSince(rs.getObject(2, LocalDate.class)).getYear();
                update.setString(1, DecisionKind.ANNUAL_ASSESSMENT.name());
                update.setInt(2, year);
                update.setObject(3, FormalYears.assessmentDue(year));
                update.setLong(4, rs.getLong(1));
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /**
     * V6: the next checkpoint of every store on trial, from its current verdicts; nothing for the others
     * (V6 knew no decisions after the trial).
     */
    static void planEveryStore(Connection connection) throws SQLException {
        Map<Long, LocalDate> launches = new LinkedHashMap<>();
        Map<Long, StoreStatus> statuses = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, launch_date, status from store order by id")) {
            while (rs.next()) {
                launches.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                statuses.put(rs.getLong(1), StoreStatus.valueOf(rs.getString(3)));
            }
        }
        Map<Long, Map<Checkpoint, Boolean>> outcomes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select store_id, checkpoint, outcome = ? from verdict where superseded_at is null")) {
            statement.setString(1, "PASSED");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    outcomes.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Checkpoint.class))
                            .put(Checkpoint.of(rs.getInt(2)), rs.getBoolean(3));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update store set next_decision = ?, next_decision_number = ?, next_decision_on = ? where id = ?""")) {
            int batched = 0;
            for (Map.Entry<Long, LocalDate> store : launches.entrySet()) {
                long id = store.getKey();
                Optional<PlannedDecision> next = statuses.get(id) != StoreStatus.TRIAL ? Optional.empty()
                        : LifePlan.next(new StoreLife(store.getValue(), statuses.get(id),
                                outcomes.getOrDefault(id, Map.of())));
                if (next.isPresent()) {
                    update.setString(1, next.get().kind().name());
                    update.setInt(2, next.get().number());
                    update.setObject(3, next.get().dueOn());
                }
                else {
                    update.setNull(1, Types.VARCHAR);
                    update.setNull(2, Types.INTEGER);
                    update.setNull(3, Types.DATE);
                }
                update.setLong(4, id);
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /**
     * V14: the next checkpoint of a store on trial is its next decision (V14 knows no other for it yet);
     * and every store whose category has a version with fee terms gets the statement of its launch
     * year as its next decision, due on its launch date: never later than what the rules plan (which
     * may be a statement of a year long over, or a checkpoint), so the next run evaluates the store,
     * issues what is due and stores its exact plan.
     */
    static void planFeeStatements(Connection connection) throws SQLException {
        try (PreparedStatement trial = connection.prepareStatement("""
                update store set next_checkpoint = next_decision_number where status = ? and next_decision = ?""")) {
            trial.setString(1, StoreStatus.TRIAL.name());
            trial.setString(2, DecisionKind.CHECKPOINT.name());
            trial.executeUpdate();
        }
        try (PreparedStatement fees = connection.prepareStatement("""
                update store s
                   set next_decision = ?, next_decision_number = extract(year from s.launch_date),
                       next_decision_on = s.launch_date
                 where exists (select 1 from target_version v
                                where v.category_id = s.category_id and v.annual_fee is not null)""")) {
            fees.setString(1, DecisionKind.FEE_STATEMENT.name());
            fees.executeUpdate();
        }
    }
}
