package com.kt.eventmarketing.ai.planning.domain;

import java.util.List;

/** A season's weather and mood, with the hooks event names use ("여름 한정", "봄맞이"). */
public record SeasonProfile(String weather, List<String> hooks, List<String> pitches) {}
