#pragma once

#include "common/Result.h"
#include "inference/ModelRegistry.h"
#include "inference/SentimentData.h"
#include "inference/SentimentModel.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace lx::inference {
class SentimentEngine;
}
namespace lx::tasks {
class Task;
}

namespace lx::ui {

struct UiContext;
class EncoderTrainingPage;

// The Models panel: the workspace's sentiment models side by side (accuracy and macro-F1 over the
// cross-validation folds, per-class F1, the out-of-fold confusion matrix as a heat map), the one
// the workstation uses (supervisors and admins activate), a "try it" box that answers with the
// label and the three probabilities, and training: pick a CSV, see its labels, set folds, epochs
// and an industry vocabulary, train with progress and cancel while the learning curves grow.
class ModelsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsWidget)

public:
    explicit ModelsWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~ModelsWidget() override;

    void loadTrainingData(const QString& path);
    void setVocabulary(const QString& path);
    void startTraining();
    void cancelTraining();
    // Starts adding the trained model to the workspace; modelsLoaded follows (a failure is shown).
    Status registerTrained(const QString& name);
    void reloadModels();
    void tryText(const QString& text);
    // Registers a TorchScript classifier trained elsewhere (asks for the files when called
    // without them); the model must load and answer one score per label.
    void importTorchScript(const QString& module = {}, const QString& vocab = {}, const QStringList& labels = {},
                           int maxLength = 128, const QString& name = {});

    QCustomPlot* lossChart() const { return m_loss; }
    QCustomPlot* accuracyChart() const { return m_accuracy; }
    QCustomPlot* confusionChart() const { return m_confusion; }
    QTableWidget* foldTable() const { return m_folds; }
    // Leave-one-category-out, beside the folds, when the training file has a category column.
    QTableWidget* categoryTable() const { return m_categories; }
    QTableWidget* modelTable() const { return m_models; }
    EncoderTrainingPage* encoderPage() const { return m_encoderPage; }
    const std::optional<inference::TrainReport>& lastReport() const { return m_report; }
    const QList<inference::RegisteredModel>& models() const { return m_list; }

Q_SIGNALS:
    void dataLoaded(int rows);
    void trainingFinished(bool ok);
    void modelsLoaded(int count);
    void imported(bool ok, const QString& message);
    void tried(const QString& label);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildModelsTab();
    QWidget* buildTrainTab();
    void retranslate();
    void showDataSummary();
    void addEpochPoint(int fold, int folds, const inference::EpochPoint& point);
    void showReport();
    void showSelection();
    void drawConfusion(const QStringList& labels, const QJsonObject& confusion);
    void activateSelected();
    void loadSelectedIntoEngine();
    void showPrediction(const Result<inference::Prediction>& answer);
    QList<int> selectedRows() const;

    UiContext& m_ctx;
    std::unique_ptr<inference::ModelRegistry> m_registry;
    std::unique_ptr<inference::SentimentEngine> m_engine;
    QList<inference::RegisteredModel> m_list;
    std::optional<inference::Dataset> m_data;
    QString m_dataPath;
    QStringList m_terms;
    QString m_vocabPath;
    std::optional<inference::TrainReport> m_report;
    tasks::Task* m_task = nullptr;
    qint64 m_engineModelId = 0;

    QTabWidget* m_tabs = nullptr;
    EncoderTrainingPage* m_encoderPage = nullptr;
    // Models tab
    QLabel* m_modelsIntro = nullptr;
    QTableWidget* m_models = nullptr;
    QPushButton* m_activate = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_modelsMessage = nullptr;
    QTableWidget* m_compare = nullptr;
    QCustomPlot* m_confusion = nullptr;
    QGroupBox* m_tryBox = nullptr;
    QLineEdit* m_tryText = nullptr;
    QLabel* m_tryModel = nullptr;
    QLabel* m_tryLabel = nullptr;
    QLabel* m_probNames[3] = {nullptr, nullptr, nullptr};
    QProgressBar* m_probBars[3] = {nullptr, nullptr, nullptr};
    QTimer* m_tryTimer = nullptr;
    // Train tab
    QLabel* m_trainIntro = nullptr;
    QPushButton* m_pickData = nullptr;
    QLabel* m_dataSummary = nullptr;
    QLabel* m_foldsLabel = nullptr;
    QSpinBox* m_foldsSpin = nullptr;
    QLabel* m_epochsLabel = nullptr;
    QSpinBox* m_epochsSpin = nullptr;
    QPushButton* m_pickVocab = nullptr;
    QLabel* m_vocabSummary = nullptr;
    QPushButton* m_train = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_trainStatus = nullptr;
    QCustomPlot* m_loss = nullptr;
    QCustomPlot* m_accuracy = nullptr;
    QTableWidget* m_folds = nullptr;
    QTableWidget* m_categories = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_saveFile = nullptr;
};

} // namespace lx::ui
