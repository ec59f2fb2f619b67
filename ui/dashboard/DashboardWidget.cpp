#include "dashboard/DashboardWidget.h"

#include "desk/DeskMonitor.h"
#include "experiments/NewExperimentDialog.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/CsvReader.h"
#include "common/UiContext.h"
#include "models/QueueTableModel.h"
#include "profiles/Records.h"

#include <QComboBox>
#include <QResizeEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace lx::ui {

namespace {

const QStringList kKpis{QStringLiteral("conversion"),   QStringLiteral("click_through"),         QStringLiteral("engagement"),
                        QStringLiteral("user_messages"), QStringLiteral("escalations"),           QStringLiteral("sla_breaches"),
                        QStringLiteral("first_response_median"), QStringLiteral("callbacks_due"),
                        QStringLiteral("my_replies"),    QStringLiteral("my_conversations")};


} // namespace

DashboardWidget::DashboardWidget(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(QString());
    m_period->addItem(QString());
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_status);
    top->addWidget(m_period);
    top->addWidget(m_refresh);

    m_tileGrid = new QGridLayout;
    for (int i = 0; i < kKpis.size(); ++i) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("kpi_") + kKpis.at(i));
        b->setMinimumHeight(78);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_tiles.insert(kKpis.at(i), b);
        b->hide(); // shown when the operator's slice has it
        const QString key = kKpis.at(i);
        connect(b, &QPushButton::clicked, this, [this, key] { showRows(key); });
    }

    m_sentimentTitle = new QLabel(this);
    m_sentiment = new QCustomPlot(this);
    m_sentiment->setObjectName(QStringLiteral("sentimentChart"));
    m_sentiment->setMinimumHeight(220);
    m_sentiment->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The legend in its own row under the chart, so that it never covers a bar.
    m_sentiment->legend->setVisible(true);
    m_sentiment->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_sentiment->axisRect()->insetLayout()->take(m_sentiment->legend);
    m_sentiment->plotLayout()->addElement(1, 0, m_sentiment->legend);
    m_sentiment->plotLayout()->setRowStretchFactor(1, 0.001);
    m_sentiment->legend->setBorderPen(Qt::NoPen);
    m_funnelTitle = new QLabel(this);
    m_funnel = new QCustomPlot(this);
    m_funnel->setObjectName(QStringLiteral("funnelChart"));
    m_funnel->setMinimumHeight(220);
    auto* charts = new QGridLayout;
    m_charts = charts;
    charts->addWidget(m_sentimentTitle, 0, 0);
    charts->addWidget(m_sentiment, 1, 0);
    charts->addWidget(m_funnelTitle, 0, 1);
    charts->addWidget(m_funnel, 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    charts->setRowStretch(1, 1);

    m_agentsTitle = new QLabel(this);
    m_agents = new QTableWidget(0, 3, this);
    m_agents->setObjectName(QStringLiteral("dashboardAgents"));
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_experimentsTitle = new QLabel(this);
    m_experiments = new QListWidget(this);
    m_experiments->setObjectName(QStringLiteral("dashboardExperiments"));
    // The charts get the height; these lists scroll.
    m_experiments->setMaximumHeight(170);
    m_agents->setMaximumHeight(170);
    auto* bottom = new QGridLayout;
    bottom->addWidget(m_agentsTitle, 0, 0);
    bottom->addWidget(m_agents, 1, 0);
    bottom->addWidget(m_experimentsTitle, 0, 1);
    bottom->addWidget(m_experiments, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_tileGrid);
    layout->addLayout(charts, 3);
    layout->addLayout(bottom, 0);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardWidget::reload);
    // Tiles are placed once the operator's slice is known.
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWidget::reload);
    retranslate();
    // Figures follow the workspace: the desk monitor reports every commit (agents' load, new
    // conversations, imports); a hidden dashboard counts again when it is shown.
    if (m_ctx.monitor) {
        connect(m_ctx.monitor, &desk::DeskMonitor::changed, this, [this] {
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
    }
    reload();
}

DashboardWidget::~DashboardWidget()
{
    waitForPendingWork(this);
}

void DashboardWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_data && event->oldSize().width() != event->size().width())
        drawSentiment();
}

void DashboardWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardWidget::reload()
{
    if (m_loading) {
        m_stale = true; // counted again when this count is in: a change during it is not lost
        return;
    }
    m_stale = false;
    m_loading = true;
    if (!m_data)
        m_status->setText(tr("Counting…")); // a refresh keeps the figures shown until the new ones are in
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    const auto period = m_period->currentIndex() == 1 ? dashboard::Period::Month : dashboard::Period::Week;
    runAsync<Result<dashboard::DashboardData>>(
        this, [auth, session, period] { return dashboard::DashboardService(*auth).load(session, period, auth->nowMs()); },
        [this](const Result<dashboard::DashboardData>& r) {
            m_loading = false;
            if (!r) {
                m_status->setText(r.error());
                Q_EMIT loaded(false);
            } else {
                m_data = r.value();
                apply();
                Q_EMIT loaded(true);
            }
            if (m_stale && isVisible())
                QMetaObject::invokeMethod(this, &DashboardWidget::reload, Qt::QueuedConnection);
        });
}

QString DashboardWidget::tileText(const dashboard::Kpi& k) const
{
    QString value;
    if (!k.current) {
        value = QStringLiteral("–");
    } else if (k.unit == QLatin1String("rate")) {
        value = QStringLiteral("%1 %").arg(*k.current * 100, 0, 'f', 1);
    } else if (k.unit == QLatin1String("minutes")) {
        value = tr("%1 min").arg(*k.current, 0, 'f', 1);
    } else {
        value = QString::number(qint64(*k.current));
    }
    QString detail;
    if (k.key == QLatin1String("callbacks_due")) {
        detail = tr("%1 overdue").arg(k.numerator);
    } else if (k.key == QLatin1String("my_conversations")) {
        detail = tr("capacity %1").arg(k.denominator);
    } else if (k.change) {
        detail = tr("%1%2 % vs previous").arg(*k.change >= 0 ? QStringLiteral("+") : QString()).arg(*k.change * 100, 0, 'f', 1);
        if (k.targetChange)
            detail += tr(" · target %1%2 % %3")
                          .arg(*k.targetChange >= 0 ? QStringLiteral("+") : QString())
                          .arg(*k.targetChange * 100, 0, 'f', 0)
                          .arg(k.met && *k.met ? QStringLiteral("✓") : QStringLiteral("✗"));
    } else if (k.previous) {
        detail = tr("previous: %1").arg(k.unit == QLatin1String("rate") ? QStringLiteral("%1 %").arg(*k.previous * 100, 0, 'f', 1)
                                                                         : QString::number(*k.previous, 'f', k.unit == QLatin1String("minutes") ? 1 : 0));
    } else {
        detail = tr("no figures for the previous period");
    }
    if (k.unit == QLatin1String("rate"))
        detail += QStringLiteral("\n") + tr("%1 of %2 users").arg(k.numerator).arg(k.denominator);
    else if (k.unit == QLatin1String("minutes") && k.key == QLatin1String("first_response_median") && m_data
             && m_data->scope == dashboard::Scope::Own)
        detail += QStringLiteral("\n") + tr("%n conversation(s) you answered first", nullptr, int(k.numerator));
    else if (k.unit == QLatin1String("minutes"))
        detail += QStringLiteral("\n") + tr("%1 of %2 answered").arg(k.numerator).arg(k.denominator);
    return QStringLiteral("%1\n%2\n%3").arg(dashboard::DashboardService::kpiTitle(k.key), value, detail);
}

