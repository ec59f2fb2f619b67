#include "models/EncoderTrainingPage.h"

#include "common/Async.h"
#include "common/Prompt.h"
#include "common/UiContext.h"
#include "inference/SentimentModel.h"
#include "inference/TextFeatures.h"
#include "models/CurveCharts.h"
#include "tasks/Task.h"
#include "tasks/TaskRunner.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace lx::ui {

namespace {

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(v * 100, 0, 'f', 1);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

QString duration(double seconds)
{
    if (seconds < 1)
        return EncoderTrainingPage::tr("%1 s").arg(seconds, 0, 'f', seconds < 0.1 ? 3 : 2);
    if (seconds < 90)
        return EncoderTrainingPage::tr("%1 s").arg(qMax(1, int(seconds + 0.5)));
    if (seconds < 90 * 60)
        return EncoderTrainingPage::tr("%1 min").arg(int(seconds / 60 + 0.5));
    return EncoderTrainingPage::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

EncoderTrainingPage::EncoderTrainingPage(UiContext& ctx, inference::ModelRegistry& registry, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_registry(registry)
{
    setObjectName(QStringLiteral("encoderTrainingPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_pickModel = new QPushButton(this);
    m_pickModel->setObjectName(QStringLiteral("pickCheckpoint"));
    connect(m_pickModel, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Pretrained checkpoint folder"));
        if (!dir.isEmpty())
            setCheckpoint(dir);
    });
    m_modelSummary = new QLabel(this);
    m_modelSummary->setObjectName(QStringLiteral("checkpointSummary"));
    m_modelSummary->setWordWrap(true);
    m_pickData = new QPushButton(this);
    connect(m_pickData, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Training data"), QString(), tr("CSV with label and text (*.csv);;All files (*)"));
        if (!path.isEmpty())
            loadTrainingData(path);
    });
    m_dataSummary = new QLabel(this);
    m_dataSummary->setObjectName(QStringLiteral("encoderDataSummary"));
    m_dataSummary->setWordWrap(true);
    m_pickVocab = new QPushButton(this);
    connect(m_pickVocab, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Industry vocabulary"), QString(), tr("One term a line (*.txt);;All files (*)"));
        if (!path.isEmpty())
            setVocabulary(path);
    });
    m_vocabSummary = new QLabel(this);
    m_vocabSummary->setWordWrap(true);

    m_foldsLabel = new QLabel(this);
    m_foldsSpin = new QSpinBox(this);
    m_foldsSpin->setObjectName(QStringLiteral("encoderFolds"));
    m_foldsSpin->setRange(1, 10);
    m_foldsSpin->setValue(5);
    m_stepsLabel = new QLabel(this);
    m_stepsSpin = new QSpinBox(this);
    m_stepsSpin->setObjectName(QStringLiteral("encoderSteps"));
    m_stepsSpin->setRange(10, 100000);
    m_stepsSpin->setSingleStep(50);
    m_stepsSpin->setValue(400);
    m_rateLabel = new QLabel(this);
    m_rateSpin = new QDoubleSpinBox(this);
    m_rateSpin->setObjectName(QStringLiteral("encoderRate"));
    m_rateSpin->setDecimals(6);
    m_rateSpin->setRange(0.000001, 0.1);
    m_rateSpin->setSingleStep(0.00001);
    m_rateSpin->setValue(0.00005);
    m_batchLabel = new QLabel(this);
    m_batchSpin = new QSpinBox(this);
    m_batchSpin->setRange(1, 256);
    m_batchSpin->setValue(16);
    m_lengthLabel = new QLabel(this);
    m_lengthSpin = new QSpinBox(this);
    m_lengthSpin->setRange(8, 512);
    m_lengthSpin->setValue(128);
    m_outLabel = new QLabel(this);
    m_out = new QLineEdit(this);
    m_out->setObjectName(QStringLiteral("encoderOutput"));
    m_pickOut = new QPushButton(this);
    connect(m_pickOut, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the fine-tuned model"));
        if (!dir.isEmpty())
            setOutputFolder(dir);
    });
    connect(m_out, &QLineEdit::textChanged, this, &EncoderTrainingPage::updateReady);

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startFineTune"));
    connect(m_start, &QPushButton::clicked, this, &EncoderTrainingPage::start);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelFineTune"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &EncoderTrainingPage::cancel);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("fineTuneEstimate"));
    m_estimate->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("fineTuneStatus"));
    m_status->setWordWrap(true);

