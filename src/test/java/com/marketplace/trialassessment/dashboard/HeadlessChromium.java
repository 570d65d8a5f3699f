package com.marketplace.trialassessment.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both paths are given, so
 * Selenium Manager never looks for (or downloads) a browser or driver. Without the packages the
 * browser tests fail, they do not skip: CI installs them ({@code .ci/run}). {@code BROWSER_BINARY} and
 * {@code BROWSER_DRIVER} name another Chromium or Chrome and its driver (the GitHub workflow's runners
 * have Google Chrome and its chromedriver instead).
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BROWSER_BINARY", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("BROWSER_DRIVER", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static HeadlessChromium start() {
        return start("en-US");
    }

    /** A browser whose user prefers {@code languages} (its Accept-Language and navigator.languages, e.g. "zh-CN,en"). */
    static HeadlessChromium start(String languages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1360,1000", "--lang=" + languages.split(",")[0],
                "--hide-scrollbars", "--force-device-scale-factor=1");
        try {
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        }
        catch (RuntimeException ex) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw ex;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
