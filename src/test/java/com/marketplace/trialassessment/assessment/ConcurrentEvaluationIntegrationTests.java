package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;

/** Many evaluations of one store at once still leave one current verdict per checkpoint. */
@IntegrationTest
class ConcurrentEvaluationIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final int CALLERS = 16;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    ExecutorService executor;

    @BeforeEach
    void setUp() {
        clock.setToday(TODAY);
        executor = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    /** Runs {@code call} on {@link #CALLERS} threads released together; answers (status, body) of each. */
    List<EntityExchangeResult<String>> together(Callable<EntityExchangeResult<String>> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EntityExchangeResult<String>>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(executor.submit(() -> {
                ready.countDown();
                start.await();
                return call.call();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("all callers ready").isTrue();
        start.countDown();
        List<EntityExchangeResult<String>> results = new ArrayList<>();
        for (Future<EntityExchangeResult<String>> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void parallelEvaluationsDecideEachCheckpointExactlyOnce() throws Exception {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(250)).sales(1, 210, "5000.00")
                .score(20, "4.80");

        List<EntityExchangeResult<String>> results = together(() -> http.post()
                .uri("/api/stores/{id}/evaluations", trial.storeId()).exchange()
                .expectBody(String.class).returnResult());

        assertThat(results).extracting(r -> r.getStatus().value()).containsOnly(200);
        List<Long> decidedIds = new ArrayList<>();
        List<Integer> decidedCheckpoints = new ArrayList<>();
        for (EntityExchangeResult<String> result : results) {
            decidedIds.addAll(TrialLifecycleIntegrationTests.ids(result.getResponseBody(), "$.decided[*].id"));
            decidedCheckpoints.addAll(JsonPath.read(result.getResponseBody(), "$.decided[*].checkpoint"));
            assertThat((String) JsonPath.read(result.getResponseBody(), "$.status")).isEqualTo("FORMAL");
        }
        assertThat(decidedIds).doesNotHaveDuplicates().hasSize(4);
        assertThat(decidedCheckpoints).containsExactlyInAnyOrder(1, 2, 3, 4);

        String verdicts = trial.verdicts();
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(4);
        assertThat((List<Integer>) JsonPath.read(verdicts, "$.items[*].checkpoint")).containsExactly(1, 2, 3, 4);
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[*].current")).containsOnly(true);
        assertThat(TrialLifecycleIntegrationTests.ids(verdicts, "$.items[*].id"))
                .containsExactlyInAnyOrderElementsOf(decidedIds);
        String history = trial.statusHistory();
        assertThat((List<String>) JsonPath.read(history, "$.items[*].toStatus")).containsExactly("FORMAL");
    }

    @Test
    void parallelReevaluationsOfOneCheckpointLeaveOneCurrentVerdictAndAChainOfSuperseded() throws Exception {
        Trial trial = new Fixtures(http).launch(TODAY.minusDays(40)).sales(1, 30, "5000.00");
        long original = Fixtures.id(trial.evaluate(), "$.decided[0].id");

        List<EntityExchangeResult<String>> results = together(() -> http.post()
                .uri("/api/stores/{id}/checkpoints/{k}/reevaluations", trial.storeId(), 1)
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"corrected sales\" }").exchange()
                .expectBody(String.class).returnResult());

        assertThat(results).extracting(r -> r.getStatus().value()).containsOnly(200);
        String verdicts = trial.get("/verdicts?size=500");
        assertThat((Integer) JsonPath.read(verdicts, "$.total")).isEqualTo(CALLERS + 1);
        assertThat((List<Boolean>) JsonPath.read(verdicts, "$.items[?(@.current == true)].current")).hasSize(1);
        // every verdict but the original supersedes a different one: the chain has no branches
        List<Long> superseded = TrialLifecycleIntegrationTests.ids(verdicts,
                "$.items[?(@.supersedes != null)].supersedes");
        assertThat(superseded).hasSize(CALLERS).doesNotHaveDuplicates().contains(original);
        Set<Long> all = new HashSet<>(TrialLifecycleIntegrationTests.ids(verdicts, "$.items[*].id"));
        assertThat(all).containsAll(superseded);
    }
}
