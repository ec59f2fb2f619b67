#include "models/ModelsWidget.h"

#include "models/CurveCharts.h"
#include "models/EncoderTrainingPage.h"

#include "common/Async.h"
#include "common/UiContext.h"
#include "inference/SentimentEngine.h"
#include "tasks/Task.h"
#include "tasks/TaskRunner.h"

#include <QDateTime>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace lx::ui {

namespace {


QString labelText(const QString& label)
{
    if (label == QLatin1String("positive"))
        return ModelsWidget::tr("positive");
    if (label == QLatin1String("negative"))
        return ModelsWidget::tr("negative");
    if (label == QLatin1String("neutral"))
        return ModelsWidget::tr("neutral");
    return label;
}

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(v * 100, 0, 'f', 1);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

// Epochs on the x axis: whole numbers.
void setupEpochChart(QCustomPlot* plot)
{
    setupCurveChart(plot);
    plot->setMinimumHeight(190);
    plot->xAxis->setRange(0.5, 6.5);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
}

} // namespace

ModelsWidget::ModelsWidget(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_registry(std::make_unique<inference::ModelRegistry>(ctx.auth)),
      m_engine(std::make_unique<inference::SentimentEngine>())
{
    setObjectName(QStringLiteral("modelsPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildModelsTab(), QString());
    if (m_ctx.session.can(auth::Permission::TrainModels)) {
        m_tabs->addTab(buildTrainTab(), QString());
        m_encoderPage = new EncoderTrainingPage(ctx, *m_registry, this);
        m_tabs->addTab(m_encoderPage, QString());
        connect(m_encoderPage, &EncoderTrainingPage::registered, this, [this](bool ok) {
            if (ok)
                reloadModels();
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    retranslate();
    drawConfusion({}, {});
    reloadModels();
}

ModelsWidget::~ModelsWidget()
{
    // The registry and engine are members; the async reads that borrow them finish first.
    waitForPendingWork(this);
}

QWidget* ModelsWidget::buildModelsTab()
{
    auto* page = new QWidget(this);
    m_modelsIntro = new QLabel(page);
    m_modelsIntro->setWordWrap(true);
    m_models = new QTableWidget(0, 7, page);
    m_models->setObjectName(QStringLiteral("modelTable"));
    m_models->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_models->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->verticalHeader()->hide();
    m_models->horizontalHeader()->setStretchLastSection(true);
    m_models->setMinimumHeight(110);
    m_models->verticalHeader()->setDefaultSectionSize(m_models->fontMetrics().height() + 8);
    connect(m_models, &QTableWidget::itemSelectionChanged, this, &ModelsWidget::showSelection);

    m_activate = new QPushButton(page);
    m_activate->setObjectName(QStringLiteral("activateModel"));
    m_activate->setEnabled(false);
    m_activate->setVisible(m_ctx.session.can(auth::Permission::ManageModels));
    connect(m_activate, &QPushButton::clicked, this, &ModelsWidget::activateSelected);
    m_refresh = new QPushButton(page);
    connect(m_refresh, &QPushButton::clicked, this, &ModelsWidget::reloadModels);
    m_import = new QPushButton(page);
    m_import->setObjectName(QStringLiteral("importTorchScript"));
    m_import->setVisible(m_ctx.session.can(auth::Permission::TrainModels));
    connect(m_import, &QPushButton::clicked, this, [this] { importTorchScript(); });
    m_modelsMessage = new QLabel(page);
    m_modelsMessage->setObjectName(QStringLiteral("modelsMessage"));
    m_modelsMessage->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_import);
    buttons->addWidget(m_modelsMessage, 1);

    m_compare = new QTableWidget(0, 0, page);
    m_compare->setObjectName(QStringLiteral("compareTable"));
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->verticalHeader()->setDefaultSectionSize(m_compare->fontMetrics().height() + 6);
    m_compare->setMinimumHeight(11 * (m_compare->fontMetrics().height() + 6));
    m_confusion = new QCustomPlot(page);
    m_confusion->setObjectName(QStringLiteral("confusionChart"));
    m_confusion->setMinimumSize(300, 240);

    m_tryBox = new QGroupBox(page);
    m_tryText = new QLineEdit(m_tryBox);
    m_tryText->setObjectName(QStringLiteral("tryText"));
    m_tryText->setClearButtonEnabled(true);
    m_tryText->setEnabled(false); // until a model is loaded
    m_tryModel = new QLabel(m_tryBox);
    m_tryModel->setObjectName(QStringLiteral("tryModel"));
    m_tryLabel = new QLabel(m_tryBox);
    m_tryLabel->setObjectName(QStringLiteral("tryLabel"));
    QFont big = m_tryLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_tryLabel->setFont(big);
    auto* tryGrid = new QGridLayout(m_tryBox);
    tryGrid->addWidget(m_tryText, 0, 0, 1, 3);
    tryGrid->addWidget(m_tryModel, 1, 0, 1, 3);
    tryGrid->addWidget(m_tryLabel, 2, 0, 1, 3);
    const char* names[3] = {"probPositive", "probNeutral", "probNegative"};
    const QColor colours[3] = {QColor(0x2c, 0xa0, 0x2c), QColor(0x88, 0x88, 0x88), QColor(0xd6, 0x27, 0x28)};
    for (int i = 0; i < 3; ++i) {
        m_probNames[i] = new QLabel(m_tryBox);
        m_probBars[i] = new QProgressBar(m_tryBox);
        m_probBars[i]->setObjectName(QString::fromLatin1(names[i]));
        m_probBars[i]->setRange(0, 1000);
        m_probBars[i]->setValue(0);
        m_probBars[i]->setFormat(QString());
        m_probBars[i]->setAlignment(Qt::AlignCenter);
        m_probBars[i]->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colours[i].name()));
        tryGrid->addWidget(m_probNames[i], 3 + i, 0);
        tryGrid->addWidget(m_probBars[i], 3 + i, 1, 1, 2);
    }
    m_tryTimer = new QTimer(this);
    m_tryTimer->setSingleShot(true);
    m_tryTimer->setInterval(150);
    connect(m_tryText, &QLineEdit::textChanged, m_tryTimer, qOverload<>(&QTimer::start));
    connect(m_tryTimer, &QTimer::timeout, this, [this] { tryText(m_tryText->text()); });

    auto* lower = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_compare, 1);
    left->addWidget(m_tryBox);
    lower->addLayout(left, 3);
    lower->addWidget(m_confusion, 2);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_modelsIntro);
    layout->addWidget(m_models, 1);
    layout->addLayout(buttons);
    layout->addLayout(lower, 4);
    return page;
}

QWidget* ModelsWidget::buildTrainTab()
{
    auto* page = new QWidget(this);
    m_trainIntro = new QLabel(page);
    m_trainIntro->setWordWrap(true);
    m_pickData = new QPushButton(page);
    m_pickData->setObjectName(QStringLiteral("pickData"));
    connect(m_pickData, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Training data"), QString(), tr("CSV with label and text (*.csv);;All files (*)"));
        if (!path.isEmpty())
            loadTrainingData(path);
    });
    m_dataSummary = new QLabel(page);
    m_dataSummary->setObjectName(QStringLiteral("dataSummary"));
    m_dataSummary->setWordWrap(true);
    m_foldsLabel = new QLabel(page);
    m_foldsSpin = new QSpinBox(page);
    m_foldsSpin->setObjectName(QStringLiteral("foldsSpin"));
    m_foldsSpin->setRange(5, 10);
    m_foldsSpin->setValue(5);
    m_epochsLabel = new QLabel(page);
    m_epochsSpin = new QSpinBox(page);
    m_epochsSpin->setObjectName(QStringLiteral("epochsSpin"));
    m_epochsSpin->setRange(0, 30);
    m_epochsSpin->setValue(0);
    m_pickVocab = new QPushButton(page);
    connect(m_pickVocab, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Industry vocabulary"), QString(),
                                                          tr("One term a line (*.txt);;All files (*)"));
        if (!path.isEmpty())
            setVocabulary(path);
    });
    m_vocabSummary = new QLabel(page);
    m_vocabSummary->setWordWrap(true);
    m_train = new QPushButton(page);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_train->setEnabled(false);
    connect(m_train, &QPushButton::clicked, this, &ModelsWidget::startTraining);
    m_cancel = new QPushButton(page);
    m_cancel->setObjectName(QStringLiteral("cancelTraining"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ModelsWidget::cancelTraining);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_trainStatus = new QLabel(page);
    m_trainStatus->setObjectName(QStringLiteral("trainStatus"));
    m_trainStatus->setWordWrap(true);

    m_loss = new QCustomPlot(page);
    m_loss->setObjectName(QStringLiteral("lossChart"));
    m_accuracy = new QCustomPlot(page);
    m_accuracy->setObjectName(QStringLiteral("accuracyChart"));
    setupEpochChart(m_loss);
    setupEpochChart(m_accuracy);
    // Loss falls and accuracy rises: each legend sits where its curves are not.
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_folds = new QTableWidget(0, 4, page);
    m_folds->setObjectName(QStringLiteral("foldTable"));
    setupFoldTable(m_folds);
    m_folds->setMinimumHeight(7 * (m_folds->fontMetrics().height() + 8) + m_folds->horizontalHeader()->sizeHint().height());
    m_categories = new QTableWidget(0, 4, page);
    m_categories->setObjectName(QStringLiteral("categoryTable"));
    setupFoldTable(m_categories);
    m_categories->hide();
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("modelName"));
    m_register = new QPushButton(page);
    m_register->setObjectName(QStringLiteral("registerModel"));
    m_register->setEnabled(false);
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (auto st = registerTrained(m_name->text()); !st)
            QMessageBox::warning(this, tr("Register model"), st.error());
    });
    m_saveFile = new QPushButton(page);
    m_saveFile->setEnabled(false);
    connect(m_saveFile, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), QStringLiteral("sentiment.lxsent"),
                                                          tr("Lingxi sentiment model (*.lxsent)"));
        if (path.isEmpty())
            return;
        if (auto st = inference::saveModel(m_report->model, path); !st)
            QMessageBox::warning(this, tr("Save model"), st.error());
    });

    auto* options = new QGridLayout;
    options->addWidget(m_pickData, 0, 0);
    options->addWidget(m_dataSummary, 0, 1, 1, 6);
    options->addWidget(m_pickVocab, 1, 0);
    options->addWidget(m_vocabSummary, 1, 1, 1, 6);
    options->addWidget(m_foldsLabel, 2, 0);
    options->addWidget(m_foldsSpin, 2, 1);
    options->addWidget(m_epochsLabel, 2, 2);
    options->addWidget(m_epochsSpin, 2, 3);
    options->addWidget(m_train, 2, 4);
    options->addWidget(m_cancel, 2, 5);
    options->setColumnStretch(6, 1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_loss, 1);
    charts->addWidget(m_accuracy, 1);
    auto* save = new QHBoxLayout;
    save->addWidget(m_name, 1);
    save->addWidget(m_register);
    save->addWidget(m_saveFile);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_trainIntro);
    layout->addLayout(options);
    layout->addWidget(m_progress);
    layout->addWidget(m_trainStatus);
    layout->addLayout(charts, 3);
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_folds, 1);
    tables->addWidget(m_categories, 1);
    layout->addLayout(tables, 2);
    layout->addLayout(save);
    return page;
}

