package io.gridguard.support;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs a demo resident in through the one-time-code pages (the code is on screen in demo mode). */
public final class ResidentLogin {

    private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\">(\\d{6})<");

    public record Resident(WebSession session, long personId, String phone) {
    }

    private ResidentLogin() {
    }

    /** Signs in the n-th resident of grids 1 and 2 who has a phone of their own (tests use different n: codes are rate-limited per phone). */
    public static Resident signIn(WebSession web, DemoFixtures fixtures, int n) {
        return signIn(web, fixtures, n, null);
    }

    /** Signs in as above, arriving from a page that asked to be returned to ({@code next}, e.g. a venue check-in). */
    public static Resident signIn(WebSession web, DemoFixtures fixtures, int n, String next) {
        var resident = withOwnPhone(web, fixtures, n);
        web.get(next == null ? "/resident/login" : "/resident/login?next=" + next);
        var sent = web.post("/resident/login/code", Map.of("phone", resident.phone()));
        var code = DEMO_CODE.matcher(sent.body());
        assertThat(code.find()).as("demo mode shows the code").isTrue();
        var verified = web.post("/resident/login/verify", Map.of("phone", resident.phone(), "code", code.group(1)));
        assertThat(verified.status()).isEqualTo(302);
        assertThat(verified.location()).endsWith(next == null ? "/resident" : next);
        return resident;
    }

    public static Resident withOwnPhone(WebSession web, DemoFixtures fixtures, int n) {
        ApiClient api = new ApiClient(web.base());
        String token = api.token("district");
        int found = 0;
        var items = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        for (long grid : java.util.List.of(fixtures.grid1().id(), fixtures.grid2().id())) {
            api.get("/api/v1/people?gridId=" + grid + "&size=100", token).json().get("items").forEach(items::add);
        }
        for (var item : items) {
            if (item.get("phone") == null || !"RESIDENT_ID".equals(item.get("idType").asString())) {
                continue;
            }
            String phone = api.get("/api/v1/people/" + item.get("id").asLong(), token).json().get("phone").asString();
            if (phone.startsWith("1") && api.get("/api/v1/people?q=" + phone, token).json().get("total").asLong() == 1 && found++ == n) {
                return new Resident(web, item.get("id").asLong(), phone);
            }
        }
        throw new IllegalStateException("grids 1 and 2 have fewer than " + (n + 1) + " residents with their own phone");
    }
}
