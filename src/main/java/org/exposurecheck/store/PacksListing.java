package org.exposurecheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What lies at the top of a data directory's {@code packs/} folder, where installed pack files are; sub-folders are the person's. */
final class PacksListing {
    static final String PACK_SUFFIX = ".ecpack";
    static final String PART_SUFFIX = ".part";

    private PacksListing() {
    }

    /** The pack files at the top of the folder, by name; none when the folder does not exist. */
    static List<Path> packFiles(Path packsDir) {
        return topLevelFiles(packsDir).stream().filter(file -> file.getFileName().toString().endsWith(PACK_SUFFIX)).toList();
    }

    static List<Path> topLevelFiles(Path packsDir) {
        if (!Files.isDirectory(packsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(packsDir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException unlisted) {
            return List.of();
        }
    }
}
