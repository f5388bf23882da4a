package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.Channel;
import java.util.List;

/**
 * The numbers of one candidate plan. {@code cost} = {@code benefitCost} + {@code channelCost} +
 * {@code materials}; {@code roi} = (revenue − cost) / cost.
 *
 * @param reach people the channels reach (weighted by how strongly each channel's audience responds)
 * @param quantity winners (prize pool) or the 선착순 cap of benefits
 * @param efficiency what the platform's past results taught: > 1 cheaper per participant than expected
 * @param priorCostPerParticipant the estimate before learning
 */
record Economics(
        List<Channel> channels,
        long reach,
        double participationRate,
        long participants,
        PrizeItem item,
        int quantity,
        double discount,
        long benefitCost,
        long channelCost,
        long materials,
        long cost,
        long revenue,
        double roi,
        double efficiency,
        double priorCostPerParticipant) {}
