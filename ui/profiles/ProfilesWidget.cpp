#include "profiles/ProfilesWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/Prompt.h"
#include "models/ProfileTableModel.h"
#include "profiles/Layers.h"
#include "profiles/ProfileTagger.h"
#include "profiles/Records.h"
#include "tasks/Task.h"
#include "tasks/TaskRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <functional>

namespace lx::ui {

using profiles::Layers;

namespace {

constexpr qint64 kDayMs = profiles::Records::kDayMs;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString when(qint64 ms)
{
    return profiles::Records::chinaTime(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

const QStringList kDimensions = {QStringLiteral("platform"), QStringLiteral("gender"), QStringLiteral("age_band"),
                                 QStringLiteral("city_tier"), QStringLiteral("occupation"), QStringLiteral("value_tier"),
                                 QStringLiteral("attitude")};

// The tag-rules dialog: closing it with edits (Cancel, Escape, the window's close button) asks
// Save / Discard / Cancel instead of dropping them.
class TagRulesDialog final : public QDialog
{
public:
    using QDialog::QDialog;
    std::function<bool()> changed;

    void reject() override
    {
        if (!changed || !changed()) {
            QDialog::reject();
            return;
        }
        const auto answer = Prompt::unsaved(this, QCoreApplication::translate("lx::ui::ProfilesWidget", "Unsaved changes"),
                                            QCoreApplication::translate("lx::ui::ProfilesWidget",
                                                                        "The tag rules or city tiers have changes that are not saved yet."));
        if (answer == QMessageBox::Save)
            accept();
        else if (answer == QMessageBox::Discard)
            QDialog::reject();
    }
};

} // namespace

ProfilesWidget::ProfilesWidget(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_service(std::make_unique<profiles::ProfileService>(ctx.auth))
{
    setObjectName(QStringLiteral("profilesPanel"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Segment builder.
    auto* builder = new QGridLayout;
    int row = 0;
    for (const QString& d : kDimensions) {
        auto* label = new QLabel(this);
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("seg_") + d);
        builder->addWidget(label, row, 0);
        builder->addWidget(box, row, 1);
        m_dimensionLabels.append(label);
        m_dimensionBoxes.append({d, box});
        ++row;
    }
    m_vipLabel = new QLabel(this);
    m_vip = new QComboBox(this);
    m_vip->setObjectName(QStringLiteral("seg_vip"));
    builder->addWidget(m_vipLabel, row, 0);
    builder->addWidget(m_vip, row++, 1);
    m_consentLabel = new QLabel(this);
    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("seg_consent"));
    builder->addWidget(m_consentLabel, row, 0);
    builder->addWidget(m_consent, row++, 1);
    m_tagLabel = new QLabel(this);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("seg_tag"));
    m_tag->setEditable(true);
    builder->addWidget(m_tagLabel, row, 0);
    builder->addWidget(m_tag, row++, 1);
    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("segExpression"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("segApply"));
    m_apply->setDefault(true);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("segReset"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("segCount"));
    m_count->setWordWrap(true);
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_count->setFont(big);
    m_importProfiles = new QPushButton(this);
    m_importProfiles->setObjectName(QStringLiteral("importProfiles"));
    m_importEvents = new QPushButton(this);
    m_importEvents->setObjectName(QStringLiteral("importEvents"));
    const bool canImport = m_ctx.session.can(auth::Permission::ImportData);
    m_importProfiles->setVisible(canImport);
    m_importEvents->setVisible(canImport);
    m_rules = new QPushButton(this);
    m_rules->setObjectName(QStringLiteral("editRules"));
    m_rules->setVisible(canImport);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(builder);
    leftLayout->addWidget(m_expression);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reset);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_count);
    leftLayout->addStretch(1);
    leftLayout->addWidget(m_importProfiles);
    leftLayout->addWidget(m_importEvents);
    leftLayout->addWidget(m_rules);
    left->setMinimumWidth(230);
    left->setMaximumWidth(340);

