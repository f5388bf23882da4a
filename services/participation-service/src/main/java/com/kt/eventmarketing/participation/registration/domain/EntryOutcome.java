package com.kt.eventmarketing.participation.registration.domain;

import java.util.UUID;

/** What became of an entry: a normal business result, duplicates included. */
public sealed interface EntryOutcome {

    /** Entered now, or {@code replayed}: the same submission sent again gets its original answer. */
    record Entered(UUID participantId, long entryNumber, boolean replayed) implements EntryOutcome {}

    /** This phone number already entered this event with another submission. */
    record AlreadyEntered() implements EntryOutcome {}
}
