package com.kt.eventmarketing.distribution.channel;

/** A provider took the posting: its id, the public address when there is one, messages sent. */
public record Posted(String externalId, String externalUrl, long recipients) {}
