package io.gridguard.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.people.Gender;
import io.gridguard.people.IdType;
import io.gridguard.people.PersonTag;
import io.gridguard.people.RegistrationKind;
import io.gridguard.people.VisitOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees is in both message bundles, and no template carries hard-coded words:
 * the UI must speak Chinese by default and English on request, completely.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:error|people|iam|jurisdiction|registration|sweep|merge|nav|checkpoint|healthcode|recheck|riskArea|arrival|policy)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

    private static final String TAG = "<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>";

    private final Properties chinese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys in Chinese and English bundles").isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        assertThat(missing(templateFiles(), STATIC_KEY)).as("template keys missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(missing(sources, JAVA_KEY)).as("keys in Java code missing from the bundles").isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasItsWords() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
        Stream.of(NodeLevel.values()).map(l -> "level." + l).forEach(keys::add);
        Stream.of(PlaceKind.values()).map(PlaceKind::messageKey).forEach(keys::add);
        Stream.of(IdType.values()).map(IdType::messageKey).forEach(keys::add);
        Stream.of(IdType.values()).filter(t -> t != IdType.RESIDENT_ID).map(t -> "people.idNumber.shape." + t).forEach(keys::add);
        Stream.of(Gender.values()).map(Gender::messageKey).forEach(keys::add);
        Stream.of(PersonTag.values()).map(PersonTag::messageKey).forEach(keys::add);
        Stream.of(RegistrationKind.values()).map(RegistrationKind::messageKey).forEach(keys::add);
        Stream.of(VisitOutcome.values()).map(VisitOutcome::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.healthcode.Colour.values()).map(io.gridguard.healthcode.Colour::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.healthcode.FactKind.values()).map(io.gridguard.healthcode.FactKind::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.checkpoint.ScanReason.values()).map(io.gridguard.checkpoint.ScanReason::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.healthcode.RecheckStatus.values()).map(io.gridguard.healthcode.RecheckStatus::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.healthcode.RiskArea.Level.values()).map(io.gridguard.healthcode.RiskArea.Level::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.healthcode.PolicyPreset.values()).map(io.gridguard.healthcode.PolicyPreset::messageKey).forEach(keys::add);
        Stream.of(io.gridguard.checkpoint.Direction.values()).map(io.gridguard.checkpoint.Direction::messageKey).forEach(keys::add);
        Stream.of(400, 401, 403, 404, 405, 409, 413, 415, 429, 500).map(s -> "problem.title." + s).forEach(keys::add);
        assertThat(keys).allSatisfy(key -> assertThat(chinese).as(key).containsKey(key));
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : templateFiles()) {
            String html = Files.readString(file)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            Matcher attributes = PLAIN_ATTRIBUTE.matcher(html);
            while (attributes.find()) {
                offences.add(file.getFileName() + ": " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
            }
            String text = html.replaceAll(TAG, " ").replace("&nbsp;", " ").strip();
            for (String word : text.split("\\s+")) {
                if (word.codePoints().anyMatch(Character::isLetter)) {
                    offences.add(file.getFileName() + ": " + word);
                }
            }
        }
        assertThat(offences).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        // Guards the guard: the same patterns flag a literal word and a literal placeholder.
        String html = "<p>保存</p><input placeholder=\"Name\">";
        assertThat(html.replaceAll(TAG, " ").strip()).isEqualTo("保存");
        assertThat("<b th:if=\"${a > b}\">x</b>".replaceAll(TAG, " ").strip()).isEqualTo("x");
        assertThat(PLAIN_ATTRIBUTE.matcher(html).find()).isTrue();
    }

    private Set<String> missing(List<Path> files, Pattern pattern) throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                if (!chinese.containsKey(m.group(1)) && !english.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        return missing;
    }

    private static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
