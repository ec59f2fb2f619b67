#pragma once

#include "audit/AuditService.h"
#include "common/UiContext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lx::models {
class AuditTableModel;
}

namespace lx::ui {

// Audit viewer for supervisors and admins: filter by operator, kind of action and date range,
// read an entry's details, and verify the hash chain as a background task.
class AuditWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditWidget)

public:
    AuditWidget(UiContext& context, QWidget* parent = nullptr);
    void reload();
    void verifyChain();

Q_SIGNALS:
    void reloaded(int rows);
    void verified(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void showDetails();

    UiContext& m_ctx;
    models::AuditTableModel* m_model = nullptr;
    QLabel* m_actorLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verifyResult = nullptr;
    // The last verification, so that it reads in the language chosen afterwards too.
    std::optional<audit::VerifyReport> m_lastVerify;
    bool m_stale = false; // entries were written while the panel was hidden
    void showVerifyResult();
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace lx::ui
