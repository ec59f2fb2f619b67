#pragma once

#include "common/Result.h"
#include "inference/ModelRegistry.h"
#include "inference/SentimentData.h"
#include "inference/Transformer.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lx::tasks {
class Task;
}

namespace lx::ui {

struct UiContext;

// The Models panel's "Fine-tune a pretrained encoder" page: a BERT-family checkpoint folder the
// user downloaded once (bert-base-chinese, chinese-roberta-wwm-ext, MacBERT), a labelled CSV, an
// optional industry vocabulary; folds, steps, learning rate (warm-up then linear decay), batch and
// maximum length. Before it starts, the page measures one training step on this machine and says
// how long the whole run will take; the run is cancellable and draws the loss and validation
// curves per fold as they come. The fine-tuned folder is written where the user chose and can be
// added to the workspace, where it serves like any sentiment model.
class EncoderTrainingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncoderTrainingPage)

public:
    EncoderTrainingPage(UiContext& ctx, inference::ModelRegistry& registry, QWidget* parent = nullptr);
    ~EncoderTrainingPage() override;

    void setCheckpoint(const QString& dir);
    // Reads the file off the GUI thread; dataLoaded follows.
    void loadTrainingData(const QString& path);
    void setVocabulary(const QString& path);
    void setOutputFolder(const QString& dir);
    void setSteps(int steps);
    void setFolds(int folds);
    void setBatch(int batch);
    void setLearningRate(double rate);
    // Measures one step, states the estimate, asks, then trains (the question goes through Prompt).
    void start();
    void cancel();
    // Adds the fine-tuned folder to the workspace; registered follows.
    void registerResult(const QString& name);

    QString estimateText() const;
    QString statusText() const;
    QTableWidget* foldTable() const { return m_folds; }
    QCustomPlot* lossChart() const { return m_loss; }
    const std::optional<inference::EncoderTrainReport>& lastReport() const { return m_report; }

Q_SIGNALS:
    void dataLoaded(int rows);
    void estimated(double seconds);
    void trainingFinished(bool ok);
    void registered(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateReady();
    void train();
    void addPoint(int fold, int folds, const inference::EncoderCurvePoint& point);
    void showReport();

    UiContext& m_ctx;
    inference::ModelRegistry& m_registry;
    QString m_checkpoint;
    std::optional<inference::EncoderInfo> m_info;
    std::optional<inference::Dataset> m_data;
    QString m_dataPath;
    QStringList m_terms;
    QString m_vocabPath;
    std::optional<inference::EncoderTrainReport> m_report;
    tasks::Task* m_task = nullptr;
    bool m_estimating = false;
    double m_stepSeconds = 0;

    QLabel* m_intro = nullptr;
    QPushButton* m_pickModel = nullptr;
    QLabel* m_modelSummary = nullptr;
    QPushButton* m_pickData = nullptr;
    QLabel* m_dataSummary = nullptr;
    QPushButton* m_pickVocab = nullptr;
    QLabel* m_vocabSummary = nullptr;
    QLabel* m_foldsLabel = nullptr;
    QSpinBox* m_foldsSpin = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QSpinBox* m_stepsSpin = nullptr;
    QLabel* m_rateLabel = nullptr;
    QDoubleSpinBox* m_rateSpin = nullptr;
    QLabel* m_batchLabel = nullptr;
    QSpinBox* m_batchSpin = nullptr;
    QLabel* m_lengthLabel = nullptr;
    QSpinBox* m_lengthSpin = nullptr;
    QLabel* m_outLabel = nullptr;
    QLineEdit* m_out = nullptr;
    QPushButton* m_pickOut = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_estimate = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QCustomPlot* m_loss = nullptr;
    QCustomPlot* m_accuracy = nullptr;
    QTableWidget* m_folds = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_register = nullptr;
};

} // namespace lx::ui
