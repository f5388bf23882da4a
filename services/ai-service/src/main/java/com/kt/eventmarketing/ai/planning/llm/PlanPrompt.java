package com.kt.eventmarketing.ai.planning.llm;

import com.kt.eventmarketing.ai.planning.domain.BudgetProfile;
import com.kt.eventmarketing.ai.planning.domain.ChannelProfile;
import com.kt.eventmarketing.ai.planning.domain.Copy;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.PromotionType;

/**
 * The brief an LLM gets: who it writes for, the rules every plan must meet (the same ones
 * {@code PlanRules} checks afterwards), and the trend analysis with the channel and budget
 * assumptions, so that its plans stand on the same facts as the built-in engine's.
 */
final class PlanPrompt {

    private final KnowledgeBase knowledge;

    PlanPrompt(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    String system() {
        StringBuilder text = new StringBuilder();
        text.append("당신은 한국 소상공인(카페, 음식점, 학원, 미용실 등)을 위한 이벤트 마케팅 기획자입니다. ")
                .append("매장 정보와 트렌드 분석을 근거로 예산 수준이 다른 이벤트 기획안 3개를 작성합니다.\n\n")
                .append("규칙:\n")
                .append("1. budgetLevel이 LOW, MEDIUM, HIGH인 기획안을 하나씩, 정확히 3개 작성합니다.\n")
                .append("2. 세 기획안은 서로 다른 promotionType을 씁니다. 가능한 값: ");
        for (PromotionType type : PromotionType.values()) {
            text.append(type.name())
                    .append('(')
                    .append(knowledge.promotion(type).name())
                    .append(") ");
        }
        text.append("\n3. expectedCost = prizeCost(혜택 비용) + 채널 비용 + 제작물 비용이며 예산 상한을 넘지 않습니다: ");
        for (BudgetLevel level : BudgetLevel.values()) {
            BudgetProfile budget = knowledge.budget(level);
            text.append(level.name())
                    .append(' ')
                    .append(Copy.won(budget.envelope()))
                    .append("(제작물 ")
                    .append(Copy.won(budget.materials()))
                    .append(", 채널 ")
                    .append(budget.channels())
                    .append("개 이내) ");
        }
        text.append("\n4. recommendedChannels에는 채널 코드만 씁니다(아래 카탈로그).\n")
                .append("5. startDate와 endDate는 yyyy-MM-dd 형식이며 startDate는 준비 가능한 첫날 이후입니다.\n")
                .append("6. expectedParticipants는 채널 도달 인원에 비추어 현실적으로, expectedRevenue는 ")
                .append("참여자 중 실제 방문·구매하는 손님 × 객단가로 추정합니다(원 단위 정수).\n")
                .append("7. 모든 문장은 자연스러운 한국어로 씁니다. eventName은 60자, targetAudience는 100자 이내입니다.\n")
                .append("8. 참여는 매장 QR 또는 채널 링크로 여는 이벤트 페이지에서 이름·연락처와 개인정보 동의로 이루어집니다.\n")
                .append("9. reasoning에는 시기, 업종, 지역, 채널, 플랫폼 실적, 비용과 수익의 근거를 숫자와 함께 씁니다.\n");
        return text.toString();
    }

    String user(TrendAnalysis analysis) {
        PlanRequest request = analysis.request();
        StringBuilder text = new StringBuilder();
        text.append("매장: ")
                .append(request.storeName())
                .append(" (업종 ")
                .append(analysis.industry().name())
                .append(", 지역 ")
                .append(request.region() == null ? "미상" : request.region())
                .append(request.district() == null ? "" : " " + request.district())
                .append(")\n객단가: ")
                .append(Copy.won(analysis.spend()))
                .append("\n목표: ")
                .append(request.objective().koreanName())
                .append(" (")
                .append(request.objective().name())
                .append(")\n기준일: ")
                .append(request.referenceDate())
                .append(", 준비 가능한 첫날: ")
                .append(analysis.earliestStart())
                .append("\n\n트렌드 분석:\n");
        analysis.insights().forEach(insight -> text.append("- ").append(insight).append('\n'));
        if (!analysis.moments().isEmpty()) {
            text.append("\n다가오는 대목(관련도 순):\n");
            analysis.moments().stream()
                    .limit(4)
                    .forEach(moment -> text.append("- ")
                            .append(moment.profile().name())
                            .append(": ")
                            .append(moment.dated().first())
                            .append(
                                    moment.dated().singleDay()
                                            ? ""
                                            : "~" + moment.dated().last())
                            .append(", 홍보 적기 ")
                            .append(moment.campaignStart())
                            .append("~")
                            .append(moment.campaignEnd())
                            .append(", 관련도 ")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", moment.relevance()))
                            .append('\n'));
        }
        text.append("\n채널 카탈로그(예산 수준별 비용 / 도달 인원):\n");
        for (Channel channel : Channel.values()) {
            ChannelProfile profile = knowledge.channel(channel);
            text.append("- ")
                    .append(channel.name())
                    .append(" (")
                    .append(channel.koreanName())
                    .append("): ");
            for (BudgetLevel level : BudgetLevel.values()) {
                ChannelProfile.ChannelOffer offer = profile.offer(level);
                text.append(level.name())
                        .append(' ')
                        .append(
                                offer == null
                                        ? "사용 불가"
                                        : Copy.won(offer.cost()) + " / " + Copy.count(offer.reach()) + "명")
                        .append("; ");
            }
            if (profile.pastCustomersOnly()) {
                text.append("수신 동의한 기존 고객에게만 발송");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