    // Table of the segment's users.
    m_model = new models::ProfileTableModel(*m_service, m_ctx.session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("profilesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->resizeSection(models::ProfileTableModel::UserColumn, 170);

    // Funnel for the segment.
    auto* funnel = new QWidget(this);
    auto* funnelLayout = new QVBoxLayout(funnel);
    auto* funnelBar = new QHBoxLayout;
    m_funnelKind = new QComboBox(funnel);
    m_funnelKind->setObjectName(QStringLiteral("funnelKind"));
    // Sized to a fixed number of characters, not to its longest item: adjusting to contents made
    // the window widen itself when the tab opened (issue 23 #9). The full steps are in the tooltip.
    m_funnelKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_funnelKind->setMinimumContentsLength(18);
    connect(m_funnelKind, &QComboBox::currentIndexChanged, this,
            [this](int) { m_funnelKind->setToolTip(m_funnelKind->currentText()); });
    m_fromLabel = new QLabel(funnel);
    m_toLabel = new QLabel(funnel);
    m_windowLabel = new QLabel(funnel);
    const QDate today = profiles::Records::chinaTime(m_ctx.auth.nowMs()).date();
    m_from = new QDateEdit(today.addDays(-29), funnel);
    m_from->setObjectName(QStringLiteral("funnelFrom"));
    m_to = new QDateEdit(today, funnel);
    m_to->setObjectName(QStringLiteral("funnelTo"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_window = new QSpinBox(funnel);
    m_window->setObjectName(QStringLiteral("funnelWindow"));
    m_window->setRange(1, 365);
    m_window->setValue(7);
    m_runFunnel = new QPushButton(funnel);
    m_runFunnel->setObjectName(QStringLiteral("funnelRun"));
    // Two rows, so that the tab's minimum width (the widest of its pages) does not push the
    // window wider than the screen it was opened on (issue 23 #9).
    funnelBar->addWidget(m_funnelKind, 1);
    funnelBar->addWidget(m_runFunnel);
    auto* funnelDates = new QHBoxLayout;
    funnelDates->addWidget(m_fromLabel);
    funnelDates->addWidget(m_from);
    funnelDates->addWidget(m_toLabel);
    funnelDates->addWidget(m_to);
    funnelDates->addWidget(m_windowLabel);
    funnelDates->addWidget(m_window);
    funnelDates->addStretch(1);
    m_chart = new QCustomPlot(funnel);
    m_chart->setObjectName(QStringLiteral("funnelChart"));
    m_chart->setMinimumHeight(260);
    m_funnelNote = new QLabel(funnel);
    m_funnelNote->setObjectName(QStringLiteral("funnelNote"));
    m_funnelNote->setWordWrap(true);
    funnelLayout->addLayout(funnelBar);
    funnelLayout->addLayout(funnelDates);
    funnelLayout->addWidget(m_chart, 1);
    funnelLayout->addWidget(m_funnelNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profilesTabs"));
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(funnel, QString());

    m_card = new QTextBrowser(this);
    m_card->setObjectName(QStringLiteral("profileCard"));
    m_card->setOpenLinks(false);
    m_card->setMinimumWidth(260);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    // The expression follows the builder (and can be edited by hand before Count).
    const auto follow = [this] {
        if (!m_building)
            m_expression->setText(expression());
    };
    for (const auto& [key, box] : std::as_const(m_dimensionBoxes))
        connect(box, &QComboBox::currentIndexChanged, this, follow);
    for (QComboBox* box : {m_vip, m_consent})
        connect(box, &QComboBox::currentIndexChanged, this, follow);
    connect(m_tag, &QComboBox::currentTextChanged, this, follow);
    connect(m_apply, &QPushButton::clicked, this, &ProfilesWidget::applySegment);
    connect(m_expression, &QLineEdit::returnPressed, this, &ProfilesWidget::applySegment);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_building = true;
        for (const auto& [key, box] : std::as_const(m_dimensionBoxes))
            box->setCurrentIndex(0);
        m_vip->setCurrentIndex(0);
        m_consent->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_building = false;
        m_expression->setText(expression());
        applySegment();
    });
    connect(m_model, &models::ProfileTableModel::countReady, this, [this](qint64 n, double ms) {
        m_lastCount = n;
        m_lastCountMs = ms;
        retranslate();
        Q_EMIT segmentCounted(n);
        if (n > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    connect(m_model, &models::ProfileTableModel::failed, this, [this](const QString& reason) {
        m_count->setText(reason);
    });
    // The selected row's page may arrive after the selection: show its card then.
    connect(m_model, &models::ProfileTableModel::pageLoaded, this, [this](int page) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() / models::ProfileTableModel::kPageSize == page)
            showProfile(m_model->profileId(current.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            showProfile(m_model->profileId(current.row()));
    });
    connect(m_funnelKind, &QComboBox::currentIndexChanged, this, [this](int i) {
        const auto funnels = profiles::ProfileService::standardFunnels();
        if (i >= 0 && i < funnels.size())
            m_window->setValue(int(profiles::ProfileService::defaultWindowMs(funnels.at(i).second) / kDayMs));
    });
    connect(m_runFunnel, &QPushButton::clicked, this, &ProfilesWidget::runFunnel);
    connect(m_importProfiles, &QPushButton::clicked, this, [this] { importFile(false); });
    connect(m_importEvents, &QPushButton::clicked, this, [this] { importFile(true); });
    connect(m_rules, &QPushButton::clicked, this, &ProfilesWidget::editRules);

    retranslate();
    fillCombos();
    applySegment();
}

ProfilesWidget::~ProfilesWidget()
{
    // m_service is a member and dies before the child model and watchers that borrow it.
    waitForPendingWork(this);
}

void ProfilesWidget::fillCombos()
{
    m_building = true;
    for (const auto& [key, box] : std::as_const(m_dimensionBoxes)) {
        const int keep = box->currentIndex();
        box->clear();
        box->addItem(tr("Any"), QString());
        const profiles::Dimension* d = Layers::dimension(key);
        for (const QString& v : d->values)
            box->addItem(Layers::label(key, v), v);
        box->setCurrentIndex(qMax(0, keep));
    }
    int keep = m_vip->currentIndex();
    m_vip->clear();
    m_vip->addItem(tr("Any"), QString());
    m_vip->addItem(tr("VIP only"), QStringLiteral("true"));
    m_vip->addItem(tr("Not VIP"), QStringLiteral("false"));
    m_vip->setCurrentIndex(qMax(0, keep));
    keep = m_consent->currentIndex();
    m_consent->clear();
    m_consent->addItem(tr("Any (not for sending)"), QString());
    for (const QString& p : Layers::purposes())
        m_consent->addItem(tr("Consented: %1").arg(Layers::purposeLabel(p)), p);
    m_consent->setCurrentIndex(qMax(0, keep));
    const QString tagText = m_tag->currentText();
    m_tag->clear();
    m_tag->addItem(QString());
    auto tags = m_service->tags(m_ctx.session);
    if (tags) {
        for (const QString& t : tags.value())
            m_tag->addItem(profiles::ProfileTagger::tagLabel(t), t);
    }
    m_tag->setEditText(tagText);
    m_building = false;
}

QString ProfilesWidget::expression() const
{
    QStringList clauses;
    for (const auto& [key, box] : m_dimensionBoxes) {
        const QString v = box->currentData().toString();
        if (!v.isEmpty())
            clauses.append(key + QLatin1Char('=') + v);
    }
    if (!m_vip->currentData().toString().isEmpty())
        clauses.append(QStringLiteral("vip=") + m_vip->currentData().toString());
    if (!m_consent->currentData().toString().isEmpty())
        clauses.append(QStringLiteral("consent=") + m_consent->currentData().toString());
    QString tag = m_tag->currentData().toString();
    if (tag.isEmpty() || m_tag->currentText() != m_tag->itemText(m_tag->currentIndex()))
        tag = m_tag->currentText().trimmed();
    if (!tag.isEmpty())
        clauses.append(QStringLiteral("tag=") + tag);
    return clauses.join(QStringLiteral(" and "));
}

void ProfilesWidget::applySegment()
{
    auto segment = profiles::Segment::parse(m_expression->text());
    if (!segment) {
        m_count->setText(segment.error());
        return;
    }
    m_lastCount = -1;
    m_count->setText(tr("Counting…"));
    m_card->clear();
    m_shownId = 0;
    m_model->setSegment(segment.value());
    // A funnel counted for another segment says so instead of passing for this one's.
    if (!m_funnel.isEmpty() && m_funnelSegment != m_expression->text().trimmed()) {
        m_funnelStale = true;
        drawFunnel();
    } else if (m_funnelStale && m_funnelSegment == m_expression->text().trimmed()) {
        m_funnelStale = false;
        drawFunnel();
    }
}

void ProfilesWidget::showProfile(qint64 profileId)
{
    if (profileId <= 0 || profileId == m_shownId)
        return;
    m_shownId = profileId;
    auto* service = m_service.get();
    const auth::Session session = m_ctx.session;
    runAsync<Result<profiles::ProfileCard>>(
        this, [service, session, profileId] { return service->card(session, profileId, 50); },
        [this, profileId](const Result<profiles::ProfileCard>& card) {
            if (profileId == m_shownId)
                showCard(card);
        });
}

void ProfilesWidget::showCard(const Result<profiles::ProfileCard>& card)
{
    if (!card) {
        m_card->setPlainText(card.error());
        return;
    }
    const profiles::ProfileCard& c = card.value();
    const store::ProfileRow& p = c.profile;
    QString html = QStringLiteral("<h3>%1 · %2</h3>").arg(esc(Layers::label(QStringLiteral("platform"), p.platform)), esc(p.platformUserId));
    QStringList ids;
    if (!p.nameMasked.isEmpty())
        ids.append(esc(p.nameMasked));
    if (!p.phoneMasked.isEmpty())
        ids.append(esc(p.phoneMasked));
    if (!p.city.isEmpty())
        ids.append(esc(p.city));
    if (p.vip)
        ids.append(QStringLiteral("<b>VIP</b>"));
    html += QStringLiteral("<p>%1</p>").arg(ids.join(QStringLiteral(" · ")));
    html += QStringLiteral("<h4>%1</h4><table cellspacing=4>").arg(tr("Layers"));
    for (const auto& l : c.layers)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2<br><span style='color:#666'>%3</span></td></tr>")
                    .arg(esc(Layers::dimensionLabel(l.dimension)), esc(Layers::label(l.dimension, l.value)), esc(l.reason));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Tags"));
    QStringList tagRows;
    for (const auto& t : c.tags)
        if (t.kind != QLatin1String("value") && t.kind != QLatin1String("attitude"))
            tagRows.append(QStringLiteral("<li><b>%1</b> — <span style='color:#666'>%2</span></li>")
                               .arg(esc(profiles::ProfileTagger::tagLabel(t.tag)), esc(t.reason)));
    html += tagRows.isEmpty() ? QStringLiteral("<p style='color:#666'>%1</p>")
                                    .arg(profiles::ProfileTagger::mayProfile(c.consentBits, c.minor)
                                             ? tr("No behaviour tag applies yet.")
                                             : tr("No consent to profiling: no behaviour tags."))
                              : QStringLiteral("<ul>%1</ul>").arg(tagRows.join(QString()));
    html += QStringLiteral("<h4>%1</h4><table cellspacing=4>").arg(tr("Consent"));
    for (const QString& purpose : Layers::purposes()) {
        QString detail;
        for (const auto& cr : c.consents)
            if (cr.purpose == purpose)
                detail = tr("%1 on %2 via %3").arg(cr.granted ? tr("granted") : tr("withdrawn"), when(cr.timeMs), esc(cr.source));
        const bool on = c.consentBits & Layers::purposeBit(purpose);
        html += QStringLiteral("<tr><td>%1</td><td style='color:%2'><b>%3</b></td><td style='color:#666'>%4</td></tr>")
                    .arg(esc(Layers::purposeLabel(purpose)), on ? QStringLiteral("#1b7a36") : QStringLiteral("#a33"),
                         on ? tr("yes") : tr("no"), detail.isEmpty() ? tr("never given") : detail);
    }
    html += QStringLiteral("</table>");
    if (c.minor)
        html += QStringLiteral("<p style='color:#a33'>%1</p>").arg(tr("Under 14: sensitive personal information; selectable only with the separate consent."));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Events (%n in all)", nullptr, int(c.eventCount)));
    if (c.events.isEmpty()) {
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("No events recorded."));
    } else {
        html += QStringLiteral("<table cellspacing=3>");
        for (const auto& e : c.events) {
            QStringList what;
            if (!e.contentId.isEmpty())
                what.append(esc(e.contentId));
            if (!e.brand.isEmpty())
                what.append(esc(e.brand));
            if (e.amount)
                what.append(QLocale().toCurrencyString(*e.amount, QStringLiteral("¥")));
            if (!e.tags.isEmpty())
                what.append(esc(e.tags));
            if (e.sentiment > 0)
                what.append(esc(Layers::label(QStringLiteral("attitude"), Layers::value(QStringLiteral("attitude"), e.sentiment))));
            html += QStringLiteral("<tr><td style='color:#666'>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                        .arg(when(e.timeMs), esc(profiles::Records::eventTypeLabel(profiles::Records::eventType(e.type))),
                             what.join(QStringLiteral(" · ")));
        }
        html += QStringLiteral("</table>");
    }
    m_card->setHtml(html);
    Q_EMIT cardShown();
}

void ProfilesWidget::runFunnel()
{
    const auto funnels = profiles::ProfileService::standardFunnels();
    const int i = qBound(0, m_funnelKind->currentIndex(), int(funnels.size()) - 1);
    const QStringList steps = funnels.at(i).second;
    auto segment = profiles::Segment::parse(m_expression->text());
    if (!segment) {
        m_funnelNote->setText(segment.error());
        return;
    }
    const qint64 from = profiles::Records::startOfDay(m_from->date());
    const qint64 to = profiles::Records::endOfDay(m_to->date());
    const qint64 window = qint64(m_window->value()) * kDayMs;
    const QString counted = m_expression->text().trimmed();
    m_runFunnel->setEnabled(false);
    m_funnelNote->setText(tr("Counting…"));
    auto* service = m_service.get();
    const auth::Session session = m_ctx.session;
    const profiles::Segment seg = segment.value();
    runAsync<Result<profiles::FunnelResult>>(
        this, [service, session, steps, from, to, window, seg] { return service->funnel(session, steps, from, to, window, seg); },
        [this, counted](const Result<profiles::FunnelResult>& r) {
            m_runFunnel->setEnabled(true);
            if (!r) {
                m_funnelNote->setText(r.error());
                return;
            }
            m_funnel = r.value().steps;
            m_funnelSegment = counted;
            m_funnelStale = false;
            drawFunnel();
            Q_EMIT funnelShown();
        });
}

void ProfilesWidget::drawFunnel()
{
    m_chart->clearPlottables();
    m_chart->clearItems();
    if (m_funnel.isEmpty()) {
        m_chart->replot();
        return;
    }
    auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    bars->setBrush(m_funnelStale ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x3b, 0x7d, 0xd8));
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.6);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    QStringList lines;
    for (int k = 0; k < m_funnel.size(); ++k) {
        const auto& s = m_funnel.at(k);
        bars->addData(k + 1, double(s.users));
        ticker->addTick(k + 1, profiles::Records::eventTypeLabel(s.type));
        top = qMax(top, double(s.users));
        auto* label = new QCPItemText(m_chart);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(k + 1, double(s.users));
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        // Count, and the share of the step before (the note under the chart gives both rates).
        label->setText(k == 0 ? QLocale().toString(s.users)
                              : QStringLiteral("%1\n%2 %").arg(QLocale().toString(s.users)).arg(s.rateFromPrevious * 100, 0, 'f', 1));
        const QString step = profiles::Records::eventTypeLabel(s.type);
        lines.append(k == 0 ? tr("%1: %2 users").arg(step).arg(s.users)
                            : tr("%1: %2 users, %3 % of the step before, %4 % of the first")
                                  .arg(step)
                                  .arg(s.users)
                                  .arg(s.rateFromPrevious * 100, 0, 'f', 1)
                                  .arg(s.rateFromFirst * 100, 0, 'f', 1));
    }
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, m_funnel.size() + 0.6);
    m_chart->yAxis->setRange(0, top > 0 ? top * 1.25 : 1);
    m_chart->yAxis->setLabel(tr("Users"));
    m_chart->replot();
    QString note = lines.join(tr("; ")) + tr(". ")
        + tr("A user counts at a step when they did it after the step before, within %n day(s) of the first step.",
             nullptr, m_window->value());
    if (m_funnelStale)
        note = tr("Out of date: counted for the segment “%1”, not the one now chosen; Show funnel counts it again.")
                   .arg(m_funnelSegment.isEmpty() ? tr("everyone") : m_funnelSegment)
            + QLatin1Char(' ') + note;
    m_funnelNote->setStyleSheet(m_funnelStale ? QStringLiteral("color: #8a5a00;") : QString());
    m_funnelNote->setText(note);
}

void ProfilesWidget::applyRules(const QByteArray& rulesJson, const QByteArray& cityCsv)
{
    profiles::ProfileService* service = m_service.get();
    const auth::Session session = m_ctx.session;
    m_rules->setEnabled(false);
    m_count->setText(tr("Checking the rules and tagging every user again…"));
    runAsync<Status>(
        this,
        [service, session, rulesJson, cityCsv]() -> Status {
            if (!cityCsv.isEmpty()) {
                if (auto st = service->setCityTable(session, cityCsv); !st)
                    return Status::failure(tr("City tiers: %1").arg(st.error()));
            }
            if (!rulesJson.isEmpty()) {
                if (auto st = service->setRules(session, rulesJson); !st)
                    return Status::failure(tr("Tag rules: %1").arg(st.error()));
            }
            return Status::success();
        },
        [this](const Status& st) {
            m_rules->setEnabled(true);
            const QString message = st ? tr("Rules saved; every user was tagged again.") : st.error();
            m_count->setText(message);
            Q_EMIT rulesApplied(st.ok(), message);
            if (st)
                applySegment();
        });
}

void ProfilesWidget::editRules()
{
    auto rules = m_service->rules(m_ctx.session);
    auto cities = m_service->cityTable(m_ctx.session);
    if (!rules || !cities) {
        m_count->setText(!rules ? rules.error() : cities.error());
        return;
    }
    TagRulesDialog dialog(this);
    dialog.setObjectName(QStringLiteral("tagRulesDialog"));
    dialog.setWindowTitle(tr("Tag rules and city tiers"));
    auto* tabs = new QTabWidget(&dialog);
    auto* rulesEdit = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(rules.value()).toJson(QJsonDocument::Indented)), tabs);
    rulesEdit->setObjectName(QStringLiteral("rulesJson"));
    auto* citiesEdit = new QPlainTextEdit(QString::fromUtf8(cities.value()), tabs);
    citiesEdit->setObjectName(QStringLiteral("cityCsv"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    rulesEdit->setFont(mono);
    citiesEdit->setFont(mono);
    tabs->addTab(rulesEdit, tr("Tag rules (JSON)"));
    tabs->addTab(citiesEdit, tr("City tiers (CSV)"));
    auto* hint = new QLabel(tr("Both are checked whole before anything changes; a bad row is named by its line. Saving tags every user again."),
                            &dialog);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 560);
    const QString rulesBefore = rulesEdit->toPlainText();
    const QString citiesBefore = citiesEdit->toPlainText();
    dialog.changed = [&] { return rulesEdit->toPlainText() != rulesBefore || citiesEdit->toPlainText() != citiesBefore; };
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QByteArray newRules = rulesEdit->toPlainText() == rulesBefore ? QByteArray() : rulesEdit->toPlainText().toUtf8();
    const QByteArray newCities = citiesEdit->toPlainText() == citiesBefore ? QByteArray() : citiesEdit->toPlainText().toUtf8();
    if (newRules.isEmpty() && newCities.isEmpty())
        return;
    applyRules(newRules, newCities);
}

void ProfilesWidget::importFile(bool events)
{
    const QString path = QFileDialog::getOpenFileName(this, events ? tr("Import events") : tr("Import profiles"), QString(),
                                                      tr("Profile data (*.jsonl *.json *.csv *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    auto* service = m_service.get();
    const auth::Session session = m_ctx.session;
    auto report = std::make_shared<Result<profiles::ImportReport>>(Status::failure(QString()));
    auto* task = new tasks::Task(events ? tr("Importing events from %1").arg(QFileInfo(path).fileName())
                                        : tr("Importing profiles from %1").arg(QFileInfo(path).fileName()),
                                 [service, session, path, events, report](tasks::Task& t) -> Status {
                                     *report = events ? service->importEvents(session, path, {}, &t)
                                                      : service->importProfiles(session, path, {}, &t);
                                     return report->status();
                                 });
    connect(task, &tasks::Task::finished, this, [this, report] {
        if (!*report) {
            QMessageBox::warning(this, tr("Import"), report->error());
            return;
        }
        const auto& r = report->value();
        QString text = tr("Read %1 record(s): %2 new, %3 updated, %4 unchanged, %5 rejected.")
                           .arg(r.read)
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.unchanged)
                           .arg(r.rejected);
        if (r.cancelled)
            text += QLatin1Char(' ') + tr("Cancelled: the batches before the cancel are kept.");
        QStringList first;
        for (const auto& rej : r.firstRejects.mid(0, 8))
            first.append(QStringLiteral("%1: %2").arg(rej.where.isEmpty() ? tr("line %1").arg(rej.line) : rej.where, rej.reason));
        if (!first.isEmpty())
            text += QStringLiteral("\n\n") + first.join(QLatin1Char('\n'));
        if (!r.rejectReport.isEmpty())
            text += QStringLiteral("\n\n") + tr("Every rejected record is listed in %1").arg(r.rejectReport);
        QMessageBox::information(this, tr("Import"), text);
        fillCombos();
        applySegment();
    });
    m_ctx.tasks.start(task);
}

void ProfilesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillCombos();
        drawFunnel();
        // The card is built from translated headings and the core's reasons: read it again.
        if (const qint64 shown = m_shownId) {
            m_shownId = 0;
            showProfile(shown);
        }
    }
    QWidget::changeEvent(event);
}

void ProfilesWidget::retranslate()
{
    m_intro->setText(tr("Build a segment from layers, tags, value tier, consent and attitude. Marketers see masked data "
                        "only; choose a consent before using a segment for messages or experiments."));
    for (int i = 0; i < m_dimensionBoxes.size(); ++i)
        m_dimensionLabels.at(i)->setText(Layers::dimensionLabel(m_dimensionBoxes.at(i).first));
    m_vipLabel->setText(tr("VIP"));
    m_consentLabel->setText(tr("Consent"));
    m_tagLabel->setText(tr("Tag"));
    m_expression->setPlaceholderText(tr("Segment expression, e.g. age_band=25-34 and consent=marketing"));
    m_apply->setText(tr("Count"));
    m_reset->setText(tr("Everyone"));
    m_importProfiles->setText(tr("Import profiles…"));
    m_importEvents->setText(tr("Import events…"));
    m_rules->setText(tr("Tag rules and city tiers…"));
    if (m_lastCount >= 0)
        m_count->setText(tr("%1 user(s)").arg(QLocale().toString(m_lastCount)) + QLatin1Char('\n')
                         + tr("counted in %1 ms").arg(m_lastCountMs, 0, 'f', 0));
    m_tabs->setTabText(0, tr("Users"));
    m_tabs->setTabText(1, tr("Funnel"));
    const int kind = m_funnelKind->currentIndex();
    m_funnelKind->clear();
    for (const auto& f : profiles::ProfileService::standardFunnels()) {
        QStringList steps;
        for (const QString& type : f.second)
            steps.append(profiles::Records::eventTypeLabel(type));
        m_funnelKind->addItem(QStringLiteral("%1: %2").arg(f.first, steps.join(QStringLiteral(" → "))));
        m_funnelKind->setItemData(m_funnelKind->count() - 1, m_funnelKind->itemText(m_funnelKind->count() - 1), Qt::ToolTipRole);
    }
    m_funnelKind->setCurrentIndex(qMax(0, kind));
    m_funnelKind->setToolTip(m_funnelKind->currentText());
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_windowLabel->setText(tr("Window (days)"));
    m_runFunnel->setText(tr("Show funnel"));
}

} // namespace lx::ui
