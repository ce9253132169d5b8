package io.gridguard.volunteer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.gridguard.support.ApiClient;
import io.gridguard.support.IntegrationTest;
import io.gridguard.support.ResidentLogin;
import io.gridguard.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md flow 11: a resident joins a community's team, takes a shift at a checkpoint, checks in (and counts as on duty
 * in the cockpit), checks out; hours go into the ledger (shifts, corrections, attendances nobody closed); figures per team.
 */
class VolunteerIT extends IntegrationTest {

    @Autowired
    Volunteers volunteers;

    private static Map<String, Object> shift(long team, long place, Instant from, Instant to, int slots) {
        return Map.of("teamId", team, "placeId", place, "startsAt", from.toString(), "endsAt", to.toString(), "slots", slots);
    }

    private long onDuty(ApiClient api, String token) {
        return api.get("/api/v1/stats/summary", token).json().get("volunteers").get("onDuty").asLong();
    }

    @Test
    void aResidentJoinsTakesAShiftChecksInIsOnDutyAndTheHoursAreCounted() {
        ApiClient api = api();
        String clerk = api.token("community1");
        String other = api.token("community2");
        long community = fixtures.community1().id();

        var invalid = api.post("/api/v1/volunteer-teams", clerk, Map.of("name", " "));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.body()).contains("请填写队伍名称。").contains("请选择队伍所属的社区。");
        assertThat(api.post("/api/v1/volunteer-teams", clerk, Map.of("name", " "), "Accept-Language", "en").body())
                .contains("Give the team a name.");
        assertThat(api.post("/api/v1/volunteer-teams", other, Map.of("name", "越界队", "communityId", community)).status())
                .as("another street's clerk").isEqualTo(403);
        JsonNode team = api.post("/api/v1/volunteer-teams", clerk, Map.of("name", "东苑卡口志愿队", "communityId", community)).json();
        long teamId = team.get("id").asLong();
        assertThat(api.post("/api/v1/volunteer-teams", clerk, Map.of("name", "东苑卡口志愿队", "communityId", community)).status())
                .isEqualTo(409);

        // a resident of grid 1 applies on their phone page
        WebSession phone = browserless();
        var resident = ResidentLogin.signIn(phone, fixtures, 11);
        assertThat(phone.get("/me/volunteer").body()).contains("东苑卡口志愿队");
        var applied = phone.follow(phone.post("/me/volunteer", Map.of("teamId", String.valueOf(teamId), "skills", "驾驶")));
        assertThat(applied.body()).contains("报名已提交").contains("待审核");
        assertThat(phone.follow(phone.post("/me/volunteer", Map.of("teamId", String.valueOf(teamId)))).body()).contains("已经是");

