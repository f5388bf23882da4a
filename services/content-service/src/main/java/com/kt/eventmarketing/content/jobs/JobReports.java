package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.contracts.content.GeneratedImage;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The messages of a job, each published inside the transaction that records the progress it
 * reports (outbox): the event service shows the owner "이미지 3/12 생성 완료" while the rest renders.
 */
@Component
class JobReports {

    private final ApplicationEventPublisher events;

    JobReports(ApplicationEventPublisher events) {
        this.events = events;
    }

    void accepted(RenderJob job) {
        String message = job.kind() == RenderJob.Kind.EDIT ? "수정한 이미지 생성 준비 중" : "이미지 " + job.total() + "개 생성 준비 중";
        progress(job.jobId(), job.eventId(), JobStatus.PROCESSING, 0, job.step(), message, null);
    }

    void progressed(RenderJob job, int done, int step) {
        // 100 is kept for completion: the images are announced with it
        int percent = Math.min(99, done * 100 / job.total());
        progress(
                job.jobId(),
                job.eventId(),
                JobStatus.PROCESSING,
                percent,
                step,
                "이미지 " + done + "/" + job.total() + " 생성 완료",
                null);
    }

    void completed(RenderJob job, List<GeneratedImage> images, int step) {
        events.publishEvent(ImagesGenerated.of(job.jobId(), job.eventId(), images));
        progress(job.jobId(), job.eventId(), JobStatus.COMPLETED, 100, step, "이미지 " + images.size() + "개 생성 완료", null);
    }

    void failed(UUID jobId, UUID eventId, int step, String error) {
        progress(jobId, eventId, JobStatus.FAILED, 0, step, "이미지 생성 실패", error);
    }

    private void progress(
            UUID jobId, UUID eventId, JobStatus status, int progress, int step, String message, String error) {
        events.publishEvent(
                JobProgressed.of(jobId, eventId, JobType.IMAGE_GENERATION, status, progress, step, message, error));
    }
}
