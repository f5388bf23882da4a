package com.kt.eventmarketing.participation.retention;

import com.kt.eventmarketing.participation.ParticipationProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys participants' personal data {@code kt.participation.retention} after their event ended
 * (the EventEnded time, or the day after the end date if no ending arrived): names, phone ciphertexts,
 * blind indexes, masked forms and e-mails become NULL. Winners keep theirs until the owner marks the
 * prize delivered; then the same schedule applies. Entry numbers, channels, store visits and times
 * stay, so counts and draw histories remain true. Marketing consents are not touched: they end by
 * opt-out. Works in batches, each its own transaction, and is safe to run on every replica at once.
 */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Period retention;

    PersonalDataRetention(
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ParticipationProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Scheduled(
            initialDelayString = "${kt.participation.retention-sweep:1h}",
            fixedDelayString = "${kt.participation.retention-sweep:1h}")
    void sweep() {
        try {
            destroyExpired(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Retention sweep failed, will try again: {}", e.toString());
        }
    }

    /** Destroys what is due at {@code now}; returns how many participants' data was destroyed. */
    public int destroyExpired(Instant now) {
        Timestamp cutoff =
                Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(retention).toInstant());
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> jdbc.sql("""
                            UPDATE participants SET name_cipher = NULL, name_masked = NULL, phone_cipher = NULL,
                                   phone_index = NULL, phone_masked = NULL, email_cipher = NULL, submission_key = NULL,
                                   personal_data_destroyed_at = :now
                            WHERE participant_id IN (
                                SELECT p.participant_id FROM participants p JOIN events e ON e.event_id = p.event_id
                                WHERE p.personal_data_destroyed_at IS NULL
                                  AND coalesce(e.ended_at, (e.end_date + 1)::timestamp) < :cutoff
                                  AND (p.prize_delivered_at IS NOT NULL
                                       OR NOT EXISTS (SELECT 1 FROM draw_winners w
                                                      WHERE w.participant_id = p.participant_id))
                                LIMIT :batch
                                FOR UPDATE OF p SKIP LOCKED)""")
                    .param("now", Timestamp.from(now))
                    .param("cutoff", cutoff)
                    .param("batch", BATCH)
                    .update());
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            log.info("Destroyed the personal data of {} participants of events ended before {}", total, cutoff);
        }
        return total;
    }
}
