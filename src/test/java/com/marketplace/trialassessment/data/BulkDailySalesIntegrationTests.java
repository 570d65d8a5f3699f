package com.marketplace.trialassessment.data;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static com.marketplace.trialassessment.support.ProblemAssertions.singleError;
import static com.marketplace.trialassessment.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Concurrently;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/** {@code POST /api/bulk/daily-sales}: many stores' sales in one streamed CSV or NDJSON body, all or nothing. */
@IntegrationTest
class BulkDailySalesIntegrationTests {

    /** Launch of the stores of these tests; "today" is 2026-11-22. */
    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    long store;
    long other;

    @BeforeEach
    void createStores() {
        Fixtures data = new Fixtures(http);
        store = data.createStoreId(LAUNCH);
        other = data.createStoreId(LAUNCH.plusDays(10));
    }

    RestTestClient.ResponseSpec upload(MediaType type, String body) {
        return http.post().uri("/api/bulk/daily-sales").contentType(type).body(fill(body)).exchange();
    }

    void uploadOk(MediaType type, String body, long stored) {
        upload(type, body).expectStatus().isOk().expectBody().json("{ \"stored\": " + stored + " }");
    }

    /** The body with {@code {store}}, {@code {other}} and {@code {unknown}} replaced by store ids. */
    String fill(String body) {
        return body.replace("{store}", String.valueOf(store)).replace("{other}", String.valueOf(other))
                .replace("{unknown}", String.valueOf(store + 1_000_000));
    }

