package org.huzhu.kiosk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.huzhu.kiosk.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The patient's slip after a payment at the hospital desk, as Poppler reads it. */
class HospitalSlipPdfTest {

    private static final HospitalSlip SLIP = new HospitalSlip("王秀英", "互助慈善基金会", "住院治疗 hospital stay",
            "HIS-2026-0001", 120_050, 179_950, Instant.parse("2027-01-05T02:30:00Z"));

    private static Path pdfs;

    @BeforeAll
    static void tools() throws IOException {
        pdfs = Poppler.readyFolder();
    }

    @Test
    void chineseSlipNamesTheHospitalThePatientTheCharityTheNumberTheAmountAndWhatRemains() throws Exception {
        Path pdf = write(Language.ZH_CN, "slip-zh.pdf");
        assertThat(Poppler.text(pdf)).contains("救助支付凭条", "仁和医院", "患者：王秀英", "互助慈善基金会的救助：住院治疗",
                "医院收费单号：HIS-2026-0001", "已支付：¥1,200.50", "这项救助还剩：¥1,799.50",
                "提交时间：2027年1月5日 10:30");
    }

    @Test
    void englishSlipSaysTheSameInEnglish() throws Exception {
        Path pdf = write(Language.EN, "slip-en.pdf");
        assertThat(Poppler.text(pdf)).contains("Aid payment slip", "仁和医院", "Patient: 王秀英",
                "Aid from 互助慈善基金会", "Hospital order number: HIS-2026-0001", "Paid: ¥1,200.50",
                "Left on this aid: ¥1,799.50", "Page 1 of 1");
    }

    private static Path write(Language language, String name) throws ExportException {
        Path pdf = pdfs.resolve(name);
        new HospitalSlipPdf(language, "仁和医院", ReportFixtures.CLOCK).write(SLIP, pdf);
        return pdf;
    }
}
