package io.gridguard.checkpoint.web;

import java.time.LocalDate;

import io.gridguard.checkpoint.Decision;
import io.gridguard.checkpoint.GateFigures;
import io.gridguard.checkpoint.ScanLists;
import io.gridguard.shared.Caller;
import io.gridguard.shared.Callers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A day's gate scans at the checkpoints the caller oversees (the list behind the cockpit's scans figure and gate alerts). */
@Controller
class ScanListPages {

    private final ScanLists lists;
    private final GateFigures figures;
    private final io.gridguard.checkpoint.CheckpointSettings settings;

    ScanListPages(ScanLists lists, GateFigures figures, io.gridguard.checkpoint.CheckpointSettings settings) {
        this.lists = lists;
        this.figures = figures;
        this.settings = settings;
    }

    @GetMapping("/checkpoints/scans")
    String scans(@RequestParam(required = false) Long nodeId, @RequestParam(required = false) Long checkpointId,
                 @RequestParam(required = false) Decision decision,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Callers.require();
        LocalDate day = date == null ? figures.today() : date;
        model.addAttribute("result", lists.day(caller, nodeId, checkpointId, decision, day, page, 50));
        model.addAttribute("checkpoints", lists.checkpoints(caller, nodeId));
        model.addAttribute("checkpointId", checkpointId);
        model.addAttribute("decision", decision);
        model.addAttribute("date", day);
        model.addAttribute("nodeId", nodeId);
        model.addAttribute("zone", settings.zone());
        return "checkpoint/scans";
    }
}
