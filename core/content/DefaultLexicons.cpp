#include "content/DefaultLexicons.h"

#include <QDir>

namespace lx::content {

QList<text::LexiconFile> DefaultLexicons::load()
{
    QList<text::LexiconFile> out;
    const QDir dir(QStringLiteral(":/lexicons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        auto lf = text::LexiconFile::load(dir.filePath(name));
        if (lf)
            out.append(lf.take());
    }
    return out;
}

text::LexiconFile DefaultLexicons::allowList()
{
    auto lf = text::LexiconFile::load(QStringLiteral(":/allow/common.txt"), QStringLiteral("allow_common"));
    return lf ? lf.value() : text::LexiconFile{};
}

text::LexiconFile DefaultLexicons::industryTerms(const QString& industry)
{
    auto lf = text::LexiconFile::load(QStringLiteral(":/terms/%1.txt").arg(industry), QStringLiteral("term"));
    return lf ? lf.value() : text::LexiconFile{};
}

} // namespace lx::content
