package io.gridguard.tracing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactStatusTests {

    @Test
    void aSuggestionIsConfirmedOrDismissedAndControlEndsOrIsHandedBack() {
        assertThat(ContactStatus.SUGGESTED.next()).containsExactlyInAnyOrder(ContactStatus.UNDER_CONTROL, ContactStatus.DISMISSED);
        assertThat(ContactStatus.UNDER_CONTROL.next()).containsExactlyInAnyOrder(ContactStatus.ENDED, ContactStatus.RETURNED);
        assertThat(ContactStatus.ENDED.next()).isEmpty();
        assertThat(ContactStatus.RETURNED.next()).isEmpty();
        assertThat(ContactStatus.DISMISSED.next()).isEmpty();
    }

    @Test
    void aSuspectedCaseHasItsOwnReasonAndAnAsymptomaticInfectionIsACase() {
        assertThat(Classification.SUSPECTED.fact()).isEqualTo(io.gridguard.healthcode.FactKind.CASE_SUSPECTED);
        assertThat(Classification.ASYMPTOMATIC.fact()).isEqualTo(io.gridguard.healthcode.FactKind.CASE_CONFIRMED);
        assertThat(ContactKind.CLOSE.fact()).isEqualTo(io.gridguard.healthcode.FactKind.CONTACT_CLOSE);
        assertThat(ContactKind.SECONDARY.fact()).isEqualTo(io.gridguard.healthcode.FactKind.CONTACT_SECONDARY);
    }
}
