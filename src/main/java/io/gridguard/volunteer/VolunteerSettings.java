package io.gridguard.volunteer;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkInEarly   how long before a shift starts its volunteers may check in
 * @param closeAfter     how long after a shift ends an attendance nobody checked out is closed at the shift's end
 * @param longestShift   the longest shift that can be published
 * @param zone           the district's time zone, for days in figures and the shift form
 */
@ConfigurationProperties("gridguard.volunteer")
public record VolunteerSettings(@DefaultValue("30m") Duration checkInEarly, @DefaultValue("2h") Duration closeAfter,
                                @DefaultValue("12h") Duration longestShift, @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
