package org.exposurecheck.store.planted;

import okhttp3.OkHttpClient;

/** A planted violation for ArchitectureTest: a package other than update connecting out. */
public final class OpensAConnection {
    private OpensAConnection() {
    }

    static OkHttpClient client() {
        return new OkHttpClient();
    }
}
