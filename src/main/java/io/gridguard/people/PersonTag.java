package io.gridguard.people;

/** Tags that tell grid workers and carers who needs attention. */
public enum PersonTag {
    ELDERLY_ALONE, CHRONIC_ILLNESS, DIABETIC, PREGNANT, DISABLED, CHILD_LEFT_BEHIND;

    public String messageKey() {
        return "people.tag." + name();
    }
}
