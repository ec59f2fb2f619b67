#include "templates/DialogueFlowWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "content/TemplateRenderer.h"
#include "desk/DeskService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
enum Column { Sentiment, Keywords, Default, Says };

const QStringList& sentimentKeys()
{
    static const QStringList keys = {QString(), QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")};
    return keys;
}

QString sentimentTitle(const QString& key)
{
    if (key == QLatin1String("positive"))
        return DialogueFlowWidget::tr("positive");
    if (key == QLatin1String("neutral"))
        return DialogueFlowWidget::tr("neutral");
    if (key == QLatin1String("negative"))
        return DialogueFlowWidget::tr("negative");
    return DialogueFlowWidget::tr("any");
}

} // namespace

DialogueFlowWidget::DialogueFlowWidget(UiContext& context, QWidget* parent)
    : QWidget(parent), m_ctx(context), m_canEdit(context.session.can(auth::Permission::EditScripts))
{
    setObjectName(QStringLiteral("dialoguePanel"));

    m_flowLabel = new QLabel(this);
    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("dialogueFlow"));
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dialogueName"));
    m_newFlow = new QPushButton(this);
    m_newFlow->setObjectName(QStringLiteral("dialogueNewFlow"));
    m_bot = new QCheckBox(this);
    m_bot->setObjectName(QStringLiteral("dialogueBot"));
    auto* top = new QHBoxLayout();
    top->addWidget(m_flowLabel);
    top->addWidget(m_flow, 2);
    top->addWidget(m_nameLabel);
    top->addWidget(m_name, 2);
    top->addWidget(m_newFlow);
    top->addSpacing(12);
    top->addWidget(m_bot);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* rounds = new QWidget(this);
    auto* rl = new QVBoxLayout(rounds);
    rl->setContentsMargins(0, 0, 0, 0);
    for (int r = 0; r < 3; ++r) {
        m_roundBox[r] = new QGroupBox(this);
        auto* table = new QTableWidget(0, 4, this);
        table->setObjectName(QStringLiteral("dialogueRound%1").arg(r + 1));
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(Sentiment, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(Keywords, QHeaderView::Interactive);
        table->horizontalHeader()->setSectionResizeMode(Default, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(Says, QHeaderView::Stretch);
        table->setColumnWidth(Keywords, 150);
        table->setWordWrap(true);
        // Two lines of text a row: room for a wrapped line without the combo boxes growing tall.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 2 + 12);
        if (!m_canEdit)
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_round[r] = table;
        auto* box = new QVBoxLayout(m_roundBox[r]);
        box->addWidget(table, 1);
        if (r == 0) {
            // Round 1 opens: one line, no conditions.
            table->setColumnHidden(Sentiment, true);
            table->setColumnHidden(Keywords, true);
            table->setColumnHidden(Default, true);
            table->horizontalHeader()->hide();
            table->setFixedHeight(table->fontMetrics().height() * 2 + 18);
        } else {
            auto* buttons = new QHBoxLayout();
            m_rowAdd[r] = new QPushButton(this);
            m_rowAdd[r]->setObjectName(QStringLiteral("dialogueAdd%1").arg(r + 1));
            m_rowRemove[r] = new QPushButton(this);
            m_rowUp[r] = new QPushButton(QStringLiteral("↑"), this);
            m_rowDown[r] = new QPushButton(QStringLiteral("↓"), this);
            m_rowUp[r]->setMaximumWidth(40);
            m_rowDown[r]->setMaximumWidth(40);
            for (QPushButton* b : {m_rowAdd[r], m_rowRemove[r], m_rowUp[r], m_rowDown[r]}) {
                buttons->addWidget(b);
                b->setVisible(m_canEdit);
            }
            buttons->addStretch();
            box->addLayout(buttons);
            connect(m_rowAdd[r], &QPushButton::clicked, this, [this, r] { addLine(r + 1, QString(), QString(), QString()); });
            connect(m_rowRemove[r], &QPushButton::clicked, this, [this, r] {
                const int row = m_round[r]->currentRow();
                if (row < 0)
                    return;
                content::DialogueRound data = readRound(r + 1);
                data.branches.removeAt(row);
                fillRound(r + 1, data);
            });
            connect(m_rowUp[r], &QPushButton::clicked, this, [this, r] { moveRow(r + 1, -1); });
            connect(m_rowDown[r], &QPushButton::clicked, this, [this, r] { moveRow(r + 1, +1); });
        }
        rl->addWidget(m_roundBox[r], r == 0 ? 0 : 1);
    }

    // Rehearsal: two answers, the three lines the bot would say.
    m_tryBox = new QGroupBox(this);
    auto* tl = new QGridLayout(m_tryBox);
    for (int i = 0; i < 2; ++i) {
        m_answerLabel[i] = new QLabel(this);
        m_answer[i] = new QLineEdit(this);
        m_answer[i]->setObjectName(QStringLiteral("dialogueAnswer%1").arg(i + 1));
        m_answerSentiment[i] = new QComboBox(this);
        m_answerSentiment[i]->setObjectName(QStringLiteral("dialogueAnswerSentiment%1").arg(i + 1));
        for (const QString& k : sentimentKeys())
            m_answerSentiment[i]->addItem(QString(), k);
        m_answerSentiment[i]->setCurrentIndex(2); // neutral
        tl->addWidget(m_answerLabel[i], i, 0);
        tl->addWidget(m_answer[i], i, 1);
        tl->addWidget(m_answerSentiment[i], i, 2);
        connect(m_answer[i], &QLineEdit::returnPressed, this, &DialogueFlowWidget::rehearse);
    }
    m_rehearse = new QPushButton(this);
    m_rehearse->setObjectName(QStringLiteral("dialogueRehearse"));
    tl->addWidget(m_rehearse, 2, 2);
    m_transcript = new QTextBrowser(this);
    m_transcript->setObjectName(QStringLiteral("dialogueTranscript"));
    tl->addWidget(m_transcript, 3, 0, 1, 3);
    tl->setColumnStretch(1, 1);
    tl->setRowStretch(3, 1);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("dialogueSave"));
    m_save->setVisible(m_canEdit);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("dialogueResult"));
    m_result->setWordWrap(true);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_save);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rounds);
    split->addWidget(m_tryBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 460});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_help);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_newFlow, m_bot})
        w->setEnabled(m_canEdit);
    connect(m_flow, &QComboBox::currentIndexChanged, this, [this](int i) {
        storeFlow();
        showFlow(i);
    });
    connect(m_newFlow, &QPushButton::clicked, this, [this] {
        storeFlow();
        content::DialogueFlow f = m_current >= 0 ? m_settings.flows.at(m_current) : content::DialogueFlow::builtin().value(0);
        int n = int(m_settings.flows.size()) + 1;
        QStringList ids;
        for (const auto& existing : std::as_const(m_settings.flows))
            ids << existing.id;
        while (ids.contains(QStringLiteral("flow%1").arg(n)))
            ++n;
        f.id = QStringLiteral("flow%1").arg(n);
        f.name = tr("New flow %1").arg(n);
        m_settings.flows.append(f);
        m_flow->addItem(f.name);
        m_flow->setCurrentIndex(m_flow->count() - 1);
    });
    connect(m_rehearse, &QPushButton::clicked, this, &DialogueFlowWidget::rehearse);
    connect(m_save, &QPushButton::clicked, this, &DialogueFlowWidget::save);

    retranslate();
    reload();
}

