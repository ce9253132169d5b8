package io.gridguard.shared;

/** The levels of the jurisdiction tree, top down. */
public enum NodeLevel {
    DISTRICT, STREET, COMMUNITY, GRID;

    public NodeLevel below() {
        return this == GRID ? null : values()[ordinal() + 1];
    }
}
