package com.kt.eventmarketing.event.shared;

import com.kt.eventmarketing.contracts.Channel;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Channels stored as a JSON array of their names ({@code ["SMS","EMAIL"]}), as the ERD's {@code channels TEXT}. */
public final class ChannelsColumn {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private ChannelsColumn() {}

    public static String write(List<Channel> channels) {
        return channels == null
                ? null
                : JSON.writeValueAsString(channels.stream().map(Channel::name).toList());
    }

    /** The channels of a column; names no longer in the catalogue are left out rather than failing the read. */
    public static List<Channel> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<Channel> channels = new ArrayList<>();
        for (String name : JSON.readValue(column, NAMES)) {
            try {
                channels.add(Channel.valueOf(name));
            } catch (IllegalArgumentException retired) {
                // a channel dropped from the catalogue: the event simply no longer uses it
            }
        }
        return List.copyOf(channels);
    }
}
