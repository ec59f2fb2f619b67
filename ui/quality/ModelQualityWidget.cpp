#include "quality/ModelQualityWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/UiContext.h"
#include "models/QueueTableModel.h"

#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace lx::ui {

struct ModelQualityWidget::Snapshot
{
    QString error;
    int sampled = 0;
    QList<store::ReviewRow> rows;
    std::optional<quality::AccuracyReport> report;
    std::optional<quality::ReviewSettings> settings;
};

ModelQualityWidget::ModelQualityWidget(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_queue = new QTableWidget(0, 5, this);
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_queue->installEventFilter(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("accuracyBanner"));
    m_banner->setWordWrap(true);
    m_chartTitle = new QLabel(this);
    m_chart = new QCustomPlot(this);
    m_chart->setObjectName(QStringLiteral("accuracyChart"));
    m_chart->setMinimumHeight(260);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCorrections"));
    m_export->setVisible(m_ctx.session.can(auth::Permission::ViewModelQuality));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("qualityMessage"));
    m_message->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_queue, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_chartTitle);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(m_export, 0, Qt::AlignLeft);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_export, &QPushButton::clicked, this, &ModelQualityWidget::exportCorrections);
    retranslate();
    reload();
}

ModelQualityWidget::~ModelQualityWidget()
{
    waitForPendingWork(this);
}

void ModelQualityWidget::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    runAsync<Snapshot>(
        this,
        [auth, session] {
            Snapshot s;
            quality::ReviewService service(*auth);
            // Yesterday's sample and today's so far (China days) join the queue when first seen.
            const QDate today = QDateTime::fromMSecsSinceEpoch(auth->nowMs() + 8LL * 3600 * 1000, Qt::UTC).date();
            for (const QDate& d : {today.addDays(-1), today}) {
                auto n = service.sampleDay(session, d);
                if (!n) {
                    s.error = n.error();
                    return s;
                }
                s.sampled += n.value();
            }
            auto rows = service.queue(session);
            if (!rows) {
                s.error = rows.error();
                return s;
            }
            s.rows = rows.value();
            if (auto r = service.accuracy(session))
                s.report = r.value();
            if (auto c = service.settings())
                s.settings = c.value();
            return s;
        },
        [this](const Snapshot& s) {
            m_loading = false;
            apply(s);
            Q_EMIT loaded();
        });
}

