package io.gridguard.checkpoint;

public enum Decision {
    PASS, DENY
}
