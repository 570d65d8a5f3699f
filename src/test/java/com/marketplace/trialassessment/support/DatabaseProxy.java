package com.marketplace.trialassessment.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A TCP proxy between the application and its PostgreSQL, on a port of the loopback interface, that
 * a test can cut to play a database outage: {@link #refuse()} drops every connection and every new
 * one (the database went away), {@link #blackhole()} keeps them but lets nothing through (the network
 * went away: every read waits), {@link #restore()} ends either. Import {@link Configuration} to route
 * the application's connection pool through the proxy.
 */
public final class DatabaseProxy {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^/:]+)(?::(\\d+))?(/.*)$");

    private enum Mode { FORWARD, BLACKHOLE, REFUSE }

    private final String host;
    private final int port;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;
    private volatile CountDownLatch restored = new CountDownLatch(0);
    private String proxiedUrl;

    private DatabaseProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy for the database of {@code jdbcUrl}. */
    static DatabaseProxy forUrl(String jdbcUrl) throws IOException {
        Matcher matcher = HOST_AND_PORT.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a host: " + jdbcUrl);
        }
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        DatabaseProxy proxy = new DatabaseProxy(matcher.group(1), port);
        proxy.proxiedUrl = "jdbc:postgresql://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + proxy.server.getLocalPort() + matcher.group(3);
        return proxy;
    }

    /** Every connection is closed, and every new one closed as soon as it is made. */
    public synchronized void refuse() {
        mode = Mode.REFUSE;
        restored.countDown();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    /** Connections stay open, new ones are accepted, and no byte goes through either way. */
    public synchronized void blackhole() {
        if (mode != Mode.BLACKHOLE) {
            restored = new CountDownLatch(1);
        }
        mode = Mode.BLACKHOLE;
    }

    /** Traffic goes through again (connections refused meanwhile stay closed). */
    public synchronized void restore() {
        mode = Mode.FORWARD;
        restored.countDown();
    }

    private void accept() {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            }
            catch (IOException ex) {
                return;
            }
            if (mode == Mode.REFUSE) {
                closeQuietly(client);
                continue;
            }
            open.add(client);
            Thread connect = new Thread(() -> connect(client), "database-proxy-connect");
            connect.setDaemon(true);
            connect.start();
        }
    }

    private void connect(Socket client) {
        try {
            awaitRestored();
            Socket upstream = new Socket(host, port);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        }
        catch (IOException | InterruptedException ex) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitRestored();
                    if (mode == Mode.REFUSE) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
            catch (IOException | InterruptedException ex) {
                // one side closed: close the other
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void awaitRestored() throws InterruptedException {
        restored.await();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        }
        catch (IOException ex) {
            // closing anyway
        }
    }

    /** Routes the application's HikariCP pool through a proxy, which is a bean for tests to use. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static Routing databaseProxyRouting() {
            return new Routing();
        }

        @Bean
        DatabaseProxy databaseProxy(Routing routing, DataSource dataSource) {
            if (routing.proxy == null) {
                throw new IllegalStateException("The data source is not a HikariCP pool: " + dataSource);
            }
            return routing.proxy;
        }
    }

    /** Points the pool at a new proxy for its database before the pool starts. */
    static final class Routing implements BeanPostProcessor {

        private DatabaseProxy proxy;

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource pool) {
                try {
                    proxy = DatabaseProxy.forUrl(pool.getJdbcUrl());
                }
                catch (IOException ex) {
                    throw new IllegalStateException("Cannot start the database proxy", ex);
                }
                pool.setJdbcUrl(proxy.proxiedUrl);
            }
            return bean;
        }
    }
}