void ModelsWidget::retranslate()
{
    m_tabs->setTabText(0, tr("Models"));
    if (m_tabs->count() > 1)
        m_tabs->setTabText(1, tr("Train a model"));
    if (m_encoderPage)
        m_tabs->setTabText(m_tabs->indexOf(m_encoderPage), tr("Fine-tune a pretrained encoder"));
    m_modelsIntro->setText(tr("The sentiment model labels every inbound message on this machine. Select models to compare them; "
                              "the active one (★) is the one the desk and the bot use."));
    m_models->setHorizontalHeaderLabels({tr("Active"), tr("Name"), tr("Labels"), tr("Accuracy (CV)"), tr("Macro-F1 (CV)"),
                                         tr("Trained by"), tr("Registered")});
    m_activate->setText(tr("Make active"));
    m_refresh->setText(tr("Refresh"));
    m_import->setText(tr("Import TorchScript…"));
    m_import->setToolTip(tr("A classifier trained elsewhere (for example a fine-tuned BERT saved with torch.jit) and its "
                            "WordPiece vocab.txt"));
    m_tryBox->setTitle(tr("Try it"));
    m_tryText->setPlaceholderText(tr("Type a customer message, e.g. 物流太慢了，客服也不回"));
    m_probNames[0]->setText(tr("positive"));
    m_probNames[1]->setText(tr("neutral"));
    m_probNames[2]->setText(tr("negative"));
    if (m_engineModelId == 0)
        m_tryModel->setText(tr("Select a model above to try it."));
    if (m_trainIntro) {
        m_trainIntro->setText(tr("Train on your own industry's messages: a UTF-8 CSV with a header holding label (positive, neutral, "
                                 "negative, or 1/0) and text. Cross-validation shows how the model does on messages it has not "
                                 "seen; the final model is then trained on every row."));
        m_pickData->setText(tr("Training data…"));
        m_pickVocab->setText(tr("Vocabulary…"));
        m_foldsLabel->setText(tr("Folds"));
        m_epochsLabel->setText(tr("Epochs"));
        m_epochsSpin->setSpecialValueText(tr("automatic"));
        m_train->setText(tr("Train"));
        m_cancel->setText(tr("Cancel"));
        m_name->setPlaceholderText(tr("Name for the trained model, e.g. 美妆评论 2026-11"));
        m_register->setText(tr("Add to workspace"));
        m_saveFile->setText(tr("Save as file…"));
        m_folds->setHorizontalHeaderLabels({tr("Fold"), tr("Rows (train / validation)"), tr("Accuracy"), tr("Macro-F1")});
        m_categories->setHorizontalHeaderLabels({tr("Held-out category"), tr("Rows (train / held out)"), tr("Accuracy"), tr("Macro-F1")});
        m_loss->xAxis->setLabel(tr("Epoch"));
        m_loss->yAxis->setLabel(tr("Loss"));
        m_accuracy->xAxis->setLabel(tr("Epoch"));
        m_accuracy->yAxis->setLabel(tr("Accuracy"));
        if (m_vocabPath.isEmpty())
            m_vocabSummary->setText(tr("No industry vocabulary: words are read character by character and by ICU's dictionary."));
        showDataSummary();
    }
}

void ModelsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadModels();
    }
    QWidget::changeEvent(event);
}

void ModelsWidget::reloadModels()
{
    auto* registry = m_registry.get();
    runAsync<Result<QList<inference::RegisteredModel>>>(
        this, [registry] { return registry->list(); },
        [this](const Result<QList<inference::RegisteredModel>>& list) {
            if (!list) {
                m_modelsMessage->setText(list.error());
                return;
            }
            const QList<int> keep = selectedRows();
            m_list = list.value();
            m_models->setRowCount(0);
            for (const auto& m : std::as_const(m_list)) {
                const int r = m_models->rowCount();
                m_models->insertRow(r);
                QStringList labels;
                for (const QString& l : m.labels)
                    labels.append(labelText(l));
                m_models->setItem(r, 0, cell(m.active ? QStringLiteral("★") : QString(), Qt::AlignCenter));
                m_models->setItem(r, 1, cell(m.name));
                m_models->setItem(r, 2, cell(labels.join(QStringLiteral(" / "))));
                // An imported model brings no cross-validation of ours.
                const bool measured = m.metrics.contains(QStringLiteral("mean_accuracy"));
                m_models->setItem(r, 3, cell(measured ? QStringLiteral("%1 ± %2").arg(percent(m.meanAccuracy))
                                                            .arg(m.metrics.value(QStringLiteral("std_accuracy")).toDouble() * 100, 0, 'f', 1)
                                                      : tr("— (imported)"),
                                             Qt::AlignRight | Qt::AlignVCenter));
                m_models->setItem(r, 4, cell(measured ? percent(m.meanMacroF1) : tr("—"), Qt::AlignRight | Qt::AlignVCenter));
                m_models->setItem(r, 5, cell(m.createdBy));
                m_models->setItem(r, 6, cell(m.createdAt));
            }
            m_models->resizeColumnsToContents();
            int active = -1;
            for (int i = 0; i < m_list.size(); ++i)
                active = m_list.at(i).active ? i : active;
            if (m_list.isEmpty()) {
                m_modelsMessage->setText(m_ctx.session.can(auth::Permission::TrainModels)
                                             ? tr("No model yet: train one on the next tab.")
                                             : tr("No model yet: a marketer or supervisor trains one."));
            } else if (active < 0) {
                m_modelsMessage->setText(tr("No model is active: messages are not labelled until one is made active."));
            } else {
                m_modelsMessage->setText(tr("Active: %1").arg(m_list.at(active).name));
            }
            const int select = !keep.isEmpty() && keep.first() < m_list.size() ? keep.first() : active;
            if (select >= 0)
                m_models->selectRow(select);
            Q_EMIT modelsLoaded(int(m_list.size()));
        });
}

