package io.gridguard.cockpit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gridguard.cockpit.internal.DailyReportRepository;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.shared.ScopeNode;
import io.gridguard.tracing.TracingFigures;
import io.gridguard.tracing.TracingFigures.Origin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily report (日报) of a scope: today's is compiled from the headline figures and the origin table when asked, and
 * kept; a past day's is read back as it was last compiled that day. Printable, and as an XLSX workbook.
 */
@Service
public class DailyReports {

    private final Headlines headlines;
    private final TracingFigures tracing;
    private final DailyReportRepository reports;
    private final CockpitSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    DailyReports(Headlines headlines, TracingFigures tracing, DailyReportRepository reports, CockpitSettings settings, JsonMapper json,
                 Clock clock) {
        this.headlines = headlines;
        this.tracing = tracing;
        this.reports = reports;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    /** The report of a day (today's compiled now; a past day's as kept), for the caller's scope or a node inside it. */
    @Transactional
    public DailyReport report(Caller caller, Long nodeId, LocalDate date) {
        List<ScopeNode> scope = headlines.scopeOf(caller, nodeId);
        String key = scope.stream().map(n -> n.level() + ":" + n.id()).sorted().collect(Collectors.joining(","));
        LocalDate today = today();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new Problem.Invalid("date", "cockpit.report.future");
        }
        if (day.isBefore(today)) {
            return reports.find(key, day).map(body -> json.readValue(body, DailyReport.class))
                    .orElseThrow(() -> new Problem.NotFound("cockpit.report.none", day.toString()));
        }
        DailyReport report = new DailyReport(today, headlines.summary(scope), tracing.underObservationByOrigin(scope), caller.username(),
                clock.instant());
        reports.save(key, today, json.writeValueAsString(report), caller.username(), report.compiledAt());
        return report;
    }

    /** The report as a workbook: the figures, then the origin table; {@code label} names them in the reader's language. */
    public byte[] workbook(DailyReport report, Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.date().toString());
            Summary s = report.summary();
            int r = 0;
            r = line(sheet, r, label.apply("cockpit.report.title"), s.scope().name() + " " + report.date());
            Map<String, Number> figures = new java.util.LinkedHashMap<>();
            figures.put("cockpit.residents", s.residents());
            figures.put("cockpit.floating", s.floatingPopulation());
            figures.put("quarantine.kind.CENTRALIZED", s.quarantine().centralized());
            figures.put("quarantine.kind.HOME", s.quarantine().home());
            figures.put("quarantine.kind.MONITORING", s.quarantine().monitoring());
            figures.put("cockpit.cases", s.cases());
            figures.put("cockpit.report.underControl", s.contacts().underControl());
            figures.put("cockpit.report.ended", s.contacts().ended());
            figures.put("cockpit.report.returned", s.contacts().returned());
            figures.put("cockpit.report.scans", s.scans().today());
            figures.put("cockpit.report.denied", s.scans().denied());
            figures.put("cockpit.report.events", s.events().today());
            figures.put("cockpit.report.closed", s.events().closed());
            figures.put("cockpit.overdue", s.events().overdue());
            figures.put("cockpit.report.closureRate", s.events().closureRate());
            if (s.tests() != null) {
                figures.put("cockpit.report.sampled", s.tests().sampled());
                figures.put("cockpit.report.coverage", s.tests().coverage());
            }
            if (s.volunteers() != null) {
                figures.put("cockpit.report.volunteersOnDuty", s.volunteers().onDuty());
                figures.put("cockpit.report.volunteersActive", s.volunteers().active());
            }
            figures.put("cockpit.report.green", s.codes().green());
            figures.put("cockpit.report.yellow", s.codes().yellow());
            figures.put("cockpit.report.red", s.codes().red());
            for (var figure : figures.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label.apply(figure.getKey()));
                row.createCell(1).setCellValue(figure.getValue().doubleValue());
            }
            r++;
            r = line(sheet, r, label.apply("cockpit.report.byOrigin"), null);
            long total = 0;
            for (Origin origin : Origin.values()) {
                long n = report.underObservationByOrigin().getOrDefault(origin, 0L);
                total += n;
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label.apply(origin.messageKey()));
                row.createCell(1).setCellValue(n);
            }
            Row sum = sheet.createRow(r);
            sum.createCell(0).setCellValue(label.apply("quarantine.total"));
            sum.createCell(1).setCellValue(total);
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int r, String title, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(title);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
        return r + 1;
    }
}
