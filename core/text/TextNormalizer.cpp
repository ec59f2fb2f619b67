#include "text/TextNormalizer.h"

#include <QChar>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <opencc/opencc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>

namespace lx::text {

namespace {

// Compatibility mappings (NFKC) that change a code point into one other code point, plus the
// traditional-to-simplified table, computed once for the whole Basic Multilingual Plane and the
// CJK extension B block.
class CharTable
{
public:
    static const CharTable& instance()
    {
        static const CharTable table;
        return table;
    }

    char32_t map(char32_t cp) const
    {
        if (cp < m_bmp.size())
            return m_bmp[cp];
        auto it = m_astral.find(cp);
        return it == m_astral.end() ? cp : it.value();
    }

    // Whether a code point survives normalisation (ASCII by normalize()'s own rule).
    bool keeps(char32_t cp) const
    {
        if (cp < m_keep.size())
            return m_keep[cp] != 0;
        return !TextNormalizer::isFiller(map(cp));
    }

private:
    CharTable()
    {
        // Building the table asks Qt for ~5,000 compatibility forms and OpenCC for ~50,000
        // characters (~40 ms); a short command would spend most of its time here, so the result
        // is kept in the user's cache, keyed by everything that shapes it.
        const QString cache = cacheFile();
        if (!cache.isEmpty() && readCache(cache))
            return;
        build();
        if (!cache.isEmpty())
            writeCache(cache);
    }

    static QString cacheFile()
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        if (dir.isEmpty())
            return {};
        QCryptographicHash key(QCryptographicHash::Sha256);
        key.addData(QByteArrayLiteral("lx-chartable-v1"));
        key.addData(QByteArray(qVersion()));
        key.addData(QByteArray::number(int(QChar::currentUnicodeVersion())));
        // OpenCC's dictionaries: their names, sizes and times stand for their contents.
        const QFileInfoList dicts = QDir(QStringLiteral("/usr/share/opencc"))
                                        .entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.ocd2")}, QDir::Files, QDir::Name);
        for (const QFileInfo& d : dicts) {
            key.addData(d.fileName().toUtf8());
            key.addData(QByteArray::number(d.size()));
            key.addData(QByteArray::number(d.lastModified().toMSecsSinceEpoch()));
        }
        return QDir(dir).filePath(QStringLiteral("lingxi/chartable-%1.bin").arg(QString::fromLatin1(key.result().toHex().left(24))));
    }

    bool readCache(const QString& file)
    {
        QFile f(file);
        const qint64 fixed = 0x10000 * 4 + 0x10000 + 4;
        if (!f.open(QIODevice::ReadOnly) || f.size() < fixed || f.size() > fixed + 8 * 100000)
            return false;
        const QByteArray bytes = f.readAll();
        if (bytes.size() != f.size() || (bytes.size() - fixed) % 8 != 0)
            return false;
        m_bmp.resize(0x10000);
        m_keep.resize(0x10000);
        memcpy(m_bmp.data(), bytes.constData(), 0x10000 * 4);
        memcpy(m_keep.data(), bytes.constData() + 0x10000 * 4, 0x10000);
        quint32 astral = 0;
        memcpy(&astral, bytes.constData() + 0x10000 * 5, 4);
        if (qint64(astral) * 8 != bytes.size() - fixed)
            return false;
        const char* p = bytes.constData() + fixed;
        for (quint32 i = 0; i < astral; ++i, p += 8) {
            char32_t from = 0, to = 0;
            memcpy(&from, p, 4);
            memcpy(&to, p + 4, 4);
            m_astral.insert(from, to);
        }
        return true;
    }

    void writeCache(const QString& file) const
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(reinterpret_cast<const char*>(m_bmp.data()), 0x10000 * 4);
        f.write(reinterpret_cast<const char*>(m_keep.data()), 0x10000);
        const quint32 astral = quint32(m_astral.size());
        f.write(reinterpret_cast<const char*>(&astral), 4);
        for (auto it = m_astral.cbegin(); it != m_astral.cend(); ++it) {
            const char32_t pair[2] = {it.key(), it.value()};
            f.write(reinterpret_cast<const char*>(pair), 8);
        }
        f.commit(); // an unwritable cache only costs the next process the build
    }

