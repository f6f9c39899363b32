package org.exposurecheck.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hong Kong addresses, written small→large in English ("Flat A, 12/F, Block 3, X Estate, Sha Tin, N.T.")
 * or large→small in Chinese ("新界沙田X邨第3座12樓A室"). Each yields a building-level key (building or
 * street, plus block) and, when floor and flat are known, a flat-level key. District and region are
 * left out of the keys because people often omit them.
 *
 * <p>A building whose name is a Cantonese reading also yields the same two keys with the name's sound
 * ({@link PlaceSound}) in place of its letters, so "Flat A, 12/F, Block 3, Wah Fu Estate" meets
 * 華富邨第3座12樓A室: block, floor and flat numbers do not depend on the script. Those keys are added
 * beside the written ones, which stay as they were (docs/decisions/0019). A name that is an English word
 * is not linked to its Chinese name: that would need a gazetteer, and a wrong link would be a false match.
 *
 * <p>Written by hand because no library parses Hong Kong addresses; the abbreviation table is the
 * Hongkong Post usage (Flat/Flt/Rm, 12/F, Blk, Est, Rd, St, Kln, N.T.).
 */
final class AddressNormaliser {
    private static final Pattern FLAT = Pattern.compile("\\b(?:flat|flt|room|rm|unit|apartment|apt)\\.?\\s*([a-z0-9]{1,5})\\b");
    private static final Pattern FLOOR_SLASH = Pattern.compile("\\b(g|lg|ug|\\d{1,3})\\s*/\\s*f\\b");
    private static final Pattern FLOOR_WORD = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)?\\s*(?:floor|flr|fl)\\b");
    private static final Pattern GROUND_FLOOR = Pattern.compile("\\bground\\s+floor\\b");
    private static final Pattern BLOCK = Pattern.compile("\\b(?:block|blk|tower|twr)\\.?\\s*([a-z0-9]{1,3})\\b");
    private static final Pattern STREET = Pattern.compile(
            "\\d+[a-z]?(?:-\\d+[a-z]?)? .*\\b(?:road|street|avenue|lane|path|drive|terrace|circuit|square|crescent|boulevard|highway|praya)");
    // A building segment ends at its type word, so an address without commas drops the district after it.
    private static final Pattern BUILDING_END = Pattern.compile(
            ".*?\\b(?:estate|building|court|mansion|mansions|centre|garden|gardens|house|plaza|villa|villas|tower|towers|terrace|place|city)\\b");
    /** Marks a sound key, so it can never equal a building name as written. */
    private static final String SOUND_PREFIX = "~";
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("est", "estate"), Map.entry("rd", "road"), Map.entry("st", "street"), Map.entry("ave", "avenue"),
            Map.entry("bldg", "building"), Map.entry("mans", "mansion"), Map.entry("ctr", "centre"),
            Map.entry("center", "centre"), Map.entry("hse", "house"), Map.entry("ct", "court"), Map.entry("gdn", "garden"),
            Map.entry("gdns", "gardens"), Map.entry("ln", "lane"), Map.entry("terr", "terrace"), Map.entry("sq", "square"),
            Map.entry("kln", "kowloon"));

    // Regions and the eighteen districts, in Simplified, as written before a Chinese address; longer names
    // first, so 九龙城 (a district) is not read as 九龙 (a region) followed by 城.
    private static final Pattern CHINESE_REGION = Pattern.compile("^(?:中国|中國)?(?:[\\p{IsHan}]{1,3}区|九龙城|"
            + "香港岛|香港|港岛|九龙|新界|中西|湾仔|东区|南区|油尖旺|深水埗|黄大仙|观塘|葵青|荃湾|屯门|元朗|北区|大埔|沙田|西贡|离岛)(?=.{3})");
    private static final Pattern CHINESE_TAIL = Pattern.compile(
            "^(?<pre>.*?)(?:第?(?<block>[0-9a-z]{1,3}|[一二三四五六七八九十]{1,3})(?:座|栋))?"
                    + "(?:(?<floor>\\d{1,3}|[一二三四五六七八九十]{1,3})(?:字楼|楼|层)|(?<ground>地下|地面)(?:楼|层)?)?"
                    + "(?:(?<flat>[0-9a-z]{1,4})(?:号室|室|号)?)?$");
    /** What is left of 觀塘花園 or 沙田中心 when the district is taken for a prefix: a type of building, not a building. */
    private static final Set<String> GENERIC_ONLY = Set.of("村", "苑", "花园", "大厦", "中心", "广场", "城", "阁");
    private static final Pattern CHINESE_STREET = Pattern.compile("^(?<street>.+?(?:道|街|路|里|径|坊|台|围))(?<number>\\d+(?:-\\d+)?号)(?<building>.*)$");

    private AddressNormaliser() {
    }

    static Normalised normalise(String raw) {
        String text = Text.clean(raw);
        Parts parts = Text.containsHan(text) ? chinese(text) : english(text);
        if (parts == null || parts.building.isEmpty()) {
            return Normalised.invalid(Problem.ADDRESS_UNREADABLE);
        }
        List<CanonicalForm> forms = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(parts.building));
        parts.sounds.forEach(sound -> names.add(SOUND_PREFIX + sound));
        for (String name : names) {
            String building = name + "#" + parts.block;
            forms.add(new CanonicalForm(FormKind.ADDRESS_BUILDING, building));
            if (!parts.floor.isEmpty() && !parts.flat.isEmpty()) {
                forms.add(new CanonicalForm(FormKind.ADDRESS_FLAT, building + "#" + parts.floor + "#" + parts.flat));
            }
        }
        return Normalised.of(forms);
    }

    /** {@code sounds}: the building name's sound keys, none when it is not a Cantonese reading. */
    private record Parts(String building, List<String> sounds, String block, String floor, String flat) {
    }

    private static Parts english(String text) {
        StringBuilder rest = new StringBuilder(Text.lower(Text.toAscii(text)).replace(";", ","));
        String flat = takeFirst(FLAT, rest);
        String floor = takeFirst(FLOOR_SLASH, rest);
        if (floor.isEmpty()) {
            floor = takeFirst(FLOOR_WORD, rest);
        }
        if (floor.isEmpty() && !takeFirst(GROUND_FLOOR, rest).isEmpty()) {
            floor = "g";
        }
        String block = takeFirst(BLOCK, rest);
        List<String> segments = Arrays.stream(rest.toString().split(","))
                .map(AddressNormaliser::expandAbbreviations).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        // Small→large order: the building comes before the street; a street with nothing before it stands in.
        Optional<String> named = segments.stream().takeWhile(segment -> !isStreet(segment))
                .filter(segment -> segment.matches(".*[a-z].*")).findFirst()
                .map(AddressNormaliser::upToBuildingType);
        // A street standing in for the building has no sound key: street names are as often translated as read.
        String building = named.or(() -> segments.stream().filter(AddressNormaliser::isStreet).findFirst()).orElse("");
        List<String> sounds = named.flatMap(PlaceSound::ofRomanised).map(List::of).orElse(List.of());
        return new Parts(building, sounds, unit(block), floorKey(floor), unit(flat));
    }

    private static String upToBuildingType(String segment) {
        Matcher end = BUILDING_END.matcher(segment);
        return end.lookingAt() ? end.group() : segment;
    }

    private static boolean isStreet(String segment) {
        return STREET.matcher(segment).matches();
    }

    /** Removes the first match of a pattern from the text and returns its first group, or "". */
    private static String takeFirst(Pattern pattern, StringBuilder text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return "";
        }
        String value = m.groupCount() > 0 ? m.group(1) : m.group();
        text.replace(m.start(), m.end(), ",");
        return value;
    }

    private static String expandAbbreviations(String segment) {
        return Arrays.stream(segment.replaceAll("[.']", "").trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> ABBREVIATIONS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    private static Parts chinese(String text) {
        String compact = ChineseText.simplified(Text.lower(Text.removeSpaces(text))).replaceAll("[,，、]", "");
        Parts parts = chineseParts(compact);
        String stripped = compact;
        while (true) {
            String next = CHINESE_REGION.matcher(stripped).replaceFirst("");
            if (next.equals(stripped)) {
                return parts;
            }
            Parts nextParts = chineseParts(next);
            // 觀塘花園, 沙田中心: a building named after its district keeps the name; only a generic word would be left.
            if (parts != null && (nextParts == null || GENERIC_ONLY.contains(nextParts.building))) {
                return parts;
            }
            stripped = next;
            parts = nextParts;
        }
    }

    /** The parts of a compact Simplified address from which region and district are already gone. */
    private static Parts chineseParts(String compact) {
        Matcher tail = CHINESE_TAIL.matcher(compact);
        if (!tail.matches()) {
            return null;
        }
        String pre = tail.group("pre");
        Matcher street = CHINESE_STREET.matcher(pre);
        String building = pre;
        if (street.matches() && !street.group("building").isEmpty()) {
            building = street.group("building");
        }
        return new Parts(building, PlaceSound.ofChinese(building), unit(chineseNumber(tail.group("block"))),
                tail.group("ground") != null ? "g" : floorKey(chineseNumber(tail.group("floor"))), unit(tail.group("flat")));
    }

    private static String chineseNumber(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        OptionalInt number = ChineseText.number(value);
        return number.isPresent() ? Integer.toString(number.getAsInt()) : value;
    }

    private static String floorKey(String floor) {
        return switch (floor) {
            case "g", "gf", "ground" -> "g";
            default -> unit(floor);
        };
    }

    /** A flat, floor or block label: lower-case, without leading zeros ("05" → "5"). */
    private static String unit(String label) {
        if (label == null) {
            return "";
        }
        return Text.lower(label).replaceFirst("^0+(?=[0-9a-z])", "");
    }
}
