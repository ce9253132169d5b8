package io.gridguard.dispatch.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gridguard.dispatch.DispatchSettings;
import io.gridguard.dispatch.Notice;
import io.gridguard.dispatch.Notices;
import io.gridguard.shared.Callers;
import io.gridguard.shared.Role;
import io.gridguard.shared.web.NavItem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The in-app inbox: new events and escalations for the caller's level and scope, refreshed every few seconds (htmx). */
@Controller
class NoticePages {

    private final Notices notices;
    private final DispatchSettings settings;

    NoticePages(Notices notices, DispatchSettings settings) {
        this.notices = notices;
        this.settings = settings;
    }

    @Bean
    static NavItem noticesNav() {
        return new NavItem("nav.notices", "/notices", 2, Set.of(Role.GRID_WORKER, Role.COMMUNITY_STAFF, Role.STREET_STAFF,
                Role.DISTRICT_COMMAND));
    }

    @GetMapping("/notices")
    String inbox(Model model) {
        rows(model);
        return "dispatch/notices";
    }

    @GetMapping("/notices/rows")
    String rows(Model model) {
        model.addAttribute("notices", notices.inbox(Callers.require(), 0));
        model.addAttribute("zone", settings.zone());
        return "dispatch/notices :: rows";
    }

    @Operation(summary = "The caller's latest notices (new events for community staff and grid workers, escalations for the level "
            + "they reached), newer than `after` (a notice id)")
    @GetMapping("/api/v1/notices")
    @ResponseBody
    Map<String, List<Notice>> api(@RequestParam(required = false) Long after) {
        return Map.of("items", notices.inbox(Callers.require(), after == null ? 0 : after));
    }
}
