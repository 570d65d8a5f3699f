package com.marketplace.trialassessment.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.CommonMessages;

/**
 * Where a webhook may be sent (no server-side request forgery): an absolute {@code https} URL without
 * user information or fragment, whose host resolves only to public addresses: not loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, the cloud metadata
 * address), carrier-grade NAT (100.64/10), unspecified, multicast or broadcast, and none of the
 * service's own addresses. The {@code local} profile also accepts {@code http} to 127.0.0.1, so that
 * the feature can be tried and tested on one machine. Checked when a subscription is made and again
 * before every delivery (the name may resolve elsewhere by then).
 */
public final class ReceiverAddress {

    /** The longest URL taken. */
    static final int MAX_LENGTH = 2000;

    private ReceiverAddress() {
    }

    /** A name resolver, so that tests can pin what a host resolves to. */
    public interface Resolver {
        List<InetAddress> resolve(String host) throws java.net.UnknownHostException;
    }

    /**
     * Why {@code url} may not receive webhooks (a text of the message bundles); empty when it may.
     *
     * @param allowLoopbackHttp whether {@code http://127.0.0.1:…} is accepted (the {@code local} profile)
     * @param ownAddresses      the service's own addresses
     */
    public static Optional<MessageSourceResolvable> refusal(String url, boolean allowLoopbackHttp, Resolver resolver,
            Set<InetAddress> ownAddresses) {
        if (url == null || url.isBlank()) {
            return Optional.of(CommonMessages.MUST_BE_GIVEN);
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of(NotificationMessages.URL_TOO_LONG.with(MAX_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(url);
        }
        catch (URISyntaxException ex) {
            return Optional.of(NotificationMessages.URL_NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(NotificationMessages.URL_NOT_ABSOLUTE);
        }
        boolean loopbackHttp = allowLoopbackHttp && scheme.equals("http") && uri.getHost().equals("127.0.0.1");
        if (!scheme.equals("https") && !loopbackHttp) {
            return Optional.of(allowLoopbackHttp ? NotificationMessages.URL_HTTPS_OR_LOCAL_HTTP
                    : NotificationMessages.URL_HTTPS);
        }
        if (loopbackHttp) {
            return Optional.empty();
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        }
        catch (java.net.UnknownHostException ex) {
            return Optional.of(NotificationMessages.URL_HOST_UNRESOLVED);
        }
        if (addresses.isEmpty()) {
            return Optional.of(NotificationMessages.URL_HOST_UNRESOLVED);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) || ownAddresses.contains(address)) {
                return Optional.of(NotificationMessages.URL_NOT_PUBLIC);
            }
        }
        return Optional.empty();
    }

    /** Whether an address is a public unicast one. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 && first != 127 && !(first == 100 && second >= 64 && second <= 127)
                    && !(first == 169 && second == 254) && !(first == 255) && !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            // fc00::/7 unique local; ::ffff:a.b.c.d mapped addresses are judged as the IPv4 address
            if ((first & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                }
                catch (java.net.UnknownHostException ex) {
                    return false;
                }
            }
        }
        return true;
    }
}
