package io.gridguard.quarantine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone               the district's time zone: report days and slots, deadlines
 * @param morningReminder    a person without a morning report by then is reminded
 * @param morningDeadline    …and by then their grid worker (home) or site staff (centralized) are alerted
 * @param afternoonReminder  the same for the afternoon report
 * @param afternoonDeadline  the same for the afternoon report
 * @param disinfectionTimes  a site disinfects before these times each day (before lunch and dinner, seed 002)
 * @param disinfectionGraceMinutes a round not logged this long after its time is overdue and alerts the site
 * @param doorAlarmMinutes   door openings of one order within this many minutes are one event
 */
@ConfigurationProperties("gridguard.quarantine")
public record QuarantineSettings(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                 @DefaultValue("10:00") LocalTime morningReminder, @DefaultValue("12:00") LocalTime morningDeadline,
                                 @DefaultValue("16:00") LocalTime afternoonReminder, @DefaultValue("18:00") LocalTime afternoonDeadline,
                                 @DefaultValue({"10:30", "16:30"}) List<LocalTime> disinfectionTimes,
                                 @DefaultValue("30") int disinfectionGraceMinutes, @DefaultValue("30") int doorAlarmMinutes) {

    public LocalTime reminder(Slot slot) {
        return slot == Slot.MORNING ? morningReminder : afternoonReminder;
    }

    public LocalTime deadline(Slot slot) {
        return slot == Slot.MORNING ? morningDeadline : afternoonDeadline;
    }
}
