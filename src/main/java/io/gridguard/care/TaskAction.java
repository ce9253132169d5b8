package io.gridguard.care;

/** A social worker claims and completes a task; the household confirms it; a claim can be handed back. */
public enum TaskAction {
    CLAIM, UNCLAIM, DONE, CONFIRM
}