void ModelQualityWidget::apply(const Snapshot& s)
{
    if (!s.error.isEmpty()) {
        m_message->setText(s.error);
        return;
    }
    m_rows = s.rows;
    m_report = s.report;
    m_settings = s.settings;
    const int keep = m_queue->currentRow();
    m_queue->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const store::ReviewRow& row = m_rows.at(r);
        auto set = [this, r](int c, const QString& text) { m_queue->setItem(r, c, new QTableWidgetItem(text)); };
        set(0, QDateTime::fromMSecsSinceEpoch(row.timeMs).toString(QStringLiteral("MM-dd HH:mm")));
        set(1, QString(row.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        set(2, models::QueueTableModel::sentimentTitle(row.predicted));
        set(3, row.confidence ? QStringLiteral("%1 %").arg(*row.confidence * 100, 0, 'f', 0) : QString());
        set(4, row.sensitive ? tr("sensitive: %1").arg(row.keyword) : tr("sample"));
        m_queue->item(r, 1)->setToolTip(row.text);
    }
    if (!m_rows.isEmpty())
        m_queue->setCurrentCell(std::clamp(keep, 0, int(m_rows.size()) - 1), 0);
    m_message->setText(m_rows.isEmpty() ? tr("Nothing waiting for review. New samples are drawn each day from the model's answers at the desk.")
                                        : tr("%n prediction(s) waiting for review.", nullptr, int(m_rows.size())));
    if (m_report) {
        m_banner->setText(m_report->reason.isEmpty() ? QString() : m_report->reason);
        m_banner->setStyleSheet(m_report->alert ? QStringLiteral("background:#fbe4e4; color:#8a1c1c; padding:6px; border-radius:4px;")
                                                : QStringLiteral("background:#e3f4e6; color:#1e5b2e; padding:6px; border-radius:4px;"));
        m_banner->setVisible(!m_report->reason.isEmpty() && !m_report->periods.isEmpty());
    }
    drawChart();
}

void ModelQualityWidget::drawChart()
{
    m_chart->clearPlottables();
    m_chart->clearItems();
    if (!m_report || m_report->periods.isEmpty()) {
        auto* note = new QCPItemText(m_chart);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("No reviewed days yet."));
        m_chart->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
        m_chart->xAxis->setRange(-0.5, 6.5);
        m_chart->yAxis->setRange(50, 100);
        m_chart->yAxis->setLabel(tr("accuracy of reviewed answers (%)"));
        m_chart->replot();
        return;
    }
    auto* points = new QCPGraph(m_chart->xAxis, m_chart->yAxis);
    points->setName(tr("accuracy"));
    points->setPen(QPen(QColor(0x2f, 0x6f, 0xb3), 2));
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    auto* errors = new QCPErrorBars(m_chart->xAxis, m_chart->yAxis);
    errors->setDataPlottable(points);
    errors->setPen(QPen(QColor(0x2f, 0x6f, 0xb3)));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, values, minus, plus;
    for (int i = 0; i < m_report->periods.size(); ++i) {
        const quality::PeriodAccuracy& p = m_report->periods.at(i);
        ticker->addTick(i, p.period.label.mid(5));
        if (!p.accuracy)
            continue;
        keys.append(i);
        values.append(*p.accuracy * 100);
        minus.append(p.ci ? (*p.accuracy - p.ci->low) * 100 : 0);
        plus.append(p.ci ? (p.ci->high - *p.accuracy) * 100 : 0);
    }
    points->setData(keys, values);
    errors->setData(minus, plus);
    const double threshold = (m_settings ? m_settings->rule.threshold : 0.85) * 100;
    auto* line = new QCPItemStraightLine(m_chart);
    line->point1->setCoords(0, threshold);
    line->point2->setCoords(1, threshold);
    line->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
    auto* label = new QCPItemText(m_chart);
    label->position->setCoords(-0.4, threshold);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setColor(QColor(0xc0, 0x39, 0x2b));
    label->setText(tr("threshold %1 %").arg(threshold, 0, 'f', 0));
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(-0.5, double(m_report->periods.size()) - 0.5);
    m_chart->yAxis->setRange(50, 100);
    m_chart->yAxis->setLabel(tr("accuracy of reviewed answers (%)"));
    m_chart->replot();
}

void ModelQualityWidget::answerSelected(const QString& label)
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const qint64 id = m_rows.at(row).messageId;
    const QString answer = label.isEmpty() ? m_rows.at(row).predicted : label;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    // Off the list at once; the next row is selected for the next keystroke.
    m_rows.removeAt(row);
    m_queue->removeRow(row);
    if (m_queue->rowCount() > 0)
        m_queue->setCurrentCell(std::min(row, m_queue->rowCount() - 1), 0);
    runAsync<Status>(
        this, [auth, session, id, answer] { return quality::ReviewService(*auth).review(session, id, answer); },
        [this, id](const Status& st) {
            if (!st)
                m_message->setText(st.error());
            Q_EMIT reviewed(id);
            if (m_rows.isEmpty())
                reload();
        });
}

bool ModelQualityWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_queue && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_1: answerSelected(QStringLiteral("negative")); return true;
        case Qt::Key_2: answerSelected(QStringLiteral("neutral")); return true;
        case Qt::Key_3: answerSelected(QStringLiteral("positive")); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: answerSelected({}); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModelQualityWidget::exportCorrections()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export corrections"), QStringLiteral("corrections.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    runAsync<Result<qint64>>(
        this, [auth, session, path] { return quality::ReviewService(*auth).exportCorrections(session, path); },
        [this, path](const Result<qint64>& r) {
            m_message->setText(r ? tr("%1 corrected answer(s) written to %2 (label,text) for retraining.").arg(r.value()).arg(path)
                                 : r.error());
        });
}

void ModelQualityWidget::retranslate()
{
    m_title->setText(tr("Model quality"));
    m_hint->setText(tr("Review the model's answers: 1 negative · 2 neutral · 3 positive · Enter confirms the model. "
                       "Answers on sensitive topics (medical, financial) are always here."));
    m_queue->setHorizontalHeaderLabels({tr("Time"), tr("Message"), tr("Model says"), tr("Confidence"), tr("Why here")});
    m_chartTitle->setText(tr("Accuracy by day (95 % interval)"));
    m_export->setText(tr("Export corrections…"));
    if (m_report)
        drawChart();
}

void ModelQualityWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lx::ui
