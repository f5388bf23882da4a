package com.kt.eventmarketing.analytics.dashboard;

import com.kt.eventmarketing.analytics.AnalyticsProperties;
import com.kt.eventmarketing.analytics.dashboard.DashboardQueries.Bucket;
import com.kt.eventmarketing.analytics.dashboard.DashboardQueries.EventRecord;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.ChannelLine;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.EventStatus;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Granularity;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Predicted;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Summary;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.TimelineBucket;
import com.kt.eventmarketing.analytics.dashboard.domain.ChannelCounters;
import com.kt.eventmarketing.analytics.dashboard.domain.Counters;
import com.kt.eventmarketing.analytics.dashboard.domain.Money;
import com.kt.eventmarketing.analytics.dashboard.domain.Plan;
import com.kt.eventmarketing.analytics.dashboard.domain.Returns;
import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The owner's dashboards: per event, and across the owner's events. Another store's event is not found.
 * Reads are a few primary-key lookups of pre-aggregated rows, each on its own (no transaction: the
 * figures move all the time, and a read-only transaction would cost three more round trips).
 */
@Service
public class Dashboards {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final DashboardQueries queries;
    private final AnalyticsProperties properties;
    private final Clock clock;

    Dashboards(DashboardQueries queries, AnalyticsProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** The dashboard of one of the owner's events; 404 for an unknown event or another store's. */
    public EventDashboard dashboard(UUID eventId, CurrentOwner owner, Granularity granularity) {
        EventRecord event = owned(eventId, owner);
        return assemble(event, queries.channels(eventId), granularity);
    }

    /** The dashboard as it is now, whoever asks: for the live stream and the results publication. */
    public Optional<EventDashboard> current(UUID eventId) {
        return queries.event(eventId).map(event -> assemble(event, queries.channels(eventId), Granularity.DAY));
    }

    /** Totals across the owner's events and a row per event. */
    public OwnerSummary summary(CurrentOwner owner) {
        List<EventRecord> events = queries.eventsOfStore(owner.storeId()).stream()
                .filter(event -> event.userId() == null || event.userId().equals(owner.userId()))
                .toList();
        Map<UUID, List<ChannelCounters>> channels = queries.channelsOfStore(owner.storeId());
        List<OwnerSummary.EventRow> rows = new ArrayList<>();
        long views = 0, participants = 0, visits = 0, winners = 0, cost = 0, revenue = 0;
        int active = 0;
        for (EventRecord event : events) {
            Returns returns = returns(event, channels.getOrDefault(event.eventId(), List.of()));
            Counters counters = event.counters();
            EventStatus status = status(event);
            Plan plan = event.plan();
            rows.add(new OwnerSummary.EventRow(
                    event.eventId(),
                    event.eventName(),
                    status,
                    event.startDate(),
                    event.endDate(),
                    counters.views(),
                    counters.participants(),
                    Money.ratio(counters.participants(), counters.views()),
                    counters.storeVisits(),
                    counters.winners(),
                    returns.totalCost(),
                    returns.costBasis().name(),
                    returns.expectedRevenue(),
                    returns.roi(),
                    plan == null ? null : plan.expectedParticipants(),
                    plan == null ? null : plan.expectedRoi()));
            views += counters.views();
            participants += counters.participants();
            visits += counters.storeVisits();
            winners += counters.winners();
            cost += returns.totalCost();
            revenue += returns.expectedRevenue();
            if (status == EventStatus.PUBLISHED) {
                active++;
            }
        }
        return new OwnerSummary(
                owner.storeId(),
                new OwnerSummary.Totals(
                        rows.size(),
                        active,
                        views,
                        participants,
                        Money.ratio(participants, views),
                        visits,
                        winners,
                        cost,
                        revenue,
                        Returns.roi(revenue, cost),
                        participants == 0 ? null : Money.divide(cost, participants)),
                rows);
    }

    private EventRecord owned(UUID eventId, CurrentOwner owner) {
        return queries.event(eventId)
                .filter(event -> event.storeId().equals(owner.storeId()))
                .filter(event -> event.userId() == null || event.userId().equals(owner.userId()))
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    private Returns returns(EventRecord event, List<ChannelCounters> channels) {
        return Returns.of(
                event.counters(), event.plan(), channels, event.averageSpend(), properties.defaultVisitConversion());
    }

    private EventDashboard assemble(EventRecord event, List<ChannelCounters> channels, Granularity granularity) {
        Counters counters = event.counters();
        Returns returns = returns(event, channels);
        Plan plan = event.plan();
        Summary summary = new Summary(
                counters.views(),
                counters.participants(),
                Money.ratio(counters.participants(), counters.views()),
                counters.storeVisits(),
                counters.winners(),
                counters.marketingConsents(),
                returns.channelCost(),
                returns.costBasis().name(),
                returns.prizeCost(),
                returns.totalCost(),
                returns.costPerParticipant(counters.participants()),
                returns.averageSpend(),
                returns.visitConversion(),
                returns.visitConversionBasis().name(),
                returns.expectedRevenue(),
                returns.roi(),
                plan == null
                        ? null
                        : new Predicted(
                                plan.promotionType(),
                                plan.expectedParticipants(),
                                plan.expectedCost(),
                                plan.prizeCost(),
                                plan.expectedRevenue(),
                                plan.expectedRoi()));
        return new EventDashboard(
                event.eventId(),
                event.storeId(),
                event.eventName(),
                status(event),
                event.startDate(),
                event.endDate(),
                summary,
                channelLines(event, channels),
                granularity,
                timeline(queries.hours(event.eventId()), granularity),
                clock.instant());
    }

    private static EventStatus status(EventRecord event) {
        if (event.endedAt() != null) {
            return EventStatus.ENDED;
        }
        return event.publishedAt() == null ? EventStatus.NOT_PUBLISHED : EventStatus.PUBLISHED;
    }

    /** The chosen channels and every channel entries came through, in catalogue order, STORE and DIRECT last. */
    private static List<ChannelLine> channelLines(EventRecord event, List<ChannelCounters> channels) {
        Map<EntryChannel, ChannelCounters> byChannel = new EnumMap<>(EntryChannel.class);
        channels.forEach(channel -> byChannel.put(EntryChannel.valueOf(channel.channel()), channel));
        List<EntryChannel> chosen =
                event.chosenChannels().stream().map(EntryChannel::valueOf).toList();
        chosen.forEach(channel ->
                byChannel.putIfAbsent(channel, new ChannelCounters(channel.name(), 0, 0, 0, null, null, null)));
        return byChannel.entrySet().stream()
                .map(entry -> {
                    ChannelCounters counters = entry.getValue();
                    String status = counters.status() != null
                            ? counters.status().name()
                            : chosen.contains(entry.getKey()) ? "NOT_REPORTED" : null;
                    return new ChannelLine(
                            entry.getKey().name(),
                            name(entry.getKey()),
                            status,
                            counters.reach(),
                            counters.cost(),
                            counters.views(),
                            counters.participants(),
                            Money.ratio(counters.participants(), counters.views()),
                            counters.storeVisits(),
                            counters.costPerParticipant());
                })
                .toList();
    }

    /** The Korean name of a channel as the owner knows it. */
    public static String name(EntryChannel channel) {
        return switch (channel) {
            case STORE -> "매장 포스터 QR";
            case DIRECT -> "직접 접속";
            default -> channel.distributionChannel().map(Channel::koreanName).orElse(channel.name());
        };
    }

    /** Hour buckets as stored, or summed per Seoul day; gaps between the first and last bucket filled with zeros. */
    static List<TimelineBucket> timeline(List<Bucket> hours, Granularity granularity) {
        if (hours.isEmpty()) {
            return List.of();
        }
        ChronoUnit unit = granularity == Granularity.DAY ? ChronoUnit.DAYS : ChronoUnit.HOURS;
        Function<Instant, ZonedDateTime> bucketOf = at -> at.atZone(SEOUL).truncatedTo(unit);
        TreeMap<ZonedDateTime, long[]> sums = new TreeMap<>();
        for (Bucket hour : hours) {
            long[] sum = sums.computeIfAbsent(bucketOf.apply(hour.start()), start -> new long[2]);
            sum[0] += hour.views();
            sum[1] += hour.participants();
        }
        List<TimelineBucket> buckets = new ArrayList<>();
        for (ZonedDateTime at = sums.firstKey(); !at.isAfter(sums.lastKey()); at = at.plus(1, unit)) {
            long[] sum = sums.getOrDefault(at, new long[2]);
            buckets.add(new TimelineBucket(at.toOffsetDateTime(), sum[0], sum[1]));
        }
        return buckets;
    }
}
