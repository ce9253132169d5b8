package io.gridguard.checkpoint.internal;

import java.util.List;

import io.gridguard.checkpoint.ScanReason;
import io.gridguard.checkpoint.internal.PassRepository.Pass;
import io.gridguard.checkpoint.internal.ScanRepository.ScanRow;
import io.gridguard.people.PersonRef;

/** Decides a group of gate attempts at once, so that their people and codes are read in one query each. */
public interface ScanDecider {

    /** The attempts decided, in order. */
    List<Decided> decide(List<GateAttempt> attempts);

    /**
     * An attempt decided: the row to store, the person it names (if found), the pass it uses up (an exit on a
     * household pass), and whether the temperature was a fever. A scan with consequences — a fever, a red code tried,
     * a pass used — is stored by the request together with them, not by the journal's group.
     */
    record Decided(ScanRow row, PersonRef person, Pass passToUse, boolean fever) {

        public boolean hasConsequences() {
            return fever || passToUse != null || redCodeTried();
        }

        /** A known person with a red code tried to pass: an alarm on the cockpit. */
        public boolean redCodeTried() {
            return row.reason() == ScanReason.RED_CODE && row.personId() != null;
        }
    }
}
