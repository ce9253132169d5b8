package io.gridguard.people;

/** A record is ACTIVE, or MERGED into the record that was kept when two turned out to be one person. */
public enum PersonStatus {
    ACTIVE, MERGED
}
