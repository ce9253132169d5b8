package io.gridguard.quarantine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.gridguard.healthcode.HealthPolicy;
import io.gridguard.healthcode.PolicyPreset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slots, test schedules from the policy, and the room a site's page suggests. */
class QuarantineRulesTests {

    @Test
    void aReportBeforeTwoInTheAfternoonIsTheMorningOne() {
        assertThat(Slot.at(LocalTime.of(0, 30))).isEqualTo(Slot.MORNING);
        assertThat(Slot.at(LocalTime.of(13, 59))).isEqualTo(Slot.MORNING);
        assertThat(Slot.at(LocalTime.of(14, 0))).isEqualTo(Slot.AFTERNOON);
        assertThat(Slot.at(LocalTime.of(23, 59))).isEqualTo(Slot.AFTERNOON);
    }

    @Test
    void anOrdersTestsAreThePolicysDaysWithinItAndItsLastDay() {
        HealthPolicy defaults = HealthPolicy.defaults();
        assertThat(defaults.quarantineTestDays()).containsExactly(1, 4, 7, 14);
        assertThat(defaults.testDaysFor(14)).containsExactly(1, 4, 7, 14);
        assertThat(defaults.testDaysFor(7)).containsExactly(1, 4, 7);
        assertThat(defaults.testDaysFor(3)).as("the exit test on the last day").containsExactly(1, 3);
        assertThat(defaults.testDaysFor(21)).containsExactly(1, 4, 7, 14, 21);
        HealthPolicy ninth = PolicyPreset.NATIONAL_9TH.apply(defaults);
        assertThat(ninth.centralizedDays()).isEqualTo(7);
        assertThat(ninth.testDaysFor(ninth.centralizedDays())).containsExactly(1, 2, 3, 5, 7);
        assertThat(ninth.testDaysFor(ninth.homeDays())).containsExactly(1, 2, 3);
    }

    @Test
    void ordersTakeTheirLengthFromThePolicy() {
        HealthPolicy eighth = PolicyPreset.NATIONAL_8TH.apply(HealthPolicy.defaults());
        assertThat(Quarantines.defaultDays(OrderKind.CENTRALIZED, eighth)).isEqualTo(14);
        assertThat(Quarantines.defaultDays(OrderKind.MONITORING, eighth)).isEqualTo(7);
        HealthPolicy hangzhou = PolicyPreset.HANGZHOU_2020_02.apply(HealthPolicy.defaults());
        assertThat(Quarantines.defaultDays(OrderKind.MONITORING, hangzhou)).as("no home days: the centralized length").isEqualTo(14);
    }

    private static OrderSummary person(long id, Long household) {
        return new OrderSummary(id, id, "某*", OrderKind.CENTRALIZED, OrderStatus.ACTIVE, LocalDate.EPOCH, LocalDate.EPOCH, 1, 1L, 1L, "101",
                household, 1, false, false);
    }

    @Test
    void theSuggestedRoomIsTheFamilysIfItHasABedElseTheFirstFreeOne() {
        var family = new SiteView.Room(2, "102", 2, RoomStatus.OCCUPIED, List.of(person(1, 7L)));
        var stranger = new SiteView.Room(1, "101", 3, RoomStatus.OCCUPIED, List.of(person(2, 8L)));
        var cleaning = new SiteView.Room(3, "103", 2, RoomStatus.CLEANING, List.of());
        var free = new SiteView.Room(4, "104", 2, RoomStatus.FREE, List.of());
        var rooms = List.of(stranger, family, cleaning, free);
        assertThat(Quarantines.suggestRoom(7L, rooms)).contains(family);
        assertThat(Quarantines.suggestRoom(9L, rooms)).contains(free);
        assertThat(Quarantines.suggestRoom(null, rooms)).contains(free);
        var full = new SiteView.Room(2, "102", 1, RoomStatus.OCCUPIED, List.of(person(1, 7L)));
        assertThat(Quarantines.suggestRoom(7L, List.of(full, cleaning))).isEmpty();
    }
}
