package com.marketplace.trialassessment.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A year's fee statements for finance, as CSV: read from one snapshot of the database a page at a
 * time by key (flat memory) into a file of its own, then sent from the file, so that no database
 * connection waits on a slow client. Operations staff only (the security configuration).
 */
@RestController
@Tag(name = "Fee statements")
class FeeStatementExportController {

    /** The columns, in order; documented in docs/api.md. */
    static final List<String> COLUMNS = List.of("id", "store_id", "year", "cause", "status", "due_date", "issued_at",
            "trigger", "voided_at", "target_version", "first_trading_day", "last_trading_day", "months", "annual_fee",
            "charged", "unused_refund", "sales", "half_refund_threshold", "full_refund_threshold", "serious_violations",
            "tier", "tier_refund", "forfeited", "total_refund");

    /** Every timestamp to the microsecond, as PostgreSQL keeps it, seconds always written. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private static final int PAGE = 1000;

    private final FeeStatementQueries statements;

    FeeStatementExportController(FeeStatementQueries statements) {
        this.statements = statements;
    }

    @GetMapping(path = "/api/fee-statements", produces = "text/csv")
    @Operation(summary = "Every fee statement of a year (issued and void), by id, as CSV for finance")
    void export(@RequestParam int year, HttpServletResponse response) throws IOException {
        AssessmentController.year(year);
        Path file = Files.createTempFile("fee-statements-", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", COLUMNS));
                out.write("\r\n");
                statements.ofYear(year, PAGE, page -> {
                    try {
                        for (FeeStatementResponse statement : page) {
                            out.write(line(statement));
                        }
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            }
            catch (UncheckedIOException ex) {
                throw ex.getCause();
            }
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"fee-statements-" + year + ".csv\"");
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    /** One statement, in the order of {@link #COLUMNS}; no field holds a comma, a quote or a line break. */
    static String line(FeeStatementResponse s) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        line.add(Long.toString(s.id())).add(Long.toString(s.storeId())).add(Integer.toString(s.year()))
                .add(s.cause().name()).add(s.status().name()).add(s.dueDate().toString()).add(time(s.issuedAt()))
                .add(s.trigger().name()).add(time(s.voidedAt()))
                .add(Integer.toString(s.targetVersion())).add(s.firstTradingDay().toString())
                .add(s.lastTradingDay().toString()).add(Integer.toString(s.months())).add(money(s.annualFee()))
                .add(money(s.charged())).add(money(s.unusedRefund())).add(money(s.sales()))
                .add(money(s.halfRefundThreshold())).add(money(s.fullRefundThreshold()))
                .add(Integer.toString(s.seriousViolations())).add(s.tier().name()).add(money(s.tierRefund()))
                .add(Boolean.toString(s.forfeited())).add(money(s.totalRefund()));
        return line.toString();
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : TIMESTAMP.format(time);
    }

    private static String money(BigDecimal amount) {
        return amount.toPlainString();
    }
}
