#include "experiments/ExperimentsWidget.h"

#include "common/CsvReader.h"
#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/UiContext.h"
#include "content/ContentGate.h"
#include "content/ContentService.h"
#include "experiments/ExperimentService.h"
#include "experiments/NewExperimentDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace lx::ui {

namespace {

enum VariantColumn { NameColumn, WeightColumn, ExposuresColumn, ConversionsColumn, VariantColumnCount };

QString pct(double v, int decimals = 2)
{
    return QStringLiteral("%1 %").arg(v * 100, 0, 'f', decimals);
}

QString signedPct(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + pct(v, 1);
}

QString pValue(double p)
{
    return p < 0.0001 ? QString::number(p, 'e', 1) : QString::number(p, 'f', 4);
}

} // namespace

ExperimentsWidget::ExperimentsWidget(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("experimentsPanel"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("expOpen"));
    m_addRow = new QPushButton(this);
    m_addRow->setObjectName(QStringLiteral("expAddVariant"));
    m_removeRow = new QPushButton(this);
    m_removeRow->setObjectName(QStringLiteral("expRemoveVariant"));
    m_exportTable = new QPushButton(this);
    m_exportTable->setObjectName(QStringLiteral("expExportTable"));
    m_exportChart = new QPushButton(this);
    m_exportChart->setObjectName(QStringLiteral("expExportChart"));

    m_variants = new QTableWidget(0, VariantColumnCount, this);
    m_variants->setObjectName(QStringLiteral("expVariants"));
    m_variants->verticalHeader()->hide();
    m_variants->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_variants->setMaximumHeight(150);
    m_alphaLabel = new QLabel(this);
    m_alpha = new QDoubleSpinBox(this);
    m_alpha->setObjectName(QStringLiteral("expAlpha"));
    m_alpha->setRange(0.001, 0.2);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.01);
    m_alpha->setValue(0.05);
    m_controlLabel = new QLabel(this);
    m_control = new QComboBox(this);
    m_control->setObjectName(QStringLiteral("expControl"));
    m_minLabel = new QLabel(this);
    m_minExposures = new QSpinBox(this);
    m_minExposures->setObjectName(QStringLiteral("expMinExposures"));
    m_minExposures->setRange(0, 100000000);
    m_minExposures->setSingleStep(100);

    m_srmBanner = new QLabel(this);
    m_srmBanner->setObjectName(QStringLiteral("expSrmBanner"));
    m_srmBanner->setWordWrap(true);
    m_srmBanner->setStyleSheet(QStringLiteral("background: #b71c1c; color: white; padding: 8px; border-radius: 4px; font-weight: bold;"));
    m_srmBanner->hide();
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("expVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);

    m_results = new QTableWidget(0, 7, this);
    m_results->setObjectName(QStringLiteral("expResults"));
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMaximumHeight(150);

    m_chart = new QCustomPlot(this);
    m_chart->setObjectName(QStringLiteral("expChart"));
    m_chart->setMinimumHeight(220);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_chart->axisRect()->setRangeDrag(Qt::Vertical);
    m_chart->axisRect()->setRangeZoom(Qt::Vertical);

    auto timeChart = [this](const char* name) {
        auto* c = new QCustomPlot(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        c->legend->setVisible(true);
        QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
        dates->setDateTimeFormat(QStringLiteral("MM-dd"));
        c->xAxis->setTicker(dates);
        return c;
    };
    m_cumulative = timeChart("expCumulativeChart");
    m_pChart = timeChart("expPValueChart");
    m_peeking = new QLabel(this);
    m_peeking->setObjectName(QStringLiteral("expPeekingWarning"));
    m_peeking->setWordWrap(true);
    m_peeking->setStyleSheet(QStringLiteral("background: #fff3e0; color: #e65100; padding: 6px; border-radius: 4px;"));
    auto* pTab = new QWidget(this);
    auto* pLayout = new QVBoxLayout(pTab);
    pLayout->setContentsMargins(0, 0, 0, 0);
    pLayout->addWidget(m_peeking);
    pLayout->addWidget(m_pChart, 1);
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("expCharts"));
    m_charts->addTab(m_chart, QString());
    m_charts->addTab(m_cumulative, QString());
    m_charts->addTab(pTab, QString());

    m_sampleTitle = new QLabel(this);
    QFont bold = m_sampleTitle->font();
    bold.setBold(true);
    m_sampleTitle->setFont(bold);
    m_baselineLabel = new QLabel(this);
    m_baseline = new QDoubleSpinBox(this);
    m_baseline->setObjectName(QStringLiteral("expBaseline"));
    m_baseline->setRange(0.1, 99.9);
    m_baseline->setSuffix(QStringLiteral(" %"));
    m_baseline->setValue(5);
    m_mdeLabel = new QLabel(this);
    m_mde = new QDoubleSpinBox(this);
    m_mde->setObjectName(QStringLiteral("expMde"));
    m_mde->setRange(0.01, 50);
    m_mde->setDecimals(2);
    m_mde->setSuffix(QStringLiteral(" pp"));
    m_mde->setValue(1);
    m_powerLabel = new QLabel(this);
    m_power = new QDoubleSpinBox(this);
    m_power->setObjectName(QStringLiteral("expPower"));
    m_power->setRange(50, 99);
    m_power->setSuffix(QStringLiteral(" %"));
    m_power->setValue(80);
    m_trafficLabel = new QLabel(this);
    m_traffic = new QSpinBox(this);
    m_traffic->setObjectName(QStringLiteral("expTraffic"));
    m_traffic->setRange(0, 100000000);
    m_traffic->setSingleStep(100);
    m_traffic->setValue(1000);
    m_sampleSize = new QLabel(this);
    m_sampleSize->setObjectName(QStringLiteral("expSampleSize"));
    m_sampleSize->setWordWrap(true);

    m_savedTitle = new QLabel(this);
    m_savedTitle->setFont(bold);
    m_savedList = new QListWidget(this);
    m_savedList->setObjectName(QStringLiteral("expSaved"));
    m_savedList->setMaximumHeight(96);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("expNew"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("expStart"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("expStop"));
    const bool canRun = ctx.session.can(auth::Permission::RunExperiments);
    for (QPushButton* b : {m_new, m_start, m_stop})
        b->setVisible(canRun);
    m_start->setEnabled(false);
    m_stop->setEnabled(false);
    m_fromEvents = new QPushButton(this);
    m_fromEvents->setObjectName(QStringLiteral("expFromEvents"));
    m_fromEvents->setEnabled(false);
    m_savedMessage = new QLabel(this);
    m_savedMessage->setObjectName(QStringLiteral("expSavedMessage"));
    m_savedMessage->setWordWrap(true);

    // Left: the workspace's experiments, the counts and the settings; right: the result.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_savedTitle);
    leftLayout->addWidget(m_savedList);
    auto* savedButtons = new QHBoxLayout;
    savedButtons->addWidget(m_new);
    savedButtons->addWidget(m_start);
    savedButtons->addWidget(m_stop);
    savedButtons->addWidget(m_fromEvents);
    savedButtons->addStretch(1);
    leftLayout->addLayout(savedButtons);
    leftLayout->addWidget(m_savedMessage);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(m_intro);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_open);
    fileRow->addWidget(m_addRow);
    fileRow->addWidget(m_removeRow);
    fileRow->addStretch(1);
    leftLayout->addLayout(fileRow);
    leftLayout->addWidget(m_variants);
    auto* settings = new QFormLayout;
    settings->addRow(m_controlLabel, m_control);
    settings->addRow(m_alphaLabel, m_alpha);
    settings->addRow(m_minLabel, m_minExposures);
    leftLayout->addLayout(settings);
    leftLayout->addSpacing(12);
    leftLayout->addWidget(m_sampleTitle);
    auto* sample = new QFormLayout;
    sample->addRow(m_baselineLabel, m_baseline);
    sample->addRow(m_mdeLabel, m_mde);
    sample->addRow(m_powerLabel, m_power);
    sample->addRow(m_trafficLabel, m_traffic);
    leftLayout->addLayout(sample);
    leftLayout->addWidget(m_sampleSize);
    leftLayout->addStretch(1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_srmBanner);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_results);
    rightLayout->addWidget(m_charts, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_exportTable);
    exportRow->addWidget(m_exportChart);
    rightLayout->addLayout(exportRow);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 700});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_variants, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_loaded = experiments::AbInput(); // typed counts have no days
        analyse();
    });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, [this] {
        analyse();
        updateSampleSize();
    });
    connect(m_control, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            analyse();
    });
    connect(m_minExposures, &QSpinBox::valueChanged, this, &ExperimentsWidget::analyse);
    for (QDoubleSpinBox* s : {m_baseline, m_mde, m_power})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ExperimentsWidget::updateSampleSize);
    // A baseline typed by hand replaces the one read from the control's counts.
    connect(m_baseline, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_syncingBaseline)
            m_controlRate.reset();
    });
    connect(m_mde, &QDoubleSpinBox::valueChanged, this, &ExperimentsWidget::analyse);
    connect(m_power, &QDoubleSpinBox::valueChanged, this, &ExperimentsWidget::analyse);
    connect(m_traffic, &QSpinBox::valueChanged, this, &ExperimentsWidget::updateSampleSize);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        const int row = m_variants->rowCount();
        m_filling = true;
        m_variants->insertRow(row);
        m_variants->setItem(row, NameColumn, new QTableWidgetItem(QString(QChar(u'A' + row))));
        m_variants->setItem(row, WeightColumn, new QTableWidgetItem(QStringLiteral("1")));
        m_variants->setItem(row, ExposuresColumn, new QTableWidgetItem(QString()));
        m_variants->setItem(row, ConversionsColumn, new QTableWidgetItem(QString()));
        m_filling = false;
        analyse();
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_variants->rowCount() > 2) {
            m_variants->removeRow(m_variants->rowCount() - 1);
            analyse();
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Open the counts of an experiment"));
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            if (auto st = loadCounts(path); !st)
                m_verdict->setText(st.error());
        });
        dialog->open();
    });
    auto saveDialog = [this](const QString& title, const QStringList& filters, const QString& suffix,
                             std::function<Status(const QString&)> save) {
        auto* dialog = new QFileDialog(this, title);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilters(filters);
        dialog->setDefaultSuffix(suffix);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString& path) {
            if (auto st = save(path); !st)
                m_verdict->setText(st.error());
        });
        dialog->open();
    };
    connect(m_exportTable, &QPushButton::clicked, this, [this, saveDialog] {
        saveDialog(tr("Export the table"), {tr("CSV files (*.csv)")}, QStringLiteral("csv"),
                   [this](const QString& p) { return exportTable(p); });
    });
    connect(m_exportChart, &QPushButton::clicked, this, [this, saveDialog] {
        saveDialog(tr("Export the chart"), {tr("PNG image (*.png)"), tr("PDF document (*.pdf)")}, QStringLiteral("png"),
                   [this](const QString& p) { return exportChart(p); });
    });

    connect(m_new, &QPushButton::clicked, this, &ExperimentsWidget::newExperiment);
    connect(m_start, &QPushButton::clicked, this, [this] { changeStatus(QStringLiteral("running")); });
    connect(m_stop, &QPushButton::clicked, this, [this] { changeStatus(QStringLiteral("stopped")); });
    connect(m_savedList, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool ok = row >= 0 && row < m_saved.size();
        m_start->setEnabled(ok && m_saved.at(row).status == QLatin1String("draft"));
        m_stop->setEnabled(ok && m_saved.at(row).status == QLatin1String("running"));
        m_fromEvents->setEnabled(ok);
    });
    connect(m_fromEvents, &QPushButton::clicked, this, &ExperimentsWidget::countFromEvents);

    // Two empty variants to type into; nothing is analysed until there are counts.
    m_addRow->click();
    m_addRow->click();
    retranslate();
    updateSampleSize();
    reloadSaved();
}

