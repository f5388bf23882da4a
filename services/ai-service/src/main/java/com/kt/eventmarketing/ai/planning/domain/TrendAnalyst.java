package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trend analysis: which calendar moments are ahead and how much they matter to this industry and
 * objective, how the season and region move demand, how the week runs, and what the platform's own
 * past events show.
 */
public final class TrendAnalyst {

    /** How far ahead a moment is considered. */
    static final int HORIZON_DAYS = 56;
    /** Days an owner needs to prepare before an event starts. */
    static final int PREPARATION_DAYS = 2;
    /** An event shorter than this is not worth it. */
    static final int MIN_EVENT_DAYS = 4;

    private final KnowledgeBase knowledge;

    public TrendAnalyst(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The shared part for a segment: the season's moments (and the weeks after) and their fit. */
    public SegmentTrends segment(
            Industry industry, String region, Objective objective, SeasonKey season, PastPerformance past) {
        List<SegmentTrends.MomentFit> moments = new ArrayList<>();
        for (DatedMoment dated :
                knowledge.momentsBetween(season.start(), season.end().plusDays(HORIZON_DAYS))) {
            MomentProfile profile = knowledge.moment(dated.key()).orElseThrow();
            double fit = profile.fit(industry) * profile.fit(objective);
            moments.add(new SegmentTrends.MomentFit(dated.key(), dated.first(), dated.last(), round(fit)));
        }
        moments.sort(Comparator.comparing(SegmentTrends.MomentFit::first));
        return new SegmentTrends(industry, region, objective, season, List.copyOf(moments), past);
    }

    public TrendAnalysis analyze(PlanRequest request, SegmentTrends segment) {
        IndustryProfile industry = knowledge.industry(request.industry());
        RegionProfile region = knowledge.region(request.region());
        SeasonKey season = request.season();
        LocalDate reference = request.referenceDate();
        LocalDate earliestStart = reference.plusDays(PREPARATION_DAYS);
        List<TrendAnalysis.MomentOutlook> ahead = new ArrayList<>();
        for (SegmentTrends.MomentFit fit : segment.moments()) {
            MomentProfile profile = knowledge.moment(fit.key()).orElse(null);
            if (profile == null) {
                continue; // the knowledge changed since the segment was cached
            }
            DatedMoment dated = fit.dated();
            LocalDate campaignStart = dated.campaignStart(profile);
            LocalDate campaignEnd = dated.campaignEnd(profile);
            long usableDays = ChronoUnit.DAYS.between(earliestStart, campaignEnd) + 1;
            long untilCampaign = ChronoUnit.DAYS.between(reference, campaignStart);
            if (usableDays < MIN_EVENT_DAYS || untilCampaign > HORIZON_DAYS) {
                continue;
            }
            double proximity = untilCampaign <= 7 ? 1.0 : Math.max(0.45, 1 - (untilCampaign - 7) / 80.0);
            long daysUntil = Math.max(0, ChronoUnit.DAYS.between(reference, dated.first()));
            ahead.add(new TrendAnalysis.MomentOutlook(profile, dated, round(fit.fit() * proximity), daysUntil));
        }
        ahead.sort(Comparator.comparingDouble(TrendAnalysis.MomentOutlook::relevance)
                .reversed()
                .thenComparing(outlook -> outlook.dated().first()));
        long spend = request.averageSpend() > 0 ? request.averageSpend() : industry.typicalSpend();
        TrendAnalysis draft = new TrendAnalysis(
                request,
                industry,
                region,
                season,
                knowledge.season(season.season()),
                spend,
                earliestStart,
                List.copyOf(ahead),
                segment.past(),
                List.of());
        return new TrendAnalysis(
                request,
                industry,
                region,
                season,
                draft.seasonProfile(),
                spend,
                earliestStart,
                draft.moments(),
                segment.past(),
                insights(draft));
    }

    private List<String> insights(TrendAnalysis analysis) {
        PlanRequest request = analysis.request();
        List<String> insights = new ArrayList<>();
        double demand = analysis.seasonDemand();
        String level = demand >= 1.15 ? "높은" : demand <= 0.9 ? "낮은" : "보통인";
        insights.add(request.referenceDate().getMonthValue() + "월은 "
                + Copy.josa(analysis.season().season().koreanName(), "으로")
                + " " + analysis.industry().name() + " 수요가 " + level + " 시기입니다(계절 지수 " + format(demand) + "). "
                + analysis.seasonProfile().weather());
        String regionNote = analysis.region().notes().get(analysis.season().season());
        if (request.region() != null) {
            StringBuilder region = new StringBuilder(
                    request.region() + ": " + analysis.region().character());
            if (regionNote != null) {
                region.append(' ').append(regionNote);
            }
            if (analysis.region().touristSeason(analysis.season().season())) {
                region.append(" 관광객 유입으로 SNS·블로그 검색 노출 효과가 커집니다(관광 지수 ")
                        .append(format(analysis.tourism()))
                        .append(").");
            }
            insights.add(region.toString());
        }
        analysis.moments().stream()
                .limit(3)
                .forEach(outlook -> insights.add(outlook.profile().name() + "("
                        + Copy.dateWithDay(outlook.dated().first())
                        + (outlook.daysUntil() > 0 ? ", D-" + outlook.daysUntil() : ", 진행 중") + "): "
                        + outlook.profile().pitches(request.industry()).getFirst() + " (관련도 "
                        + format(outlook.relevance()) + ")"));
        if (analysis.moments().isEmpty()) {
            insights.add("앞으로 " + HORIZON_DAYS / 7 + "주 안에 이 업종에 큰 대목은 없어 계절과 요일 흐름에 맞춘 이벤트가 적합합니다.");
        }
        insights.add(analysis.industry().rhythm() + " "
                + Copy.days(analysis.industry().slowDays()) + "요일("
                + analysis.industry().slowTime() + ")이 한산해 이 시간대 혜택이 손님을 고르게 나눕니다.");
        insights.add(pastInsight(analysis));
        return List.copyOf(insights);
    }

    private String pastInsight(TrendAnalysis analysis) {
        PastPerformance past = analysis.past();
        if (past.isEmpty()) {
            return "플랫폼에 아직 같은 업종의 이벤트 실적이 없어 업계 평균 가정으로 추정했습니다.";
        }
        List<String> parts = new ArrayList<>();
        for (PromotionType type : PromotionType.values()) {
            PastPerformance.Track track = past.track(type);
            if (track.published() == 0) {
                continue;
            }
            String name = knowledge.promotion(type).name();
            if (track.results() > 0) {
                PastPerformance.Results results = track.here().events() > 0 ? track.here() : track.elsewhere();
                parts.add(name + " " + track.results() + "건(참여 평균 " + Copy.count(Math.round(results.meanParticipants()))
                        + "명, 참여자당 " + Copy.won(Math.round(results.costPerParticipant())) + ")");
            } else {
                parts.add(name + " " + track.published() + "건 진행 중/결과 집계 전");
            }
        }
        return "플랫폼 실적(같은 업종): " + String.join(", ", parts) + ".";
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
