#pragma once

#include "quality/ReviewService.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lx::ui {

struct UiContext;

// Model quality: the day's sample of the sentiment model's answers at the desk waits here for a
// person (1 negative, 2 neutral, 3 positive, Enter confirms the model's label, one keystroke
// each); beside it accuracy per day with its 95 % interval against the 85 % line, and the alert
// when M of the last N days with enough reviews are below it. Corrections export as training data.
class ModelQualityWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelQualityWidget)

public:
    explicit ModelQualityWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~ModelQualityWidget() override;

    void reload();
    QTableWidget* queueTable() const { return m_queue; }
    QCustomPlot* chart() const { return m_chart; }
    QLabel* banner() const { return m_banner; }
    const std::optional<quality::AccuracyReport>& report() const { return m_report; }
    // The reviewer's answer for the selected row (what the keys 1, 2, 3 and Enter do).
    void answerSelected(const QString& label);

Q_SIGNALS:
    void loaded();
    void reviewed(qint64 messageId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Snapshot;
    void retranslate();
    void apply(const Snapshot& s);
    void drawChart();
    void exportCorrections();

    UiContext& m_ctx;
    QList<store::ReviewRow> m_rows;
    std::optional<quality::AccuracyReport> m_report;
    std::optional<quality::ReviewSettings> m_settings;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QTableWidget* m_queue = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_chartTitle = nullptr;
    QCustomPlot* m_chart = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lx::ui
