package io.gridguard.volunteer;

import java.time.Instant;

/** A volunteer on a shift: taken, checked in, checked out (by the system at the shift's end when nobody did). */
public record Attendance(long id, long shiftId, long volunteerId, String name, Instant checkedInAt, Instant checkedOutAt,
                         boolean autoClosed) {

    public boolean onDuty() {
        return checkedInAt != null && checkedOutAt == null;
    }
}
