#include "text/LexiconSource.h"

#include "common/InputFile.h"
#include "text/LexiconFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace lx::text {

namespace {


// Hashes what shapes the matcher: each list's category and bytes, the allow-list's bytes.
Result<QByteArray> sourceKey(const QList<QPair<QString, QString>>& files, const QString& allowFile)
{
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(QByteArrayLiteral("lx-lexicon-source-v1"));
    auto add = [&key](const QString& path, const QString& category) -> Status {
        auto opened = InputFile::open(path); // a device or a FIFO named *.txt is refused, never read
        if (!opened)
            return opened.status();
        QFile& f = *opened.value();
        if (f.size() > limits::kMaxLexiconBytes)
            return Status::failure(LexiconSource::tr("the word list %1 is larger than %2")
                                       .arg(InputFile::displayName(path), InputFile::sizeText(limits::kMaxLexiconBytes)));
        key.addData(category.toUtf8());
        key.addData(QByteArrayLiteral("\x1e"));
        key.addData(QByteArray::number(f.size()));
        key.addData(QByteArrayLiteral("\x1e"));
        if (!key.addData(&f))
            return Status::failure(LexiconSource::tr("cannot read the word list %1").arg(path));
        return Status::success();
    };
    for (const auto& [path, category] : files) {
        if (auto st = add(path, category); !st)
            return Result<QByteArray>(st);
    }
    key.addData(QByteArrayLiteral("\x1d"));
    if (!allowFile.isEmpty()) {
        if (auto st = add(allowFile, QStringLiteral("allow")); !st)
            return Result<QByteArray>(st);
    }
    return key.result().toHex().left(32);
}

} // namespace

Result<LexiconStats> LexiconSource::load(LexiconMatcher& matcher, const QStringList& dirs, const QString& allowFile,
                                         const QString& cacheDir, QList<SourceIssue>* issues)
{
    QList<QPair<QString, QString>> files;
    for (const QString& dir : dirs) {
        QDir d(dir);
        if (!d.exists())
            return Result<LexiconStats>::failure(LexiconFile::tr("there is no lexicon folder %1").arg(dir));
        // System: a device, FIFO or socket named *.txt is listed, so that it is refused aloud.
        for (const QString& name : d.entryList({QStringLiteral("*.txt")}, QDir::Files | QDir::System, QDir::Name))
            files.append({d.filePath(name), LexiconFile::categoryFromFileName(name)});
    }
    auto key = sourceKey(files, allowFile);
    if (!key)
        return Result<LexiconStats>(key.status());
    const QString ref =
        cacheDir.isEmpty() ? QString() : QDir(cacheDir).filePath(QStringLiteral("src-%1.json").arg(QString::fromLatin1(key.value())));

    // A hit: the compiled database named by the reference, and the issues it recorded.
    if (!ref.isEmpty()) {
        QFile f(ref);
        if (f.open(QIODevice::ReadOnly) && f.size() < 64 * 1024 * 1024) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            const QString compiled = o.value(QStringLiteral("compiled")).toString();
            if (!compiled.isEmpty() && QFileInfo(compiled).absolutePath() == QFileInfo(cacheDir).absoluteFilePath()) {
                auto stats = matcher.loadCompiled(compiled);
                if (stats) {
                    if (issues) {
                        for (const auto& v : o.value(QStringLiteral("issues")).toArray()) {
                            const QJsonObject i = v.toObject();
                            issues->append(SourceIssue{i.value(QStringLiteral("file")).toString(),
                                                       i.value(QStringLiteral("line")).toInt(),
                                                       i.value(QStringLiteral("reason")).toString()});
                        }
                    }
                    return stats;
                }
            }
        }
    }

    // A miss: parse, compile (the matcher caches the database), and remember both.
    QList<LexiconFile> lists;
    QList<SourceIssue> found;
    for (const auto& [path, category] : std::as_const(files)) {
        auto lf = LexiconFile::load(path, category);
        if (!lf)
            return Result<LexiconStats>(lf.status());
        for (const auto& i : lf.value().issues)
            found.append(SourceIssue{path, i.line, i.reason});
        lists.append(lf.take());
    }
    QStringList allow;
    if (!allowFile.isEmpty()) {
        auto a = LexiconFile::load(allowFile, QStringLiteral("allow"));
        if (!a)
            return Result<LexiconStats>(a.status());
        allow = a.value().words;
    }
    auto stats = matcher.load(lists, allow, cacheDir);
    if (!stats)
        return stats;
    if (issues)
        *issues += found;
    if (!ref.isEmpty() && !stats.value().cacheFile.isEmpty()) {
        QJsonArray list;
        for (const SourceIssue& i : std::as_const(found))
            list.append(QJsonObject{{QStringLiteral("file"), i.file}, {QStringLiteral("line"), i.line},
                                    {QStringLiteral("reason"), i.reason}});
        QSaveFile out(ref);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(QJsonObject{{QStringLiteral("compiled"), stats.value().cacheFile},
                                                {QStringLiteral("issues"), list}})
                          .toJson(QJsonDocument::Compact));
            out.commit(); // a cache that cannot be written only costs the next run a parse
        }
    }
    return stats;
}

} // namespace lx::text
