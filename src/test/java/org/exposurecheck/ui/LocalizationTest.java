package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exposurecheck.base.BaseRefusal;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.base.Bundles;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Note;
import org.exposurecheck.identity.Problem;
import org.exposurecheck.match.Confidence;
import org.exposurecheck.pack.PackRefusal;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.Helplines;
import org.exposurecheck.store.StoreRefusal;
import org.exposurecheck.store.vault.VaultRefusal;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.common.Theme;
import org.exposurecheck.ui.shared.FormViewModel;
import org.exposurecheck.update.KeyedRefusal;
import org.exposurecheck.update.UpdateRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible string comes from a bundle in three languages: no key missing, none unused, none untranslated. */
class LocalizationTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/exposurecheck");
    private static final Path SOURCES = Path.of("src/main/java/org/exposurecheck");
    private static final List<String> LANGUAGE_SUFFIXES = List.of("", "_zh_HK", "_zh_CN");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z_]\\w*)\\s*[,}]");
    private static final Pattern JAVA_KEY = Pattern.compile("(?:text|format)\\(\"([a-zA-Z0-9_.-]+)\"");
    /** Keys built at run time from a prefix and a value; each family lists exactly the keys it can build. */
    private static final Set<String> FAMILY_PREFIXES = Set.of("form.type.", "type.", "theme.", "form.persona.kind.",
            "results.confidence.", "category.", "updates.proxy.", "updates.schedule.", "form.photo.problem.");

    @ParameterizedTest
    @ValueSource(strings = {"ui/messages", "report/advice", "identity/problems", "base/refusals", "pack/refusals", "store/refusals", "pack/judgement", "update/refusals",
            "update/keyed", "store/vault/refusals", "app/vault/vault", "app/vault/zxcvbn"})
    void everyLanguageHasExactlyTheSameKeysAndNoneIsEmpty(String bundle) throws IOException {
        Set<String> english = load(bundle, "").stringPropertyNames();
        for (String suffix : LANGUAGE_SUFFIXES) {
            Properties translation = load(bundle, suffix);
            assertThat(translation.stringPropertyNames()).as("%s%s", bundle, suffix).isEqualTo(english);
            translation.forEach((key, value) -> assertThat(value.toString()).as("%s%s %s", bundle, suffix, key).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui/messages", "report/advice", "identity/problems", "base/refusals", "pack/refusals", "store/refusals", "pack/judgement", "update/refusals",
            "update/keyed", "store/vault/refusals", "app/vault/vault", "app/vault/zxcvbn"})
    void everyTranslationUsesTheArgumentsOfTheEnglishSentence(String bundle) throws IOException {
        Properties english = load(bundle, "");
        for (String suffix : List.of("_zh_HK", "_zh_CN")) {
            Properties chinese = load(bundle, suffix);
            for (String key : english.stringPropertyNames()) {
                assertThat(argumentNames(chinese.getProperty(key))).as("%s%s %s", bundle, suffix, key)
                        .isEqualTo(argumentNames(english.getProperty(key)));
            }
        }
    }

    static Stream<Arguments> refusalBundles() {
        return Stream.of(
                Arguments.of("base/refusals", Arrays.stream(BaseRefusal.values()).map(BaseRefusal::messageKey).collect(Collectors.toSet()),
                        BaseRefusal.ENGLISH_ONLY.messageKey()),
                Arguments.of("pack/refusals", Arrays.stream(PackRefusal.values()).map(PackRefusal::messageKey).collect(Collectors.toSet()), ""),
                Arguments.of("store/refusals", Arrays.stream(StoreRefusal.values()).map(StoreRefusal::messageKey).collect(Collectors.toSet()), ""),
                Arguments.of("pack/judgement", Arrays.stream(org.exposurecheck.pack.JudgementRefusal.values())
                        .map(org.exposurecheck.pack.JudgementRefusal::messageKey).collect(Collectors.toSet()), ""),
                Arguments.of("update/refusals", Arrays.stream(UpdateRefusal.values()).map(UpdateRefusal::messageKey).collect(Collectors.toSet()), ""),
                Arguments.of("update/keyed", Arrays.stream(KeyedRefusal.values()).map(KeyedRefusal::messageKey).collect(Collectors.toSet()), ""),
                Arguments.of("store/vault/refusals", Arrays.stream(VaultRefusal.values()).map(VaultRefusal::messageKey).collect(Collectors.toSet()),
                        ""));
    }

    @ParameterizedTest
    @MethodSource("refusalBundles")
    void refusalBundlesHoldExactlyTheRefusalsTheCodeKnowsInChineseToo(String bundle, Set<String> refusals, String englishOnly) throws IOException {
        assertThat(load(bundle, "").stringPropertyNames()).isEqualTo(refusals);
        for (String suffix : List.of("_zh_HK", "_zh_CN")) {
            load(bundle, suffix).forEach((key, value) -> {
                if (!key.equals(englishOnly)) {
                    assertThat(value.toString()).as("%s%s %s", bundle, suffix, key).containsPattern("\\p{IsHan}");
                }
            });
        }
    }

    @Test
    void chineseTranslationsAreNotEnglishLeftovers() throws IOException {
        Properties english = load("ui/messages", "");
        for (String suffix : List.of("_zh_HK", "_zh_CN")) {
            Properties chinese = load("ui/messages", suffix);
            Set<String> untranslated = new TreeSet<>();
            for (String key : english.stringPropertyNames()) {
                String value = chinese.getProperty(key);
                if (value.equals(english.getProperty(key)) && value.matches(".*[A-Za-z]{4,}.*") && !key.endsWith(".prompt")) {
                    untranslated.add(key);
                }
            }
            assertThat(untranslated).as("untranslated in %s", suffix).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeAndScreensUseExists() throws IOException {
        Set<String> keys = load("ui/messages", "").stringPropertyNames();
        assertThat(usedLiterally()).isSubsetOf(keys);
        assertThat(familyKeys()).isSubsetOf(keys);
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(load("ui/messages", "").stringPropertyNames());
        unused.removeAll(usedLiterally());
        unused.removeAll(anyStringLiteralInTheUi());
        unused.removeAll(familyKeys());
        unused.removeIf(key -> key.startsWith("category."));
        assertThat(unused).as("keys nothing shows").isEmpty();
    }

    @Test
    void adviceAndProblemBundlesHoldExactlyWhatTheCodeAsksFor() throws IOException {
        Set<String> advice = load("report/advice", "").stringPropertyNames();
        Set<String> expected = new HashSet<>();
        for (IdentifierType type : IdentifierType.values()) {
            expected.add(Advice.titleKey(type));
            for (int step = 1; advice.contains(Advice.stepKey(type, step)); step++) {
                expected.add(Advice.stepKey(type, step));
            }
            assertThat(advice).as("advice for %s", type).contains(Advice.stepKey(type, 1));
        }
        expected.add("advice.done");
        for (String helpline : Helplines.ids()) {
            Stream.of("name", "description", "contact").forEach(field -> expected.add("helpline." + helpline + "." + field));
        }
        assertThat(advice).isEqualTo(expected);
        assertThat(load("identity/problems", "").stringPropertyNames()).isEqualTo(Stream.concat(
                Arrays.stream(Problem.values()).map(Problem::messageKey), Arrays.stream(Note.values()).map(Note::messageKey))
                .collect(Collectors.toSet()));
    }

    @Test
    void englishStaysEnglishOnAComputerSetToChinese() {
        Locale computer = Locale.getDefault();
        Locale.setDefault(I18n.TRADITIONAL_HK);
        try {
            assertThat(I18n.bundle(I18n.ENGLISH).getString("welcome.start")).isEqualTo("Start");
            assertThat(Problem.EMPTY.message(Locale.ENGLISH)).isEqualTo("This field is empty.");
            assertThat(Advice.titleKey(IdentifierType.PHONE)).satisfies(key ->
                    assertThat(Bundles.get("org.exposurecheck.report.advice", Locale.ENGLISH).getString(key)).doesNotContainPattern("\\p{IsHan}"));
            assertThat(I18n.bundle(I18n.SIMPLIFIED).getString("welcome.start")).isEqualTo("开始");
        } finally {
            Locale.setDefault(computer);
        }
    }

    /** Argument names anywhere in a pattern, also inside plural branches (which ICU's getArgumentNames skips). */
    private static Set<String> argumentNames(String pattern) {
        new MessageFormat(pattern, Locale.ENGLISH); // throws on a pattern ICU cannot parse, before names are read from it
        Set<String> names = new TreeSet<>();
        collect(ARGUMENT, pattern, names);
        return names;
    }

    private static Set<String> familyKeys() {
        Set<String> keys = new HashSet<>();
        for (IdentifierType type : FormViewModel.TYPEABLE) {
            Stream.of("label", "prompt", "remove").forEach(part -> keys.add("form.type." + type.id() + "." + part));
        }
        Arrays.stream(IdentifierType.values()).forEach(type -> keys.add("type." + type.id()));
        Arrays.stream(Theme.values()).forEach(theme -> keys.add(theme.messageKey()));
        Arrays.stream(TruthEntry.Kind.values()).forEach(kind -> keys.add("form.persona.kind." + kind.id()));
        Arrays.stream(Confidence.values()).forEach(confidence -> keys.add("results.confidence." + confidence.id()));
        Arrays.stream(org.exposurecheck.ui.shared.UpdatesViewModel.ProxyChoice.values())
                .forEach(choice -> keys.add("updates.proxy." + choice.name().toLowerCase(java.util.Locale.ROOT)));
        Arrays.stream(org.exposurecheck.update.UpdateSchedule.values())
                .forEach(schedule -> keys.add("updates.schedule." + schedule.name().toLowerCase(java.util.Locale.ROOT)));
        Arrays.stream(org.exposurecheck.pack.photo.PhotoHasher.Reason.values()).forEach(reason -> keys.add("form.photo.problem." + reason.id()));
        keys.add("category.unknown");
        return keys;
    }

    private static Set<String> usedLiterally() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("ui/fxml"))) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                collect(FXML_KEY, Files.readString(fxml), used);
            }
        }
        for (String speaking : List.of("ui", "app")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(speaking))) {
                for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    collect(JAVA_KEY, Files.readString(java), used);
                }
            }
        }
        used.removeAll(FAMILY_PREFIXES);
        return used;
    }

    /** Keys chosen by an expression ({@code text(found ? "a" : "b")}) appear as plain string literals. */
    private static Set<String> anyStringLiteralInTheUi() throws IOException {
        Set<String> literals = new HashSet<>();
        for (String speaking : List.of("ui", "app")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(speaking))) {
                for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    collect(Pattern.compile("\"([a-zA-Z0-9_.-]+)\""), Files.readString(java), literals);
                }
            }
        }
        return literals;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
