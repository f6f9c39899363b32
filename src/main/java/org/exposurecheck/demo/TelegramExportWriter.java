package org.exposurecheck.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.SourceRecord;

/**
 * Writes the dataset as a Telegram Desktop export of a fictional doxxing channel: {@code result.json} with
 * one post per record and {@code photos/}. Posts vary as real ones do: labels in Chinese or English with
 * either colon, several fields on one line, text as a plain string or as a list of entities (bold labels,
 * phone and e-mail entities, links), details buried in prose, channel notices between posts, edits.
 */
final class TelegramExportWriter {
    private static final long DICE_SALT = 0x7E1E_6BA4L;
    private static final DateTimeFormatter PHOTO_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Map<IdentifierType, List<String>> LABELS = labels();
    private static final List<String> NOTICES = List.of("頻道公告：請大家繼續轉發。", "今日更新完畢，明天繼續。",
            "Reminder: forward this channel to your friends.", "多謝各位提供資料 🙏", "New batch tomorrow.");
    private static final List<String> HEADERS = List.of("【起底】", "【公開】", "#起底 ", "Exposed: ", "");
    private static final List<String> PROSE_PHONE = List.of("佢嘅電話係 %s，有事可以直接打去。", "Call this number: %s", "手提 %s 日日都開機");

    private TelegramExportWriter() {
    }

    /** The source id the Telegram reader gives the post of the record at {@code index} (0-based) in the dataset. */
    static String postSourceId(int index) {
        return "post-" + messageId(index);
    }

    /** Records have even message ids; the channel's notices take odd ones in between, as in a real channel. */
    private static long messageId(int index) {
        return 2L * index + 2;
    }

