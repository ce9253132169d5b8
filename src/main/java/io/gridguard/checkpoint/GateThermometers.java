package io.gridguard.checkpoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.gridguard.devices.DeviceKind;
import io.gridguard.devices.DeviceReading;
import io.gridguard.devices.Devices;
import io.gridguard.devices.ReadingType;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A thermometer installed at a checkpoint (an infrared gate thermometer): the gate page takes the temperature of the
 * person in front of it from the thermometer's latest reading instead of typing it; a fever it reads opens a FEVER event
 * for the health department, one per device in ten minutes; the operator's scan of the person decides about the code.
 * Household thermometers belong to home quarantine, which reads them as health reports.
 */
@Component
public class GateThermometers {

    private static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);
    /** A reading older than this is someone else's temperature: the person at the gate is measured again. */
    static final Duration FRESH = Duration.ofSeconds(30);

    /** The temperature the gate's thermometer read, for the scan of the person in front of it. */
    public record GateTemperature(BigDecimal temperature, Instant at, String deviceCode) {
    }

    private final Places places;
    private final HealthCodes codes;
    private final Events events;
    private final GateScans gates;
    private final Devices devices;
    private final Clock clock;

    GateThermometers(Places places, HealthCodes codes, Events events, GateScans gates, Devices devices, Clock clock) {
        this.places = places;
        this.codes = codes;
        this.events = events;
        this.gates = gates;
        this.devices = devices;
        this.clock = clock;
    }

    /** The latest reading of a thermometer at the checkpoint within the last {@link #FRESH} seconds, for whoever may scan there. */
    public GateTemperature latest(Caller caller, long checkpointId) {
        gates.checkpoint(caller, checkpointId);
        return devices.latestTemperature(checkpointId, clock.instant().minus(FRESH))
                .map(t -> new GateTemperature(new BigDecimal(t.value().strip()), t.at(), t.deviceCode()))
                .orElseThrow(() -> new Problem.NotFound("gate.thermometer.none", FRESH.toSeconds()));
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