QList<int> ModelsWidget::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_models->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ModelsWidget::showSelection()
{
    const QList<int> rows = selectedRows();
    m_activate->setEnabled(rows.size() == 1 && !m_list.at(rows.first()).active);
    // Side by side: one column per selected model.
    const QStringList metrics = {tr("Accuracy (mean ± sd over folds)"), tr("Macro-F1 (mean ± sd)"), tr("Rows trained on"),
                                 tr("Folds / epochs"), tr("Features"), tr("Neutral band (2 labels)"), tr("Trained")};
    QStringList perClass;
    for (int r : rows) {
        for (const QString& l : m_list.at(r).labels) {
            const QString name = tr("F1 %1").arg(labelText(l));
            if (!perClass.contains(name))
                perClass.append(name);
        }
    }
    m_compare->clear();
    m_compare->setRowCount(int(metrics.size() + perClass.size()));
    m_compare->setColumnCount(int(rows.size()));
    m_compare->setVerticalHeaderLabels(metrics + perClass);
    QStringList headers;
    for (int c = 0; c < rows.size(); ++c) {
        const auto& m = m_list.at(rows.at(c));
        headers.append(m.name);
        const QJsonObject& x = m.metrics;
        const bool measured = x.contains(QStringLiteral("mean_accuracy"));
        const QString none = tr("— (imported)");
        m_compare->setItem(0, c, cell(measured ? QStringLiteral("%1 ± %2").arg(percent(m.meanAccuracy))
                                                     .arg(x.value(QStringLiteral("std_accuracy")).toDouble() * 100, 0, 'f', 1)
                                               : none));
        m_compare->setItem(1, c, cell(measured ? QStringLiteral("%1 ± %2").arg(percent(m.meanMacroF1))
                                                     .arg(x.value(QStringLiteral("std_macro_f1")).toDouble() * 100, 0, 'f', 1)
                                               : none));
        m_compare->setItem(2, c, cell(measured ? QString::number(x.value(QStringLiteral("rows")).toInteger()) : none));
        m_compare->setItem(3, c, cell(measured ? QStringLiteral("%1 / %2").arg(x.value(QStringLiteral("folds")).toInt())
                                                     .arg(x.value(QStringLiteral("epochs")).toInt())
                                               : none));
        m_compare->setItem(4, c, cell(measured ? QString::number(x.value(QStringLiteral("features")).toInteger())
                                               : tr("WordPiece, %1 tokens").arg(x.value(QStringLiteral("vocabulary")).toInt())));
        const double band = x.value(QStringLiteral("neutral_below")).toDouble();
        m_compare->setItem(5, c, cell(band > 0 ? tr("confidence below %1").arg(percent(band)) : tr("— (neutral is a label)")));
        // Stored in UTC; shown in China time like every other time in the workstation.
        const QDateTime trained = QDateTime::fromString(x.value(QStringLiteral("trained_at")).toString(), Qt::ISODate);
        m_compare->setItem(6, c, cell(trained.isValid() ? trained.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                        : QString()));
        const QJsonObject pc = x.value(QStringLiteral("out_of_fold")).toObject().value(QStringLiteral("per_class")).toObject();
        for (const QString& l : m.labels) {
            const int row = int(metrics.size() + perClass.indexOf(tr("F1 %1").arg(labelText(l))));
            m_compare->setItem(row, c, cell(percent(pc.value(l).toObject().value(QStringLiteral("f1")).toDouble())));
        }
    }
    m_compare->setHorizontalHeaderLabels(headers);
    if (rows.isEmpty()) {
        drawConfusion({}, {});
        return;
    }
    const auto& first = m_list.at(rows.first());
    drawConfusion(first.labels, first.metrics.value(QStringLiteral("out_of_fold")).toObject().value(QStringLiteral("confusion")).toObject());
    loadSelectedIntoEngine();
}

