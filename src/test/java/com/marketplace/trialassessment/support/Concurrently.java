package com.marketplace.trialassessment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends the same kind of request from several threads at once, released together by one gate. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code request} {@code times} times in parallel; the HTTP status of each, in submission order. */
    public static List<Integer> statuses(int times, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    return request.apply(n);
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
