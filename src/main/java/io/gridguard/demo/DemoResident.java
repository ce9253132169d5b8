package io.gridguard.demo;

import java.util.Optional;

import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.people.People;
import io.gridguard.shared.NodeLevel;
import org.springframework.stereotype.Component;

/** Finds a resident of grid 1 with a phone of their own, to show how residents sign in. */
@Component
class DemoResident {

    private final Jurisdictions jurisdictions;
    private final People people;

    DemoResident(Jurisdictions jurisdictions, People people) {
        this.jurisdictions = jurisdictions;
        this.people = people;
    }

    Optional<String> phone() {
        return jurisdictions.roots().stream().findFirst()
                .flatMap(district -> jurisdictions.descendants(district.id(), NodeLevel.GRID).stream().findFirst())
                .flatMap(grid -> people.samplePhone(grid.id()));
    }
}
