package io.gridguard.tracing;

import java.util.List;

/** A case just confirmed, with the contacts co-presence suggested for it. */
public record ConfirmedCase(long caseId, CaseView detail, List<ContactView> contacts) {
}
