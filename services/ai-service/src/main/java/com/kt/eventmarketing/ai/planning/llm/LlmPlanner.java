package com.kt.eventmarketing.ai.planning.llm;

import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import tools.jackson.core.JacksonException;

/**
 * Plans written by the configured LLM through Spring AI: the trend analysis goes into the prompt,
 * the answer is parsed into plans (structured output) and checked by the same {@link PlanRules} as
 * the built-in engine's. Each call has a hard timeout; a failed call is retried once; a circuit
 * breaker stops calling a provider that keeps failing. Whatever goes wrong — timeout, HTTP error,
 * garbage, invalid plans, open breaker — the built-in engine answers and the plans say
 * {@code BUILT_IN_FALLBACK}.
 */
public class LlmPlanner {

    private static final Logger log = LoggerFactory.getLogger(LlmPlanner.class);

    private final ChatModel model;
    private final PlanSource source;
    private final PlanPrompt prompt;
    private final PlanRules rules;
    private final LlmProperties properties;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final ExecutorService calls;

    LlmPlanner(
            ChatModel model,
            PlanSource source,
            KnowledgeBase knowledge,
            PlanRules rules,
            LlmProperties properties,
            CircuitBreaker breaker,
            Retry retry,
            ExecutorService calls) {
        this.model = model;
        this.source = source;
        this.prompt = new PlanPrompt(knowledge);
        this.rules = rules;
        this.properties = properties;
        this.breaker = breaker;
        this.retry = retry;
        this.calls = calls;
    }

    /** Whether an LLM is configured; without one the built-in engine plans alone. */
    public boolean enabled() {
        return model != null;
    }

    /** The provider, e.g. {@code OPENAI}, or {@code BUILT_IN} when none is configured. */
    public PlanSource source() {
        return enabled() ? source : PlanSource.BUILT_IN;
    }

    /** The breaker around the provider, for health and operations. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** The LLM's plans, or the built-in engine's marked as a fallback. */
    public PlanSet plan(TrendAnalysis analysis, Function<TrendAnalysis, PlanSet> builtIn) {
        if (!enabled()) {
            return builtIn.apply(analysis);
        }
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> ask(analysis)))
                    .get();
        } catch (LlmFailure failure) {
            log.warn(
                    "{} plans for store {} fell back to the built-in engine: {}",
                    source,
                    analysis.request().storeId(),
                    failure.summary());
            return builtIn.apply(analysis).withSource(PlanSource.BUILT_IN_FALLBACK, failure.summary());
        } catch (CallNotPermittedException open) {
            log.info(
                    "{} circuit breaker is open: built-in engine plans for store {}",
                    source,
                    analysis.request().storeId());
            return builtIn.apply(analysis).withSource(PlanSource.BUILT_IN_FALLBACK, "LLM 일시 차단(연속 실패로 회로 차단기 열림)");
        }
    }

    /** One call: ask, parse, check. */
    PlanSet ask(TrendAnalysis analysis) {
        LlmAnswer answer = callWithTimeout(analysis);
        List<EventPlan> plans = plans(answer);
        List<String> problems = rules.problems(plans, analysis.request(), analysis.spend());
        if (!problems.isEmpty()) {
            throw new LlmFailure(LlmFailure.Kind.INVALID, String.join("; ", problems), null);
        }
        return new PlanSet(source, plans, null);
    }

    private LlmAnswer callWithTimeout(TrendAnalysis analysis) {
        Future<LlmAnswer> call = calls.submit(() -> call(analysis));
        try {
            LlmAnswer answer = call.get(properties.getTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer == null) {
                throw new LlmFailure(LlmFailure.Kind.UNREADABLE, "empty answer", null);
            }
            return answer;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, "no answer within " + properties.getTimeout(), e);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure(LlmFailure.Kind.ERROR, "interrupted", e);
        }
    }

    private LlmAnswer call(TrendAnalysis analysis) {
        ChatClient.ChatClientRequestSpec request =
                ChatClient.create(model).prompt().system(prompt.system()).user(prompt.user(analysis));
        if (model instanceof OpenAiChatModel) {
            // the OpenAI client ignores its configured timeout in Spring AI 2.0.1: set it per call
            request = request.options(OpenAiChatOptions.builder().timeout(properties.getTimeout()));
        }
        return request.call().entity(LlmAnswer.class);
    }

    private static LlmFailure classify(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof LlmFailure failure) {
                return failure;
            }
            if (cause instanceof JacksonException) {
                return new LlmFailure(LlmFailure.Kind.UNREADABLE, "not the requested JSON", error);
            }
            if (cause instanceof SocketTimeoutException
                    || cause instanceof HttpTimeoutException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return new LlmFailure(LlmFailure.Kind.TIMEOUT, cause.getClass().getSimpleName(), error);
            }
        }
        String message = error.getMessage() == null ? "" : ": " + abbreviate(error.getMessage());
        return new LlmFailure(LlmFailure.Kind.ERROR, error.getClass().getSimpleName() + message, error);
    }

    private static List<EventPlan> plans(LlmAnswer answer) {
        if (answer.plans() == null) {
            throw new LlmFailure(LlmFailure.Kind.INVALID, "no plans in the answer", null);
        }
        List<EventPlan> plans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (LlmAnswer.Plan plan : answer.plans()) {
            n++;
            if (plan == null) {
                problems.add("plan " + n + " is empty");
                continue;
            }
            try {
                long cost = required(plan.expectedCost(), "expectedCost");
                long revenue = required(plan.expectedRevenue(), "expectedRevenue");
                double roi = cost <= 0 ? 0 : Math.round((revenue - cost) * 100.0 / cost) / 100.0;
                plans.add(new EventPlan(
                        value(BudgetLevel.class, plan.budgetLevel(), "budgetLevel"),
                        strip(plan.eventName()),
                        strip(plan.description()),
                        value(PromotionType.class, plan.promotionType(), "promotionType"),
                        strip(plan.targetAudience()),
                        strip(plan.prize()),
                        required(plan.prizeCost(), "prizeCost"),
                        strip(plan.participationMethod()),
                        date(plan.startDate(), "startDate"),
                        date(plan.endDate(), "endDate"),
                        channels(plan.recommendedChannels()),
                        required(plan.expectedParticipants(), "expectedParticipants"),
                        cost,
                        revenue,
                        roi,
                        strip(plan.reasoning())));
            } catch (IllegalArgumentException e) {
                problems.add("plan " + n + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new LlmFailure(LlmFailure.Kind.INVALID, String.join("; ", problems), null);
        }
        return plans;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is unknown");
        }
    }

    private static List<Channel> channels(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("recommendedChannels is missing");
        }
        return names.stream().map(name -> value(Channel.class, name, "channel")).toList();
    }

    private static LocalDate date(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a yyyy-MM-dd date");
        }
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
