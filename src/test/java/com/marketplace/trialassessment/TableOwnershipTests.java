package com.marketplace.trialassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module, named in docs/architecture.md: SQL in any other module that names
 * the table (to write it or to read it) fails this test, and so does a table of the migrations that
 * has no owner there. Other modules go through the owner's query type, so that a renamed column or
 * value breaks its owner's tests, not another feature at run time.
 */
class TableOwnershipTests {

    static final Path SOURCES = Path.of("src/main/java/com/marketplace/trialassessment");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** A table named after a keyword of SQL that reads or writes it. */
    static final Pattern SQL_TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|truncate|table)\\s+(?:only\\s+)?([a-z][a-z0-9_]*)\\b");
    static final Pattern CREATED_TABLE = Pattern.compile(
            "create\\s+(?:temp\\s+|temporary\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z][a-z0-9_]*)");
    static final Pattern RENAMED_TABLE = Pattern.compile("alter\\s+table\\s+[a-z0-9_]+\\s+rename\\s+to\\s+([a-z0-9_]+)");

    @Test
    void sqlOnlyNamesTheTablesOfItsOwnModule() throws IOException {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                String code = stringLiterals(Files.readString(file));
                for (String table : tablesNamedIn(code, owners.keySet())) {
                    String owner = owners.get(table);
                    if (!owner.equals(module)) {
                        trespasses.add(SOURCES.relativize(file) + " names " + table + ", a table of " + owner);
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).toLowerCase();
                collect(CREATED_TABLE, sql, tables);
                collect(RENAMED_TABLE, sql, tables);
            }
        }
        // tables renamed later are known by their new names only
        tables.remove("evaluation_claim");
        assertThat(owners().keySet()).containsAll(tables);
    }

    @Test
    void theCheckFindsATrespass() {
        Map<String, String> owners = Map.of("verdict", "assessment", "store", "store");

        assertThat(tablesNamedIn("jdbc.update(\"update verdict set x = 1\")", owners.keySet())).containsExactly("verdict");
        assertThat(tablesNamedIn("\"\"\"\n select * from store s join verdict v on v.id = s.id\"\"\"", owners.keySet()))
                .containsExactlyInAnyOrder("store", "verdict");
        assertThat(tablesNamedIn("select s from Store s", owners.keySet())).as("JPQL names entities").isEmpty();
        assertThat(tablesNamedIn(stringLiterals("/** reads from store */ String sql = \"select 1\"; // update verdict"),
                owners.keySet())).as("comments are not SQL").isEmpty();
        assertThat(tablesNamedIn(stringLiterals("jdbc.update(\"delete from \" + \"x\", \"update store set a = 1\")"),
                owners.keySet())).containsExactly("store");
    }

    /** The string literals and text blocks of Java source, each in quotes, one per line: where SQL is. */
    static String stringLiterals(String java) {
        StringBuilder literals = new StringBuilder();
        Matcher matcher = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"|//[^\n]*|/\\*.*?\\*/",
                Pattern.DOTALL).matcher(java);
        while (matcher.find()) {
            String literal = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (literal != null) {
                literals.append('"').append(literal).append("\"\n");
            }
        }
        return literals.toString();
    }

    static Set<String> tablesNamedIn(String code, Set<String> tables) {
        Set<String> named = new TreeSet<>();
        Matcher matcher = SQL_TABLE.matcher(code);
        while (matcher.find()) {
            if (tables.contains(matcher.group(1))) {
                named.add(matcher.group(1));
            }
        }
        return named;
    }

    /** The table of owners in docs/architecture.md: {@code | `table` | `module` |}. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*`([a-z]+)`\\s*\\|\\s*$");
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            if (line.matches("^\\|\\s*table\\s*\\|\\s*owner\\s*\\|\\s*$")) {
                inTable = true;
                continue;
            }
            Matcher matcher = row.matcher(line);
            if (inTable && matcher.matches()) {
                owners.put(matcher.group(1), matcher.group(2));
            }
            else if (inTable && !line.startsWith("|")) {
                inTable = false;
            }
        }
        assertThat(owners).as("the owners in docs/architecture.md").isNotEmpty();
        owners.values().forEach(module -> assertThat(SOURCES.resolve(module)).as("module %s", module).isDirectory());
        return owners;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
