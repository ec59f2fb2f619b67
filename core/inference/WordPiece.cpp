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
    return text::TextNormalizer::isPunctuation(cp); // Unicode P*
}

bool isWhitespace(char32_t cp)
{
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || QChar::category(cp) == QChar::Separator_Space;
}

bool isControl(char32_t cp)
{
    if (cp == U'\t' || cp == U'\n' || cp == U'\r')
        return false;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
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
    for (const char* special : {"[MASK]", "[CLS]", "[SEP]", "[UNK]", "[PAD]"}) {
        if (t.m_ids.contains(QString::fromLatin1(special)))
            t.m_specials.append(QString::fromLatin1(special));
    }
    t.m_unk = t.m_ids.value(QStringLiteral("[UNK]"));
    t.m_cls = t.m_ids.value(QStringLiteral("[CLS]"));
    t.m_sep = t.m_ids.value(QStringLiteral("[SEP]"));
    t.m_pad = t.m_ids.value(QStringLiteral("[PAD]"));
    return t;
}

QStringList WordPieceTokenizer::basic(const QString& text) const
{
    // Clean, space out CJK characters, split on whitespace.
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
        if (isCjk(cp)) {
            flush();
            words.append(QString::fromUcs4(&cp, 1));
            return;
        }
        current += QString::fromUcs4(&cp, 1);
    });
    flush();
    // Each word: lower-cased and accents stripped, then split on punctuation.
    QStringList out;
    for (QString w : std::as_const(words)) {
        if (m_lowerCase) {
            const QString decomposed = w.toLower().normalized(QString::NormalizationForm_D);
            w.clear();
            text::TextNormalizer::forEachCodePoint(decomposed, [&](char32_t cp) {
                if (QChar::category(cp) != QChar::Mark_NonSpacing)
                    w += QString::fromUcs4(&cp, 1);
            });
        }
        QString piece;
        text::TextNormalizer::forEachCodePoint(w, [&](char32_t cp) {
            if (isPunctuation(cp)) {
                if (!piece.isEmpty())
                    out.append(piece);
                piece.clear();
                out.append(QString::fromUcs4(&cp, 1));
            } else {
                piece += QString::fromUcs4(&cp, 1);
            }
        });
        if (!piece.isEmpty())
            out.append(piece);
    }
    return out;
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

QStringList WordPieceTokenizer::ordinaryTokens(const QString& text) const
{
    QStringList out;
    for (const QString& w : basic(text))
        wordPieces(w, out);
    return out;
}

QStringList WordPieceTokenizer::tokenize(const QString& text) const
{
    // Special tokens ([CLS], [SEP], [UNK], [PAD], [MASK]) written in the text are kept whole, as
    // they are found (case and all); added terms are found in the text as the model reads it
    // (lower-cased when the model is uncased).
    const QString haystack = m_lowerCase && !m_added.isEmpty() ? text.toLower() : text;
    // Positions index both texts while lower-casing kept the length (it nearly always does).
    const QString& source = haystack.size() == text.size() ? text : haystack;
    QStringList out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < source.size()) {
        const QString* hit = nullptr;
        if (source.at(i) == QLatin1Char('[')) {
            for (const QString& sp : m_specials) {
                if (source.size() - i >= sp.size() && QStringView(source).mid(i, sp.size()) == sp) {
                    hit = &sp;
                    break;
                }
            }
        }
        if (!hit) {
            for (const QString& a : m_added) {
                if (haystack.size() - i >= a.size() && QStringView(haystack).mid(i, a.size()) == a) {
                    hit = &a;
                    break;
                }
            }
        }
        if (!hit) {
            ++i;
            continue;
        }
        out += ordinaryTokens(source.mid(start, i - start));
        out.append(*hit);
        i += hit->size();
        start = i;
    }
    out += ordinaryTokens(source.mid(start));
    return out;
}

std::vector<qint64> WordPieceTokenizer::ids(const QString& text, int maxLength) const
{
    const QStringList tokens = tokenize(text);
    const int room = maxLength > 0 ? std::max(0, maxLength - 2) : int(tokens.size());
    std::vector<qint64> out;
    out.reserve(size_t(std::min<qsizetype>(room, tokens.size())) + 2);
    out.push_back(m_cls);
    for (int i = 0; i < tokens.size() && i < room; ++i)
        out.push_back(m_ids.value(tokens.at(i), m_unk));
    out.push_back(m_sep);
    return out;
}

void WordPieceTokenizer::setAddedTokens(const QStringList& tokens)
{
    m_added.clear();
    for (const QString& t : tokens) {
        if (!t.isEmpty() && m_ids.contains(t) && !m_added.contains(t))
            m_added.append(t);
    }
    std::stable_sort(m_added.begin(), m_added.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

std::vector<qint64> WordPieceTokenizer::addTerms(const QStringList& terms, QStringList* issues)
{
    std::vector<qint64> given;
    QStringList added = m_added;
    for (const QString& raw : terms) {
        QString term = raw.trimmed();
        if (m_lowerCase)
            term = term.toLower();
        if (term.isEmpty())
            continue;
        if (term.contains(QLatin1Char(' ')) || term.contains(QLatin1Char('\t'))) {
            if (issues)
                issues->append(QCoreApplication::translate("lx::inference", "'%1' has a space; a term is one token").arg(term));
            continue;
        }
        if (m_ids.contains(term)) {
            if (issues)
                issues->append(QCoreApplication::translate("lx::inference", "'%1' is already in the vocabulary").arg(term));
            continue;
        }
        const qint64 id = m_tokens.size();
        m_tokens.append(term);
        m_ids.insert(term, id);
        added.append(term);
        given.push_back(id);
    }
    setAddedTokens(added);
    return given;
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
