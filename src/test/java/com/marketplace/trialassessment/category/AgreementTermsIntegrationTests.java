package com.marketplace.trialassessment.category;

import static com.marketplace.trialassessment.support.Fixtures.DEFAULT_ANNUAL;
import static com.marketplace.trialassessment.support.Fixtures.DEFAULT_FEE;
import static com.marketplace.trialassessment.support.Fixtures.DEFAULT_TARGETS;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.ProblemAssertions.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.rules.AnnualStandard;
import com.marketplace.trialassessment.rules.FeeTerms;
import com.marketplace.trialassessment.rules.TargetSet;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The agreement terms of a target version (docs/api.md, "Categories and targets"): the optional
 * {@code annual} and {@code fee} blocks, how they are checked, stored, shown, and handed to the rules.
 */
@IntegrationTest
class AgreementTermsIntegrationTests {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    /**
     * Every invalid block of the contract: the {@code annual} and {@code fee} blocks sent, the fields
     * the problem must name (and no others), and a word of what it says about the first.
     */
    private static final String INVALID_BLOCKS = """
            annual without salesTarget        | { "serviceScoreTarget": 4.70 } | - | annual.salesTarget | must not be null
            annual without serviceScoreTarget | { "salesTarget": 1200000.00 } | - | annual.serviceScoreTarget | must not be null
            empty annual                      | { } | - | annual.salesTarget annual.serviceScoreTarget | must not be null
            salesTarget 0                     | { "salesTarget": 0, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | more than 0
            salesTarget 0.00                  | { "salesTarget": 0.00, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | more than 0
            salesTarget negative              | { "salesTarget": -1200000.00, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | more than 0
            salesTarget above the maximum     | { "salesTarget": 1000000000000.00, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | at most 999999999999.99
            salesTarget with 3 decimals       | { "salesTarget": 1200000.001, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | 2 decimal places
            salesTarget written 1.000         | { "salesTarget": 1.000, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | 2 decimal places
            salesTarget null                  | { "salesTarget": null, "serviceScoreTarget": 4.70 } | - | annual.salesTarget | must not be null
            score above 5                     | { "salesTarget": 1200000.00, "serviceScoreTarget": 5.01 } | - | annual.serviceScoreTarget | between 0.00 and 5.00
            score negative                    | { "salesTarget": 1200000.00, "serviceScoreTarget": -0.01 } | - | annual.serviceScoreTarget | between 0.00 and 5.00
            score with 3 decimals             | { "salesTarget": 1200000.00, "serviceScoreTarget": 4.705 } | - | annual.serviceScoreTarget | 2 decimal places
            fee without annualFee             | - | { "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 } | fee.annualFee | must not be null
            fee without halfRefundSales       | - | { "annualFee": 60000.00, "fullRefundSales": 1200000.00 } | fee.halfRefundSales | must not be null
            fee without fullRefundSales       | - | { "annualFee": 60000.00, "halfRefundSales": 360000.00 } | fee.fullRefundSales | must not be null
            empty fee                         | - | { } | fee.annualFee fee.halfRefundSales fee.fullRefundSales | must not be null
            annualFee 0                       | - | { "annualFee": 0, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 } | fee.annualFee | more than 0
            annualFee negative                | - | { "annualFee": -0.01, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 } | fee.annualFee | more than 0
            annualFee with 3 decimals         | - | { "annualFee": 60000.005, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 } | fee.annualFee | 2 decimal places
            annualFee above the maximum       | - | { "annualFee": 1000000000000, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.00 } | fee.annualFee | at most 999999999999.99
            halfRefundSales 0                 | - | { "annualFee": 60000.00, "halfRefundSales": 0, "fullRefundSales": 1200000.00 } | fee.halfRefundSales | more than 0
            halfRefundSales with 3 decimals   | - | { "annualFee": 60000.00, "halfRefundSales": 360000.001, "fullRefundSales": 1200000.00 } | fee.halfRefundSales | 2 decimal places
            half equal to full                | - | { "annualFee": 60000.00, "halfRefundSales": 1200000.00, "fullRefundSales": 1200000.00 } | fee.halfRefundSales | less than fee.fullRefundSales (1200000.00)
            half above full                   | - | { "annualFee": 60000.00, "halfRefundSales": 1200000.01, "fullRefundSales": 360000.00 } | fee.halfRefundSales | less than fee.fullRefundSales (360000.00)
            fullRefundSales 0                 | - | { "annualFee": 60000.00, "halfRefundSales": 360000.00, "fullRefundSales": 0 } | fee.fullRefundSales | more than 0
            fullRefundSales with 3 decimals   | - | { "annualFee": 60000.00, "halfRefundSales": 360000.00, "fullRefundSales": 1200000.001 } | fee.fullRefundSales | 2 decimal places
            fullRefundSales above the maximum | - | { "annualFee": 60000.00, "halfRefundSales": 360000.00, "fullRefundSales": 1000000000000.00 } | fee.fullRefundSales | at most 999999999999.99
            both blocks invalid               | { "salesTarget": 0, "serviceScoreTarget": 4.70 } | { "annualFee": 60000.00, "halfRefundSales": 360000.00 } | annual.salesTarget fee.fullRefundSales | more than 0
            """;

