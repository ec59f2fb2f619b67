#pragma once

#include "common/Result.h"
#include "experiments/AbAnalysis.h"
#include "experiments/ExperimentService.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace lx::ui {

struct UiContext;

// The Experiments panel, reading an A/B/n test from its counts (a CSV exported from the ad
// platform or typed in): per-variant rate with its 95 % interval as a bar chart with error bars,
// each variant against the control with Holm-adjusted p-values, the sample-ratio banner when the
// split does not match the weights, the verdict in words, and the sample size an experiment needs
// with how long that takes at the current traffic. Charts export as PNG or PDF, the table as CSV.
class ExperimentsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentsWidget)

public:
    explicit ExperimentsWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~ExperimentsWidget() override;

    Status loadCounts(const QString& path);
    void setCounts(const QList<experiments::VariantCounts>& variants);
    Status exportChart(const QString& path) const;
    Status exportTable(const QString& path) const;
    const std::optional<experiments::AbResult>& result() const { return m_result; }
    QCustomPlot* chart() const { return m_chart; }
    QCustomPlot* cumulativeChart() const { return m_cumulative; }
    QCustomPlot* pValueChart() const { return m_pChart; }

    void reloadSaved();
    // Fills the counts of the selected saved experiment from the workspace's events.
    void countFromEvents();

Q_SIGNALS:
    void analysed();
    void savedLoaded(int experiments);
    void countedFromEvents(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void analyse();
    void showResult();
    void updateSampleSize();
    void showTimeline();
    void fillTable(const QList<experiments::VariantCounts>& variants);
    QList<experiments::VariantCounts> readTable(QString& problem) const;

    void newExperiment();
    void changeStatus(const QString& status);

    UiContext& m_ctx;
    QList<experiments::Experiment> m_saved;
    QLabel* m_savedTitle = nullptr;
    QListWidget* m_savedList = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_fromEvents = nullptr;
    QLabel* m_savedMessage = nullptr;
    std::optional<experiments::AbResult> m_result;
    // The control's exact rate while the baseline box shows it (rounded); reset by a hand edit.
    std::optional<double> m_controlRate;
    bool m_syncingBaseline = false;
    bool m_filling = false;

    QLabel* m_intro = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_addRow = nullptr;
    QPushButton* m_removeRow = nullptr;
    QPushButton* m_exportTable = nullptr;
    QPushButton* m_exportChart = nullptr;
    QTableWidget* m_variants = nullptr;
    QLabel* m_alphaLabel = nullptr;
    QDoubleSpinBox* m_alpha = nullptr;
    QLabel* m_controlLabel = nullptr;
    QComboBox* m_control = nullptr;
    QLabel* m_minLabel = nullptr;
    QSpinBox* m_minExposures = nullptr;
    QLabel* m_srmBanner = nullptr;
    QLabel* m_verdict = nullptr;
    QTableWidget* m_results = nullptr;
    QCustomPlot* m_chart = nullptr;
    QCustomPlot* m_cumulative = nullptr;
    QCustomPlot* m_pChart = nullptr;
    QLabel* m_peeking = nullptr;
    QTabWidget* m_charts = nullptr;
    experiments::AbInput m_loaded; // the last file, for its days; cleared when counts are typed
    QLabel* m_sampleTitle = nullptr;
    QLabel* m_baselineLabel = nullptr;
    QDoubleSpinBox* m_baseline = nullptr;
    QLabel* m_mdeLabel = nullptr;
    QDoubleSpinBox* m_mde = nullptr;
    QLabel* m_powerLabel = nullptr;
    QDoubleSpinBox* m_power = nullptr;
    QLabel* m_trafficLabel = nullptr;
    QSpinBox* m_traffic = nullptr;
    QLabel* m_sampleSize = nullptr;
};

} // namespace lx::ui