ExperimentsWidget::~ExperimentsWidget() = default;

void ExperimentsWidget::reloadSaved()
{
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    runAsync<Result<QList<experiments::Experiment>>>(
        this, [auth, session] { return experiments::ExperimentService(*auth).list(session); },
        [this](const Result<QList<experiments::Experiment>>& r) {
            if (!r) {
                m_savedMessage->setText(r.error());
                return;
            }
            m_saved = r.value();
            const int keep = m_savedList->currentRow();
            m_savedList->clear();
            for (const experiments::Experiment& e : std::as_const(m_saved)) {
                QStringList variants;
                for (const auto& v : e.variants)
                    variants.append(QStringLiteral("%1=#%2 v%3 ×%4").arg(v.label).arg(v.itemId).arg(v.version).arg(v.weight));
                const QString status = e.status == QLatin1String("running")   ? tr("running")
                                       : e.status == QLatin1String("stopped") ? tr("stopped")
                                                                              : tr("draft");
                auto* item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3").arg(e.name, status, NewExperimentDialog::metricTitle(e.metric)),
                                                 m_savedList);
                item->setToolTip(variants.join(QStringLiteral("\n")));
            }
            if (m_saved.isEmpty())
                m_savedMessage->setText(m_new->isVisible() ? tr("No experiments yet: define one from template versions with New….")
                                                           : tr("No experiments yet."));
            if (keep >= 0 && keep < m_savedList->count())
                m_savedList->setCurrentRow(keep);
            Q_EMIT savedLoaded(int(m_saved.size()));
        });
}

