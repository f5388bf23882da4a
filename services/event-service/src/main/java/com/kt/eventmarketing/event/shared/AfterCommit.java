package com.kt.eventmarketing.event.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs cache writes once the database change they mirror is committed: a rolled-back change never reaches Redis,
 * and a reader never finds in Redis what PostgreSQL does not hold yet.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} after the current transaction commits, or at once outside a transaction. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
