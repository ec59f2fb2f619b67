#pragma once

#include <QSettings>
#include <QString>

namespace lx::ui {

// The folder of the reply model (a Qwen2-family checkpoint on this machine): a per-user setting,
// chosen in Settings, read by the desk's reply suggestions and the template editor's drafts.
inline QString replyModelFolder()
{
    return QSettings().value(QStringLiteral("assist/replyModel")).toString();
}

inline void setReplyModelFolder(const QString& dir)
{
    QSettings().setValue(QStringLiteral("assist/replyModel"), dir);
}

} // namespace lx::ui