DialogueFlowWidget::~DialogueFlowWidget() = default;

void DialogueFlowWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DialogueFlowWidget::retranslate()
{
    m_flowLabel->setText(tr("Flow"));
    m_nameLabel->setText(tr("Name"));
    m_newFlow->setText(tr("New flow from this"));
    m_bot->setText(tr("The desk's bot follows this flow"));
    m_help->setText(tr("The bot answers a user's first message with round 1, the second with the first line of round 2 "
                       "whose conditions hold (sentiment and any of the keywords), the third likewise from round 3; each "
                       "round ends with a default line. After round 3, or when a person takes over, the scripts and "
                       "agents answer. {Variables} take the desk's reply values."));
    const QStringList titles = {tr("Round 1 — opening"), tr("Round 2 — follow-up by the answer"),
                                tr("Round 3 — solution or product")};
    for (int r = 0; r < 3; ++r) {
        m_roundBox[r]->setTitle(titles.at(r));
        m_round[r]->setHorizontalHeaderLabels({tr("Sentiment"), tr("Keywords (any)"), tr("Default"), tr("The bot says")});
        if (m_rowAdd[r]) {
            m_rowAdd[r]->setText(tr("Add line"));
            m_rowRemove[r]->setText(tr("Remove line"));
            m_rowUp[r]->setToolTip(tr("Earlier: tried before the lines below"));
            m_rowDown[r]->setToolTip(tr("Later"));
        }
        for (int row = 0; row < m_round[r]->rowCount(); ++row) {
            if (auto* combo = qobject_cast<QComboBox*>(m_round[r]->cellWidget(row, Sentiment))) {
                for (int i = 0; i < combo->count(); ++i)
                    combo->setItemText(i, sentimentTitle(combo->itemData(i).toString()));
            }
        }
    }
    m_tryBox->setTitle(tr("Rehearse"));
    m_answerLabel[0]->setText(tr("User's 2nd message"));
    m_answerLabel[1]->setText(tr("User's 3rd message"));
    m_answer[0]->setPlaceholderText(tr("e.g. 最近脸很干，还起皮"));
    m_answer[1]->setPlaceholderText(tr("e.g. 洗完脸会用保湿的"));
    for (QComboBox* combo : m_answerSentiment) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, sentimentTitle(combo->itemData(i).toString()));
    }
    m_rehearse->setText(tr("Rehearse"));
    m_save->setText(tr("Save flows"));
}