void ModelsWidget::drawConfusion(const QStringList& labels, const QJsonObject& confusion)
{
    m_confusion->clearPlottables();
    m_confusion->clearItems();
    m_confusion->plotLayout()->clear();
    const int n = int(labels.size());
    if (n == 0 || confusion.size() != n) {
        // No axes without data: a line that says what would be here.
        m_confusion->plotLayout()->addElement(0, 0, new QCPTextElement(m_confusion, n == 0 ? tr("Select a model to see its confusion matrix")
                                                                                          : tr("This model has no cross-validation of ours")));
        m_confusion->replot();
        return;
    }
    auto* rect = new QCPAxisRect(m_confusion);
    m_confusion->plotLayout()->addElement(0, 0, rect);
    auto* title = new QCPTextElement(m_confusion, tr("Out-of-fold confusion (rows: true label)"));
    m_confusion->plotLayout()->insertRow(0);
    m_confusion->plotLayout()->addElement(0, 0, title);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    auto* map = new QCPColorMap(x, y);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    QSharedPointer<QCPAxisTickerText> xt(new QCPAxisTickerText), yt(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        xt->addTick(i, labelText(labels.at(i)));
        // True labels read top to bottom.
        yt->addTick(n - 1 - i, labelText(labels.at(i)));
    }
    x->setTicker(xt);
    y->setTicker(yt);
    x->setLabel(tr("Predicted"));
    y->setLabel(tr("True"));
    for (int t = 0; t < n; ++t) {
        const QJsonObject row = confusion.value(labels.at(t)).toObject();
        double total = 0;
        for (const auto& v : row)
            total += v.toDouble();
        for (int p = 0; p < n; ++p) {
            const double count = row.value(labels.at(p)).toDouble();
            const double share = total > 0 ? count / total : 0;
            map->data()->setCell(p, n - 1 - t, share);
            auto* text = new QCPItemText(m_confusion);
            text->setClipAxisRect(rect);
            text->position->setAxes(x, y);
            text->position->setCoords(p, n - 1 - t);
            text->setText(QStringLiteral("%1\n%2").arg(qint64(count)).arg(percent(share)));
            text->setColor(share > 0.55 ? Qt::white : Qt::black);
        }
    }
    QCPColorGradient gradient(QCPColorGradient::gpGrayscale);
    gradient.setColorStopAt(0, QColor(0xf4, 0xf7, 0xfb));
    gradient.setColorStopAt(1, QColor(0x1f, 0x4e, 0x8c));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    x->setRange(-0.5, n - 0.5);
    y->setRange(-0.5, n - 0.5);
    m_confusion->replot();
}

void ModelsWidget::activateSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 id = m_list.at(rows.first()).id;
    // Activation loads the model once to prove it works: off the GUI thread.
    m_activate->setEnabled(false);
    auto* registry = m_registry.get();
    const auth::Session session = m_ctx.session;
    runAsync<Status>(
        this, [registry, session, id] { return registry->activate(session, id); },
        [this](const Status& st) {
            if (!st)
                QMessageBox::warning(this, tr("Make active"), st.error());
            reloadModels();
        });
}

void ModelsWidget::loadSelectedIntoEngine()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const auto model = m_list.at(rows.first());
    if (model.id == m_engineModelId)
        return;
    m_engineModelId = model.id;
    m_tryModel->setText(tr("Loading %1…").arg(model.name));
    auto* registry = m_registry.get();
    const qint64 id = model.id;
    runAsync<Result<std::shared_ptr<inference::SentimentPredictor>>>(
        this, [registry, id] { return registry->load(id); },
        [this, model](const Result<std::shared_ptr<inference::SentimentPredictor>>& loaded) {
            if (model.id != m_engineModelId)
                return;
            if (!loaded) {
                m_tryModel->setText(loaded.error());
                return;
            }
            m_engine->setModel(loaded.value());
            m_tryText->setEnabled(true);
            m_tryModel->setText(tr("Answers from %1 on %2").arg(model.name, loaded.value()->deviceName().toUpper()));
            if (!m_tryText->text().isEmpty())
                tryText(m_tryText->text());
        });
}

void ModelsWidget::tryText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_tryLabel->clear();
        for (auto* bar : m_probBars) {
            bar->setValue(0);
            bar->setFormat(QString());
        }
        return;
    }
    auto* watcher = new WaitingWatcher<Result<inference::Prediction>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        showPrediction(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(m_engine->classify(text));
}

