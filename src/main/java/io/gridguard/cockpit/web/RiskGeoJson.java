package io.gridguard.cockpit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gridguard.cockpit.RiskPlace;
import io.gridguard.cockpit.RiskReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The risk map as a GeoJSON FeatureCollection: each place's outline (or point) with its colour, indicators and reasons. */
@Component
class RiskGeoJson {

    private final JsonMapper json;
    private final MessageSource messages;
    private final io.gridguard.cockpit.RiskMap risk;
    private final io.gridguard.cockpit.Headlines headlines;
    /**
     * The map as last written for a scope and language: it changes only when the map is evaluated (once a minute), and
     * a district's is a few hundred kilobytes that many screens ask for.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Written> written = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumSize(2_000).expireAfterAccess(java.time.Duration.ofMinutes(10)).build();

    private record Written(java.time.Instant evaluated, byte[] body) {
    }

    RiskGeoJson(JsonMapper json, MessageSource messages, io.gridguard.cockpit.RiskMap risk, io.gridguard.cockpit.Headlines headlines) {
        this.json = json;
        this.messages = messages;
        this.risk = risk;
        this.headlines = headlines;
    }

    /** The caller's map (or that of a node inside their scope) as GeoJSON bytes, written again only after an evaluation. */
    byte[] body(io.gridguard.shared.Caller caller, Long nodeId, Locale locale) {
        List<io.gridguard.shared.ScopeNode> scope = headlines.scopeOf(caller, nodeId);
        java.time.Instant evaluated = risk.lastEvaluated();
        String key = scope + "|" + locale.toLanguageTag();
        Written kept = written.getIfPresent(key);
        if (kept != null && java.util.Objects.equals(kept.evaluated(), evaluated)) {
            return kept.body();
        }
        byte[] body = json.writeValueAsBytes(collection(risk.places(scope), locale));
        written.put(key, new Written(evaluated, body));
        return body;
    }

    Map<String, Object> collection(List<RiskPlace> places, Locale locale) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (RiskPlace p : places) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("placeId", p.placeId());
            properties.put("name", p.name());
            properties.put("kind", p.kind());
            properties.put("streetId", p.path().streetId());
            properties.put("communityId", p.path().communityId());
            properties.put("gridId", p.path().gridId());
            properties.put("colour", p.colour());
            properties.put("since", p.since());
            properties.put("indicators", p.indicators());
            properties.put("reasons", p.reasons().stream().map(r -> Map.of("indicator", r.indicator(), "value", r.value(),
                    "colour", r.colour(), "threshold", r.threshold(), "text", explain(r, locale))).toList());
            properties.put("evaluatedAt", p.evaluatedAt());
            properties.put("policyVersion", p.policyVersion());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", p.placeId());
            feature.put("geometry", p.geometry() == null ? null : json.readTree(p.geometry()));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    /** "病例 1，达到红色阈值 1" */
    String explain(RiskReason reason, Locale locale) {
        return messages.getMessage("cockpit.risk.reason", new Object[]{messages.getMessage(reason.indicator().messageKey(), null, locale),
                reason.value(), messages.getMessage("cockpit.risk.colour." + reason.colour(), null, locale), reason.threshold()}, locale);
    }
}
