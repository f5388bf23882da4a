package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent;
import java.util.List;
import java.util.UUID;

/**
 * One posting to one channel. {@code idempotencyKey} is the same for every attempt and retry of this
 * event × channel, so a provider that deduplicates by it never posts twice; {@code recipients} are
 * the people a direct message goes to (empty for broadcast channels) and {@code sends} remembers
 * who already got it.
 */
public record ChannelRequest(
        UUID eventId,
        UUID storeId,
        Channel channel,
        String idempotencyKey,
        ChannelContent content,
        List<Recipient> recipients,
        RecipientLog sends) {

    public ChannelRequest {
        recipients = List.copyOf(recipients);
    }

    public static ChannelRequest broadcast(
            UUID eventId, UUID storeId, Channel channel, String idempotencyKey, ChannelContent content) {
        return new ChannelRequest(eventId, storeId, channel, idempotencyKey, content, List.of(), RecipientLog.none());
    }
}
