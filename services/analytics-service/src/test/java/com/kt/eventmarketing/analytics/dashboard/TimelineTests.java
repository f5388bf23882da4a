package com.kt.eventmarketing.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.analytics.dashboard.DashboardQueries.Bucket;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Granularity;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.TimelineBucket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTests {

    @Test
    void daysAreSeoulDaysAndGapsAreFilled() {
        List<Bucket> hours = List.of(
                new Bucket(Instant.parse("2026-11-01T14:00:00Z"), 3, 1), // 23:00 on the 1st in Seoul
                new Bucket(Instant.parse("2026-11-01T15:00:00Z"), 5, 2), // 00:00 on the 2nd in Seoul
                new Bucket(Instant.parse("2026-11-03T16:00:00Z"), 1, 1)); // 01:00 on the 4th

        List<TimelineBucket> days = Dashboards.timeline(hours, Granularity.DAY);

        assertThat(days)
                .containsExactly(
                        new TimelineBucket(OffsetDateTime.parse("2026-11-01T00:00+09:00"), 3, 1),
                        new TimelineBucket(OffsetDateTime.parse("2026-11-02T00:00+09:00"), 5, 2),
                        new TimelineBucket(OffsetDateTime.parse("2026-11-03T00:00+09:00"), 0, 0),
                        new TimelineBucket(OffsetDateTime.parse("2026-11-04T00:00+09:00"), 1, 1));
    }

    @Test
    void hoursKeepTheirBucketsAndFillGaps() {
        List<Bucket> hours = List.of(
                new Bucket(Instant.parse("2026-11-01T14:00:00Z"), 3, 1),
                new Bucket(Instant.parse("2026-11-01T16:00:00Z"), 1, 0));

        assertThat(Dashboards.timeline(hours, Granularity.HOUR))
                .extracting(TimelineBucket::views)
                .containsExactly(3L, 0L, 1L);
        assertThat(Dashboards.timeline(List.of(), Granularity.HOUR)).isEmpty();
    }
}
