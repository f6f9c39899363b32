package org.exposurecheck.testsupport;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.demo.DatasetFormat;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.SourceException;
import org.exposurecheck.pack.ingest.SourceMapping;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.update.Catalogue;
import org.exposurecheck.update.CatalogueFile;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The seed inputs of the Jazzer harnesses (docs/fuzzing.md), made from the project's own generator of
 * fictional people, and the few things every harness's folder holds. Seeds are small on purpose: libFuzzer
 * never makes an input longer than the longest seed by much, and short inputs run fast.
 */
public final class FuzzSeeds {
    /** The one photo path of every seed (the web archive holds that photo; folders on disk do not). */
    public static final String PHOTO = "photos/photo.jpg";
    /** The publisher key the pack and catalogue harnesses sign with, as anyone holding a key could. */
    public static final SigningKey PUBLISHER = new SigningKey(HexFormat.of().parseHex("5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed"));
    /** The address the web-archive seeds were captured from. */
    public static final String SITE = "http://leak.example/";

    private static final Pattern PHOTO_PATH = Pattern.compile("(?:photos|faces)/[^\"/\\s,]+\\.jpg");
    private static final int RECORDS = 4;
    private static final int PERSONAS = 3;
    private static final long DATASET_SEED = 2026;

    private FuzzSeeds() {
    }

    /** A fictional face, small, as a JPEG. */
    private static byte[] photo() {
        return PhotoVariant.jpeg(smallFace(), 0.8f);
    }

