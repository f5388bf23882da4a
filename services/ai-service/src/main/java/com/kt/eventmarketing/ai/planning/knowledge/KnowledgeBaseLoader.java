package com.kt.eventmarketing.ai.planning.knowledge;

import com.kt.eventmarketing.ai.planning.domain.BudgetProfile;
import com.kt.eventmarketing.ai.planning.domain.ChannelProfile;
import com.kt.eventmarketing.ai.planning.domain.CopyBook;
import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.IndustryProfile;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.MomentProfile;
import com.kt.eventmarketing.ai.planning.domain.ObjectiveProfile;
import com.kt.eventmarketing.ai.planning.domain.PromotionProfile;
import com.kt.eventmarketing.ai.planning.domain.RegionProfile;
import com.kt.eventmarketing.ai.planning.domain.Season;
import com.kt.eventmarketing.ai.planning.domain.SeasonProfile;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the knowledge base from its versioned YAML files ({@code classpath:knowledge/*.yml}) and
 * refuses to hand out one with problems: a typo in a file stops the service at start, not a plan at
 * run time.
 */
public final class KnowledgeBaseLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private KnowledgeBaseLoader() {}

    /** The knowledge base on the classpath, checked. */
    public static KnowledgeBase load() {
        KnowledgeBase knowledge = new KnowledgeBase(
                read("industries", new TypeReference<Map<Industry, IndustryProfile>>() {}),
                read("regions", new TypeReference<Map<String, RegionProfile>>() {}),
                read("seasons", new TypeReference<Map<Season, SeasonProfile>>() {}),
                read("moments", new TypeReference<List<MomentProfile>>() {}),
                read("promotions", new TypeReference<Map<PromotionType, PromotionProfile>>() {}),
                read("objectives", new TypeReference<Map<Objective, ObjectiveProfile>>() {}),
                read("channels", new TypeReference<Map<Channel, ChannelProfile>>() {}),
                read("budgets", new TypeReference<Map<BudgetLevel, BudgetProfile>>() {}),
                read("copy", new TypeReference<CopyBook>() {}));
        List<String> problems = knowledge.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The planning knowledge base has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return knowledge;
    }

    private static <T> T read(String name, TypeReference<T> type) {
        String path = "knowledge/" + name + ".yml";
        try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing knowledge file " + path);
            }
            return YAML.readValue(in, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("Knowledge file " + path + " is invalid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
