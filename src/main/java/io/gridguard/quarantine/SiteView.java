package io.gridguard.quarantine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A centralized site: its rooms, work groups, people, special care and disinfection log. */
public record SiteView(long id, String name, List<Room> rooms, List<WorkGroup> groups, List<OrderSummary> arrivals,
                       List<CareTask> careTasks, List<Disinfection> disinfections, Capacity capacity) {

    public record Room(long id, String number, int capacity, RoomStatus status, List<OrderSummary> occupants) {

        public int free() {
            return Math.max(0, capacity - occupants.size());
        }
    }

    public record WorkGroup(long id, String name, String leader, String phone, String members, String duties) {
    }

    public record CareTask(long id, long orderId, String personName, String roomNumber, CareNeed kind, String note, Instant dueAt,
                           boolean daily, Instant doneAt, String doneBy, String doneNote, boolean overdue) {
    }

    public record Disinfection(long id, String area, Instant at, String by, String note) {
    }

    /** Beds and people at a site: rooms by status, beds, people in them, and centralized orders sent here without a room. */
    public record Capacity(long siteId, String siteName, int rooms, int freeRooms, int occupiedRooms, int cleaningRooms, int beds,
                           int people, int awaitingRoom) {

        public int freeBeds() {
            return Math.max(0, beds - people);
        }
    }

    /** The daily morning meeting (seed 002): the figures of the day before and of today, and the notes taken. */
    public record Meeting(long siteId, String siteName, LocalDate date, Capacity capacity, long arrivedYesterday, long releasedYesterday,
                          long dueForRelease, long testsDueToday, long testsDoneToday, long morningReports, long afternoonReportsYesterday,
                          long fevers, long careDue, long careOverdue, long disinfectionsYesterday, int disinfectionsScheduled,
                          long openAlerts, String notes) {
    }
}
