package com.marketplace.trialassessment.common;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read as they are written: a number or {@code true} where a text belongs
 * ({@code "reason": 5}) is invalid input, as a text where a number belongs is
 * ({@code spring.jackson.mapper.allow-coercion-of-scalars: false}) and a number where an enum value
 * belongs ({@code spring.jackson.datatype.enum.fail-on-numbers-for-enums}). Jackson's default turns
 * such a value into its text silently.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer noScalarsAsText() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
