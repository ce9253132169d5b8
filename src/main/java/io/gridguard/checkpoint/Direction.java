package io.gridguard.checkpoint;

public enum Direction {
    IN, OUT;

    public String messageKey() {
        return "checkpoint.direction." + name();
    }
}
