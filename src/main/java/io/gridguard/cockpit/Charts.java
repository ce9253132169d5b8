package io.gridguard.cockpit;

import java.time.LocalDate;
import java.time.Duration;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.gridguard.checkpoint.GateFigures;
import io.gridguard.dispatch.EventFigures;
import io.gridguard.quarantine.QuarantineSites;
import io.gridguard.shared.Caller;
import io.gridguard.shared.ScopeNode;
import io.gridguard.tracing.TracingFigures;
import org.springframework.stereotype.Service;

/**
 * The cockpit's charts of a scope (seed 003, 004): cases per day, today's scans per hour, events by category with their
 * closure times, people under observation by origin region, and the occupancy of quarantine sites. Each series is asked
 * of the module that owns it.
 */
@Service
public class Charts {

    /** Days in the cases and events charts. */
    static final int DAYS = 14;

    private final Headlines headlines;
    private final TracingFigures tracing;
    private final GateFigures gates;
    private final EventFigures events;
    private final QuarantineSites sites;
    private final DailyReports daily;
    /**
     * A scope's charts in a language, kept a minute (four times the figures' freshness; not kept when figures are
     * counted on every read): every wall screen redraws them each five minutes, and one count of today's scans per hour
     * asks each checkpoint 48 questions.
     */
    private final Cache<String, ChartData> recent;

    Charts(Headlines headlines, TracingFigures tracing, GateFigures gates, EventFigures events, QuarantineSites sites, DailyReports daily,
           CockpitSettings settings) {
        this.recent = settings.freshSeconds() <= 0 ? null : Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(settings.freshSeconds() * 4L)).maximumSize(2_000).build();
        this.headlines = headlines;
        this.tracing = tracing;
        this.gates = gates;
        this.events = events;
        this.sites = sites;
        this.daily = daily;
    }

    public record Day(LocalDate date, long count) {
    }

    public record Category(String code, String name, long received, long closed, Long medianCloseMinutes, Long p90CloseMinutes) {
    }

    public record Origin(String origin, String name, long count) {
    }

    public record Occupancy(long siteId, String site, int beds, int people, int freeBeds) {
    }

    public record ChartData(List<Day> casesPerDay, List<GateFigures.Hour> scansPerHour, List<Category> eventsByCategory,
                            List<Origin> underObservationByOrigin, List<Occupancy> quarantineOccupancy) {
    }

    /** {@code label} gives a message key's words in the reader's language (origin regions). */
    public ChartData charts(Caller caller, Long nodeId, Locale locale, Function<String, String> label) {
        List<ScopeNode> scope = headlines.scopeOf(caller, nodeId);
        return recent == null ? count(scope, locale, label) : recent.get(scope + "|" + locale.toLanguageTag(), key -> count(scope, locale, label));
    }

    private ChartData count(List<ScopeNode> scope, Locale locale, Function<String, String> label) {
        LocalDate today = daily.today();
        List<Day> cases = tracing.casesPerDay(scope, today, DAYS).entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
        EventFigures.Figures figures = events.figures(scope, today.minusDays(DAYS - 1), today, EventFigures.By.CATEGORY, locale, label);
        List<Category> categories = figures.lines().stream().map(l -> new Category(l.key(), l.name(), l.received(), l.closed(),
                minutes(l.medianCloseSeconds()), minutes(l.p90CloseSeconds()))).toList();
        List<Origin> origins = new ArrayList<>();
        for (Map.Entry<TracingFigures.Origin, Long> e : tracing.underObservationByOrigin(scope).entrySet()) {
            origins.add(new Origin(e.getKey().name(), label.apply(e.getKey().messageKey()), e.getValue()));
        }
        List<Occupancy> occupancy = sites.capacity(scope).stream()
                .map(c -> new Occupancy(c.siteId(), c.siteName(), c.beds(), c.people(), c.freeBeds())).toList();
        return new ChartData(cases, gates.todayByHour(scope), categories, origins, occupancy);
    }

    private static Long minutes(Long seconds) {
        return seconds == null ? null : Math.round(seconds / 60.0);
    }
}