    m_loss = new QCustomPlot(this);
    m_loss->setObjectName(QStringLiteral("fineTuneLoss"));
    m_accuracy = new QCustomPlot(this);
    m_accuracy->setObjectName(QStringLiteral("fineTuneAccuracy"));
    setupCurveChart(m_loss);
    setupCurveChart(m_accuracy);
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_folds = new QTableWidget(0, 4, this);
    m_folds->setObjectName(QStringLiteral("fineTuneFolds"));
    setupFoldTable(m_folds);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fineTuneName"));
    m_register = new QPushButton(this);
    m_register->setObjectName(QStringLiteral("registerFineTuned"));
    m_register->setEnabled(false);
    connect(m_register, &QPushButton::clicked, this, [this] { registerResult(m_name->text()); });

    auto* inputs = new QGridLayout;
    inputs->addWidget(m_pickModel, 0, 0);
    inputs->addWidget(m_modelSummary, 0, 1);
    inputs->addWidget(m_pickData, 1, 0);
    inputs->addWidget(m_dataSummary, 1, 1);
    inputs->addWidget(m_pickVocab, 2, 0);
    inputs->addWidget(m_vocabSummary, 2, 1);
    inputs->setColumnStretch(1, 1);
    auto* settings = new QHBoxLayout;
    for (auto [label, field] : std::initializer_list<std::pair<QLabel*, QWidget*>>{
             {m_foldsLabel, m_foldsSpin}, {m_stepsLabel, m_stepsSpin}, {m_rateLabel, m_rateSpin}, {m_batchLabel, m_batchSpin},
             {m_lengthLabel, m_lengthSpin}}) {
        settings->addWidget(label);
        settings->addWidget(field);
        settings->addSpacing(12);
    }
    settings->addStretch(1);
    auto* output = new QHBoxLayout;
    output->addWidget(m_outLabel);
    output->addWidget(m_out, 1);
    output->addWidget(m_pickOut);
    auto* run = new QHBoxLayout;
    run->addWidget(m_start);
    run->addWidget(m_cancel);
    run->addWidget(m_estimate, 1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_loss, 1);
    charts->addWidget(m_accuracy, 1);
    auto* save = new QHBoxLayout;
    save->addWidget(m_name, 1);
    save->addWidget(m_register);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(inputs);
    layout->addLayout(settings);
    layout->addLayout(output);
    layout->addLayout(run);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(charts, 3);
    layout->addWidget(m_folds, 2);
    layout->addLayout(save);
    retranslate();
    updateReady();
}

EncoderTrainingPage::~EncoderTrainingPage()
{
    if (m_task)
        m_task->abort();
    waitForPendingWork(this);
}

void EncoderTrainingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EncoderTrainingPage::retranslate()
{
    m_intro->setText(tr("Fine-tune a pretrained encoder (bert-base-chinese, chinese-roberta-wwm-ext, MacBERT …) that you downloaded once as a "
                        "Hugging Face folder with model.safetensors. Slower than Lingxi's own model but it understands more; on this "
                        "machine's processor a full-size model needs hours, a 3-layer one minutes. Cross-validation trains a model per "
                        "fold, then the final model on every row."));
    m_pickModel->setText(tr("Checkpoint folder…"));
    m_pickData->setText(tr("Training data…"));
    m_pickVocab->setText(tr("Industry vocabulary…"));
    m_foldsLabel->setText(tr("Folds"));
    m_foldsSpin->setSpecialValueText(tr("none"));
    m_foldsSpin->setToolTip(tr("Cross-validation folds; \"none\" trains the final model only"));
    m_stepsLabel->setText(tr("Steps"));
    m_rateLabel->setText(tr("Learning rate"));
    m_rateSpin->setToolTip(tr("AdamW; the rate rises over the first tenth of the steps, then falls linearly to zero"));
    m_batchLabel->setText(tr("Batch"));
    m_lengthLabel->setText(tr("Max length"));
    m_outLabel->setText(tr("Save to"));
    m_pickOut->setText(tr("Choose…"));
    m_out->setPlaceholderText(tr("a new folder for the fine-tuned model"));
    m_start->setText(tr("Estimate and fine-tune"));
    m_cancel->setText(tr("Cancel"));
    m_name->setPlaceholderText(tr("Name in the workspace"));
    m_register->setText(tr("Add to workspace"));
    m_folds->setHorizontalHeaderLabels({tr("Fold"), tr("Train / validation rows"), tr("Accuracy"), tr("Macro-F1")});
    m_loss->xAxis->setLabel(tr("step"));
    m_loss->yAxis->setLabel(tr("loss"));
    m_accuracy->xAxis->setLabel(tr("step"));
    m_accuracy->yAxis->setLabel(tr("validation accuracy"));
    if (!m_checkpoint.isEmpty())
        setCheckpoint(m_checkpoint);
    else
        m_modelSummary->setText(tr("No checkpoint chosen."));
    if (!m_data)
        m_dataSummary->setText(tr("No training data chosen: a CSV with the columns label and text."));
    if (m_vocabPath.isEmpty())
        m_vocabSummary->setText(tr("Optional: one term a line; each becomes one token, its embedding the mean of its pieces."));
    m_loss->replot();
    m_accuracy->replot();
}

void EncoderTrainingPage::setCheckpoint(const QString& dir)
{
    m_checkpoint = dir;
    auto info = inference::describeEncoder(dir);
    if (!info) {
        m_info.reset();
        m_modelSummary->setText(info.error());
    } else {
        m_info = info.value();
        const auto& i = info.value();
        const QString parameters = i.parameters >= 1000000 ? tr("%1 M").arg(double(i.parameters) / 1e6, 0, 'f', 1)
                                                           : QLocale().toString(i.parameters);
        QString text = tr("%1: BERT, %2 layers, hidden size %3, %4 parameters, vocabulary %5, up to %6 tokens.")
                           .arg(QFileInfo(dir).fileName())
                           .arg(i.layers)
                           .arg(i.hidden)
                           .arg(parameters)
                           .arg(QLocale().toString(i.vocabulary))
                           .arg(i.positions);
        text += QLatin1Char(' ')
            + (i.classifier ? tr("It has a classification head (%1); fine-tuning replaces it with one for your labels.").arg(i.labels.join(QStringLiteral(", ")))
                            : tr("No classification head yet: fine-tuning adds one for your labels."));
        m_modelSummary->setText(text);
        if (m_out->text().isEmpty()) {
            const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models/");
            setOutputFolder(base + QFileInfo(dir).fileName() + QStringLiteral("-finetuned"));
        }
        m_lengthSpin->setMaximum(qMax(8, i.positions));
    }
    updateReady();
}

