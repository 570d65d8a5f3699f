package com.marketplace.trialassessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.marketplace.trialassessment.support.Fixtures.Rows;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.Tokens;

/**
 * The finance export of a year's statements: every one, once, by id, in one CSV answer written from
 * one snapshot page by page. Its memory is measured by bench/run, which exports 10,000 and 100,000
 * statements (docs/benchmarks.md).
 */
@IntegrationTest
class FeeStatementExportIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void exportsTenThousandStatementsOfAYearOnceEachById() {
        Rows rows = new Rows(jdbc);
        List<Long> stores = rows.stores(10_000, LocalDate.of(2030, 1, 1), new BigDecimal("0.00"), 0, null);
        List<Long> statements = rows.yearEndStatements(stores, 2031);

        RawHttp.Response answer = RawHttp.send(port, RawHttp.request("GET", "/api/fee-statements?year=2031",
                List.of("Authorization: Bearer " + Tokens.ops(), "Accept: text/csv"), null));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("content-type")).startsWith("text/csv");
        assertThat(answer.header("content-length"))
                .isEqualTo(Integer.toString(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(answer.header("content-disposition")).isEqualTo("attachment; filename=\"fee-statements-2031.csv\"");
        String[] lines = answer.body().split("\r\n");
        assertThat(lines).hasSize(10_001);
        assertThat(lines[0]).isEqualTo(String.join(",", FeeStatementExportController.COLUMNS));
        assertThat(Arrays.stream(lines).skip(1).map(line -> Long.parseLong(line.substring(0, line.indexOf(',')))))
                .containsExactlyElementsOf(statements);
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.split(",", -1).length).distinct())
                .containsExactly(FeeStatementExportController.COLUMNS.size());
    }

    @Test
    void aYearWithoutStatementsIsTheHeaderAlone() {
        RawHttp.Response answer = RawHttp.send(port, RawHttp.request("GET", "/api/fee-statements?year=2099",
                List.of("Authorization: Bearer " + Tokens.ops(), "Accept: text/csv"), null));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(String.join(",", FeeStatementExportController.COLUMNS) + "\r\n");
    }

    @Test
    void anotherTypeThanCsvIsNotAcceptable() {
        RawHttp.Response answer = RawHttp.send(port, RawHttp.request("GET", "/api/fee-statements?year=2031",
                List.of("Authorization: Bearer " + Tokens.ops(), "Accept: application/json"), null));

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }
}
