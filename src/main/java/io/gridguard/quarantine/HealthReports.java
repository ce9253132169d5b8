package io.gridguard.quarantine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gridguard.devices.DeviceKind;
import io.gridguard.devices.DeviceReading;
import io.gridguard.devices.ReadingType;
import io.gridguard.dispatch.EventSource;
import io.gridguard.dispatch.Events;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.healthcode.Symptom;
import io.gridguard.jurisdiction.PlaceView;
import io.gridguard.jurisdiction.Places;
import io.gridguard.quarantine.internal.AlertRepository;
import io.gridguard.quarantine.internal.OrderRepository;
import io.gridguard.quarantine.internal.OrderRepository.OrderRow;
import io.gridguard.shared.AccessDenied;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodePath;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily health reports of people under an order (DESIGN.md §3 flow 4): a temperature and symptoms twice a day, entered by
 * the person on their phone, by medical or site staff, or read from the household's thermometer. A missing report
 * reminds the person, and after the slot's deadline alerts their grid worker (at home) or the site's staff; a fever
 * opens a FEVER event for the doctors. A door sensor opening during home quarantine opens a QUARANTINE_BREACH event in
 * the household's grid.
 */
@Service
public class HealthReports {

    private static final Logger log = LoggerFactory.getLogger(HealthReports.class);
    static final Set<Role> STAFF_REPORTERS = Set.of(Role.MEDICAL_STAFF, Role.SITE_STAFF);
    static final BigDecimal LOWEST = new BigDecimal("34.0");
    static final BigDecimal HIGHEST = new BigDecimal("43.0");
    private static final int LONGEST_NOTE = 300;

    private final OrderRepository orders;
    private final AlertRepository alerts;
    private final Quarantines quarantines;
    private final Places places;
    private final HealthCodes codes;
    private final Events events;
    private final QuarantineSettings settings;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher published;

