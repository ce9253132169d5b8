package io.gridguard.support;

import java.util.List;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NodeView;
import io.gridguard.shared.NodeLevel;

/** Where the demo accounts work: grid 1 (grid1's), grid 2 (grid2's), and a grid in another street. */
public record DemoFixtures(Jurisdictions jurisdictions) {

    public NodeView district() {
        return jurisdictions.roots().getFirst();
    }

    public List<NodeView> grids() {
        return jurisdictions.descendants(district().id(), NodeLevel.GRID);
    }

    public NodeView grid1() {
        return grids().getFirst();
    }

    public NodeView grid2() {
        return grids().get(1);
    }

    /** A grid of the last street: outside street1, community1, grid1 and community2. */
    public NodeView foreignGrid() {
        return grids().getLast();
    }

    public NodeView community1() {
        return jurisdictions.node(grid1().parentId());
    }
}
