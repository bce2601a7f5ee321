package org.huzhu.server.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.huzhu.protocol.aid.SealedMessage;
import org.huzhu.protocol.aid.SealedMessages;
import org.huzhu.protocol.counter.Page;
import org.huzhu.server.ledger.LedgerLimits;
import org.huzhu.server.testsupport.ServerParts;
import org.huzhu.server.testsupport.Stores;
import org.huzhu.server.testsupport.TestInstitution;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the aid code relies on when it delivers: numbering, the server's signature and time, and refusals. */
class InboxTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void deliveredMessagesAreNumberedPerRecipientSignedAndDatedByTheServer(Stores store) throws Exception {
        try (ServerParts parts = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            charity.registerAndCheck(parts.database);
            TestInstitution hospital = new TestInstitution(InstitutionKind.HOSPITAL, "医院");
            hospital.register(parts.database); // not audited yet: it still receives

            SealedMessage delivered = parts.database.inTransaction(c -> parts.inbox.deliver(c, charity.id(),
                    "aid.order", "A-1", bytes("one")));
            for (String text : new String[] {"two", "three"}) {
                parts.database.inTransaction(c -> parts.inbox.deliver(c, charity.id(), "aid.order-event", "A-1",
                        bytes(text)));
            }
            parts.database.inTransaction(c -> parts.inbox.deliver(c, hospital.id(), "aid.order", "", bytes("h")));

            assertThat(delivered.createdAt()).isEqualTo(ServerParts.START);
            assertThat(SealedMessages.verify(delivered, parts.identity.suite(), parts.identity.publicKey())).isTrue();
            Page<SealedMessage> all = parts.inbox.page(charity.id(), 0, 50);
            assertThat(all.items().getFirst()).isEqualTo(delivered);
            assertThat(all.items()).extracting(m -> new String(charity.open(m), StandardCharsets.UTF_8))
                    .containsExactly("one", "two", "three");
            assertThat(parts.inbox.page(charity.id(), 1, 1).items()).extracting(SealedMessage::messageId)
                    .containsExactly(all.items().get(1).messageId());
            assertThat(parts.inbox.page(charity.id(), 3, 50).total()).isEqualTo(3);
            assertThat(parts.inbox.page(hospital.id(), 0, 50).items()).singleElement()
                    .satisfies(m -> assertThat(m.reference()).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.huzhu.server.testsupport.Stores#both")
    void anUnknownRecipientOrABadKindIsAProgrammingErrorAndStoresNothing(Stores store) throws Exception {
        try (ServerParts parts = new ServerParts(store.create(folder), LedgerLimits.DEFAULT)) {
            TestInstitution charity = new TestInstitution(InstitutionKind.CHARITY, "慈善基金会");
            charity.registerAndCheck(parts.database);

            assertThatThrownBy(() -> parts.database.inTransaction(c -> parts.inbox.deliver(c, "I-0000000000000000",
                    "aid.order", "", bytes("x")))).isInstanceOf(IllegalArgumentException.class);
            for (String kind : new String[] {"", "Aid.Order", "aid..order", "aid order", "x".repeat(65)}) {
                assertThatThrownBy(() -> parts.database.inTransaction(c -> parts.inbox.deliver(c, charity.id(), kind,
                        "", bytes("x")))).as(kind).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> parts.database.inTransaction(c -> parts.inbox.deliver(c, charity.id(),
                    "aid.order", "line\nbreak", bytes("x")))).isInstanceOf(IllegalArgumentException.class);
            assertThat(parts.inbox.page(charity.id(), 0, 50).total()).isZero();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