void DashboardWidget::apply()
{
    const dashboard::DashboardData& d = *m_data;
    m_status->setText(tr("%1 – %2 · counted in %3 ms")
                          .arg(QDateTime::fromMSecsSinceEpoch(d.fromMs).toString(QStringLiteral("MM-dd")),
                               QDateTime::fromMSecsSinceEpoch(d.toMs).toString(QStringLiteral("MM-dd")))
                          .arg(d.elapsedMs));
    // The tiles of this operator's slice, four to a row.
    for (QPushButton* b : std::as_const(m_tiles)) {
        m_tileGrid->removeWidget(b);
        b->hide();
    }
    int position = 0;
    for (const dashboard::Kpi& k : d.kpis) {
        QPushButton* b = m_tiles.value(k.key);
        if (!b)
            continue;
        m_tileGrid->addWidget(b, position / 4, position % 4);
        ++position;
        b->show();
        b->setText(tileText(k));
        QString colour = QStringLiteral("#f6f7f9");
        if (k.met)
            colour = *k.met ? QStringLiteral("#e3f4e6") : QStringLiteral("#fbe4e4");
        else if (k.change && k.lowerIsBetter && *k.change > 0.10)
            colour = QStringLiteral("#fff1d6");
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 10px; background: %1; border: 1px solid #cfd4da;"
                                        " border-radius: 4px; }")
                             .arg(colour));
        b->setToolTip(tr("Click for the rows behind this number"));
    }
    drawSentiment();
    drawFunnel();
    const bool full = d.scope == dashboard::Scope::Full;
    m_funnel->setVisible(d.funnel.has_value());
    m_funnelTitle->setVisible(d.funnel.has_value());
    // Without the funnel the sentiment chart takes the whole row.
    m_charts->removeWidget(m_sentiment);
    m_charts->addWidget(m_sentiment, 1, 0, 1, d.funnel ? 1 : 2);
    m_agents->setVisible(full);
    m_agentsTitle->setVisible(full);
    m_experiments->setVisible(d.scope != dashboard::Scope::Own);
    m_experimentsTitle->setVisible(d.scope != dashboard::Scope::Own);
    m_title->setText(d.scope == dashboard::Scope::Own         ? tr("My dashboard")
                     : d.scope == dashboard::Scope::Marketing ? tr("Marketing dashboard")
                                                              : tr("Dashboard"));
    m_agents->setRowCount(int(d.agents.size()));
    for (int r = 0; r < d.agents.size(); ++r) {
        const store::AgentRow& a = d.agents.at(r);
        m_agents->setItem(r, 0, new QTableWidgetItem(a.displayName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.displayName, a.name)));
        m_agents->setItem(r, 1, new QTableWidgetItem(models::QueueTableModel::presenceTitle(a.presence)));
        m_agents->setItem(r, 2, new QTableWidgetItem(tr("%1 of %2").arg(a.load).arg(a.capacity)));
    }
    m_experiments->clear();
    for (const store::ExperimentRow& e : d.running) {
        QStringList variants;
        for (const auto& v : e.variants)
            variants.append(QStringLiteral("%1 %2").arg(v.label).arg(v.weight));
        new QListWidgetItem(QStringLiteral("#%1 %2 · %3 · %4")
                                .arg(e.id)
                                .arg(e.name, NewExperimentDialog::metricTitle(e.metric), variants.join(QStringLiteral(" / "))),
                            m_experiments);
    }
    if (d.running.isEmpty())
        new QListWidgetItem(tr("No experiment is running."), m_experiments);
}

void DashboardWidget::drawSentiment()
{
    const dashboard::DashboardData& d = *m_data;
    m_sentiment->clearPlottables();
    m_sentiment->clearItems();
    QVector<double> keys, pos, neu, neg;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Thirty "MM-dd" labels do not fit side by side: every k-th day is labelled, k chosen from
    // the room the axis has (drawn again when the panel is resized).
    const int label_px = m_sentiment->fontMetrics().horizontalAdvance(QStringLiteral("00-00")) + 14;
    const int axis_px = std::max(160, m_sentiment->axisRect()->width() > 0 ? m_sentiment->axisRect()->width()
                                                                          : m_sentiment->width() - 80);
    const int days = std::max(7, int(d.sentiment.size()));
    const int every = std::max(1, int(std::ceil(double(days) * label_px / axis_px)));
    for (int i = 0; i < d.sentiment.size(); ++i) {
        const store::SentimentDay& s = d.sentiment.at(i);
        const double total = double(s.positive + s.neutral + s.negative);
        keys.append(i);
        pos.append(total > 0 ? 100.0 * double(s.positive) / total : 0);
        neu.append(total > 0 ? 100.0 * double(s.neutral) / total : 0);
        neg.append(total > 0 ? 100.0 * double(s.negative) / total : 0);
        if (i % every == 0)
            ticker->addTick(i, s.date.toString(QStringLiteral("MM-dd")));
    }
    auto bars = [this](const QString& name, const QColor& colour) {
        auto* b = new QCPBars(m_sentiment->xAxis, m_sentiment->yAxis);
        b->setName(name);
        b->setPen(Qt::NoPen);
        b->setBrush(colour);
        b->setWidth(0.7);
        return b;
    };
    QCPBars* negative = bars(tr("negative"), QColor(0xd9, 0x48, 0x3b));
    QCPBars* neutral = bars(tr("neutral"), QColor(0xb8, 0xbe, 0xc6));
    QCPBars* positive = bars(tr("positive"), QColor(0x3a, 0x9d, 0x5d));
    neutral->moveAbove(negative);
    positive->moveAbove(neutral);
    negative->setData(keys, neg);
    neutral->setData(keys, neu);
    positive->setData(keys, pos);
    m_sentiment->xAxis->setTicker(ticker);
    // At least a week's width, so that a day or two do not become one huge bar.
    m_sentiment->xAxis->setRange(-0.7, std::max<double>(6.3, double(keys.size()) - 0.3));
    m_sentiment->yAxis->setRange(0, 100);
    m_sentiment->yAxis->setLabel(tr("share of messages (%)"));
    if (keys.isEmpty()) {
        auto* note = new QCPItemText(m_sentiment);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.5);
        note->setText(tr("No messages or reviews with a sentiment in this period."));
    }
    m_sentiment->replot();
}

