package com.marketplace.trialassessment.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.marketplace.trialassessment.assessment.EvaluationService;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/**
 * A run that dies mid-way has counted exactly the verdicts it wrote: the counts of a chunk are written
 * in the chunk's own transaction. The worker is "killed" right after a chunk's transaction committed,
 * where a separate bookkeeping transaction would have lost that chunk's counts.
 */
@IntegrationTest
@TestPropertySource(properties = {"trial.schedule.chunk-size=10", "trial.schedule.workers=1"})
class RunCrashIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @MockitoSpyBean
    EvaluationService evaluations;

    @Autowired
    EvaluationRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Fixtures.Rows fixtures;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.Rows.emptyDatabase(jdbc);
        clock.setToday(TODAY);
        fixtures = new Fixtures.Rows(jdbc);
    }

    @Test
    void aRunKilledAfterAChunkCommittedHasCountedEveryVerdictItWrote() {
        List<Long> stores = fixtures.stores(30, TODAY.minusDays(100), new BigDecimal("5000.00"), 100,
                new BigDecimal("4.80"));
        AtomicInteger chunks = new AtomicInteger();
        doAnswer(invocation -> {
            Object decided = invocation.callRealMethod();
            if (chunks.incrementAndGet() == 2) {
                throw new IllegalStateException("the worker is killed after its second chunk committed");
            }
            return decided;
        }).when(evaluations).evaluateChunk(anyList(), any(), anyString(), any());

        assertThatThrownBy(() -> runner.run(RunTrigger.SCHEDULE)).hasMessageContaining("killed");

        int written = fixtures.verdictCount(stores);
        assertThat(written).as("two chunks of 10 stores, 2 checkpoints each").isEqualTo(40);
        assertThat(jdbc.queryForMap("select stores_evaluated, verdicts, passed, status from evaluation_run"))
                .containsEntry("stores_evaluated", 20).containsEntry("verdicts", written)
                .containsEntry("passed", written).containsEntry("status", "RUNNING");
        assertThat(jdbc.queryForObject("select count(*) from store_claim", Integer.class))
                .as("the decided stores' claims went with their chunks; the third chunk was never claimed")
                .isZero();
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void aShutdownStopsTheRunAfterTheChunkItIsDecidingAndLeavesTheRestToAnotherRun() {
        List<Long> stores = fixtures.stores(30, TODAY.minusDays(40), new BigDecimal("5000.00"), 40,
                new BigDecimal("4.80"));
        doAnswer(invocation -> {
            runner.stop();
            return invocation.callRealMethod();
        }).when(evaluations).evaluateChunk(anyList(), any(), anyString(), any());

        EvaluationRun run = runner.run(RunTrigger.SCHEDULE);

        assertThat(run.status()).isEqualTo(RunStatus.ABANDONED);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.storesEvaluated()).isEqualTo(10);
        assertThat(fixtures.verdictCount(stores)).isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from store_claim", Integer.class))
                .as("nothing is left claimed for another instance to wait on").isZero();
    }
}
