#pragma once

#include <QDialog>

namespace lx::ui {

// Name, purpose and the versions of the libraries this build runs on (support asks for them).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // "Qt 6.4.2", "SQLite 3.40.1", ... as shown in the dialog.
    static QStringList componentVersions();
};

} // namespace lx::ui