void ModelsWidget::showPrediction(const Result<inference::Prediction>& answer)
{
    if (!answer) {
        m_tryLabel->setText(answer.error());
        return;
    }
    const auto& p = answer.value();
    m_tryLabel->setText(tr("%1 (confidence %2)").arg(labelText(p.label), percent(p.confidence)));
    const double values[3] = {p.positive, p.neutral.value_or(0.0), p.negative};
    for (int i = 0; i < 3; ++i) {
        m_probBars[i]->setValue(int(values[i] * 1000 + 0.5));
        m_probBars[i]->setFormat(i == 1 && !p.neutral ? tr("band (2-label model)") : percent(values[i]));
    }
    Q_EMIT tried(p.label);
}

void ModelsWidget::importTorchScript(const QString& module, const QString& vocab, const QStringList& labels, int maxLength,
                                     const QString& name)
{
    QString modulePath = module;
    QString vocabPath = vocab;
    QStringList order = labels;
    QString given = name;
    if (modulePath.isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Import a TorchScript classifier"));
        auto* moduleEdit = new QLineEdit(&dialog);
        auto* vocabEdit = new QLineEdit(&dialog);
        auto browse = [&dialog](QLineEdit* edit, const QString& filter) {
            auto* b = new QPushButton(tr("Browse…"), &dialog);
            QObject::connect(b, &QPushButton::clicked, &dialog, [&dialog, edit, filter] {
                const QString p = QFileDialog::getOpenFileName(&dialog, QString(), QString(), filter);
                if (!p.isEmpty())
                    edit->setText(p);
            });
            return b;
        };
        auto* labelsBox = new QComboBox(&dialog);
        labelsBox->addItem(tr("negative, positive"), QStringLiteral("negative,positive"));
        labelsBox->addItem(tr("negative, neutral, positive"), QStringLiteral("negative,neutral,positive"));
        labelsBox->addItem(tr("positive, negative"), QStringLiteral("positive,negative"));
        labelsBox->addItem(tr("positive, neutral, negative"), QStringLiteral("positive,neutral,negative"));
        auto* length = new QSpinBox(&dialog);
        length->setRange(8, 512);
        length->setValue(maxLength);
        auto* nameEdit = new QLineEdit(&dialog);
        auto* grid = new QGridLayout;
        grid->addWidget(new QLabel(tr("Model (.pt)"), &dialog), 0, 0);
        grid->addWidget(moduleEdit, 0, 1);
        grid->addWidget(browse(moduleEdit, tr("TorchScript (*.pt *.pth *.ts);;All files (*)")), 0, 2);
        grid->addWidget(new QLabel(tr("Vocabulary"), &dialog), 1, 0);
        grid->addWidget(vocabEdit, 1, 1);
        grid->addWidget(browse(vocabEdit, tr("WordPiece vocabulary (vocab.txt *.txt);;All files (*)")), 1, 2);
        grid->addWidget(new QLabel(tr("Labels, in the order of the outputs"), &dialog), 2, 0);
        grid->addWidget(labelsBox, 2, 1, 1, 2);
        grid->addWidget(new QLabel(tr("Maximum tokens"), &dialog), 3, 0);
        grid->addWidget(length, 3, 1);
        grid->addWidget(new QLabel(tr("Name"), &dialog), 4, 0);
        grid->addWidget(nameEdit, 4, 1, 1, 2);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addLayout(grid);
        layout->addWidget(buttons);
        dialog.resize(640, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted || moduleEdit->text().isEmpty())
            return;
        modulePath = moduleEdit->text();
        vocabPath = vocabEdit->text();
        order = labelsBox->currentData().toString().split(QLatin1Char(','));
        maxLength = length->value();
        given = nameEdit->text();
    }
    m_modelsMessage->setText(tr("Importing %1…").arg(QFileInfo(modulePath).fileName()));
    auto* registry = m_registry.get();
    const auth::Session session = m_ctx.session;
    runAsync<Result<qint64>>(
        this,
        [registry, session, modulePath, vocabPath, order, maxLength, given] {
            return registry->registerTorchScript(session, modulePath, vocabPath, order, maxLength, given);
        },
        [this](const Result<qint64>& id) {
            const QString message = id ? tr("Imported as model %1.").arg(id.value()) : id.error();
            m_modelsMessage->setText(message);
            if (id)
                reloadModels();
            Q_EMIT imported(id.ok(), message);
        });
}

void ModelsWidget::loadTrainingData(const QString& path)
{
    m_dataPath = path;
    m_dataSummary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_train->setEnabled(false);
    runAsync<Result<inference::Dataset>>(
        this, [path] { return inference::readDataset(path); },
        [this, path](const Result<inference::Dataset>& data) {
            if (path != m_dataPath)
                return;
            if (!data) {
                m_data.reset();
                m_dataSummary->setText(data.error());
                Q_EMIT dataLoaded(0);
                return;
            }
            m_data = data.value();
            showDataSummary();
            m_train->setEnabled(m_task == nullptr);
            if (m_name->text().isEmpty())
                m_name->setText(QFileInfo(path).completeBaseName());
            Q_EMIT dataLoaded(int(m_data->rows.size()));
        });
}