    HealthReports(OrderRepository orders, AlertRepository alerts, Quarantines quarantines, Places places, HealthCodes codes,
                  Events events, QuarantineSettings settings, Clock clock,
                  org.springframework.context.ApplicationEventPublisher published) {
        this.published = published;
        this.orders = orders;
        this.alerts = alerts;
        this.quarantines = quarantines;
        this.places = places;
        this.codes = codes;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A report by the person themself (now) or by medical or site staff, who may enter a round taken earlier
     * ({@code measuredAt}: within the last two days and not before the order's first day); its slot is that of the time
     * it was measured.
     */
    @Transactional
    public OrderView.HealthReport report(Caller caller, long orderId, BigDecimal temperature, List<String> symptoms, Instant measuredAt) {
        if (caller.role() != Role.RESIDENT) {
            caller.require(STAFF_REPORTERS);
        }
        OrderRow order = orders.findForUpdate(orderId).filter(o -> Quarantines.mayRead(caller, o))
                .orElseThrow(() -> new Problem.NotFound("quarantine.order.notFound", orderId));
        if (order.status() != OrderStatus.ACTIVE) {
            throw new Problem.Conflict("quarantine.order.released");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (temperature == null || temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            errors.add(new Problem.FieldError("temperature", "quarantine.temperature.range"));
        }
        List<String> named = new ArrayList<>();
        for (String s : symptoms == null ? List.<String>of() : symptoms) {
            try {
                named.add(Symptom.valueOf(s).name());
            } catch (IllegalArgumentException | NullPointerException unknown) {
                errors.add(new Problem.FieldError("symptoms", "quarantine.symptom.unknown", String.valueOf(s)));
            }
        }
        Instant now = clock.instant();
        Instant at = measuredAt == null ? now : measuredAt;
        if (measuredAt != null && (caller.role() == Role.RESIDENT || at.isAfter(now.plusSeconds(60)) || at.isBefore(now.minus(Duration.ofDays(2)))
                || at.isBefore(order.startDate().atStartOfDay(settings.zone()).toInstant()))) {
            errors.add(new Problem.FieldError("measuredAt", "quarantine.measuredAt.range"));
        }
        if (!errors.isEmpty()) {
            throw new Problem.Invalid(errors);
        }
        String source = caller.role() == Role.RESIDENT ? "SELF" : "STAFF";
        return store(order, temperature.setScale(1, RoundingMode.HALF_UP), named.stream().distinct().toList(), source, caller.username(), at);
    }

    private OrderView.HealthReport store(OrderRow order, BigDecimal temperature, List<String> symptoms, String source, String by, Instant at) {
        Instant now = clock.instant();
        ZonedDateTime local = at.atZone(settings.zone());
        Slot slot = Slot.at(local.toLocalTime());
        boolean fever = codes.policy().isFever(temperature);
        String text = symptoms.isEmpty() ? null : String.join(",", symptoms);
        long id = orders.insertReport(order.id(), local.toLocalDate(), slot, temperature, text, fever, source, by, at);
        if (fever) {
            Where where = where(order);
            String detail = "隔离人员发热 " + temperature + "℃（隔离令 " + order.id() + "）" + (text == null ? "" : "，症状：" + text);
            alerts.raise(OrderRepository.slotKey(AlertKind.FEVER.name(), order.id(), local.toLocalDate(), slot), AlertKind.FEVER,
                    order.id(), order.siteId(), where.path(), detail, now).ifPresent(alert -> {
                long event = events.raise("FEVER", detail, where.path().gridId(), EventSource.RULE, "quarantine");
                alerts.setEvent(alert, event);
                published.publishEvent(new QuarantineAlarm(alert, AlertKind.FEVER, order.id(), where.path(), event, now));
            });
        }
        return new OrderView.HealthReport(id, local.toLocalDate(), slot, temperature, text, fever, source, by, at);
    }

    /** Where an order's alerts go: its site's grid (and the site's staff) at a site, the person's home grid otherwise. */
    private Where where(OrderRow order) {
        if (order.siteId() != null) {
            Optional<PlaceView> site = places.find(order.siteId());
            if (site.isPresent()) {
                return new Where(site.get().path(), order.siteId());
            }
        }
        return new Where(order.path(), null);
    }

    private record Where(NodePath path, Long siteId) {
    }

    /**
     * A household's devices: a door opening during home quarantine is an event for the grid worker (one per order and
     * {@code doorAlarmMinutes}); a thermometer's reading is the health report of the one person quarantined there (with
     * several, a reading cannot say whose it is and is only logged).
     */
    @EventListener
    void on(DeviceReading reading) {
        if (reading.type() == ReadingType.DOOR_OPEN) {
            for (OrderRow order : orders.activeInHousehold(reading.placeId())) {
                String detail = "居家隔离户门磁开启（设备 " + reading.deviceCode() + "，隔离令 " + order.id() + "）";
                long event = events.raiseOnce("QUARANTINE_BREACH", detail, order.path().gridId(), EventSource.DEVICE,
                        "device " + reading.deviceCode(), "door:" + order.id(), Duration.ofMinutes(settings.doorAlarmMinutes()));
                alerts.raise(AlertKind.DOOR_OPEN.name() + ":" + event, AlertKind.DOOR_OPEN, order.id(), null, order.path(), detail,
                        reading.at()).ifPresent(alert -> {
                    alerts.setEvent(alert, event);
                    published.publishEvent(new QuarantineAlarm(alert, AlertKind.DOOR_OPEN, order.id(), order.path(), event, reading.at()));
                });
            }
        } else if (reading.type() == ReadingType.TEMPERATURE && reading.kind() == DeviceKind.THERMOMETER) {
            List<OrderRow> home = orders.activeInHousehold(reading.placeId());
            BigDecimal temperature = parse(reading.value());
            if (home.size() == 1 && temperature != null) {
                store(home.getFirst(), temperature, List.of(), "DEVICE", "device " + reading.deviceCode(), reading.at());
            } else {
                log.info("Thermometer {} read {} at place {}: not a health report ({} people quarantined there)", reading.deviceCode(),
                        reading.value(), reading.placeId(), home.size());
            }
        }
    }

    private static BigDecimal parse(String value) {
        try {
            BigDecimal t = new BigDecimal(value.strip()).setScale(1, RoundingMode.HALF_UP);
            return t.compareTo(LOWEST) < 0 || t.compareTo(HIGHEST) > 0 ? null : t;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Reminders and alerts due at {@code now}: after a slot's reminder time, each order without its report reminds the person
     * once; after the slot's deadline, it alerts once. Run each minute; raising is idempotent, so two instances raise once.
     */
    @Transactional
    public int watch(Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        LocalDate today = local.toLocalDate();
        int raised = 0;
        for (Slot slot : Slot.values()) {
            Instant deadline = today.atTime(settings.deadline(slot)).atZone(settings.zone()).toInstant();
            if (!local.toLocalTime().isBefore(settings.reminder(slot))) {
                for (OrderRow order : orders.missing(today, slot, deadline, AlertKind.REMINDER.name())) {
                    Where where = where(order);
                    String detail = "请在 " + settings.deadline(slot) + " 前上报" + (slot == Slot.MORNING ? "上午" : "下午") + "体温";
                    if (alerts.raise(OrderRepository.slotKey(AlertKind.REMINDER.name(), order.id(), today, slot), AlertKind.REMINDER,
                            order.id(), where.siteId(), where.path(), detail, now).isPresent()) {
                        log.info("Reminder to person {} (order {}): {}", order.personId(), order.id(), detail);
                        raised++;
                    }
                }
            }
            if (!now.isBefore(deadline)) {
                for (OrderRow order : orders.missing(today, slot, deadline, AlertKind.MISSED_REPORT.name())) {
                    Where where = where(order);
                    String detail = "隔离令 " + order.id() + " 未上报" + today + (slot == Slot.MORNING ? "上午" : "下午") + "体温";
                    if (alerts.raise(OrderRepository.slotKey(AlertKind.MISSED_REPORT.name(), order.id(), today, slot),
                            AlertKind.MISSED_REPORT, order.id(), where.siteId(), where.path(), detail, now).isPresent()) {
                        raised++;
                    }
                }
            }
        }
        return raised;
    }

    /**
     * Open alerts for the caller: a site's staff see their site's; grid workers their grid's home orders; other staff their
     * scope's.
     */
    public List<Alert> alerts(Caller caller) {
        caller.require(Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.MEDICAL_STAFF,
                Role.SITE_STAFF));
        if (caller.role() == Role.SITE_STAFF) {
            return caller.placeId() == null ? List.of() : alerts.open(List.of(), caller.placeId(), 200);
        }
        List<Alert> open = alerts.open(caller.nodes(), null, 200);
        return caller.role() == Role.GRID_WORKER ? open.stream().filter(a -> a.siteId() == null).toList() : open;
    }

    /** The reminders and alerts of an order (the person sees their reminders on their page). */
    public List<Alert> ofOrder(Caller caller, long orderId) {
        quarantines.visible(caller, orderId);
        return alerts.ofOrder(orderId);
    }

    /** Someone responsible for the alert says what was done. */
    @Transactional
    public Alert handle(Caller caller, long alertId, String note) {
        Alert alert = alerts.find(alertId).filter(a -> a.kind() != AlertKind.REMINDER)
                .orElseThrow(() -> new Problem.NotFound("quarantine.alert.notFound", alertId));
        boolean mine = caller.role() == Role.SITE_STAFF ? alert.siteId() != null && alert.siteId().equals(caller.placeId())
                : Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF, Role.GRID_WORKER, Role.MEDICAL_STAFF)
                .contains(caller.role()) && caller.covers(alerts.path(alertId));
        if (!mine) {
            throw new AccessDenied("error.access.scope");
        }
        String text = Quarantines.strip(note);
        if (text == null || text.length() > LONGEST_NOTE) {
            throw new Problem.Invalid("note", "quarantine.alert.noteRequired", LONGEST_NOTE);
        }
        if (alerts.handle(alertId, caller.username(), clock.instant(), text) == 0) {
            throw new Problem.Conflict("quarantine.alert.handled");
        }
        return alerts.find(alertId).orElseThrow();
    }
}
