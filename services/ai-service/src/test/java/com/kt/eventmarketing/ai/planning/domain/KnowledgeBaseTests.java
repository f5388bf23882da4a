package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTests {

    private final KnowledgeBase knowledge = Engine.KNOWLEDGE;

    @Test
    void loadsWithoutProblemsAndCoversEveryIndustryObjectiveTypeAndChannel() {
        assertThat(knowledge.problems()).isEmpty();
        assertThat(knowledge.industries()).hasSize(Industry.values().length);
        assertThat(knowledge.regions()).hasSize(17);
        assertThat(knowledge.moments())
                .extracting(MomentProfile::key)
                .contains(
                        "SEOLLAL",
                        "VALENTINE",
                        "WHITE_DAY",
                        "CHILDRENS_DAY",
                        "FAMILY_MONTH",
                        "SUMMER_VACATION",
                        "CHUSEOK",
                        "SUNEUNG",
                        "PEPERO_DAY",
                        "CHRISTMAS",
                        "YEAR_END");
    }

    @Test
    void reportsBrokenKnowledgeInsteadOfPlanningWithIt() {
        KnowledgeBase broken = new KnowledgeBase(
                Map.of(),
                knowledge.regions(),
                knowledge.seasons(),
                List.of(new MomentProfile(
                        "X",
                        "엑스",
                        "LUNAR 13-40",
                        7,
                        0,
                        List.of("x"),
                        "{nobody}",
                        Map.of(),
                        List.of("x"),
                        Map.of(),
                        Map.of(),
                        1.0,
                        Map.of(),
                        Map.of())),
                knowledge.promotions(),
                knowledge.objectives(),
                knowledge.channels(),
                knowledge.budgets(),
                knowledge.copy());

        assertThat(broken.problems())
                .anyMatch(problem -> problem.contains("industry CAFE has no profile"))
                .anyMatch(problem -> problem.contains("calendar rule 'LUNAR 13-40' is invalid"))
                .anyMatch(problem -> problem.contains("unknown placeholder {nobody}"));
    }

    @Test
    void findsTheRegionFromTheRegionOrTheAddress() {
        assertThat(knowledge.regionName("부산", null)).contains("부산");
        assertThat(knowledge.regionName(null, "제주특별자치도 제주시 애월읍 1")).contains("제주");
        assertThat(knowledge.regionName("서울특별시", null)).contains("서울");
        assertThat(knowledge.regionName(null, "어딘가 모르는 곳")).isEmpty();
    }

    @Test
    void datesMomentsOfTheSeasonWithTheirLeadUp() {
        List<DatedMoment> winter = knowledge.momentsBetween(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 28));

        assertThat(winter)
                .contains(new DatedMoment("SEOLLAL", LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 7)))
                .contains(new DatedMoment("VALENTINE", LocalDate.of(2027, 2, 14), LocalDate.of(2027, 2, 14)))
                .noneMatch(moment -> moment.key().equals("CHUSEOK"));
    }
}