    void build()
    {
        m_bmp.resize(0x10000);
        for (char32_t cp = 0; cp < 0x10000; ++cp)
            m_bmp[cp] = cp;
        // Compatibility decomposition, but only where it yields exactly one code point: ① -> 1,
        // Ａ -> A, ｶ -> カ. Multi-character expansions (㎏ -> kg) are kept as they are so that
        // one original character maps to one normalised one.
        for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
            if (cp >= 0xD800 && cp <= 0xDFFF)
                continue;
            const QChar c{char16_t(cp)};
            if (c.decompositionTag() == QChar::NoDecomposition)
                continue;
            const QString n = QString(c).normalized(QString::NormalizationForm_KC);
            const QList<uint> ucs4 = n.toUcs4();
            if (ucs4.size() == 1)
                m_bmp[cp] = char32_t(ucs4.first());
        }
        m_bmp[0x3000] = U' ';
        loadTraditionalToSimplified();
        // Case folding last, so that folded compatibility letters fold too.
        for (char32_t cp = 0; cp < 0x10000; ++cp) {
            const char32_t m = m_bmp[cp];
            if (m < 0x10000)
                m_bmp[cp] = QChar::toCaseFolded(m);
        }
        m_keep.assign(0x10000, 0);
        for (char32_t cp = 0; cp < 0x80; ++cp)
            m_keep[cp] = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
        for (char32_t cp = 0x80; cp < 0x10000; ++cp)
            m_keep[cp] = !TextNormalizer::isFiller(m_bmp[cp]);
    }

    void loadTraditionalToSimplified()
    {
        // Runs every CJK character through OpenCC's t2s conversion once, one character a line,
        // and keeps the one-to-one results.
        std::vector<std::pair<char32_t, char32_t>> ranges{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF},
                                                          {0x20000, 0x2A6DF}};
        QString input;
        QList<char32_t> order;
        for (auto [lo, hi] : ranges) {
            for (char32_t cp = lo; cp <= hi; ++cp) {
                input += QString::fromUcs4(&cp, 1);
                input += QLatin1Char('\n');
                order.append(cp);
            }
        }
        opencc_t cc = opencc_open("t2s.json");
        if (cc == reinterpret_cast<opencc_t>(-1))
            return; // without OpenCC's data the table stays identity; matching still works on simplified text
        const QByteArray utf8 = input.toUtf8();
        char* out = opencc_convert_utf8(cc, utf8.constData(), size_t(utf8.size()));
        if (out) {
            const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
            opencc_convert_utf8_free(out);
            for (int i = 0; i < order.size() && i < lines.size(); ++i) {
                const QList<uint> ucs4 = lines.at(i).toUcs4();
                if (ucs4.size() != 1 || char32_t(ucs4.first()) == order.at(i))
                    continue;
                const char32_t from = order.at(i);
                const char32_t to = char32_t(ucs4.first());
                if (from < 0x10000)
                    m_bmp[from] = to;
                else
                    m_astral.insert(from, to);
            }
        }
        opencc_close(cc);
    }

    std::vector<char32_t> m_bmp;
    std::vector<quint8> m_keep; // BMP: 1 where the mapped code point is not filler
    QHash<char32_t, char32_t> m_astral;
};


} // namespace

int NormalizedText::indexAtByte(qint32 byte) const
{
    auto it = std::upper_bound(byteOffset.begin(), byteOffset.end(), byte);
    return int(std::distance(byteOffset.begin(), it)) - 1;
}

std::pair<qint32, qint32> NormalizedText::originalRange(qint32 byteStart, qint32 byteEnd) const
{
    if (origin.empty() || byteEnd <= byteStart)
        return {0, 0};
    const int first = std::clamp(indexAtByte(byteStart), 0, size() - 1);
    const int last = std::clamp(indexAtByte(byteEnd - 1), 0, size() - 1);
    return {origin[size_t(first)], origin[size_t(last)] + 1};
}