void EncoderTrainingPage::loadTrainingData(const QString& path)
{
    // A labelled file may be tens of megabytes: read off the GUI thread.
    m_dataSummary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    runAsync<Result<inference::Dataset>>(
        this, [path] { return inference::readLabelledData(path); }, // any label set
        [this, path](const Result<inference::Dataset>& data) {
            if (!data) {
                m_data.reset();
                m_dataSummary->setText(data.error());
                updateReady();
                Q_EMIT dataLoaded(0);
                return;
            }
            m_data = data.value();
            m_dataPath = path;
            QStringList parts;
            const auto counts = m_data->counts();
            for (int i = 0; i < m_data->labels.size(); ++i)
                parts << QStringLiteral("%1 %2").arg(m_data->labels.at(i)).arg(QLocale().toString(counts[size_t(i)]));
            QString text = tr("%1: %2 rows (%3).")
                               .arg(QFileInfo(path).fileName())
                               .arg(QLocale().toString(qint64(m_data->rows.size())))
                               .arg(parts.join(QStringLiteral(", ")));
            if (!m_data->issues.isEmpty())
                text += QLatin1Char(' ') + tr("%n row(s) skipped, first: %1", nullptr, int(m_data->issues.size())).arg(m_data->issues.first());
            m_dataSummary->setText(text);
            updateReady();
            Q_EMIT dataLoaded(int(m_data->rows.size()));
        });
}

void EncoderTrainingPage::setVocabulary(const QString& path)
{
    QStringList issues;
    auto terms = inference::SentimentTokenizer::readTermsFile(path, &issues);
    if (!terms) {
        m_vocabSummary->setText(terms.error());
        return;
    }
    m_terms = terms.value();
    m_vocabPath = path;
    m_vocabSummary->setText(tr("%1: %n term(s) become new tokens.", nullptr, int(m_terms.size())).arg(QFileInfo(path).fileName()));
}

void EncoderTrainingPage::setOutputFolder(const QString& dir)
{
    m_out->setText(dir);
}

void EncoderTrainingPage::setSteps(int steps)
{
    m_stepsSpin->setValue(steps);
}

void EncoderTrainingPage::setFolds(int folds)
{
    m_foldsSpin->setValue(folds <= 1 ? 1 : folds);
}

void EncoderTrainingPage::setBatch(int batch)
{
    m_batchSpin->setValue(batch);
}

void EncoderTrainingPage::setLearningRate(double rate)
{
    m_rateSpin->setValue(rate);
}

QString EncoderTrainingPage::estimateText() const
{
    return m_estimate->text();
}

QString EncoderTrainingPage::statusText() const
{
    return m_status->text();
}

void EncoderTrainingPage::updateReady()
{
    const bool busy = m_task || m_estimating;
    m_start->setEnabled(!busy && m_info && m_data && !m_out->text().trimmed().isEmpty());
    m_cancel->setEnabled(m_task != nullptr);
    for (QWidget* w : std::initializer_list<QWidget*>{m_pickModel, m_pickData, m_pickVocab, m_foldsSpin, m_stepsSpin, m_rateSpin, m_batchSpin,
                                                      m_lengthSpin, m_out, m_pickOut})
        w->setEnabled(!busy);
}

void EncoderTrainingPage::start()
{
    if (!m_info || !m_data || m_task || m_estimating)
        return;
    if (QFileInfo::exists(m_out->text() + QStringLiteral("/model.safetensors"))) {
        m_status->setText(tr("%1 already holds a model; choose a new folder.").arg(m_out->text()));
        return;
    }
    m_estimating = true;
    updateReady();
    m_status->setText(tr("Measuring one training step on this machine…"));
    const QString dir = m_checkpoint;
    const int batch = m_batchSpin->value();
    const int length = m_lengthSpin->value();
    runAsync<Result<double>>(
        this, [dir, batch, length] { return inference::measureEncoderStep(dir, batch, length); },
        [this](const Result<double>& step) {
            m_estimating = false;
            updateReady();
            if (!step) {
                m_status->setText(step.error());
                return;
            }
            m_stepSeconds = step.value();
            const int folds = m_foldsSpin->value() <= 1 ? 0 : m_foldsSpin->value();
            const int runs = folds + 1;
            const double seconds = step.value() * m_stepsSpin->value() * runs * 1.1; // validation passes: about a tenth more
            const QString device = inference::defaultDevice();
            m_estimate->setText(tr("About %1 on this machine (%2): %3 run(s) of %4 steps at %5 a step.")
                                    .arg(duration(seconds), device.toUpper())
                                    .arg(runs)
                                    .arg(m_stepsSpin->value())
                                    .arg(duration(step.value())));
            Q_EMIT estimated(seconds);
            const auto answer = Prompt::question(this, tr("Fine-tune"),
                                                 tr("Fine-tuning will take about %1 on this machine. You can cancel at any time. Start now?")
                                                     .arg(duration(seconds)));
            if (answer != QMessageBox::Yes) {
                m_status->setText(tr("Not started."));
                return;
            }
            train();
        });
}