void DialogueFlowWidget::reload()
{
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    using Loaded = std::pair<Result<content::DialogueSettings>, QHash<QString, QString>>;
    runAsync<Loaded>(
        this,
        [a, s] {
            auto values = desk::DeskService(*a).replyValues();
            return Loaded{content::DialogueService(*a).settings(s), values ? values.value() : QHash<QString, QString>()};
        },
        [this](const Loaded& r) {
            if (!r.first) {
                m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
                m_result->setText(r.first.error());
                return;
            }
            m_settings = r.first.value();
            m_stored = content::DialogueFlow::toJson(m_settings.flows) + m_settings.botFlow.toUtf8();
            m_values = r.second;
            m_current = -1;
            {
                const QSignalBlocker block(m_flow);
                m_flow->clear();
                for (const auto& f : std::as_const(m_settings.flows))
                    m_flow->addItem(f.name);
            }
            int show = 0;
            for (int i = 0; i < m_settings.flows.size(); ++i)
                show = m_settings.flows.at(i).id == m_settings.botFlow ? i : show;
            m_flow->setCurrentIndex(show);
            showFlow(show);
            Q_EMIT loaded(int(m_settings.flows.size()));
        });
}

void DialogueFlowWidget::showFlow(int index)
{
    if (index < 0 || index >= m_settings.flows.size())
        return;
    m_current = index;
    const content::DialogueFlow& f = m_settings.flows.at(index);
    m_name->setText(f.name);
    m_bot->setChecked(f.id == m_settings.botFlow);
    for (int r = 0; r < 3; ++r)
        fillRound(r + 1, f.rounds.value(r));
    m_transcript->clear();
}

void DialogueFlowWidget::addRow(int round, const content::DialogueBranch& b, int at)
{
    QTableWidget* t = m_round[round - 1];
    const int row = at < 0 ? t->rowCount() : at;
    t->insertRow(row);
    auto* combo = new QComboBox(t);
    for (const QString& k : sentimentKeys())
        combo->addItem(sentimentTitle(k), k);
    combo->setCurrentIndex(qMax(0, combo->findData(b.sentiment)));
    combo->setEnabled(m_canEdit);
    t->setCellWidget(row, Sentiment, combo);
    t->setItem(row, Keywords, new QTableWidgetItem(b.keywords.join(QStringLiteral("、"))));
    auto* def = new QTableWidgetItem();
    def->setFlags(m_canEdit ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
    def->setCheckState(b.isDefault ? Qt::Checked : Qt::Unchecked);
    t->setItem(row, Default, def);
    t->setItem(row, Says, new QTableWidgetItem(b.say));
}

void DialogueFlowWidget::fillRound(int round, const content::DialogueRound& data)
{
    QTableWidget* t = m_round[round - 1];
    t->setRowCount(0);
    for (const content::DialogueBranch& b : data.branches)
        addRow(round, b);
}

content::DialogueRound DialogueFlowWidget::readRound(int round) const
{
    const QTableWidget* t = m_round[round - 1];
    content::DialogueRound out;
    for (int row = 0; row < t->rowCount(); ++row) {
        content::DialogueBranch b;
        if (round == 1) {
            b.isDefault = true;
        } else {
            if (auto* combo = qobject_cast<QComboBox*>(t->cellWidget(row, Sentiment)))
                b.sentiment = combo->currentData().toString();
            const QString kw = t->item(row, Keywords) ? t->item(row, Keywords)->text() : QString();
            for (const QString& k : kw.split(QRegularExpression(QStringLiteral("[,，、;；\\s]+")), Qt::SkipEmptyParts))
                b.keywords << k;
            b.isDefault = t->item(row, Default) && t->item(row, Default)->checkState() == Qt::Checked;
        }
        b.say = t->item(row, Says) ? t->item(row, Says)->text().trimmed() : QString();
        out.branches.append(b);
    }
    return out;
}

void DialogueFlowWidget::moveRow(int round, int delta)
{
    const int row = m_round[round - 1]->currentRow();
    content::DialogueRound data = readRound(round);
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= data.branches.size())
        return;
    data.branches.swapItemsAt(row, to);
    fillRound(round, data);
    m_round[round - 1]->setCurrentCell(to, Says);
}

