package org.exposurecheck.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The demo pack and demo publisher key shipped inside the application: fictional people only. The demo
 * key is trusted for packs marked {@code demo} and nothing else, so it cannot vouch for real data.
 */
public final class BundledDemo {
    static final String PACK_RESOURCE = "/org/exposurecheck/demo/demo.ecpack";
    static final String KEY_RESOURCE = "/org/exposurecheck/demo/demo-publisher.pub";

    private BundledDemo() {
    }

    public static PublisherKey publisherKey() {
        try {
            return KeyFiles.parsePublisherKey(new String(resource(KEY_RESOURCE), StandardCharsets.US_ASCII), "the bundled demo key");
        } catch (PackException broken) {
            throw new IllegalStateException("The bundled demo key is damaged; the application build is broken.", broken);
        }
    }

    public static Pack pack(Instant now) throws PackException {
        return PackFile.read(resource(PACK_RESOURCE), publisherKey(), now);
    }

    /**
     * Refuses a pack signed by the demo key unless it is a demo pack with a {@code demo-} id. Anyone can sign
     * with the demo key (its private half is published), so it must never vouch for real data, nor take a
     * real pack's id and block that pack's updates (docs/decisions/0014-hostile-packs.md).
     */
    static void refuseMisuse(PublisherKey publisher, Manifest manifest) throws PackException {
        if (publisher.equals(publisherKey()) && !(manifest.demo() && PackId.isDemo(manifest.id()))) {
            throw PackRefusal.DEMO_KEY_MISUSED.exception();
        }
    }

    /** True when a signed pack may be trusted because the bundled demo key signed it and it says it is a demo. */
    public static boolean vouchesFor(PackFile.Signed signed) {
        return signed.manifest().demo() && signed.publisher().equals(publisherKey());
    }

    private static byte[] resource(String name) {
        try (InputStream in = BundledDemo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The application is missing " + name + "; its build is broken.");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new IllegalStateException("Could not read " + name + " from the application.", unreadable);
        }
    }
}
