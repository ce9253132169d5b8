package io.gridguard.checkpoint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Household passes at a compound gate and an enterprise park's roster, end to end through the API and pages. */
class PassIT extends IntegrationTest {

    private ApiClient api;

    private long checkpoint1() {
        return api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
    }

    private long householdOfGrid1() {
        for (var item : api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=20", api.token("community1")).json().get("items")) {
            var person = api.get("/api/v1/people/" + item.get("id").asLong(), api.token("community1")).json();
            if (person.hasNonNull("householdId")) {
                return person.get("householdId").asLong();
            }
        }
        throw new IllegalStateException("no household in grid 1");
    }

    private record Member(long id, String idNumber) {
    }

    private Member member(long household, String name) {
        String idNumber = Ids.next();
        long id = api.post("/api/v1/people", api.token("community1"), Map.of("name", name, "idType", "RESIDENT_ID",
                "idNumber", idNumber, "gridId", fixtures.grid1().id(), "householdId", household)).json().get("id").asLong();
        return new Member(id, idNumber);
    }

    private String scan(long checkpoint, Member who, String direction) {
        var result = api.post("/api/v1/checkpoints/" + checkpoint + "/scans", api.token("gate1"),
                Map.of("idNumber", who.idNumber(), "temperature", 36.5, "direction", direction));
        assertThat(result.status()).isEqualTo(201);
        return result.json().get("decision").asString() + " " + result.json().get("reason").asString();
    }

    private void rules(long checkpoint, Integer exits, Integer days, Long site) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("householdExits", exits);
        rule.put("everyDays", days);
        rule.put("rosterSiteId", site);
        var saved = api.put("/api/v1/checkpoints/" + checkpoint + "/rules", api.token("community1"), rule);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void oneMemberPerHouseholdGoesOutOnAPassEveryTwoDays() {
        api = api();
        long gate = checkpoint1();
        long household = householdOfGrid1();
        Member shopper = member(household, "采购员");
        Member other = member(household, "同户人");
        // the district's day (Asia/Shanghai), as the service counts it: from 16:00 UTC it is already tomorrow there
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        try {
            rules(gate, 1, 2, null);
            var pass = api.post("/api/v1/passes", api.token("grid1"), Map.of("householdId", household, "holderId", shopper.id(),
                    "validFrom", today.toString(), "validTo", today.plusDays(6).toString()));
            assertThat(pass.status()).as(pass.body()).isEqualTo(201);

            assertThat(scan(gate, other, "OUT")).isEqualTo("DENY NO_PASS");
            assertThat(scan(gate, shopper, "OUT")).isEqualTo("PASS GREEN_CODE");
            assertThat(scan(gate, shopper, "IN")).as("coming home needs no pass").isEqualTo("PASS GREEN_CODE");
            assertThat(scan(gate, shopper, "OUT")).as("the household's exit is used for two days").isEqualTo("DENY PASS_USED");

            var notMember = api.post("/api/v1/passes", api.token("grid1"), Map.of("householdId", household,
                    "holderId", fixtures.grid2().id() * 1_000_000, "validFrom", today.toString(), "validTo", today.toString()),
                    "Accept-Language", "en");
            assertThat(notMember.status()).isEqualTo(400);
            assertThat(notMember.body()).contains("The holder must be a member of the household");
            assertThat(api.post("/api/v1/passes", api.token("grid1"), Map.of("householdId", household, "holderId", shopper.id(),
                    "validFrom", today.toString(), "validTo", today.plusDays(40).toString())).status()).isEqualTo(400);
            assertThat(api.post("/api/v1/passes", api.token("grid2"), Map.of("householdId", household, "holderId", shopper.id(),
                    "validFrom", today.toString(), "validTo", today.toString())).status()).as("another grid's worker").isEqualTo(403);
            assertThat(api.put("/api/v1/checkpoints/" + gate + "/rules", api.token("community1"), Map.of("householdExits", 0, "everyDays", 2))
                    .status()).isEqualTo(400);

            WebSession page = browserless().loggedIn("grid1");
            assertThat(page.get("/passes?household=" + household).body()).contains("id=\"passes\"").contains("采**");
            assertThat(page.get("/checkpoints/" + gate + "/rules").body()).contains("name=\"householdExits\"").contains("value=\"1\"");
        } finally {
            rules(gate, null, null, null);
        }
        assertThat(scan(gate, other, "OUT")).as("rules lifted").isEqualTo("PASS GREEN_CODE");
    }

    @Test
    void aParkGateLetsInOnlyTheRoster() {
        api = api();
        long gate = checkpoint1();
        long site = api.get("/api/v1/me", api.token("enterprise1")).json().get("placeId").asLong();
        Member worker = member(householdOfGrid1(), "复工员工");
        try {
            rules(gate, null, null, site);
            assertThat(scan(gate, worker, "IN")).isEqualTo("DENY NOT_ON_ROSTER");
            var added = api.post("/api/v1/places/" + site + "/roster", api.token("enterprise1"), Map.of("idNumber", worker.idNumber()));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            assertThat(added.json().get("maskedName").asString()).contains("*");
            assertThat(api.post("/api/v1/places/" + site + "/roster", api.token("enterprise1"), Map.of("idNumber", worker.idNumber()))
                    .status()).isEqualTo(409);
            assertThat(api.post("/api/v1/places/" + site + "/roster", api.token("enterprise1"), Map.of("idNumber", "110101199001011234"))
                    .status()).isEqualTo(400);
            assertThat(scan(gate, worker, "IN")).isEqualTo("PASS GREEN_CODE");
            assertThat(api.get("/api/v1/places/" + site + "/roster", api.token("enterprise1")).json().get("total").asLong()).isEqualTo(1);
            WebSession contact = browserless().loggedIn("enterprise1");
            var own = contact.get("/roster");
            assertThat(own.status()).isEqualTo(302);
            assertThat(contact.follow(own).body()).contains("id=\"roster\"").contains("复**");
            assertThat(api.delete("/api/v1/places/" + site + "/roster/" + worker.id(), api.token("enterprise1")).status()).isEqualTo(204);
            assertThat(scan(gate, worker, "IN")).isEqualTo("DENY NOT_ON_ROSTER");
        } finally {
            rules(gate, null, null, null);
        }
    }
}
