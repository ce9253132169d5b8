package io.gridguard.tracing;

import io.gridguard.shared.Caller;
import io.gridguard.shared.Problem;
import io.gridguard.tracing.internal.CaseRepository;
import io.gridguard.tracing.internal.CaseRepository.CaseRow;
import org.springframework.stereotype.Component;

/** Who may see a case: a tracer whose jurisdiction covers where its person lives. */
@Component
class CaseAccess {

    private final CaseRepository cases;

    CaseAccess(CaseRepository cases) {
        this.cases = cases;
    }

    CaseRow visible(Caller caller, long id) {
        caller.require(Cases.TRACERS);
        CaseRow row = cases.findCase(id).orElseThrow(() -> new Problem.NotFound("tracing.case.notFound", id));
        caller.requireCovers(row.path());
        return row;
    }
}
