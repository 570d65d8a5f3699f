package com.marketplace.trialassessment.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends an HTTP request on a plain socket as slowly as a test likes: the head, then
 * parts of the body whenever the test says, and reads the answer when the server gives one. For
 * uploads that stall half way, which no ordinary HTTP client sends.
 */
public final class RawUpload implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;

    private RawUpload(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /**
     * Opens a connection and sends the head of a {@code POST} with {@code Content-Length}; nothing of
     * the body yet.
     */
    public static RawUpload start(int port, String path, String token, String contentType, long contentLength)
            throws IOException {
        RawUpload upload = new RawUpload(new Socket(InetAddress.getLoopbackAddress(), port));
        upload.send("POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + contentLength + "\r\n"
                + "\r\n");
        return upload;
    }

    /** Sends more of the body, at once. */
    public void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Waits at most {@code timeout} for the server's whole answer (to the end of its body, or of the
     * connection); the status line, headers and body.
     *
     * @throws java.net.SocketTimeoutException when the server has not answered in time
     */
    public String awaitResponse(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while (!complete(response.toString(StandardCharsets.UTF_8)) && (n = in.read(buffer)) >= 0) {
                response.write(buffer, 0, n);
            }
        }
        catch (SocketException ex) {
            // a reset after the answer (the server closed with the rest of our body unread)
            if (response.size() == 0) {
                throw ex;
            }
        }
        return response.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String response) {
        int headEnd = response.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String length = header(response, "Content-Length");
        if (length != null) {
            return response.length() - headEnd - 4 >= Integer.parseInt(length);
        }
        return response.endsWith("\r\n0\r\n\r\n");
    }

    /** The status code of a response read by {@link #awaitResponse}. */
    public static int status(String response) {
        return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    /** The value of a header of a response read by {@link #awaitResponse}, or {@code null}. */
    public static String header(String response, String name) {
        String head = response.substring(0, response.indexOf("\r\n\r\n"));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** The body of a response read by {@link #awaitResponse}; chunked bodies are put back together. */
    public static String body(String response) {
        int start = response.indexOf("\r\n\r\n") + 4;
        String head = response.substring(0, start).toLowerCase(java.util.Locale.ROOT);
        String body = response.substring(start);
        if (!head.contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return joined.toString();
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
