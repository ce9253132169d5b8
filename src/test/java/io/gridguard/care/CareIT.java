package io.gridguard.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.gridguard.jurisdiction.NodeView;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.shared.Caller;
import io.gridguard.shared.PageRequest;
import io.gridguard.shared.Role;
import io.gridguard.support.ApiClient;
import io.gridguard.support.Ids;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md flow 4's needs: a home-quarantined household asks, a social worker claims and does it, the household confirms. */
class CareIT extends IntegrationTest {

    @Autowired
    Care care;

    @Autowired
    Places places;

    private long firstHousehold(NodeView grid) {
        var caller = new Caller("test", "test", Role.DISTRICT_COMMAND, List.of(fixtures.jurisdictions().scopeNode(grid.id())), null, null, null);
        return places.page(caller, grid.id(), null, PlaceKind.HOUSEHOLD, new PageRequest(0, 10)).items().getFirst().id();
    }

    @Test
    void aHouseholdsNeedBecomesATaskThatIsDoneConfirmedAndCounted() {
        ApiClient api = api();
        WebSession web = browserless();
        var resident = ResidentLogin.signIn(web, fixtures, 7);
        String clerk = api.token("community1");
        JsonNode person = api.get("/api/v1/people/" + resident.personId(), clerk).json();
        assertThat(person.hasNonNull("householdId")).as("a demo resident lives in a household").isTrue();

        var refused = web.follow(web.post("/care/needs", Map.of("kind", "GROCERIES", "note", "大米")));
        assertThat(refused.body()).as("only households under home quarantine").contains("当前没有居家隔离或健康监测人员");

        assertThat(api.post("/api/v1/quarantine/orders", clerk, Map.of("personId", resident.personId(), "kind", "HOME",
                "reason", "次密接")).status()).isEqualTo(201);
        var asked = web.follow(web.post("/care/needs", Map.of("kind", "GROCERIES", "note", "大米 5 斤、青菜")));
        assertThat(asked.body()).contains("需求已提交").contains("大米 5 斤、青菜").contains("待认领");

        String social = api.token("social1");
        JsonNode task = null;
        for (JsonNode t : api.get("/api/v1/care/tasks?status=OPEN&size=200", social).json().get("items")) {
            task = t.get("householdId").asLong() == person.get("householdId").asLong() ? t : task;
        }
        assertThat(task).as("the social worker of the community sees it").isNotNull();
        long id = task.get("id").asLong();
        assertThat(task.get("buildingName").isNull()).as("grouped by building").isFalse();
        assertThat(api.post("/api/v1/care/tasks/" + id + "/actions", social, Map.of("action", "DONE", "note", "x")).status())
                .as("claimed first").isEqualTo(409);
        assertThat(api.post("/api/v1/care/tasks/" + id + "/actions", api.token("grid1"), Map.of("action", "CLAIM")).status())
                .as("social workers take tasks").isEqualTo(403);
        assertThat(api.post("/api/v1/care/tasks/" + id + "/actions", social, Map.of("action", "CLAIM")).json().get("status").asString())
                .isEqualTo("CLAIMED");
        var noNote = api.post("/api/v1/care/tasks/" + id + "/actions", social, Map.of("action", "DONE"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").get(0).get("message").asString()).isEqualTo("办结时请写明办理情况。");
        assertThat(api.post("/api/v1/care/tasks/" + id + "/actions", social, Map.of("action", "DONE", "note", "已送到门口"))
                .json().get("status").asString()).isEqualTo("DONE");
        assertThat(browserless().loggedIn("social1").get("/care").body()).contains("已办结").contains("已送到门口");

        var confirmed = web.follow(web.post("/care/tasks/" + id + "/actions", Map.of("action", "CONFIRM")));
        assertThat(confirmed.body()).contains("住户已确认");
        assertThat(api.get("/api/v1/care/tasks/" + id, social).json().get("status").asString()).isEqualTo("CONFIRMED");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        for (String by : List.of("TYPE", "BUILDING", "COMMUNITY", "DAY")) {
            JsonNode figures = api.get("/api/v1/care/figures?by=" + by, clerk).json();
            assertThat(figures.get("total").get("confirmed").asLong()).as(by).isPositive();
            assertThat(figures.get("rows").size()).as(by).isPositive();
        }
        JsonNode byType = api.get("/api/v1/care/figures?by=TYPE", clerk).json().get("rows");
        assertThat(byType.findValuesAsString("key")).contains("GROCERIES");
        assertThat(api.get("/api/v1/care/figures?by=DAY&from=" + today + "&to=" + today, clerk).json().get("rows").get(0).get("key")
                .asString()).isEqualTo(today);
        assertThat(api.get("/api/v1/care/figures?from=" + today + "&to=2000-01-01", clerk).status()).isEqualTo(400);
        assertThat(browserless().loggedIn("community1").get("/care/figures?by=BUILDING").body()).contains("按楼栋").contains("合计");
    }

    @Test
    void aNeedNotDoneInTimeRaisesOneEventAndSocialWorkersSeeOnlyTheirHouseholds() {
        ApiClient api = api();
        // a household of another street's community, looked after by that community
        NodeView district = fixtures.district();
        NodeView street2 = fixtures.jurisdictions().children(district.id()).get(1);
        NodeView community = fixtures.jurisdictions().children(street2.id()).getFirst();
        NodeView grid = fixtures.jurisdictions().children(community.id()).getFirst();
        long household = firstHousehold(grid);
        String clerk2 = api.token("community2");
        long person = api.post("/api/v1/people", clerk2, Map.of("name", "外社区", "idType", "RESIDENT_ID", "idNumber", Ids.next(),
                "gridId", grid.id(), "householdId", household)).json().get("id").asLong();
        assertThat(api.post("/api/v1/quarantine/orders", clerk2, Map.of("personId", person, "kind", "HOME", "reason", "密接家属")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/care/needs", api.token("community1"), Map.of("kind", "MEDICAL", "householdId", household)).status())
                .as("another community's household").isEqualTo(403);
        var bad = api.post("/api/v1/care/needs", clerk2, Map.of("householdId", household));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("kind");
        JsonNode task = api.post("/api/v1/care/needs", clerk2, Map.of("kind", "MEDICAL", "note", "血压药", "householdId", household)).json();
        long id = task.get("id").asLong();

        String social = api.token("social1");
        assertThat(api.get("/api/v1/care/tasks/" + id, social).status()).as("not their household").isEqualTo(404);
        assertThat(api.post("/api/v1/care/tasks/" + id + "/actions", social, Map.of("action", "CLAIM")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/care/tasks?size=200", social).json().get("items").findValuesAsString("id"))
                .doesNotContain(String.valueOf(id));

        Instant late = Instant.parse(task.get("dueAt").asString()).plusSeconds(60);
        assertThat(care.watch(late)).isPositive();
        care.watch(late.plusSeconds(60));
        JsonNode overdue = api.get("/api/v1/care/tasks/" + id, clerk2).json();
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        long event = overdue.get("overdueEventId").asLong();
        JsonNode opened = api.get("/api/v1/events/" + event, clerk2).json();
        assertThat(opened.get("category").asString()).isEqualTo("LIVELIHOOD");
        assertThat(opened.get("description").asString()).contains("任务 " + id);
        assertThat(opened.get("timeline").findValuesAsString("action")).as("raised once").doesNotContain("REPEAT");
    }
}