bool TextNormalizer::isFiller(char32_t cp)
{
    if (isJoiner(cp) || cp == 0x20E3 || isPunctuation(cp))
        return true;
    if (cp >= 0x1F000 && cp <= 0x1FAFF)
        return true; // emoji, pictographs, regional indicators, skin tones
    switch (QChar::category(cp)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

bool TextNormalizer::isPunctuation(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

bool TextNormalizer::isJoiner(char32_t cp)
{
    return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

char32_t TextNormalizer::fold(char32_t cp)
{
    return CharTable::instance().map(cp);
}

NormalizedText TextNormalizer::normalize(const QString& text)
{
    const CharTable& table = CharTable::instance();
    NormalizedText out;
    out.utf8.reserve(text.size() * 3);
    out.origin.reserve(size_t(text.size()));
    out.byteOffset.reserve(size_t(text.size()) + 1);
    qint32 index = 0;
    forEachCodePoint(text, [&](char32_t cp) {
        const qint32 at = index++;
        if (cp < 0x80) {
            // ASCII fast path: letters and digits kept (lower-cased), the rest is filler.
            if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9')) {
            } else if (cp >= U'A' && cp <= U'Z') {
                cp += 32;
            } else {
                return;
            }
        } else {
            cp = table.map(cp);
            if (isFiller(cp))
                return;
        }
        out.origin.push_back(at);
        out.byteOffset.push_back(qint32(out.utf8.size()));
        appendUtf8(out.utf8, cp);
    });
    out.byteOffset.push_back(qint32(out.utf8.size()));
    out.originalLength = index;
    return out;
}

int Utf8Normalized::indexAtByte(qint32 byte) const
{
    auto it = std::upper_bound(origin.begin(), origin.end(), byte,
                               [](qint32 b, const Origin& o) { return b < o.normalizedByte; });
    return int(std::distance(origin.begin(), it)) - 1;
}

void TextNormalizer::normalizeUtf8(const char* data, qsizetype size, Utf8Normalized& out)
{
    const CharTable& table = CharTable::instance();
    out.origin.clear();
    // No code point's normalised form takes more than twice its bytes (ASCII stays one byte).
    out.utf8.resize(size * 2 + 8);
    char* const wbase = out.utf8.data();
    char* w = wbase;
    const auto* base = reinterpret_cast<const unsigned char*>(data);
    const unsigned char* p = base;
    const unsigned char* const end = base + size;
    auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    qint32 index = 0;
    while (p < end) {
        const unsigned char* start = p;
        const unsigned c = *p;
        char32_t cp = 0xFFFD;
        qsizetype need = 1;
        if (c < 0x80) {
            cp = c;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (end - p >= 2 && continuation(p[1]))
                cp = char32_t(((c & 0x1F) << 6) | (p[1] & 0x3F)), need = 2;
        } else if (c >= 0xE0 && c < 0xF0) {
            if (end - p >= 3 && continuation(p[1]) && continuation(p[2])) {
                const char32_t v = char32_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
                if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF))
                    cp = v, need = 3;
            }
        } else if (c >= 0xF0 && c < 0xF5) {
            if (end - p >= 4 && continuation(p[1]) && continuation(p[2]) && continuation(p[3])) {
                const char32_t v =
                    char32_t(((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
                if (v >= 0x10000 && v <= 0x10FFFF)
                    cp = v, need = 4;
            }
        }
        p += need;
        const qint32 at = index++;
        if (!table.keeps(cp))
            continue;
        out.origin.push_back(Utf8Normalized::Origin{qint32(w - wbase), at, qint32(start - base), qint32(p - base)});
        if (cp < 0x80) {
            *w++ = char((cp >= U'A' && cp <= U'Z') ? cp + 32 : cp);
            continue;
        }
        cp = table.map(cp);
        if (cp < 0x80) {
            *w++ = char(cp);
        } else if (cp < 0x800) {
            *w++ = char(0xC0 | (cp >> 6));
            *w++ = char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *w++ = char(0xE0 | (cp >> 12));
            *w++ = char(0x80 | ((cp >> 6) & 0x3F));
            *w++ = char(0x80 | (cp & 0x3F));
        } else {
            *w++ = char(0xF0 | (cp >> 18));
            *w++ = char(0x80 | ((cp >> 12) & 0x3F));
            *w++ = char(0x80 | ((cp >> 6) & 0x3F));
            *w++ = char(0x80 | (cp & 0x3F));
        }
    }
    out.utf8.truncate(qsizetype(w - wbase));
    out.originalLength = index;
}

QString TextNormalizer::normalizeWord(const QString& word)
{
    return normalize(word).text();
}

int TextNormalizer::utf16Offset(const QString& text, qint32 codePointOffset)
{
    int cps = 0;
    int i = 0;
    while (i < text.size() && cps < codePointOffset) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
        ++cps;
    }
    return i;
}

void TextNormalizer::appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

qint32 TextNormalizer::codePointLength(const QString& text)
{
    qint32 n = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace lx::text
