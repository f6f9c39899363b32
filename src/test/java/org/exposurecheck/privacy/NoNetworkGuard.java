package org.exposurecheck.privacy;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.charset.StandardCharsets;
import java.security.Permission;
import org.exposurecheck.cli.ExposureCheckCli;
import org.exposurecheck.testsupport.TestPacks;

/**
 * Runs the real command line in a JVM of its own under a security manager that refuses every network
 * permission — connect, resolve (a DNS look-up), listen, accept — and reports each attempt on stderr.
 * A security manager is checked by the JDK below every socket, channel, DNS and HTTP API, whichever
 * library makes the call, which is why this guard uses one (Java 17 still has it; later JDKs need
 * {@code -Djava.security.manager=allow}).
 */
public final class NoNetworkGuard {
    public static final String REPORT = "BLOCKED NETWORK ACCESS: ";

    private NoNetworkGuard() {
    }

    public static void main(String[] args) {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission || permission instanceof URLPermission) {
                    System.err.println(REPORT + permission.getActions() + " " + permission.getName());
                    System.err.flush();
                    throw new SecurityException("network access is not allowed here");
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(ExposureCheckCli.execute(args, out, err, TestPacks.CLOCK));
    }
}
