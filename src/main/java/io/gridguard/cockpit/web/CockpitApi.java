package io.gridguard.cockpit.web;

import java.time.LocalDate;

import io.gridguard.cockpit.DailyReport;
import io.gridguard.cockpit.DailyReports;
import io.gridguard.cockpit.Headlines;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.gridguard.cockpit.Summary;
import io.gridguard.shared.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cockpit", description = "Headline figures of a scope")
@RestController
class CockpitApi {

    private final Headlines headlines;
    private final DailyReports daily;
    private final ProblemRenderer messages;
    private final io.gridguard.cockpit.RiskMap risk;
    private final RiskGeoJson geoJson;
    private final io.gridguard.cockpit.AlertFeed feed;
    private final AlertStream stream;
    private final io.gridguard.cockpit.Charts charts;

    CockpitApi(Headlines headlines, DailyReports daily, ProblemRenderer messages, io.gridguard.cockpit.RiskMap risk, RiskGeoJson geoJson,
               io.gridguard.cockpit.AlertFeed feed, AlertStream stream, io.gridguard.cockpit.Charts charts) {
        this.headlines = headlines;
        this.daily = daily;
        this.messages = messages;
        this.risk = risk;
        this.geoJson = geoJson;
        this.feed = feed;
        this.stream = stream;
        this.charts = charts;
    }

    @Operation(summary = "The risk map of the caller's scope (or `nodeId`) as a GeoJSON FeatureCollection: every compound and rental "
            + "apartment with its colour, indicators (households, floating population, people in home quarantine, cases, overdue "
            + "events), the reasons for its colour against the policy's thresholds, and since when; those needing attention first")
    @GetMapping("/api/v1/risk-map")
    ResponseEntity<byte[]> riskMap(@RequestParam(required = false) Long nodeId, java.util.Locale locale) {
        return geoJson(geoJson.body(Callers.require(), nodeId, locale));
    }

    static ResponseEntity<byte[]> geoJson(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body);
    }

    @Operation(summary = "A place's colour changes on the risk map, the latest first, with the indicators that made each")
    @GetMapping("/api/v1/risk-map/places/{id}/history")
    java.util.List<io.gridguard.cockpit.RiskChange> riskHistory(@org.springframework.web.bind.annotation.PathVariable long id) {
        return risk.history(Callers.require(), id);
    }

    @Operation(summary = "Evaluate the risk map now (district command; it is evaluated every minute anyway)")
    @org.springframework.web.bind.annotation.PostMapping("/api/v1/risk-map/evaluation")
    io.gridguard.cockpit.RiskMap.Evaluation evaluate() {
        return risk.evaluate(Callers.require());
    }

    @Operation(summary = "The latest alerts of the live feed in the caller's scope (or `nodeId`), the newest first: fever denials, "
            + "red-code attempts, overdue events, door-open alarms, fevers in quarantine, camera behaviour alerts, positive pools, "
            + "risk map colour changes")
    @GetMapping("/api/v1/alerts")
    java.util.List<java.util.Map<String, Object>> alerts(@RequestParam(required = false) Long nodeId, java.util.Locale locale) {
        return feed.latest(Callers.require(), nodeId).stream().map(a -> stream.view(a, locale)).toList();
    }

    @Operation(summary = "The live alert feed as server-sent events (`event: alert`, JSON data, `id` the alert's); send "
            + "`Last-Event-ID` to read on from an alert")
    @GetMapping(value = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter alertStream(@RequestParam(required = false) Long nodeId,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId,
            java.util.Locale locale) {
        return stream.open(headlines.scopeOf(Callers.require(), nodeId), locale, lastEventId);
    }

    @Operation(summary = "The cockpit's charts of the caller's scope (or `nodeId`): cases per day and events by category over 14 days "
            + "(median and 90th percentile minutes to close), today's scans and denials per hour, people under observation by origin "
            + "region, quarantine sites' beds and people")
    @GetMapping("/api/v1/stats/charts")
    io.gridguard.cockpit.Charts.ChartData charts(@RequestParam(required = false) Long nodeId, java.util.Locale locale) {
        return charts.charts(Callers.require(), nodeId, locale, messages::message);
    }

    @Operation(summary = "The daily report of a day (default today: compiled now and kept; a past day's as last compiled that day) "
            + "for the caller's scope or `nodeId`: the headline figures and key persons under observation by origin region")
    @GetMapping("/api/v1/stats/daily")
    DailyReport report(@RequestParam(required = false) Long nodeId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return daily.report(Callers.require(), nodeId, date);
    }

    @Operation(summary = "The daily report as an XLSX workbook")
    @GetMapping("/api/v1/stats/daily.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) Long nodeId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return xlsx(daily, messages, daily.report(Callers.require(), nodeId, date));
    }

    static ResponseEntity<byte[]> xlsx(DailyReports daily, ProblemRenderer messages, DailyReport report) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"daily-" + report.date() + ".xlsx\"")
                .body(daily.workbook(report, messages::message));
    }

    @Operation(summary = "The headline figures of the caller's scope (or `nodeId` inside it): residents, floating population, "
            + "people under quarantine by kind, cases, contacts by status, today's gate scans and denials, today's events (received, "
            + "closed, overdue, closure rate), codes by colour; at most 15 s old (`asOf`)")
    @GetMapping("/api/v1/stats/summary")
    Summary summary(@RequestParam(required = false) Long nodeId) {
        return headlines.summary(Callers.require(), nodeId);
    }
}