    static void write(Path dir, SyntheticDataset dataset) throws IOException {
        Files.createDirectories(dir.resolve("photos"));
        Dice dice = new Dice(dataset.seed() ^ DICE_SALT);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(dir.resolve("result.json").toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("name", "Fictional doxxing channel (demo data)");
            json.writeStringField("type", "public_channel");
            json.writeNumberField("id", 1_000_000_001L);
            json.writeArrayFieldStart("messages");
            json.writeStartObject();
            json.writeNumberField("id", 1);
            json.writeStringField("type", "service");
            json.writeStringField("date", "2019-08-01T09:00:00");
            json.writeStringField("action", "create_channel");
            json.writeEndObject();
            List<SourceRecord> records = dataset.records();
            for (int i = 0; i < records.size(); i++) {
                SourceRecord record = records.get(i);
                if (i > 0 && dice.chance(0.15)) {
                    notice(json, messageId(i) - 1, record.firstSeen(), dice);
                }
                post(json, dir, dataset, record, messageId(i), dice);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void notice(JsonGenerator json, long id, LocalDate day, Dice dice) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("type", "message");
        json.writeStringField("date", day + "T08:00:00");
        json.writeStringField("from", "Fictional doxxing channel (demo data)");
        json.writeStringField("text", dice.pick(NOTICES));
        json.writeEndObject();
    }

    private static void post(JsonGenerator json, Path dir, SyntheticDataset dataset, SourceRecord record, long id, Dice dice)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("type", "message");
        json.writeStringField("date", record.firstSeen() + "T10:" + String.format("%02d", id % 60) + ":00");
        if (!record.lastSeen().equals(record.firstSeen())) {
            json.writeStringField("edited", record.lastSeen() + "T21:00:00");
        }
        json.writeStringField("from", "Fictional doxxing channel (demo data)");
        Optional<Long> face = dataset.recordFace(record.sourceId());
        if (face.isPresent()) {
            String photo = "photos/photo_" + id + "@" + record.firstSeen().format(PHOTO_DATE) + "_10-00-00.jpg";
            Files.write(dir.resolve(photo), DatasetFiles.leakPhoto(face.get()));
            json.writeStringField("photo", photo);
            json.writeNumberField("width", SyntheticFace.WIDTH);
            json.writeNumberField("height", SyntheticFace.HEIGHT);
        }
        json.writeFieldName("text");
        int style = dice.between(0, 99);
        if (style < 60) {
            json.writeString(labelled(record, dice));
        } else if (style < 85) {
            entities(json, record, dice);
        } else {
            json.writeString(prose(record, dice));
        }
        json.writeEndObject();
    }

    /** "【起底】陳大文 …" then one labelled field per line, sometimes two on a line. */
    private static String labelled(SourceRecord record, Dice dice) {
        StringBuilder text = new StringBuilder(dice.pick(HEADERS)).append(record.category()).append('\n');
        List<Identifier> identifiers = new ArrayList<>(record.identifiers());
        dice.shuffle(identifiers);
        for (int i = 0; i < identifiers.size(); i++) {
            text.append(label(identifiers.get(i).type(), dice)).append(identifiers.get(i).value());
            text.append(i + 1 < identifiers.size() && dice.chance(0.2) ? "  " : "\n");
        }
        return text.append(dice.chance(0.5) ? "請廣傳！" : "Share widely.").toString();
    }

    /** Telegram's own form when a post has formatting: a list of strings and entities. */
    private static void entities(JsonGenerator json, SourceRecord record, Dice dice) throws IOException {
        json.writeStartArray();
        json.writeString(dice.pick(HEADERS) + record.category() + "\n");
        for (Identifier identifier : record.identifiers()) {
            entity(json, "bold", label(identifier.type(), dice));
            switch (identifier.type()) {
                case PHONE -> entity(json, "phone", identifier.value());
                case EMAIL -> entity(json, "email", identifier.value());
                case HANDLE -> {
                    if (dice.chance(0.5)) {
                        entity(json, "link", identifier.value());
                    } else {
                        json.writeStartObject();
                        json.writeStringField("type", "text_link");
                        json.writeStringField("text", "profile");
                        json.writeStringField("href", identifier.value());
                        json.writeEndObject();
                    }
                }
                default -> json.writeString(identifier.value());
            }
            json.writeString("\n");
        }
        json.writeEndArray();
    }

    private static void entity(JsonGenerator json, String type, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /**
     * The name labelled, the rest told in sentences: phones, e-mails, HKIDs and links are found without a
     * label; an address or date of birth in prose is not, as a reader without a label cannot tell it apart.
     */
    private static String prose(SourceRecord record, Dice dice) {
        StringBuilder text = new StringBuilder();
        for (Identifier identifier : record.identifiers()) {
            String value = identifier.value();
            switch (identifier.type()) {
                case NAME -> text.insert(0, label(IdentifierType.NAME, dice) + value + "\n");
                case PHONE -> text.append(String.format(dice.pick(PROSE_PHONE), value)).append('\n');
                case EMAIL -> text.append("有人話佢用呢個電郵 ").append(value).append(" 登記過。\n");
                case HKID -> text.append("證件號碼 ").append(value).append(" 已經核實。\n");
                case HANDLE -> text.append("佢成日喺 ").append(value).append(" 出post\n");
                case ADDRESS -> text.append("有人見過佢喺 ").append(value).append(" 出入\n");
                default -> text.append(label(identifier.type(), dice)).append(value).append('\n');
            }
        }
        return text.toString();
    }

    private static String label(IdentifierType type, Dice dice) {
        return dice.pick(LABELS.get(type)) + (dice.chance(0.5) ? "：" : ": ");
    }

    private static Map<IdentifierType, List<String>> labels() {
        Map<IdentifierType, List<String>> labels = new EnumMap<>(IdentifierType.class);
        labels.put(IdentifierType.NAME, List.of("姓名", "名字", "中文名", "Name"));
        labels.put(IdentifierType.PHONE, List.of("電話", "手機", "聯絡電話", "Phone", "Tel"));
        labels.put(IdentifierType.HKID, List.of("身份證", "身分證", "HKID", "ID"));
        labels.put(IdentifierType.ADDRESS, List.of("地址", "住址", "Address"));
        labels.put(IdentifierType.DOB, List.of("出生日期", "生日", "DOB"));
        labels.put(IdentifierType.EMAIL, List.of("電郵", "Email"));
        labels.put(IdentifierType.HANDLE, List.of("IG", "Instagram", "Telegram", "Facebook"));
        labels.put(IdentifierType.EMPLOYER, List.of("公司", "工作", "學校", "Employer"));
        labels.put(IdentifierType.PLATE, List.of("車牌", "Plate"));
        return labels;
    }
}
