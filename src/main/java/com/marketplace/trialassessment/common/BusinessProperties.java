package com.marketplace.trialassessment.common;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings every feature shares.
 *
 * @param zone        the business time zone: every date of the rule book is a calendar date here
 * @param maxBodySize the largest request body a JSON endpoint accepts; larger bodies get {@code 413}
 */
@ConfigurationProperties("trial")
public record BusinessProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("2MB") DataSize maxBodySize) {
}
