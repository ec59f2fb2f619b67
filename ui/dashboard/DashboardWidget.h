#pragma once

#include "dashboard/DashboardService.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace lx::ui {

struct UiContext;

// The supervisor's dashboard: KPI tiles against the period before and their targets (click a
// tile for the rows behind it), the daily sentiment mix and the marketing funnel as charts,
// agents' presence and load, and the experiments running; this week or this month.
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)

public:
    explicit DashboardWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~DashboardWidget() override;

    void reload();
    const std::optional<dashboard::DashboardData>& data() const { return m_data; }
    QPushButton* tile(const QString& key) const { return m_tiles.value(key); }
    QCustomPlot* sentimentChart() const { return m_sentiment; }
    QCustomPlot* funnelChart() const { return m_funnel; }
    // The rows behind a KPI, in a dialog (the tile's click).
    void showRows(const QString& key);

Q_SIGNALS:
    void loaded(bool ok);
    void rowsShown(const QString& key, int rows);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void apply();
    void drawSentiment();
    void drawFunnel();
    QString tileText(const dashboard::Kpi& k) const;

    UiContext& m_ctx;
    std::optional<dashboard::DashboardData> m_data;
    bool m_loading = false;
    bool m_stale = false; // the workspace changed while the panel was hidden
    QLabel* m_title = nullptr;
    QComboBox* m_period = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QGridLayout* m_tileGrid = nullptr;
    QGridLayout* m_charts = nullptr;
    QHash<QString, QPushButton*> m_tiles;
    QLabel* m_sentimentTitle = nullptr;
    QCustomPlot* m_sentiment = nullptr;
    QLabel* m_funnelTitle = nullptr;
    QCustomPlot* m_funnel = nullptr;
    QLabel* m_agentsTitle = nullptr;
    QTableWidget* m_agents = nullptr;
    QLabel* m_experimentsTitle = nullptr;
    QListWidget* m_experiments = nullptr;
};

} // namespace lx::ui
