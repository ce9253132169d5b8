package io.gridguard.tracing;

import java.util.List;

/**
 * Cases and contacts as a graph: a node per person (a case, or a contact of one), a link from each case to each
 * of its contacts. A contact who became a case is one node with links in and out — the chain.
 */
public record TransmissionGraph(List<Node> nodes, List<Link> links) {

    /** {@code role}: CASE, or the contact's kind (CLOSE, SECONDARY) when the person is not a case. */
    public record Node(long personId, String maskedName, String role, Long caseId) {
    }

    public record Link(long fromPersonId, long toPersonId, ContactKind kind, ContactStatus status) {
    }
}
