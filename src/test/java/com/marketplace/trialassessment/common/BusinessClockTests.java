package com.marketplace.trialassessment.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * The rehearsal clock ({@code trial.business-clock.offset}): how the setting is read, the business
 * clock it makes, its refusal outside the {@code local} profile, and what {@code /actuator/info} says.
 */
class BusinessClockTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final BusinessProperties BUSINESS = new BusinessProperties(ZONE, DataSize.ofMegabytes(2));

    private static BusinessClockProperties bind(String offset) {
        Map<String, String> settings = offset == null ? Map.of() : Map.of("trial.business-clock.offset", offset);
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("trial.business-clock", BusinessClockProperties.class);
    }

    private static Clock clock(String offset, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new ClockConfiguration().clock(BUSINESS, bind(offset), environment);
    }

    @Test
    void noOffsetUnlessOneIsSet() {
        assertThat(bind(null).offset()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P91D", "91d", "P13W", "91", "p91d"})
    void readsAnOffsetOfDays(String offset) {
        assertThat(bind(offset).offset()).isEqualTo(Period.ofDays(91));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -P1D   | must not be negative
            P-1D   | must not be negative
            P1Y    | a number of days
            P1M    | a number of days
            1y     | a number of days
            P3661D | at most P3660D
            """)
    void refusesAnOffsetThatIsNotAForwardNumberOfDays(String offset, String reason) {
        assertThatThrownBy(() -> bind(offset)).isInstanceOf(BindException.class)
                .hasMessageContaining("trial.business-clock")
                .satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
                        .contains("trial.business-clock.offset").contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT12H", "P1DT1H", "tomorrow"})
    void refusesAnOffsetThatIsNotAPeriod(String offset) {
        assertThatThrownBy(() -> bind(offset)).isInstanceOf(BindException.class)
                .hasMessageContaining("trial.business-clock.offset");
    }

    @Test
    void withoutAnOffsetTheBusinessClockIsTheRealOneInTheBusinessZone() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Clock clock = clock(null);
        Instant now = clock.instant();
        Instant after = Instant.now();

        assertThat(now).isBetween(before, after);
        assertThat(clock.getZone()).isEqualTo(ZONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P91D", "P0D", "P400D"})
    void anOffsetMovesTheBusinessClockForwardByThatManyDaysInTheLocalProfile(String offset) {
        Duration days = Duration.ofDays(Period.parse(offset).getDays());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Clock clock = clock(offset, "local");
        Instant now = clock.instant();
        Instant after = Instant.now();

        assertThat(now).isBetween(before.plus(days), after.plus(days));
        assertThat(clock.getZone()).isEqualTo(ZONE);
        assertThat(now.getNano() % 1_000).as("microsecond ticks, as PostgreSQL keeps them").isZero();
        // the same time of day, so the daily run (a cron in the business zone, on real time) runs at its hour
        assertThat(ZonedDateTime.ofInstant(now, ZONE).toLocalTime().truncatedTo(ChronoUnit.SECONDS))
                .isBetween(ZonedDateTime.ofInstant(before, ZONE).toLocalTime().truncatedTo(ChronoUnit.SECONDS),
                        ZonedDateTime.ofInstant(after, ZONE).toLocalTime());
    }

    @Test
    void theRehearsalClockIsRefusedOutsideTheLocalProfile() {
        assertThatIllegalStateException().isThrownBy(() -> clock("P91D"))
                .withMessageContaining("trial.business-clock.offset").withMessageContaining("'local' profile");
        assertThatIllegalStateException().isThrownBy(() -> clock("P0D", "production"))
                .withMessageContaining("trial.business-clock.offset");
        assertThat(clock("P91D", "local", "production")).isNotNull();
    }

    @Test
    void infoSaysNothingWithoutAnOffset() {
        Info.Builder info = new Info.Builder();
        new BusinessClockInfo(bind(null), Clock.systemUTC()).contribute(info);

        assertThat(info.build().getDetails()).isEmpty();
    }

    @Test
    void infoShowsTheOffsetTheBusinessDateAndTheZone() {
        Clock clock = Clock.fixed(ZonedDateTime.of(2027, 3, 2, 0, 30, 0, 0, ZONE).toInstant(), ZONE);
        Info.Builder info = new Info.Builder();
        new BusinessClockInfo(bind("P13W"), clock).contribute(info);

        assertThat(info.build().get("businessClock")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsExactly(Map.entry("offset", "P91D"), Map.entry("days", 91),
                        Map.entry("today", LocalDate.of(2027, 3, 2).toString()), Map.entry("zone", "Asia/Shanghai"));
    }
}
