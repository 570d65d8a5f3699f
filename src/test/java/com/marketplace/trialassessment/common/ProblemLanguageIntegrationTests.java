package com.marketplace.trialassessment.common;

import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblem;
import static com.marketplace.trialassessment.support.ProblemAssertions.assertProblemBody;
import static com.marketplace.trialassessment.support.ProblemAssertions.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.RawHttp;
import com.marketplace.trialassessment.support.TestClockConfiguration;
import com.marketplace.trialassessment.support.Tokens;

import tools.jackson.databind.JsonNode;

/**
 * A problem's words are in the language {@code Accept-Language} asks for: English without the header,
 * Chinese for {@code zh-CN}, English again for a language the API does not speak ({@code fr}), one
 * language in the whole answer, named by {@code Content-Language}; its {@code type} and {@code status}
 * are the same in every language. One problem of each kind: a 404, a 409, a 400 of Bean Validation
 * and one of the bulk parser's own, a 401 and a 403 of the security filters, and a 405 of Spring MVC.
 */
@IntegrationTest
class ProblemLanguageIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** A run of characters that are not Chinese; in a Chinese answer it may hold one word (a field, id or code), never a sentence. */
    static final Pattern NOT_CHINESE = Pattern.compile("[^\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]+");
    /** A word of ASCII letters, with whatever joins the parts of one name or code ({@code YYYY-MM-DD}, {@code application/json}). */
    static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    Fixtures.Trial trial;
    long store;

    @BeforeEach
    void launchStore() {
        clock.setToday(TestClockConfiguration.DEFAULT_TODAY);
        trial = new Fixtures(http).launch(LAUNCH);
        store = trial.storeId();
    }

    /** The problem {@code request} answers when {@code Accept-Language} is {@code language} (null: no header). */
    static JsonNode problem(RestTestClient.RequestHeadersSpec<?> request, String language, int status,
            String contentLanguage) {
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        JsonNode problem = assertProblem(request.exchange().expectHeader()
                .valueEquals(HttpHeaders.CONTENT_LANGUAGE, contentLanguage), status);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** The same request in the three languages; asserts what every language shares: status, type, fields. */
    static Answers answers(Supplier<RestTestClient.RequestHeadersSpec<?>> request, int status) {
        JsonNode english = problem(request.get(), null, status, "en");
        JsonNode chinese = problem(request.get(), "zh-CN", status, "zh-CN");
        JsonNode french = problem(request.get(), "fr", status, "en");
        assertThat(chinese.get("type")).isEqualTo(english.get("type"));
        assertThat(french).as("a language the API does not speak gets English").isEqualTo(english);
        if (english.has("errors")) {
            assertThat(fieldsAndPlaces(chinese)).isEqualTo(fieldsAndPlaces(english));
        }
        assertChinese(chinese);
        return new Answers(english, chinese);
    }

    record Answers(JsonNode english, JsonNode chinese) {
    }

    /** Title, detail and every message hold Chinese, and no English sentence: between Chinese characters, one word at most. */
    static void assertChinese(JsonNode problem) {
        List<String> texts = new ArrayList<>(List.of(problem.get("title").asString(), problem.get("detail").asString()));
        if (problem.has("errors")) {
            errors(problem).forEach(error -> texts.add(error.get("message").asString()));
        }
        for (String text : texts) {
            assertThat(text).as("Chinese text").containsPattern("\\p{IsHan}");
            Matcher run = NOT_CHINESE.matcher(text);
            while (run.find()) {
                assertThat(WORD.matcher(run.group()).results().count())
                        .as("ASCII words in \"%s\" of \"%s\"", run.group(), text).isLessThanOrEqualTo(1);
            }
        }
    }

    static List<String> fieldsAndPlaces(JsonNode problem) {
        return errors(problem).stream().map(e -> e.get("field").asString() + "@" + e.path("index").asString("")
                + ":" + e.path("line").asString("")).sorted().toList();
    }

    /** The messages of the problem's errors, by field. */
    static List<String> messages(JsonNode problem) {
        return errors(problem).stream().sorted(Comparator.comparing(e -> e.get("field").asString()))
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString()).toList();
    }

    RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void saysAStoreDoesNotExistInTheAskedLanguage() {
        long unknown = store + 1_000_000;

        Answers answers = answers(() -> http.get().uri("/api/stores/{id}", unknown), 404);

        assertThat(answers.english().get("type").asString()).isEqualTo("urn:trial-assessment:problem:not-found");
        assertThat(answers.english().get("title").asString()).isEqualTo("Not found");
        // the id as the API writes it, not as a number in the locale's format (1,000,123)
        assertThat(answers.english().get("detail").asString()).isEqualTo("Store " + unknown + " does not exist");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("未找到");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("店铺 " + unknown + " 不存在");
    }

    @Test
    void saysAViolationWasAlreadyRevokedInTheAskedLanguage() {
        long violation = trial.violation(10, "GENERAL", 2);
        trial.revoke(violation);

        Answers answers = answers(() -> http.post()
                .uri("/api/stores/{id}/violations/{v}/revocation", store, violation)
                .contentType(MediaType.APPLICATION_JSON).body("{ \"reason\": \"appeal upheld again\" }"), 409);

        assertThat(answers.english().get("type").asString()).isEqualTo("urn:trial-assessment:problem:conflict");
        assertThat(answers.english().get("title").asString()).isEqualTo("Conflict");
        assertThat(answers.english().get("detail").asString()).isEqualTo("Violation " + violation + " was already revoked");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("冲突");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("违规记录 " + violation + " 已被撤销");
    }

    @Test
    void saysWhatBeanValidationFoundInTheAskedLanguage() {
        Answers answers = answers(() -> http.post().uri("/api/stores").contentType(MediaType.APPLICATION_JSON)
                .body("{ \"name\": \" \", \"merchantId\": \"m-language\", \"categoryCode\": \"c\", "
                        + "\"storeType\": \"FLAGSHIP\" }"), 400);

        assertThat(answers.english().get("type").asString()).isEqualTo("urn:trial-assessment:problem:validation");
        assertThat(answers.english().get("title").asString()).isEqualTo("Invalid input");
        assertThat(answers.english().get("detail").asString()).isEqualTo("2 invalid values");
        assertThat(messages(answers.english())).containsExactly("launchDate: must not be null",
                "name: must not be blank");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("输入无效");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("2 个值无效");
        assertThat(messages(answers.chinese())).containsExactly("launchDate: 不能为 null",
                "name: 不能为空，也不能只含空白字符");
    }

    @Test
    void saysWhatTheBulkParserFoundInTheAskedLanguage() {
        String body = "storeId,date,amount\nabc,2026-03-05,1.00\n" + store + ",05/03/2026,1.00\n"
                + store + ",2026-03-06,1.005\n";

        Answers answers = answers(() -> http.post().uri("/api/bulk/daily-sales").contentType(CSV).body(body),
                400);

        assertThat(answers.english().get("detail").asString()).isEqualTo("3 invalid values");
        assertThat(messages(answers.english())).containsExactly("amount: must have at most 2 decimal places",
                "date: must be a date (YYYY-MM-DD)", "storeId: must be a positive whole number");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("3 个值无效");
        assertThat(messages(answers.chinese())).containsExactly("amount: 最多只能有 2 位小数",
                "date: 必须是日期（YYYY-MM-DD）", "storeId: 必须是正整数");
    }

    @Test
    void saysATokenIsMissingInTheAskedLanguage() {
        Answers answers = answers(() -> anonymous().get().uri("/api/stores"), 401);

        assertThat(answers.english().get("type").asString()).isEqualTo("urn:trial-assessment:problem:unauthorized");
        assertThat(answers.english().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(answers.english().get("detail").asString()).isEqualTo("A valid bearer token is required");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("未认证");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("需要有效的 Bearer 令牌");
    }

    @Test
    void saysTheRolesDoNotAllowARequestInTheAskedLanguage() {
        Answers answers = answers(() -> anonymous().get().uri("/api/categories")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.merchant("m-language")), 403);

        assertThat(answers.english().get("type").asString()).isEqualTo("urn:trial-assessment:problem:forbidden");
        assertThat(answers.english().get("title").asString()).isEqualTo("Forbidden");
        assertThat(answers.english().get("detail").asString()).isEqualTo("The token's roles do not allow this request");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("禁止访问");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("令牌的角色不允许此请求");
    }

    @Test
    void saysAMethodIsNotAllowedInTheAskedLanguage() {
        Answers answers = answers(() -> http.delete().uri("/api/categories"), 405);

        assertThat(answers.english().get("type").asString()).isEqualTo("about:blank");
        assertThat(answers.english().get("title").asString()).isEqualTo("Method Not Allowed");
        assertThat(answers.english().get("detail").asString()).isEqualTo("Method 'DELETE' is not supported.");
        assertThat(answers.chinese().get("title").asString()).isEqualTo("不允许的方法");
        assertThat(answers.chinese().get("detail").asString()).isEqualTo("不支持方法“DELETE”。");
    }

    /**
     * Problems written before the request reaches Spring MVC speak the asked language too: the
     * server's own report of a request it cannot read, the request firewall's and the wildcard
     * {@code Content-Type}'s (the body limit's is written as this one is).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the server's own report | GET  | /api/stores/%2F          | -                          | 400 | Malformed request      | 请求格式错误
            the request firewall    | GET  | /api/stores/1;x=1        | -                          | 400 | Malformed request      | 请求格式错误
            a wildcard Content-Type | POST | /api/stores              | Content-Type: */*          | 415 | Unsupported Media Type | 不支持的媒体类型
            """)
    void speaksTheAskedLanguageBeforeTheApiToo(String description, String method, String target, String header,
            int status, String english, String chinese) {
        List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + Tokens.ops()));
        if (!header.equals("-")) {
            headers.add(header);
        }
        RawHttp.Response inEnglish = RawHttp.send(port, RawHttp.request(method, target, headers, null));
        headers.add("Accept-Language: zh-CN");
        RawHttp.Response inChinese = RawHttp.send(port, RawHttp.request(method, target, headers, null));

        assertThat(inEnglish.status()).as("%s", inEnglish).isEqualTo(status);
        assertThat(inEnglish.header(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(assertProblemBody(inEnglish.body(), status).get("title").asString()).isEqualTo(english);
        assertThat(inChinese.status()).as("%s", inChinese).isEqualTo(status);
        assertThat(inChinese.header(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("zh-CN");
        JsonNode problem = assertProblemBody(inChinese.body(), status);
        assertThat(problem.get("title").asString()).isEqualTo(chinese);
        assertChinese(problem);
    }

    /** Neither the choice of language nor the bundles follow the JVM's default locale. */
    @Test
    void answersEnglishByDefaultOnAServerSetUpInChinese() {
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            JsonNode problem = problem(http.get().uri("/api/stores/{id}", store + 1_000_000), null, 404, "en");

            assertThat(problem.get("title").asString()).isEqualTo("Not found");
            // a language the bundles do not have (and no request has asked for yet) gets English too
            assertThat(messages.getMessage(CommonMessages.TITLE_NOT_FOUND, Locale.forLanguageTag("pt-BR")))
                    .isEqualTo("Not found");
        }
        finally {
            Locale.setDefault(jvm);
        }
    }

    /** The first language of the header the API speaks, by its language alone; English when it names none. */
    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"zh", "zh-TW", "zh-Hans-CN", "fr, zh;q=0.5", "ZH-cn", "de;q=0.9, zh-CN;q=0.8, en;q=0.7"})
    void answersChineseWhenTheFirstLanguageSpokenIsChinese(String language) {
        JsonNode problem = problem(http.get().uri("/api/stores/{id}", store + 1_000_000), language, 404, "zh-CN");

        assertThat(problem.get("title").asString()).isEqualTo("未找到");
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @ValueSource(strings = {"en-GB", "de", "*", "zh;q=0, fr", "en, zh-CN;q=0.9", "fr;q=0.9, en;q=0.8, zh;q=0.7",
        "not a language tag;;;"})
    void answersEnglishOtherwise(String language) {
        JsonNode problem = problem(http.get().uri("/api/stores/{id}", store + 1_000_000), language, 404, "en");

        assertThat(problem.get("title").asString()).isEqualTo("Not found");
    }
}
