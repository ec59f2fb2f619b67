#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace lx::text {

// Text after normalisation, as UTF-8 for the matcher, with the way back to the original: each
// normalised code point knows the original code point it came from.
struct NormalizedText
{
    QByteArray utf8;
    // For normalised code point i: the original code point index it came from.
    std::vector<qint32> origin;
    // Byte offset in utf8 where normalised code point i starts; one extra entry = utf8.size().
    std::vector<qint32> byteOffset;
    qint32 originalLength = 0; // code points in the original text

    int size() const { return int(origin.size()); }
    // Normalised code point index that starts at (or contains) a byte offset.
    int indexAtByte(qint32 byte) const;
    // Original code point range [start, end) covered by the normalised bytes [byteStart, byteEnd).
    std::pair<qint32, qint32> originalRange(qint32 byteStart, qint32 byteEnd) const;
    QString text() const { return QString::fromUtf8(utf8); }
};

} // namespace lx::text
