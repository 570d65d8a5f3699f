package com.marketplace.trialassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code trial.*} setting is described twice: in the configuration metadata the build writes
 * (from the properties records' javadoc, and {@code additional-spring-configuration-metadata.json})
 * and in the README's settings table. The two must name the same settings, with the same default and
 * the environment variable Spring Boot's relaxed binding reads (or the one a placeholder of
 * {@code application.yml} names).
 */
class ConfigurationMetadataTests {

    /** A row of the README's table: {@code | `name` | `ENV` | default | what it does |}. */
    private static final Pattern ROW = Pattern.compile("^\\| `(trial\\.[a-z.-]+)` \\| `([A-Z_]+)` \\| ([^|]*) \\|",
            Pattern.MULTILINE);

    record Setting(String variable, String defaultCell) {
    }

    @Test
    void theReadmeTableAndTheMetadataNameTheSameSettingsWithTheSameDefaults() throws IOException {
        Map<String, JsonNode> metadata = metadata();
        Map<String, Setting> readme = readme();
        String applicationYml = Files.readString(Path.of("src/main/resources/application.yml"));

        assertThat(readme.keySet()).as("settings in the README").containsExactlyInAnyOrderElementsOf(metadata.keySet());
        metadata.forEach((name, property) -> {
            assertThat(property.path("description").asString("")).as("description of %s", name).isNotBlank();
            Setting row = readme.get(name);
            // relaxed binding, or a placeholder of application.yml that names another variable
            if (!applicationYml.contains("${" + row.variable() + ":")) {
                assertThat(row.variable()).as("environment variable of %s", name).isEqualTo(variable(name));
            }
            JsonNode value = property.get("defaultValue");
            if (value != null && !value.isNull()) {
                assertThat(row.defaultCell()).as("default of %s in the README", name)
                        .startsWith("`" + value.asString() + "`");
            }
        });
    }

    @Test
    void readsTheVariableSpringBootBindsForASetting() {
        assertThat(variable("trial.business-clock.offset")).isEqualTo("TRIAL_BUSINESSCLOCK_OFFSET");
        assertThat(variable("trial.zone")).isEqualTo("TRIAL_ZONE");
    }

    /** Relaxed binding: upper case, dots become underscores, dashes go. */
    static String variable(String name) {
        return name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> metadata() throws IOException {
        JsonNode root = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("target/classes/META-INF/spring-configuration-metadata.json")));
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (JsonNode property : root.path("properties")) {
            String name = property.path("name").asString();
            if (name.startsWith("trial.")) {
                properties.put(name, property);
            }
        }
        assertThat(properties).as("trial.* settings in the metadata").hasSizeGreaterThan(20);
        return properties;
    }

    private static Map<String, Setting> readme() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Path.of("README.md")));
        Map<String, Setting> settings = new LinkedHashMap<>();
        while (rows.find()) {
            assertThat(settings.put(rows.group(1), new Setting(rows.group(2), rows.group(3).strip())))
                    .as("%s listed twice", rows.group(1)).isNull();
        }
        return settings;
    }
}
