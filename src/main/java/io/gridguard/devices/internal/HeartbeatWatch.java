package io.gridguard.devices.internal;

import io.gridguard.devices.DeviceSettings;
import io.gridguard.devices.Devices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds: devices past their heartbeat raise their alarm (once; the database decides which instance). */
@Component
class HeartbeatWatch {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatWatch.class);

    private final Devices devices;
    private final DeviceSettings settings;

    HeartbeatWatch(Devices devices, DeviceSettings settings) {
        this.devices = devices;
        this.settings = settings;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void check() {
        int raised = devices.raiseSilent(settings.silentGraceSeconds());
        if (raised > 0) {
            log.warn("{} device(s) went silent", raised);
        }
    }
}
