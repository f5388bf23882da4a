package com.kt.eventmarketing.bench.participation;

import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.participation.registration.domain.ParticipantIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random (version 4) against time-ordered (version 7) participant ids, at the scale of a large event: N entries
 * written as the entry writer writes them (batches of multi-row {@code INSERT … SELECT FROM unnest(…) ON CONFLICT
 * DO NOTHING}, one transaction each) into a copy of {@code participants} (the migration's own table and indexes), on
 * a durable PostgreSQL (fsync, synchronous commit and full-page writes on, as in production). Reports the rate over
 * the whole load and over its last tenth, the write-ahead log written and the primary key's size.
 *
 * <pre>bench/participation/run.sh ids [--entries=1000000] [--batch=200]</pre>
 */
public final class IdOrderBench {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MIGRATION = "/db/migration/participation/V1__events_participants_draws.sql";

    private IdOrderBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ParticipationBench.options(args);
        int entries = Integer.parseInt(options.getOrDefault("entries", "1000000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "200"));
        Path out = Path.of(options.getOrDefault("out", "bench/participation/results-ids.md"));
        Path work = Files.createTempDirectory("kt-bench-ids-");
        StringBuilder report = new StringBuilder();
        try (EmbeddedPostgresEngine postgres = EmbeddedPostgresEngine.start(work.resolve("pgdata"), 0)) {
            postgres.createDatabaseIfMissing("ids");
            try (Connection c =
                    DriverManager.getConnection(postgres.jdbcUrl("ids"), postgres.username(), postgres.password())) {
                report.append(String.format(
                        Locale.ROOT,
                        "# Participant ids: random (v4) vs time-ordered (v7)%n%n"
                                + "%,d entries in batches of %d (one transaction each), one writer, a table shaped"
                                + " like `participants` (same columns and indexes); PostgreSQL durable as in"
                                + " production (fsync, synchronous commit, full-page writes on; checkpoints by"
                                + " `max_wal_size` as configured).%n%n"
                                + "| ids | entries/s, whole load | entries/s, last tenth | WAL written | full-page images in it"
                                + " | primary key |%n|---|---:|---:|---:|---:|---:|%n",
                        entries,
                        batch));
                // a short warm-up of the JIT and the server on each kind, then the measured loads
                load(c, "warm_v4", UUID::randomUUID, 20_000, batch);
                load(c, "warm_v7", ParticipantIds::next, 20_000, batch);
                // both orders, so neither kind profits from running second (a warmer server, a fuller disk cache)
                report.append(
                        load(c, "ids_v4_a", UUID::randomUUID, entries, batch).row("random (UUID v4), 1st"));
                report.append(load(c, "ids_v7_a", ParticipantIds::next, entries, batch)
                        .row("time-ordered (UUID v7), 2nd"));
                report.append(load(c, "ids_v7_b", ParticipantIds::next, entries, batch)
                        .row("time-ordered (UUID v7), 3rd"));
                report.append(
                        load(c, "ids_v4_b", UUID::randomUUID, entries, batch).row("random (UUID v4), 4th"));
            }
        } finally {
            ParticipationBench.deleteQuietly(work);
        }
        System.out.println(report);
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("written to " + out);
    }

    private record Result(double perSecond, double lastTenthPerSecond, long walBytes, long fullPages, long pkBytes) {
        String row(String ids) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %,d MB | %,d | %,d MB |%n",
                    ids,
                    perSecond,
                    lastTenthPerSecond,
                    walBytes >> 20,
                    fullPages,
                    pkBytes >> 20);
        }
    }

    private static Result load(Connection c, String table, Supplier<UUID> ids, int entries, int batch)
            throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            for (String statement : participantsTable(table)) {
                s.execute(statement);
            }
            s.execute("CHECKPOINT");
        }
        String sql = "INSERT INTO " + table + """
                 (participant_id, event_id, store_id, entry_number, channel, name_cipher, name_masked,
                   phone_cipher, phone_index, phone_masked, privacy_consent_version, privacy_consented_at,
                   marketing_consent, created_at)
                SELECT id, ?, ?, n, 'SMS', nc, '홍*동', pc, pi, '010-****-5678', '2026-01', now(), false, now()
                FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[]) AS t(id, n, nc, pc, pi)
                ON CONFLICT DO NOTHING""";
        UUID eventId = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        long walStart = lsn(c);
        long fpiStart = fullPageImages(c);
        long started = System.nanoTime();
        long lastTenthStarted = started;
        int lastTenthFrom = entries - entries / 10;
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int from = 0; from < entries; from += batch) {
                if (from >= lastTenthFrom && lastTenthStarted == started) {
                    lastTenthStarted = System.nanoTime();
                }
                int n = Math.min(batch, entries - from);
                UUID[] id = new UUID[n];
                Long[] number = new Long[n];
                String[] nameCipher = new String[n];
                String[] phoneCipher = new String[n];
                String[] phoneIndex = new String[n];
                for (int i = 0; i < n; i++) {
                    id[i] = ids.get();
                    number[i] = (long) from + i + 1;
                    nameCipher[i] = randomText(60);
                    phoneCipher[i] = randomText(60);
                    phoneIndex[i] = randomText(32);
                }
                insert.setObject(1, eventId);
                insert.setObject(2, storeId);
                insert.setArray(3, c.createArrayOf("uuid", id));
                insert.setArray(4, c.createArrayOf("bigint", number));
                insert.setArray(5, c.createArrayOf("text", nameCipher));
                insert.setArray(6, c.createArrayOf("text", phoneCipher));
                insert.setArray(7, c.createArrayOf("text", phoneIndex));
                insert.executeUpdate();
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
        long ended = System.nanoTime();
        long wal = lsn(c) - walStart;
        long fpi = fullPageImages(c) - fpiStart;
        long pk;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_relation_size('" + table + "_pkey')")) {
            rs.next();
            pk = rs.getLong(1);
        }
        return new Result(
                entries / ((ended - started) / 1e9),
                (entries - lastTenthFrom) / ((ended - lastTenthStarted) / 1e9),
                wal,
                fpi,
                pk);
    }

    /**
     * The {@code participants} table and its indexes as the service's migration creates them, under another name
     * (without the reference to {@code events}, which this database does not have).
     */
    private static List<String> participantsTable(String table) throws IOException {
        String migration;
        try (InputStream in = IdOrderBench.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " not on the class path");
            }
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        Matcher m = Pattern.compile("CREATE (?:TABLE|INDEX \\w+ ON) participants \\(.*?\\);", Pattern.DOTALL)
                .matcher(migration);
        while (m.find()) {
            statements.add(m.group()
                    .replaceFirst("INDEX \\w+ ON", "INDEX ON")
                    .replaceFirst("participants \\(", table + " (")
                    .replace("CONSTRAINT uq_participants_", "CONSTRAINT uq_" + table + "_")
                    .replace(" REFERENCES events (event_id)", ""));
        }
        if (statements.size() < 2) {
            throw new IllegalStateException("no participants table and index in " + MIGRATION);
        }
        return statements;
    }

    private static String randomText(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static long lsn(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Full-page images written to the WAL so far (pg_stat_wal; this session's counts flushed first). */
    private static long fullPageImages(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_force_next_flush()");
        }
        Thread.sleep(1_100);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT wal_fpi FROM pg_stat_wal")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
