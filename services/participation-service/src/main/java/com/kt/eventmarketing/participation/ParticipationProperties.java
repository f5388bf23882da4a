package com.kt.eventmarketing.participation;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kt.participation.*}.
 *
 * @param zone the owners' calendar: start and end dates are days there
 * @param retention how long after an event ended its participants' personal data is kept
 * @param retentionSweep how often the retention job looks for data to destroy
 * @param viewFlush how often counted page views are sent (one transaction per flush, not per view)
 * @param maxPageSize the largest page of participants an owner can ask for
 * @param maxWinners the most winners one draw may pick
 * @param entries how entries are written (group commit)
 * @param eventCacheTtl how long the open-event check of an entry may use a cached event (the event
 *     service's end of an event reaches entries at most this late)
 */
@ConfigurationProperties("kt.participation")
public record ParticipationProperties(
        @DefaultValue("Asia/Seoul") ZoneId zone,
        @DefaultValue("P30D") Period retention,
        @DefaultValue("1h") Duration retentionSweep,
        @DefaultValue("1s") Duration viewFlush,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("1000") int maxWinners,
        @DefaultValue Entries entries,
        @DefaultValue("1s") Duration eventCacheTtl,
        @DefaultValue Limits limits,
        @DefaultValue Consent consent) {

    /**
     * Abuse limits, counted in Redis per fixed window. Sized so a household behind one address (several
     * people entering, each perhaps twice after a typo) passes, a script does not.
     */
    public record Limits(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("20") int entriesPerIp,
            @DefaultValue("10m") Duration ipWindow,
            @DefaultValue("300") int entriesPerEvent,
            @DefaultValue("1s") Duration eventWindow,
            @DefaultValue("120") int viewsPerIp,
            @DefaultValue("1m") Duration viewWindow) {}

    /**
     * Group commit of entries: concurrent entries wait in a queue and are written together, one
     * transaction (and one multi-row insert) per batch, by a few writer threads.
     *
     * @param writers threads writing batches (each holds one database connection while it writes)
     * @param maxBatch the most entries one transaction writes
     * @param queueCapacity entries that may wait; beyond it an entry is answered 503 at once
     * @param timeout how long an entry waits for its batch before the answer is 503 (the entry may
     *     still be written: the same submission sent again gets its original answer)
     */
    public record Entries(
            @DefaultValue("2") int writers,
            @DefaultValue("256") int maxBatch,
            @DefaultValue("4096") int queueCapacity,
            @DefaultValue("10s") Duration timeout) {}

    /** The consent texts shown on the public page and the versions entries record. */
    public record Consent(
            @DefaultValue("2026-01") String privacyVersion,

            @DefaultValue(
                    "[필수] 개인정보 수집·이용 동의: 수집 항목 이름, 휴대전화번호 / 목적 이벤트 참여 확인, 당첨자 선정 및 경품 안내 / 보유 기간 이벤트 종료 후 30일(당첨자는 경품 지급 완료 시까지) 후 파기. 동의를 거부할 수 있으나 거부 시 이벤트에 참여할 수 없습니다.")
            String privacyText,

            @DefaultValue("2026-01") String marketingVersion,

            @DefaultValue(
                    "[선택] 마케팅 정보 수신 동의: 매장의 이벤트·혜택 안내를 문자(SMS)와 이메일로 받습니다. 동의하지 않아도 이벤트에 참여할 수 있으며, 언제든 무료로 수신을 거부할 수 있습니다.")
            String marketingText) {}
}
