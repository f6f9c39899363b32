package org.exposurecheck.keyedservice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The key under which a client is rate-limited: its IPv4 address, or the /64 network of its IPv6 address
 * (one subscriber usually holds a whole /64, so single IPv6 addresses would be free to rotate). Behind a
 * trusted load balancer, the address comes from the last hop of {@code X-Forwarded-For}. Kept in memory only.
 */
final class ClientAddress {
    /** Only IP literals are parsed: InetAddress would look a host name up in the DNS. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    static String key(InetAddress remote, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            InetAddress forwarded = literal(hops[hops.length - 1].strip());
            if (forwarded != null) {
                return key(forwarded);
            }
        }
        return key(remote);
    }

    static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        return HexFormat.of().formatHex(bytes, 0, IPV6_NETWORK_BYTES) + "::/64";
    }

    private static InetAddress literal(String text) {
        boolean ipv4 = IPV4.matcher(text).matches();
        boolean ipv6 = text.contains(":") && IPV6.matcher(text).matches();
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException malformed) {
            return null;
        }
    }
}
