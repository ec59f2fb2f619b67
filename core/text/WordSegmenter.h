#pragma once

#include <QString>
#include <QStringList>

namespace lx::text {

struct Word
{
    qint32 start = 0; // code points
    qint32 end = 0;
    QString text;
};

// Word segmentation with ICU's dictionary-based break iterator (Chinese included). Punctuation
// and spaces are not words.
class WordSegmenter final
{
public:
    WordSegmenter() = delete;
    static QList<Word> segment(const QString& text);
    static QStringList words(const QString& text);
    static QString icuVersion();
};

} // namespace lx::text
