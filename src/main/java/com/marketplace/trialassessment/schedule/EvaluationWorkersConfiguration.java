package com.marketplace.trialassessment.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that claim and decide the chunks of evaluation runs: {@code trial.schedule.workers}
 * of them, named {@code evaluation-worker-N}, managed by Spring. On shutdown the runner asks its
 * workers to stop after the chunk they are deciding, and the executor waits for them (at most 30 s),
 * so that no chunk's transaction is cut off by the JVM exiting.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationWorkersConfiguration {

    static final String WORKERS = "evaluationWorkers";

    @Bean(WORKERS)
    ThreadPoolTaskExecutor evaluationWorkers(ScheduleProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.workers());
        executor.setMaxPoolSize(properties.workers());
        executor.setThreadNamePrefix("evaluation-worker-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
