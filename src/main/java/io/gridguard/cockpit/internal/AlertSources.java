package io.gridguard.cockpit.internal;

import java.util.List;

import io.gridguard.checkpoint.RedCodeAttempt;
import io.gridguard.checkpoint.TemperatureAbnormal;
import io.gridguard.cockpit.AlertFeed;
import io.gridguard.cockpit.FeedKind;
import io.gridguard.devices.DeviceReading;
import io.gridguard.devices.ReadingType;
import io.gridguard.dispatch.EventOverdue;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.People;
import io.gridguard.people.PersonRef;
import io.gridguard.quarantine.AlertKind;
import io.gridguard.quarantine.QuarantineAlarm;
import io.gridguard.testing.PoolPositive;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the feed hears: each listener runs in the transaction that stored its cause, so an alert is kept exactly when
 * what it tells of is. People are named masked, as in every list.
 */
@Component
class AlertSources {

    private final AlertFeed feed;
    private final Places places;
    private final People people;
    private final java.time.Clock clock;

    AlertSources(AlertFeed feed, Places places, People people, java.time.Clock clock) {
        this.clock = clock;
        this.feed = feed;
        this.places = places;
        this.people = people;
    }

    @EventListener
    void on(TemperatureAbnormal fever) {
        PlaceView gate = places.place(fever.checkpointId());
        feed.raise(FeedKind.FEVER_DENIED, "scan:" + fever.scanId(), gate.path(),
                List.of(gate.name(), fever.temperature().toPlainString(), masked(fever.personId())),
                "/checkpoints/scans?checkpointId=" + gate.id() + "&decision=DENY", fever.at());
    }

    @EventListener
    void on(RedCodeAttempt attempt) {
        PlaceView gate = places.place(attempt.checkpointId());
        feed.raise(FeedKind.RED_CODE, "scan:" + attempt.scanId(), gate.path(), List.of(gate.name(), masked(attempt.personId())),
                "/checkpoints/scans?checkpointId=" + gate.id() + "&decision=DENY", attempt.at());
    }

    @EventListener
    void on(EventOverdue overdue) {
        feed.raise(FeedKind.OVERDUE, "overdue:" + overdue.eventId() + ":" + overdue.deadline() + ":" + overdue.level(), overdue.path(),
                List.of(String.valueOf(overdue.eventId()), overdue.category(), "#" + overdue.level().messageKey(),
                        "#notice.deadline." + overdue.deadline()), "/events/" + overdue.eventId(), clock.instant());
    }

    @EventListener
    void on(QuarantineAlarm alarm) {
        if (alarm.kind() == AlertKind.DOOR_OPEN || alarm.kind() == AlertKind.FEVER) {
            feed.raise(alarm.kind() == AlertKind.DOOR_OPEN ? FeedKind.DOOR_OPEN : FeedKind.QUARANTINE_FEVER, "quarantine:" + alarm.alertId(),
                    alarm.path(), List.of(String.valueOf(alarm.orderId())), "/quarantine/orders/" + alarm.orderId(), alarm.at());
        }
    }

    @EventListener
    void on(DeviceReading reading) {
        if (reading.type() == ReadingType.CAMERA_ALERT) {
            String place = places.find(reading.placeId()).map(PlaceView::name).orElse("");
            feed.raise(FeedKind.BEHAVIOUR, "reading:" + reading.readingId(), reading.path(),
                    List.of(reading.deviceCode(), place, reading.value() == null ? "" : reading.value()), "/devices/" + reading.deviceId(),
                    reading.at());
        }
    }

    @EventListener
    void on(PoolPositive pool) {
        feed.raise(FeedKind.POOL_POSITIVE, "pool:" + pool.barcode(), pool.path(),
                List.of(pool.barcode(), String.valueOf(pool.members())), "/testing", pool.at());
    }

    private String masked(Long personId) {
        return personId == null ? "—" : people.ref(personId).map(PersonRef::maskedName).orElse("—");
    }
}