void DashboardWidget::drawFunnel()
{
    const dashboard::DashboardData& d = *m_data;
    m_funnel->clearPlottables();
    m_funnel->clearItems();
    if (!d.funnel) {
        m_funnelTitle->setText(tr("Funnel (needs access to profiles)"));
        m_funnel->replot();
        return;
    }
    auto* bars = new QCPBars(m_funnel->xAxis, m_funnel->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x2f, 0x6f, 0xb3));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 1;
    for (int i = 0; i < d.funnel->steps.size(); ++i) {
        const profiles::FunnelStep& s = d.funnel->steps.at(i);
        bars->addData(i, double(s.users));
        top = std::max(top, double(s.users));
        ticker->addTick(i, profiles::Records::eventTypeLabel(s.type));
        auto* label = new QCPItemText(m_funnel);
        label->position->setCoords(i, double(s.users));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(i == 0 ? QString::number(s.users)
                              : QStringLiteral("%1 (%2 %)").arg(s.users).arg(s.rateFromPrevious * 100, 0, 'f', 1));
    }
    m_funnel->xAxis->setTicker(ticker);
    m_funnel->xAxis->setRange(-0.6, double(d.funnel->steps.size()) - 0.4);
    m_funnel->yAxis->setRange(0, top * 1.18);
    m_funnel->yAxis->setLabel(tr("users"));
    m_funnel->replot();
}

void DashboardWidget::showRows(const QString& key)
{
    auth::AuthService* auth = &m_ctx.auth;
    const auth::Session session = m_ctx.session;
    const auto period = m_period->currentIndex() == 1 ? dashboard::Period::Month : dashboard::Period::Week;
    runAsync<Result<store::RowTable>>(
        this, [auth, session, key, period] { return dashboard::DashboardService(*auth).rows(session, key, period, auth->nowMs()); },
        [this, key](const Result<store::RowTable>& r) {
            auto* dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("dashboardRows"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(dashboard::DashboardService::kpiTitle(key));
            auto* layout = new QVBoxLayout(dialog);
            if (!r) {
                layout->addWidget(new QLabel(r.error(), dialog));
            } else {
                const store::RowTable& t = r.value();
                auto* table = new QTableWidget(int(t.rows.size()), int(t.headers.size()), dialog);
                table->setObjectName(QStringLiteral("dashboardRowsTable"));
                table->setHorizontalHeaderLabels(t.headers);
                table->setEditTriggers(QAbstractItemView::NoEditTriggers);
                table->horizontalHeader()->setStretchLastSection(true);
                for (int i = 0; i < t.rows.size(); ++i) {
                    for (int c = 0; c < t.rows.at(i).size() && c < t.headers.size(); ++c)
                        table->setItem(i, c, new QTableWidgetItem(t.rows.at(i).at(c)));
                }
                table->resizeColumnsToContents();
                layout->addWidget(new QLabel(tr("%n row(s)", nullptr, int(t.rows.size())), dialog));
                layout->addWidget(table, 1);
                auto* exportButton = new QPushButton(tr("Export CSV…"), dialog);
                connect(exportButton, &QPushButton::clicked, dialog, [dialog, t] {
                    const QString path = QFileDialog::getSaveFileName(dialog, tr("Export rows"), QStringLiteral("rows.csv"), tr("CSV (*.csv)"));
                    if (path.isEmpty())
                        return;
                    QSaveFile f(path);
                    if (!f.open(QIODevice::WriteOnly))
                        return;
                    QStringList lines{CsvReader::formatLine(t.headers)};
                    for (const QStringList& row : t.rows)
                        lines.append(CsvReader::formatLine(row));
                    f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
                    (void)f.commit();
                });
                layout->addWidget(exportButton, 0, Qt::AlignLeft);
            }
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            dialog->resize(760, 480);
            dialog->show();
            Q_EMIT rowsShown(key, r ? int(r.value().rows.size()) : -1);
        });
}

void DashboardWidget::retranslate()
{
    m_title->setText(tr("Dashboard"));
    m_period->setItemText(0, tr("Last 7 days"));
    m_period->setItemText(1, tr("Last 30 days"));
    m_refresh->setText(tr("Refresh"));
    m_sentimentTitle->setText(tr("Sentiment by day (customer messages and reviews)"));
    m_funnelTitle->setText(tr("Marketing funnel: impression → click → conversion"));
    m_agentsTitle->setText(tr("Agents: presence and load"));
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Status"), tr("Conversations")});
    m_experimentsTitle->setText(tr("Experiments running"));
    if (m_data)
        apply();
}

void DashboardWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lx::ui
