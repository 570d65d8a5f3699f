package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.WholeNumbers;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one line of a bulk upload into a {@link BulkRow}, recording what is wrong with it. Only what
 * a line says by itself is checked here (its shape, a store id, a date, and the value's bounds through
 * {@link FigureKind#valueProblem}, the same check as the per-store endpoints); whether the store
 * exists, the date lies within launch..today and the key is given once are checked on all rows at
 * once in the database.
 */
final class BulkRowParser {

    static final String STORE_ID = "storeId";
    static final String DATE = "date";
    static final String LINE = "line";

    private static final MessageSourceResolvable NOT_NULL = CommonMessages.NOT_NULL;
    private static final MessageSourceResolvable NOT_A_STORE_ID = DataMessages.A_STORE_ID;
    private static final MessageSourceResolvable NOT_A_DATE = CommonMessages.A_DATE;
    private static final MessageSourceResolvable NOT_A_NUMBER = CommonMessages.A_NUMBER;

    private static final JsonFactory JSON = new JsonFactory();

    private final FigureKind kind;
    private final BulkFormat format;
    private final String header;
    private boolean firstRow = true;

    BulkRowParser(FigureKind kind, BulkFormat format) {
        this.kind = kind;
        this.format = format;
        this.header = (STORE_ID + "," + DATE + "," + kind.valueField).toLowerCase(Locale.ROOT);
    }

    /** The expected CSV columns, for messages and documentation: {@code storeId,date,amount}. */
    String columns() {
        return STORE_ID + "," + DATE + "," + kind.valueField;
    }

    /** The row on the line, or {@code null} when the line holds none (blank, the CSV header, unreadable). */
    BulkRow parse(long line, String text, BulkProblems problems) {
        if (text.isBlank()) {
            return null;
        }
        boolean first = firstRow;
        firstRow = false;
        List<Found> found = new ArrayList<>(3);
        BulkRow row = format == BulkFormat.CSV ? csv(line, text, first, found) : ndjson(line, text, found);
        found.forEach(problem -> problems.add(line, problem.field(), problem.message()));
        return row;
    }

    private BulkRow csv(long line, String text, boolean first, List<Found> problems) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            problems.add(new Found(LINE, DataMessages.FIELD_COUNT.with(columns(), fields.length)));
            return null;
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unquote(fields[i].strip());
        }
        if (first && String.join(",", fields).toLowerCase(Locale.ROOT).equals(header)) {
            return null;
        }
        return new BulkRow(line, storeId(fields[0], problems), date(fields[1], problems),
                value(fields[2], problems));
    }

    private BulkRow ndjson(long line, String text, List<Found> problems) {
        String storeId = null;
        String date = null;
        String value = null;
        boolean storeIdWrongType = false;
        boolean dateWrongType = false;
        boolean valueWrongType = false;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return notAnObject(problems);
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                boolean scalar = valueToken == JsonToken.VALUE_NUMBER_INT || valueToken == JsonToken.VALUE_NUMBER_FLOAT
                        || valueToken == JsonToken.VALUE_STRING;
                String scalarText = scalar ? parser.getString() : null;
                if (STORE_ID.equals(name)) {
                    storeId = scalarText;
                    storeIdWrongType = valueToken != JsonToken.VALUE_NULL && valueToken != JsonToken.VALUE_NUMBER_INT
                            && valueToken != JsonToken.VALUE_STRING;
                }
                else if (DATE.equals(name)) {
                    date = scalarText;
                    dateWrongType = valueToken != JsonToken.VALUE_NULL && valueToken != JsonToken.VALUE_STRING;
                }
                else if (kind.valueField.equals(name)) {
                    value = scalarText;
                    valueWrongType = valueToken != JsonToken.VALUE_NULL && !scalar;
                }
                parser.skipChildren();
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return notAnObject(problems);
            }
        }
        catch (JacksonException ex) {
            return notAnObject(problems);
        }
        Long id = storeIdWrongType ? problem(problems, STORE_ID, NOT_A_STORE_ID) : storeId(orEmpty(storeId), problems);
        LocalDate day = dateWrongType ? problem(problems, DATE, NOT_A_DATE) : date(orEmpty(date), problems);
        BigDecimal figure = valueWrongType ? problem(problems, kind.valueField, NOT_A_NUMBER)
                : value(orEmpty(value), problems);
        return new BulkRow(line, id, day, figure);
    }

    private BulkRow notAnObject(List<Found> problems) {
        problems.clear();
        problems.add(new Found(LINE, DataMessages.NOT_AN_OBJECT.with("{\"" + STORE_ID + "\": 1, \"" + DATE
                + "\": \"2026-03-01\", \"" + kind.valueField + "\": 1.50}")));
        return null;
    }

    private static Long storeId(String text, List<Found> problems) {
        if (text.isEmpty()) {
            return problem(problems, STORE_ID, NOT_NULL);
        }
        // the one spelling of a whole number, as a store id in a path is read
        OptionalLong id = WholeNumbers.parseLong(text);
        return id.isPresent() && id.getAsLong() > 0 ? id.getAsLong() : problem(problems, STORE_ID, NOT_A_STORE_ID);
    }

    /** Strictly {@code YYYY-MM-DD}, years 1 to 9999: what the per-store endpoints and PostgreSQL both read. */
    private static LocalDate date(String text, List<Found> problems) {
        if (text.isEmpty()) {
            return problem(problems, DATE, NOT_NULL);
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return problem(problems, DATE, NOT_A_DATE);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 1 || month < 0 || day < 0) {
            return problem(problems, DATE, NOT_A_DATE);
        }
        try {
            return LocalDate.of(year, month, day);
        }
        catch (DateTimeException ex) {
            return problem(problems, DATE, NOT_A_DATE);
        }
    }

    private BigDecimal value(String text, List<Found> problems) {
        BigDecimal value = null;
        if (!text.isEmpty()) {
            try {
                value = new BigDecimal(text);
            }
            catch (NumberFormatException ex) {
                return problem(problems, kind.valueField, NOT_A_NUMBER);
            }
        }
        MessageSourceResolvable problem = kind.valueProblem(value);
        return problem == null ? value : problem(problems, kind.valueField, problem);
    }

    /** The number written with the digits {@code text[from..to)}, or -1 when another character is there. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String unquote(String field) {
        return field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"'
                ? field.substring(1, field.length() - 1).strip() : field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** A problem of the line being read. */
    private record Found(String field, MessageSourceResolvable message) {
    }

    private static <T> T problem(List<Found> problems, String field, MessageSourceResolvable message) {
        problems.add(new Found(field, message));
        return null;
    }
}