    /** The stored amounts of a store by date. */
    Map<String, String> amounts(long storeId) {
        JsonNode page = json(http.get().uri("/api/stores/{id}/daily-sales?size=500", storeId).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        Map<String, String> amounts = new LinkedHashMap<>();
        page.get("items").forEach(row -> amounts.put(row.get("date").asString(), Fixtures.twoDecimals(row.get("amount"))));
        return amounts;
    }

    /** Each error as {@code line:field}, in the order the problem lists them. */
    static List<String> linesAndFields(JsonNode problem) {
        return errors(problem).stream().map(e -> e.get("line").asLong() + ":" + e.get("field").asString()).toList();
    }

    // --- storing --------------------------------------------------------------------------------

    @Test
    void storesCsvRowsOfSeveralStores() {
        uploadOk(CSV, """
                storeId,date,amount
                {store},2026-03-02,300.30
                {store},2026-03-01,1520.50
                {other},2026-03-11,0
                """, 3);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "1520.50"), Map.entry("2026-03-02", "300.30"));
        assertThat(amounts(other)).containsExactly(Map.entry("2026-03-11", "0.00"));
    }

    @Test
    void readsCsvWithoutHeaderWithQuotesBlankLinesAndWindowsLineBreaks() {
        uploadOk(CSV, "\uFEFF{store},2026-03-01,1.50\r\n\r\n\"{store}\", \"2026-03-02\" ,\"2\"\r\n{other},2026-03-11,3", 3);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "1.50"), Map.entry("2026-03-02", "2.00"));
        assertThat(amounts(other)).containsExactly(Map.entry("2026-03-11", "3.00"));
    }

    @Test
    void storesNdjsonRows() {
        uploadOk(MediaType.APPLICATION_NDJSON, """
                {"storeId": {store}, "date": "2026-03-01", "amount": 1520.50}
                {"date": "2026-03-11", "amount": 7, "storeId": {other}, "note": {"ignored": [1, 2]}}

                {"storeId": "{store}", "date": "2026-03-02", "amount": "0.10"}
                """, 3);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "1520.50"), Map.entry("2026-03-02", "0.10"));
        assertThat(amounts(other)).containsExactly(Map.entry("2026-03-11", "7.00"));
    }

    @Test
    void acceptsTheLaunchDateTodayAndTheBoundsOfAnAmount() {
        uploadOk(CSV, "{store},2026-03-01,0\n{store},2026-11-22,999999999999.99\n", 2);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "0.00"),
                Map.entry("2026-11-22", "999999999999.99"));
    }

    @Test
    void replacesTheDaysSentAgainAndKeepsTheOthers() {
        uploadOk(CSV, "{store},2026-03-01,100.00\n{store},2026-03-02,200.00\n{other},2026-03-11,1\n", 3);

        uploadOk(CSV, "{store},2026-03-02,250.50\n{store},2026-03-03,75\n", 2);
        uploadOk(MediaType.APPLICATION_NDJSON, "{\"storeId\": {other}, \"date\": \"2026-03-11\", \"amount\": 2}", 1);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "100.00"),
                Map.entry("2026-03-02", "250.50"), Map.entry("2026-03-03", "75.00"));
        assertThat(amounts(other)).containsExactly(Map.entry("2026-03-11", "2.00"));
    }

    @Test
    void replacesDaysAlsoWhenTheyCameThroughThePerStoreEndpoint() {
        http.put().uri("/api/stores/{id}/daily-sales", store).contentType(MediaType.APPLICATION_JSON)
                .body("[{ \"date\": \"2026-03-01\", \"amount\": 1 }]").exchange().expectStatus().isOk();

        uploadOk(CSV, "{store},2026-03-01,9\n{store},2026-03-02,8\n", 2);

        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "9.00"), Map.entry("2026-03-02", "8.00"));
    }

    /**
     * New days in key order go straight into the table; an upload with a day stored already, or out of
     * key order, is staged and merged. Either way the table ends up as the uploads say.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void copiesNewDaysInKeyOrderStraightIntoTheTableAndStagesTheOthers(CapturedOutput output) {
        uploadOk(CSV, "{store},2026-03-01,1\n{store},2026-03-02,2\n{other},2026-03-11,3\n", 3);
        uploadOk(CSV, "{store},2026-03-02,20\n{store},2026-03-03,30\n", 2);
        uploadOk(CSV, "{other},2026-03-13,5\n{other},2026-03-12,4\n", 2);
        uploadOk(CSV, "{other},2026-03-14,6\n", 1);
        uploadOk(MediaType.APPLICATION_NDJSON, "{\"storeId\": {store}, \"date\": \"2026-03-04\", \"amount\": 40}", 1);

        assertThat(output.getOut().lines().filter(line -> line.contains("Bulk upload of DAILY_SALES stored"))
                .map(line -> line.replaceAll(".* ms, (.*?):.*", "$1")))
                .containsExactly("copied into the table", "staged and merged", "staged and merged",
                        "copied into the table", "copied into the table");
        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "1.00"), Map.entry("2026-03-02", "20.00"),
                Map.entry("2026-03-03", "30.00"), Map.entry("2026-03-04", "40.00"));
        assertThat(amounts(other)).containsExactly(Map.entry("2026-03-11", "3.00"), Map.entry("2026-03-12", "4.00"),
                Map.entry("2026-03-13", "5.00"), Map.entry("2026-03-14", "6.00"));
    }

    /** A day sent twice in a row is not in key order: the upload is staged, which refuses the second line. */
    @Test
    void aDaySentTwiceInARowIsRefusedWithBothLines() {
        JsonNode problem = json(upload(CSV, "{store},2026-03-01,1\n{store},2026-03-01,2\n").expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(linesAndFields(problem)).containsExactly("2:date");
        assertThat(amounts(store)).isEmpty();
    }

    @Test
    void storesEveryDayOnceWhenUploadsOfTheSameDaysRace() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (LocalDate day = LAUNCH; day.isBefore(LAUNCH.plusDays(120)); day = day.plusDays(1)) {
            rows.append("{store},").append(day).append(",100.00\n");
        }

        List<Integer> statuses = Concurrently.statuses(4, n -> upload(CSV, rows.toString().replace("100.00", (n + 1) + "00.00"))
                .returnResult().getStatus().value());

        assertThat(statuses).containsOnly(200);
        Map<String, String> stored = amounts(store);
        assertThat(stored).hasSize(120);
        // rows are written in key order, so the uploads serialise: one of them wins every day
        assertThat(new HashSet<>(stored.values())).hasSize(1);
    }

    /**
     * 200,000 rows (about 5 MB, more than the 2 MB JSON limit) generated while they are sent, with no
     * Content-Length: the service reads them as a stream.
     */
    @Test
    void storesALargeBodyStreamedInChunks() throws Exception {
        Fixtures data = new Fixtures(http);
        LocalDate launch = LocalDate.of(2000, 1, 1);
        String category = data.createCategory(launch);
        List<Long> stores = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            stores.add(data.createStore(category, Fixtures.unique("m"), launch).get("id").asLong());
        }
        int rows = 200_000;
        int daysPerStore = 9_600; // 2000-01-01 .. 2026-04-14, all before "today"
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bulk/daily-sales"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + Tokens.feed())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedCsv(rows, n ->
                        stores.get(n / daysPerStore) + "," + launch.plusDays(n % daysPerStore) + "," + (n % 1000) + ".25\n")))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response.body()).get("stored").asLong()).isEqualTo(rows);
        long total = 0;
        for (long id : stores) {
            total += json(http.get().uri("/api/stores/{id}/daily-sales?size=1", id).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody()).get("total").asLong();
        }
        assertThat(total).isEqualTo(rows);
        assertThat(amounts(stores.get(0)).get("2000-01-02")).isEqualTo("1.25");
    }

    // --- all or nothing -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date before launch           | {store},2026-02-28,10.00               | date    | before the launch date 2026-03-01
            date before the other launch | {other},2026-03-10,10.00               | date    | before the launch date 2026-03-11
            date after today             | {store},2026-11-23,10.00               | date    | after today (2026-11-22)
            impossible date              | {store},2026-02-30,10.00               | date    | YYYY-MM-DD
            date in another format       | {store},01/03/2026,10.00               | date    | YYYY-MM-DD
            missing date                 | {store},,10.00                         | date    | must not be null
            amount with 3 decimals       | {store},2026-03-05,10.005              | amount  | at most 2 decimal places
            negative amount              | {store},2026-03-05,-0.01               | amount  | between 0 and 999999999999.99
            amount above the maximum     | {store},2026-03-05,1000000000000.00    | amount  | between 0 and 999999999999.99
            amount that is not a number  | {store},2026-03-05,12abc               | amount  | must be a number
            missing amount               | {store},2026-03-05,                    | amount  | must not be null
            unknown store                | {unknown},2026-03-05,10.00             | storeId | does not exist
            store id that is no number   | abc,2026-03-05,10.00                   | storeId | positive whole number
            store id 0                   | 0,2026-03-05,10.00                     | storeId | positive whole number
            store id with a leading zero | 0{store},2026-03-05,10.00              | storeId | positive whole number
            store id with a plus sign    | +{store},2026-03-05,10.00              | storeId | positive whole number
            two fields                   | {store},2026-03-05                     | line    | must have 3 fields
            four fields                  | {store},2026-03-05,1.00,2.00           | line    | must have 3 fields
            day already in the upload    | {store},2026-03-01,9.00                | date    | of line 2
            """)
    void rejectsTheWholeCsvUploadNamingTheLine(String description, String badLine, String field, String message) {
        uploadOk(CSV, "{store},2026-03-01,1.00\n", 1);

        JsonNode error = singleError(assertProblem(upload(CSV, "storeId,date,amount\n{store},2026-03-01,5.00\n"
                + badLine + "\n{store},2026-03-04,7.00\n{other},2026-03-11,7.00\n"), 400));

        assertThat(error.get("line").asLong()).isEqualTo(3);
        assertThat(error.has("index")).isFalse();
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(amounts(store)).containsExactly(Map.entry("2026-03-01", "1.00"));
        assertThat(amounts(other)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                     | {"storeId": {store}, "date": "2026-03-05",       | line    | one JSON object
            an array                     | [{store}, "2026-03-05", 10]                      | line    | one JSON object
            two objects on a line        | {"storeId": {store}} {"date": "2026-03-05"}      | line    | one JSON object
            store id as a fraction       | {"storeId": 1.5, "date": "2026-03-05", "amount": 1} | storeId | positive whole number
            store id missing             | {"date": "2026-03-05", "amount": 1}              | storeId | must not be null
            date as a number             | {"storeId": {store}, "date": 20260305, "amount": 1} | date | YYYY-MM-DD
            date before launch           | {"storeId": {store}, "date": "2026-02-28", "amount": 1} | date | before the launch date
            amount as true               | {"storeId": {store}, "date": "2026-03-05", "amount": true} | amount | must be a number
            amount null                  | {"storeId": {store}, "date": "2026-03-05", "amount": null} | amount | must not be null
            amount with 3 decimals       | {"storeId": {store}, "date": "2026-03-05", "amount": 1.000} | amount | at most 2 decimal places
            unknown store                | {"storeId": {unknown}, "date": "2026-03-05", "amount": 1} | storeId | does not exist
            """)
    void rejectsTheWholeNdjsonUploadNamingTheLine(String description, String badLine, String field, String message) {
        JsonNode error = singleError(assertProblem(upload(MediaType.APPLICATION_NDJSON,
                "{\"storeId\": {store}, \"date\": \"2026-03-01\", \"amount\": 5}\n" + badLine + "\n"
                        + "{\"storeId\": {other}, \"date\": \"2026-03-11\", \"amount\": 5}\n"), 400));

        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(amounts(store)).isEmpty();
        assertThat(amounts(other)).isEmpty();
    }

    @Test
    void namesBothLinesOfADayGivenTwice() {
        JsonNode problem = assertProblem(upload(CSV, """
                {store},2026-03-05,1
                {other},2026-03-15,1
                {store},2026-03-06,1
                {store},2026-03-05,2
                {store},2026-03-05,3
                """), 400);

        assertThat(linesAndFields(problem)).containsExactly("4:date", "5:date");
        assertThat(errors(problem)).allSatisfy(error -> assertThat(error.get("message").asString())
                .contains("2026-03-05").contains("line 1"));
        assertThat(amounts(store)).isEmpty();
    }

    @Test
    void namesEveryInvalidLineInLineOrder() {
        JsonNode problem = assertProblem(upload(CSV, """
                storeId,date,amount
                {store},2026-03-01,1.00
                {store},2026-02-01,1.001
                {unknown},2026-03-03,1.00
                {store},2026-03-04

                {store},2027-01-01,-5
                {store},2026-03-01,2.00
                {store},2026-13-01,1
                """), 400);

        assertThat(linesAndFields(problem)).containsExactly("3:date", "3:amount", "4:storeId", "5:line", "7:date",
                "7:amount", "8:date", "9:date");
        assertThat(problem.get("detail").asString()).isEqualTo("8 invalid values");
        assertThat(problem.has("errorCount")).isFalse();
        assertThat(amounts(store)).isEmpty();
    }

    @Test
    void rejectsALineLongerThanALineCanBe() {
        JsonNode error = singleError(assertProblem(upload(CSV, "{store},2026-03-01,1\n{store},2026-03-02,1"
                + " ".repeat(5000) + "\n{store},2026-03-03,1\n"), 400));

        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo("line");
        assertThat(error.get("message").asString()).contains("4096 bytes");
        assertThat(amounts(store)).isEmpty();
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = {"", "storeId,date,amount\n", "\n\n  \n"})
    void rejectsAnUploadWithoutRows(String body) {
        JsonNode error = singleError(assertProblem(upload(CSV, body), 400));

        assertThat(error.get("field").asString()).isEqualTo("body");
    }

    @Test
    void refusesOtherContentTypes() {
        assertProblem(upload(MediaType.APPLICATION_JSON, "[]"), 415);
        assertProblem(upload(MediaType.TEXT_PLAIN, "{store},2026-03-01,1\n"), 415);
        assertThat(amounts(store)).isEmpty();
    }

    /** A CSV body of {@code rows} lines, each made when the client reads that far. */
    static final class GeneratedCsv extends InputStream {

        private final int rows;
        private final java.util.function.IntFunction<String> line;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        GeneratedCsv(int rows, java.util.function.IntFunction<String> line) {
            this.rows = rows;
            this.line = line;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == current.length) {
                if (next == rows) {
                    return -1;
                }
                current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
