package io.gridguard.dispatch;

import java.time.Duration;

import io.gridguard.devices.DeviceReading;
import io.gridguard.devices.DeviceSilent;
import io.gridguard.devices.ReadingType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Devices' signals that need someone on site become events, in the transaction that stored the signal: a camera's AI
 * alert (a crowd at a watched place) opens one GATHERING event per place and half hour, not one per alert; a device
 * that went silent opens one event for its grid to check it.
 */
@Component
class DeviceAlarms {

    static final Duration ALERT_WINDOW = Duration.ofMinutes(30);

    private final Events events;

    DeviceAlarms(Events events) {
        this.events = events;
    }

    @EventListener
    void on(DeviceReading reading) {
        if (reading.type() == ReadingType.CAMERA_ALERT) {
            events.raiseOnce("GATHERING", "视频告警（" + reading.deviceCode() + "）：" + reading.value()
                            + (reading.snapshot() == null ? "" : " " + reading.snapshot()), reading.path().gridId(), EventSource.CAMERA,
                    "device " + reading.deviceCode(), "place:" + reading.placeId(), ALERT_WINDOW);
        }
    }

    @EventListener
    void on(DeviceSilent silent) {
        events.raiseOnce("OTHER", "设备离线：" + silent.deviceCode() + "（" + silent.kind() + "），最后上报 " + silent.lastSeenAt(),
                silent.path().gridId(), EventSource.DEVICE, "device " + silent.deviceCode(), "silent:" + silent.deviceId(), Duration.ofDays(1));
    }
}
