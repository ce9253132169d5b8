package io.gridguard.care;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a need may wait before it is done (then it is overdue and raises an event), by kind.
 *
 * @param zone the district's time zone, for statistics by day
 */
@ConfigurationProperties("gridguard.care")
public record CareSettings(@DefaultValue("4h") Duration groceries, @DefaultValue("2h") Duration medicine,
                           @DefaultValue("12h") Duration garbage, @DefaultValue("30m") Duration medical,
                           @DefaultValue("4h") Duration other, @DefaultValue("Asia/Shanghai") java.time.ZoneId zone) {

    public Duration dueIn(NeedKind kind) {
        return switch (kind) {
            case GROCERIES -> groceries;
            case MEDICINE -> medicine;
            case GARBAGE -> garbage;
            case MEDICAL -> medical;
            case OTHER -> other;
        };
    }
}
