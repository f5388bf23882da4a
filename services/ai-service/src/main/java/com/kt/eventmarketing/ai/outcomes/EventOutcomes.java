package com.kt.eventmarketing.ai.outcomes;

import com.kt.eventmarketing.ai.planning.cache.SegmentTrendsCache;
import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PastPerformance;
import com.kt.eventmarketing.ai.planning.domain.PastResults;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's own results, which the planner learns from: what owners published (the chosen
 * plan's promotion type and expectations), when the events ended, and — once analytics reports
 * them — how many took part and what it cost.
 */
@Service
public class EventOutcomes implements PastResults {

    private static final Logger log = LoggerFactory.getLogger(EventOutcomes.class);

    private final Outcomes outcomes;
    private final KnowledgeBase knowledge;
    private final SegmentTrendsCache cache;
    private final Clock clock;

    EventOutcomes(Outcomes outcomes, KnowledgeBase knowledge, SegmentTrendsCache cache, Clock clock) {
        this.outcomes = outcomes;
        this.knowledge = knowledge;
        this.cache = cache;
        this.clock = clock;
    }

    @Transactional
    public void on(EventPublished published) {
        if (published.store() == null) {
            log.warn("Published event {} carries no store; not learned from", published.eventId());
            return;
        }
        Industry industry = Industry.of(published.store().industry());
        String region = knowledge
                .regionName(published.store().region(), published.store().address())
                .orElse(null);
        outcomes.recordPublished(published, industry, region, clock.instant());
    }

    @Transactional
    public void on(EventEnded ended) {
        outcomes.recordEnded(ended.eventId(), ended.occurredAt() == null ? clock.instant() : ended.occurredAt());
    }

    /**
     * How an event actually did: the participants it drew and what it cost in total. Called with
     * analytics' final figures (kept aside when the publication has not arrived yet); the cached trend analyses of its segment are forgotten so the next
     * plans learn from it at once.
     *
     * @return whether the event is known here
     */
    @Transactional
    public boolean recordResults(UUID eventId, long participants, long totalCost) {
        if (participants < 0 || totalCost < 0) {
            throw new IllegalArgumentException("participants and cost cannot be negative");
        }
        Optional<Outcomes.Segment> segment = outcomes.recordResults(eventId, participants, totalCost, clock.instant());
        segment.ifPresent(s -> cache.evict(s.industry(), s.region()));
        return segment.isPresent();
    }

    /** Analytics' final figures of an ended event (again, with new figures, if late messages changed them). */
    @Transactional
    public void on(EventResultsMeasured results) {
        if (!recordResults(results.eventId(), results.participants(), results.totalCost())) {
            log.info("Results of event {} kept until its publication arrives", results.eventId());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PastPerformance of(Industry industry, String region) {
        return outcomes.performance(industry, region);
    }
}
