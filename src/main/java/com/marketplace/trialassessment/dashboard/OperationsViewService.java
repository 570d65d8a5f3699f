package com.marketplace.trialassessment.dashboard;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.assessment.AssessmentProperties;
import com.marketplace.trialassessment.assessment.AssessmentQueries;
import com.marketplace.trialassessment.assessment.FactsRequest;
import com.marketplace.trialassessment.rules.Checkpoint;
import com.marketplace.trialassessment.rules.CheckpointFacts;
import com.marketplace.trialassessment.rules.CheckpointTarget;
import com.marketplace.trialassessment.rules.CompliancePolicy;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.rules.StoreStatus;

/**
 * For operations: the stores on trial whose outlook misses a requirement, most behind on sales
 * first, and counts of stores by status and next checkpoint. The facts of all candidate stores are
 * read with one aggregate query per kind of fact and chunk of stores.
 */
@Service
class OperationsViewService {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final AssessmentQueries queries;
    private final CompliancePolicy compliance;
    private final Clock clock;

    OperationsViewService(JdbcTemplate jdbc, AssessmentQueries queries, AssessmentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.compliance = new CompliancePolicy(properties.generalPointsBar());
        this.clock = clock;
    }

    record AtRiskStore(long storeId, String name, String merchantId, String categoryCode, LocalDate launchDate,
            int nextCheckpoint, LocalDate dueDate, String outcomeIfDecidedToday, BigDecimal salesSoFar,
            BigDecimal salesNeeded, BigDecimal projectedCumulativeSales, BigDecimal relativeSalesGap,
            BigDecimal latestScore, BigDecimal scoreTarget, int seriousViolations, int generalPoints,
            String mostAtRisk) {
    }

    record Summary(LocalDate today, long total, Map<StoreStatus, Long> byStatus,
            Map<Integer, Long> onTrialByNextCheckpoint) {
    }

    private record Candidate(long id, String name, String merchantId, String categoryCode, LocalDate launchDate,
            long targetVersionId, Checkpoint next) {
    }

    @Transactional(readOnly = true)
    PageResponse<AtRiskStore> atRisk(String categoryCode, Integer checkpoint, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        List<Candidate> candidates = candidates(categoryCode, checkpoint);
        Map<Long, Map<Checkpoint, CheckpointTarget>> targets = targets(candidates);
        List<AtRiskStore> atRisk = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            Map<FactsRequest, CheckpointFacts> facts = queries.facts(chunk.stream()
                    .map(c -> new FactsRequest(c.id(), c.launchDate(), c.next())).toList());
            for (Candidate c : chunk) {
                Outlook outlook = Outlook.of(c.next(), c.launchDate(), today,
                        targets.get(c.targetVersionId()).get(c.next()),
                        facts.get(new FactsRequest(c.id(), c.launchDate(), c.next())), compliance);
                if (outlook.atRisk()) {
                    atRisk.add(new AtRiskStore(c.id(), c.name(), c.merchantId(), c.categoryCode(), c.launchDate(),
                            c.next().number(), c.next().dueDate(c.launchDate()), outlook.outcomeToday(),
                            outlook.salesSoFar(), outlook.salesNeeded(), outlook.projectedCumulativeSales(),
                            outlook.relativeSalesGap(), outlook.latestScore(), outlook.scoreTarget(),
                            outlook.seriousViolations(), outlook.generalPoints(), outlook.mostAtRisk()));
                }
            }
        }
        atRisk.sort(Comparator.comparing(AtRiskStore::relativeSalesGap).reversed()
                .thenComparing(AtRiskStore::storeId));
        int first = (int) Math.min(pageable.getOffset(), atRisk.size());
        int last = Math.min(atRisk.size(), first + pageable.getPageSize());
        return new PageResponse<>(atRisk.subList(first, last), pageable.getPageNumber(), pageable.getPageSize(),
                atRisk.size());
    }

    @Transactional(readOnly = true)
    Summary summary() {
        Map<StoreStatus, Long> byStatus = new EnumMap<>(StoreStatus.class);
        for (StoreStatus status : StoreStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.query("select status, count(*) from store group by status",
                (RowCallbackHandler) rs -> byStatus.put(StoreStatus.valueOf(rs.getString(1)), rs.getLong(2)));
        Map<Integer, Long> byNext = new LinkedHashMap<>();
        for (Checkpoint checkpoint : Checkpoint.values()) {
            byNext.put(checkpoint.number(), 0L);
        }
        jdbc.query("""
                select decided + 1, count(*) from (
                    select (select count(*) from verdict v where v.store_id = s.id and v.superseded_at is null) decided
                      from store s where s.status = 'TRIAL') t
                 group by decided""", (RowCallbackHandler) rs -> byNext.put(rs.getInt(1), rs.getLong(2)));
        return new Summary(LocalDate.now(clock), byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                byNext);
    }

    /** Stores on trial with their next checkpoint: on trial, the current verdicts are checkpoints 1..n, all passed. */
    private List<Candidate> candidates(String categoryCode, Integer checkpoint) {
        List<Candidate> candidates = new ArrayList<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select s.id, s.name, s.merchant_id, c.code, s.launch_date, s.target_version_id,
                           (select count(*) from verdict v where v.store_id = s.id and v.superseded_at is null) + 1
                      from store s join category c on c.id = s.category_id
                     where s.status = 'TRIAL' and (cast(? as varchar) is null or c.code = ?)
                     order by s.id""");
            statement.setString(1, categoryCode);
            statement.setString(2, categoryCode);
            return statement;
        }, (RowCallbackHandler) rs -> {
            int next = rs.getInt(7);
            if (next <= 4 && (checkpoint == null || checkpoint == next)) {
                candidates.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getLong(6), Checkpoint.of(next)));
            }
        });
        return candidates;
    }

    private Map<Long, Map<Checkpoint, CheckpointTarget>> targets(List<Candidate> candidates) {
        Map<Long, Map<Checkpoint, CheckpointTarget>> targets = new HashMap<>();
        Long[] ids = candidates.stream().map(Candidate::targetVersionId).distinct().toArray(Long[]::new);
        if (ids.length == 0) {
            return targets;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select target_version_id, checkpoint, sales_target, service_score_target
                      from checkpoint_target where target_version_id = any(?)""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> targets.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Checkpoint.class))
                .put(Checkpoint.of(rs.getInt(2)), new CheckpointTarget(rs.getBigDecimal(3), rs.getBigDecimal(4))));
        return targets;
    }
}
