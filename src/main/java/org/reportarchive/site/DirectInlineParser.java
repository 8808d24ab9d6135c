package org.reportarchive.site;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, reading a match's bounds from the matcher itself. flexmark asks the matcher for a
 * {@code MatchResult}, which on Java 17 copies the whole paragraph into a new string at every link: for a report
 * with hundreds of term links that was half of the Markdown engine's time. The parse is unchanged.
 */
final class DirectInlineParser extends InlineParserImpl {

    static final InlineParserFactory FACTORY = DirectInlineParser::new;

    private DirectInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /** The match at the current index, advancing past it; null if there is none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = m.start(g) < 0 ? null : input.subSequence(m.start(g), m.end(g));
        }
        return groups;
    }
}
