package com.kt.eventmarketing.participation.draw;

import com.kt.eventmarketing.participation.draw.domain.EntryList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draws and their winners; never updated or deleted, so every redraw stays on record. */
@Repository
class DrawHistory {

    private final JdbcClient jdbc;

    DrawHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Eligible(long[] entryNumbers, boolean[] visited) {}

    /** Entries that can win: personal data still present, optionally no earlier winner. */
    Eligible eligible(UUID eventId, boolean excludePreviousWinners) {
        EligibleRows rows = new EligibleRows();
        jdbc.sql("""
                        SELECT p.entry_number, p.store_visited FROM participants p
                        WHERE p.event_id = :event AND p.phone_cipher IS NOT NULL
                          AND (NOT :exclude OR NOT EXISTS (SELECT 1 FROM draw_winners w
                                                           WHERE w.participant_id = p.participant_id))
                        ORDER BY p.entry_number""")
                .param("event", eventId)
                .param("exclude", excludePreviousWinners)
                .withFetchSize(10_000)
                .query(rows);
        return rows.eligible();
    }

    /** Collects a million rows into primitive arrays, not a million objects. */
    private static final class EligibleRows implements RowCallbackHandler {

        private long[] numbers = new long[1024];
        private boolean[] visited = new boolean[1024];
        private int size;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
                visited = Arrays.copyOf(visited, size * 2);
            }
            numbers[size] = rs.getLong(1);
            visited[size] = rs.getBoolean(2);
            size++;
        }

        Eligible eligible() {
            return new Eligible(Arrays.copyOf(numbers, size), Arrays.copyOf(visited, size));
        }
    }

    int nextDrawNumber(UUID eventId) {
        return jdbc.sql("SELECT coalesce(max(draw_number), 0) + 1 FROM draws WHERE event_id = :event")
                .param("event", eventId)
                .query(Integer.class)
                .single();
    }

    record Winner(UUID participantId, int rank, long entryNumber) {}

    void record(
            UUID drawId,
            UUID eventId,
            int drawNumber,
            DrawRequest request,
            EntryList entries,
            String drawSeed,
            UUID drawnBy,
            Instant at,
            List<Winner> winners) {
        jdbc.sql("""
                        INSERT INTO draws (draw_id, event_id, draw_number, winner_count, store_visit_weight,
                                           exclude_previous_winners, entry_count, entry_list_hash, entry_list_gzip,
                                           draw_seed, drawn_by, drawn_at)
                        VALUES (:id, :event, :number, :count, :weight, :exclude, :entries, :hash, :list, :seed, :by, :at)""")
                .param("id", drawId)
                .param("event", eventId)
                .param("number", drawNumber)
                .param("count", request.winnerCount())
                .param("weight", request.storeVisitWeight())
                .param("exclude", request.excludePreviousWinners())
                .param("entries", entries.size())
                .param("hash", entries.hash())
                .param("list", gzip(entries.canonicalText()))
                .param("seed", drawSeed)
                .param("by", drawnBy)
                .param("at", Timestamp.from(at))
                .update();
        for (Winner winner : winners) {
            jdbc.sql("INSERT INTO draw_winners (draw_id, participant_id, winner_rank, entry_number)"
                            + " VALUES (:draw, :participant, :rank, :number)")
                    .param("draw", drawId)
                    .param("participant", winner.participantId())
                    .param("rank", winner.rank())
                    .param("number", winner.entryNumber())
                    .update();
        }
    }

    record StoredDraw(
            UUID drawId,
            int drawNumber,
            int winnerCount,
            int storeVisitWeight,
            boolean excludePreviousWinners,
            int entryCount,
            String entryListHash,
            String drawSeed,
            Instant drawnAt,
            List<StoredWinner> winners) {}

    record StoredWinner(
            int rank, long entryNumber, UUID participantId, String nameMasked, String phoneMasked, Instant delivered) {}

    List<StoredDraw> of(UUID eventId) {
        Map<UUID, StoredDraw> draws = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT draw_id, draw_number, winner_count, store_visit_weight, exclude_previous_winners,
                               entry_count, entry_list_hash, draw_seed, drawn_at
                        FROM draws WHERE event_id = :event ORDER BY draw_number""").param("event", eventId).query((ResultSet rs) -> {
            UUID id = rs.getObject("draw_id", UUID.class);
            draws.put(
                    id,
                    new StoredDraw(
                            id,
                            rs.getInt("draw_number"),
                            rs.getInt("winner_count"),
                            rs.getInt("store_visit_weight"),
                            rs.getBoolean("exclude_previous_winners"),
                            rs.getInt("entry_count"),
                            rs.getString("entry_list_hash"),
                            rs.getString("draw_seed"),
                            rs.getTimestamp("drawn_at").toInstant(),
                            new ArrayList<>()));
        });
        if (draws.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        SELECT w.draw_id, w.winner_rank, w.entry_number, w.participant_id, p.name_masked, p.phone_masked,
                               p.prize_delivered_at
                        FROM draw_winners w JOIN participants p ON p.participant_id = w.participant_id
                        WHERE w.draw_id IN (:draws) ORDER BY w.draw_id, w.winner_rank""").param("draws", List.copyOf(draws.keySet())).query((ResultSet rs) -> {
            Timestamp delivered = rs.getTimestamp("prize_delivered_at");
            draws.get(rs.getObject("draw_id", UUID.class))
                    .winners()
                    .add(new StoredWinner(
                            rs.getInt("winner_rank"),
                            rs.getLong("entry_number"),
                            rs.getObject("participant_id", UUID.class),
                            rs.getString("name_masked"),
                            rs.getString("phone_masked"),
                            delivered == null ? null : delivered.toInstant()));
        });
        return List.copyOf(draws.values());
    }

    Optional<EntryList> entryList(UUID eventId, int drawNumber) {
        return jdbc.sql("SELECT entry_list_gzip FROM draws WHERE event_id = :event AND draw_number = :number")
                .param("event", eventId)
                .param("number", drawNumber)
                .query((rs, n) -> gunzip(rs.getBytes(1)))
                .optional()
                .map(text -> EntryList.parse(new String(text, StandardCharsets.US_ASCII)));
    }

    boolean isWinner(UUID eventId, UUID participantId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM draw_winners w JOIN draws d ON d.draw_id = w.draw_id
                                       WHERE d.event_id = :event AND w.participant_id = :participant)""")
                .param("event", eventId)
                .param("participant", participantId)
                .query(Boolean.class)
                .single();
    }

    void audit(UUID eventId, UUID participantId, UUID ownerId, String reason, String clientIp, Instant at) {
        jdbc.sql("""
                        INSERT INTO phone_reveals (reveal_id, event_id, participant_id, revealed_by, reason, client_ip,
                                                   revealed_at)
                        VALUES (:id, :event, :participant, :by, :reason, :ip, :at)""")
                .param("id", UUID.randomUUID())
                .param("event", eventId)
                .param("participant", participantId)
                .param("by", ownerId)
                .param("reason", reason)
                .param("ip", clientIp)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
