package dev.techshift.server.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The one analyzer of the text index: folds Traditional Chinese to Simplified (opencc4j), then
 * segments with Lucene's SmartChineseAnalyzer, which also lower-cases and Porter-stems Latin words.
 * Used for indexing and for queries, so 研究院, 研究院 in Traditional, "Deep Graph" and "deep graphs"
 * all meet the same terms.
 * <pre>
 *   Analyzer a = new FoldingAnalyzer();
 *   a.tokenStream("label", "上海AI研究院");   // [上海, ai, 研究院]
 * </pre>
 */
public final class FoldingAnalyzer extends AnalyzerWrapper {

    private final Analyzer delegate = new SmartChineseAnalyzer();

    public FoldingAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new StringReader(ZhConverterUtil.toSimple(readAll(reader)));
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return wrapReader(fieldName, reader);
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = reader.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading text to analyse failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        delegate.close();
        super.close();
    }
}
