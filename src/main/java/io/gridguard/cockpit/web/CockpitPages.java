package io.gridguard.cockpit.web;

import java.util.Set;

import io.gridguard.cockpit.Headlines;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cockpit in three views of the same figures: a desktop page, a dark wall screen (1920×1080, large figures, refreshing
 * itself) and a phone page. Each figure links to the list behind it, within the caller's scope.
 */
@Controller
class CockpitPages {

    enum View { DESKTOP, WALL, PHONE }

    private final Headlines headlines;
    private final io.gridguard.dispatch.DispatchSettings settings;
    private final io.gridguard.cockpit.DailyReports daily;
    private final io.gridguard.shared.web.ProblemRenderer messages;
    private final io.gridguard.cockpit.RiskMap risk;
    private final RiskGeoJson geoJson;
    private final io.gridguard.cockpit.AlertFeed feed;
    private final AlertStream stream;
    private final io.gridguard.cockpit.Charts charts;
    private final io.gridguard.cockpit.CockpitSettings cockpit;
    private final io.gridguard.jurisdiction.Jurisdictions jurisdictions;
    private final tools.jackson.databind.json.JsonMapper json;

    CockpitPages(Headlines headlines, io.gridguard.dispatch.DispatchSettings settings, io.gridguard.cockpit.DailyReports daily,
                 io.gridguard.shared.web.ProblemRenderer messages, io.gridguard.cockpit.RiskMap risk, RiskGeoJson geoJson,
                 io.gridguard.cockpit.AlertFeed feed, AlertStream stream, io.gridguard.cockpit.Charts charts,
                 io.gridguard.cockpit.CockpitSettings cockpit, io.gridguard.jurisdiction.Jurisdictions jurisdictions,
                 tools.jackson.databind.json.JsonMapper json) {
        this.risk = risk;
        this.geoJson = geoJson;
        this.feed = feed;
        this.stream = stream;
        this.charts = charts;
        this.cockpit = cockpit;
        this.jurisdictions = jurisdictions;
        this.json = json;
        this.headlines = headlines;
        this.settings = settings;
        this.daily = daily;
        this.messages = messages;
    }

    /** The printable daily report; a past day's as it was kept. */
    @GetMapping("/cockpit/daily")
    String daily(@RequestParam(required = false) Long nodeId,
                 @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                         iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date, Model model) {
        model.addAttribute("r", daily.report(Callers.require(), nodeId, date));
        model.addAttribute("origins", io.gridguard.tracing.TracingFigures.Origin.values());
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "cockpit/daily";
    }

    @GetMapping("/cockpit/daily.xlsx")
    org.springframework.http.ResponseEntity<byte[]> dailyWorkbook(@RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date) {
        return CockpitApi.xlsx(daily, messages, daily.report(Callers.require(), nodeId, date));
    }

    @Bean
    static NavItem cockpitNav() {
        return new NavItem("nav.cockpit", "/cockpit", 1, Set.of(Role.DISTRICT_COMMAND, Role.STREET_STAFF, Role.COMMUNITY_STAFF,
                Role.GRID_WORKER));
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) View view, @RequestParam(required = false) Long nodeId, Model model,
                   java.util.Locale locale) {
        figures(nodeId, model);
        model.addAttribute("view", view == null ? View.DESKTOP : view);
        model.addAttribute("alerts", feed.latest(Callers.require(), nodeId).stream().map(a -> stream.view(a, locale)).toList());
        return "cockpit/cockpit";
    }

    /** The live feed for the page's screen (server-sent events; the session's scope and language). */
    @GetMapping(value = "/cockpit/alerts/stream", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter alerts(@RequestParam(required = false) Long nodeId,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId,
            java.util.Locale locale) {
        return stream.open(headlines.scopeOf(Callers.require(), nodeId), locale, lastEventId);
    }

    /** The charts' data, fetched once the page has painted its figures. */
    @GetMapping("/cockpit/charts.json")
    @org.springframework.web.bind.annotation.ResponseBody
    io.gridguard.cockpit.Charts.ChartData charts(@RequestParam(required = false) Long nodeId, java.util.Locale locale) {
        return charts.charts(Callers.require(), nodeId, locale, messages::message);
    }

    /**
     * The risk map: the places of the scope drawn over the communities' outlines (a tile layer only when one is
     * configured), the focus list of places needing attention, and the chosen place's indicators and colour history.
     */
    @GetMapping("/cockpit/risk-map")
    String riskMap(@RequestParam(required = false) Long nodeId, @RequestParam(required = false) Long place, Model model,
                   java.util.Locale locale) {
        var caller = Callers.require();
        java.util.List<io.gridguard.cockpit.RiskPlace> places = risk.places(caller, nodeId);
        model.addAttribute("focus", places.stream().filter(p -> p.colour() != io.gridguard.healthcode.Colour.GREEN).limit(50).toList());
        model.addAttribute("counts", places.stream().collect(java.util.stream.Collectors.groupingBy(p -> p.colour().name(),
                java.util.stream.Collectors.counting())));
        model.addAttribute("evaluatedAt", places.stream().map(io.gridguard.cockpit.RiskPlace::evaluatedAt).max(java.util.Comparator.naturalOrder())
                .orElse(null));
        if (place != null) {
            model.addAttribute("chosen", places.stream().filter(p -> p.placeId() == place).findFirst()
                    .orElseThrow(() -> new io.gridguard.shared.Problem.NotFound("cockpit.risk.place.notFound", place)));
            model.addAttribute("history", risk.history(caller, place));
        }
        model.addAttribute("outlines", json.writeValueAsString(jurisdictions.visibleAt(caller, io.gridguard.shared.NodeLevel.COMMUNITY)
                .stream().filter(c -> c.boundary() != null).map(c -> json.readTree(c.boundary())).toList()));
        model.addAttribute("tileUrl", cockpit.tileUrl());
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("explain", (java.util.function.Function<io.gridguard.cockpit.RiskReason, String>) r -> geoJson.explain(r, locale));
        model.addAttribute("zone", settings.zone());
        return "cockpit/risk-map";
    }

    @GetMapping("/cockpit/risk-map.geojson")
    org.springframework.http.ResponseEntity<byte[]> riskMapData(@RequestParam(required = false) Long nodeId, java.util.Locale locale) {
        return CockpitApi.geoJson(geoJson.body(Callers.require(), nodeId, locale));
    }

    /** District command evaluates the map now rather than within the minute. */
    @org.springframework.web.bind.annotation.PostMapping("/cockpit/risk-map/evaluation")
    String evaluate(@RequestParam(required = false) Long nodeId) {
        risk.evaluate(Callers.require());
        return "redirect:/cockpit/risk-map" + (nodeId == null ? "" : "?nodeId=" + nodeId);
    }

    /** The figures alone, which the wall screen fetches every half minute (htmx). */
    @GetMapping("/cockpit/figures")
    String figures(@RequestParam(required = false) Long nodeId, Model model) {
        model.addAttribute("s", headlines.summary(Callers.require(), nodeId));
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "cockpit/cockpit :: figures";
    }
}
