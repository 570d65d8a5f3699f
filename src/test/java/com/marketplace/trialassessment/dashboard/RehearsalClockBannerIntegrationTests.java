package com.marketplace.trialassessment.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import com.marketplace.trialassessment.support.Fixtures;
import com.marketplace.trialassessment.support.Fixtures.Trial;
import com.marketplace.trialassessment.support.LocalApplicationTest;
import com.marketplace.trialassessment.support.LocalClient;

/**
 * With the rehearsal clock set ({@code trial.business-clock.offset}, local profile) both dashboard
 * pages say so, in a banner above everything else; without it they do not
 * ({@link StoreDashboardPageIntegrationTests#withoutARehearsalClockThePagesShowNoBanner}).
 */
@LocalApplicationTest
@TestPropertySource(properties = "trial.business-clock.offset=P91D")
class RehearsalClockBannerIntegrationTests {

    static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theStorePageShowsTheBusinessDateAndTheOffset() throws IOException {
        LocalClient local = new LocalClient(port);
        LocalDate businessToday = LocalDate.now(ZoneId.of(environment.getRequiredProperty("trial.zone"))).plusDays(91);
        Trial store = new Fixtures(local.ops()).launch(businessToday.minusDays(10));
        String token = local.token("roles=MERCHANT&merchantId=" + store.merchantId());

        ChromeDriver browser = open("/dashboard/store.html?id=" + store.storeId() + "#token=" + token);

        String today = browser.findElement(By.cssSelector("[data-testid='today']")).getText();
        assertThat(banner(browser).getText())
                .isEqualTo("Rehearsal clock: business date " + today + " (real date + 91 days)");
        assertThat(today).isIn(StoreDashboardPageIntegrationTests.shown(businessToday),
                StoreDashboardPageIntegrationTests.shown(businessToday.plusDays(1)));
        assertThat(banner(browser).isDisplayed()).isTrue();
        StoreDashboardPageIntegrationTests.screenshot(browser, "dashboard-rehearsal-clock.png");
    }

    @Test
    void theAtRiskPageShowsTheBusinessDateAndTheOffset() {
        String token = new LocalClient(port).token("roles=OPS&sub=alice");

        ChromeDriver browser = open("/dashboard/at-risk.html#token=" + token);

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(
                d.findElement(By.cssSelector("[data-testid='summary-total']")).getDomAttribute("data-loaded")));
        String today = browser.findElement(By.cssSelector("[data-testid='today']")).getText();
        assertThat(banner(browser).getText())
                .isEqualTo("Rehearsal clock: business date " + today + " (real date + 91 days)");
        assertThat(banner(browser).isDisplayed()).isTrue();
    }

    /** Opens a page and waits until it has rendered and asked for the business clock. */
    private ChromeDriver open(String path) {
        ChromeDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            WebElement body = d.findElement(By.tagName("body"));
            return "rendered".equals(body.getDomAttribute("data-state"))
                    && body.getDomAttribute("data-business-clock") != null;
        });
        return browser;
    }

    private static WebElement banner(ChromeDriver browser) {
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-business-clock")).isEqualTo("shown");
        return browser.findElement(By.cssSelector("[data-testid='business-clock']"));
    }
}
