package io.gridguard.dispatch.web;

import java.util.List;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.Caller;
import io.gridguard.shared.NodeLevel;
import io.gridguard.shared.Role;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grids' boundaries as GeoJSON for the pages' maps, which draw them instead of map tiles: nothing is fetched from the
 * internet. Staff see their grids; a resident, who may report anywhere in the district, sees all of them (boundaries are
 * not personal data).
 */
@Component
class GridOutlines {

    private final Jurisdictions jurisdictions;
    private final JsonMapper json;

    GridOutlines(Jurisdictions jurisdictions, JsonMapper json) {
        this.jurisdictions = jurisdictions;
        this.json = json;
    }

    List<JsonNode> of(Caller caller) {
        List<NodeView> grids = caller.role() == Role.RESIDENT
                ? jurisdictions.roots().stream().flatMap(root -> jurisdictions.descendants(root.id(), NodeLevel.GRID).stream()).toList()
                : jurisdictions.visibleAt(caller, NodeLevel.GRID);
        return grids.stream().filter(g -> g.boundary() != null).map(g -> json.readTree(g.boundary())).toList();
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }
}