void ModelsWidget::showDataSummary()
{
    if (!m_dataSummary || !m_data) {
        if (m_dataSummary && m_dataPath.isEmpty())
            m_dataSummary->setText(tr("No training data chosen."));
        return;
    }
    const auto counts = m_data->counts();
    QStringList parts;
    for (int i = 0; i < m_data->labels.size(); ++i)
        parts.append(tr("%1 %2 (%3)").arg(labelText(m_data->labels.at(i))).arg(counts[size_t(i)])
                         .arg(percent(double(counts[size_t(i)]) / double(m_data->rows.size()))));
    QString text = tr("%1: %n row(s): ", nullptr, int(m_data->rows.size())).arg(QFileInfo(m_dataPath).fileName()) + parts.join(QStringLiteral(", "));
    if (!m_data->issues.isEmpty())
        text += QLatin1Char(' ') + tr("%n row(s) skipped, first: %1", nullptr, int(m_data->issues.size())).arg(m_data->issues.first());
    m_dataSummary->setText(text);
}

void ModelsWidget::setVocabulary(const QString& path)
{
    QStringList issues;
    auto terms = inference::SentimentTokenizer::readTermsFile(path, &issues);
    if (!terms) {
        m_vocabSummary->setText(terms.error());
        return;
    }
    m_terms = terms.value();
    m_vocabPath = path;
    QString text = tr("%1: %n term(s) become whole tokens.", nullptr, int(m_terms.size())).arg(QFileInfo(path).fileName());
    if (!issues.isEmpty())
        text += QLatin1Char(' ') + issues.join(QStringLiteral("; "));
    m_vocabSummary->setText(text);
}

void ModelsWidget::startTraining()
{
    if (!m_data || m_task)
        return;
    inference::TrainOptions options;
    options.folds = m_foldsSpin->value();
    options.epochs = m_epochsSpin->value();
    options.terms = m_terms;
    m_report.reset();
    m_register->setEnabled(false);
    m_saveFile->setEnabled(false);
    m_folds->setRowCount(0);
    m_categories->setRowCount(0);
    m_categories->hide();
    const int shownEpochs = options.epochs > 0 ? options.epochs : options.maxEpochs;
    for (QCustomPlot* plot : {m_loss, m_accuracy}) {
        plot->clearGraphs();
        plot->xAxis->setRange(0.5, shownEpochs + 0.5);
        plot->replot();
    }
    const inference::Dataset data = *m_data;
    auto result = std::make_shared<Result<inference::TrainReport>>(Status::failure(QString()));
    QPointer<ModelsWidget> self(this);
    m_task = new tasks::Task(tr("Training a sentiment model on %1").arg(QFileInfo(m_dataPath).fileName()),
                             [data, options, result, self](tasks::Task& t) -> Status {
                                 *result = inference::trainModel(
                                     data, options,
                                     [&t, self](const inference::TrainProgress& p) {
                                         t.setProgress(qint64(p.fraction * 1000), 1000);
                                         t.setStatus(!p.category.isEmpty() ? tr("held-out category %1, epoch %2").arg(p.category).arg(p.epoch)
                                                     : p.fold <= p.folds ? tr("fold %1 of %2, epoch %3").arg(p.fold).arg(p.folds).arg(p.epoch)
                                                                         : tr("final model, epoch %1").arg(p.epoch));
                                         if (p.point && self) {
                                             const auto point = *p.point;
                                             const int fold = p.fold;
                                             const int folds = p.folds;
                                             QMetaObject::invokeMethod(
                                                 self, [self, fold, folds, point] {
                                                     if (self)
                                                         self->addEpochPoint(fold, folds, point);
                                                 },
                                                 Qt::QueuedConnection);
                                         }
                                     },
                                     [&t] { return t.isAborted(); });
                                 return result->status();
                             });
    connect(m_task, &tasks::Task::progressChanged, this, [this](qint64 current, qint64 total) {
        m_progress->setValue(total > 0 ? int(current * 1000 / total) : 0);
    });
    connect(m_task, &tasks::Task::statusChanged, m_trainStatus, &QLabel::setText);
    connect(m_task, &tasks::Task::finished, this, [this, result] {
        m_task = nullptr;
        m_train->setEnabled(m_data.has_value());
        m_cancel->setEnabled(false);
        if (!*result) {
            m_trainStatus->setText(result->error());
            m_progress->setValue(0);
            Q_EMIT trainingFinished(false);
            return;
        }
        m_report = result->value();
        m_progress->setValue(1000);
        showReport();
        Q_EMIT trainingFinished(true);
    });
    m_train->setEnabled(false);
    m_cancel->setEnabled(true);
    m_trainStatus->setText(tr("Starting…"));
    m_ctx.tasks.start(m_task);
}

void ModelsWidget::cancelTraining()
{
    if (m_task)
        m_task->abort();
}

void ModelsWidget::addEpochPoint(int fold, int folds, const inference::EpochPoint& point)
{
    const bool final = fold > folds;
    // Two graphs per run in each chart: training (dashed) and validation (solid).
    const QString trainName = final ? tr("final model, training") : tr("fold %1 training").arg(fold);
    const QString valName = tr("fold %1 validation").arg(fold);
    curveGraph(m_loss, trainName, fold, final, true)->addData(point.epoch, point.trainLoss);
    curveGraph(m_accuracy, trainName, fold, final, true)->addData(point.epoch, point.trainAccuracy);
    if (point.validationLoss)
        curveGraph(m_loss, valName, fold, final, false)->addData(point.epoch, *point.validationLoss);
    if (point.validationAccuracy)
        curveGraph(m_accuracy, valName, fold, final, false)->addData(point.epoch, *point.validationAccuracy);
    for (QCustomPlot* plot : {m_loss, m_accuracy})
        rescaleCurves(plot);
}

