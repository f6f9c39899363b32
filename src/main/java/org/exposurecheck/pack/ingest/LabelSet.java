package org.exposurecheck.pack.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exposurecheck.identity.IdentifierType;

/**
 * The label words that introduce a value in a post, such as {@code 姓名：陳大文} or {@code Tel: 9123 4567}:
 * a default set of common Chinese (Traditional and Simplified) and English labels, per type, which a
 * mapping file can replace type by type. A label is followed by {@code :} or {@code ：}; its value runs to
 * the next label on the same line or the line's end.
 */
final class LabelSet {
    static final Map<IdentifierType, List<String>> DEFAULTS = defaults();

    private final Pattern pattern;
    private final Map<String, IdentifierType> typeByLabel = new HashMap<>();

    LabelSet(Map<IdentifierType, List<String>> overrides) {
        Map<IdentifierType, List<String>> labels = new EnumMap<>(DEFAULTS);
        labels.putAll(overrides);
        List<String> all = new ArrayList<>();
        labels.forEach((type, words) -> words.forEach(word -> {
            typeByLabel.put(word.toLowerCase(Locale.ROOT), type);
            all.add(word);
        }));
        // Longest first, so "電話號碼" wins over "電話"; Latin labels must start a word ("ID" not in "Paid").
        String alternatives = all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> (Character.isLetterOrDigit(word.charAt(0)) && word.charAt(0) < 0x3000 ? "(?<![\\p{L}\\p{N}])" : "")
                        + Pattern.quote(word))
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(" + alternatives + ")[ \\t]*[:：][ \\t]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A labelled value within one line; {@code start}/{@code end} span the label and the value. */
    record Labelled(IdentifierType type, String value, int start, int end) {
    }

    List<Labelled> find(String line) {
        List<Labelled> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(line);
        List<int[]> labels = new ArrayList<>();
        while (matcher.find()) {
            labels.add(new int[] {matcher.start(), matcher.end(), matcher.start(1), matcher.end(1)});
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] label = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            String value = trimSeparators(line.substring(label[1], end));
            if (!value.isEmpty()) {
                IdentifierType type = typeByLabel.get(line.substring(label[2], label[3]).toLowerCase(Locale.ROOT));
                found.add(new Labelled(type, value, label[0], end));
            }
        }
        return found;
    }

    /** Drops the punctuation that separates one labelled value from the next: "陳大文，" → "陳大文". */
    private static String trimSeparators(String value) {
        return value.replaceAll("^[\\s,，;；|/、]+|[\\s,，;；|/、。]+$", "");
    }

    private static Map<IdentifierType, List<String>> defaults() {
        Map<IdentifierType, List<String>> labels = new EnumMap<>(IdentifierType.class);
        labels.put(IdentifierType.NAME, List.of("姓名", "名字", "中文名", "英文名", "中文姓名", "英文姓名", "全名", "Name", "Full name"));
        labels.put(IdentifierType.PHONE, List.of("電話", "手機", "聯絡電話", "電話號碼", "手機號碼", "电话", "手机", "联系电话",
                "Phone", "Tel", "Mobile", "WhatsApp"));
        labels.put(IdentifierType.HKID, List.of("身份證", "身分證", "身份證號碼", "身分證號碼", "身份证", "身份证号码", "HKID",
                "ID", "ID No", "ID number"));
        labels.put(IdentifierType.ADDRESS, List.of("地址", "住址", "住宅地址", "居住地址", "Address", "Home address"));
        labels.put(IdentifierType.DOB, List.of("出生日期", "生日", "出生年月日", "DOB", "Date of birth", "Birthday"));
        labels.put(IdentifierType.EMAIL, List.of("電郵", "電郵地址", "電子郵件", "电邮", "邮箱", "Email", "E-mail"));
        labels.put(IdentifierType.HANDLE, List.of("IG", "Instagram", "Telegram", "Telegram ID", "TG ID", "IG ID", "TG", "Facebook", "FB", "Twitter", "臉書", "社交媒體"));
        labels.put(IdentifierType.EMPLOYER, List.of("公司", "職業", "工作", "學校", "任職", "就讀", "工作單位", "公司名稱",
                "Employer", "School", "Company", "Occupation", "Work"));
        labels.put(IdentifierType.PLATE, List.of("車牌", "車牌號碼", "Plate", "Car plate"));
        return Map.copyOf(labels);
    }
}
