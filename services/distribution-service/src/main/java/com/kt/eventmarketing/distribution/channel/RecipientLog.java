package com.kt.eventmarketing.distribution.channel;

/** Who already received a direct message, so that a retry sends only to the others. */
public interface RecipientLog {

    boolean alreadySent(String ref);

    void sent(String ref);

    static RecipientLog none() {
        return new RecipientLog() {
            @Override
            public boolean alreadySent(String ref) {
                return false;
            }

            @Override
            public void sent(String ref) {}
        };
    }
}
