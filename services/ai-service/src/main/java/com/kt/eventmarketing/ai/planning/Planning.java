package com.kt.eventmarketing.ai.planning;

import com.kt.eventmarketing.ai.planning.cache.SegmentTrendsCache;
import com.kt.eventmarketing.ai.planning.domain.BuiltInPlanner;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PastResults;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import com.kt.eventmarketing.ai.planning.domain.SegmentTrends;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalyst;
import com.kt.eventmarketing.ai.planning.llm.LlmPlanner;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Event planning: trend analysis of a store's segment and date, then three plans — by the configured
 * LLM with the built-in engine as fallback, or by the built-in engine alone. Every set of plans is
 * checked against the plan rules before it leaves.
 */
@Service
public class Planning {

    private final KnowledgeBase knowledge;
    private final TrendAnalyst analyst;
    private final BuiltInPlanner builtIn;
    private final PlanRules rules;
    private final PastResults pastResults;
    private final SegmentTrendsCache cache;
    private final LlmPlanner llm;

    Planning(
            KnowledgeBase knowledge,
            TrendAnalyst analyst,
            BuiltInPlanner builtIn,
            PlanRules rules,
            PastResults pastResults,
            SegmentTrendsCache cache,
            LlmPlanner llm) {
        this.knowledge = knowledge;
        this.analyst = analyst;
        this.builtIn = builtIn;
        this.rules = rules;
        this.pastResults = pastResults;
        this.cache = cache;
        this.llm = llm;
    }

    public PlanRequest request(StoreSnapshot store, Objective objective, LocalDate referenceDate) {
        return PlanRequest.of(store, objective, referenceDate, knowledge);
    }

    /** The trend analysis; its segment part comes from the cache when another store of the segment asked lately. */
    public TrendAnalysis analyze(PlanRequest request) {
        SegmentTrends segment = cache.find(request.industry(), request.region(), request.objective(), request.season())
                .orElseGet(() -> {
                    SegmentTrends fresh = analyst.segment(
                            request.industry(),
                            request.region(),
                            request.objective(),
                            request.season(),
                            pastResults.of(request.industry(), request.region()));
                    cache.put(fresh);
                    return fresh;
                });
        return analyst.analyze(request, segment);
    }

    public PlanSet plan(TrendAnalysis analysis) {
        PlanSet plans = llm.plan(analysis, builtIn::plan);
        List<String> problems = rules.problems(plans.plans(), analysis.request(), analysis.spend());
        if (!problems.isEmpty()) {
            // only the built-in engine can get here (LLM plans were checked already): a knowledge base defect
            throw new IllegalStateException(
                    "Plans for store " + analysis.request().storeId() + " broke the plan rules: " + problems);
        }
        return plans;
    }

    /** What writes plans when nothing fails: the configured LLM or the built-in engine. */
    public PlanSource writer() {
        return llm.source();
    }
}
