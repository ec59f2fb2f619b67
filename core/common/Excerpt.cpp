#include "common/Excerpt.h"

#include <QStringDecoder>

namespace lx {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff) || c == 0xfeff;
}

void appendEscaped(QString& out, char32_t c)
{
    if (c < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString excerpt(QStringView text, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars) + 8);
    int shown = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (shown >= maxChars)
            return out + QStringLiteral("…");
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isControl(c))
            appendEscaped(out, c);
        else
            out += text.mid(i, width);
        i += width;
        ++shown;
    }
    return out;
}

QString excerpt(const QByteArray& bytes, int maxChars)
{
    // Decode only what can be shown (4 bytes a character at most), then escape what is not UTF-8.
    qsizetype cut = qMin(bytes.size(), qsizetype(maxChars) * 4 + 4);
    while (cut > 0 && cut < bytes.size() && (uchar(bytes.at(cut)) & 0xc0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    const QByteArray head = bytes.left(cut);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(head);
    QString shown;
    if (!decoder.hasError()) {
        shown = excerpt(text, maxChars);
    } else {
        // Byte by byte: ASCII as it is (controls escaped), everything else as \xNN.
        int count = 0;
        for (const char b : head) {
            if (count >= maxChars)
                break;
            const uchar u = uchar(b);
            if (u >= 0x20 && u < 0x7f)
                shown += QLatin1Char(char(u));
            else
                appendEscaped(shown, u);
            ++count;
        }
        if (count < head.size() || head.size() < bytes.size())
            shown += QStringLiteral("…");
        return shown;
    }
    if (head.size() < bytes.size() && !shown.endsWith(QStringLiteral("…")))
        shown += QStringLiteral("…");
    return shown;
}

bool hasControlCharacters(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

} // namespace lx