void EncoderTrainingPage::train()
{
    inference::EncoderTrainOptions o;
    o.modelDir = m_checkpoint;
    o.outDir = m_out->text().trimmed();
    o.folds = m_foldsSpin->value() <= 1 ? 0 : m_foldsSpin->value();
    o.steps = m_stepsSpin->value();
    o.learningRate = m_rateSpin->value();
    o.batch = m_batchSpin->value();
    o.maxLength = m_lengthSpin->value();
    o.terms = m_terms;
    QDir().mkpath(o.outDir);
    m_report.reset();
    m_register->setEnabled(false);
    m_folds->setRowCount(0);
    for (QCustomPlot* plot : {m_loss, m_accuracy}) {
        plot->clearGraphs();
        plot->xAxis->setRange(0, o.steps);
        plot->replot();
    }
    const inference::Dataset data = *m_data;
    auto result = std::make_shared<Result<inference::EncoderTrainReport>>(Status::failure(QString()));
    QPointer<EncoderTrainingPage> self(this);
    m_task = new tasks::Task(tr("Fine-tuning %1 on %2").arg(QFileInfo(o.modelDir).fileName(), QFileInfo(m_dataPath).fileName()),
                             [data, o, result, self](tasks::Task& t) -> Status {
                                 *result = inference::fineTuneEncoder(data, o, [&t, self](const inference::EncoderTrainProgress& p) {
                                     t.setProgress(qint64(p.fraction * 1000), 1000);
                                     t.setStatus(p.fold <= p.folds ? tr("fold %1 of %2, step %3 of %4, loss %5")
                                                                         .arg(p.fold)
                                                                         .arg(p.folds)
                                                                         .arg(p.step)
                                                                         .arg(p.steps)
                                                                         .arg(p.loss, 0, 'f', 3)
                                                                   : tr("final model, step %1 of %2, loss %3").arg(p.step).arg(p.steps).arg(p.loss, 0, 'f', 3));
                                     if (p.point && self) {
                                         const auto point = *p.point;
                                         const int fold = p.fold;
                                         const int folds = p.folds;
                                         QMetaObject::invokeMethod(
                                             self, [self, fold, folds, point] {
                                                 if (self)
                                                     self->addPoint(fold, folds, point);
                                             },
                                             Qt::QueuedConnection);
                                     }
                                     return !t.isAborted();
                                 });
                                 if (t.isAborted())
                                     return Status::failure(tr("Cancelled."));
                                 return result->status();
                             });
    connect(m_task, &tasks::Task::progressChanged, this,
            [this](qint64 current, qint64 total) { m_progress->setValue(total > 0 ? int(current * 1000 / total) : 0); });
    connect(m_task, &tasks::Task::statusChanged, m_status, &QLabel::setText);
    connect(m_task, &tasks::Task::finished, this, [this, result] {
        const bool aborted = m_task && m_task->isAborted();
        m_task = nullptr;
        updateReady();
        if (aborted || !*result) {
            m_status->setText(aborted ? tr("Cancelled; nothing was saved.") : result->error());
            m_progress->setValue(0);
            Q_EMIT trainingFinished(false);
            return;
        }
        m_report = result->value();
        m_progress->setValue(1000);
        showReport();
        Q_EMIT trainingFinished(true);
    });
    m_status->setText(tr("Starting…"));
    m_ctx.tasks.start(m_task);
    updateReady();
}

void EncoderTrainingPage::cancel()
{
    if (m_task)
        m_task->abort();
}

