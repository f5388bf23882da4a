package com.kt.eventmarketing.event.plans;

import static com.kt.eventmarketing.event.shared.UtcTimes.column;
import static com.kt.eventmarketing.event.shared.UtcTimes.instant;

import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.event.lifecycle.SelectedPlans;
import com.kt.eventmarketing.event.plans.domain.Plan;
import com.kt.eventmarketing.event.shared.ChannelsColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** AI plans in PostgreSQL ({@code ai_recommendations} of the ERD and what a plan carries beside it). */
@Repository
class Plans implements SelectedPlans {

    private static final String COLUMNS = """
            recommendation_id, event_id, job_id, budget_level, event_name, description, promotion_type,
            target_audience, prize, prize_cost, participation_method, start_date, end_date, recommended_channels,
            expected_participants, expected_cost, expected_revenue, expected_roi, reasoning, source, is_selected,
            created_at, updated_at""";
    private static final String BY_LEVEL =
            " ORDER BY CASE budget_level WHEN 'LOW' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END";

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Plan plan) {
        jdbc.sql("INSERT INTO ai_recommendations (" + COLUMNS + ") VALUES (:recommendationId, :eventId, :jobId,"
                        + " :budgetLevel, :eventName, :description, :promotionType, :targetAudience, :prize,"
                        + " :prizeCost, :participationMethod, :startDate, :endDate, :channels, :participants, :cost,"
                        + " :revenue, :roi, :reasoning, :source, :selected, :createdAt, :updatedAt)")
                .paramSource(params(plan))
                .update();
    }

    List<Plan> ofEvent(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ai_recommendations WHERE event_id = :event" + BY_LEVEL)
                .param("event", eventId)
                .query(Plans::plan)
                .list();
    }

    Optional<Plan> find(UUID eventId, UUID recommendationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ai_recommendations WHERE event_id = :event"
                        + " AND recommendation_id = :id")
                .param("event", eventId)
                .param("id", recommendationId)
                .query(Plans::plan)
                .optional();
    }

    Optional<Plan> selected(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ai_recommendations WHERE event_id = :event AND is_selected")
                .param("event", eventId)
                .query(Plans::plan)
                .optional();
    }

    @Override
    public Optional<EventPlan> selectedPlan(UUID eventId) {
        return selected(eventId).map(Plan::toEventPlan);
    }

    void deleteUnselected(UUID eventId) {
        jdbc.sql("DELETE FROM ai_recommendations WHERE event_id = :event AND NOT is_selected")
                .param("event", eventId)
                .update();
    }

    /**
     * Makes the plan the event's one selected plan. Two statements, because a unique index is checked row by row: a
     * single UPDATE swapping the flag between two rows could see both selected for a moment.
     */
    void select(UUID eventId, UUID recommendationId, Instant now) {
        jdbc.sql("UPDATE ai_recommendations SET is_selected = false, updated_at = :now"
                        + " WHERE event_id = :event AND is_selected AND recommendation_id <> :id")
                .param("now", column(now))
                .param("event", eventId)
                .param("id", recommendationId)
                .update();
        jdbc.sql("UPDATE ai_recommendations SET is_selected = true, updated_at = :now"
                        + " WHERE event_id = :event AND recommendation_id = :id AND NOT is_selected")
                .param("now", column(now))
                .param("event", eventId)
                .param("id", recommendationId)
                .update();
    }

    private static MapSqlParameterSource params(Plan plan) {
        return new MapSqlParameterSource()
                .addValue("recommendationId", plan.recommendationId())
                .addValue("eventId", plan.eventId())
                .addValue("jobId", plan.jobId())
                .addValue("budgetLevel", plan.budgetLevel().name())
                .addValue("eventName", plan.eventName())
                .addValue("description", plan.description())
                .addValue("promotionType", plan.promotionType().name())
                .addValue("targetAudience", plan.targetAudience())
                .addValue("prize", plan.prize())
                .addValue("prizeCost", plan.prizeCost())
                .addValue("participationMethod", plan.participationMethod())
                .addValue("startDate", plan.startDate())
                .addValue("endDate", plan.endDate())
                .addValue("channels", ChannelsColumn.write(plan.recommendedChannels()))
                .addValue("participants", plan.expectedParticipants())
                .addValue("cost", plan.expectedCost())
                .addValue("revenue", plan.expectedRevenue())
                .addValue("roi", plan.expectedRoi())
                .addValue("reasoning", plan.reasoning())
                .addValue("source", plan.source())
                .addValue("selected", plan.selected())
                .addValue("createdAt", column(plan.createdAt()))
                .addValue("updatedAt", column(plan.updatedAt()));
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(
                rs.getObject("recommendation_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getObject("job_id", UUID.class),
                BudgetLevel.valueOf(rs.getString("budget_level")),
                rs.getString("event_name"),
                rs.getString("description"),
                PromotionType.valueOf(rs.getString("promotion_type")),
                rs.getString("target_audience"),
                rs.getString("prize"),
                rs.getLong("prize_cost"),
                rs.getString("participation_method"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                ChannelsColumn.read(rs.getString("recommended_channels")),
                rs.getLong("expected_participants"),
                rs.getLong("expected_cost"),
                rs.getLong("expected_revenue"),
                rs.getDouble("expected_roi"),
                rs.getString("reasoning"),
                rs.getString("source"),
                rs.getBoolean("is_selected"),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                instant(rs.getObject("updated_at", LocalDateTime.class)));
    }
}
