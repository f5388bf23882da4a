package com.kt.eventmarketing.event.plans;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.JobRestarter;
import com.kt.eventmarketing.event.jobs.JobTracking;
import com.kt.eventmarketing.event.jobs.domain.Job;
import com.kt.eventmarketing.event.lifecycle.EventLifecycle;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.plans.domain.Plan;
import com.kt.eventmarketing.event.plans.domain.PlanOffer;
import com.kt.eventmarketing.event.stores.StoreDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AI plans of a draft: asked for as a job ({@link AiRecommendationRequested}), stored once when the AI service
 * answers ({@link AiRecommendationCompleted}), and chosen by the owner, which fills the event.
 *
 * <p>An answer is stored once per job: a duplicate, a second answer to an answered job, or a late answer to a job
 * that has already failed (the owner was told so and may have asked again) changes nothing. An answer replaces the
 * plans on offer except the one the owner chose, which stays until another is chosen (one plan per budget level).
 */
@Service
public class PlanRecommendations implements JobRestarter {

    private static final Logger log = LoggerFactory.getLogger(PlanRecommendations.class);

    private final Plans plans;
    private final EventLifecycle lifecycle;
    private final JobTracking jobs;
    private final StoreDirectory stores;
    private final ApplicationEventPublisher messages;

    PlanRecommendations(
            Plans plans,
            EventLifecycle lifecycle,
            JobTracking jobs,
            StoreDirectory stores,
            ApplicationEventPublisher messages) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.stores = stores;
        this.messages = messages;
    }

    /**
     * Asks the AI service for plans for the owner's draft, as a job. While one is under way for the event, asking
     * again joins it instead of starting a second.
     */
    @Transactional
    public Job request(CurrentOwner owner, UUID eventId) {
        Event event = lifecycle.lockDraft(owner, eventId);
        Optional<Job> running = jobs.active(eventId, JobType.AI_RECOMMENDATION);
        if (running.isPresent()) {
            return running.get();
        }
        return ask(owner, event, null);
    }

    @Override
    public JobType type() {
        return JobType.AI_RECOMMENDATION;
    }

    @Override
    @Transactional
    public Job restart(CurrentOwner owner, Job failed) {
        Event event = lifecycle.lockDraft(owner, failed.eventId());
        Optional<Job> running = jobs.active(event.eventId(), JobType.AI_RECOMMENDATION);
        if (running.isPresent()) {
            throw inProgress(running.get());
        }
        return ask(owner, event, failed.jobId());
    }

    /** The plans on offer for the owner's event, LOW, MEDIUM, HIGH. */
    @Transactional(readOnly = true)
    public List<Plan> list(CurrentOwner owner, UUID eventId) {
        lifecycle.get(owner, eventId);
        return plans.ofEvent(eventId);
    }

    /**
     * The owner chooses a plan: it becomes the event's one selected plan and fills the draft's name, description,
     * period and channels. Choices of one event are serialized by the event's row lock, so concurrent choices leave
     * exactly one selected (the last).
     */
    @Transactional
    public Event select(CurrentOwner owner, UUID eventId, UUID recommendationId) {
        Event event = lifecycle.lockDraft(owner, eventId);
        Plan plan = plans.find(eventId, recommendationId)
                .orElseThrow(() -> ProblemException.notFound("Recommendation", recommendationId));
        plans.select(eventId, recommendationId, lifecycle.now());
        return lifecycle.save(event.applyPlan(plan.choice(), lifecycle.now()));
    }

    /** The AI service's answer: the plans are stored once, for a draft, while the job waits for them. */
    @Transactional
    public void on(AiRecommendationCompleted answer) {
        Optional<Job> asked = jobs.lock(answer.jobId());
        if (asked.isEmpty()
                || !asked.get().eventId().equals(answer.eventId())
                || asked.get().type() != JobType.AI_RECOMMENDATION) {
            log.warn("Ignoring plans for job {} of event {}: no such job asked here", answer.jobId(), answer.eventId());
            return;
        }
        Job job = asked.get();
        if (job.isAnswered()) {
            log.info("Ignoring a second answer to job {}: its plans are stored", job.jobId());
            return;
        }
        if (job.status() == JobStatus.FAILED) {
            log.info("Ignoring a late answer to job {}: it failed before ({})", job.jobId(), job.errorMessage());
            return;
        }
        Optional<Event> event = lifecycle.lock(answer.eventId());
        if (event.isPresent() && event.get().isDraft()) {
            Optional<Plan> chosen = plans.selected(answer.eventId());
            plans.deleteUnselected(answer.eventId());
            PlanOffer.of(
                            answer.plans(),
                            chosen,
                            answer.eventId(),
                            answer.jobId(),
                            answer.source(),
                            UUID::randomUUID,
                            lifecycle.now())
                    .forEach(plans::insert);
        } else {
            log.info(
                    "Plans of job {} not kept: event {} is {}",
                    job.jobId(),
                    answer.eventId(),
                    event.map(e -> e.status().name()).orElse("deleted"));
        }
        jobs.answered(job, "event:" + answer.eventId() + ":ai-recommendations");
    }

    private Job ask(CurrentOwner owner, Event event, UUID retryOf) {
        StoreSnapshot store = stores.snapshotOf(event.storeId());
        Job job = jobs.start(event.eventId(), event.storeId(), JobType.AI_RECOMMENDATION, null, retryOf);
        messages.publishEvent(AiRecommendationRequested.of(
                job.jobId(), event.eventId(), owner.userId(), store, event.objective(), lifecycle.today()));
        return job;
    }

    static ProblemException inProgress(Job running) {
        return ProblemException.conflict(
                "job-in-progress",
                "Job " + running.jobId() + " for this event is still " + running.status() + ": follow it instead.",
                Map.of("jobId", running.jobId().toString()));
    }
}
