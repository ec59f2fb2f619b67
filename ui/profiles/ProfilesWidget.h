#pragma once

#include "common/UiContext.h"
#include "profiles/ProfileService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace lx::models {
class ProfileTableModel;
}

namespace lx::ui {

// Profiles: a segment builder (layers, tags, value tier, consent, attitude), the matching users
// in a paged table that scrolls through a million rows, a profile card with every layer and tag
// and the reason for it, consent and an event timeline, and the segment's funnel.
class ProfilesWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~ProfilesWidget() override;

    // The segment expression the builder makes (what `lingxi-cli --segment` takes).
    QString expression() const;
    models::ProfileTableModel* model() const { return m_model; }
    void applySegment();
    void showProfile(qint64 profileId);
    void runFunnel();
    // Replaces the workspace's tagging rules (JSON) and city-tier table (CSV), each only when
    // given; both are checked whole first (line numbers for bad rows), then every user is
    // tagged again. rulesApplied() reports the outcome.
    void applyRules(const QByteArray& rulesJson, const QByteArray& cityCsv);
    // The editor for both (marketers and admins).
    void editRules();
    QList<profiles::FunnelStep> funnelSteps() const { return m_funnel; }

Q_SIGNALS:
    void segmentCounted(qint64 users);
    void funnelShown();
    void cardShown();
    void rulesApplied(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    void importFile(bool events);
    void drawFunnel();
    void showCard(const Result<profiles::ProfileCard>& card);

    UiContext& m_ctx;
    std::unique_ptr<profiles::ProfileService> m_service;
    models::ProfileTableModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QList<QPair<QString, QComboBox*>> m_dimensionBoxes;
    QList<QLabel*> m_dimensionLabels;
    QComboBox* m_vip = nullptr;
    QComboBox* m_consent = nullptr;
    QComboBox* m_tag = nullptr;
    QLabel* m_vipLabel = nullptr;
    QLabel* m_consentLabel = nullptr;
    QLabel* m_tagLabel = nullptr;
    QLineEdit* m_expression = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_importProfiles = nullptr;
    QPushButton* m_importEvents = nullptr;
    QPushButton* m_rules = nullptr;
    QLabel* m_count = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_card = nullptr;
    QComboBox* m_funnelKind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QSpinBox* m_window = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_windowLabel = nullptr;
    QPushButton* m_runFunnel = nullptr;
    QCustomPlot* m_chart = nullptr;
    QLabel* m_funnelNote = nullptr;
    QList<profiles::FunnelStep> m_funnel;
    QString m_funnelSegment;   // the segment expression the funnel was counted for
    bool m_funnelStale = false; // the segment changed since
    qint64 m_lastCount = -1;
    qint64 m_shownId = 0;
    double m_lastCountMs = 0;
    bool m_building = false;
};

} // namespace lx::ui
