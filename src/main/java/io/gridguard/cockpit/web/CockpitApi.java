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

    CockpitApi(Headlines headlines, DailyReports daily, ProblemRenderer messages) {
        this.headlines = headlines;
        this.daily = daily;
        this.messages = messages;
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
