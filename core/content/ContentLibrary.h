#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::content {

struct LibraryItem
{
    QString id;
    QString kind;     // "template" or "script"
    QString group;    // industry for templates, scenario for scripts
    QString name;
    QString platform; // templates: the platform it is written for
    QString segment;  // templates: "high_value", "high_activity", "new_user" or empty for everyone
    QStringList tags; // templates: interest and habit tags of the users it suits
    QStringList sections;
    QString body;
    QHash<QString, QString> samples; // sample values for previews, by variable name
};

// The industry frameworks and the script library Lingxi ships as editable data (JSON in the
// library's resources); workspaces copy them and users add their own.
class ContentLibrary final
{
public:
    ContentLibrary() = delete;
    static Result<QList<LibraryItem>> parse(const QByteArray& json);
    static const QList<LibraryItem>& builtin();
    static std::optional<LibraryItem> find(const QString& id);
};

} // namespace lx::content
