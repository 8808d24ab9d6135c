package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Publication;

/** Reads a publishing line such as {@code 发布日期:2023-02-18 作者: 来源:泸州日报 浏览量:14033}. */
final class PublicationLine {
    private static final Pattern KEY = Pattern.compile(
            "(发布日期|发布时间|发表时间|更新时间|时间|日期|来源|稿源|信息来源|文章来源|作者|编辑|责任编辑|浏览量|浏览次数|点击量|阅读量|发布者)\\s*[:：]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

    private PublicationLine() {
    }

    static Publication parse(List<String> lines) {
        String source = null;
        String date = null;
        String author = null;
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher m = KEY.matcher(line);
            List<int[]> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(new int[] {m.start(), m.end()});
            }
            for (int k = 0; k < keys.size(); k++) {
                String key = line.substring(keys.get(k)[0], keys.get(k)[1]).replaceAll("[\\s:：]", "");
                int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : line.length();
                String value = SourceLine.trim(line.substring(keys.get(k)[1], end));
                if (value.isEmpty()) {
                    continue;
                }
                if (key.contains("来源") || key.equals("稿源")) {
                    source = source == null ? value : source;
                } else if (key.equals("作者")) {
                    author = author == null ? value : author;
                } else if (key.contains("日期") || key.contains("时间")) {
                    Matcher d = DATE.matcher(value);
                    if (date == null && d.find()) {
                        date = String.format("%s-%02d-%02d", d.group(1), Integer.parseInt(d.group(2)),
                                Integer.parseInt(d.group(3)));
                    }
                } else {
                    continue; // view counts and editors are not publication facts
                }
                kept.add(key + "：" + value);
            }
        }
        if (source == null && date == null && author == null) {
            return null;
        }
        return new Publication(source, date, author, String.join("　", kept));
    }
}
