#include "text/LexiconFile.h"

#include "common/Excerpt.h"
#include "common/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace lx::text {

QString LexiconFile::categoryFromFileName(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

Result<LexiconFile> LexiconFile::load(const QString& path, const QString& category)
{
    auto bytes = InputFile::read(path, limits::kMaxLexiconBytes, tr("a word list"));
    if (!bytes)
        return Result<LexiconFile>(bytes.status());
    LexiconFile lf = parse(bytes.value(), category.isEmpty() ? categoryFromFileName(path) : category);
    lf.path = path;
    return lf;
}

QString LexiconFile::entryProblem(QStringView word)
{
    if (hasControlCharacters(word))
        return tr("an entry holds a control character (a NUL, a tab, an escape …); no word does");
    qsizetype points = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (!(word.at(i).isLowSurrogate() && i > 0 && word.at(i - 1).isHighSurrogate()))
            ++points;
        if (points > limits::kMaxLexiconEntryChars)
            return tr("an entry is longer than %1 characters; no word is").arg(limits::kMaxLexiconEntryChars);
    }
    return {};
}

LexiconFile LexiconFile::parse(const QByteArray& bytes, const QString& category)
{
    LexiconFile lf;
    lf.category = category;
    QSet<QString> seen;
    auto addLine = [&](int lineNo, QString line) {
        line = line.trimmed();
        if (line.isEmpty()) {
            lf.issues.append({lineNo, tr("empty line")});
            return;
        }
        const QStringList parts = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        bool reported = false;
        for (QString w : parts) {
            w = w.trimmed();
            if (w.isEmpty())
                continue;
            if (const QString problem = entryProblem(w); !problem.isEmpty()) {
                if (!reported) // one issue a line, however many bad entries it holds
                    lf.issues.append({lineNo, problem});
                reported = true;
                continue;
            }
            if (seen.contains(w)) {
                ++lf.duplicates;
                continue;
            }
            seen.insert(w);
            lf.words.append(w);
        }
    };

    // UTF-16 lists announce themselves with a byte-order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString all = decoder(bytes.mid(2));
        const QStringList lines = all.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.at(i).trimmed().isEmpty())
                break; // the final newline
            addLine(i + 1, lines.at(i));
        }
        return lf;
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray& raw = lines.at(i);
        if (i == lines.size() - 1 && raw.trimmed().isEmpty())
            break;
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder(raw);
        if (decoder.hasError()) {
            lf.issues.append({i + 1, tr("not valid UTF-8")});
            continue;
        }
        addLine(i + 1, line);
    }
    return lf;
}

Result<QList<LexiconFile>> LexiconFile::loadDirectory(const QString& dir)
{
    QDir d(dir);
    if (!d.exists())
        return Result<QList<LexiconFile>>::failure(tr("there is no lexicon folder %1").arg(dir));
    QList<LexiconFile> out;
    // System: a device, FIFO or socket named *.txt is listed, so that load() refuses it aloud.
    const QStringList names = d.entryList({QStringLiteral("*.txt")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString& name : names) {
        auto lf = load(d.filePath(name));
        if (!lf)
            return Result<QList<LexiconFile>>(lf.status());
        out.append(lf.take());
    }
    return out;
}

} // namespace lx::text
