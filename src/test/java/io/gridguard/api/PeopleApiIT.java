package io.gridguard.api;

import java.util.Map;

import io.gridguard.shared.AuditTrail;
import io.gridguard.shared.PageRequest;
import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The people endpoints end to end over HTTP, as README's curl examples use them. */
class PeopleApiIT extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Test
    void aGridWorkerRegistersAPersonAndFindsThemMaskedByIdNumber() {
        ApiClient api = api();
        String token = api.token("grid1");
        String idNumber = Ids.next();
        var created = api.post("/api/v1/people", token, Map.of("name", "林小满", "idType", "RESIDENT_ID",
                "idNumber", idNumber, "phone", "13900001111", "gridId", fixtures.grid1().id()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/api/v1/people/" + created.json().get("id").asLong()));
        assertThat(created.json().get("birthDate").asString()).isEqualTo(Ids.birthDateOf(idNumber));

        var found = api.get("/api/v1/people?idNumber=" + idNumber, token);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        var item = found.json().get("items").get(0);
        assertThat(item.get("idNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(item.get("phone").asString()).isEqualTo("139****1111");
        assertThat(found.json().get("page").asInt()).isZero();
        assertThat(found.json().get("size").asInt()).isEqualTo(50);
    }

    @Test
    void openingAFullRecordIsAudited() {
        ApiClient api = api();
        long id = api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=1", api.token("grid1"))
                .json().get("items").get(0).get("id").asLong();
        var full = api.get("/api/v1/people/" + id, api.token("community1"));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("idNumber").asString()).doesNotContain("*");
        assertThat(audit.entries(String.valueOf(id), new PageRequest(0, 50)).items())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("PERSON_VIEW");
                    assertThat(e.actor()).isEqualTo("community1");
                    assertThat(e.remoteAddress()).isNotBlank();
                });
    }

    @Test
    void aWrongChecksumIsRefusedNamingTheFieldInTheCallersLanguage() {
        ApiClient api = api();
        var body = Map.of("name", "王五", "idType", "RESIDENT_ID", "idNumber", "110101199003071234", "gridId", fixtures.grid1().id());
        var chinese = api.post("/api/v1/people", api.token("grid1"), body);
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(chinese.json().get("errors").get(0).get("message").asString()).contains("校验位");

        var english = api.post("/api/v1/people", api.token("grid1"), body, "Accept-Language", "en");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("check digit");
        assertThat(english.body()).doesNotContain("Exception").doesNotContain("at io.gridguard");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        var response = api().post("/api/v1/people", api().token("grid1"),
                Map.of("name", "", "idType", "PASSPORT", "idNumber", "1", "phone", "12", "gridId", fixtures.grid1().id(),
                        "birthDate", "2990-01-01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("name", "idNumber", "phone", "birthDate");
    }

    @Test
    void theSameIdNumberIsOnePerson() {
        ApiClient api = api();
        String idNumber = Ids.next();
        var body = Map.of("name", "赵六", "idType", "RESIDENT_ID", "idNumber", idNumber, "gridId", fixtures.grid1().id());
        assertThat(api.post("/api/v1/people", api.token("grid1"), body).status()).isEqualTo(201);
        var again = api.post("/api/v1/people", api.token("community1"), body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("people.person.duplicate");
    }

    @Test
    void malformedJsonAndWrongTypesAreFourHundredsNotFiveHundreds() {
        ApiClient api = api();
        String token = api.token("grid1");
        assertThat(api.post("/api/v1/people", token, "{not json").status()).isEqualTo(400);
        var badEnum = api.post("/api/v1/people", token, "{\"name\":\"x\",\"idType\":\"BOGUS\",\"idNumber\":\"1\",\"gridId\":1}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("idType");
        assertThat(api.get("/api/v1/people/not-a-number", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people/99999999", token).status()).isEqualTo(404);
        var notAGrid = api.post("/api/v1/people", token, Map.of("name", "x", "idType", "RESIDENT_ID", "idNumber", Ids.next(),
                "gridId", fixtures.community1().id()));
        assertThat(notAGrid.status()).isEqualTo(400);
        assertThat(notAGrid.json().get("errors").get(0).get("field").asString()).isEqualTo("gridId");
    }
}
