package org.exposurecheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code packs/} folder of a data directory: installed pack files at the top, nothing else of ours below. */
final class PacksFolder {
    static final String PACK_SUFFIX = ".ecpack";
    static final String PART_SUFFIX = ".part";

    private PacksFolder() {
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
