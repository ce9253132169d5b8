package io.gridguard.devices.web;

import java.util.List;
import java.util.Map;

import io.gridguard.devices.DeviceView;
import io.gridguard.devices.Devices;
import io.gridguard.devices.NewDevice;
import io.gridguard.devices.NewReading;
import io.gridguard.devices.RegisteredDevice;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Devices", description = "Door sensors, thermometers and cameras bound to places; their readings over HTTP (and MQTT)")
@RestController
class DeviceApi {

    private final Devices devices;

    DeviceApi(Devices devices) {
        this.devices = devices;
    }

    @Operation(summary = "Register a device `{code, kind: DOOR_SENSOR|THERMOMETER|CAMERA|OTHER, name, placeId, heartbeatSeconds?}` "
            + "bound to a place in the caller's scope; the answer holds its key, shown this once")
    @PostMapping("/api/v1/devices")
    ResponseEntity<RegisteredDevice> register(@RequestBody NewDevice device) {
        return ResponseEntity.status(201).body(devices.register(Callers.require(), device));
    }

    @Operation(summary = "The devices in the caller's scope, with when each was last heard and whether it is silent")
    @GetMapping("/api/v1/devices")
    PageOf<DeviceView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return devices.page(Callers.require(), PageRequest.of(page, size));
    }

    @Operation(summary = "A device with its latest readings")
    @GetMapping("/api/v1/devices/{id}")
    Devices.DeviceDetail device(@PathVariable long id) {
        return devices.open(Callers.require(), id);
    }

    @Operation(summary = "A reading from the device, authenticated by its key in `X-Device-Key`: "
            + "`{type: DOOR_OPEN|TEMPERATURE|CAMERA_ALERT|HEARTBEAT, value, at?, snapshot?}` → 201 `{readingId}` once stored. "
            + "The same JSON with `key` goes to MQTT topic gridguard/devices/{id}/readings")
    @PostMapping("/api/v1/devices/{id}/readings")
    ResponseEntity<Map<String, Long>> reading(@PathVariable long id, @RequestHeader(name = "X-Device-Key", required = false) String key,
                                              @RequestBody NewReading reading) {
        return ResponseEntity.status(201).body(Map.of("readingId", devices.receive(id, key, reading, "HTTP")));
    }

    @Operation(summary = "Messages that could not be read (MQTT), kept aside with the reason (district command)")
    @GetMapping("/api/v1/devices/rejected-messages")
    Map<String, List<io.gridguard.devices.internal.DeviceRepository.Rejected>> rejected() {
        return Map.of("items", devices.rejected(Callers.require()));
    }
}