void ModelsWidget::showReport()
{
    const auto& r = *m_report;
    m_folds->setRowCount(0);
    for (const auto& f : r.folds) {
        const int row = m_folds->rowCount();
        m_folds->insertRow(row);
        m_folds->setItem(row, 0, cell(QString::number(f.fold), Qt::AlignCenter));
        m_folds->setItem(row, 1, cell(QStringLiteral("%1 / %2").arg(f.trainRows).arg(f.validationRows), Qt::AlignCenter));
        m_folds->setItem(row, 2, cell(percent(f.evaluation.accuracy), Qt::AlignRight | Qt::AlignVCenter));
        m_folds->setItem(row, 3, cell(percent(f.evaluation.macroF1), Qt::AlignRight | Qt::AlignVCenter));
    }
    const int row = m_folds->rowCount();
    m_folds->insertRow(row);
    m_folds->setItem(row, 0, cell(tr("mean ± sd"), Qt::AlignCenter));
    m_folds->setItem(row, 1, cell(tr("%1 epoch(s) chosen").arg(r.epochs), Qt::AlignCenter));
    m_folds->setItem(row, 2, cell(QStringLiteral("%1 ± %2").arg(percent(r.meanAccuracy)).arg(r.stdAccuracy * 100, 0, 'f', 1),
                                  Qt::AlignRight | Qt::AlignVCenter));
    m_folds->setItem(row, 3, cell(QStringLiteral("%1 ± %2").arg(percent(r.meanMacroF1)).arg(r.stdMacroF1 * 100, 0, 'f', 1),
                                  Qt::AlignRight | Qt::AlignVCenter));
    for (int c = 0; c < 4; ++c) {
        QFont f = m_folds->item(row, c)->font();
        f.setBold(true);
        m_folds->item(row, c)->setFont(f);
    }
    // Each category held out in turn: how the model does on a kind of text it never saw.
    m_categories->setRowCount(0);
    m_categories->setVisible(!r.categories.empty());
    for (const auto& c : r.categories) {
        const int at = m_categories->rowCount();
        m_categories->insertRow(at);
        m_categories->setItem(at, 0, cell(c.category, Qt::AlignCenter));
        m_categories->setItem(at, 1, cell(QStringLiteral("%1 / %2").arg(c.trainRows).arg(c.validationRows), Qt::AlignCenter));
        m_categories->setItem(at, 2, cell(percent(c.evaluation.accuracy), Qt::AlignRight | Qt::AlignVCenter));
        m_categories->setItem(at, 3, cell(percent(c.evaluation.macroF1), Qt::AlignRight | Qt::AlignVCenter));
    }
    if (!r.categories.empty()) {
        const int at = m_categories->rowCount();
        m_categories->insertRow(at);
        m_categories->setItem(at, 0, cell(tr("mean"), Qt::AlignCenter));
        m_categories->setItem(at, 1, cell(tr("epochs chosen here"), Qt::AlignCenter));
        m_categories->setItem(at, 2, cell(percent(r.categoryMeanAccuracy), Qt::AlignRight | Qt::AlignVCenter));
        m_categories->setItem(at, 3, cell(percent(r.categoryMeanMacroF1), Qt::AlignRight | Qt::AlignVCenter));
        for (int c = 0; c < 4; ++c) {
            QFont f = m_categories->item(at, c)->font();
            f.setBold(true);
            m_categories->item(at, c)->setFont(f);
        }
    }
    m_trainStatus->setText(tr("Done in %1 s: mean accuracy %2 over %3 folds. Add the model to the workspace to compare and use it.")
                               .arg(r.trainSeconds, 0, 'f', 1)
                               .arg(percent(r.meanAccuracy))
                               .arg(r.folds.size()));
    m_register->setEnabled(true);
    m_saveFile->setEnabled(true);
}

Status ModelsWidget::registerTrained(const QString& name)
{
    if (!m_report)
        return Status::failure(tr("Train a model first"));
    // Tens of megabytes to checksum and store: off the GUI thread.
    m_register->setEnabled(false);
    auto* registry = m_registry.get();
    const auth::Session session = m_ctx.session;
    const inference::ModelData model = m_report->model;
    runAsync<Result<qint64>>(
        this, [registry, session, model, name] { return registry->registerModel(session, model, name); },
        [this, name](const Result<qint64>& id) {
            if (!id) {
                m_register->setEnabled(true);
                QMessageBox::warning(this, tr("Register model"), id.error());
                return;
            }
            m_trainStatus->setText(tr("Added to the workspace as \"%1\".").arg(name.trimmed()));
            reloadModels();
            m_tabs->setCurrentIndex(0);
        });
    return Status::success();
}

} // namespace lx::ui