    @Autowired
    RestTestClient http;

    @Autowired
    CategoryCatalog catalog;

    @Autowired
    TargetSetCache targetSets;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures() {
        return new Fixtures(http);
    }

    RestTestClient.ResponseSpec postCategory(String body) {
        return http.post().uri("/api/categories").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec postTargetVersion(String code, String body) {
        return http.post().uri("/api/categories/{code}/target-versions", code)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    JsonNode get(String uri) {
        return json(http.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    JsonNode created(RestTestClient.ResponseSpec response) {
        return json(response.expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
    }

    /** The decimal exactly as the JSON wrote it, scale and all ({@code "1200000.00"}, not {@code "1.2E+6"}). */
    static String exactly(JsonNode number) {
        assertThat(number.isNumber()).as("%s is a number", number).isTrue();
        return number.decimalValue().toPlainString();
    }

    static void assertDefaultAgreement(JsonNode version) {
        assertThat(exactly(version.at("/annual/salesTarget"))).isEqualTo("1200000.00");
        assertThat(exactly(version.at("/annual/serviceScoreTarget"))).isEqualTo("4.70");
        assertThat(exactly(version.at("/fee/annualFee"))).isEqualTo("60000.00");
        assertThat(exactly(version.at("/fee/halfRefundSales"))).isEqualTo("360000.00");
        assertThat(exactly(version.at("/fee/fullRefundSales"))).isEqualTo("1200000.00");
    }

    long categoryId(String code) {
        return catalog.find(code).orElseThrow().id();
    }

    /** The id of version {@code version} of the category. */
    long targetVersionId(String code, int version) {
        return catalog.versionsOf(List.of(categoryId(code))).get(categoryId(code)).stream()
                .filter(v -> v.version() == version).findFirst().orElseThrow().targetVersionId();
    }

    // --- stored and shown -----------------------------------------------------------------------

    @Test
    void createsACategoryWhoseFirstVersionHasBothBlocksAndReadsThemBackExactly() {
        String code = Fixtures.unique("cat");

        JsonNode answer = created(postCategory(Fixtures.categoryJson(code, JANUARY, DEFAULT_TARGETS, DEFAULT_ANNUAL,
                DEFAULT_FEE)));

        assertDefaultAgreement(answer.at("/targetVersions/0"));
        JsonNode category = get("/api/categories/" + code);
        assertThat(category).isEqualTo(answer);
        assertDefaultAgreement(category.at("/targetVersions/0"));
        assertDefaultAgreement(get("/api/categories/" + code + "/target-versions/1"));
    }

    @Test
    void addsAVersionWithBothBlocks() {
        String code = fixtures().createCategory();

        JsonNode answer = created(postTargetVersion(code, Fixtures.targetVersionJson(JULY, DEFAULT_TARGETS,
                DEFAULT_ANNUAL, DEFAULT_FEE)));

        assertThat(answer.get("version").asInt()).isEqualTo(2);
        assertDefaultAgreement(answer);
        JsonNode read = get("/api/categories/" + code + "/target-versions/2");
        assertThat(read).isEqualTo(answer);
        JsonNode first = get("/api/categories/" + code + "/target-versions/1");
        assertThat(first.get("annual").isNull()).as("version 1 has no annual standard").isTrue();
        assertThat(first.get("fee").isNull()).as("version 1 has no fee terms").isTrue();
    }

    @ParameterizedTest(name = "annual {0}, fee {1}")
    @CsvSource({"true, false", "false, true", "false, false"})
    void addsAVersionWithOneBlockOrNoneAndShowsWhatIsAbsentAsNull(boolean annual, boolean fee) {
        String code = fixtures().createCategory();

        JsonNode answer = created(postTargetVersion(code, Fixtures.targetVersionJson(JULY, DEFAULT_TARGETS,
                annual ? DEFAULT_ANNUAL : null, fee ? DEFAULT_FEE : null)));

        for (JsonNode version : List.of(answer, get("/api/categories/" + code + "/target-versions/2"),
                get("/api/categories/" + code).at("/targetVersions/1"))) {
            assertThat(version.has("annual")).as("annual is always there").isTrue();
            assertThat(version.has("fee")).as("fee is always there").isTrue();
            assertThat(version.get("annual").isNull()).isEqualTo(!annual);
            assertThat(version.get("fee").isNull()).isEqualTo(!fee);
            if (annual) {
                assertThat(exactly(version.at("/annual/salesTarget"))).isEqualTo("1200000.00");
            }
            if (fee) {
                assertThat(exactly(version.at("/fee/fullRefundSales"))).isEqualTo("1200000.00");
            }
        }
    }

    @Test
    void takesABlockSentAsNullForNoBlock() {
        String code = Fixtures.unique("cat");

        JsonNode answer = created(postCategory(Fixtures.categoryJson(code, JANUARY, DEFAULT_TARGETS, "null",
                "null")));

        assertThat(answer.at("/targetVersions/0/annual").isNull()).isTrue();
        assertThat(answer.at("/targetVersions/0/fee").isNull()).isTrue();
        assertThat(targetSets.get(targetVersionId(code, 1)).annual()).isEmpty();
    }

    @Test
    void showsFiguresWithTwoDecimalsWhateverTheirSpelling() {
        String code = fixtures().createCategory();

        JsonNode answer = created(postTargetVersion(code, Fixtures.targetVersionJson(JULY, DEFAULT_TARGETS,
                "{ \"salesTarget\": 1.2E+6, \"serviceScoreTarget\": 4.7 }",
                "{ \"annualFee\": 60000, \"halfRefundSales\": 360000.5, \"fullRefundSales\": 1200000 }")));

        JsonNode read = get("/api/categories/" + code + "/target-versions/2");
        assertThat(read).isEqualTo(answer);
        assertThat(exactly(read.at("/annual/salesTarget"))).isEqualTo("1200000.00");
        assertThat(exactly(read.at("/annual/serviceScoreTarget"))).isEqualTo("4.70");
        assertThat(exactly(read.at("/fee/annualFee"))).isEqualTo("60000.00");
        assertThat(exactly(read.at("/fee/halfRefundSales"))).isEqualTo("360000.50");
        assertThat(exactly(read.at("/fee/fullRefundSales"))).isEqualTo("1200000.00");
    }

    @Test
    void acceptsTheBoundsOfEveryFigure() {
        String code = fixtures().createCategory();

        created(postTargetVersion(code, Fixtures.targetVersionJson(JULY, DEFAULT_TARGETS,
                "{ \"salesTarget\": 0.01, \"serviceScoreTarget\": 0.00 }",
                "{ \"annualFee\": 0.01, \"halfRefundSales\": 0.01, \"fullRefundSales\": 0.02 }")));
        created(postTargetVersion(code, Fixtures.targetVersionJson(JULY.plusDays(1), DEFAULT_TARGETS,
                "{ \"salesTarget\": 999999999999.99, \"serviceScoreTarget\": 5.00 }",
                "{ \"annualFee\": 999999999999.99, \"halfRefundSales\": 999999999999.98, "
                        + "\"fullRefundSales\": 999999999999.99 }")));

        JsonNode smallest = get("/api/categories/" + code + "/target-versions/2");
        assertThat(exactly(smallest.at("/annual/serviceScoreTarget"))).isEqualTo("0.00");
        assertThat(exactly(smallest.at("/fee/fullRefundSales"))).isEqualTo("0.02");
        JsonNode largest = get("/api/categories/" + code + "/target-versions/3");
        assertThat(exactly(largest.at("/annual/salesTarget"))).isEqualTo("999999999999.99");
        assertThat(exactly(largest.at("/annual/serviceScoreTarget"))).isEqualTo("5.00");
        assertThat(exactly(largest.at("/fee/halfRefundSales"))).isEqualTo("999999999999.98");
    }

    // --- refused --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = INVALID_BLOCKS)
    void refusesAnInvalidBlockOfANewCategoryAndStoresNothing(String description, String annual, String fee,
            String fields, String message) {
        String code = Fixtures.unique("cat");

        JsonNode problem = assertProblem(postCategory(Fixtures.categoryJson(code, JANUARY, DEFAULT_TARGETS,
                block(annual), block(fee))), 400);

        assertNames(problem, fields, message);
        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = INVALID_BLOCKS)
    void refusesAnInvalidBlockOfANewVersionAndStoresNothing(String description, String annual, String fee,
            String fields, String message) {
        String code = fixtures().createCategory();

        JsonNode problem = assertProblem(postTargetVersion(code, Fixtures.targetVersionJson(JULY, DEFAULT_TARGETS,
                block(annual), block(fee))), 400);

        assertNames(problem, fields, message);
        assertThat(get("/api/categories/" + code).get("targetVersions").size()).isEqualTo(1);
        assertProblem(http.get().uri("/api/categories/{code}/target-versions/2", code).exchange(), 404);
        assertThat(catalog.versionsOf(List.of(categoryId(code))).get(categoryId(code))).hasSize(1);
    }

    @Test
    void reportsAnInvalidBlockTogetherWithInvalidTargets() {
        String targets = DEFAULT_TARGETS.replace("{ \"checkpoint\": 1, \"salesTarget\": 50000.00 }",
                "{ \"checkpoint\": 1, \"salesTarget\": 50000.00, \"serviceScoreTarget\": 4.00 }");

        JsonNode problem = assertProblem(postCategory(Fixtures.categoryJson(Fixtures.unique("cat"), JANUARY, targets,
                DEFAULT_ANNUAL, "{ \"annualFee\": 60000.00, \"halfRefundSales\": 2, \"fullRefundSales\": 1 }")), 400);

        assertThat(fields(problem)).containsExactly("targets[0].serviceScoreTarget", "fee.halfRefundSales");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            annual a number          | 5 | - | annual
            annual an array          | [ 1200000.00, 4.70 ] | - | annual
            salesTarget a text       | { "salesTarget": "a lot", "serviceScoreTarget": 4.70 } | - | annual.salesTarget
            fee a text               | - | "60000.00" | fee
            fullRefundSales a bool   | - | { "annualFee": 60000.00, "halfRefundSales": 360000.00, "fullRefundSales": true } | fee.fullRefundSales
            """)
    void refusesABlockOfTheWrongShapeNamingIt(String description, String annual, String fee, String field) {
        String code = Fixtures.unique("cat");

        JsonNode problem = assertProblem(postCategory(Fixtures.categoryJson(code, JANUARY, DEFAULT_TARGETS,
                block(annual), block(fee))), 400);

        assertThat(fields(problem)).containsExactly(field);
        assertProblem(http.get().uri("/api/categories/{code}", code).exchange(), 404);
    }

    /** The CSV's {@code -}: no block at all. */
    private static String block(String csv) {
        return "-".equals(csv) ? null : csv;
    }

    private static void assertNames(JsonNode problem, String fields, String message) {
        assertThat(fields(problem)).containsExactlyInAnyOrder(fields.split(" "));
        assertThat(errors(problem).get(0).get("message").asString()).contains(message);
        assertThat(errors(problem)).allSatisfy(error -> assertThat(error.has("index")).isFalse());
    }

    // --- what the rules see ---------------------------------------------------------------------

    @Test
    void handsTheBlocksToTheRulesExactly() {
        String code = fixtures().newCategory(DEFAULT_TARGETS, DEFAULT_ANNUAL, DEFAULT_FEE);
        fixtures().addTargetVersion(code, JULY, DEFAULT_TARGETS, null, null);
        fixtures().addTargetVersion(code, JULY.plusYears(1), DEFAULT_TARGETS, null,
                "{ \"annualFee\": 30000.50, \"halfRefundSales\": 100000.00, \"fullRefundSales\": 500000.00 }");

        TargetSet first = targetSets.get(targetVersionId(code, 1));
        TargetSet second = targetSets.get(targetVersionId(code, 2));
        TargetSet third = targetSets.get(targetVersionId(code, 3));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.annual()).contains(new AnnualStandard(new BigDecimal("1200000.00"), new BigDecimal("4.70")));
        assertThat(first.fee()).contains(new FeeTerms(new BigDecimal("60000.00"), new BigDecimal("360000.00"),
                new BigDecimal("1200000.00")));
        assertThat(second.annual()).isEmpty();
        assertThat(second.fee()).isEmpty();
        assertThat(third.annual()).isEmpty();
        assertThat(third.fee()).contains(new FeeTerms(new BigDecimal("30000.50"), new BigDecimal("100000.00"),
                new BigDecimal("500000.00")));
    }

    // --- the versions of many categories --------------------------------------------------------

    @Test
    void answersTheVersionsOfSeveralCategoriesInOneCallOldestFirst() {
        Fixtures fixtures = fixtures();
        String several = fixtures.createCategory(LocalDate.of(2024, 1, 1));
        fixtures.addTargetVersion(several, LocalDate.of(2025, 1, 1), DEFAULT_TARGETS, DEFAULT_ANNUAL, DEFAULT_FEE);
        fixtures.addTargetVersion(several, LocalDate.of(2025, 6, 15));
        fixtures.addTargetVersion(several, LocalDate.of(2026, 1, 1), DEFAULT_TARGETS, DEFAULT_ANNUAL, null);
        String one = fixtures.newCategory();
        String untouched = fixtures.createCategory();
        long missing = -1;

        Map<Long, List<VersionInForce>> versions = catalog.versionsOf(List.of(categoryId(several), categoryId(one),
                missing, categoryId(several)));

        assertThat(versions).containsOnlyKeys(categoryId(several), categoryId(one));
        assertThat(versions.get(categoryId(several))).extracting(VersionInForce::version, VersionInForce::effectiveFrom)
                .containsExactly(
                        tuple(1, LocalDate.of(2024, 1, 1)),
                        tuple(2, LocalDate.of(2025, 1, 1)),
                        tuple(3, LocalDate.of(2025, 6, 15)),
                        tuple(4, LocalDate.of(2026, 1, 1)));
        assertThat(versions.get(categoryId(one))).extracting(VersionInForce::version, VersionInForce::effectiveFrom)
                .containsExactly(tuple(1, CategoryService.FAR_PAST));
        assertThat(versions.get(categoryId(several))).extracting(v -> targetSets.get(v.targetVersionId()).version())
                .containsExactly(1, 2, 3, 4);
        assertThat(versions.get(categoryId(several))).extracting(v -> targetSets.get(v.targetVersionId()).annual()
                .isPresent()).containsExactly(false, true, false, true);
        assertThat(catalog.versionsOf(List.of(categoryId(untouched)))).containsOnlyKeys(categoryId(untouched));
        assertThat(catalog.versionsOf(List.of())).isEmpty();
        Optional<VersionInForce> onNewYear2026 = VersionInForce.inForceOn(versions.get(categoryId(several)),
                LocalDate.of(2026, 1, 1));
        assertThat(onNewYear2026).map(VersionInForce::version).contains(4);
    }

    @Test
    void answersThousandsOfCategoriesInOneStatement() {
        String code = fixtures().createCategory();
        // 70,002 ids: more than the bind parameters one statement may have, so they must travel as one array
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1_000_000, 1_070_000).boxed().toList());
        ids.add(categoryId(code));

        Map<Long, List<VersionInForce>> versions = catalog.versionsOf(ids);

        assertThat(versions).containsKey(categoryId(code));
        assertThat(versions.get(categoryId(code))).hasSize(1);
    }

    // --- the database keeps the rules too -------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            annual half there     | 1200000.00 | null | null     | null      | null       | target_version_annual_complete
            annual sales target 0 | 0          | 4.70 | null     | null      | null       | target_version_annual_sales_target_positive
            annual score above 5  | 1200000.00 | 5.01 | null     | null      | null       | target_version_annual_score_range
            fee two of three      | null       | null | 60000.00 | 360000.00 | null       | target_version_fee_complete
            fee 0                 | null       | null | 0        | 360000.00 | 1200000.00 | target_version_annual_fee_positive
            half refund 0         | null       | null | 60000.00 | 0         | 1200000.00 | target_version_refund_thresholds
            half equal to full    | null       | null | 60000.00 | 360000.00 | 360000.00  | target_version_refund_thresholds
            """)
    void refusesRowsThatBreakTheRulesInTheDatabaseToo(String description, String salesTarget, String score,
            String annualFee, String half, String full, String constraint) {
        long categoryId = categoryId(fixtures().createCategory());

        assertThatThrownBy(() -> jdbc.update("""
                insert into target_version (category_id, version, effective_from, created_at, annual_sales_target,
                                            annual_service_score_target, annual_fee, half_refund_sales,
                                            full_refund_sales)
                values (?, 2, date '2027-01-01', now(), ?, ?, ?, ?, ?)""", categoryId, decimal(salesTarget),
                decimal(score), decimal(annualFee), decimal(half), decimal(full)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("violates check constraint \"" + constraint + "\"");
    }

    private static BigDecimal decimal(String csv) {
        return "null".equals(csv) ? null : new BigDecimal(csv);
    }
}
