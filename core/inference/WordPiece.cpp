#include "inference/WordPiece.h"

#include "inference/TextFeatures.h"

#include "text/TextNormalizer.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace lx::inference {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lx::inference", text);
}

bool isCjk(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

bool isPunctuation(char32_t cp)
{
    // BERT treats every non-alphanumeric ASCII character as punctuation, and Unicode's P* classes.
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126))
        return true;
    return text::TextNormalizer::isPunctuation(cp);
}

bool isWhitespace(char32_t cp)
{
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || QChar::category(cp) == QChar::Separator_Space;
}

bool isControl(char32_t cp)
{
    if (cp == U'\t' || cp == U'\n' || cp == U'\r')
        return false;
    const auto c = QChar::category(cp);
    return c == QChar::Other_Control || c == QChar::Other_Format;
}

} // namespace

Result<WordPieceTokenizer> WordPieceTokenizer::fromText(const QByteArray& vocab, bool lowerCase)
{
    WordPieceTokenizer t;
    t.m_lowerCase = lowerCase;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(vocab);
    if (decoder.hasError())
        return Result<WordPieceTokenizer>::failure(tr("the WordPiece vocabulary is not UTF-8"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (int i = 0; i < lines.size(); ++i) {
        QString token = lines.at(i);
        if (token.endsWith(QLatin1Char('\r')))
            token.chop(1);
        t.m_tokens.append(token);
        if (!t.m_ids.contains(token))
            t.m_ids.insert(token, i);
    }
    for (const char* special : {"[UNK]", "[CLS]", "[SEP]", "[PAD]"}) {
        if (!t.m_ids.contains(QString::fromLatin1(special)))
            return Result<WordPieceTokenizer>::failure(tr("the WordPiece vocabulary has no %1 token").arg(QString::fromLatin1(special)));
    }
    t.m_unk = t.m_ids.value(QStringLiteral("[UNK]"));
    t.m_cls = t.m_ids.value(QStringLiteral("[CLS]"));
    t.m_sep = t.m_ids.value(QStringLiteral("[SEP]"));
    t.m_pad = t.m_ids.value(QStringLiteral("[PAD]"));
    return t;
}

QStringList WordPieceTokenizer::basic(const QString& text) const
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    text::TextNormalizer::forEachCodePoint(text, [&](char32_t cp) {
        if (cp == 0 || cp == 0xFFFD || isControl(cp))
            return;
        if (isWhitespace(cp)) {
            flush();
            return;
        }
        if (isCjk(cp) || isPunctuation(cp)) {
            flush();
            words.append(QString::fromUcs4(&cp, 1));
            return;
        }
        current += QString::fromUcs4(&cp, 1);
    });
    flush();
    if (m_lowerCase) {
        for (QString& w : words) {
            // Lower-case, then drop combining marks (NFD): "Café" -> "cafe".
            QString d = w.toLower().normalized(QString::NormalizationForm_D);
            QString kept;
            for (QChar c : std::as_const(d)) {
                if (c.category() != QChar::Mark_NonSpacing)
                    kept += c;
            }
            w = kept;
        }
    }
    return words;
}

void WordPieceTokenizer::wordPieces(const QString& word, QStringList& out) const
{
    const QList<uint> cps = word.toUcs4();
    if (cps.size() > 100) {
        out.append(QStringLiteral("[UNK]"));
        return;
    }
    QStringList pieces;
    int start = 0;
    while (start < cps.size()) {
        int end = int(cps.size());
        QString found;
        while (start < end) {
            QString piece = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + start, end - start);
            if (start > 0)
                piece.prepend(QStringLiteral("##"));
            if (m_ids.contains(piece)) {
                found = piece;
                break;
            }
            --end;
        }
        if (found.isEmpty()) {
            out.append(QStringLiteral("[UNK]"));
            return;
        }
        pieces.append(found);
        start = end;
    }
    out += pieces;
}

QStringList WordPieceTokenizer::tokenize(const QString& text) const
{
    QStringList out;
    for (const QString& w : basic(text))
        wordPieces(w, out);
    return out;
}

WordPieceTokenizer::Encoded WordPieceTokenizer::encode(const QString& text, int maxLength) const
{
    Encoded e;
    const int room = std::max(0, maxLength - 2);
    const QStringList tokens = tokenize(modelWindow(text));
    e.ids.push_back(m_cls);
    for (int i = 0; i < tokens.size() && i < room; ++i)
        e.ids.push_back(m_ids.value(tokens.at(i), m_unk));
    e.ids.push_back(m_sep);
    e.mask.assign(e.ids.size(), 1);
    while (int(e.ids.size()) < maxLength) {
        e.ids.push_back(m_pad);
        e.mask.push_back(0);
    }
    return e;
}

} // namespace lx::inference
