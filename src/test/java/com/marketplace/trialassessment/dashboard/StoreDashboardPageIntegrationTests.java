package com.marketplace.trialassessment.dashboard;

import static com.marketplace.trialassessment.support.Fixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.jayway.jsonpath.JsonPath;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.IntegrationTest;
import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.Tokens;

/**
 * The dashboard pages in a real browser (headless Chromium): what a person sees once the page has
 * loaded its data, checked against figures worked out here and against the API.
 */
@IntegrationTest
class StoreDashboardPageIntegrationTests {

    static final LocalDate LAUNCH = LocalDate.of(2026, 3, 1);

    static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    MutableClock clock;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
    }

    /**
     * Every test starts from a browser that keeps nothing of the one before: no token for the tab and
     * no language chosen. Asked on a page of the service's origin, whose storage the pages use.
     */
    @AfterEach
    void forgetWhatThePagesKept() {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/actuator/health"));
        browser.executeScript("sessionStorage.clear(); localStorage.removeItem('trialAssessment.lang');");
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theStorePageShowsTheTrialAsTheApiDoes() throws IOException {
        // day 65, on the way to checkpoint 2; every day sells (2,000 to day 30, then 1,200) + 100 x (day mod 7)
        clock.setToday(LAUNCH.plusDays(64));
        Trial store = new Fixtures(http).launch(LAUNCH);
        Map<Integer, String> amounts = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int day = 1; day <= 64; day++) {
            BigDecimal amount = BigDecimal.valueOf((day <= 30 ? 2000 : 1200) + 100 * (day % 7)).setScale(2);
            amounts.put(day, amount.toPlainString());
            sum = sum.add(amount);
        }
        store.salesOn(amounts).score(20, "4.55").score(40, "4.58").score(60, "4.66");
        store.violation(12, "GENERAL", 3);
        store.revoke(store.violation(33, "GENERAL", 4));
        store.evaluate(); // checkpoint 1: 68,700 >= 50,000
        BigDecimal needed = new BigDecimal("240000.00");
        BigDecimal projected = sum.multiply(BigDecimal.valueOf(90)).divide(BigDecimal.valueOf(65), 2,
                RoundingMode.HALF_UP); // so far + (so far / 65 days up to today) x 25 days after today
        String api = store.assessment();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.merchant(store.merchantId()));

        assertThat(text(browser, "status")).isEqualTo("TRIAL");
        assertThat(text(browser, "trial-day")).isEqualTo("65");
        assertThat(text(browser, "trial-day-line")).isEqualTo("Day 65 of 210");
        assertThat(byTestId(browser, "at-risk-link").isDisplayed()).as("no link a merchant could not open").isFalse();
        assertThat(text(browser, "store-name")).isEqualTo("Lanxi Flagship Store");
        assertThat(List.of(1, 2, 3, 4).stream().map(k -> text(browser, "checkpoint-" + k + "-state")))
                .containsExactly("PASSED", "UPCOMING", "UPCOMING", "UPCOMING");
        for (int k = 1; k <= 4; k++) {
            assertThat(text(browser, "checkpoint-" + k + "-due")).isEqualTo(shown(store.dueDate(k)));
        }
        assertThat(text(browser, "next-checkpoint-number")).isEqualTo("2");
        assertThat(money(text(browser, "sales-so-far"))).isEqualByComparingTo(sum)
                .isEqualByComparingTo(decimal(api, "$.checkpoints[1].salesSoFar"));
        assertThat(text(browser, "sales-needed")).isEqualTo("240,000.00");
        assertThat(money(text(browser, "sales-still-needed"))).isEqualByComparingTo(needed.subtract(sum));
        assertThat(text(browser, "remaining-days")).isEqualTo("26");
        assertThat(money(text(browser, "daily-sales-needed")))
                .isEqualByComparingTo(needed.subtract(sum).divide(BigDecimal.valueOf(26), 2, RoundingMode.CEILING));
        assertThat(text(browser, "latest-score")).isEqualTo("4.66");
        assertThat(text(browser, "latest-score-date")).isEqualTo(shown(store.day(60)));
        assertThat(text(browser, "score-target")).isEqualTo("4.60");
        assertThat(text(browser, "general-points")).isEqualTo("3"); // the revoked 4 points do not count
        assertThat(text(browser, "general-points-bar")).isEqualTo("12");
        assertThat(money(text(browser, "projected-sales"))).isEqualByComparingTo(projected);
        assertThat(text(browser, "at-risk")).isEqualTo(projected.compareTo(needed) < 0 ? "At risk" : "On track");
        assertThat(text(browser, "most-at-risk")).isEqualTo("Sales");
        assertThat(text(browser, "today-sales")).isEqualTo("FAIL");
        assertThat(text(browser, "today-score")).isEqualTo("PASS");
        assertThat(text(browser, "today-outcome")).isEqualTo("FAILED");
        assertThat(byTestId(browser, "trial-over").isDisplayed()).isFalse();

        // the chart: drawn by Chart.js, one point per day 1..65 ending at the sales so far, a target per checkpoint
        WebElement chart = byTestId(browser, "chart");
        assertThat(chart.getDomAttribute("data-rendered")).isEqualTo("true");
        assertThat(chart.getDomAttribute("data-points")).isEqualTo("65");
        @SuppressWarnings("unchecked")
        List<Object> drawn = (List<Object>) browser.executeScript("""
                const chart = Chart.getChart(arguments[0]);
                const sales = chart.data.datasets[0].data;
                return [sales.length, sales[sales.length - 1].x, String(sales[sales.length - 1].y),
                        chart.data.datasets.slice(1, 5).map(d => String(d.data[1].y)).join(' ')];""", chart);
        assertThat(drawn.get(0)).isEqualTo(65L);
        assertThat(drawn.get(1)).isEqualTo(65L);
        assertThat(new BigDecimal((String) drawn.get(2))).isEqualByComparingTo(sum);
        assertThat(drawn.get(3)).isEqualTo("50000 240000 500000 840000");
        assertThat(paintedPixels(browser, chart)).as("pixels painted on the chart").isGreaterThan(5_000);
        assertThat(byTestId(browser, "score-chart").getDomAttribute("data-points")).isEqualTo("3");
        // the charts' figures as tables, for those who cannot see a chart
        List<String> table = browser.findElements(By.cssSelector("[data-testid='chart-table'] tbody tr")).stream()
                .map(row -> row.getDomProperty("textContent")).toList();
        BigDecimal firstThirtyDays = amounts.entrySet().stream().filter(e -> e.getKey() <= 30)
                .map(e -> new BigDecimal(e.getValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(table).hasSize(4);
        assertThat(table.get(0)).isEqualTo("Checkpoint 130" + "50,000.00" + String.format(Locale.US, "%,.2f", firstThirtyDays));
        assertThat(table.get(1)).endsWith(String.format(Locale.US, "%,.2f so far (day 65)", sum));
        assertThat(browser.findElements(By.cssSelector("[data-testid='score-chart-table'] tbody tr"))).hasSize(3)
                .first().extracting(row -> row.getDomProperty("textContent")).isEqualTo(shown(store.day(20)) + "204.55");

        // the history below the chart
        List<WebElement> verdicts = rows(browser, "verdict-row");
        assertThat(verdicts).hasSize(1);
        assertThat(verdicts.get(0).getDomAttribute("data-checkpoint")).isEqualTo("1");
        assertThat(verdicts.get(0).findElement(By.cssSelector("[data-testid=verdict-outcome]")).getText())
                .isEqualTo("PASSED");
        assertThat(verdicts.get(0).getText()).contains("68,700.00");
        List<WebElement> violations = rows(browser, "violation-row");
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).getText()).contains(shown(store.day(12))).contains("counts");
        assertThat(violations.get(1).getText()).contains(shown(store.day(33))).contains("revoked");

        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-store.png");
    }

    @Test
    void theStorePageInChineseShowsTheSameTrialInTheRuleBooksWords() throws IOException {
        clock.setToday(LAUNCH.plusDays(64)); // day 65
        Trial store = new Fixtures(http).launch(LAUNCH);
        store.sales(1, 64, "2000.00").score(60, "4.66");
        store.violation(12, "GENERAL", 3);
        store.evaluate(); // checkpoint 1 passed: 60,000 >= 50,000
        String api = store.assessment();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops(), "zh-CN");
        assertThat(browser.executeScript("return document.documentElement.lang;")).isEqualTo("zh-CN");
        assertThat(browser.getTitle()).isEqualTo("Lanxi Flagship Store · 试运营考核");
        assertThat(text(browser, "status")).isEqualTo("试运营");
        assertThat(text(browser, "trial-day-line")).isEqualTo("试运营第 65 天，共 210 天");
        assertThat(List.of(1, 2, 3, 4).stream().map(k -> text(browser, "checkpoint-" + k + "-state")))
                .containsExactly("通过", "未到期", "未到期", "未到期");
        for (int k = 1; k <= 4; k++) {
            assertThat(text(browser, "checkpoint-" + k + "-due")).isEqualTo(shownInChinese(store.dueDate(k)));
        }
        assertThat(text(browser, "next-checkpoint-heading"))
                .isEqualTo("下一个：考核节点 2，考核日 " + shownInChinese(store.dueDate(2)));
        assertThat(money(text(browser, "sales-so-far"))).isEqualByComparingTo("128000.00")
                .isEqualByComparingTo(decimal(api, "$.checkpoints[1].salesSoFar"));
        assertThat(text(browser, "sales-needed")).isEqualTo("240,000.00");
        assertThat(text(browser, "latest-score-date")).isEqualTo(shownInChinese(store.day(60)));
        assertThat(text(browser, "general-points-line")).isEqualTo("3 分，上限 12 分");
        assertThat(text(browser, "most-at-risk")).isEqualTo("销售额");
        assertThat(text(browser, "at-risk")).isEqualTo("有风险");
        assertThat(text(browser, "today-sales")).isEqualTo("未达标");
        assertThat(text(browser, "today-outcome")).isEqualTo("未通过");
        assertThat(rows(browser, "violation-row").get(0).getText()).contains(shownInChinese(store.day(12)))
                .contains("一般违规").contains("计入");
        assertThat(rows(browser, "verdict-row").get(0).getText()).contains("通过").contains("手动请求")
                .contains("60,000.00");
        // the chart's axis in 万 (ten thousands), as Chinese writes large amounts
        @SuppressWarnings("unchecked")
        List<String> ticks = (List<String>) browser.executeScript(
                "return Chart.getChart(arguments[0]).scales.y.ticks.map(t => t.label);", byTestId(browser, "chart"));
        assertThat(ticks).anySatisfy(tick -> assertThat(tick).endsWith("万"));
        assertThat(untranslated(browser)).isEmpty();
        assertThat(cjkFontsOf(browser, "[data-testid='status']")).as("the fonts the browser drew 试运营 with")
                .anySatisfy(font -> assertThat(font).containsIgnoringCase("CJK"));
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-store-zh.png");
    }

    @Test
    void theLanguageChosenOnAPageIsKeptForEveryPage() {
        clock.setToday(LAUNCH.plusDays(20));
        Trial store = new Fixtures(http).launch(LAUNCH);

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops());
        assertThat(text(browser, "trial-day-line")).isEqualTo("Day 21 of 210");
        new org.openqa.selenium.support.ui.Select(byTestId(browser, "language")).selectByValue("zh-CN");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "rendered".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-state"))
                && "zh-CN".equals(browser.executeScript("return document.documentElement.lang;")));
        assertThat(text(browser, "trial-day-line")).isEqualTo("试运营第 21 天，共 210 天");

        browser.get(url("/dashboard/at-risk.html"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "rendered".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("风险店铺");
        assertThat(untranslated(browser)).isEmpty();

        new org.openqa.selenium.support.ui.Select(byTestId(browser, "language")).selectByValue("en");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "en".equals(
                browser.executeScript("return document.documentElement.lang;")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stores at risk");
    }

    @Test
    void aBrowserThatPrefersChineseGetsThePagesInChineseAndOneThatPrefersFrenchInEnglish() {
        clock.setToday(LAUNCH.plusDays(20));
        Trial store = new Fixtures(http).launch(LAUNCH);
        String path = "/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops();

        for (Map.Entry<String, String> preference : Map.of("zh-TW,en", "试运营第 21 天，共 210 天",
                "fr-FR,fr", "Day 21 of 210").entrySet()) {
            try (HeadlessChromium own = HeadlessChromium.start(preference.getKey())) {
                ChromeDriver browser = own.driver();
                browser.get(url(path));
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "rendered".equals(
                        d.findElement(By.tagName("body")).getDomAttribute("data-state")));
                assertThat(text(browser, "trial-day-line")).as(preference.getKey()).isEqualTo(preference.getValue());
            }
        }
    }

    @Test
    void everyTextOfThePagesExistsInBothLanguages() {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/at-risk.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> keys = (Map<String, Object>) browser.executeScript("""
                const en = Object.keys(MESSAGES.en), zh = Object.keys(MESSAGES['zh-CN']);
                return { onlyEnglish: en.filter(k => !zh.includes(k)), onlyChinese: zh.filter(k => !en.includes(k)),
                         empty: en.concat(zh).filter(k => !(MESSAGES.en[k] || '').trim() || !(MESSAGES['zh-CN'][k] || '').trim()),
                         english: en.length };""");
        assertThat(keys.get("onlyEnglish")).as("keys missing in Chinese").asList().isEmpty();
        assertThat(keys.get("onlyChinese")).as("keys missing in English").asList().isEmpty();
        assertThat(keys.get("empty")).as("empty texts").asList().isEmpty();
        assertThat((Long) keys.get("english")).isGreaterThan(150L);
        for (String page : List.of("store.html", "at-risk.html", "stores.html")) {
            browser.get(url("/dashboard/" + page));
            assertThat(browser.executeScript("""
                    return [...document.querySelectorAll('[data-i18n],[data-i18n-placeholder],[data-i18n-aria-label]')]
                      .flatMap(n => [n.dataset.i18n, n.dataset.i18nPlaceholder, n.dataset.i18nAriaLabel])
                      .filter(k => k !== undefined && !(k in MESSAGES.en));""")).as(page).asList().isEmpty();
        }
    }

    /**
     * The texts on a Chinese page with Latin words and no Chinese character: what was left untranslated.
     * Values of the API itself (a store's name, a merchant id) are marked {@code translate="no"} on the
     * page; others may be {@code allowed}.
     */
    @SuppressWarnings("unchecked")
    static List<String> untranslated(ChromeDriver browser, String... allowed) {
        return (List<String>) browser.executeScript("""
                const allowed = arguments[0];
                const texts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const parent = node.parentElement;
                  if (!parent || parent.closest('[hidden], [translate=no], option[lang], script') || !parent.checkVisibility()) continue;
                  const text = node.textContent.trim();
                  if (/[A-Za-z]{3,}/.test(text) && !/[\u4e00-\u9fff]/.test(text) && !allowed.includes(text)) texts.push(text);
                }
                return texts;""", List.of(allowed));
    }

    /**
     * What axe-core (Deque's accessibility rules, WCAG 2.1 A and AA) finds serious or critical on the page
     * as it is now: each rule broken, with the elements that break it.
     */
    static List<String> seriousAccessibilityProblems(ChromeDriver browser) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** The families of the fonts the browser drew the text of the element {@code selector} with. */
    @SuppressWarnings("unchecked")
    static List<String> cjkFontsOf(ChromeDriver browser, String selector) {
        browser.executeCdpCommand("DOM.enable", Map.of());
        browser.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) browser
                .executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).get("fonts");
        return fonts.stream().map(font -> (String) font.get("familyName")).toList();
    }

    @Test
    void theStorePageOfATerminatedStoreSaysTheTrialIsOver() {
        clock.setToday(LAUNCH.plusDays(30));
        Trial store = new Fixtures(http).launch(LAUNCH);
        store.sales(1, 30, "1000.00"); // 30,000 < 50,000
        store.evaluate();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.merchant(store.merchantId()));

        assertThat(text(browser, "status")).isEqualTo("TERMINATED");
        assertThat(List.of(1, 2, 3, 4).stream().map(k -> text(browser, "checkpoint-" + k + "-state")))
                .containsExactly("FAILED", "NOT REACHED", "NOT REACHED", "NOT REACHED");
        assertThat(byTestId(browser, "trial-over").isDisplayed()).isTrue();
        assertThat(text(browser, "trial-over-text")).startsWith("Checkpoint 1 failed (sales)");
        assertThat(text(browser, "trial-day-line")).isEqualTo("Trial over");
        assertThat(byTestId(browser, "at-risk-link").isDisplayed()).as("no link a merchant could not open").isFalse();
        assertThat(byTestId(browser, "next-checkpoint").isDisplayed()).isFalse();
        assertThat(byTestId(browser, "outlook").isDisplayed()).isFalse();
        assertThat(byTestId(browser, "chart").getDomAttribute("data-points")).isEqualTo("31");
    }

    @Test
    void aStoreStillOnTrialAfterDay210IsNotShownBeyondIt() {
        clock.setToday(LAUNCH.plusDays(219)); // day 220; nothing decided yet
        Trial store = new Fixtures(http).launch(LAUNCH);

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops());

        assertThat(text(browser, "status")).isEqualTo("TRIAL");
        assertThat(text(browser, "trial-day")).isEqualTo("210");
        assertThat(text(browser, "days-past-trial")).isEqualTo("10");
        assertThat(text(browser, "trial-day-line")).isEqualTo(
                "Day 210 of 210, 10 days past: a checkpoint still awaits its decision");
    }

    @Test
    void theStorePageShowsTheFeeStatementOfAStoreThatLeftAsTheApiDoes() {
        clock.setToday(LAUNCH.plusDays(30));
        Trial store = new Fixtures(http).launchWithTerms(LAUNCH, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
        store.sales(1, 30, "1000.00"); // 30,000 < 50,000: the trial ends on 2026-03-31
        store.evaluate();
        String statements = store.feeStatements();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.merchant(store.merchantId()));

        List<WebElement> rows = rows(browser, "fee-statement-row");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getDomAttribute("data-cause")).isEqualTo("TERMINATED");
        assertThat(rows.get(0).getDomAttribute("data-status")).isEqualTo("ISSUED");
        assertThat(rows.get(0).getText()).contains("Mar 1, 2026 – Mar 30, 2026").contains("trial ended")
                .contains(String.format(Locale.US, "%,.2f", decimal(statements, "$.items[0].annualFee")))
                .contains(String.format(Locale.US, "%,.2f / %,.2f", decimal(statements, "$.items[0].halfRefundThreshold"),
                        decimal(statements, "$.items[0].fullRefundThreshold")));
        assertThat(money(rows.get(0).findElement(By.cssSelector("[data-testid='fee-total']")).getText()))
                .isEqualByComparingTo(decimal(statements, "$.items[0].totalRefund"))
                .as("one month of 60,000.00 charged: 55,000.00 unused and half of 5,000.00 back for 30,000.00 of sales")
                .isEqualByComparingTo("57500.00");
        assertThat(byTestId(browser, "fee-statements-empty").isDisplayed()).isFalse();
        assertThat(byTestId(browser, "fee-preview").isDisplayed()).as("no year to preview for a store that left")
                .isFalse();
    }

    @Test
    void theStorePageOfAFormalStoreShowsThisYearsFeeAtTheCurrentPace() {
        LocalDate launch = LocalDate.of(2025, 3, 1);
        clock.setToday(LocalDate.of(2026, 7, 1));
        Trial store = new Fixtures(http).launchWithTerms(launch, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE)
                .passingTrial().salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), "2000.00");
        store.evaluate();
        String standing = store.annualStanding();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops());

        assertThat(byTestId(browser, "fee-preview").isDisplayed()).isTrue();
        assertThat(text(browser, "fee-preview-cause")).isEqualTo("year end");
        assertThat(text(browser, "fee-preview-months")).isEqualTo("12");
        assertThat(text(browser, "fee-preview-tier")).isEqualTo(
                JsonPath.<String>read(standing, "$.feePreview.tier").toLowerCase());
        assertThat(money(text(browser, "fee-preview-total")))
                .isEqualByComparingTo(decimal(standing, "$.feePreview.totalRefund"));
        assertThat(money(text(browser, "fee-preview-sales")))
                .isEqualByComparingTo(decimal(standing, "$.feePreview.projectedSales"));
        assertThat(rows(browser, "fee-statement-row")).extracting(r -> r.getDomAttribute("data-year"))
                .containsExactly("2025");
        assertThat(text(browser, "trial-day-line")).as("not day 488 of 210").isEqualTo("Trial over");
        assertThat(byTestId(browser, "at-risk-link").isDisplayed()).as("operations staff may open the list").isTrue();

        // a wide screen is used, not a third of it
        browser.manage().window().setSize(new Dimension(2560, 1200));
        Number share = (Number) browser.executeScript(
                "return document.querySelector('main').getBoundingClientRect().width / window.innerWidth;");
        assertThat(share.doubleValue()).isGreaterThan(0.9);
    }

    /** A formal store of 2025 whose year failed on sales: warned on 2026-01-01, in its rectification period on 2026-02-09. */
    @Test
    void theFormalStorePageInChineseShowsTheYearAndTheRectificationPeriodAsTheApiDoes() throws IOException {
        LocalDate launch = LocalDate.of(2025, 1, 1);
        clock.setToday(LocalDate.of(2026, 1, 1));
        Fixtures fixtures = new Fixtures(http);
        String category = fixtures.newCategory(Fixtures.DEFAULT_TARGETS, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
        Trial store = fixtures.launch(category, launch, "Warned Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "1000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        store.evaluate(); // the year 2025 fails on sales: warned
        clock.setToday(LocalDate.of(2026, 2, 9));
        store.salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 9), "3000.00").scoreOn(LocalDate.of(2026, 2, 1), "4.75");
        String standing = store.annualStanding();
        String results = store.annualResults();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.merchant(store.merchantId()),
                "zh-CN");
        assertThat(text(browser, "status")).isEqualTo("正式店铺");
        assertThat(text(browser, "year-heading")).isEqualTo("2026 年度");
        assertThat(text(browser, "standing-badge")).isEqualTo("已警告");
        assertThat(byTestId(browser, "standing-badge").getDomAttribute("data-value"))
                .isEqualTo(JsonPath.<String>read(standing, "$.standing"));
        assertThat(text(browser, "year-days")).isEqualTo("本年度正式经营第 40 天，共 365 天");
        assertThat(money(text(browser, "year-sales-so-far"))).isEqualByComparingTo("120000.00")
                .isEqualByComparingTo(decimal(standing, "$.sales.soFar"));
        assertThat(money(text(browser, "year-target-to-date"))).isEqualByComparingTo(decimal(standing, "$.sales.targetToDate"));
        assertThat(money(text(browser, "year-target"))).isEqualByComparingTo(decimal(standing, "$.sales.targetForYear"));
        assertThat(money(text(browser, "year-projected"))).isEqualByComparingTo(decimal(standing, "$.sales.projected"));
        assertThat(text(browser, "year-score")).isEqualTo("4.75");
        assertThat(text(browser, "year-score-date")).isEqualTo("2026年2月1日");
        assertThat(text(browser, "year-today-outcome")).isEqualTo(
                Map.of("PASSED", "通过", "FAILED", "未通过", "AWAITING_DATA", "等待数据")
                        .get(JsonPath.<String>read(standing, "$.ifYearEndedToday.outcome")));
        WebElement chart = byTestId(browser, "year-chart");
        assertThat(chart.getDomAttribute("data-points")).as("one point per day of 2026 with sales").isEqualTo("40");
        assertThat(paintedPixels(browser, chart)).isGreaterThan(5_000);
        assertThat(browser.findElements(By.cssSelector("[data-testid='year-chart-table'] tbody tr")))
                .extracting(row -> row.getDomProperty("textContent")).containsExactly(
                        "今天40" + text(browser, "year-sales-so-far") + text(browser, "year-target-to-date"),
                        "年度结束365预计 " + text(browser, "year-projected") + text(browser, "year-target"));

        assertThat(byTestId(browser, "rectification").isDisplayed()).isTrue();
        assertThat(text(browser, "rectification-text")).startsWith("2025 年度考核未通过，已警告：整改期为 2026年1月1日 至 2026年3月31日（剩余 "
                + JsonPath.read(standing, "$.rectification.daysLeft") + " 天），将于 2026年4月1日 复核。");
        assertThat(money(text(browser, "rectification-sales-so-far")))
                .isEqualByComparingTo(decimal(standing, "$.rectification.sales.soFar"));
        assertThat(money(text(browser, "rectification-target"))).isEqualByComparingTo("295890.41")
                .isEqualByComparingTo(decimal(standing, "$.rectification.sales.target"));
        assertThat(byTestId(browser, "clearance").isDisplayed()).isFalse();

        List<WebElement> rows = rows(browser, "annual-result-row");
        assertThat(rows).hasSize(((List<?>) JsonPath.read(results, "$.items")).size()).isNotEmpty();
        assertThat(rows.get(0).getDomAttribute("data-outcome")).isEqualTo("FAILED");
        assertThat(rows.get(0).getText()).contains("年度考核").contains("未通过").contains("警告")
                .contains("2025年7月30日");
        assertThat(untranslated(browser)).isEmpty();
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-formal-zh.png");
    }

    /** A serious violation in 2025: the year's assessment gives a clearance notice, which the page explains. */
    @Test
    void theFormalStorePageShowsAPendingClearanceWithItsDatesCauseAndWhatToDo() {
        LocalDate launch = LocalDate.of(2025, 1, 1);
        clock.setToday(LocalDate.of(2026, 1, 1));
        Fixtures fixtures = new Fixtures(http);
        String category = fixtures.newCategory(Fixtures.DEFAULT_TARGETS, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
        Trial store = fixtures.launch(category, launch, "Noticed Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "6000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        store.violationOn(LocalDate.of(2025, 10, 1), "SERIOUS", 0);
        store.evaluate();
        clock.setToday(LocalDate.of(2026, 1, 11));
        String standing = store.annualStanding();

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.ops());

        assertThat(text(browser, "standing-badge")).isEqualTo("CLEARANCE PENDING");
        assertThat(JsonPath.<String>read(standing, "$.clearance.cause")).isEqualTo("VIOLATION");
        assertThat(text(browser, "clearance-text")).isEqualTo("Clearance notice of "
                + shown(LocalDate.parse(JsonPath.read(standing, "$.clearance.noticeOn")))
                + " (a serious violation): the store is cleared on "
                + shown(LocalDate.parse(JsonPath.read(standing, "$.clearance.effectiveOn"))) + ", in "
                + JsonPath.read(standing, "$.clearance.daysLeft") + " days.");
        assertThat(text(browser, "clearance-text")).contains("Jan 31, 2026").contains("in 20 days");
        assertThat(text(browser, "clearance-appeal")).contains("appeals to operations before Jan 31, 2026");
        assertThat(rows(browser, "annual-result-row")).extracting(r -> r.getDomAttribute("data-outcome"))
                .containsExactly("FAILED");
    }

    @Test
    void theStorePageSaysSoWhenTheStoreDoesNotExist() {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/store.html?id=987654321#token=" + Tokens.ops()));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(text(browser, "error")).contains("404");
    }

    /** Only the plain spelling of a store id opens a store; the page asks the API nothing for any other. */
    @ParameterizedTest(name = "?id={0}")
    @ValueSource(strings = {"0%d", "00%d", "0x%x", "%%23%x", "%%20%d", "%d%%20", "%%2B%d", "+%d", "%d.0", "%de0",
            "%%EF%%BC%%91%d", "-%d", "99999999999999999999%d", "", "x"})
    void thePageOpensAStoreOnlyByItsPlainId(String spelling) {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);
        String id = spelling.formatted(store.storeId(), store.storeId());

        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/store.html?id=" + id + "#token=" + Tokens.merchant(store.merchantId())));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(text(browser, "error")).contains("Which store?");
        assertThat(browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/')).length;")).isEqualTo(0L);
    }

    @Test
    void anotherMerchantSeesNoSuchStore() {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);

        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/store.html?id=" + store.storeId() + "#token=" + Tokens.merchant("m-someone-else")));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(text(browser, "error")).contains("404");
    }

    /** The page asks the API in its own language: a problem it shows is in Chinese on a Chinese page. */
    @Test
    void aChinesePageShowsTheApisProblemInChinese() {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/actuator/health"));
        browser.executeScript("localStorage.setItem('trialAssessment.lang', 'zh-CN');");
        browser.get(url("/dashboard/store.html?id=987654321#token=" + Tokens.ops()));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(text(browser, "error")).contains("404").contains("店铺 987654321 不存在");
    }

    @Test
    void withoutATokenThePageSaysOneIsNeeded() {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);

        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/store.html?id=" + store.storeId()));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));

        assertThat(text(browser, "error")).contains("401");
        assertThat(byTestId(browser, "sign-in").isDisplayed()).as("a form to give a token").isTrue();
    }

    @Test
    void theTokenNeverAppearsInARequestTheBrowserMakes() {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);
        String token = Tokens.merchant(store.merchantId());

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + token);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        // what went over the wire: a fragment (#token=...) is never sent
                        + ".map(entry => entry.name.split('#')[0]);");
        assertThat(requested).as("the page, its scripts and its API calls").hasSizeGreaterThan(3)
                .anySatisfy(name -> assertThat(name).contains("/api/stores/" + store.storeId() + "/assessment"))
                .allSatisfy(name -> assertThat(name).doesNotContain(token).doesNotContain("token="));
        assertThat(browser.getCurrentUrl()).doesNotContain(token);
    }

    @Test
    void aTokenInTheQueryStringIsNeverUsedAndTheSignInFormTakesOne() {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);
        String token = Tokens.merchant(store.merchantId());
        ChromeDriver browser = chromium.driver();
        browser.get(url("/dashboard/store.html?id=" + store.storeId() + "&token=" + token));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "error".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(text(browser, "error")).contains("401").contains("query string is never used");
        assertThat(browser.getCurrentUrl()).as("taken off the address").doesNotContain(token);
        assertThat(browser.executeScript("return sessionStorage.getItem('trialAssessment.token');")).isNull();

        byTestId(browser, "sign-in-token").sendKeys(token);
        byTestId(browser, "sign-in-submit").click();
        String state = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.tagName("body")).getDomAttribute("data-state");
            return "rendered".equals(s) ? s : null;
        });
        assertThat(state).isEqualTo("rendered");
        assertThat(text(browser, "store-name")).isEqualTo("Lanxi Flagship Store");
        assertThat(browser.getCurrentUrl()).doesNotContain(token);
    }

    @Test
    void aTokenOnThePagesAddressIsKeptForTheTabAndTakenOffTheAddress() {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);

        String token = Tokens.merchant(store.merchantId());
        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + token);
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/store.html?id=" + store.storeId());
        assertThat(browser.executeScript("return sessionStorage.getItem('trialAssessment.token');"))
                .isEqualTo(token);
    }

    @Test
    void theAtRiskPageListsAStoreAtRiskAndLinksToItsPage() throws IOException {
        LocalDate today = LocalDate.of(2026, 6, 20);
        clock.setToday(today);
        String category = new Fixtures(http).newCategory();
        Trial behind = new Fixtures(http).launch(category, today.minusDays(20), "Behind Store");
        behind.sales(1, 20, "500.00"); // 10,000 x 30 / 21 = 14,285.71 of 50,000: 71.4% short
        Trial safe = new Fixtures(http).launch(category, today.minusDays(20), "Safe Store");
        safe.sales(1, 20, "3000.00");

        ChromeDriver browser = open("/dashboard/at-risk.html?categoryCode=" + category + "#token=" + Tokens.ops());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(byTestId(d, "summary-total").getDomAttribute("data-loaded")));
        String summary = http.get().uri("/api/dashboard/summary").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        List<WebElement> rows = rows(browser, "at-risk-row");
        assertThat(rows).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.getDomAttribute("data-store-id")).isEqualTo(String.valueOf(behind.storeId()));
        assertThat(row.findElement(By.cssSelector("[data-testid=gap]")).getText()).isEqualTo("71.4%");
        assertThat(row.findElement(By.cssSelector("[data-testid=sales-so-far]")).getText()).isEqualTo("10,000.00");
        assertThat(row.findElement(By.cssSelector("[data-testid=projected]")).getText()).isEqualTo("14,285.71");
        assertThat(row.findElement(By.cssSelector("[data-testid=most-at-risk]")).getText()).isEqualTo("Sales");
        assertThat(text(browser, "page-info")).endsWith("1 at risk");
        assertThat(text(browser, "summary-total"))
                .isEqualTo(String.valueOf(((Number) JsonPath.read(summary, "$.total")).longValue()));
        assertThat(byTestId(browser, "filter-category").getDomProperty("value")).isEqualTo(category);
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-at-risk.png");

        row.findElement(By.cssSelector("[data-testid=store-link]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("store.html")
                        && "rendered".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(text(browser, "store-name")).isEqualTo("Behind Store");
        assertThat(text(browser, "at-risk")).isEqualTo("At risk");
    }

    @Test
    void theAtRiskPageListsFormalStoresByStandingWhenAskedForThatPhase() throws IOException {
        LocalDate launch = LocalDate.of(2025, 1, 1);
        clock.setToday(LocalDate.of(2026, 1, 1));
        Fixtures fixtures = new Fixtures(http);
        String category = fixtures.newCategory(Fixtures.DEFAULT_TARGETS, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
        Trial warned = fixtures.launch(category, launch, "Warned Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "1000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        warned.evaluate();
        Trial good = fixtures.launch(category, launch, "Good Store").passingTrial()
                .salesBetween(LocalDate.of(2025, 7, 30), LocalDate.of(2025, 12, 31), "6000.00")
                .scoreOn(LocalDate.of(2025, 12, 1), "4.80");
        good.evaluate();
        clock.setToday(LocalDate.of(2026, 2, 9));
        warned.salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 9), "1000.00");
        good.salesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 9), "1000.00");
        String api = http.get().uri("/api/dashboard/at-risk-stores?phase=FORMAL&categoryCode=" + category).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        ChromeDriver browser = open("/dashboard/at-risk.html?phase=FORMAL&categoryCode=" + category + "#token=" + Tokens.ops(),
                "zh-CN");
        assertThat(byTestId(browser, "at-risk-formal").isDisplayed()).isTrue();
        assertThat(byTestId(browser, "at-risk").isDisplayed()).isFalse();
        assertThat(byTestId(browser, "filter-checkpoint").isDisplayed()).as("a filter of stores on trial").isFalse();
        assertThat(rows(browser, "at-risk-row")).extracting(r -> r.getDomAttribute("data-store-id"))
                .containsExactly(String.valueOf(warned.storeId()), String.valueOf(good.storeId()))
                .containsExactlyElementsOf(JsonPath.<List<Integer>>read(api, "$.items[*].storeId").stream()
                        .map(String::valueOf).toList());
        WebElement first = rows(browser, "at-risk-row").get(0);
        assertThat(first.findElement(By.cssSelector("[data-testid=standing]")).getText()).isEqualTo("已警告");
        assertThat(money(first.findElement(By.cssSelector("[data-testid=sales-so-far]")).getText()))
                .isEqualByComparingTo(decimal(api, "$.items[0].salesSoFar")).isEqualByComparingTo("40000.00");
        assertThat(text(browser, "lead")).startsWith("年度结束时预计至少有一项不达标的正式店铺");

        new org.openqa.selenium.support.ui.Select(byTestId(browser, "filter-standing")).selectByValue("WARNED");
        byTestId(browser, "apply").click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("standing=WARNED")
                && "rendered".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(rows(browser, "at-risk-row")).extracting(r -> r.getDomAttribute("data-standing"))
                .containsExactly("WARNED");
        assertThat(untranslated(browser)).isEmpty();
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-at-risk-formal-zh.png");
    }

    @Test
    void aMerchantsHomePageListsItsStoresOnTrialAndFormalWithTheirNextDecision() throws IOException {
        LocalDate launch = LocalDate.of(2025, 1, 1);
        clock.setToday(LocalDate.of(2025, 8, 1));
        Fixtures fixtures = new Fixtures(http);
        String category = fixtures.newCategory(Fixtures.DEFAULT_TARGETS, Fixtures.DEFAULT_ANNUAL, Fixtures.DEFAULT_FEE);
        Trial formal = fixtures.launch(category, launch, "Formal Store").passingTrial();
        formal.evaluate();
        String merchant = JsonPath.read(formal.store(), "$.merchantId");
        long onTrial = fixtures.createStore(category, merchant, LocalDate.of(2025, 7, 20)).get("id").asLong();
        Trial someoneElses = fixtures.launch(category, LocalDate.of(2025, 7, 1), "Someone Else's Store");
        String api = http.get().uri("/api/stores?merchantId=" + merchant).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        ChromeDriver browser = open("/dashboard/stores.html#token=" + Tokens.merchant(merchant), "zh-CN");
        List<WebElement> rows = rows(browser, "store-row");
        assertThat(rows).extracting(r -> r.getDomAttribute("data-store-id"))
                .containsExactly(String.valueOf(formal.storeId()), String.valueOf(onTrial))
                .doesNotContain(String.valueOf(someoneElses.storeId()));
        assertThat(rows.get(0).findElement(By.cssSelector("[data-testid=next-decision]")).getText())
                .isEqualTo("2025 年度考核");
        assertThat(rows.get(0).findElement(By.cssSelector("[data-testid=next-decision-due]")).getText())
                .isEqualTo(shownInChinese(LocalDate.parse(JsonPath.read(api, "$.items[0].nextDecision.dueOn"))))
                .isEqualTo("2026年1月1日");
        assertThat(rows.get(0).getText()).contains("正式店铺").contains("正常");
        assertThat(rows.get(1).findElement(By.cssSelector("[data-testid=next-decision]")).getText())
                .isEqualTo("考核节点 1");
        assertThat(rows.get(1).findElement(By.cssSelector("[data-testid=next-decision-due]")).getText())
                .isEqualTo(shownInChinese(LocalDate.parse(JsonPath.read(api, "$.items[1].nextDecision.dueOn"))));
        assertThat(untranslated(browser)).isEmpty();
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
        screenshot(browser, "dashboard-stores-zh.png");

        rows.get(1).findElement(By.cssSelector("[data-testid=store-link]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("store.html")
                && "rendered".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(text(browser, "store-id")).isEqualTo(String.valueOf(onTrial));
        assertThat(byTestId(browser, "stores-link").isDisplayed()).as("back to the merchant's stores").isTrue();

        // the same page in English
        browser.executeScript("localStorage.removeItem('trialAssessment.lang');");
        browser.get(url("/dashboard/stores.html"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "rendered".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        List<WebElement> english = rows(browser, "store-row");
        assertThat(english.get(0).findElement(By.cssSelector("[data-testid=next-decision]")).getText())
                .isEqualTo("Annual assessment of 2025");
        assertThat(english.get(0).findElement(By.cssSelector("[data-testid=next-decision-due]")).getText())
                .isEqualTo("Jan 1, 2026");
        assertThat(english.get(1).findElement(By.cssSelector("[data-testid=next-decision]")).getText())
                .isEqualTo("Checkpoint 1");
        assertThat(seriousAccessibilityProblems(browser)).isEmpty();
    }

    /** Every control of the at-risk page is reached with the Tab key, in order, and shows where the focus is. */
    @Test
    void theAtRiskPagesControlsAreReachedByKeyboardWithAVisibleFocus() {
        ChromeDriver browser = open("/dashboard/at-risk.html#token=" + Tokens.ops());
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) browser.executeScript("""
                    const e = document.activeElement, style = getComputedStyle(e);
                    return { name: e.dataset.testid || e.id || e.tagName, outline: style.outlineStyle + ' ' + style.outlineWidth };""");
            if ("BODY".equals(focused.get("name"))) {
                break; // past the last control
            }
            reached.add((String) focused.get("name"));
            assertThat((String) focused.get("outline")).as("focus ring of %s", focused.get("name")).isEqualTo("solid 3px");
        }
        assertThat(reached).containsSubsequence("language", "filter-category", "filter-phase", "filter-checkpoint",
                "filter-size", "apply");
    }

    /** Without {@code trial.business-clock.offset} the pages show no rehearsal-clock banner. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"store", "at-risk"})
    void withoutARehearsalClockThePagesShowNoBanner(String page) {
        clock.setToday(LAUNCH.plusDays(10));
        Trial store = new Fixtures(http).launch(LAUNCH);

        ChromeDriver browser = open("/dashboard/" + page + ".html?id=" + store.storeId() + "#token=" + Tokens.ops());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-business-clock") != null);

        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-business-clock")).isEqualTo("none");
        assertThat(browser.findElements(By.cssSelector("[data-testid='business-clock']"))).isEmpty();
    }

    /** Opens a page in English (the browser's language) and waits until it has rendered its data. */
    ChromeDriver open(String path) {
        return open(path, null);
    }

    /**
     * Opens a page in {@code language} as if chosen on a page before (null: none chosen, the browser's
     * language decides; every test starts without one, {@link #forgetWhatThePagesKept}) and waits until it has rendered its data (or shown an error, which fails the test).
     */
    ChromeDriver open(String path, String language) {
        ChromeDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(1360, 1000));
        if (language != null) {
            browser.get(url("/actuator/health")); // the pages' origin, to set what they remember
            browser.executeScript("localStorage.setItem('trialAssessment.lang', arguments[0]);", language);
        }
        browser.get(url(path));
        String state = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.tagName("body")).getDomAttribute("data-state");
            return "loading".equals(s) ? null : s;
        });
        assertThat(state).as("page state; error shown: %s", text(browser, "error")).isEqualTo("rendered");
        return browser;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static WebElement byTestId(WebDriver browser, String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }

    static String text(ChromeDriver browser, String testId) {
        return byTestId(browser, testId).getText().strip();
    }

    static List<WebElement> rows(ChromeDriver browser, String testId) {
        return browser.findElements(By.cssSelector("tr[data-testid='" + testId + "']"));
    }

    /** A date as the English pages write it: Mar 31, 2026. */
    static String shown(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US).format(date);
    }

    /** A date as the Chinese pages write it: 2026年3月31日. */
    static String shownInChinese(LocalDate date) {
        return DateTimeFormatter.ofPattern("yyyy年M月d日").format(date);
    }

    /** 123,456.78 → 123456.78 */
    static BigDecimal money(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    static long paintedPixels(ChromeDriver browser, WebElement canvas) {
        return (Long) browser.executeScript("""
                const canvas = arguments[0];
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) {
                  if (pixels[i] > 0) painted++;
                }
                return painted;""", canvas);
    }

    /** The whole page (not only the window), into target/; the README shows copies of some, kept in docs/. */
    static void screenshot(ChromeDriver browser, String name) throws IOException {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path png = Path.of("target", name);
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