void ExperimentsWidget::newExperiment()
{
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    struct Offer
    {
        Result<QList<content::ContentItem>> items = QList<content::ContentItem>();
        QHash<qint64, content::GateVerdict> verdicts;
    };
    runAsync<Offer>(
        this,
        [auth, session] {
            content::ContentService content(*auth);
            Offer offer;
            auto templates = content.list(session, content::ContentKind::Template);
            if (!templates) {
                offer.items = templates;
                return offer;
            }
            auto scripts = content.list(session, content::ContentKind::Script);
            QList<content::ContentItem> all = templates.take();
            if (scripts)
                all += scripts.value();
            offer.items = all;
            // What the quality gate says decides what the dialog offers.
            for (content::ContentKind kind : {content::ContentKind::Template, content::ContentKind::Script}) {
                auto verdicts = content.verdicts(session, kind);
                if (!verdicts) {
                    offer.items = Result<QList<content::ContentItem>>(verdicts.status());
                    return offer;
                }
                offer.verdicts.insert(verdicts.value());
            }
            return offer;
        },
        [this, auth, session](const Offer& offer) {
            const auto& items = offer.items;
            if (!items) {
                m_savedMessage->setText(items.error());
                return;
            }
            auto* dialog = new NewExperimentDialog(items.value(), offer.verdicts, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, auth, session] {
                const experiments::Experiment e = dialog->experiment();
                runAsync<Result<experiments::Experiment>>(
                    this, [auth, session, e] { return experiments::ExperimentService(*auth).create(session, e); },
                    [this](const Result<experiments::Experiment>& created) {
                        m_savedMessage->setStyleSheet(created ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
                        m_savedMessage->setText(created ? tr("Experiment “%1” saved as a draft.").arg(created.value().name)
                                                        : created.error());
                        reloadSaved();
                    });
            });
            dialog->open();
        });
}

