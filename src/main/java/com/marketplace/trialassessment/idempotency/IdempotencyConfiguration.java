package com.marketplace.trialassessment.idempotency;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

import com.marketplace.trialassessment.common.ProblemResponsesDocumentation;

/**
 * Puts {@link IdempotencyFilter} after Spring Security's filters (order -100). Through a proxy that
 * looks the filter up at the first request, like Spring Security's own filter chain: a filter bean is
 * otherwise created when the web server starts, and would bring the transaction manager and the data
 * source up with it, before the rest of the context (the tests' per-context database settings among it).
 * <p>
 * The hourly clean-up of old keys ({@link IdempotencyKeys#deleteExpired()}) runs on every instance,
 * also one with {@code trial.schedule.enabled=false}, which only turns off the daily evaluation run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    @Bean
    DelegatingFilterProxyRegistrationBean idempotencyFilterRegistration() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
                IdempotencyFilter.NAME);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    /** The header, on every operation that honours it, in the OpenAPI description (and Swagger UI). */
    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (item.getPost() != null && IdempotencyFilter.honours(path)) {
                    item.getPost().addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
                            .required(false).schema(new StringSchema().minLength(1)
                                    .maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                            .description("Makes a retry safe: the same key (1 to 255 printable ASCII characters) "
                                    + "with the same request answers the first answer again, marked "
                                    + IdempotencyFilter.REPLAYED + "; with another request, 422. Kept at least "
                                    + "24 hours, per caller."));
                    item.getPost().getResponses().putIfAbsent("422", ProblemResponsesDocumentation.problemResponse(
                            "The Idempotency-Key was used before with another request"));
                }
            });
        };
    }
}
