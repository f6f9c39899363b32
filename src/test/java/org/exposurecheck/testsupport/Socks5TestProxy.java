package org.exposurecheck.testsupport;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal SOCKS5 proxy on loopback for tests (RFC 1928: no authentication, CONNECT only). It records the
 * target each client asks for — a host name when the client leaves name resolution to the proxy — and
 * relays every connection to one fixed upstream address, the test's server.
 */
public final class Socks5TestProxy implements AutoCloseable {
    private static final int VERSION = 5;
    private static final int CONNECT = 1;
    private static final int IPV4 = 1;
    private static final int DOMAIN_NAME = 3;
    private static final int IPV6 = 4;

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final List<String> targets = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    public Socks5TestProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "socks5-test-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What clients asked to connect to, as "name HOST:PORT" (resolved by the proxy) or "address IP:PORT". */
    public synchronized List<String> targets() {
        return List.copyOf(targets);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                track(client);
                Thread handler = new Thread(() -> handle(client), "socks5-test-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            if (in.readUnsignedByte() != VERSION) {
                client.close();
                return;
            }
            in.readNBytes(in.readUnsignedByte());
            out.write(new byte[] {VERSION, 0});
            if (in.readUnsignedByte() != VERSION || in.readUnsignedByte() != CONNECT) {
                client.close();
                return;
            }
            in.readUnsignedByte();
            int addressType = in.readUnsignedByte();
            String target = switch (addressType) {
                case DOMAIN_NAME -> "name " + new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
                case IPV4 -> "address " + InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
                case IPV6 -> "address " + InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
                default -> throw new IOException("unknown SOCKS address type");
            };
            target += ":" + in.readUnsignedShort();
            synchronized (this) {
                targets.add(target);
            }
            Socket relay = new Socket(upstream.getAddress(), upstream.getPort());
            track(relay);
            out.write(new byte[] {VERSION, 0, 0, IPV4, 0, 0, 0, 0, 0, 0});
            out.flush();
            pipe(relay.getInputStream(), out);
            pipe(in, relay.getOutputStream());
        } catch (IOException ended) {
            // The client or the test closed the connection.
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        Thread pump = new Thread(() -> {
            try {
                from.transferTo(to);
                to.close();
            } catch (IOException ended) {
                // One side closed; the other follows.
            }
        }, "socks5-test-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private synchronized void track(Socket socket) {
        sockets.add(socket);
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