void ExperimentsWidget::changeStatus(const QString& status)
{
    const int row = m_savedList->currentRow();
    if (row < 0 || row >= m_saved.size())
        return;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    const qint64 id = m_saved.at(row).id;
    runAsync<Result<experiments::Experiment>>(
        this, [auth, session, id, status] { return experiments::ExperimentService(*auth).setStatus(session, id, status); },
        [this](const Result<experiments::Experiment>& r) {
            m_savedMessage->setStyleSheet(r ? QString() : QStringLiteral("color: #b71c1c;"));
            m_savedMessage->setText(r ? QString() : r.error());
            reloadSaved();
        });
}

void ExperimentsWidget::retranslate()
{
    m_savedTitle->setText(tr("Experiments in this workspace"));
    m_new->setText(tr("New…"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_fromEvents->setText(tr("Count from events"));
    m_fromEvents->setToolTip(tr("Exposures and successes of the selected experiment from the imported events "
                                "(users without consent to marketing are left out)"));
    m_intro->setText(tr("Read an A/B/n test from its counts: open a CSV with the columns "
                        "variant, weight, exposures, conversions, or type them in. The first variant is the control."));
    m_open->setText(tr("Open counts…"));
    m_addRow->setText(tr("Add variant"));
    m_removeRow->setText(tr("Remove last"));
    m_exportTable->setText(tr("Export table…"));
    m_exportChart->setText(tr("Export chart…"));
    m_variants->setHorizontalHeaderLabels({tr("Variant"), tr("Weight"), tr("Exposures"), tr("Conversions")});
    m_results->setHorizontalHeaderLabels(
        {tr("Variant"), tr("Rate (95 % CI)"), tr("Lift (95 % CI)"), tr("z"), tr("p"), tr("Adjusted p"), tr("Significant")});
    m_alphaLabel->setText(tr("Alpha"));
    m_controlLabel->setText(tr("Control"));
    m_minLabel->setText(tr("Min. exposures per variant"));
    m_minExposures->setSpecialValueText(tr("from the sample size"));
    m_sampleTitle->setText(tr("Sample size"));
    m_baselineLabel->setText(tr("Baseline rate"));
    m_mdeLabel->setText(tr("Smallest effect to detect"));
    m_mde->setToolTip(tr("Absolute, in percentage points: 5 % → 6 % is 1 pp"));
    m_powerLabel->setText(tr("Power"));
    m_trafficLabel->setText(tr("Exposures a day per variant"));
    m_chart->yAxis->setLabel(tr("Conversion rate (%), 95 % Wilson interval"));
    m_cumulative->yAxis->setLabel(tr("Cumulative conversion rate (%)"));
    m_pChart->yAxis->setLabel(tr("p-value against the control"));
    m_charts->setTabText(0, tr("Rate per variant"));
    m_charts->setTabText(1, tr("Cumulative rate by day"));
    m_charts->setTabText(2, tr("p-value by day"));
    m_peeking->setText(tr("Peeking inflates false positives: a p-value checked every day dips below alpha by chance "
                          "far more often than alpha. Decide the sample size first and read the verdict once it is reached."));
    updateSampleSize();
    showResult();
}

void ExperimentsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

Status ExperimentsWidget::loadCounts(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open %1: %2").arg(path, f.errorString()));
    const experiments::AbInput in = experiments::AbAnalysis::readCsv(f);
    if (!in.issues.isEmpty()) {
        QStringList lines;
        for (const auto& i : in.issues)
            lines.append(tr("line %1: %2").arg(i.line).arg(i.reason));
        return Status::failure(tr("%1 was not loaded. %2").arg(QFileInfo(path).fileName(), lines.join(QStringLiteral("; "))));
    }
    m_loaded = in;
    fillTable(in.variants);
    return Status::success();
}

void ExperimentsWidget::countFromEvents()
{
    const int row = m_savedList->currentRow();
    if (row < 0 || row >= m_saved.size())
        return;
    const qint64 id = m_saved.at(row).id;
    auth::AuthService* auth = &m_ctx.auth;
    m_fromEvents->setEnabled(false);
    runAsync<Result<experiments::EventCounts>>(
        this, [auth, id] { return experiments::ExperimentService(*auth).countsFromEvents(id); },
        [this](const Result<experiments::EventCounts>& r) {
            m_fromEvents->setEnabled(m_savedList->currentRow() >= 0);
            if (!r) {
                m_savedMessage->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                m_savedMessage->setText(r.error());
                Q_EMIT countedFromEvents(false);
                return;
            }
            qint64 exposures = 0;
            for (const auto& v : r.value().input.variants)
                exposures += v.exposures;
            m_savedMessage->setStyleSheet(QString());
            m_savedMessage->setText(exposures == 0
                                        ? tr("No exposures yet: import impression or view events tagged with this experiment "
                                             "and a variant label.")
                                        : tr("%1 users exposed; %2 left out for lack of consent to marketing.")
                                              .arg(exposures)
                                              .arg(r.value().excludedNoConsent));
            m_loaded = r.value().input;
            fillTable(r.value().input.variants);
            Q_EMIT countedFromEvents(exposures > 0);
        });
}

void ExperimentsWidget::setCounts(const QList<experiments::VariantCounts>& variants)
{
    m_loaded = experiments::AbInput();
    fillTable(variants);
}

void ExperimentsWidget::fillTable(const QList<experiments::VariantCounts>& variants)
{
    m_filling = true;
    m_variants->setRowCount(0);
    for (const auto& v : variants) {
        const int row = m_variants->rowCount();
        m_variants->insertRow(row);
        m_variants->setItem(row, NameColumn, new QTableWidgetItem(v.name));
        m_variants->setItem(row, WeightColumn, new QTableWidgetItem(QString::number(v.weight)));
        m_variants->setItem(row, ExposuresColumn, new QTableWidgetItem(QString::number(v.exposures)));
        m_variants->setItem(row, ConversionsColumn, new QTableWidgetItem(QString::number(v.conversions)));
    }
    m_filling = false;
    analyse();
}

QList<experiments::VariantCounts> ExperimentsWidget::readTable(QString& problem) const
{
    QList<experiments::VariantCounts> out;
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        auto text = [this, row](int col) {
            const QTableWidgetItem* item = m_variants->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        experiments::VariantCounts v;
        v.line = row + 1;
        v.name = text(NameColumn);
        bool okW = false, okE = false, okC = false;
        v.weight = QLocale().toDouble(text(WeightColumn), &okW);
        if (!okW)
            v.weight = text(WeightColumn).toDouble(&okW);
        v.exposures = text(ExposuresColumn).toLongLong(&okE);
        v.conversions = text(ConversionsColumn).toLongLong(&okC);
        if (text(ExposuresColumn).isEmpty() && text(ConversionsColumn).isEmpty()) {
            problem = tr("Type the exposures and conversions of every variant, or open a CSV.");
            return {};
        }
        if (!okW || !okE || !okC) {
            problem = tr("Row %1: a name, a positive weight and whole, non-negative counts are needed.").arg(row + 1);
            return {};
        }
        if (const QString reason = experiments::AbAnalysis::checkCounts(v); !reason.isEmpty()) {
            problem = tr("Row %1: %2").arg(row + 1).arg(reason);
            return {};
        }
        out.append(v);
    }
    return out;
}

void ExperimentsWidget::analyse()
{
    QString problem;
    const QList<experiments::VariantCounts> variants = readTable(problem);
    // The control list follows the variants.
    const QString previous = m_control->currentText();
    m_filling = true;
    m_control->clear();
    for (const auto& v : variants)
        m_control->addItem(v.name);
    const int keep = m_control->findText(previous);
    m_control->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = false;

    m_result.reset();
    if (variants.size() >= 2) {
        experiments::AbOptions options;
        options.alpha = m_alpha->value();
        options.control = m_control->currentText();
        if (m_minExposures->value() > 0)
            options.minExposures = m_minExposures->value();
        else
            options.mde = m_mde->value() / 100; // the effect set in the sample-size box, at the control's rate
        options.power = m_power->value() / 100;
        auto r = experiments::AbAnalysis::analyze(variants, options);
        if (r)
            m_result = r.take();
        else
            problem = r.error();
    }
    // The calculator starts from the control's observed rate, so that the sample it states is
    // the one the verdict waits for (one rule, one number on the whole panel).
    if (m_result && m_minExposures->value() == 0) {
        for (const experiments::VariantResult& v : m_result->variants) {
            if (v.control && v.rate > 0 && v.rate * 100 >= m_baseline->minimum() && v.rate * 100 <= m_baseline->maximum()) {
                m_syncingBaseline = true;
                m_baseline->setValue(v.rate * 100);
                m_syncingBaseline = false;
                m_controlRate = v.rate;
                updateSampleSize();
            }
        }
    }
    showResult();
    showTimeline();
    if (!m_result)
        m_verdict->setText(problem);
    Q_EMIT analysed();
}

void ExperimentsWidget::showResult()
{
    m_chart->clearPlottables();
    m_results->setRowCount(0);
    m_exportChart->setEnabled(m_result.has_value());
    m_exportTable->setEnabled(m_result.has_value());
    if (!m_result) {
        m_srmBanner->hide();
        m_chart->replot();
        return;
    }
    const experiments::AbResult& r = *m_result;
    m_srmBanner->setVisible(r.srmFlag);
    m_srmBanner->setText(tr("Sample ratio mismatch: %1. The split does not match the weights (p = %2), so the "
                            "assignment is broken; no verdict until it is fixed.")
                             .arg([&r] {
                                 QStringList parts;
                                 for (const auto& v : r.variants)
                                     parts.append(QStringLiteral("%1 %2").arg(v.counts.name).arg(v.counts.exposures));
                                 return parts.join(QStringLiteral(" · "));
                             }())
                             .arg(pValue(r.srm.pValue)));
    QString verdictColour = QStringLiteral("#37474f");
    if (r.verdict == experiments::Verdict::Winner)
        verdictColour = QStringLiteral("#1b5e20");
    else if (r.verdict == experiments::Verdict::Loser || r.verdict == experiments::Verdict::SampleRatioMismatch)
        verdictColour = QStringLiteral("#b71c1c");
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(verdictColour));
    m_verdict->setText((r.srmFlag ? tr("No verdict while the split is broken.") : r.verdictText) + QLatin1Char(' ')
                       + tr("Across all variants: chi-square %1 (df %2), p = %3.")
                             .arg(r.chi2.statistic, 0, 'f', 2)
                             .arg(r.chi2.df)
                             .arg(pValue(r.chi2.pValue)));

    QVector<double> ticks, rates, minus, plus;
    QVector<QString> labels;
    for (int i = 0; i < r.variants.size(); ++i) {
        const auto& v = r.variants.at(i);
        m_results->insertRow(i);
        auto cell = [this, i](int col, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(col == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(i, col, item);
        };
        cell(0, v.control ? tr("%1 (control)").arg(v.counts.name) : v.counts.name);
        cell(1, v.ci ? QStringLiteral("%1 (%2–%3)").arg(pct(v.rate), pct(v.ci->low), pct(v.ci->high)) : QStringLiteral("–"));
        cell(2, v.lift ? (v.liftCi ? tr("%1 (%2 to %3)").arg(signedPct(*v.lift), signedPct(v.liftCi->low),
                                                                         signedPct(v.liftCi->high))
                                   : signedPct(*v.lift))
                       : QStringLiteral("–"));
        cell(3, v.z ? QString::number(*v.z, 'f', 2) : QStringLiteral("–"));
        cell(4, v.pValue ? pValue(*v.pValue) : QStringLiteral("–"));
        cell(5, v.pAdjusted ? pValue(*v.pAdjusted) : QStringLiteral("–"));
        cell(6, v.significant ? (*v.significant ? tr("yes") : tr("no")) : QStringLiteral("–"));
        ticks.append(i + 1);
        labels.append(v.counts.name);
        rates.append(v.rate * 100);
        minus.append(v.ci ? (v.rate - v.ci->low) * 100 : 0);
        plus.append(v.ci ? (v.ci->high - v.rate) * 100 : 0);
    }
    // One bar per variant with its interval; the control grey, significant winners green, losers red.
    for (int i = 0; i < r.variants.size(); ++i) {
        const auto& v = r.variants.at(i);
        auto* bar = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bar->setName(v.counts.name);
        QColor c(0x42, 0x7f, 0xc2);
        if (v.control)
            c = QColor(0x90, 0x90, 0x90);
        else if (v.significant.value_or(false) && v.lift)
            c = *v.lift >= 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        bar->setBrush(c);
        bar->setPen(QPen(c.darker(130)));
        bar->setWidth(0.55);
        bar->setData({ticks.at(i)}, {rates.at(i)});
        auto* err = new QCPErrorBars(m_chart->xAxis, m_chart->yAxis);
        err->setDataPlottable(bar);
        err->setData({minus.at(i)}, {plus.at(i)});
        err->setPen(QPen(QColor(0x21, 0x21, 0x21), 1.5));
        err->setWhiskerWidth(14);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.3, r.variants.size() + 0.7);
    double top = 0;
    for (int i = 0; i < rates.size(); ++i)
        top = std::max(top, rates.at(i) + plus.at(i));
    m_chart->yAxis->setRange(0, std::max(1.0, top * 1.2));
    m_chart->replot();
}

void ExperimentsWidget::showTimeline()
{
    m_cumulative->clearGraphs();
    m_pChart->clearGraphs();
    m_pChart->clearItems();
    const bool haveDays = !m_loaded.days.isEmpty() && m_result;
    m_charts->setTabEnabled(1, haveDays);
    m_charts->setTabEnabled(2, haveDays);
    if (!haveDays) {
        m_cumulative->replot();
        m_pChart->replot();
        return;
    }
    int control = 0;
    for (int i = 0; i < m_result->variants.size(); ++i)
        control = m_result->variants.at(i).control ? i : control;
    const QList<experiments::TimePoint> timeline = experiments::AbAnalysis::timeline(m_loaded, control);
    static const QRgb colours[] = {0x757575, 0x1565c0, 0x2e7d32, 0xc62828, 0x6a1b9a, 0xef6c00};
    for (int v = 0; v < m_loaded.variants.size(); ++v) {
        const QColor c(colours[v % 6]);
        QCPGraph* rate = m_cumulative->addGraph();
        rate->setName(m_loaded.variants.at(v).name);
        rate->setPen(QPen(c, 2));
        QCPGraph* p = nullptr;
        if (v != control) {
            p = m_pChart->addGraph();
            p->setName(tr("%1 vs %2").arg(m_loaded.variants.at(v).name, m_loaded.variants.at(control).name));
            p->setPen(QPen(c, 2));
        }
        for (const experiments::TimePoint& t : timeline) {
            const double x = double(QDateTime(t.date, QTime(12, 0)).toSecsSinceEpoch());
            rate->addData(x, t.rates.at(v) * 100);
            if (p && t.pValues.at(v))
                p->addData(x, *t.pValues.at(v));
        }
    }
    // The alpha line: where a peeker would stop.
    QCPGraph* alpha = m_pChart->addGraph();
    alpha->setName(tr("alpha %1").arg(m_alpha->value()));
    alpha->setPen(QPen(QColor(0xb7, 0x1c, 0x1c), 1.5, Qt::DashLine));
    if (!timeline.isEmpty()) {
        const double first = double(QDateTime(timeline.first().date, QTime(12, 0)).toSecsSinceEpoch());
        const double last = double(QDateTime(timeline.last().date, QTime(12, 0)).toSecsSinceEpoch());
        alpha->addData(first, m_alpha->value());
        alpha->addData(last, m_alpha->value());
    }
    m_cumulative->rescaleAxes();
    m_cumulative->yAxis->setRangeLower(0);
    m_pChart->rescaleAxes();
    m_pChart->yAxis->setRange(0, 1);
    for (QCustomPlot* c : {m_cumulative, m_pChart}) {
        c->xAxis->setRange(c->xAxis->range().lower - 43200, c->xAxis->range().upper + 43200);
        c->replot();
    }
}

void ExperimentsWidget::updateSampleSize()
{
    const double baseline = m_controlRate.value_or(m_baseline->value() / 100);
    const double mde = m_mde->value() / 100;
    const auto n = experiments::Statistics::sampleSize(baseline, mde, m_alpha->value(), m_power->value() / 100);
    if (!n) {
        m_sampleSize->setText(tr("Baseline + effect must stay below 100 %."));
        return;
    }
    QString text = tr("%1 exposures per variant to detect %2 → %3 at alpha %4 with %5 power.")
                       .arg(QLocale().toString(*n), pct(baseline, 1), pct(baseline + mde, 2))
                       .arg(m_alpha->value())
                       .arg(pct(m_power->value() / 100, 0));
    if (m_traffic->value() > 0)
        text += QLatin1Char(' ') + tr("About %n day(s) at the current traffic.", nullptr,
                                      int(std::ceil(double(*n) / double(m_traffic->value()))));
    m_sampleSize->setText(text);
}

Status ExperimentsWidget::exportChart(const QString& path) const
{
    if (!m_result)
        return Status::failure(tr("There is no result to export yet."));
    // The chart on show: rates, cumulative rates or p-values.
    QCustomPlot* chart = m_charts->currentIndex() == 1 ? m_cumulative : m_charts->currentIndex() == 2 ? m_pChart : m_chart;
    const bool ok = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? chart->savePdf(path, 800, 500)
                                                                              : chart->savePng(path, 1200, 750, 1.0, -1, 144);
    return ok ? Status::success() : Status::failure(tr("Cannot write %1").arg(path));
}

Status ExperimentsWidget::exportTable(const QString& path) const
{
    if (!m_result)
        return Status::failure(tr("There is no result to export yet."));
    QString out = CsvReader::formatLine({QStringLiteral("variant"), QStringLiteral("control"), QStringLiteral("weight"),
                                         QStringLiteral("exposures"), QStringLiteral("conversions"), QStringLiteral("rate"),
                                         QStringLiteral("ci_low"), QStringLiteral("ci_high"), QStringLiteral("lift"),
                                         QStringLiteral("z"), QStringLiteral("p_value"), QStringLiteral("p_adjusted"),
                                         QStringLiteral("significant")})
                  + QLatin1Char('\n');
    const auto num = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
    };
    for (const auto& v : m_result->variants) {
        out += CsvReader::formatLine({v.counts.name, v.control ? QStringLiteral("true") : QStringLiteral("false"),
                                      QString::number(v.counts.weight), QString::number(v.counts.exposures),
                                      QString::number(v.counts.conversions), num(v.rate),
                                      num(v.ci ? std::optional<double>(v.ci->low) : std::nullopt),
                                      num(v.ci ? std::optional<double>(v.ci->high) : std::nullopt), num(v.lift), num(v.z),
                                      num(v.pValue), num(v.pAdjusted),
                                      v.significant ? (*v.significant ? QStringLiteral("true") : QStringLiteral("false"))
                                                    : QString()})
               + QLatin1Char('\n');
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1").arg(path));
    f.write(out.toUtf8());
    return f.commit() ? Status::success() : Status::failure(tr("Cannot write %1").arg(path));
}

} // namespace lx::ui
