package org.exposurecheck.store.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.PackId;
import org.exposurecheck.base.SmallFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which datasets (pack id → sequence) the vault's profiles were last checked against, kept beside the vault
 * <em>outside</em> the encryption, so a locked app can still say "2 datasets changed since your last check"
 * and ask for the passphrase. It holds only pack ids and sequences, which the index of installed packs in the
 * same folder already shows: nothing about a profile, nor whether anything was found (decision 0033). It is
 * a hint, not a record: once the vault is open, its own authenticated history decides what is re-checked.
 */
public final class CheckedPacksNote {
    public static final String FILE_NAME = "vault-checked.json";
    private static final Logger LOG = LoggerFactory.getLogger(CheckedPacksNote.class);
    private static final int FORMAT = 1;
    private static final int MAX_BYTES = 1 << 20;

    private final Path file;

    public CheckedPacksNote(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** Replaces the note atomically (owner-only, like the vault). */
    public void write(Map<String, Long> packSequences) throws VaultException {
        ObjectNode root = Json.MAPPER.createObjectNode().put("format", FORMAT);
        ObjectNode packs = root.putObject("packs");
        new TreeMap<>(packSequences).forEach(packs::put);
        try {
            DurableFiles.replace(file, Json.MAPPER.writeValueAsBytes(root));
        } catch (IOException failed) {
            throw VaultRefusal.CANNOT_WRITE.because(failed, "file", file);
        }
    }

    /** The note, or empty when there is none or it cannot be read (then every installed dataset counts as changed). */
    public Optional<Map<String, Long>> read() {
        try {
            JsonNode root = Json.MAPPER.readTree(SmallFiles.readBytes(file, MAX_BYTES));
            if (root == null || root.path("format").asInt() != FORMAT || !root.path("packs").isObject()) {
                LOG.warn("The note of checked datasets is not one this version reads; every installed dataset counts as changed");
                return Optional.empty();
            }
            Map<String, Long> packs = new TreeMap<>();
            for (var entry : root.get("packs").properties()) {
                if (!PackId.isValid(entry.getKey()) || !entry.getValue().canConvertToLong()) {
                    LOG.warn("The note of checked datasets is damaged; every installed dataset counts as changed");
                    return Optional.empty();
                }
                packs.put(entry.getKey(), entry.getValue().longValue());
            }
            return Optional.of(packs);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException unreadable) {
            LOG.warn("The note of checked datasets could not be read ({}); every installed dataset counts as changed", unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Overwrites and deletes the note, as the vault itself is forgotten. */
    void erase(SecureRandom random) throws VaultException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            DurableFiles.eraseAndDelete(file, random);
        } catch (IOException failed) {
            throw VaultRefusal.CANNOT_ERASE.because(failed, "file", file);
        }
    }
}
