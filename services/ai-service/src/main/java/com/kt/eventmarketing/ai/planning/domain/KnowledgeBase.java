package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the built-in planner knows: industries × regions × seasons × calendar moments × promotion
 * types × objectives × channels × budgets, and the Korean copy patterns. Loaded from versioned
 * resource files and checked with {@link #problems()} before the service takes any request.
 */
public record KnowledgeBase(
        Map<Industry, IndustryProfile> industries,
        Map<String, RegionProfile> regions,
        Map<Season, SeasonProfile> seasons,
        List<MomentProfile> moments,
        Map<PromotionType, PromotionProfile> promotions,
        Map<Objective, ObjectiveProfile> objectives,
        Map<Channel, ChannelProfile> channels,
        Map<BudgetLevel, BudgetProfile> budgets,
        CopyBook copy) {

    /** A region the knowledge does not list: average reach, no tourism. */
    static final RegionProfile UNKNOWN_REGION = new RegionProfile("", List.of(), 1.0, "", Map.of(), Map.of());

    public IndustryProfile industry(Industry industry) {
        return industries.get(industry);
    }

    public PromotionProfile promotion(PromotionType type) {
        return promotions.get(type);
    }

    public ObjectiveProfile objective(Objective objective) {
        return objectives.get(objective);
    }

    public ChannelProfile channel(Channel channel) {
        return channels.get(channel);
    }

    public BudgetProfile budget(BudgetLevel level) {
        return budgets.get(level);
    }

    public SeasonProfile season(Season season) {
        return seasons.get(season);
    }

    /**
     * The 시·도 short name (서울, 부산 …) from the store's region or, failing that, the first word of
     * its address; empty when neither names a known region.
     */
    public Optional<String> regionName(String region, String address) {
        Optional<String> named = lookup(region);
        if (named.isPresent() || address == null || address.isBlank()) {
            return named;
        }
        return lookup(address.strip().split("\\s+")[0]);
    }

    public RegionProfile region(String name) {
        return name == null ? UNKNOWN_REGION : regions.getOrDefault(name, UNKNOWN_REGION);
    }

    private Optional<String> lookup(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = text.strip();
        if (regions.containsKey(word)) {
            return Optional.of(word);
        }
        return regions.entrySet().stream()
                .filter(entry -> entry.getValue().aliases().contains(word))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public Optional<MomentProfile> moment(String key) {
        return moments.stream().filter(moment -> moment.key().equals(key)).findFirst();
    }

    /** The first and last day of a moment in a year. */
    public KoreanCalendar.Span span(MomentProfile moment, int year) {
        return KoreanCalendar.span(
                moment.rule(),
                year,
                (key, y) ->
                        span(moment(key).orElseThrow(() -> new IllegalArgumentException("unknown moment " + key)), y));
    }

    /**
     * Every occurrence of every moment whose campaign (lead-up and the moment itself) overlaps the
     * days from {@code from} to {@code to}.
     */
    public List<DatedMoment> momentsBetween(LocalDate from, LocalDate to) {
        List<DatedMoment> found = new ArrayList<>();
        for (MomentProfile moment : moments) {
            for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
                KoreanCalendar.Span span = span(moment, year);
                DatedMoment dated = new DatedMoment(moment.key(), span.first(), span.last());
                if (!dated.campaignEnd(moment).isBefore(from)
                        && !dated.campaignStart(moment).isAfter(to)) {
                    found.add(dated);
                }
            }
        }
        return found;
    }

    /** Everything that is missing or out of range; empty when the knowledge base is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Consumer<String> problem = problems::add;
        for (Industry industry : Industry.values()) {
            IndustryProfile profile = industries.get(industry);
            if (profile == null) {
                problem.accept("industry " + industry + " has no profile");
                continue;
            }
            for (Tier tier : Tier.values()) {
                if (profile.items(tier).isEmpty()) {
                    problem.accept("industry " + industry + " has no " + tier + " prize item");
                }
            }
            profile.items().stream()
                    .filter(item -> item.cost() <= 0 || item.cost() > item.value())
                    .forEach(item -> problem.accept("industry " + industry + " item '" + item.name()
                            + "' must cost the store more than 0 and at most its value"));
            for (Objective objective : Objective.values()) {
                if (profile.audiences().get(objective) == null) {
                    problem.accept("industry " + industry + " has no audience for " + objective);
                }
            }
            if (profile.typicalSpend() <= 0 || !rate(profile.visitConversion())) {
                problem.accept("industry " + industry + " needs a typical spend and a conversion in (0, 1]");
            }
            if (profile.repeatFactor() < 0 || profile.repeatFactor() > 1) {
                problem.accept("industry " + industry + " repeat factor must be in [0, 1]");
            }
            if (profile.slowDays().isEmpty() || profile.busyDays().isEmpty()) {
                problem.accept("industry " + industry + " needs busy and slow days");
            }
            profile.affinity().values().forEach(v -> weight("industry " + industry + " affinity", v, problems));
        }
        for (Season season : Season.values()) {
            SeasonProfile profile = seasons.get(season);
            if (profile == null
                    || profile.hooks().isEmpty()
                    || profile.pitches().isEmpty()) {
                problem.accept("season " + season + " needs hooks and pitches");
            }
        }
        for (PromotionType type : PromotionType.values()) {
            PromotionProfile profile = promotions.get(type);
            if (profile == null) {
                problem.accept("promotion type " + type + " has no profile");
                continue;
            }
            if (!rate(profile.participationRate()) || !rate(profile.redemptionRate())) {
                problem.accept("promotion type " + type + " rates must be in (0, 1]");
            }
            if (profile.durationDays() < 3 || profile.durationDays() > 60) {
                problem.accept("promotion type " + type + " must last 3 to 60 days");
            }
            for (BudgetLevel level : BudgetLevel.values()) {
                if (profile.quantity(level) <= 0) {
                    problem.accept("promotion type " + type + " needs a quantity for " + level);
                }
            }
            for (var templates : List.of(copy.names(), copy.benefits(), copy.mechanics(), copy.participation())) {
                if (templates.getOrDefault(type, List.of()).isEmpty()) {
                    problem.accept(
                            "promotion type " + type + " lacks copy (names, benefits, mechanics, participation)");
                    break;
                }
            }
        }
        for (Objective objective : Objective.values()) {
            ObjectiveProfile profile = objectives.get(objective);
            if (profile == null || profile.closings().isEmpty()) {
                problem.accept("objective " + objective + " needs a profile with closings");
            }
        }
        for (Channel channel : Channel.values()) {
            ChannelProfile profile = channels.get(channel);
            if (profile == null || profile.offer(BudgetLevel.HIGH) == null) {
                problem.accept("channel " + channel + " needs an offer at least at HIGH");
            }
        }
        long previous = 0;
        for (BudgetLevel level : BudgetLevel.values()) {
            BudgetProfile budget = budgets.get(level);
            if (budget == null || budget.envelope() <= previous || budget.channels() < 1) {
                problem.accept("budget " + level + " must exist and exceed the level below");
            } else {
                previous = budget.envelope();
            }
        }
        Map<String, Integer> keys = new HashMap<>();
        for (MomentProfile moment : moments) {
            keys.merge(moment.key(), 1, Integer::sum);
            KoreanCalendar.problemOf(moment.rule()).ifPresent(problem);
            if (moment.hooks().isEmpty() || moment.pitches().isEmpty() || moment.audience() == null) {
                problem.accept("moment " + moment.key() + " needs hooks, pitches and an audience");
            }
            moment.industries().values().forEach(v -> weight("moment " + moment.key(), v, problems));
        }
        keys.forEach((key, n) -> {
            if (n > 1) {
                problem.accept("moment " + key + " is defined " + n + " times");
            }
        });
        templates()
                .forEach(template -> CopyBook.unknownPlaceholders(template)
                        .forEach(name ->
                                problem.accept("copy '" + template + "' uses unknown placeholder {" + name + "}")));
        return problems;
    }

    private List<String> templates() {
        List<String> all = new ArrayList<>();
        for (var templates : List.of(copy.names(), copy.benefits(), copy.mechanics(), copy.participation())) {
            templates.values().forEach(all::addAll);
        }
        all.addAll(copy.weekdayHooks());
        all.addAll(copy.weekdayPitches());
        all.addAll(copy.touristPitches());
        moments.forEach(moment -> {
            all.addAll(moment.pitches());
            all.addAll(moment.hooks());
            all.add(moment.audience());
            all.addAll(moment.audiences().values());
            moment.industryPitches().values().forEach(all::addAll);
        });
        seasons.values().forEach(season -> {
            all.addAll(season.pitches());
            all.addAll(season.hooks());
        });
        industries.values().forEach(industry -> all.addAll(industry.audiences().values()));
        objectives.values().forEach(objective -> all.addAll(objective.closings()));
        return all;
    }

    private static boolean rate(double value) {
        return value > 0 && value <= 1;
    }

    private static void weight(String what, double value, List<String> problems) {
        if (value < 0.1 || value > 3) {
            problems.add(what + " weight " + value + " is outside 0.1–3");
        }
    }
}
