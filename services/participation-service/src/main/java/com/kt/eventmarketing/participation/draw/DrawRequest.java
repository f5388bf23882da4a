package com.kt.eventmarketing.participation.draw;

/**
 * How to draw: {@code storeVisitWeight} is the weight of a participant who visited the store (others
 * weigh 1); {@code excludePreviousWinners} leaves out everyone an earlier draw of the event picked.
 */
public record DrawRequest(int winnerCount, int storeVisitWeight, boolean excludePreviousWinners) {}
