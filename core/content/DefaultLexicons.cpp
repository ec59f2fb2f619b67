#include "content/DefaultLexicons.h"

#include <QDir>
#include <QHash>

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

QString DefaultLexicons::categoryTitle(const QString& category)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("advertising_absolute"), QT_TRANSLATE_NOOP("DefaultLexicons", "Advertising Law: absolute claims")},
        {QStringLiteral("medical_claims"), QT_TRANSLATE_NOOP("DefaultLexicons", "Medical and efficacy claims")},
        {QStringLiteral("guaranteed_returns"), QT_TRANSLATE_NOOP("DefaultLexicons", "Promised returns")},
        {QStringLiteral("platform_rules"), QT_TRANSLATE_NOOP("DefaultLexicons", "Platform rules")},
        {QStringLiteral("allow_common"), QT_TRANSLATE_NOOP("DefaultLexicons", "Known false positives")},
    };
    auto it = titles.constFind(category);
    return it == titles.constEnd() ? category : tr(it.value());
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
