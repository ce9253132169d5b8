package io.gridguard.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A kind of event, with the departments (by code) it goes to by default and its SLA: time to accept (default 5
 * minutes), to be on site after accepting, and to close after the report.
 */
public record EventCategory(String code, String nameZh, String nameEn, List<String> departments, Duration accept,
                            Duration onSite, Duration close) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
