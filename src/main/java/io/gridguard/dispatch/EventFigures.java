package io.gridguard.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.gridguard.dispatch.internal.EventRepository;
import io.gridguard.dispatch.internal.EventRepository.Timing;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.Role;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Closure figures (seed 001: 7,908 events accepted, 7,667 closed — 97%): for the events reported in a period in the
 * caller's scope, how many were received, accepted and closed, the closure rate, and the median and 90th percentile
 * of the time to accept and to close, by category, department, street or source.
 */
@Service
public class EventFigures {

    static final Set<Role> READERS = Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
    private static final int LONGEST_PERIOD_DAYS = 366;

    public enum By { CATEGORY, DEPARTMENT, STREET, SOURCE }

    /** One group's figures; times in seconds, null where nothing was accepted or closed. */
    public record Line(String key, String name, long received, long accepted, long closed, double closureRate,
                       Long medianAcceptSeconds, Long p90AcceptSeconds, Long medianCloseSeconds, Long p90CloseSeconds) {
    }

    public record Figures(LocalDate from, LocalDate to, By by, Line total, List<Line> lines) {
    }

    private final EventRepository events;
    private final Departments departments;
    private final Jurisdictions jurisdictions;
    private final DispatchSettings settings;

    EventFigures(EventRepository events, Departments departments, Jurisdictions jurisdictions, DispatchSettings settings) {
        this.events = events;
        this.departments = departments;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
    }

    /** Where the open overdue events were reported, as {lat, lon} (the risk map places them; those without a location are left out). */
    public List<double[]> overdueLocations() {
        return events.overdueLocations();
    }

    /** Events reported today (the district's day) under these nodes, how many of them are closed, and all open ones overdue. */
    public record Today(long received, long closed, long overdue, double closureRate) {
    }

    public Today today(List<io.gridguard.shared.ScopeNode> scope, java.time.Instant now) {
        java.time.Instant from = now.atZone(settings.zone()).toLocalDate().atStartOfDay(settings.zone()).toInstant();
        var reported = events.timings(scope, from, now.plusSeconds(1));
        long closed = reported.stream().filter(t -> t.closedAt() != null).count();
        double rate = reported.isEmpty() ? 0 : Math.round(closed * 1000.0 / reported.size()) / 10.0;
        return new Today(reported.size(), closed, events.countOverdue(scope), rate);
    }

    /** {@code label} turns a message key into the reader's words (the sources' names). */
    public Figures figures(Caller caller, LocalDate from, LocalDate to, By by, Locale locale, Function<String, String> label) {
        caller.require(READERS);
        return figures(caller.nodes(), from, to, by, locale, label);
    }

    /** The same for the events under these nodes (the cockpit's chart of a scope it has checked). */
    public Figures figures(List<io.gridguard.shared.ScopeNode> scope, LocalDate from, LocalDate to, By by, Locale locale,
                           Function<String, String> label) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(LONGEST_PERIOD_DAYS).isBefore(to)) {
            throw new Problem.Invalid("from", "event.figures.period", LONGEST_PERIOD_DAYS);
        }
        By grouping = by == null ? By.CATEGORY : by;
        Instant start = from.atStartOfDay(settings.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        List<Timing> timings = events.timings(scope, start, end);
        Map<String, String> names = new HashMap<>();
        Map<String, List<Timing>> groups = new LinkedHashMap<>();
        switch (grouping) {
            case CATEGORY -> {
                events.categories().forEach(c -> names.put(c.code(), c.name(locale)));
                timings.forEach(t -> groups.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t));
            }
            case SOURCE -> {
                for (EventSource source : EventSource.values()) {
                    names.put(source.name(), label.apply(source.messageKey()));
                }
                timings.forEach(t -> groups.computeIfAbsent(t.source().name(), k -> new ArrayList<>()).add(t));
            }
            case STREET -> timings.forEach(t -> {
                String street = String.valueOf(t.streetId());
                names.computeIfAbsent(street, k -> jurisdictions.node(t.streetId()).name());
                groups.computeIfAbsent(street, k -> new ArrayList<>()).add(t);
            });
            case DEPARTMENT -> {
                Map<Long, Timing> byId = new HashMap<>();
                timings.forEach(t -> byId.put(t.id(), t));
                departments.all().forEach(d -> names.put(String.valueOf(d.id()), d.name()));
                for (long[] assignment : events.assignments(scope, start, end)) {
                    Timing timing = byId.get(assignment[0]);
                    if (timing != null) {
                        // (an event reported between the two reads has no timing here and waits for the next look)
                        groups.computeIfAbsent(String.valueOf(assignment[1]), k -> new ArrayList<>()).add(timing);
                    }
                }
            }
        }
        List<Line> lines = groups.entrySet().stream().map(g -> line(g.getKey(), names.getOrDefault(g.getKey(), g.getKey()), g.getValue()))
                .sorted(Comparator.comparingLong(Line::received).reversed().thenComparing(Line::key)).toList();
        return new Figures(from, to, grouping, line("TOTAL", "", timings), lines);
    }

    private static Line line(String key, String name, List<Timing> timings) {
        List<Long> accept = seconds(timings, Timing::acceptedAt);
        List<Long> close = seconds(timings, Timing::closedAt);
        long received = timings.size();
        return new Line(key, name, received, accept.size(), close.size(), received == 0 ? 0 : Math.round(close.size() * 1000.0 / received) / 10.0,
                rank(accept, 0.5), rank(accept, 0.9), rank(close, 0.5), rank(close, 0.9));
    }

    private static List<Long> seconds(List<Timing> timings, Function<Timing, Instant> until) {
        return timings.stream().filter(t -> until.apply(t) != null)
                .map(t -> Duration.between(t.createdAt(), until.apply(t)).toSeconds()).sorted().toList();
    }

    /** The nearest-rank percentile; null for no values. */
    static Long rank(List<Long> sorted, double q) {
        return sorted.isEmpty() ? null : sorted.get((int) Math.ceil(q * sorted.size()) - 1);
    }

    /** The figures as a workbook, headings in the reader's language. */
    public byte[] workbook(Figures figures, List<String> headings) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(figures.from() + " – " + figures.to());
            Row head = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                head.createCell(c).setCellValue(headings.get(c));
            }
            int r = 1;
            List<Line> all = new ArrayList<>(figures.lines());
            all.add(figures.total());
            for (Line line : all) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.key().equals("TOTAL") ? headings.getLast() : line.name());
                row.createCell(1).setCellValue(line.received());
                row.createCell(2).setCellValue(line.accepted());
                row.createCell(3).setCellValue(line.closed());
                row.createCell(4).setCellValue(line.closureRate());
                Long[] times = {line.medianAcceptSeconds(), line.p90AcceptSeconds(), line.medianCloseSeconds(), line.p90CloseSeconds()};
                for (int c = 0; c < times.length; c++) {
                    if (times[c] != null) {
                        row.createCell(5 + c).setCellValue(times[c] / 60.0);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
