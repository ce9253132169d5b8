package io.gridguard.people.web;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;

/** Lets a template show "community · grid" for a grid id (the tree is in memory, so this costs no query). */
public record GridNames(Jurisdictions jurisdictions) {

    public String of(long gridId) {
        var path = jurisdictions.pathTo(gridId);
        return path.size() < 2 ? "" : path.get(path.size() - 2).name() + " · " + path.getLast().name();
    }

    public String node(long id) {
        return jurisdictions.find(id).map(NodeView::name).orElse("");
    }
}
