package io.gridguard.quarantine;

/** A room is free, has people in it, or is being cleaned after the last of them left (free again when staff say so). */
public enum RoomStatus {
    FREE, OCCUPIED, CLEANING;

    public String messageKey() {
        return "quarantine.room." + name();
    }
}
