package com.marketplace.trialassessment.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} with a rehearsal clock set: its offset, the business date and zone, e.g.
 * {@code "businessClock": {"offset": "P91D", "days": 91, "today": "2027-03-02", "zone": "Asia/Shanghai"}};
 * nothing without one. The dashboard pages show it as a banner.
 */
@Component
class BusinessClockInfo implements InfoContributor {

    private final Period offset;
    private final Clock clock;

    BusinessClockInfo(BusinessClockProperties properties, Clock clock) {
        this.offset = properties.offset();
        this.clock = clock;
    }

    @Override
    public void contribute(Info.Builder builder) {
        if (offset == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("offset", offset.toString());
        details.put("days", offset.getDays());
        details.put("today", LocalDate.now(clock).toString());
        details.put("zone", clock.getZone().getId());
        builder.withDetail("businessClock", details);
    }
}
