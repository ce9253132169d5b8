package io.gridguard.shared;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTests {

    private static final NodePath GRID_4 = new NodePath(1, 2, 3, 4);
    private static final NodePath OTHER_STREET = new NodePath(1, 90, 91, 92);

    private static Caller caller(Role role, ScopeNode... nodes) {
        return new Caller("u", "u", role, List.of(nodes), null, null, null);
    }

    @Test
    void aGridWorkerCoversOnlyTheirGrid() {
        Caller grid = caller(Role.GRID_WORKER, new ScopeNode(NodeLevel.GRID, 4));
        assertThat(grid.covers(GRID_4)).isTrue();
        assertThat(grid.covers(new NodePath(1, 2, 3, 5))).isFalse();
    }

    @Test
    void aStreetCoversEveryGridBelowIt() {
        Caller street = caller(Role.STREET_STAFF, new ScopeNode(NodeLevel.STREET, 2));
        assertThat(street.covers(GRID_4)).isTrue();
        assertThat(street.covers(OTHER_STREET)).isFalse();
    }

    @Test
    void severalGridsAreAllCovered() {
        Caller grid = caller(Role.GRID_WORKER, new ScopeNode(NodeLevel.GRID, 4), new ScopeNode(NodeLevel.GRID, 92));
        assertThat(grid.covers(GRID_4)).isTrue();
        assertThat(grid.covers(OTHER_STREET)).isTrue();
    }

    @Test
    void aResidentCoversNoJurisdiction() {
        assertThat(caller(Role.RESIDENT).covers(GRID_4)).isFalse();
    }

    @Test
    void requireFailsWithTheReasonForTheUser() {
        Caller grid = caller(Role.GRID_WORKER, new ScopeNode(NodeLevel.GRID, 4));
        assertThatThrownBy(() -> grid.requireCovers(OTHER_STREET)).isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.access.scope"));
        assertThatThrownBy(() -> grid.require(Set.of(Role.DISTRICT_COMMAND))).isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.access.role"));
    }

    @Test
    void scopeSqlSelectsTheColumnOfEachLevel() {
        var scope = List.of(new ScopeNode(NodeLevel.STREET, 2), new ScopeNode(NodeLevel.GRID, 92));
        assertThat(ScopeSql.where(scope)).isEqualTo("(street_id = ? OR grid_id = ?)");
        assertThat(ScopeSql.params(scope)).containsExactly(2L, 92L);
        assertThat(ScopeSql.where(List.of())).isEqualTo("1 = 0");
    }
}