void DialogueFlowWidget::addLine(int round, const QString& sentiment, const QString& keywords, const QString& say)
{
    if (round < 2 || round > 3)
        return;
    content::DialogueBranch b;
    b.sentiment = sentiment;
    for (const QString& k : keywords.split(QRegularExpression(QStringLiteral("[,，、;；\\s]+")), Qt::SkipEmptyParts))
        b.keywords << k;
    b.say = say;
    // Before the default line, which has to stay last.
    QTableWidget* t = m_round[round - 1];
    int at = t->rowCount();
    if (at > 0 && t->item(at - 1, Default) && t->item(at - 1, Default)->checkState() == Qt::Checked)
        --at;
    addRow(round, b, at);
    t->setCurrentCell(at, Keywords);
}

void DialogueFlowWidget::storeFlow()
{
    if (m_current < 0 || m_current >= m_settings.flows.size())
        return;
    content::DialogueFlow& f = m_settings.flows[m_current];
    f.name = m_name->text().trimmed();
    f.rounds.clear();
    for (int r = 1; r <= 3; ++r)
        f.rounds.append(readRound(r));
    if (m_bot->isChecked())
        m_settings.botFlow = f.id;
    else if (m_settings.botFlow == f.id)
        m_settings.botFlow.clear();
    if (m_flow->itemText(m_current) != f.name)
        m_flow->setItemText(m_current, f.name);
}

bool DialogueFlowWidget::hasUnsavedChanges()
{
    if (!m_canEdit || m_current < 0)
        return false;
    storeFlow();
    return content::DialogueFlow::toJson(m_settings.flows) + m_settings.botFlow.toUtf8() != m_stored;
}

void DialogueFlowWidget::rehearse()
{
    storeFlow();
    if (m_current < 0)
        return;
    const content::DialogueFlow& f = m_settings.flows.at(m_current);
    QStringList lines;
    QString html;
    auto say = [&](int round, const QString& answer, const QString& sentiment) {
        auto step = f.step(round, answer, sentiment);
        if (!step) {
            html += QStringLiteral("<p style='color:#b3261e'>%1</p>").arg(step.error().toHtmlEscaped());
            lines << QString();
            return;
        }
        const QString text = content::TemplateRenderer::preview(step.value().say, m_values);
        lines << text;
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>(%2)</span><br>%3</p>")
                    .arg(tr("Bot, round %1").arg(round), step.value().reason.toHtmlEscaped(), text.toHtmlEscaped());
    };
    say(1, QString(), QString());
    for (int i = 0; i < 2; ++i) {
        const QString answer = m_answer[i]->text().trimmed();
        const QString sentiment = m_answerSentiment[i]->currentData().toString();
        html += QStringLiteral("<p style='color:#1565c0'><b>%1</b> <span style='color:gray'>(%2)</span><br>%3</p>")
                    .arg(tr("User"), sentimentTitle(sentiment), answer.isEmpty() ? tr("(no text)") : answer.toHtmlEscaped());
        say(i + 2, answer, sentiment);
    }
    m_transcript->setHtml(html);
    Q_EMIT rehearsed(lines);
}

void DialogueFlowWidget::save()
{
    storeFlow();
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    const QList<content::DialogueFlow> flows = m_settings.flows;
    const QString bot = m_settings.botFlow;
    const QByteArray saving = content::DialogueFlow::toJson(flows) + bot.toUtf8();
    m_save->setEnabled(false);
    runAsync<Status>(
        this, [a, s, flows, bot] { return content::DialogueService(*a).save(s, flows, bot); },
        [this, bot, saving](const Status& st) {
            m_save->setEnabled(true);
            if (st)
                m_stored = saving;
            QString botName = bot;
            for (const auto& f : std::as_const(m_settings.flows))
                botName = f.id == bot ? f.name : botName;
            m_result->setStyleSheet(st ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
            m_result->setText(!st              ? st.error()
                              : bot.isEmpty() ? tr("Saved. The bot answers from the scripts; no flow is followed.")
                                              : tr("Saved. The bot follows “%1” from the next new conversation.").arg(botName));
            Q_EMIT saved(bool(st));
        });
}

} // namespace lx::ui
