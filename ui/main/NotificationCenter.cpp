#include "main/NotificationCenter.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/UiContext.h"
#include "desk/DeskMonitor.h"
#include "desk/DeskService.h"
#include "desk/QueueWidget.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace lx::ui {

namespace {
const QString kSoundKey = QStringLiteral("notifications/sound");
}

NotificationCenter::NotificationCenter(UiContext& ctx, QWidget* window, qint64 openedMs)
    : QObject(window), m_ctx(ctx), m_window(window), m_service(std::make_unique<desk::DeskService>(ctx.auth)),
      m_openedMs(openedMs)
{
    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("notificationsButton"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    m_menu = new QMenu(m_button);
    m_menu->setObjectName(QStringLiteral("notificationsMenu"));
    m_button->setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToHide, this, &NotificationCenter::markAllRead);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_recent.isEmpty())
                Q_EMIT openConversation(m_recent.first().conversationId);
        });
    }
    // Only operators who work conversations get desk news.
    const bool deskWork = m_ctx.session.can(auth::Permission::HandleConversations);
    m_button->setVisible(deskWork);
    if (deskWork && m_ctx.monitor)
        connect(m_ctx.monitor, &desk::DeskMonitor::changed, this, &NotificationCenter::check);
    retranslate();
    if (deskWork)
        check();
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::check()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    desk::DeskService* service = m_service.get();
    const auth::Session session = m_ctx.session;
    const qint64 since = m_ctx.auth.nowMs() - 7 * 24 * 3600 * 1000LL;
    runAsync<Result<QList<store::AlertRow>>>(
        this, [service, session, since] { return service->alerts(session, since); },
        [this](const Result<QList<store::AlertRow>>& r) {
            m_checking = false;
            if (r)
                arrived(r.value());
            if (m_checkAgain) {
                m_checkAgain = false;
                check();
            }
        });
}

void NotificationCenter::arrived(const QList<store::AlertRow>& alerts)
{
    // News: on the first read, what happened since the window opened (the desk monitor may have
    // assigned conversations in its first pass, before this read); later, every alert not seen.
    const bool first = m_lastId < 0;
    qint64 newest = std::max<qint64>(m_lastId, 0);
    QList<store::AlertRow> fresh;
    for (const store::AlertRow& a : alerts) {
        if (first ? a.timeMs >= m_openedMs : a.id > m_lastId)
            fresh.append(a);
        newest = std::max(newest, a.id);
    }
    m_lastId = newest;
    if (fresh.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end(), [](const store::AlertRow& a, const store::AlertRow& b) { return a.id > b.id; });
    m_recent = fresh + m_recent;
    if (m_recent.size() > kKept)
        m_recent = m_recent.mid(0, kKept);
    m_unread += int(fresh.size());
    retranslate(); // the button's count and the list
    Q_EMIT unreadChanged(m_unread);
    const store::AlertRow& top = fresh.first();
    if (m_tray)
        m_tray->showMessage(QueueWidget::alertKindTitle(top.kind),
                            fresh.size() == 1 ? QueueWidget::alertTitle(top)
                                              : tr("%1 and %n more", nullptr, int(fresh.size()) - 1).arg(QueueWidget::alertTitle(top)),
                            QSystemTrayIcon::Information, 8000);
    if (QSettings().value(kSoundKey, false).toBool())
        QApplication::beep();
}

void NotificationCenter::markAllRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    retranslate();
    Q_EMIT unreadChanged(0);
}

void NotificationCenter::rebuildMenu()
{
    m_menu->clear();
    if (m_recent.isEmpty()) {
        m_menu->addAction(tr("Nothing new since you logged in."))->setEnabled(false);
    } else {
        for (int i = 0; i < m_recent.size(); ++i) {
            const store::AlertRow a = m_recent.at(i);
            QAction* action = m_menu->addAction(QueueWidget::alertTitle(a));
            if (i < m_unread) {
                QFont f = action->font();
                f.setBold(true);
                action->setFont(f);
            }
            connect(action, &QAction::triggered, this, [this, id = a.conversationId] { Q_EMIT openConversation(id); });
        }
    }
    m_menu->addSeparator();
    QAction* sound = m_menu->addAction(tr("Play a sound"));
    sound->setCheckable(true);
    sound->setChecked(QSettings().value(kSoundKey, false).toBool());
    connect(sound, &QAction::toggled, this, [](bool on) { QSettings().setValue(kSoundKey, on); });
}

void NotificationCenter::retranslate()
{
    m_button->setText(m_unread > 0 ? tr("%n new", nullptr, m_unread) : tr("Notifications"));
    m_button->setToolTip(tr("What happened to your conversations since you logged in"));
    m_button->setIcon(m_button->style()->standardIcon(m_unread > 0 ? QStyle::SP_MessageBoxInformation : QStyle::SP_FileDialogInfoView));
    if (m_tray)
        m_tray->setToolTip(m_unread > 0 ? tr("Lingxi: %n new", nullptr, m_unread) : tr("Lingxi"));
    rebuildMenu();
}

} // namespace lx::ui
