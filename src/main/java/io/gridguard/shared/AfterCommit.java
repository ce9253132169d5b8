package io.gridguard.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must see the transaction's outcome: forgetting a remembered value once a change is committed (forgetting
 * it before would let a concurrent read remember the old value again), releasing what a transaction held.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the action after the current transaction commits, or now when there is none. */
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

    /** Runs the action when the current transaction ends, committed or not, or now when there is none. */
    public static void orRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
