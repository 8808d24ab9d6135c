package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Block;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

class MimeSourceTest {

    private static final Charset GBK = Charset.forName("GB18030");
    private static final String REPORT = "蒲江县人民代表大会常务委员会工作报告\r\n——2019年1月9日在蒲江县第十七届人民代表大会第四次会议上\r\n"
            + "县人大常委会主任　王学文\r\n各位代表：\r\n我受县人大常委会委托，向大会报告工作，请予审议。\r\n"
            + "一、2018年主要工作\r\n2018年，县人大常委会召开常委会会议8次，听取审议专项工作报告19项。\r\n";

    private static Report ingest(byte[] bytes) throws Exception {
        return ReportIngester.defaults().ingest("m.txt", bytes, Sidecar.empty());
    }

    private static String base64(String text, Charset charset) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(text.getBytes(charset));
    }

    @Test
    void aMailSavedWholeIsReadFromItsBodyWithItsHeadersAndCoverNoteAsTheMails() throws Exception {
        String mail = "Date: Fri, 4 Jan 2019 10:21:40 +0800\r\nFrom: =?gb2312?B?" + Base64.getEncoder().encodeToString(
                "县人大办".getBytes(GBK)) + "?= <pjrdb@163.com>\r\nTo: <wangxw_pj@qq.com>\r\nSubject: =?utf-8?B?"
                + Base64.getEncoder().encodeToString("人大常委会工作报告".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64("王主任：\r\n您好！附件为修改后的报告，请审阅。\r\n" + REPORT, GBK) + "\r\n";
        Report r = ingest(mail.getBytes(StandardCharsets.US_ASCII));
        assertEquals("蒲江县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2019, 1, 9), r.metadata().date());
        assertEquals("王学文", r.metadata().speaker());
        assertEquals("各位代表：", r.body().get(0).text());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.MAIL
                && x.text().equals("From: 县人大办 <pjrdb@163.com>")), r.removals().toString());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.MAIL && x.text().startsWith("王主任")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("read from a mail (text/plain)")), r.warnings().toString());
    }

    @Test
    void aMailsAttachedTextIsTheReportWhenItHoldsTheMostText() throws Exception {
        String boundary = "----=_Part_1";
        String mail = "From: a@b.cn\r\nSubject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\""
                + boundary + "\"\r\n\r\n--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请查收附件。\r\n--"
                + boundary + "\r\nContent-Type: application/octet-stream; name=\"report.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"report.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64(REPORT, GBK) + "\r\n--" + boundary + "--\r\n";
        Report r = ingest(mail.getBytes(StandardCharsets.US_ASCII));
        assertEquals("蒲江县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(List.of("各位代表：", "我受县人大常委会委托，向大会报告工作，请予审议。", "一、2018年主要工作",
                "2018年，县人大常委会召开常委会会议8次，听取审议专项工作报告19项。"), r.body().stream().map(Block::text).toList());
    }

    @Test
    void aBrowsersWebArchiveIsReadFromItsPageInTheCharsetThePageDeclares() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>\r\n"
                + "<h1>杭州市西湖区人民代表大会常务委员会工作报告</h1>\r\n<p>——2022年1月6日在杭州市西湖区第十七届人民代表大会第一次会议上</p>\r\n"
                + "<p>各位代表：</p>\r\n<p>我受区人大常委会委托，向大会报告工作，请予审议。</p>\r\n</body></html>\r\n";
        StringBuilder qp = new StringBuilder();
        for (byte b : html.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '\r' || c == '\n') {
                qp.append((char) c);
            } else if (c < 128 && c != '=') {
                qp.append((char) c);
            } else {
                qp.append(String.format("=%02X", c));
            }
        }
        String mht = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/a.html\r\n"
                + "Subject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\";"
                + " boundary=\"B\"\r\n\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://www.example.gov.cn/a.html\r\n\r\n" + qp + "\r\n--B\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n";
        Report r = ingest(mht.getBytes(StandardCharsets.US_ASCII));
        assertEquals("杭州市西湖区人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2022, 1, 6), r.metadata().date());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.EXPORT_FIELD
                && x.text().equals("Snapshot-Content-Location: https://www.example.gov.cn/a.html")), r.removals().toString());
    }

    @Test
    void textThatMerelyStartsWithAWordAndAColonIsNoMail() {
        assertFalse(MimeSource.isMime("来源：人民网\n\n各位代表：\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(MimeSource.isMime("Subject: 报告\n\n各位代表：\n".getBytes(StandardCharsets.UTF_8)),
                "a mail's headers without MIME's own are a copy's lines, read as they are");
    }
}
