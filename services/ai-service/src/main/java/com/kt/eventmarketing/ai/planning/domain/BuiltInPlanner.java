package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in planner: offline, deterministic for the same request. It builds candidates (promotion
 * type × angle × budget level), prices each with the economics model, scores them from the knowledge
 * base and the platform's past results, picks the best three that differ in type (and angle, where
 * there are enough), and writes each one in Korean from the copy patterns.
 */
public final class BuiltInPlanner {

    /** Candidates per budget level kept for the final choice. */
    private static final int SHORTLIST = 12;

    private final KnowledgeBase knowledge;

    public BuiltInPlanner(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public PlanSet plan(TrendAnalysis analysis) {
        List<Angle> angles = angles(analysis);
        Map<BudgetLevel, List<Candidate>> shortlists = new EnumMap<>(BudgetLevel.class);
        for (BudgetLevel level : BudgetLevel.values()) {
            List<Candidate> candidates = new ArrayList<>();
            for (PromotionType type : PromotionType.values()) {
                List<Channel> channels = channels(analysis, level, type);
                for (Angle angle : angles) {
                    Candidate candidate = candidate(analysis, level, type, angle, channels);
                    if (candidate != null) {
                        candidates.add(candidate);
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
            shortlists.put(level, candidates.subList(0, Math.min(SHORTLIST, candidates.size())));
        }
        List<Candidate> chosen = choose(shortlists);
        List<EventPlan> plans = new ArrayList<>();
        for (Candidate candidate : chosen) {
            plans.add(write(analysis, candidate, chosen));
        }
        return new PlanSet(PlanSource.BUILT_IN, plans, null);
    }

    /** The candidates' ranking for one budget level, best first (for explanations and tests). */
    public List<String> ranking(TrendAnalysis analysis, BudgetLevel level) {
        List<Candidate> candidates = new ArrayList<>();
        for (PromotionType type : PromotionType.values()) {
            List<Channel> channels = channels(analysis, level, type);
            for (Angle angle : angles(analysis)) {
                Candidate candidate = candidate(analysis, level, type, angle, channels);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.stream().map(c -> c.type() + "/" + c.angle().key()).toList();
    }

    // ---------------------------------------------------------------- angles

    private List<Angle> angles(TrendAnalysis analysis) {
        List<Angle> angles = new ArrayList<>();
        analysis.moments().stream()
                .filter(outlook -> outlook.relevance() >= 0.55
                        && outlook.profile().fit(analysis.request().industry()) >= 1.0)
                .limit(3)
                .forEach(outlook -> angles.add(new Angle(Angle.Kind.MOMENT, outlook, outlook.relevance())));
        double season = 0.8
                * Math.sqrt(analysis.seasonDemand())
                * (analysis.region().touristSeason(season(analysis)) ? 1.1 : 1.0);
        angles.add(new Angle(Angle.Kind.SEASON, null, season));
        Objective objective = analysis.request().objective();
        if (analysis.industry().busyDays().size() < 5) {
            // a store busy on most days of the week has no quiet days to fill
            double weekday = objective == Objective.REVISIT || objective == Objective.SALES ? 0.9 : 0.7;
            angles.add(new Angle(Angle.Kind.WEEKDAY, null, weekday));
        }
        return angles;
    }

    private static Season season(TrendAnalysis analysis) {
        return analysis.season().season();
    }

    // ---------------------------------------------------------------- candidates

    /** A priced, scored idea for one budget level. */
    record Candidate(
            BudgetLevel level,
            PromotionType type,
            Angle angle,
            LocalDate start,
            LocalDate end,
            Economics economics,
            double score,
            double fit) {}

    private Candidate candidate(
            TrendAnalysis analysis, BudgetLevel level, PromotionType type, Angle angle, List<Channel> channels) {
        PromotionProfile promotion = knowledge.promotion(type);
        LocalDate[] period = period(analysis, promotion, angle);
        if (period == null) {
            return null;
        }
        Economics economics = economics(analysis, level, type, angle, channels);
        if (economics == null) {
            return null;
        }
        Seed seed = analysis.request().seed();
        Objective objective = analysis.request().objective();
        double fit = analysis.industry().affinity(type) * promotion.fit(objective);
        double score = fit
                * promotion.fit(level)
                * angle.relevance()
                * (angle.kind() == Angle.Kind.MOMENT ? angle.moment().profile().fit(type) : 1.0)
                * (angle.kind() == Angle.Kind.WEEKDAY ? weekdayFit(type) : 1.0)
                * Math.pow(economics.efficiency(), 0.8)
                * Learning.adoption(analysis.past().track(type))
                * outcomeFit(objective, promotion, economics)
                * urgency(analysis, level, period[0])
                * seed.jitter("score:" + level + ":" + type + ":" + angle.key(), 0.05);
        return new Candidate(level, type, angle, period[0], period[1], economics, score, fit);
    }

    /**
     * The small plan is the one an owner can start this week; the middle one within a month; the
     * large one may prepare for a moment further ahead.
     */
    private static double urgency(TrendAnalysis analysis, BudgetLevel level, LocalDate start) {
        long wait = ChronoUnit.DAYS.between(analysis.request().referenceDate(), start);
        return switch (level) {
            case LOW -> wait <= 14 ? 1.0 : 0.7;
            case MEDIUM -> wait <= 35 ? 1.0 : 0.85;
            case HIGH -> 1.0;
        };
    }

    /** Quiet-day benefits work as price cuts, stamps and coupons, hardly as a draw. */
    private static double weekdayFit(PromotionType type) {
        return switch (type) {
            case DISCOUNT, STAMP, COUPON, BUNDLE -> 1.1;
            case DRAW, REFERRAL -> 0.75;
            default -> 0.95;
        };
    }

    private static double outcomeFit(Objective objective, PromotionProfile promotion, Economics economics) {
        return switch (objective) {
            case SALES -> 1 + 0.08 * Math.max(-0.5, Math.min(4, economics.roi()));
            case REVISIT -> Math.pow(promotion.visits(), 0.25);
            case NEW_CUSTOMERS, AWARENESS -> 1.0;
        };
    }

    /** Start and end of the event, or null when the angle leaves too little time. */
    private LocalDate[] period(TrendAnalysis analysis, PromotionProfile promotion, Angle angle) {
        LocalDate earliest = analysis.earliestStart();
        int duration = promotion.durationDays();
        LocalDate start;
        LocalDate end;
        if (angle.kind() == Angle.Kind.MOMENT) {
            TrendAnalysis.MomentOutlook moment = angle.moment();
            LocalDate campaignEnd = moment.campaignEnd();
            if (moment.dated().singleDay()) {
                // build up to the day itself
                end = campaignEnd;
                start = later(earliest, end.minusDays(duration - 1L));
            } else {
                start = later(earliest, moment.campaignStart());
                end = earlier(start.plusDays(duration - 1L), campaignEnd);
            }
        } else {
            // a full week rhythm: start on a Monday, after the days needed to prepare
            start = earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            end = start.plusDays(duration - 1L);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 < TrendAnalyst.MIN_EVENT_DAYS) {
            return null;
        }
        return new LocalDate[] {start, end};
    }

    // ---------------------------------------------------------------- economics

    private Economics economics(
            TrendAnalysis analysis, BudgetLevel level, PromotionType type, Angle angle, List<Channel> channels) {
        PromotionProfile promotion = knowledge.promotion(type);
        BudgetProfile budget = knowledge.budget(level);
        long channelCost = 0;
        double rawReach = 0;
        for (Channel channel : channels) {
            ChannelProfile profile = knowledge.channel(channel);
            ChannelProfile.ChannelOffer offer = profile.offer(level);
            channelCost += offer.cost();
            rawReach += offer.reach() * profile.engagement();
        }
        double overlap = Math.max(0.7, 1 - 0.05 * (channels.size() - 1));
        long reach = Math.round(rawReach * overlap * analysis.region().reachFactor() * Math.sqrt(analysis.tourism()));
        double angleLift = switch (angle.kind()) {
            case MOMENT -> 0.85 + 0.35 * Math.min(1.5, angle.relevance());
            case SEASON -> 1.0;
            case WEEKDAY -> 0.9;
        };
        long materials = budget.materials();
        long available = budget.envelope() - channelCost - materials;
        Seed seed = analysis.request().seed();
        for (Tier tier = promotion.tier(level); tier != null; tier = lower(tier)) {
            List<PrizeItem> items = analysis.industry().items(tier);
            PrizeItem item = seed.pick("item:" + level + ":" + type, items);
            double attractiveness = switch (tier) {
                case SMALL -> 0.9;
                case MEDIUM -> 1.0;
                case GRAND -> 1.15;
            };
            double rate =
                    promotion.participationRate() * Math.sqrt(analysis.seasonDemand()) * angleLift * attractiveness;
            Economics priced = price(
                    analysis, promotion, channels, reach, rate, item, level, available, channelCost, materials, 1.0, 0);
            if (priced == null) {
                continue;
            }
            double prior = priced.participants() == 0 ? 0 : (double) priced.cost() / priced.participants();
            double efficiency = Learning.efficiency(analysis.past().track(type), prior);
            if (efficiency == 1.0) {
                return priced;
            }
            Economics learned = price(
                    analysis,
                    promotion,
                    channels,
                    reach,
                    rate,
                    item,
                    level,
                    available,
                    channelCost,
                    materials,
                    efficiency,
                    prior);
            return learned == null ? priced : learned;
        }
        return null;
    }

    private Economics price(
            TrendAnalysis analysis,
            PromotionProfile promotion,
            List<Channel> channels,
            long reach,
            double rate,
            PrizeItem item,
            BudgetLevel level,
            long available,
            long channelCost,
            long materials,
            double efficiency,
            double prior) {
        long participants = roundTo5(Math.max(10, reach * rate * efficiency));
        long spend = analysis.spend();
        int quantity = promotion.quantity(level);
        double discount = 0;
        long benefitCost;
        switch (promotion.costModel()) {
            case PRIZE_POOL -> {
                quantity = (int) Math.min(quantity, available / item.cost());
                benefitCost = (long) quantity * item.cost();
            }
            case PER_REDEMPTION -> {
                long claims = Math.round(participants * promotion.redemptionRate());
                quantity = (int) Math.min(Math.min(quantity, Math.max(claims, 10)), available / item.cost());
                benefitCost = Math.min(claims, quantity) * item.cost();
            }
            case PRICE_CUT -> {
                discount = promotion.discount(level);
                long basketCut = Math.round(spend * promotion.spendFactor() * discount);
                long buyers = Math.round(participants * promotion.redemptionRate());
                quantity = (int) Math.min(Math.min(quantity, Math.max(buyers, 10)), available / Math.max(1, basketCut));
                benefitCost = Math.min(buyers, quantity) * basketCut;
            }
            default -> throw new IllegalStateException();
        }
        if (quantity < 1 || benefitCost <= 0) {
            return null;
        }
        long cost = benefitCost + channelCost + materials;
        double visits =
                participants * analysis.industry().visitConversion() * promotion.visitFactor() * promotion.visits();
        long revenue = roundTo100(visits * spend * promotion.spendFactor());
        double roi = Math.round((revenue - cost) * 100.0 / cost) / 100.0;
        return new Economics(
                channels,
                reach,
                rate,
                participants,
                item,
                quantity,
                discount,
                benefitCost,
                channelCost,
                materials,
                cost,
                revenue,
                roi,
                efficiency,
                prior);
    }

    private static Tier lower(Tier tier) {
        return switch (tier) {
            case GRAND -> Tier.MEDIUM;
            case MEDIUM -> Tier.SMALL;
            case SMALL -> null;
        };
    }

    /**
     * The channels for a budget level: the best fits for industry and objective, cheapest reach for
     * the money, at most the level's number of channels and 60 % of its envelope.
     */
    List<Channel> channels(TrendAnalysis analysis, BudgetLevel level, PromotionType type) {
        Objective objective = analysis.request().objective();
        ObjectiveProfile goal = knowledge.objective(objective);
        BudgetProfile budget = knowledge.budget(level);
        boolean tourists = analysis.region().touristSeason(season(analysis));
        Seed seed = analysis.request().seed();
        List<Channel> ranked = new ArrayList<>();
        Map<Channel, Double> scores = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            ChannelProfile profile = knowledge.channel(channel);
            if (profile.offer(level) == null) {
                continue;
            }
            boolean social = channel == Channel.INSTAGRAM || channel == Channel.NAVER_BLOG;
            double score = analysis.industry().channelFit(channel)
                    * goal.fit(channel)
                    * (tourists && social ? 1.15 : 1.0)
                    * (type == PromotionType.REVIEW && social ? 1.3 : 1.0)
                    * (type == PromotionType.REFERRAL && channel == Channel.KAKAO_CHANNEL ? 1.2 : 1.0)
                    * seed.jitter("channel:" + level + ":" + channel, 0.04);
            scores.put(channel, score);
            ranked.add(channel);
        }
        ranked.sort(Comparator.comparingDouble((Channel c) -> scores.get(c)).reversed());
        List<Channel> chosen = new ArrayList<>();
        long spent = 0;
        long limit = Math.round(budget.envelope() * 0.6);
        for (Channel channel : ranked) {
            long cost = knowledge.channel(channel).offer(level).cost();
            if (chosen.size() < budget.channels() && spent + cost <= limit && scores.get(channel) >= 0.6) {
                chosen.add(channel);
                spent += cost;
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(ranked.getFirst());
        }
        chosen.sort(Comparator.naturalOrder());
        return List.copyOf(chosen);
    }

    // ---------------------------------------------------------------- choice

    /**
     * The best LOW, MEDIUM and HIGH candidates together: always different promotion types, and
     * preferably different angles (a shared angle costs a tenth of the set's score, one angle for all
     * three a quarter), so that a strong moment can carry two plans but the owner still sees
     * alternatives.
     */
    private static List<Candidate> choose(Map<BudgetLevel, List<Candidate>> shortlists) {
        List<Candidate> lows = shortlists.get(BudgetLevel.LOW);
        List<Candidate> mediums = shortlists.get(BudgetLevel.MEDIUM);
        List<Candidate> highs = shortlists.get(BudgetLevel.HIGH);
        List<Candidate> best = null;
        double bestScore = -1;
        for (Candidate low : lows) {
            for (Candidate medium : mediums) {
                if (medium.type() == low.type()) {
                    continue;
                }
                for (Candidate high : highs) {
                    if (high.type() == low.type() || high.type() == medium.type()) {
                        continue;
                    }
                    String a = low.angle().key();
                    String b = medium.angle().key();
                    String c = high.angle().key();
                    int shared = (a.equals(b) ? 1 : 0) + (a.equals(c) ? 1 : 0) + (b.equals(c) ? 1 : 0);
                    double diversity = shared == 0 ? 1.0 : shared == 1 ? 0.9 : 0.75;
                    double score = (low.score() + medium.score() + high.score()) * diversity;
                    if (score > bestScore) {
                        bestScore = score;
                        best = List.of(low, medium, high);
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no three distinct plans could be formed");
        }
        return best;
    }

    // ---------------------------------------------------------------- writing

    private EventPlan write(TrendAnalysis analysis, Candidate candidate, List<Candidate> all) {
        PlanRequest request = analysis.request();
        Seed seed = request.seed();
        PromotionType type = candidate.type();
        PromotionProfile promotion = knowledge.promotion(type);
        Economics economics = candidate.economics();
        CopyBook book = knowledge.copy();
        String salt = candidate.level() + ":" + type;
        Copy copy = new Copy()
                .with("store", request.storeName())
                .with("item", economics.item().name())
                .with("value", Copy.won(economics.item().value()))
                .with("qty", Copy.count(economics.quantity()))
                .with("pct", Copy.percent(economics.discount()))
                .with("bundle", analysis.industry().bundle())
                .with("stamps", promotion.stamps())
                .with("start", Copy.dateWithDay(candidate.start()))
                .with("end", Copy.dateWithDay(candidate.end()))
                .with("drawDate", Copy.dateWithDay(candidate.end().plusDays(2)))
                .with("area", request.area())
                .with("region", request.region() == null ? request.area() : request.region())
                .with("slowDays", Copy.days(analysis.industry().slowDays()))
                .with("slowTime", analysis.industry().slowTime())
                .with("busyDays", Copy.days(analysis.industry().busyDays()))
                .with("season", season(analysis).koreanName())
                .with("channels", channelNames(economics.channels()));
        Angle angle = candidate.angle();
        String hook;
        String pitch;
        String audience;
        switch (angle.kind()) {
            case MOMENT -> {
                MomentProfile moment = angle.moment().profile();
                copy.with("moment", moment.name());
                hook = seed.pick("hook:" + salt, moment.hooks());
                pitch = seed.pick("pitch:" + salt, moment.pitches(request.industry()));
                audience = moment.audience(request.industry());
            }
            case SEASON -> {
                copy.with("moment", season(analysis).koreanName());
                hook = seed.pick("hook:" + salt, analysis.seasonProfile().hooks());
                pitch = seed.pick("pitch:" + salt, analysis.seasonProfile().pitches());
                String regionNote = analysis.region().notes().get(season(analysis));
                if (regionNote != null && analysis.region().touristSeason(season(analysis))) {
                    pitch = pitch + " " + seed.pick("tourist:" + salt, book.touristPitches()) + " " + regionNote;
                }
                audience = analysis.industry().audiences().get(request.objective());
            }
            case WEEKDAY -> {
                copy.with("moment", Copy.days(analysis.industry().slowDays()) + "요일");
                hook = seed.pick("hook:" + salt, book.weekdayHooks());
                pitch = seed.pick("pitch:" + salt, book.weekdayPitches());
                audience = analysis.industry().audiences().get(request.objective());
            }
            default -> throw new IllegalStateException();
        }
        copy.with("hook", copy.fill(hook));
        String benefit = copy.fill(seed.pick("benefit:" + salt, book.benefits().get(type)));
        copy.with("benefit", benefit);
        String name = limit(copy.fill(seed.pick("name:" + salt, book.names().get(type))), 60);
        String mechanics =
                copy.fill(seed.pick("mechanics:" + salt, book.mechanics().get(type)));
        ObjectiveProfile objective = knowledge.objective(request.objective());
        String closing = copy.fill(seed.pick("closing:" + salt, objective.closings()));
        String description = copy.fill(pitch) + " " + mechanics + " " + closing;
        String target = copy.fill(audience);
        if (analysis.region().touristSeason(season(analysis))
                && (request.objective() == Objective.NEW_CUSTOMERS || request.objective() == Objective.AWARENESS)
                && !target.contains("관광")
                && !target.contains("휴가")) {
            target = Copy.josa(request.area(), "을") + " 찾은 관광객과 " + target;
        }
        return new EventPlan(
                candidate.level(),
                name,
                description,
                type,
                limit(target, 100),
                benefit,
                economics.benefitCost(),
                copy.fill(
                        seed.pick("participation:" + salt, book.participation().get(type))),
                candidate.start(),
                candidate.end(),
                economics.channels(),
                economics.participants(),
                economics.cost(),
                economics.revenue(),
                economics.roi(),
                reasoning(analysis, candidate, all));
    }

    private String reasoning(TrendAnalysis analysis, Candidate candidate, List<Candidate> all) {
        PlanRequest request = analysis.request();
        PromotionType type = candidate.type();
        PromotionProfile promotion = knowledge.promotion(type);
        Economics economics = candidate.economics();
        BudgetProfile budget = knowledge.budget(candidate.level());
        StringBuilder text = new StringBuilder();
        Angle angle = candidate.angle();
        switch (angle.kind()) {
            case MOMENT -> {
                TrendAnalysis.MomentOutlook moment = angle.moment();
                text.append("[시기] ")
                        .append(moment.profile().name())
                        .append('(')
                        .append(Copy.dateWithDay(moment.dated().first()))
                        .append(moment.daysUntil() > 0 ? ", D-" + moment.daysUntil() : ", 진행 중")
                        .append(")에 맞춰 ")
                        .append(Copy.period(candidate.start(), candidate.end()))
                        .append("에 진행합니다. 이 업종·목표와의 관련도 ")
                        .append(TrendAnalyst.format(moment.relevance()))
                        .append(". ");
            }
            case SEASON ->
                text.append("[시기] ")
                        .append(season(analysis).koreanName())
                        .append(" 시즌 수요 지수 ")
                        .append(TrendAnalyst.format(analysis.seasonDemand()))
                        .append(
                                analysis.region().touristSeason(season(analysis))
                                        ? ", 관광 지수 " + TrendAnalyst.format(analysis.tourism())
                                        : "")
                        .append("; 가까운 대목에 기대지 않고 계절 분위기로 ")
                        .append(Copy.period(candidate.start(), candidate.end()))
                        .append(" 진행합니다. ");
            case WEEKDAY ->
                text.append("[시기] ")
                        .append(Copy.josa(analysis.industry().name(), "은"))
                        .append(' ')
                        .append(Copy.days(analysis.industry().busyDays()))
                        .append("요일에 붐비고 ")
                        .append(Copy.days(analysis.industry().slowDays()))
                        .append("요일(")
                        .append(analysis.industry().slowTime())
                        .append(")이 한산합니다. 빈 시간대에 혜택을 집중해 기존 매출을 깎지 않고 손님을 더합니다. ");
        }
        double affinity = analysis.industry().affinity(type);
        text.append("[업종·목표] ")
                .append(analysis.industry().name())
                .append("에서 ")
                .append(promotion.name())
                .append(" 업종 적합도 ")
                .append(TrendAnalyst.format(affinity))
                .append(affinity >= 1.15 ? "(높음)" : affinity < 0.9 ? "(낮은 편)" : "(보통)")
                .append(", '")
                .append(request.objective().koreanName())
                .append("' 목표 적합도 ")
                .append(TrendAnalyst.format(promotion.fit(request.objective())))
                .append(". ");
        if (request.region() != null) {
            text.append("[지역] ")
                    .append(request.region())
                    .append(" 도달 계수 ×")
                    .append(TrendAnalyst.format(analysis.region().reachFactor()))
                    .append(analysis.region().touristSeason(season(analysis)) ? "(관광 시즌 가산)" : "")
                    .append(". ");
        }
        text.append("[채널] ")
                .append(Copy.josa(channelNames(economics.channels()), "으로"))
                .append(" 약 ")
                .append(Copy.count(economics.reach()))
                .append("명에게 알리고, 그중 ")
                .append(String.format(
                        java.util.Locale.ROOT, "%.1f", economics.participationRate() * economics.efficiency() * 100))
                .append("%인 ")
                .append(Copy.count(economics.participants()))
                .append("명의 참여를 예상합니다. ");
        PastPerformance.Track track = analysis.past().track(type);
        text.append("[실적] ");
        if (track.results() > 0) {
            PastPerformance.Results results = track.here().events() > 0 ? track.here() : track.elsewhere();
            text.append("같은 업종 ")
                    .append(promotion.name())
                    .append(' ')
                    .append(track.results())
                    .append("건의 실제 참여자당 비용 ")
                    .append(Copy.won(Math.round(results.costPerParticipant())))
                    .append("(사전 추정 ")
                    .append(Copy.won(Math.round(economics.priorCostPerParticipant())))
                    .append(")을 반영해 참여 예상을 ×")
                    .append(TrendAnalyst.format(economics.efficiency()))
                    .append(" 조정했습니다. ");
        } else if (track.publishedHere() > 0) {
            text.append("같은 지역 ")
                    .append(analysis.industry().name())
                    .append(" 사장님들이 ")
                    .append(track.publishedHere())
                    .append("번 선택한 방식입니다(결과 집계 전). ");
        } else {
            text.append("플랫폼 실적이 쌓이기 전이라 업계 평균 참여율(")
                    .append(Copy.percent(promotion.participationRate()))
                    .append(")로 추정했습니다. ");
        }
        text.append("[수익] 혜택 ")
                .append(Copy.won(economics.benefitCost()))
                .append(" + 홍보 ")
                .append(Copy.won(economics.channelCost()))
                .append(" + 제작물 ")
                .append(Copy.won(economics.materials()))
                .append(" = ")
                .append(Copy.won(economics.cost()))
                .append("; 참여자의 방문 전환과 객단가 ")
                .append(Copy.josa(Copy.won(analysis.spend()), "으로"))
                .append(" 예상 매출 ")
                .append(Copy.won(economics.revenue()))
                .append(", ROI ")
                .append(Math.round(economics.roi() * 100))
                .append("%. ");
        text.append("[세 안 중] ")
                .append(budget.label())
                .append(differences(candidate, all))
                .append('.');
        return text.toString();
    }

    private String differences(Candidate candidate, List<Candidate> all) {
        List<String> others = new ArrayList<>();
        for (Candidate other : all) {
            if (other != candidate) {
                others.add(knowledge.budget(other.level()).label().split(" ")[0] + " 안은 "
                        + knowledge.promotion(other.type()).name());
            }
        }
        return " (" + String.join(", ", others) + ")";
    }

    private static String channelNames(List<Channel> channels) {
        return String.join("·", channels.stream().map(Channel::koreanName).toList());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static long roundTo5(double value) {
        return Math.max(5, Math.round(value / 5) * 5);
    }

    private static long roundTo100(double value) {
        return Math.round(value / 100) * 100;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
