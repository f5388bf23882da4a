package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.event.Objective;
import java.util.Map;

/**
 * The mechanics and parameters of one promotion type.
 *
 * @param participationRate share of the people reached who take part
 * @param redemptionRate share of participants who claim the benefit (per-redemption types) or buy at
 *     the reduced price (price cuts); for a stamp card, those who complete it
 * @param visitFactor how committed a participant is: participants × industry conversion × this = paying visits
 * @param spendFactor spend of such a visit relative to the store's average spend (a set sells more)
 * @param visits paying visits per converted participant during the event (a stamp card brings them back)
 * @param tiers which prize tier each budget level gives
 * @param quantity winners (prize pool) or the 선착순 cap of benefits (other models) per budget level
 * @param discount the price cut per budget level, as a fraction (price-cut model)
 */
public record PromotionProfile(
        String name,
        int durationDays,
        double participationRate,
        CostModel costModel,
        double redemptionRate,
        double visitFactor,
        double spendFactor,
        double visits,
        int stamps,
        Map<BudgetLevel, Tier> tiers,
        Map<BudgetLevel, Integer> quantity,
        Map<BudgetLevel, Double> discount,
        Map<Objective, Double> objectives,
        Map<BudgetLevel, Double> budgetFit) {

    public double fit(Objective objective) {
        return objectives.getOrDefault(objective, 1.0);
    }

    public double fit(BudgetLevel level) {
        return budgetFit.getOrDefault(level, 1.0);
    }

    public Tier tier(BudgetLevel level) {
        return tiers.getOrDefault(level, Tier.SMALL);
    }

    public int quantity(BudgetLevel level) {
        return quantity.getOrDefault(level, 100);
    }

    public double discount(BudgetLevel level) {
        return discount.getOrDefault(level, 0.1);
    }
}
