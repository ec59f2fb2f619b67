#include "lexicons/LexiconsWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "content/DefaultLexicons.h"
#include "text/LexiconMatcher.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lx::ui {

namespace {
constexpr int kDebounce_ms = 250;
const QColor kBad(0xb3, 0x26, 0x1e);
const QColor kGood(0x1b, 0x6e, 0x20);

void setResult(QLabel* label, bool ok, const QString& text)
{
    label->setStyleSheet(ok ? QStringLiteral("color: #1b6e20;") : QStringLiteral("color: #b3261e;"));
    label->setText(text);
}
} // namespace

LexiconsWidget::LexiconsWidget(UiContext& context, QWidget* parent) : QWidget(parent), m_ctx(context)
{
    setObjectName(QStringLiteral("lexiconsPanel"));
    m_matcher = std::make_shared<text::LexiconMatcher>();

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("lexiconTable"));
    m_table->setColumnCount(6);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_categoryLabel = new QLabel(this);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("lexiconCategory"));
    m_allow = new QCheckBox(this);
    m_allow->setObjectName(QStringLiteral("lexiconAllow"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("lexiconAdd"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("lexiconRemove"));
    m_remove->setEnabled(false);
    auto* row = new QHBoxLayout();
    row->addWidget(m_categoryLabel);
    row->addWidget(m_category, 1);
    row->addWidget(m_allow);
    row->addWidget(m_add);
    row->addStretch();
    row->addWidget(m_remove);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("lexiconResult"));
    m_result->setWordWrap(true);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("lexiconIssues"));
    m_issues->setMaximumHeight(110);
    m_issues->hide();

    auto* top = new QWidget(this);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(m_intro);
    tl->addWidget(m_table, 1);
    tl->addLayout(row);
    tl->addWidget(m_result);
    tl->addWidget(m_issues);

    m_tryLabel = new QLabel(this);
    m_tryLabel->setWordWrap(true);
    m_try = new QPlainTextEdit(this);
    m_try->setObjectName(QStringLiteral("lexiconTry"));
    m_hits = new QListWidget(this);
    m_hits->setObjectName(QStringLiteral("lexiconHits"));
    auto* bottom = new QWidget(this);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_tryLabel);
    auto* tryRow = new QHBoxLayout();
    tryRow->addWidget(m_try, 3);
    tryRow->addWidget(m_hits, 2);
    bl->addLayout(tryRow, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounce_ms);
    connect(m_debounce, &QTimer::timeout, this, &LexiconsWidget::tryText);
    connect(m_try, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a word list"), QString(),
                                                          tr("Word lists (*.txt *.csv);;All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &LexiconsWidget::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = m_table->currentRow();
        m_remove->setEnabled(r >= 0 && r < m_lists.size() && !m_lists.at(r).builtin);
    });

    retranslate();
    reload();
}

LexiconsWidget::~LexiconsWidget() = default;

void LexiconsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void LexiconsWidget::retranslate()
{
    m_intro->setText(tr("Every compliance check in this workspace (templates, scripts, agents' and the bot's replies) "
                        "uses the shipped lists and the workspace's own. A hit inside a word of an allow-list is "
                        "not reported. Changes apply at the next check; checks running meanwhile go on with the old lists."));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Kind"), tr("Words"), tr("From file"), tr("Added by"), tr("When")});
    m_categoryLabel->setText(tr("Category"));
    m_category->setPlaceholderText(tr("defaults to the file's name, e.g. brand_rivals"));
    m_allow->setText(tr("Allow-list"));
    m_allow->setToolTip(tr("Words that must not be reported even though they contain a listed word (e.g. 第一时间 next to 第一)"));
    m_add->setText(tr("Add from file…"));
    m_remove->setText(tr("Remove"));
    m_tryLabel->setText(tr("Try the lists: type or paste a text; the hits show with their category and position."));
    m_try->setPlaceholderText(tr("e.g. 全网第一的美白精华，加微信领取"));
}

