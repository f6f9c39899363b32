package org.exposurecheck.store;

import java.nio.file.Path;
import java.util.Optional;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackId;
import org.exposurecheck.pack.PackRefusal;

/**
 * The data directory's {@code packs/} folder. Every pack file the store writes, reads or deletes is a plain
 * file name directly inside it: a name made from a pack id is checked again here, and a name read back
 * from the database (which an older version may have written from a hostile id such as {@code ../../x})
 * is used only if it still stays inside. Nothing outside {@code packs/} is ever written or deleted.
 */
final class PacksFolder {
    private final Path folder;

    PacksFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    /** The file name of one version of a pack. */
    String fileName(String packId, long sequence) throws ExplainedException {
        String name = packId + "-" + sequence + ".ecpack";
        if (!PackId.isValid(packId) || file(name).isEmpty()) {
            throw PackRefusal.PACK_ID_INVALID.exception();
        }
        return name;
    }

    /** The file a stored name refers to, if it is a plain name directly inside the folder. */
    Optional<Path> file(String storedName) {
        if (storedName == null || storedName.isEmpty() || storedName.contains("/") || storedName.contains("\\")
                || storedName.equals(".") || storedName.equals("..")) {
            return Optional.empty();
        }
        Path file;
        try {
            file = folder.resolve(storedName).normalize();
        } catch (java.nio.file.InvalidPathException notAName) {
            return Optional.empty();
        }
        return folder.equals(file.getParent()) ? Optional.of(file) : Optional.empty();
    }
}
