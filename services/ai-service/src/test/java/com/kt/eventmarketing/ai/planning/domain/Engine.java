package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.ai.StoreMother.Situation;
import com.kt.eventmarketing.ai.planning.knowledge.KnowledgeBaseLoader;

/** The built-in engine without Spring, as the tests and the sample document use it. */
public final class Engine {

    public static final KnowledgeBase KNOWLEDGE = KnowledgeBaseLoader.load();

    private final TrendAnalyst analyst = new TrendAnalyst(KNOWLEDGE);
    private final BuiltInPlanner planner = new BuiltInPlanner(KNOWLEDGE);
    private final PlanRules rules = new PlanRules(KNOWLEDGE);

    public TrendAnalysis analyze(Situation situation, PastPerformance past) {
        PlanRequest request =
                PlanRequest.of(situation.store(), situation.objective(), situation.referenceDate(), KNOWLEDGE);
        SegmentTrends segment =
                analyst.segment(request.industry(), request.region(), request.objective(), request.season(), past);
        return analyst.analyze(request, segment);
    }

    public TrendAnalysis analyze(Situation situation) {
        return analyze(situation, PastPerformance.NONE);
    }

    public PlanSet plan(Situation situation) {
        return planner.plan(analyze(situation));
    }

    public PlanSet plan(TrendAnalysis analysis) {
        return planner.plan(analysis);
    }

    public BuiltInPlanner planner() {
        return planner;
    }

    public PlanRules rules() {
        return rules;
    }
}
