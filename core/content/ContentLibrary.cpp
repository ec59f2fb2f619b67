#include "content/ContentLibrary.h"

#include "content/TemplateMatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lx::content {

Result<QList<LibraryItem>> ContentLibrary::parse(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QList<LibraryItem>>::failure(
            QStringLiteral("the content library is not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    QList<LibraryItem> out;
    const QJsonObject root = doc.object();
    for (const char* kind : {"templates", "scripts"}) {
        const QJsonArray arr = root.value(QLatin1String(kind)).toArray();
        for (const QJsonValue& v : arr) {
            const QJsonObject o = v.toObject();
            LibraryItem item;
            item.id = o.value(QStringLiteral("id")).toString();
            item.kind = qstrcmp(kind, "templates") == 0 ? QStringLiteral("template") : QStringLiteral("script");
            item.group = o.value(item.kind == QLatin1String("template") ? QStringLiteral("industry") : QStringLiteral("scenario"))
                             .toString();
            item.name = o.value(QStringLiteral("name")).toString();
            item.platform = o.value(QStringLiteral("platform")).toString();
            item.segment = o.value(QStringLiteral("segment")).toString();
            for (const QJsonValue& t : o.value(QStringLiteral("tags")).toArray())
                item.tags << t.toString();
            for (const QJsonValue& s : o.value(QStringLiteral("sections")).toArray())
                item.sections << s.toString();
            item.body = o.value(QStringLiteral("body")).toString();
            const QJsonObject samples = o.value(QStringLiteral("samples")).toObject();
            for (auto it = samples.begin(); it != samples.end(); ++it)
                item.samples.insert(it.key(), it.value().toString());
            if (item.id.isEmpty() || item.body.isEmpty())
                return Result<QList<LibraryItem>>::failure(
                    QStringLiteral("content library: a %1 entry lacks an id or a body").arg(item.kind));
            if (!TemplateMatcher::segments().contains(item.segment))
                return Result<QList<LibraryItem>>::failure(
                    QStringLiteral("content library: %1 has the unknown segment '%2'").arg(item.id, item.segment));
            out.append(item);
        }
    }
    return out;
}

const QList<LibraryItem>& ContentLibrary::builtin()
{
    static const QList<LibraryItem> items = [] {
        QFile f(QStringLiteral(":/content/library.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QList<LibraryItem>();
        auto parsed = parse(f.readAll());
        return parsed ? parsed.value() : QList<LibraryItem>();
    }();
    return items;
}

std::optional<LibraryItem> ContentLibrary::find(const QString& id)
{
    for (const LibraryItem& i : builtin()) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

} // namespace lx::content
