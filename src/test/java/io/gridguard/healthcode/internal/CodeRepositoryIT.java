package io.gridguard.healthcode.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gridguard.healthcode.Colour;
import io.gridguard.healthcode.HealthCodeView;
import io.gridguard.healthcode.HealthCodes;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Batched writes of codes, on both databases (PostgreSQL's driver rewrites batched inserts and so loses their counts). */
class CodeRepositoryIT extends IntegrationTest {

    @Autowired
    CodeRepository repository;

    @Autowired
    HealthCodes codes;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void creatingCodesTogetherLeavesThoseSomeoneCreatedMeanwhileAndSaysWhichItWrote() {
        long fresh = newPerson();
        long coded = newPerson();
        codes.current(coded);
        String reference = repository.find(coded).orElseThrow().reference();
        Instant now = Instant.now();
        List<CodeRepository.Stored> created = List.of(
                new CodeRepository.Stored(new HealthCodeView(fresh, Colour.GREEN, List.of(), now, null), "fresh-" + fresh, now),
                new CodeRepository.Stored(new HealthCodeView(coded, Colour.GREEN, List.of(), now, null), "late-" + coded, now));

        var written = transactions.execute(status -> repository.insertAll(created, 1));

        assertThat(written).containsExactly(fresh);
        assertThat(repository.find(fresh).orElseThrow().reference()).isEqualTo("fresh-" + fresh);
        assertThat(repository.find(coded).orElseThrow().reference()).isEqualTo(reference);
    }

    private long newPerson() {
        ApiClient api = api();
        return api.post("/api/v1/people", api.token("community1"), Map.of("name", "批量", "idType", "RESIDENT_ID",
                "idNumber", Ids.next(), "gridId", fixtures.grid1().id())).json().get("id").asLong();
    }
}