void LexiconsWidget::reload()
{
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    runAsync<Result<QList<content::LexiconInfo>>>(
        this, [a, s] { return content::LexiconService(*a).list(s); },
        [this](const Result<QList<content::LexiconInfo>>& r) {
            if (!r) {
                setResult(m_result, false, r.error());
                return;
            }
            m_lists = r.value();
            m_table->setRowCount(int(m_lists.size()));
            for (int i = 0; i < m_lists.size(); ++i) {
                const content::LexiconInfo& l = m_lists.at(i);
                const QString kind = l.builtin ? (l.allow ? tr("allow-list (shipped)") : tr("word list (shipped)"))
                                               : l.allow ? tr("allow-list (workspace)") : tr("word list (workspace)");
                const QString title = content::DefaultLexicons::categoryTitle(l.category);
                const QStringList cells{title == l.category ? l.category : QStringLiteral("%1 (%2)").arg(title, l.category),
                                        kind,
                                        QLocale().toString(l.words),
                                        l.source,
                                        l.builtin ? QStringLiteral("Lingxi") : l.addedBy,
                                        l.timeMs ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.timeMs), QLocale::ShortFormat)
                                                 : QString()};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells.at(c));
                    if (c == 2)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (l.builtin)
                        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                    m_table->setItem(i, c, item);
                }
            }
            m_remove->setEnabled(false);
            reloadMatcher();
            Q_EMIT listed(int(m_lists.size()));
        });
}

void LexiconsWidget::reloadMatcher()
{
    auto matcher = m_matcher;
    store::Workspace* ws = &m_ctx.auth.workspace();
    runAsync<bool>(
        this,
        [matcher, ws] { return bool(content::LexiconService::loadInto(*ws, *matcher)); },
        [this](const bool&) { tryText(); });
}

void LexiconsWidget::addFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setResult(m_result, false, tr("Cannot read %1: %2").arg(path, f.errorString()));
        Q_EMIT added(false, 0, 0);
        return;
    }
    const QByteArray bytes = f.readAll();
    const QString category = m_category->text().trimmed().isEmpty() ? text::LexiconFile::categoryFromFileName(path)
                                                                     : m_category->text().trimmed();
    const bool allow = m_allow->isChecked();
    const QString source = QFileInfo(path).fileName();
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    m_add->setEnabled(false);
    runAsync<Result<content::LexiconAddReport>>(
        this, [a, s, category, bytes, source, allow] { return content::LexiconService(*a).add(s, category, bytes, source, allow); },
        [this, source](const Result<content::LexiconAddReport>& r) {
            m_add->setEnabled(true);
            m_issues->clear();
            if (!r) {
                setResult(m_result, false, r.error());
                m_issues->hide();
                Q_EMIT added(false, 0, 0);
                return;
            }
            const content::LexiconAddReport& rep = r.value();
            QString text = (rep.replaced ? tr("Replaced “%1”: %n word(s).", nullptr, rep.info.words)
                                         : tr("Added “%1”: %n word(s).", nullptr, rep.info.words))
                               .arg(rep.info.category);
            if (rep.duplicates)
                text += QLatin1Char(' ') + tr("%n duplicate(s) skipped.", nullptr, rep.duplicates);
            if (!rep.issues.isEmpty())
                text += QLatin1Char(' ') + tr("%n bad line(s) skipped:", nullptr, int(rep.issues.size()));
            setResult(m_result, true, text);
            for (const text::LineIssue& i : rep.issues) {
                auto* item = new QListWidgetItem(tr("%1, line %2: %3").arg(source).arg(i.line).arg(i.reason), m_issues);
                item->setForeground(kBad);
            }
            m_issues->setVisible(!rep.issues.isEmpty());
            m_category->clear();
            reload();
            Q_EMIT added(true, rep.info.words, int(rep.issues.size()));
        });
}

void LexiconsWidget::removeSelected()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_lists.size() || m_lists.at(r).builtin)
        return;
    const QString category = m_lists.at(r).category;
    auth::AuthService* a = &m_ctx.auth;
    const auth::Session s = m_ctx.session;
    runAsync<Status>(
        this, [a, s, category] { return content::LexiconService(*a).remove(s, category); },
        [this, category](const Status& st) {
            setResult(m_result, bool(st), st ? tr("Removed “%1”.").arg(category) : st.error());
            m_issues->hide();
            if (st)
                reload();
            Q_EMIT removed(bool(st));
        });
}

void LexiconsWidget::tryText()
{
    m_hits->clear();
    const QString text = m_try->toPlainText();
    if (text.trimmed().isEmpty() || !m_matcher->isLoaded()) {
        Q_EMIT tried(0);
        return;
    }
    const auto hits = m_matcher->match(text);
    for (const auto& h : hits) {
        auto* item = new QListWidgetItem(tr("“%1” · %2 · characters %3–%4").arg(h.matchedText, content::DefaultLexicons::categoryTitle(h.category)).arg(h.start).arg(h.end), m_hits);
        item->setForeground(kBad);
    }
    if (hits.isEmpty())
        new QListWidgetItem(tr("No hits."), m_hits);
    if (hits.isEmpty())
        m_hits->item(0)->setForeground(kGood);
    Q_EMIT tried(int(hits.size()));
}

} // namespace lx::ui