    /** The page mapping the generator writes for its leak site, read as {@code pack build --mapping} reads it. */
    public static SourceMapping.PageMapping siteMapping() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("exposure-check-fuzz-mapping-");
            SyntheticDataset.generate(1, 0, DATASET_SEED).writeTo(dir, EnumSet.of(DatasetFormat.SITE));
            return SourceMapping.read(dir.resolve("site-mapping.json")).page().orElseThrow();
        } catch (IOException | SourceException failed) {
            throw new IllegalStateException("the generator's site mapping cannot be read", failed);
        } finally {
            deleteTree(dir);
        }
    }

    /** Every harness's seeds: file path under src/test/resources (Jazzer's inputs directory layout) → bytes. */
    public static Map<String, byte[]> all() throws IOException, ExplainedException {
        SyntheticDataset data = SyntheticDataset.generate(RECORDS, PERSONAS, DATASET_SEED);
        Path dir = Files.createTempDirectory("exposure-check-fuzz-seeds-");
        try {
            data.writeTo(dir, EnumSet.allOf(DatasetFormat.class));
            Map<String, byte[]> seeds = new LinkedHashMap<>();
            normaliserSeeds(data, seeds);
            photoSeeds(seeds);
            byte[] pack = pack(data);
            seeds.put(inputs("pack", "PackFileFuzzTest", "packFileIsReadOrRefused", "pack.ecpack"), pack);
            seeds.put(inputs("update", "CatalogueFileFuzzTest", "catalogueIsReadOrRefused", "catalogue.ecc"), catalogue(pack));
            seeds.put(inputs("cli", "ProfileFilesFuzzTest", "profileFileIsReadOrRefused", "personas.jsonl"), text(dir.resolve("personas.jsonl")));
            List<String> personas = Files.readAllLines(dir.resolve("personas.jsonl"));
            for (int i = 0; i < personas.size(); i++) {
                seeds.put(inputs("cli", "ProfileFilesFuzzTest", "profileFileIsReadOrRefused", "persona-" + (i + 1) + ".json"),
                        rewritePhotos(personas.get(i)).getBytes(StandardCharsets.UTF_8));
            }
            seeds.put(inputs("pack/ingest", "JsonlSourceFuzzTest", "jsonLinesAreReadOrReported", "records.jsonl"), text(dir.resolve("records.jsonl")));
            seeds.put(inputs("pack/ingest", "CsvSourceFuzzTest", "csvIsReadOrReported", "records.csv"), text(dir.resolve("records.csv")));
            String mapping = Json.MAPPER.readTree(dir.resolve("csv-mapping.json").toFile()).toString();
            seeds.put(inputs("pack/ingest", "CsvSourceFuzzTest", "csvIsReadOrReported", "records-foreign.csv"),
                    (mapping + "\n" + new String(text(dir.resolve("records-foreign.csv")), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            seeds.put(inputs("pack/ingest", "TelegramExportFuzzTest", "telegramExportIsReadOrReported", "result.json"),
                    text(dir.resolve("telegram/result.json")));
            List<Path> pages = pages(dir.resolve("site/people"));
            for (Path page : pages) {
                seeds.put(inputs("pack/ingest", "HtmlFolderFuzzTest", "savedPageIsReadOrReported", page.getFileName().toString()), text(page));
            }
            seeds.put(inputs("pack/ingest", "WarcSourceFuzzTest", "webArchiveIsReadOrReported", "site.warc"), warc(pages));
            return seeds;
        } finally {
            deleteTree(dir);
        }
    }

    /** Writes {@link #all()} under {@code resources}, replacing the seeds of each harness. */
    public static void write(Path resources) throws IOException, ExplainedException {
        Map<String, byte[]> seeds = all();
        for (String path : seeds.keySet()) {
            deleteTree(resources.resolve(path).getParent());
        }
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Path file = resources.resolve(seed.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, seed.getValue());
        }
    }

    private static String inputs(String packagePath, String harness, String method, String name) {
        return "org/exposurecheck/" + packagePath + "/" + harness + "Inputs/" + method + "/" + name;
    }

    private static void normaliserSeeds(SyntheticDataset data, Map<String, byte[]> seeds) {
        List<Identifier> identifiers = new ArrayList<>();
        data.records().forEach(record -> identifiers.addAll(record.identifiers()));
        data.personas().stream().map(Profile::identifiers).forEach(identifiers::addAll);
        int[] number = new int[1];
        identifiers.stream().map(Identifier::value).distinct().forEach(value -> seeds.put(
                inputs("identity", "NormaliserFuzzTest", "everyNormaliserReadsAnyText", "value-" + ++number[0]),
                value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void photoSeeds(Map<String, byte[]> seeds) throws IOException {
        seeds.put(inputs("pack/photo", "PhotoHasherFuzzTest", "photoIsHashedOrRefused", "face.jpg"), photo());
        for (String format : List.of("png", "gif", "bmp")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(smallFace(), format, out)) {
                throw new IllegalStateException("this Java runtime writes no " + format);
            }
            seeds.put(inputs("pack/photo", "PhotoHasherFuzzTest", "photoIsHashedOrRefused", "face." + format), out.toByteArray());
        }
    }

    /** A pack of the generated records, the first with a photo hash, so every section of the body is present. */
    private static byte[] pack(SyntheticDataset data) throws ExplainedException {
        List<SourceRecord> records = new ArrayList<>(data.records());
        SourceRecord first = records.get(0);
        records.set(0, new SourceRecord(first.location(), first.sourceId(), first.source(), first.category(), first.firstSeen(),
                first.lastSeen(), first.identifiers(), List.of(PhotoHasher.hash(smallFace()))));
        return TestPacks.build(TestPacks.source(records), TestPacks.settings("fuzz-seed", 1), PUBLISHER).pack();
    }

    private static byte[] catalogue(byte[] pack) {
        Catalogue.Entry entry = new Catalogue.Entry("fuzz-seed", "Test pack fuzz-seed", 1, pack.length, Sha256.hex(pack),
                "packs/fuzz-seed-1.ecpack", TestPacks.NOW.plus(Duration.ofDays(30)), false);
        Catalogue catalogue = new Catalogue(Catalogue.FORMAT, PUBLISHER.publicKey().idHex(), 1, TestPacks.NOW,
                TestPacks.NOW.plus(Duration.ofDays(7)), List.of(entry));
        return CatalogueFile.write(catalogue, PUBLISHER);
    }

    /** The profile pages as a crawler would have archived them, with the one photo they show. */
    private static byte[] warc(List<Path> pages) throws IOException {
        Path file = Files.createTempFile("exposure-check-fuzz-seed-", ".warc");
        try {
            try (WarcWriter writer = new WarcWriter(file)) {
                for (Path page : pages) {
                    writer.write(response(SITE + "people/" + page.getFileName(), "text/html; charset=utf-8", text(page)));
                }
                writer.write(response(SITE + PHOTO, "image/jpeg", photo()));
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static WarcResponse response(String url, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return new WarcResponse.Builder(URI.create(url)).date(TestPacks.NOW).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** A text seed with its photo paths pointing at the one photo a harness's folder holds. */
    private static byte[] text(Path file) throws IOException {
        return rewritePhotos(Files.readString(file, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static String rewritePhotos(String text) {
        return PHOTO_PATH.matcher(text).replaceAll(PHOTO);
    }

    private static BufferedImage smallFace() {
        BufferedImage face = SyntheticFace.draw(7);
        BufferedImage small = new BufferedImage(SyntheticFace.WIDTH / 5, SyntheticFace.HEIGHT / 5, BufferedImage.TYPE_INT_RGB);
        small.getGraphics().drawImage(face.getScaledInstance(small.getWidth(), small.getHeight(), Image.SCALE_AREA_AVERAGING), 0, 0, null);
        return small;
    }


    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
