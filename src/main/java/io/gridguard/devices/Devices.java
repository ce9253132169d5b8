package io.gridguard.devices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.devices.internal.DeviceRepository;
import io.gridguard.devices.internal.DeviceRepository.DeviceRow;
import io.gridguard.devices.internal.ReadingCheck;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageOf;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry and the readings devices send. A reading is checked, stored and published as
 * {@link DeviceReading} in one transaction, so a reading that was acknowledged (HTTP 201, MQTT PUBACK) is kept and has
 * had its consequences.
 */
@Service
public class Devices {

    /** Staff who register devices in their scope and see them. */
    public static final Set<Role> KEEPERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeviceRepository devices;
    private final Places places;
    private final AuditTrail audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Devices(DeviceRepository devices, Places places, AuditTrail audit, ApplicationEventPublisher published, Clock clock) {
        this.devices = devices;
        this.places = places;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    @Transactional
    public RegisteredDevice register(Caller caller, NewDevice command) {
        caller.require(KEEPERS);
        List<Problem.FieldError> errors = new ArrayList<>();
        String code = command.code() == null ? "" : command.code().strip();
        if (!code.matches("[A-Za-z0-9_-]{3,40}")) {
            errors.add(new Problem.FieldError("code", "device.code.invalid"));
        } else if (devices.codeTaken(code)) {
            errors.add(new Problem.FieldError("code", "device.code.taken", code));
        }
        if (command.kind() == null) {
            errors.add(new Problem.FieldError("kind", "error.required"));
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new Problem.FieldError("name", "device.name.invalid"));
        }
        Optional<PlaceView> place = Optional.ofNullable(command.placeId()).flatMap(places::find);
        if (place.isEmpty()) {
            errors.add(new Problem.FieldError("placeId", "device.place.invalid"));
        }
        int heartbeat = command.heartbeatSeconds() == null ? 300 : command.heartbeatSeconds();
        if (heartbeat < 10 || heartbeat > 86_400) {
            errors.add(new Problem.FieldError("heartbeatSeconds", "device.heartbeat.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        caller.requireCovers(place.get().path());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = "gd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = devices.insert(code, command.kind(), name, place.get().id(), place.get().path(), hash(key), heartbeat, caller.username(),
                clock.instant());
        audit.record("DEVICE_REGISTER", "device", id, code + " " + command.kind() + " at place " + place.get().id());
        return new RegisteredDevice(view(devices.find(id).orElseThrow()), key);
    }

    public PageOf<DeviceView> page(Caller caller, PageRequest page) {
        caller.require(KEEPERS);
        return new PageOf<>(devices.inScope(caller.nodes(), page.size(), page.offset()).stream().map(Devices::view).toList(), page.page(),
                page.size(), devices.countInScope(caller.nodes()));
    }

    public record DeviceDetail(DeviceView device, List<DeviceRepository.ReadingRow> readings) {
    }

    public DeviceDetail open(Caller caller, long id) {
        caller.require(KEEPERS);
        DeviceRow device = devices.find(id).filter(d -> caller.covers(d.path()))
                .orElseThrow(() -> new Problem.NotFound("device.notFound", id));
        return new DeviceDetail(view(device), devices.readings(id, 50));
    }

    /** The latest temperature a thermometer at this place sent since {@code since} (a gate's infrared thermometer). */
    public Optional<PlaceTemperature> latestTemperature(long placeId, Instant since) {
        return devices.latestTemperature(placeId, since);
    }

    /** Messages that could not be read (kept aside with the reason); district command looks into them. */
    public List<DeviceRepository.Rejected> rejected(Caller caller) {
        caller.require(Set.of(Role.DISTRICT_COMMAND));
        return devices.rejected(100);
    }

    /**
     * A reading from device {@code deviceId}, which proves itself with its key; stored and published. A wrong key is
     * refused like an unknown device (nothing tells a guesser which ids exist).
     */
    @Transactional
    public long receive(long deviceId, String key, NewReading reading, String channel) {
        DeviceRow device = devices.find(deviceId)
                .filter(d -> key != null && MessageDigest.isEqual(d.keyHash().getBytes(StandardCharsets.US_ASCII),
                        hash(key.strip()).getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new AccessDenied("device.key.invalid"));
        Instant now = clock.instant();
        ReadingCheck.Checked checked = ReadingCheck.check(reading, now);
        long id = devices.insertReading(deviceId, checked.type(), checked.value(), checked.at(), checked.snapshot(), channel, now);
        devices.heard(deviceId, now);
        published.publishEvent(new DeviceReading(id, deviceId, device.code(), device.kind(), device.placeId(), device.path(),
                checked.type(), checked.value(), checked.at(), checked.snapshot()));
        return id;
    }

    /** Keeps a message that could not be read, with the reason, for someone to look at. */
    @Transactional
    public void reject(String channel, String topic, String payload, String reason) {
        devices.reject(channel, topic, payload, reason, clock.instant());
    }

    /** Devices silent beyond their heartbeat: each raises {@link DeviceSilent} once, on one instance. */
    @Transactional
    public int raiseSilent(int graceSeconds) {
        int raised = 0;
        for (DeviceRow device : devices.newlySilent(clock.instant(), graceSeconds)) {
            if (devices.markSilent(device.id(), device.lastSeenAt())) {
                published.publishEvent(new DeviceSilent(device.id(), device.code(), device.kind(), device.placeId(), device.path(),
                        device.lastSeenAt()));
                raised++;
            }
        }
        return raised;
    }

    private static DeviceView view(DeviceRow d) {
        return new DeviceView(d.id(), d.code(), d.kind(), d.name(), d.placeId(), d.path().gridId(), d.heartbeatSeconds(), d.lastSeenAt(),
                d.silent());
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
