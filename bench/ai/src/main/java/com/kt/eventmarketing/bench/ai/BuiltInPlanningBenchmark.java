package com.kt.eventmarketing.bench.ai;

import com.kt.eventmarketing.ai.planning.domain.BuiltInPlanner;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PastPerformance;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.SegmentTrends;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalyst;
import com.kt.eventmarketing.ai.planning.knowledge.KnowledgeBaseLoader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Built-in plan generation per request: trend analysis (segment and request) + candidates, pricing,
 * scoring, choice and Korean copy for three plans + the plan rules check — everything the service does
 * for a request except the database and Redis round trips. Target: under 50 ms per request.
 * Baseline of the same run: writing the resulting three plans as JSON (what the outbox does with them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class BuiltInPlanningBenchmark {

    @Param({"0", "1", "2", "3", "4", "5"})
    int situation;

    private KnowledgeBase knowledge;
    private TrendAnalyst analyst;
    private BuiltInPlanner planner;
    private PlanRules rules;
    private PlanRequest request;
    private PlanSet plans;
    private final JsonMapper json = JsonMapper.builder().build();

    @Setup
    public void setUp() {
        knowledge = KnowledgeBaseLoader.load();
        analyst = new TrendAnalyst(knowledge);
        planner = new BuiltInPlanner(knowledge);
        rules = new PlanRules(knowledge);
        Stores.Situation s = Stores.SITUATIONS.get(situation);
        request = PlanRequest.of(s.store(), s.objective(), s.referenceDate(), knowledge);
        plans = plan();
    }

    @Benchmark
    public PlanSet planOneRequest() {
        return plan();
    }

    @Benchmark
    public byte[] baselineWriteThePlansAsJson() {
        return json.writeValueAsBytes(plans.plans());
    }

    private PlanSet plan() {
        SegmentTrends segment = analyst.segment(
                request.industry(), request.region(), request.objective(), request.season(), PastPerformance.NONE);
        TrendAnalysis analysis = analyst.analyze(request, segment);
        PlanSet set = planner.plan(analysis);
        List<String> problems = rules.problems(set.plans(), request, analysis.spend());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return set;
    }
}
