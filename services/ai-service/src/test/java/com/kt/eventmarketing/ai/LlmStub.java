package com.kt.eventmarketing.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server that speaks the LLM providers' chat APIs (OpenAI {@code /v1/chat/completions},
 * Anthropic {@code /v1/messages}, Ollama {@code /api/chat}); tests decide what it answers.
 */
public final class LlmStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static WireMockServer server;

    private LlmStub() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            System.setProperty("kt.test.llm-port", String.valueOf(server.port()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String baseUrl() {
        return "http://localhost:" + server().port();
    }

    public static void reset() {
        server().resetAll();
    }

    /** OpenAI answers with {@code content} as the assistant's message, after {@code delayMillis}. */
    public static void openAiAnswers(String content, int delayMillis) {
        server().stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(okJson(openAiCompletion(content)).withFixedDelay(delayMillis)));
    }

    public static void anthropicAnswers(String content) {
        server().stubFor(post(urlEqualTo("/v1/messages"))
                .willReturn(okJson(JSON.writeValueAsString(Map.of(
                        "id", "msg_01",
                        "type", "message",
                        "role", "assistant",
                        "model", "claude-sonnet-4-5",
                        "content", List.of(Map.of("type", "text", "text", content)),
                        "stop_reason", "end_turn",
                        "usage", Map.of("input_tokens", 900, "output_tokens", 1200))))));
    }

    public static void ollamaAnswers(String content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "qwen2.5:7b");
        body.put("created_at", "2026-11-30T09:00:00Z");
        body.put("message", Map.of("role", "assistant", "content", content));
        body.put("done", true);
        body.put("done_reason", "stop");
        body.put("prompt_eval_count", 900);
        body.put("eval_count", 1200);
        server().stubFor(post(urlEqualTo("/api/chat")).willReturn(okJson(JSON.writeValueAsString(body))));
    }

    /** Every chat endpoint fails with this HTTP status. */
    public static void failsWith(int status) {
        server().stubFor(post(anyUrl())
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
    }

    public static List<LoggedRequest> requests(String path) {
        return server().findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** The structured answer an LLM would give: the plans as JSON, names marked as the LLM's. */
    public static String plansJson(PlanSet plans, String marker) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EventPlan plan : plans.plans()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("budgetLevel", plan.budgetLevel().name());
            map.put("eventName", marker + " " + plan.eventName());
            map.put("description", plan.description());
            map.put("promotionType", plan.promotionType().name());
            map.put("targetAudience", plan.targetAudience());
            map.put("prize", plan.prize());
            map.put("prizeCost", plan.prizeCost());
            map.put("participationMethod", plan.participationMethod());
            map.put("startDate", plan.startDate().toString());
            map.put("endDate", plan.endDate().toString());
            map.put(
                    "recommendedChannels",
                    plan.recommendedChannels().stream().map(Enum::name).toList());
            map.put("expectedParticipants", plan.expectedParticipants());
            map.put("expectedCost", plan.expectedCost());
            map.put("expectedRevenue", plan.expectedRevenue());
            map.put("reasoning", plan.reasoning());
            list.add(map);
        }
        return JSON.writeValueAsString(Map.of("plans", list));
    }

    private static String openAiCompletion(String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", "stop");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-test");
        body.put("object", "chat.completion");
        body.put("created", 1_790_000_000L);
        body.put("model", "gpt-4o-mini");
        body.put("choices", List.of(choice));
        body.put("usage", Map.of("prompt_tokens", 900, "completion_tokens", 1200, "total_tokens", 2100));
        return JSON.writeValueAsString(body);
    }

    /** Starts the stub before Spring reads {@code kt.test.llm-port}. */
    public static class Starter implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            server();
        }
    }
}
