package com.kt.eventmarketing.ai.planning;

import com.kt.eventmarketing.ai.planning.domain.BuiltInPlanner;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalyst;
import com.kt.eventmarketing.ai.planning.knowledge.KnowledgeBaseLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base (loaded and checked at start) and the plain-Java planning parts built on it. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBaseLoader.load();
    }

    @Bean
    TrendAnalyst trendAnalyst(KnowledgeBase knowledge) {
        return new TrendAnalyst(knowledge);
    }

    @Bean
    BuiltInPlanner builtInPlanner(KnowledgeBase knowledge) {
        return new BuiltInPlanner(knowledge);
    }

    @Bean
    PlanRules planRules(KnowledgeBase knowledge) {
        return new PlanRules(knowledge);
    }
}
