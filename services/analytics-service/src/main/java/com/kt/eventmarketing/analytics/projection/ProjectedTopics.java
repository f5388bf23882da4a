package com.kt.eventmarketing.analytics.projection;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * The topics the read models are built from and the handler of each: what a rebuild replays. The
 * live listeners ({@code messaging}) route the same topics to the same handlers.
 */
@Component
public class ProjectedTopics {

    private record Route<T extends IntegrationEvent>(Class<T> type, Consumer<T> handler) {

        boolean receive(Inbox inbox, ConsumerRecord<String, byte[]> record) {
            return inbox.receive(record, type, handler);
        }
    }

    private final Map<String, Route<?>> routes;
    private final Inbox inbox;

    ProjectedTopics(EventProjection projection, Inbox inbox) {
        this.inbox = inbox;
        this.routes = Map.of(
                EventPublished.TOPIC, new Route<>(EventPublished.class, projection::on),
                EventEnded.TOPIC, new Route<>(EventEnded.class, projection::on),
                StoreUpdated.TOPIC, new Route<>(StoreUpdated.class, projection::on),
                EventViewed.TOPIC, new Route<>(EventViewed.class, projection::on),
                ParticipantRegistered.TOPIC, new Route<>(ParticipantRegistered.class, projection::on),
                StoreVisitMarked.TOPIC, new Route<>(StoreVisitMarked.class, projection::on),
                WinnersDrawn.TOPIC, new Route<>(WinnersDrawn.class, projection::on),
                ChannelDistributed.TOPIC, new Route<>(ChannelDistributed.class, projection::on),
                DistributionCompleted.TOPIC, new Route<>(DistributionCompleted.class, projection::on));
    }

    public Set<String> topics() {
        return routes.keySet();
    }

    /**
     * Applies one record through the inbox (a message id seen before is dropped).
     *
     * @return whether it took effect
     */
    public boolean receive(ConsumerRecord<String, byte[]> record) {
        Route<?> route = routes.get(record.topic());
        if (route == null) {
            throw new IllegalArgumentException("Not a projected topic: " + record.topic());
        }
        return route.receive(inbox, record);
    }
}