        JsonNode application = null;
        for (JsonNode v : api.get("/api/v1/volunteers?status=APPLIED&teamId=" + teamId, clerk).json().get("items")) {
            application = v.get("personId").asLong() == resident.personId() ? v : application;
        }
        assertThat(application).as("the clerk sees the application").isNotNull();
        assertThat(application.get("name").asString()).as("names are masked in lists").contains("*");
        long me = application.get("id").asLong();
        assertThat(api.post("/api/v1/volunteers/" + me + "/decision", other, Map.of("approve", true)).status())
                .as("outside community2's scope").isEqualTo(404);
        var noReason = api.post("/api/v1/volunteers/" + me + "/decision", clerk, Map.of("approve", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("message").asString()).isEqualTo("不通过时请写明理由。");
        assertThat(api.post("/api/v1/volunteers/" + me + "/decision", clerk, Map.of("approve", true)).json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(api.post("/api/v1/volunteers/" + me + "/decision", clerk, Map.of("approve", true)).status()).isEqualTo(409);

        // staff enrol a neighbour directly
        // not yet in any team: a demo volunteer would bring shifts of their own that overlap the ones below at some hours of the day
        Set<Long> enrolled = new HashSet<>();
        long enrolledTotal = api.get("/api/v1/volunteers?size=1", clerk).json().get("total").asLong();
        for (int page = 0; page * 200L < enrolledTotal; page++) {
            api.get("/api/v1/volunteers?size=200&page=" + page, clerk).json().get("items").forEach(v -> enrolled.add(v.get("personId").asLong()));
        }
        long neighbourPerson = 0;
        for (JsonNode p : api.get("/api/v1/people?gridId=" + fixtures.grid1().id() + "&size=200", clerk).json().get("items")) {
            long id = p.get("id").asLong();
            neighbourPerson = neighbourPerson == 0 && id != resident.personId() && !enrolled.contains(id) ? id : neighbourPerson;
        }
        assertThat(neighbourPerson).as("a neighbour who is no volunteer yet").isNotZero();
        JsonNode neighbour = api.post("/api/v1/volunteers", clerk, Map.of("teamId", teamId, "personId", neighbourPerson)).json();
        assertThat(neighbour.get("status").asString()).isEqualTo("ACTIVE");
        long neighbourId = neighbour.get("id").asLong();

        // shifts at checkpoint 1
        long checkpoint = api.get("/api/v1/checkpoints", api.token("gate1")).json().get("items").get(0).get("id").asLong();
        Instant now = Instant.now();
        var bad = api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now, now.minusSeconds(60), 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("结束时间须晚于开始时间。").contains("需要人数须在 1 到 100 之间。");
        assertThat(api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now, now.plus(Duration.ofHours(13)), 2)).body())
                .contains("一个班次最长 12 小时。");
        long first = api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now.minus(Duration.ofMinutes(10)),
                now.plus(Duration.ofHours(3)), 1)).json().get("id").asLong();

        long baseline = onDuty(api, clerk);
        long districtBaseline = onDuty(api, api.token("district"));
        long elsewhere = onDuty(api, other);
        assertThat(phone.get("/me/volunteer").body()).contains("id=\"shift-" + first + "\"");
        assertThat(phone.follow(phone.post("/volunteers/shifts/" + first + "/take", Map.of())).body()).contains("已报名该班次");
        assertThat(api.post("/api/v1/volunteer-shifts/" + first + "/assignments", clerk, Map.of("volunteerId", neighbourId)).body())
                .as("one slot").contains("该班次人数已满。");
        assertThat(phone.follow(phone.post("/volunteers/shifts/" + first + "/check-in", Map.of())).body()).contains("已签到");

        assertThat(onDuty(api, clerk)).isEqualTo(baseline + 1);
        assertThat(onDuty(api, api.token("district"))).isEqualTo(districtBaseline + 1);
        assertThat(onDuty(api, other)).as("another street's community").isEqualTo(elsewhere);
        assertThat(api.get("/api/v1/volunteers/on-duty", clerk).body()).contains("\"shiftId\":" + first + ",");
        assertThat(api.get("/api/v1/volunteers/on-duty", api.token("grid2")).body()).doesNotContain("\"shiftId\":" + first + ",");
        WebSession staff = browserless().loggedIn("community1");
        assertThat(staff.get("/cockpit").body()).contains("id=\"fig-volunteers\"").contains("/volunteers/on-duty");
        assertThat(staff.get("/volunteers/on-duty").body()).contains("东苑卡口志愿队").contains(application.get("name").asString());

        // an overlapping shift cannot be taken; the checkpoint's operator checks the volunteer out
        long overlapping = api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)), 3)).json().get("id").asLong();
        assertThat(phone.follow(phone.post("/volunteers/shifts/" + overlapping + "/take", Map.of())).body()).contains("与已报名的其他班次时间重叠");
        var out = api.post("/api/v1/volunteer-shifts/" + first + "/check-out", api.token("gate1"), Map.of("volunteerId", me));
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().get("attendances").get(0).hasNonNull("checkedOutAt")).isTrue();
        assertThat(api.post("/api/v1/volunteer-shifts/" + first + "/check-out", api.token("gate1"), Map.of("volunteerId", me)).status())
                .isEqualTo(409);
        assertThat(onDuty(api, clerk)).isEqualTo(baseline);
        assertThat(api.post("/api/v1/volunteer-shifts/" + overlapping + "/assignments", api.token("gate1"), Map.of("volunteerId", neighbourId))
                .status()).as("the operator checks in and out but does not hand out slots").isEqualTo(403);
        assertThat(api.post("/api/v1/volunteer-shifts/" + first + "/check-in", api.token("grid1"), Map.of("volunteerId", me)).status())
                .as("a grid worker does not run shifts").isEqualTo(404);

        // too early to check in; a slot given back
        long later = api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now.plus(Duration.ofHours(4)),
                now.plus(Duration.ofHours(6)), 2)).json().get("id").asLong();
        var assigned = api.post("/api/v1/volunteer-shifts/" + later + "/assignments", clerk, Map.of("volunteerId", neighbourId));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        var early = api.post("/api/v1/volunteer-shifts/" + later + "/check-in", clerk, Map.of("volunteerId", neighbourId));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("只能在班次开始前 30 分钟到班次结束之间签到。");
        assertThat(api.delete("/api/v1/volunteer-shifts/" + later + "/assignments/" + neighbourId, clerk).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/volunteer-shifts/" + later, clerk).json().get("attendances").size()).isZero();

        // a shift nobody checked out of is closed at its end, with its hours
        long forgotten = api.post("/api/v1/volunteer-shifts", clerk, shift(teamId, checkpoint, now.plus(Duration.ofMinutes(20)),
                now.plus(Duration.ofMinutes(80)), 1)).json().get("id").asLong();
        api.post("/api/v1/volunteer-shifts/" + forgotten + "/assignments", clerk, Map.of("volunteerId", neighbourId));
        // the gate's operator checks the volunteer in on their phone page
        WebSession gate = browserless().loggedIn("gate1");
        assertThat(gate.get("/volunteers/gate").body()).contains("id=\"shift-" + forgotten + "\"");
        var checkedIn = gate.post("/volunteers/shifts/" + forgotten + "/check-in", Map.of("volunteerId", String.valueOf(neighbourId)));
        assertThat(checkedIn.location()).contains("/volunteers/gate");
        assertThat(gate.follow(checkedIn).body()).contains("已签到");
        volunteers.closeForgotten(now.plus(Duration.ofMinutes(70)));
        assertThat(api.get("/api/v1/volunteer-shifts/" + forgotten, clerk).json().get("attendances").get(0).has("checkedOutAt"))
                .as("not yet two hours past the end").isFalse();
        assertThat(volunteers.closeForgotten(now.plus(Duration.ofMinutes(201)))).isGreaterThanOrEqualTo(1);
        volunteers.closeForgotten(now.plus(Duration.ofMinutes(202)));
        JsonNode closed = api.get("/api/v1/volunteer-shifts/" + forgotten, clerk).json().get("attendances").get(0);
        assertThat(closed.get("autoClosed").asBoolean()).isTrue();
        assertThat(Duration.between(now.plus(Duration.ofMinutes(80)), Instant.parse(closed.get("checkedOutAt").asString())).abs())
                .as("closed at the shift's end").isLessThan(Duration.ofMillis(1));

        // a correction with its reason; the ledger never goes below zero
        assertThat(api.post("/api/v1/volunteers/" + me + "/hours", clerk, Map.of("minutes", 90)).body()).contains("请写明更正时长的原因。");
        assertThat(api.post("/api/v1/volunteers/" + me + "/hours", clerk, Map.of("minutes", -1000, "note", "x")).body())
                .contains("更正后累计时长不能小于 0");
        assertThat(api.post("/api/v1/volunteers/" + me + "/hours", clerk, Map.of("minutes", 90, "note", "补记早班"))
                .json().get("minutes").asLong()).isBetween(90L, 92L);

        Map<Long, JsonNode> members = new HashMap<>();
        api.get("/api/v1/volunteers?teamId=" + teamId, clerk).json().get("items").forEach(v -> members.put(v.get("id").asLong(), v));
        assertThat(members.get(neighbourId).get("minutes").asLong()).as("check-in (20 min early) to the shift's end, recorded once")
                .isBetween(78L, 80L);

        JsonNode row = null;
        // the period spans tomorrow too: the later shifts and the closing may fall after midnight
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        for (JsonNode r : api.get("/api/v1/volunteers/figures" + period, clerk).json().get("rows")) {
            row = r.get("teamId").asLong() == teamId ? r : row;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("active").asLong()).isEqualTo(2);
        assertThat(row.get("shifts").asLong()).isEqualTo(4);
        assertThat(row.get("attended").asLong()).isEqualTo(2);
        assertThat(row.get("minutes").asLong()).isEqualTo(members.get(me).get("minutes").asLong() + members.get(neighbourId).get("minutes").asLong());
        assertThat(api.get("/api/v1/volunteers/figures", other).body()).doesNotContain("东苑卡口志愿队");
        assertThat(staff.get("/volunteers/figures").body()).contains("东苑卡口志愿队");
        assertThat(staff.get("/volunteers").body()).contains("东苑卡口志愿队").contains("id=\"shift-" + first + "\"");
        assertThat(phone.get("/me/volunteer").body()).contains("累计服务 1.5 小时");
    }
}
