package org.huzhu.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The encoder's bytes, read back by the parser, are the receipt that was encoded: on both paper widths. */
class EscPosRoundTripTest {

    private static Receipt booking(PaperWidth paper) {
        return Receipt.builder(paper)
                .line("社区服务中心", TextSize.TALL, Alignment.CENTRE)
                .line("预约号 00006", TextSize.LARGE, Alignment.CENTRE)
                .blank()
                .line("理发", TextSize.LARGE, Alignment.LEFT)
                .line("11月24日 星期二 14:30", TextSize.LARGE, Alignment.LEFT)
                .line("社区服务中心 2 号室", TextSize.TALL, Alignment.LEFT)
                .line("Balance after: 3 hours 30 minutes", TextSize.NORMAL, Alignment.RIGHT)
                .qr("HUZHU-BOOKING:6f1c0e1e-8d0e-4a8e-b0d6-0d6b1b1b2b3c")
                .cut();
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void aBookingReceiptReadsBackUnchanged(PaperWidth paper) throws Exception {
        Receipt receipt = booking(paper);

        assertThat(EscPosParser.parse(new EscPosEncoder().encode(receipt))).containsExactly(receipt);
    }

    @Test
    void chineseTextGoesAsGb18030AfterChineseMode() {
        byte[] bytes = new EscPosEncoder().encode(Receipt.builder(PaperWidth.MM58).line("理发").cut());

        assertThat(bytes).startsWith(0x1B, '@', 0x1C, '&');
        assertThat(indexOf(bytes, "理发".getBytes(Charset.forName("GB18030")))).isPositive();
        assertThat(bytes).endsWith(0x1D, 'V', 1);
    }

    @Test
    void largeLinesWrapToHalfAsManyColumns() {
        Receipt receipt = Receipt.builder(PaperWidth.MM58)
                .line("Haircut with Mrs Chen at the community centre", TextSize.LARGE, Alignment.LEFT)
                .line("社区服务中心二楼活动室旁边的理发室", TextSize.LARGE, Alignment.LEFT)
                .cut();

        assertThat(receipt.lines()).extracting(Receipt.Text::text).containsExactly(
                "Haircut with Mrs", "Chen at the", "community centre", "社区服务中心二楼", "活动室旁边的理发", "室");
        for (Receipt.Text line : receipt.lines()) {
            assertThat(line.text().codePoints().map(LineWrap::columnsOf).sum()).isLessThanOrEqualTo(16);
        }
    }

    @Test
    void twoReceiptsInOneStreamAreTwoReceipts() throws Exception {
        EscPosEncoder encoder = new EscPosEncoder();
        Receipt first = booking(PaperWidth.MM80);
        Receipt second = Receipt.builder(PaperWidth.MM80).line("Gave 30 minutes to Li Jianguo").cut();
        byte[] a = encoder.encode(first);
        byte[] b = encoder.encode(second);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);

        assertThat(EscPosParser.parse(both)).isEqualTo(List.of(first, second));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