void EncoderTrainingPage::addPoint(int fold, int folds, const inference::EncoderCurvePoint& point)
{
    const bool final = fold > folds;
    const QString trainName = final ? tr("final model, training") : tr("fold %1 training").arg(fold);
    curveGraph(m_loss, trainName, fold, final, true)->addData(point.step, point.trainLoss);
    if (point.validationLoss >= 0) {
        curveGraph(m_loss, tr("fold %1 validation").arg(fold), fold, final, false)->addData(point.step, point.validationLoss);
        curveGraph(m_accuracy, tr("fold %1").arg(fold), fold, final, false)->addData(point.step, point.validationAccuracy);
    }
    for (QCustomPlot* plot : {m_loss, m_accuracy})
        rescaleCurves(plot);
}

void EncoderTrainingPage::showReport()
{
    const auto& r = *m_report;
    m_folds->setRowCount(0);
    for (const auto& f : r.folds) {
        const int row = m_folds->rowCount();
        m_folds->insertRow(row);
        m_folds->setItem(row, 0, cell(QString::number(f.fold)));
        m_folds->setItem(row, 1, cell(QStringLiteral("%1 / %2").arg(f.trainRows).arg(f.validationRows)));
        m_folds->setItem(row, 2, cell(percent(f.evaluation.accuracy), Qt::AlignRight | Qt::AlignVCenter));
        m_folds->setItem(row, 3, cell(percent(f.evaluation.macroF1), Qt::AlignRight | Qt::AlignVCenter));
    }
    if (!r.folds.empty()) {
        const int row = m_folds->rowCount();
        m_folds->insertRow(row);
        m_folds->setItem(row, 0, cell(tr("mean ± sd")));
        m_folds->setItem(row, 1, cell(QString()));
        m_folds->setItem(row, 2, cell(QStringLiteral("%1 ± %2").arg(percent(r.meanAccuracy)).arg(r.stdAccuracy * 100, 0, 'f', 1),
                                      Qt::AlignRight | Qt::AlignVCenter));
        m_folds->setItem(row, 3, cell(QStringLiteral("%1 ± %2").arg(percent(r.meanMacroF1)).arg(r.stdMacroF1 * 100, 0, 'f', 1),
                                      Qt::AlignRight | Qt::AlignVCenter));
    }
    QString text = tr("Done in %1: training loss %2 → %3; saved to %4.")
                       .arg(duration(r.trainSeconds))
                       .arg(r.firstLoss, 0, 'f', 3)
                       .arg(r.lastLoss, 0, 'f', 3)
                       .arg(m_out->text());
    if (!r.folds.empty())
        text += QLatin1Char(' ') + tr("Mean validation accuracy %1 over %2 folds.").arg(percent(r.meanAccuracy)).arg(r.folds.size());
    if (r.addedTerms > 0)
        text += QLatin1Char(' ') + tr("%n industry term(s) added to the vocabulary.", nullptr, r.addedTerms);
    m_status->setText(text);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(m_out->text()).fileName());
    m_register->setEnabled(m_ctx.session.can(auth::Permission::TrainModels));
}

void EncoderTrainingPage::registerResult(const QString& name)
{
    if (!m_report)
        return;
    m_register->setEnabled(false);
    m_status->setText(tr("Adding the model to the workspace…"));
    auto* registry = &m_registry;
    const auth::Session session = m_ctx.session;
    const QString dir = m_out->text().trimmed();
    runAsync<Result<qint64>>(
        this, [registry, session, dir, name] { return registry->registerEncoder(session, dir, name); },
        [this, name](const Result<qint64>& id) {
            if (!id) {
                m_register->setEnabled(true);
                m_status->setText(id.error());
                Q_EMIT registered(false, id.error());
                return;
            }
            const QString message = tr("Added to the workspace as \"%1\"; activate it on the Models tab.").arg(name.trimmed());
            m_status->setText(message);
            Q_EMIT registered(true, message);
        });
}

} // namespace lx::ui
