package com.marketplace.trialassessment.notification;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** The addresses of this machine's interfaces: a webhook is never sent to the service's own host. */
record OwnAddresses(Set<InetAddress> addresses) {

    static OwnAddresses ofThisMachine() {
        Set<InetAddress> addresses = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                addresses.addAll(Collections.list(network.getInetAddresses()));
            }
        }
        catch (SocketException ex) {
            throw new IllegalStateException("Cannot list this machine's network interfaces", ex);
        }
        return new OwnAddresses(Set.copyOf(addresses));
    }
}
