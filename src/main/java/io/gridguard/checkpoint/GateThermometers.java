package io.gridguard.checkpoint;

import java.math.BigDecimal;
import java.time.Duration;

import io.gridguard.devices.DeviceKind;
import io.gridguard.devices.DeviceReading;
import io.gridguard.devices.ReadingType;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A thermometer installed at a checkpoint (an infrared gate thermometer) that reads a fever opens a FEVER event for the
 * health department, one per device in ten minutes; the operator's scan of the person decides about the code. Household
 * thermometers belong to home quarantine, which reads them as health reports.
 */
@Component
class GateThermometers {

    private static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    private final Places places;
    private final HealthCodes codes;
    private final Events events;

    GateThermometers(Places places, HealthCodes codes, Events events) {
        this.places = places;
        this.codes = codes;
        this.events = events;
    }

    @EventListener
    void on(DeviceReading reading) {
        if (reading.type() != ReadingType.TEMPERATURE || reading.kind() != DeviceKind.THERMOMETER) {
            return;
        }
        BigDecimal temperature;
        try {
            temperature = new BigDecimal(reading.value().strip());
        } catch (NumberFormatException unreadable) {
            return;
        }
        boolean atGate = places.find(reading.placeId()).map(p -> p.kind() == PlaceKind.CHECKPOINT).orElse(false);
        if (atGate && codes.policy().isFever(temperature)) {
            events.raiseOnce("FEVER", "卡口测温设备 " + reading.deviceCode() + " 测得体温 " + temperature + "℃", reading.path().gridId(),
                    EventSource.DEVICE, "device " + reading.deviceCode(), "thermometer:" + reading.deviceId(), REPEAT_WINDOW);
        }
    }
}
