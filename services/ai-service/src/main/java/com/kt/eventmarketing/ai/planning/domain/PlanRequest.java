package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What plans are asked for: the store as it was when the owner asked, the objective and the day the
 * plans are for. {@code region} is the 시·도 short name or {@code null} when unknown.
 */
public record PlanRequest(
        UUID storeId,
        String storeName,
        Industry industry,
        String region,
        String district,
        long averageSpend,
        Objective objective,
        LocalDate referenceDate) {

    public PlanRequest {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(referenceDate, "referenceDate");
        storeName = storeName == null || storeName.isBlank() ? "우리 가게" : storeName.strip();
        industry = industry == null ? Industry.OTHER : industry;
        averageSpend = Math.max(0, averageSpend);
    }

    /** The request of a store snapshot; the region is resolved against the knowledge base. */
    public static PlanRequest of(
            StoreSnapshot store, Objective objective, LocalDate referenceDate, KnowledgeBase knowledge) {
        return new PlanRequest(
                store.storeId(),
                store.storeName(),
                Industry.of(store.industry()),
                knowledge.regionName(store.region(), store.address()).orElse(null),
                store.district(),
                store.averageSpend(),
                objective,
                referenceDate);
    }

    public Seed seed() {
        return Seed.of(storeId, objective, referenceDate);
    }

    public SeasonKey season() {
        return SeasonKey.of(referenceDate);
    }

    /** Where the store is, as copy names it: the district, else the region, else "동네". */
    public String area() {
        if (district != null && !district.isBlank()) {
            return district;
        }
        return region == null ? "동네" : region;
    }
}
