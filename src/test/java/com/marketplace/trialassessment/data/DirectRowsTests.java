package com.marketplace.trialassessment.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The spooled rows rewritten for a COPY straight into the table, and when an upload may go that way. */
class DirectRowsTests {

    private static final Instant NOW = Instant.parse("2026-12-31T04:05:06.123456Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one row               | 7\\t42\\t2026-03-01\\t10.50\\n                      | 42\\t2026-03-01\\t10.50\\t2026-12-31T04:05:06.123456Z\\n
            two rows              | 1\\t5\\t2026-03-01\\t1\\n2\\t6\\t2026-03-02\\t2\\n | 5\\t2026-03-01\\t1\\t2026-12-31T04:05:06.123456Z\\n6\\t2026-03-02\\t2\\t2026-12-31T04:05:06.123456Z\\n
            a long line number    | 123456789012\\t5\\t2026-03-01\\t0\\n               | 5\\t2026-03-01\\t0\\t2026-12-31T04:05:06.123456Z\\n
            nothing               | ''                                                | ''
            """)
    void leavesTheLineNumberOutAndStampsEveryRow(String name, String spool, String expected) throws IOException {
        assertThat(convert(unescape(spool), 64 * 1024)).isEqualTo(unescape(expected));
    }

    @Test
    void convertsWhateverTheBlocksTheSpoolIsReadIn() throws IOException {
        StringBuilder spool = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            spool.append(i).append('\t').append(1000 + i % 7).append("\t2026-03-01\t").append(i).append(".25\n");
            expected.append(1000 + i % 7).append("\t2026-03-01\t").append(i).append(".25\t").append(NOW).append('\n');
        }
        for (int chunk : List.of(1, 3, 17, 4096, 1 << 20)) {
            assertThat(convert(spool.toString(), chunk)).as("read %d bytes at a time", chunk).isEqualTo(expected.toString());
        }
    }

    @Test
    void keepsEachStoresFirstAndLastDayWhileTheRowsComeInKeyOrder() {
        StoreSpans spans = new StoreSpans();
        spans.add(5, LocalDate.of(2026, 3, 1));
        spans.add(5, LocalDate.of(2026, 3, 9));
        spans.add(8, LocalDate.of(2026, 1, 2));

        Map<Long, long[]> kept = spans.spans().orElseThrow();
        assertThat(kept).containsOnlyKeys(5L, 8L);
        assertThat(kept.get(5L)).containsExactly(LocalDate.of(2026, 3, 1).toEpochDay(), LocalDate.of(2026, 3, 9).toEpochDay());
        assertThat(kept.get(8L)).containsExactly(LocalDate.of(2026, 1, 2).toEpochDay(), LocalDate.of(2026, 1, 2).toEpochDay());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an earlier day of the same store | 5 | 2026-03-02 | 5 | 2026-03-01
            the same day again               | 5 | 2026-03-02 | 5 | 2026-03-02
            an earlier store                 | 5 | 2026-03-02 | 4 | 2026-03-09
            """)
    void keepsNothingOnceARowComesOutOfKeyOrder(String name, long firstStore, LocalDate firstDay, long secondStore,
            LocalDate secondDay) {
        StoreSpans spans = new StoreSpans();
        spans.add(firstStore, firstDay);
        spans.add(secondStore, secondDay);
        spans.add(secondStore + 100, secondDay);

        assertThat(spans.spans()).isEmpty();
    }

    @Test
    void keepsNothingForMoreStoresThanItMayHold() {
        StoreSpans spans = new StoreSpans();
        for (long store = 1; store <= StoreSpans.MAX_STORES; store++) {
            spans.add(store, LocalDate.of(2026, 3, 1));
        }
        assertThat(spans.spans()).hasValueSatisfying(kept -> assertThat(kept).hasSize(StoreSpans.MAX_STORES));

        spans.add(StoreSpans.MAX_STORES + 1L, LocalDate.of(2026, 3, 1));

        assertThat(spans.spans()).isEmpty();
    }

    private static String convert(String spool, int chunk) throws IOException {
        InputStream in = new ByteArrayInputStream(spool.getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DirectRows rows = new DirectRows(in, NOW)) {
            byte[] buffer = new byte[chunk];
            for (int n = rows.read(buffer, 0, buffer.length); n != -1; n = rows.read(buffer, 0, buffer.length)) {
                out.write(buffer, 0, n);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n");
    }
}
