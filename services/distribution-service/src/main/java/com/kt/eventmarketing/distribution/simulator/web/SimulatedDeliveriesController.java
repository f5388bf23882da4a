package com.kt.eventmarketing.distribution.simulator.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.fanout.DistributionManagement;
import com.kt.eventmarketing.distribution.simulator.SimulatedDeliveries;
import com.kt.eventmarketing.distribution.simulator.SimulatedDeliveries.Received;
import com.kt.eventmarketing.distribution.simulator.SimulatedMailServer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The owner's view of what the channel simulator received for an event — marked as simulated. */
@RestController
class SimulatedDeliveriesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NOTICE = "채널 시뮬레이터: 실제 채널로는 전송되지 않았습니다 (simulated, nothing left this platform).";

    private final DistributionManagement distributions;
    private final SimulatedDeliveries deliveries;
    private final ObjectProvider<SimulatedMailServer> mail;

    SimulatedDeliveriesController(
            DistributionManagement distributions,
            SimulatedDeliveries deliveries,
            ObjectProvider<SimulatedMailServer> mail) {
        this.distributions = distributions;
        this.deliveries = deliveries;
        this.mail = mail;
    }

    @GetMapping("/api/v1/distributions/events/{eventId}/simulated")
    SimulatedResponse simulated(CurrentOwner owner, @PathVariable UUID eventId) {
        distributions.checkOwner(owner, eventId);
        mail.ifAvailable(SimulatedMailServer::drain);
        List<DeliveryResponse> received =
                deliveries.of(eventId).stream().map(DeliveryResponse::of).toList();
        return new SimulatedResponse(true, NOTICE, eventId, received);
    }

    record SimulatedResponse(boolean simulated, String notice, UUID eventId, List<DeliveryResponse> deliveries) {}

    record DeliveryResponse(
            Channel channel,
            String name,
            String operation,
            Instant receivedAt,
            String externalId,
            String externalUrl,
            JsonNode request,
            boolean simulated) {

        static DeliveryResponse of(Received received) {
            return new DeliveryResponse(
                    received.channel(),
                    received.channel().koreanName(),
                    received.operation(),
                    received.receivedAt(),
                    received.externalId(),
                    received.externalUrl(),
                    JSON.readTree(received.request()),
                    true);
        }
    }
}
