package io.gridguard.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.gridguard.iam.NewStaffAccount;
import io.gridguard.iam.StaffAccounts;
import io.gridguard.jurisdiction.Departments;
import io.gridguard.jurisdiction.Jurisdictions;
import io.gridguard.jurisdiction.NewPlace;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.Places;
import io.gridguard.people.Gender;
import io.gridguard.people.IdType;
import io.gridguard.people.NewPerson;
import io.gridguard.people.People;
import io.gridguard.people.PersonTag;
import io.gridguard.people.ResidentIdNumber;
import io.gridguard.shared.NodeLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the fictional district: 8 streets, 40 communities, 450 grids, compounds with buildings and
 * households, rental apartments, checkpoints, quarantine/test/enterprise sites, departments, residents
 * (about 15% floating population) and the demo accounts. Names and ID numbers are invented; ID numbers
 * carry a valid checksum under the unassigned region code 330188.
 */
@Component
class DemoDistrict {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    static final int STREETS = 8;
    static final int COMMUNITIES_PER_STREET = 5;
    static final int GRIDS = 450;
    private static final int BATCH = 5_000;
    private static final int BIRTH_DAYS = 29_200;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1942, 1, 1);
    private static final double CENTER_LAT = 30.30;
    private static final double CENTER_LON = 120.20;

    private static final String[] STREET_NAMES = {"望江", "临湖", "青石", "柳岸", "桂园", "松林", "白鹭", "云栖"};
    private static final String[] COMMUNITY_NAMES = {"东苑", "西苑", "南坊", "北坊", "中和"};
    private static final String[] COMPOUND_NAMES = {"锦绣", "翠竹", "碧水", "金桂", "清风", "明月", "紫荆", "香樟", "梧桐", "海棠"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "晨", "宇", "欣", "浩", "雨"};
    private static final String[] ORIGINS = {"湖北省", "温州市", "台州市", "安徽省", "河南省", "江西省", "境外"};
    private static final int[] ORIGIN_WEIGHTS = {35, 21, 9, 12, 10, 10, 3};

    private final Jurisdictions jurisdictions;
    private final Places places;
    private final Departments departments;
    private final People people;
    private final StaffAccounts accounts;
    private final TransactionTemplate transactions;
    private final io.gridguard.quarantine.QuarantineSites quarantineSites;
    private final DemoVolunteers volunteers;

    DemoDistrict(Jurisdictions jurisdictions, Places places, Departments departments, People people,
                 StaffAccounts accounts, TransactionTemplate transactions, io.gridguard.quarantine.QuarantineSites quarantineSites,
                 DemoVolunteers volunteers) {
        this.quarantineSites = quarantineSites;
        this.volunteers = volunteers;
        this.jurisdictions = jurisdictions;
        this.places = places;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    record Layout(long districtId, List<Long> streets, List<Long> communities, List<Long> grids, List<Long> checkpoints,
                  long site1, long enterprise1, long healthDepartment, List<List<Long>> householdsByGrid,
                  List<List<Long>> rentalHouseholdsByGrid) {
    }

    Layout generate(int residents, long seed) {
        Random random = new Random(seed);
        long started = System.nanoTime();
        Layout layout = transactions.execute(tx -> tree(random, residents));
        log.info("Demo district: tree and places in {} ms", (System.nanoTime() - started) / 1_000_000);
        residents(layout, residents, random);
        log.info("Demo district: {} residents in {} ms", residents, (System.nanoTime() - started) / 1_000_000);
        transactions.executeWithoutResult(tx -> accounts(layout));
        transactions.executeWithoutResult(tx -> volunteers.generate(layout.districtId(), layout.checkpoints()));
        return layout;
    }

    private Layout tree(Random random, int residents) {
        long district = jurisdictions.addNode(null, NodeLevel.DISTRICT, "D01", "云溪区", CENTER_LAT, CENTER_LON,
                box(CENTER_LAT - 0.08, CENTER_LON - 0.16, CENTER_LAT + 0.08, CENTER_LON + 0.16));
        List<Long> streets = new ArrayList<>();
        List<Long> communities = new ArrayList<>();
        List<Long> grids = new ArrayList<>();
        List<double[]> gridBoxes = new ArrayList<>();
        int communityCount = STREETS * COMMUNITIES_PER_STREET;
        for (int s = 0; s < STREETS; s++) {
            double sLat = CENTER_LAT - 0.08 + (s / 4) * 0.08;
            double sLon = CENTER_LON - 0.16 + (s % 4) * 0.08;
            long street = jurisdictions.addNode(district, NodeLevel.STREET, "S%02d".formatted(s + 1),
                    STREET_NAMES[s] + "街道", sLat + 0.04, sLon + 0.04, box(sLat, sLon, sLat + 0.08, sLon + 0.08));
            streets.add(street);
            for (int c = 0; c < COMMUNITIES_PER_STREET; c++) {
                int ci = s * COMMUNITIES_PER_STREET + c;
                double cLat = sLat + c * 0.016;
                long community = jurisdictions.addNode(street, NodeLevel.COMMUNITY, "C%03d".formatted(ci + 1),
                        STREET_NAMES[s] + COMMUNITY_NAMES[c] + "社区", cLat + 0.008, sLon + 0.04,
                        box(cLat, sLon, cLat + 0.016, sLon + 0.08));
                communities.add(community);
                // 450 grids over 40 communities: the first ten communities have 12 grids, the rest 11.
                int gridCount = GRIDS / communityCount + (ci < GRIDS % communityCount ? 1 : 0);
                for (int g = 0; g < gridCount; g++) {
                    double gLon = sLon + g * 0.08 / gridCount;
                    double[] b = {cLat, gLon, cLat + 0.016, gLon + 0.08 / gridCount};
                    grids.add(jurisdictions.addNode(community, NodeLevel.GRID, "G%03d".formatted(grids.size() + 1),
                            "第" + (g + 1) + "网格", (b[0] + b[2]) / 2, (b[1] + b[3]) / 2, box(b[0], b[1], b[2], b[3])));
                    gridBoxes.add(b);
                }
            }
        }
        long health = departments.add("HEALTH", "区卫健局");
        departments.add("MARKET", "区市场监管局");
        departments.add("URBAN", "区城管执法局");
        departments.add("POLICE", "区公安分局");
        departments.add("CIVIL", "区民政局");

        List<Long> checkpoints = special(grids, gridBoxes, PlaceKind.CHECKPOINT, 10, "卡口", null);
        List<Long> sites = special(grids, gridBoxes, PlaceKind.QUARANTINE_SITE, 3, "集中隔离点", 120);
        // 120 beds a site: 60 rooms of two (a family may share one)
        sites.forEach(site -> quarantineSites.addRooms(site, 60, 2));
        special(grids, gridBoxes, PlaceKind.TEST_SITE, 2, "核酸检测点", null);
        List<Long> enterprises = special(grids, gridBoxes, PlaceKind.ENTERPRISE_SITE, 3, "科技园企业", null);

        // About 2.8 people per household; buildings get as many units as the size needs.
        int households = Math.max(GRIDS, residents * 10 / 28);
        int perGrid = (households + GRIDS - 1) / GRIDS;
        List<List<Long>> byGrid = new ArrayList<>();
        List<List<Long>> rentalByGrid = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            byGrid.add(new ArrayList<>());
            rentalByGrid.add(new ArrayList<>());
        }
        for (int g = 0; g < grids.size(); g++) {
            long grid = grids.get(g);
            double[] b = gridBoxes.get(g);
            String compoundName = COMPOUND_NAMES[g % COMPOUND_NAMES.length] + (g % 2 == 0 ? "花园" : "家园") + (g / 10 + 1) + "期";
            double lat = (b[0] + b[2]) / 2;
            double lon = (b[1] + b[3]) / 2;
            long compound = places.registerAll(List.of(new NewPlace(PlaceKind.COMPOUND, compoundName, grid, null,
                    compoundName, lat, lon, box(lat - 0.002, lon - 0.002, lat + 0.002, lon + 0.002), null))).getFirst();
            // Every third grid has a rental apartment with a sixth of its rooms; a grid always keeps households of its own.
            int rentalUnits = g % 3 == 0 ? perGrid / 6 : 0;
            int ownUnits = perGrid - rentalUnits;
            int buildings = Math.min(6, Math.max(1, ownUnits / 4));
            List<NewPlace> buildingPlaces = new ArrayList<>();
            for (int k = 0; k < buildings; k++) {
                buildingPlaces.add(new NewPlace(PlaceKind.BUILDING, (k + 1) + "幢", grid, compound,
                        compoundName + (k + 1) + "幢", lat + k * 0.0003, lon, null, null));
            }
            List<Long> buildingIds = places.registerAll(buildingPlaces);
            List<NewPlace> units = new ArrayList<>();
            for (int u = 0; u < ownUnits; u++) {
                int k = u % buildings;
                int unit = u / buildings;
                String name = (unit / 4 + 1) + "0" + (unit % 4 + 1) + "室";
                units.add(new NewPlace(PlaceKind.HOUSEHOLD, name, grid, buildingIds.get(k),
                        compoundName + (k + 1) + "幢" + name, null, null, null, null));
            }
            byGrid.get(g).addAll(registerInChunks(units));
            if (rentalUnits > 0) {
                String rentalName = "青年公寓" + (g / 3 + 1) + "号";
                long rental = places.registerAll(List.of(new NewPlace(PlaceKind.RENTAL_APARTMENT, rentalName, grid, null,
                        rentalName, lat + 0.001, lon + 0.001, null, null))).getFirst();
                List<NewPlace> rooms = new ArrayList<>();
                for (int u = 0; u < rentalUnits; u++) {
                    rooms.add(new NewPlace(PlaceKind.HOUSEHOLD, (u + 1) + "号房", grid, rental,
                            rentalName + (u + 1) + "号房", null, null, null, null));
                }
                rentalByGrid.get(g).addAll(registerInChunks(rooms));
            }
        }
        return new Layout(district, streets, communities, grids, checkpoints, sites.getFirst(),
                enterprises.getFirst(), health, byGrid, rentalByGrid);
    }

    private List<Long> registerInChunks(List<NewPlace> all) {
        List<Long> ids = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i += BATCH) {
            ids.addAll(places.registerAll(all.subList(i, Math.min(all.size(), i + BATCH))));
        }
        return ids;
    }

    private List<Long> special(List<Long> grids, List<double[]> boxes, PlaceKind kind, int count, String label, Integer capacity) {
        List<NewPlace> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int g = (i * 47 + kind.ordinal() * 13) % grids.size();
            double[] b = boxes.get(g);
            String name = label + (i + 1) + "号";
            batch.add(new NewPlace(kind, name, grids.get(g), null, name, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2, null, capacity));
        }
        // Checkpoint 1, site 1 and enterprise site 1 sit in grid 1, where the demo's own accounts work.
        batch.set(0, new NewPlace(kind, batch.getFirst().name(), grids.getFirst(), null, batch.getFirst().address(),
                boxes.getFirst()[0] + 0.004, boxes.getFirst()[1] + 0.002, null, capacity));
        return places.registerAll(batch);
    }

    private void residents(Layout layout, int total, Random random) {
        List<NewPerson> batch = new ArrayList<>(BATCH);
        int made = 0;
        int duplicates = Math.max(1, total / 4000);
        int grid = 0;
        int householdCursor = 0;
        int nextReport = 100_000;
        while (made < total) {
            int g = grid % layout.grids().size();
            List<Long> households = layout.householdsByGrid().get(g);
            List<Long> rentals = layout.rentalHouseholdsByGrid().get(g);
            boolean floating = !rentals.isEmpty() && random.nextInt(100) < 45;
            List<Long> pool = floating ? rentals : households;
            long household = pool.get((householdCursor / layout.grids().size()) % pool.size());
            int members = floating ? 1 + random.nextInt(2) : 1 + weighted(random, new int[]{20, 35, 25, 15, 5});
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String origin = floating ? ORIGINS[weighted(random, ORIGIN_WEIGHTS)] : null;
            for (int m = 0; m < members && made < total; m++) {
                batch.add(person(made, surname, m, layout.grids().get(g), household, floating, origin, random, members));
                made++;
                if (made <= duplicates * 1000 && made % 1000 == 0 && batch.getLast().phone() != null) {
                    // A second record of the same person under a passport: the merge-candidates list has work to show.
                    NewPerson p = batch.getLast();
                    batch.add(new NewPerson(p.name(), p.gender(), p.birthDate(), IdType.PASSPORT, "E" + (10_000_000 + made),
                            p.phone(), "CHN", "zh-CN", p.address(), p.gridId(), p.householdId(), "本人", Set.of(), false,
                            null, null, null, null));
                }
                if (batch.size() >= BATCH) {
                    flush(batch);
                    if (made >= nextReport) {
                        log.info("Demo district: {} of {} residents", made, total);
                        nextReport += 100_000;
                    }
                }
            }
            grid++;
            householdCursor++;
        }
        flush(batch);
    }

    private void flush(List<NewPerson> batch) {
        if (!batch.isEmpty()) {
            people.registerAll(List.copyOf(batch));
            batch.clear();
        }
    }

    private NewPerson person(int index, String surname, int member, long gridId, long householdId, boolean floating,
                             String origin, Random random, int members) {
        // (birth day, sequence) is a bijection of the index, so the 1,000,000 generated ID numbers never collide.
        int day = (int) ((index * 7919L) % BIRTH_DAYS);
        int sequence = (index / BIRTH_DAYS) * 2 + random.nextInt(2);
        LocalDate birth = FIRST_BIRTH.plusDays(day);
        String first17 = "330188" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        Gender gender = sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        String name = surname + GIVEN[random.nextInt(GIVEN.length)] + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        int age = LocalDate.now().getYear() - birth.getYear();
        String phone = age >= 14 ? "1" + (3 + index % 7) + "%09d".formatted((index * 7919L + 12345L) % 1_000_000_000L) : null;
        Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);
        if (age >= 70 && members == 1) {
            tags.add(PersonTag.ELDERLY_ALONE);
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            tags.add(PersonTag.CHRONIC_ILLNESS);
        } else if (roll < 11) {
            tags.add(PersonTag.DIABETIC);
        } else if (roll < 12) {
            tags.add(PersonTag.DISABLED);
        } else if (roll < 14 && gender == Gender.FEMALE && age >= 20 && age <= 40) {
            tags.add(PersonTag.PREGNANT);
        }
        return new NewPerson(name, gender, birth, IdType.RESIDENT_ID, idNumber, phone, "CHN", "zh-CN", null, gridId,
                householdId, member == 0 ? "户主" : "家庭成员", tags, floating, origin,
                floating ? LocalDate.of(2020, 1, 20).plusDays(random.nextInt(30)) : null,
                floating ? "房东" + surname : null, floating ? "1580000" + "%04d".formatted(index % 10_000) : null);
    }

    private void accounts(Layout l) {
        long street2Community = l.communities().get(COMMUNITIES_PER_STREET);
        long grid1 = l.grids().getFirst();
        long community1 = l.communities().getFirst();
        for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
            List<Long> nodes = switch (login.username()) {
                case "district", "dept-health" -> List.of(l.districtId());
                case "street1" -> List.of(l.streets().getFirst());
                case "community1", "doctor1", "counselor1", "social1" -> List.of(community1);
                case "grid1", "gate1", "enterprise1", "site1" -> List.of(grid1);
                case "grid2" -> List.of(l.grids().get(1));
                case "community2" -> List.of(street2Community);
                default -> throw new IllegalStateException(login.username());
            };
            Long department = login.username().equals("dept-health") ? l.healthDepartment() : null;
            Long place = switch (login.username()) {
                case "gate1" -> l.checkpoints().getFirst();
                case "site1" -> l.site1();
                case "enterprise1" -> l.enterprise1();
                default -> null;
            };
            accounts.create(new NewStaffAccount(login.username(), DemoAccounts.PASSWORD,
                    login.username(), login.role(), nodes, department, place));
        }
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String box(double lat1, double lon1, double lat2, double lon2) {
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]}",
                lon1, lat1, lon2, lat1, lon2, lat2, lon1, lat2, lon1, lat1);
    }
}
