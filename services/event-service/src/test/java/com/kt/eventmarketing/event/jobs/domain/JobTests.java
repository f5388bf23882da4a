package com.kt.eventmarketing.event.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobTests {

    private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(5);

    private final Job pending = Job.pending(
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), JobType.AI_RECOMMENDATION, null, null, NOW);

    @Test
    void startsPendingAtZero() {
        assertThat(pending.status()).isEqualTo(JobStatus.PENDING);
        assertThat(pending.progress()).isZero();
        assertThat(pending.isFinished()).isFalse();
        assertThat(pending.isAnswered()).isFalse();
    }

    @Test
    void movesOnWithANewerReport() {
        Job running = pending.advance(report(JobStatus.PROCESSING, 40, 1, "분석 중"), LATER)
                .orElseThrow();

        assertThat(running.status()).isEqualTo(JobStatus.PROCESSING);
        assertThat(running.progress()).isEqualTo(40);
        assertThat(running.lastStep()).isEqualTo(1);
        assertThat(running.message()).isEqualTo("분석 중");
        assertThat(running.updatedAt()).isEqualTo(LATER);
        assertThat(running.completedAt()).isNull();
    }

    @Test
    void aChangeIsAlwaysNewerThanTheOneBeforeEvenWithAnEarlierClockReading() {
        // a progress report took the job's lock first (read the clock at LATER); the result, which read the clock
        // at NOW before waiting for the lock, is applied after it: the status cache must see it as the newer one
        Job running = pending.advance(report(JobStatus.PROCESSING, 91, 11, "이미지 11/12"), LATER)
                .orElseThrow();

        Job answered = running.answered("images", NOW);
        Job reported =
                running.advance(report(JobStatus.PROCESSING, 95, 12, null), NOW).orElseThrow();

        assertThat(answered.updatedAt()).isAfter(running.updatedAt());
        assertThat(answered.completedAt()).isEqualTo(answered.updatedAt());
        assertThat(reported.updatedAt()).isAfter(running.updatedAt());
    }

    @Test
    void ignoresAReportThatIsNotNewerThanTheLastApplied() {
        Job running = pending.advance(report(JobStatus.PROCESSING, 60, 2, null), LATER)
                .orElseThrow();

        assertThat(running.advance(report(JobStatus.PROCESSING, 20, 1, null), LATER))
                .isEmpty();
        assertThat(running.advance(report(JobStatus.PROCESSING, 60, 2, null), LATER))
                .isEmpty();
    }

    @Test
    void neverLeavesCompletedOrFailed() {
        Job completed =
                pending.advance(report(JobStatus.COMPLETED, 90, 1, null), LATER).orElseThrow();
        Job failed =
                pending.advance(report(JobStatus.FAILED, 30, 1, null), LATER).orElseThrow();

        assertThat(completed.progress()).as("completed is 100 %").isEqualTo(100);
        assertThat(completed.completedAt()).isEqualTo(LATER);
        assertThat(completed.advance(report(JobStatus.PROCESSING, 50, 9, null), LATER))
                .isEmpty();
        assertThat(failed.advance(report(JobStatus.COMPLETED, 100, 9, null), LATER))
                .isEmpty();
        assertThat(failed.errorMessage()).as("a failure always says something").contains("다시 시도");
    }

    @Test
    void keepsProgressWithinZeroToHundred() {
        assertThat(pending.advance(report(JobStatus.PROCESSING, 250, 1, null), LATER)
                        .orElseThrow()
                        .progress())
                .isEqualTo(100);
        assertThat(pending.advance(report(JobStatus.PROCESSING, -5, 1, null), LATER)
                        .orElseThrow()
                        .progress())
                .isZero();
    }

    @Test
    void theResultCompletesTheJobEvenAfterItsCompletionReport() {
        Job reportedDone = pending.advance(report(JobStatus.COMPLETED, 100, 3, null), NOW.plusSeconds(1))
                .orElseThrow();

        Job answered = reportedDone.answered("event:1:ai-recommendations", LATER);

        assertThat(answered.isAnswered()).isTrue();
        assertThat(answered.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(answered.completedAt())
                .as("completed when first reported so")
                .isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void aJobFirstHeardOfThroughItsProgressBeginsAsReported() {
        Job edit = Job.firstReported(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                JobType.IMAGE_GENERATION,
                report(JobStatus.PROCESSING, 10, 1, "편집 중"),
                NOW);

        assertThat(edit.status()).isEqualTo(JobStatus.PROCESSING);
        assertThat(edit.request()).as("nothing to retry it with").isNull();
    }

    @Test
    void cutsAnOverlongMessage() {
        Job running = pending.advance(report(JobStatus.PROCESSING, 10, 1, "가".repeat(600)), LATER)
                .orElseThrow();

        assertThat(running.message()).hasSize(Job.MAX_MESSAGE_LENGTH);
    }

    private static Job.Report report(JobStatus status, int progress, int step, String message) {
        return new Job.Report(status, progress, step, message, null);
    }
}
