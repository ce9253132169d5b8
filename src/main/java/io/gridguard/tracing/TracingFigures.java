package io.gridguard.tracing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gridguard.shared.Caller;
import io.gridguard.shared.Role;
import io.gridguard.tracing.internal.KeyPersonRepository;
import org.springframework.stereotype.Service;

/**
 * The tracing figures of seed 003: key persons under observation by where they came from (Hubei, Wenzhou, Taizhou,
 * elsewhere in China, abroad), contacts by status, and each key-person list's verification.
 */
@Service
public class TracingFigures {

    /** Seed 003's columns. A list's origin text decides: it names the province or city; abroad by origin or category. */
    public enum Origin {
        HUBEI, WENZHOU, TAIZHOU, OTHER, ABROAD;

        static Origin of(String origin, String category) {
            String text = (origin == null ? "" : origin) + " " + (category == null ? "" : category);
            if (text.contains("境外") || text.contains("国外") || text.contains("入境")) {
                return ABROAD;
            }
            if (text.contains("湖北") || text.contains("武汉")) {
                return HUBEI;
            }
            if (text.contains("温州")) {
                return WENZHOU;
            }
            return text.contains("台州") ? TAIZHOU : OTHER;
        }

        public String messageKey() {
            return "tracing.origin." + name();
        }
    }

    public record ListCompletion(long listId, String fileName, long toVerify, long verified) {
    }

    public record Figures(Map<Origin, Long> underObservationByOrigin, Map<ContactStatus, Long> contactsByStatus,
                          List<ListCompletion> lists) {
    }

    private final KeyPersonRepository keyPersons;
    private final Cases cases;

    TracingFigures(KeyPersonRepository keyPersons, Cases cases) {
        this.keyPersons = keyPersons;
        this.cases = cases;
    }

    /**
     * Key persons under observation by origin region among the people who live under these nodes (seed 003's table,
     * for the cockpit's daily report); unmatched listed people count only when the scope is a whole district.
     */
    /** Cases by day of diagnosis, {@code days} days up to {@code last}, of the people who live under these nodes. */
    public Map<java.time.LocalDate, Long> casesPerDay(List<io.gridguard.shared.ScopeNode> scope, java.time.LocalDate last, int days) {
        Map<java.time.LocalDate, Long> perDay = new java.util.LinkedHashMap<>();
        for (int back = days - 1; back >= 0; back--) {
            perDay.put(last.minusDays(back), 0L);
        }
        cases.diagnosisDates(scope).forEach(date -> perDay.computeIfPresent(date, (day, n) -> n + 1));
        return perDay;
    }

    public Map<Origin, Long> underObservationByOrigin(List<io.gridguard.shared.ScopeNode> scope) {
        boolean district = scope.stream().anyMatch(node -> node.level() == io.gridguard.shared.NodeLevel.DISTRICT);
        Map<Origin, Long> byOrigin = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            byOrigin.put(origin, 0L);
        }
        for (var listed : keyPersons.listedByOrigin()) {
            boolean inScope = listed.path() == null ? district
                    : io.gridguard.shared.ScopeNode.anyCovers(scope, listed.path());
            if (inScope) {
                byOrigin.merge(Origin.of(listed.origin(), listed.category()), listed.people(), Long::sum);
            }
        }
        return byOrigin;
    }

    /**
     * In the caller's jurisdiction; people on a list not matched to a registered person have no place yet and count
     * only for district command.
     */
    public Figures figures(Caller caller) {
        Map<ContactStatus, Long> contacts = cases.contactsByStatus(caller);
        boolean district = caller.role() == Role.DISTRICT_COMMAND;
        Map<Origin, Long> byOrigin = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            byOrigin.put(origin, 0L);
        }
        for (var listed : keyPersons.listedByOrigin()) {
            if (listed.path() == null ? district : caller.covers(listed.path())) {
                byOrigin.merge(Origin.of(listed.origin(), listed.category()), listed.people(), Long::sum);
            }
        }
        List<ListCompletion> lists = keyPersons.completionByList().stream()
                .map(l -> new ListCompletion(l.listId(), l.fileName(), l.toVerify(), l.verified())).toList();
        return new Figures(byOrigin, contacts, lists);
    }
}
