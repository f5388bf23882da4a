package com.kt.eventmarketing.distribution.winners;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.distribution.DistributionProperties;
import com.kt.eventmarketing.distribution.channel.ChannelGateway;
import com.kt.eventmarketing.distribution.channel.ChannelRequest;
import com.kt.eventmarketing.distribution.channel.Delivery;
import com.kt.eventmarketing.distribution.channel.Recipient;
import com.kt.eventmarketing.distribution.channel.RecipientLog;
import com.kt.eventmarketing.distribution.channel.domain.ChannelFormats;
import com.kt.eventmarketing.distribution.channel.domain.SmsText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells each winner by SMS. Not advertising: no {@code (광고)} head and no quiet-hours delay. One row
 * per draw × winner, so a redelivered draw notifies nobody twice; the phone number stays encrypted
 * until the moment of sending and is erased once the notice is sent.
 */
@Service
public class WinnerNotifications {

    private static final Logger log = LoggerFactory.getLogger(WinnerNotifications.class);
    static final String PHONE_CONTEXT = "message.phone";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ChannelGateway gateway;
    private final ChannelFormats formats;
    private final ExecutorService calls;
    private final DistributionProperties properties;
    private final Clock clock;

    WinnerNotifications(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            ChannelGateway gateway,
            ChannelFormats formats,
            @Qualifier("channelCalls") ExecutorService calls,
            DistributionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.gateway = gateway;
        this.formats = formats;
        this.calls = calls;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void on(WinnersDrawn draw) {
        Instant now = clock.instant();
        for (WinnersDrawn.Winner winner : draw.winners()) {
            String text = formats.winnerNotice(draw.storeName(), draw.eventName(), draw.prize(), winner.rank())
                    .text();
            jdbc.sql("""
                            INSERT INTO winner_notifications (draw_id, participant_id, event_id, store_id, rank, phone_cipher,
                                                              text, status, scheduled_at, created_at, updated_at)
                            VALUES (:draw, :participant, :event, :store, :rank, :phone, :text, 'PENDING', :now, :now, :now)
                            ON CONFLICT (draw_id, participant_id) DO NOTHING""")
                    .param("draw", draw.drawId())
                    .param("participant", winner.participantId())
                    .param("event", draw.eventId())
                    .param("store", draw.storeId())
                    .param("rank", winner.rank())
                    .param("phone", winner.phoneCipher())
                    .param("text", text)
                    .param("now", Timestamp.from(now))
                    .update();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(WinnerNotifications.this::sendDue);
                }
            });
        }
    }

    /** Every notice due: new ones, and failed attempts whose backoff has passed. */
    @Scheduled(
            initialDelayString = "${kt.distribution.poll-interval:5s}",
            fixedDelayString = "${kt.distribution.poll-interval:5s}")
    void sendDue() {
        try {
            claim().forEach(notice -> submit(() -> send(notice)));
        } catch (RuntimeException e) {
            log.warn("Could not look for due winner notices: {}", e.getMessage());
        }
    }

    /** The notices of an event's draws with their state (no phone numbers). */
    @Transactional(readOnly = true)
    public List<NoticeStatus> of(UUID eventId) {
        return jdbc.sql("SELECT draw_id, participant_id, rank, status, attempts, last_error FROM winner_notifications"
                        + " WHERE event_id = :event ORDER BY draw_id, rank")
                .param("event", eventId)
                .query((rs, n) -> new NoticeStatus(
                        rs.getObject("draw_id", UUID.class),
                        rs.getObject("participant_id", UUID.class),
                        rs.getInt("rank"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error")))
                .list();
    }

    private List<Notice> claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE winner_notifications w SET status = 'IN_PROGRESS', lease_until = :lease, updated_at = :now
                        FROM (SELECT draw_id, participant_id FROM winner_notifications
                              WHERE (status = 'PENDING' AND scheduled_at <= :now)
                                 OR (status = 'IN_PROGRESS' AND lease_until < :now)
                              ORDER BY scheduled_at LIMIT 100 FOR UPDATE SKIP LOCKED) due
                        WHERE w.draw_id = due.draw_id AND w.participant_id = due.participant_id
                        RETURNING w.draw_id, w.participant_id, w.event_id, w.store_id, w.phone_cipher, w.text, w.attempts""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(now.plus(properties.getLease())))
                .query((rs, n) -> new Notice(
                        rs.getObject("draw_id", UUID.class),
                        rs.getObject("participant_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("store_id", UUID.class),
                        rs.getString("phone_cipher"),
                        rs.getString("text"),
                        rs.getInt("attempts")))
                .list();
    }

    private void send(Notice notice) {
        try {
            Delivery delivery = deliver(notice);
            Instant now = clock.instant();
            switch (delivery) {
                case Delivery.Delivered delivered ->
                    jdbc.sql("""
                                UPDATE winner_notifications SET status = 'SUCCESS', attempts = attempts + :attempts,
                                    external_id = :external, phone_cipher = NULL, last_error = NULL, lease_until = NULL,
                                    updated_at = :now
                                WHERE draw_id = :draw AND participant_id = :participant""")
                            .param("attempts", delivered.attempts())
                            .param("external", delivered.posted().externalId())
                            .param("now", Timestamp.from(now))
                            .param("draw", notice.drawId())
                            .param("participant", notice.participantId())
                            .update();
                case Delivery.NotDelivered failed -> {
                    int round = notice.attempts() + Math.max(1, failed.attempts());
                    boolean giveUp = notice.phoneCipher() == null
                            || round
                                    >= properties.getWinnerNoticeAttempts()
                                            * Math.max(
                                                    1,
                                                    properties.getResilience().getMaxAttempts());
                    jdbc.sql("""
                                    UPDATE winner_notifications SET status = :status, attempts = :round, last_error = :error,
                                        scheduled_at = :next, lease_until = NULL, updated_at = :now
                                    WHERE draw_id = :draw AND participant_id = :participant""")
                            .param("status", giveUp ? "FAILED" : "PENDING")
                            .param("round", round)
                            .param("error", failed.reason())
                            .param("next", Timestamp.from(now.plus(backoff(round))))
                            .param("now", Timestamp.from(now))
                            .param("draw", notice.drawId())
                            .param("participant", notice.participantId())
                            .update();
                }
            }
        } catch (RuntimeException e) {
            log.error("Winner notice of draw {} broke off; it will be taken up again", notice.drawId(), e);
        }
    }

    private Delivery deliver(Notice notice) {
        if (notice.phoneCipher() == null) {
            return new Delivery.NotDelivered("no phone number for this winner", 0);
        }
        String phone = cipher.decrypt(notice.phoneCipher(), PHONE_CONTEXT);
        String ref = notice.drawId() + ":" + notice.participantId();
        SmsText.Kind kind = SmsText.kindOf(notice.text());
        var content = new com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage(
                kind, kind == SmsText.Kind.LMS ? "당첨 안내" : null, notice.text(), false);
        return gateway.deliver(new ChannelRequest(
                notice.eventId(),
                notice.storeId(),
                Channel.SMS,
                notice.eventId() + ":WINNER:" + ref,
                content,
                List.of(new Recipient(ref, phone, null)),
                RecipientLog.none()));
    }

    private static Duration backoff(int round) {
        return Duration.ofSeconds(Math.min(600, 5L << Math.min(round, 7)));
    }

    private void submit(Runnable task) {
        try {
            calls.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: winner notices are left to the next start's poll");
        }
    }

    private record Notice(
            UUID drawId,
            UUID participantId,
            UUID eventId,
            UUID storeId,
            String phoneCipher,
            String text,
            int attempts) {}

    /** A winner notice as the owner may see it. */
    public record NoticeStatus(
            UUID drawId, UUID participantId, int rank, String status, int attempts, String lastError) {}
}
