package com.kt.eventmarketing.distribution.winners.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.distribution.fanout.DistributionManagement;
import com.kt.eventmarketing.distribution.winners.WinnerNotifications;
import com.kt.eventmarketing.distribution.winners.WinnerNotifications.NoticeStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether each winner of an event's draws was told, for the owner (no contact data). */
@RestController
class WinnerNoticesController {

    private final DistributionManagement distributions;
    private final WinnerNotifications notices;

    WinnerNoticesController(DistributionManagement distributions, WinnerNotifications notices) {
        this.distributions = distributions;
        this.notices = notices;
    }

    @GetMapping("/api/v1/distributions/events/{eventId}/winner-notices")
    List<NoticeStatus> winnerNotices(CurrentOwner owner, @PathVariable UUID eventId) {
        distributions.checkOwner(owner, eventId);
        return notices.of(eventId);
    }
}
