package org.huzhu.devices.card.archfixture;

import javax.smartcardio.CardChannel;

/** A deliberately broken class: card protocol code reaching for javax.smartcardio. Proves the rule can fail. */
final class ProtocolUsingSmartcardio {

    byte[] transmit(CardChannel channel, byte[] command) {
        return command;
    }
}
