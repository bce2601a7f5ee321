package org.huzhu.kiosk.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huzhu.kiosk.community.CommunityFixture.LI;
import static org.huzhu.kiosk.community.CommunityFixture.WANG;
import static org.huzhu.kiosk.community.CommunityFixture.WANG_CARD;

import java.nio.file.Path;
import java.util.UUID;
import org.huzhu.protocol.Actor;
import org.huzhu.protocol.SignInMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Giving minutes away after a face or resident-code sign-in (docs/protocol.md §8.1), on a real journal: up to the
 * snapshot's limit (60 in the fixture) it is recorded; beyond it the kiosk asks for the card and records nothing.
 */
class SecondFactorTest {

    private static final Actor WANG_FACE = new Actor(WANG_CARD.cardHash(), SignInMethod.FACE);
    private static final Actor WANG_CODE = new Actor("c0".repeat(32), SignInMethod.RESIDENT_CODE);

    @TempDir
    Path folder;
    private CommunityFixture kiosk;

    @BeforeEach
    void open() throws Exception {
        kiosk = new CommunityFixture(folder);
        kiosk.snapshot(0);
        kiosk.balance(WANG, 500);
        // What CodeSignIn records when Wang signs in with her printed code.
        kiosk.sql("INSERT INTO resident_code_sign_in VALUES ('%s', '%s', '%s', '2027-03-01T00:00:00Z')"
                .formatted(WANG_CODE.cardHash(), UUID.randomUUID(), WANG));
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
    }

    @Test
    void aFaceOrACodeGivesUpToTheLimitAndTheCardGivesMore() throws Exception {
        FamilyMember li = new FamilyMember(LI, "李建国");

        kiosk.community.timeBank().transfer(WANG_FACE, WANG, li, 30);
        kiosk.community.timeBank().transfer(WANG_CODE, WANG, li, 20);
        for (Actor weak : new Actor[] {WANG_FACE, WANG_CODE}) {
            assertThatThrownBy(() -> kiosk.community.timeBank().transfer(weak, WANG, li, 61)).as(weak.method().name())
                    .isInstanceOfSatisfying(Refusal.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CARD_NEEDED));
        }
        kiosk.community.timeBank().transfer(WANG_CARD, WANG, li, 61);

        assertThat(kiosk.head()).as("the two refused transfers recorded nothing").isEqualTo(3);
    }

    @Test
    void aCodeThisKioskNeverSignedAnyoneInWithActsForNobody() {
        Actor stranger = new Actor("d0".repeat(32), SignInMethod.RESIDENT_CODE);

        assertThatThrownBy(() -> kiosk.community.timeBank().transfer(stranger, WANG, new FamilyMember(LI, "李建国"), 10))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_FAMILY));
    }
}
