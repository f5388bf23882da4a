package com.kt.eventmarketing.bench.participation;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP/1.1 client: each client thread keeps one keep-alive connection and writes its request in
 * one buffer, then reads the status line, the headers and the body (by {@code Content-Length} or chunked). Like wrk,
 * it does as little as a client can, so the 2 shared cores go to the system under test: the JDK's {@code HttpClient}
 * hands every exchange between several threads (selector, executor, the caller). With this client the same code
 * measured 540 entries/s through the edge (even with a JFR recording on) against 482/s with the JDK's (two runs of
 * 2026-11-29); the CPU table of
 * the report shows what the load generator itself uses ({@code --load-client=jdk} measures the JDK's). A
 * connection the server announces it will close ({@code Connection: close}) is reopened for the next request; a
 * request is never retried (a failure counts as status -1).
 */
final class LoadClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final ConcurrentLinkedQueue<Connection> open = new ConcurrentLinkedQueue<>();

    LoadClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** POSTs a JSON body on this thread's connection and returns the status; the body is read and dropped. */
    int postJson(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                        + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        Connection connection = connection();
        try {
            return connection.exchange(request);
        } catch (IOException e) {
            drop(connection);
            throw e;
        } finally {
            if (connection.closing) {
                drop(connection);
            }
        }
    }

    private Connection connection() throws IOException {
        Connection connection = connections.get();
        if (connection == null) {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            connection = new Connection(socket);
            connections.set(connection);
            open.add(connection);
        }
        return connection;
    }

    private void drop(Connection connection) {
        connections.remove();
        open.remove(connection);
        connection.close();
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = open.poll()) != null) {
            connection.close();
        }
    }

    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder(128);
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;
        boolean closing;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** The next byte of the response, -1 at the end of the connection (own buffer: no lock per byte). */
        private int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        private boolean fill() throws IOException {
            position = 0;
            limit = Math.max(0, in.read(buffer));
            return limit > 0;
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            // HTTP/1.1 201 Created
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(chunkSize(readLine()), 16);
                        size > 0;
                        size = Long.parseLong(chunkSize(readLine()), 16)) {
                    skipFully(size);
                    readLine();
                }
                // trailers, then the empty line
                while (!readLine().isEmpty()) {}
            } else if (length > 0) {
                skipFully(length);
            } else if (length < 0) {
                // no length and not chunked: the body runs to the end of the connection
                closing = true;
                while (read() >= 0) {}
            }
            return status;
        }

        private static String chunkSize(String line) {
            int extension = line.indexOf(';');
            return (extension < 0 ? line : line.substring(0, extension)).strip();
        }

        private String readLine() throws IOException {
            line.setLength(0);
            while (true) {
                int b = read();
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b == '\n') {
                    int last = line.length() - 1;
                    if (last >= 0 && line.charAt(last) == '\r') {
                        line.setLength(last);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        private void skipFully(long n) throws IOException {
            while (n > 0) {
                if (position == limit && !fill()) {
                    throw new EOFException("connection closed in a body");
                }
                int take = (int) Math.min(limit - position, n);
                position += take;
                n -= take;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
