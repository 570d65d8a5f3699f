package com.marketplace.trialassessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.marketplace.trialassessment.support.MessageBundles;

/** Which URLs may receive webhooks: no server-side request forgery, whatever the name resolves to. */
class ReceiverAddressTests {

    /** Names resolve as the table says ("receiver.example" to 93.184.216.34, the others to themselves). */
    static final ReceiverAddress.Resolver RESOLVER = host -> switch (host) {
        case "receiver.example" -> List.of(address("93.184.216.34"));
        case "rebinds.example" -> List.of(address("93.184.216.34"), address("10.0.0.7"));
        case "nowhere.example" -> throw new UnknownHostException(host);
        case "self.example" -> List.of(address("203.0.113.9"));
        default -> List.of(InetAddress.getByName(host));
    };
    static final Set<InetAddress> OWN = Set.of(address("203.0.113.9"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https to a public host                         | https://receiver.example/hooks/trial      | false | -
            https to a public address                      | https://93.184.216.34:8443/hooks          | false | -
            http outside the local profile                 | http://receiver.example/hooks             | false | must be https
            http to loopback outside the local profile     | http://127.0.0.1:9000/hooks               | false | must be https
            http to 127.0.0.1 in the local profile         | http://127.0.0.1:9000/hooks               | true  | -
            http to another host in the local profile      | http://receiver.example/hooks             | true  | must be https (or http to 127.0.0.1 in the local profile)
            https to loopback                              | https://127.0.0.1/hooks                   | false | must not point at this service, a loopback, private or link-local address
            https to localhost                             | https://localhost/hooks                   | false | must not point at this service, a loopback, private or link-local address
            a private address                              | https://10.1.2.3/hooks                    | false | must not point at this service, a loopback, private or link-local address
            another private range                          | https://172.20.0.5/hooks                  | false | must not point at this service, a loopback, private or link-local address
            a home router                                  | https://192.168.1.1/hooks                 | false | must not point at this service, a loopback, private or link-local address
            the cloud metadata address                     | https://169.254.169.254/latest/meta-data  | false | must not point at this service, a loopback, private or link-local address
            carrier-grade NAT                              | https://100.64.0.1/hooks                  | false | must not point at this service, a loopback, private or link-local address
            the unspecified address                        | https://0.0.0.0/hooks                     | false | must not point at this service, a loopback, private or link-local address
            IPv6 loopback                                  | https://[::1]/hooks                       | false | must not point at this service, a loopback, private or link-local address
            IPv6 unique local                              | https://[fd00::1]/hooks                   | false | must not point at this service, a loopback, private or link-local address
            IPv6 link-local                                | https://[fe80::1]/hooks                   | false | must not point at this service, a loopback, private or link-local address
            IPv4 mapped into IPv6                          | https://[::ffff:10.0.0.1]/hooks           | false | must not point at this service, a loopback, private or link-local address
            a name that also resolves to a private address | https://rebinds.example/hooks             | false | must not point at this service, a loopback, private or link-local address
            the service's own address                      | https://self.example/hooks                | false | must not point at this service, a loopback, private or link-local address
            a name that does not resolve                   | https://nowhere.example/hooks             | false | has a host that does not resolve
            user information                               | https://user:pw@receiver.example/hooks    | false | must be an absolute URL with a host, and without user information or fragment
            a fragment                                     | https://receiver.example/hooks#x          | false | must be an absolute URL with a host, and without user information or fragment
            a relative URL                                 | /hooks                                    | false | must be an absolute URL with a host, and without user information or fragment
            another scheme                                 | ftp://receiver.example/hooks              | false | must be https
            not a URL                                      | https://receiver example/hooks            | false | is not a URL
            """)
    void refusesWhatCouldReachInside(String description, String url, boolean local, String refusal) {
        assertThat(ReceiverAddress.refusal(url, local, RESOLVER, OWN).map(MessageBundles::english))
                .isEqualTo(Optional.ofNullable(refusal));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        }
        catch (UnknownHostException ex) {
            throw new IllegalArgumentException(ex);
        }
    }
}
