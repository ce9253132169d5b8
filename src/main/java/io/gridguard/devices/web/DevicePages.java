package io.gridguard.devices.web;

import io.gridguard.devices.DeviceKind;
import io.gridguard.devices.Devices;
import io.gridguard.devices.NewDevice;
import io.gridguard.devices.RegisteredDevice;
import io.gridguard.shared.Callers;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.web.FormErrors;
import io.gridguard.shared.web.NavItem;
import io.gridguard.shared.web.ProblemRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The devices of one's scope: register one (its key shown once), see when each was last heard, its readings. */
@Controller
class DevicePages {

    private final Devices devices;
    private final ProblemRenderer messages;

    DevicePages(Devices devices, ProblemRenderer messages) {
        this.devices = devices;
        this.messages = messages;
    }

    @Bean
    static NavItem devicesNav() {
        return new NavItem("nav.devices", "/devices", 60, Devices.KEEPERS);
    }

    @GetMapping("/devices")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", devices.page(Callers.require(), PageRequest.of(page, 50)));
        model.addAttribute("kinds", DeviceKind.values());
        return "devices/list";
    }

    @PostMapping("/devices")
    String register(@RequestParam(required = false) String code, @RequestParam(required = false) DeviceKind kind,
                    @RequestParam(required = false) String name, @RequestParam(required = false) Long placeId,
                    @RequestParam(required = false) Integer heartbeatSeconds, RedirectAttributes flash) {
        RegisteredDevice[] made = new RegisteredDevice[1];
        if (FormErrors.attempt(flash, messages, "errors", () -> made[0] = devices.register(Callers.require(),
                new NewDevice(code, kind, name, placeId, heartbeatSeconds)))) {
            flash.addFlashAttribute("registered", made[0]);
        }
        return "redirect:/devices";
    }

    @GetMapping("/devices/{id}")
    String device(@PathVariable long id, Model model) {
        model.addAttribute("detail", devices.open(Callers.require(), id));
        return "devices/device";
    }
}
