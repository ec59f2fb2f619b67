#include "common/LanguageManager.h"
#include "common/Prompt.h"
#include "common/TestWorkspace.h"
#include "common/UiContext.h"
#include "common/ReplyModelSetting.h"
#include "desk/ConversationWidget.h"
#include "desk/ReplyAssistPanel.h"
#include "inference/ReplyAssistant.h"
#include "desk/DeskRulesDialog.h"
#include "desk/DeskWidget.h"
#include "desk/QueueWidget.h"
#include "models/QueueTableModel.h"
#include "tasks/TaskRunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace lx;
using models::QueueTableModel;

// Drives the real desk (Queue beside Conversation) on the offscreen platform, as an agent.
class tst_DeskWidget : public QObject
{
    Q_OBJECT

private:
    test::TestWorkspace m_tw{QStringLiteral("desk.lingxi")};
    std::unique_ptr<tasks::TaskRunner> m_runner;
    std::unique_ptr<ui::UiContext> m_ctx;
    std::optional<auth::Session> m_agent;
    std::optional<auth::Session> m_supervisor;

    qint64 ingest(const QString& conversation, const QString& text, const QString& sentiment, bool vip = false)
    {
        desk::InboundMessage m;
        m.channel = QStringLiteral("wechat");
        m.conversation = conversation;
        m.platformUserId = QStringLiteral("user-") + conversation;
        m.text = text;
        m.time_ms = m_tw.auth().nowMs();
        if (vip)
            m.vip = true;
        desk::SentimentReading r;
        r.label = sentiment;
        m.sentiment = r;
        auto out = desk::DeskService(m_tw.auth()).ingest(*m_supervisor, m);
        return out ? out.value().conversationId : 0;
    }

    static int rowOf(QTableView* view, qint64 id)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(QueueTableModel::ConversationIdRole).toLongLong() == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tw.ok());
        auto agent = m_tw.addOperator(QStringLiteral("fang"), auth::Role::Agent, QStringLiteral("王芳"));
        auto boss = m_tw.addOperator(QStringLiteral("wei"), auth::Role::Supervisor, QStringLiteral("张伟"));
        QVERIFY(agent && boss);
        m_agent = agent.value();
        m_supervisor = boss.value();
        m_runner = std::make_unique<tasks::TaskRunner>();
        m_ctx = std::make_unique<ui::UiContext>(ui::UiContext{m_tw.workspace(), m_tw.auth(), *m_agent, *m_runner});
        desk::DeskService desk(m_tw.auth());
        QVERIFY(desk.setReplyValues(*m_supervisor, {{QStringLiteral("product"), QStringLiteral("水光焕亮精华")},
                                                   {QStringLiteral("advantage"), QStringLiteral("温和提亮")},
                                                   {QStringLiteral("audience"), QStringLiteral("熬夜肌")}}));
    }

    void queueModelIsSound()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk::DeskService desk(m_tw.auth());
        ingest(QStringLiteral("m1"), QStringLiteral("你好"), QStringLiteral("neutral"));
        ingest(QStringLiteral("m2"), QStringLiteral("转人工"), QStringLiteral("neutral"));
        auto items = desk.queue(*m_supervisor);
        QVERIFY(items);
        model.setPolicy(desk.escalationPolicy().value());
        model.setItems(items.value(), m_tw.auth().nowMs());
        QCOMPARE(model.rowCount(), int(items.value().size()));
        model.tick(m_tw.auth().nowMs() + 60000);
        model.setItems(items.value().mid(1), m_tw.auth().nowMs());
        QCOMPARE(model.rowCount(), int(items.value().size()) - 1);
        model.setItems(items.value(), m_tw.auth().nowMs());
        QCOMPARE(model.rowCount(), int(items.value().size()));
    }

    void agentTakesRepliesWithScriptAndHandsBack()
    {
        const qint64 id = ingest(QStringLiteral("c-take"), QStringLiteral("这款精华怎么用？敏感肌可以用吗？"), QStringLiteral("neutral"));
        QVERIFY(id > 0);
        ui::DeskWidget w(*m_ctx);
        w.resize(1400, 800);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTableView* view = w.queue()->view();
        // The waiting conversation is in the agent's queue, with a running SLA clock.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, id) >= 0, 10000);
        int row = rowOf(view, id);
        QCOMPARE(view->model()->index(row, QueueTableModel::StateColumn).data().toString(), QueueTableModel::stateTitle(QStringLiteral("queued")));
        QVERIFY(view->model()->index(row, QueueTableModel::SlaColumn).data().toString().contains(QLatin1Char(':')));

        // Select it and take it over with the keyboard shortcut.
        view->setFocus();
        view->selectRow(row);
        QTRY_COMPARE(w.conversation()->conversationId(), id);
        QTRY_VERIFY(w.conversation()->conversation().has_value());
        QSignalSpy taken(w.queue(), &ui::QueueWidget::taken);
        // Through the window, as a keyboard would, so that shortcuts apply.
        QTest::keyClick(w.windowHandle(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(taken.count(), 1);
        QTRY_VERIFY(w.conversation()->conversation() && w.conversation()->conversation()->state == QLatin1String("human"));
        auto* status = w.findChild<QLabel*>(QStringLiteral("queueMessage"));
        QVERIFY(status->toolTip().contains(QStringLiteral("taken over conversation #%1").arg(id)));
        row = rowOf(view, id);
        QTRY_COMPARE(view->model()->index(rowOf(view, id), QueueTableModel::AgentColumn).data().toString(), QStringLiteral("王芳"));

        // "/" opens the scripts; choosing the product answer fills in the product's values.
        QPlainTextEdit* reply = w.conversation()->replyBox();
        QTRY_VERIFY(reply->isEnabled());
        QTRY_VERIFY(w.conversation()->scriptPicker()->count() > 0);
        reply->setFocus();
        QTest::keyClicks(reply, QStringLiteral("/"));
        QTRY_VERIFY(w.conversation()->scriptPicker()->isVisible());
        int standard = -1;
        for (int i = 0; i < w.conversation()->scriptPicker()->count(); ++i) {
            if (w.conversation()->scriptPicker()->item(i)->toolTip().startsWith(QStringLiteral("您好，感谢关注{产品名}")))
                standard = i;
        }
        QVERIFY(standard >= 0);
        w.conversation()->scriptPicker()->setCurrentRow(standard);
        QTest::keyClick(w.conversation()->scriptPicker(), Qt::Key_Return);
        QTRY_VERIFY(reply->toPlainText().startsWith(QStringLiteral("您好，感谢关注水光焕亮精华！")));
        QVERIFY(!reply->toPlainText().contains(QLatin1Char('/')));
        QTRY_VERIFY(w.conversation()->findings()->text().contains(QStringLiteral("passed"))
                    || w.conversation()->findings()->text().contains(QStringLiteral("通过")));

        // A forbidden claim blocks sending; removing it lets the reply go.
        const QString good = reply->toPlainText();
        reply->setPlainText(good + QStringLiteral("全网最佳！"));
        auto* send = w.findChild<QPushButton*>(QStringLiteral("sendButton"));
        QTRY_VERIFY(!w.conversation()->findings()->text().isEmpty() && !send->isEnabled());
        reply->setPlainText(good);
        QTRY_VERIFY(send->isEnabled());
        QSignalSpy sent(w.conversation(), &ui::ConversationWidget::sent);
        QTest::keyClick(w.windowHandle(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sent.count(), 1);
        QTRY_VERIFY(w.conversation()->transcriptView()->toPlainText().contains(QStringLiteral("您好，感谢关注水光焕亮精华")));
        QTRY_VERIFY(reply->toPlainText().isEmpty());
        QTRY_COMPARE(view->model()->index(rowOf(view, id), QueueTableModel::SlaColumn).data().toString(),
                     QueueTableModel::tr("answered"));

        // Hand back (Ctrl+B): the bot has it again and the queue shows so.
        QTest::keyClick(w.windowHandle(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(w.conversation()->conversation() && w.conversation()->conversation()->state == QLatin1String("bot"));
        QTRY_COMPARE(view->model()->index(rowOf(view, id), QueueTableModel::StateColumn).data().toString(),
                     QueueTableModel::stateTitle(QStringLiteral("bot")));
        QVERIFY(!reply->isEnabled());
        // "You have taken over #N" does not outlive the takeover (issue 23 #7).
        QTRY_VERIFY_WITH_TIMEOUT(!status->toolTip().contains(QLatin1String("taken over")), 10000);
        // The bot answers the next message again.
        ingest(QStringLiteral("c-take"), QStringLiteral("好的，谢谢"), QStringLiteral("positive"));
        QTRY_VERIFY_WITH_TIMEOUT(w.conversation()->messageCount() >= 5, 10000);
        QTRY_VERIFY(w.conversation()->transcriptView()->toPlainText().contains(QStringLiteral("好的，谢谢")));
        // Live updates keep the selection: new conversations arrive, the same one stays selected.
        QSignalSpy refreshed(w.queue(), &ui::QueueWidget::refreshed);
        ingest(QStringLiteral("c-new-1"), QStringLiteral("转人工"), QStringLiteral("neutral"), true);
        ingest(QStringLiteral("c-new-2"), QStringLiteral("你好"), QStringLiteral("neutral"));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 10000);
        QCOMPARE(w.queue()->selectedConversation(), id);
        QCOMPARE(w.conversation()->conversationId(), id);

        // Closing asks first and keeps the reason: Cancel leaves it open, a reason closes it.
        QVERIFY(desk::DeskService(m_tw.auth()).take(*m_agent, id));
        QTRY_VERIFY(w.conversation()->conversation() && w.conversation()->conversation()->state == QLatin1String("human"));
        auto* close = w.findChild<QPushButton*>(QStringLiteral("closeButton"));
        QTRY_VERIFY(close->isEnabled());
        ui::Prompt::setNextText(QString());
        QTest::mouseClick(close, Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(desk::DeskService(m_tw.auth()).conversation(*m_agent, id).value().state, QStringLiteral("human"));
        ui::Prompt::setNextText(QStringLiteral("已解决：发货时间已告知"));
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(desk::DeskService(m_tw.auth()).conversation(*m_supervisor, id).value().state, QStringLiteral("closed"));
        QSqlQuery q(m_tw.workspace().reader());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'desk.transition' ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("closed: 已解决：发货时间已告知")), qPrintable(q.value(0).toString()));
    }

    // Per-conversation unread markers (issue 23 #1): a conversation the agent holds is marked
    // (● before the user, bold, counted in the summary) when the customer wrote after the agent
    // last replied or had it open; opening it clears the mark; a new message sets it again.
    // Reply suggestions and the summary: without a reply model the panel says what is needed; with
    // one (the tests' tiny Qwen2 checkpoint, random weights) up to three gate-checked suggestions
    // appear and a click puts one in the reply box; nothing is sent.
    void replySuggestionsFromTheReplyModel()
    {
        const qint64 id = ingest(QStringLiteral("c-assist"), QStringLiteral("精华多少钱？敏感肌能用吗？"), QStringLiteral("neutral"));
        QVERIFY(id > 0);
        ui::DeskWidget w(*m_ctx);
        w.resize(1400, 800);
        w.show();
        QTableView* view = w.queue()->view();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, id) >= 0, 10000);
        view->selectRow(rowOf(view, id));
        QTRY_COMPARE(w.conversation()->conversationId(), id);
        QTRY_VERIFY(w.conversation()->conversation().has_value());
        ui::ReplyAssistPanel* assist = w.conversation()->assist();
        auto* suggestButton = assist->findChild<QPushButton*>(QStringLiteral("suggestReplies"));
        QVERIFY(!suggestButton->isEnabled()); // not held yet
        w.conversation()->take();
        QTRY_VERIFY(w.conversation()->replyBox()->isEnabled());
        QTRY_VERIFY(suggestButton->isEnabled());
        const qint64 messagesBefore = w.conversation()->messageCount();

        ui::setReplyModelFolder(QString());
        QTest::mouseClick(suggestButton, Qt::LeftButton);
        QCOMPARE(assist->statusText(), inference::ReplyAssistant::notConfiguredText());

        ui::setReplyModelFolder(QStringLiteral(LX_TEST_DATA "/transformer/qwen_tiny"));
        QSignalSpy suggested(assist, &ui::ReplyAssistPanel::suggested);
        QTest::mouseClick(suggestButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(suggested.size(), 1, 120000);
        const int count = suggested.at(0).at(0).toInt();
        QVERIFY2(count >= 1 && count <= 3, qPrintable(assist->statusText()));
        QCOMPARE(assist->suggestions()->count(), count);
        const QString first = assist->suggestions()->item(0)->data(Qt::UserRole).toString();
        QTest::mouseClick(assist->suggestions()->viewport(), Qt::LeftButton, {},
                          assist->suggestions()->visualItemRect(assist->suggestions()->item(0)).center());
        QTRY_COMPARE(w.conversation()->replyBox()->toPlainText(), first);
        QCOMPARE(w.conversation()->messageCount(), messagesBefore); // nothing was sent

        QSignalSpy summarized(assist, &ui::ReplyAssistPanel::summarized);
        auto* stop = assist->findChild<QPushButton*>(QStringLiteral("stopAssist"));
        QVERIFY(stop->isHidden());
        QTest::mouseClick(assist->findChild<QPushButton*>(QStringLiteral("summarizeConversation")), Qt::LeftButton);
        QVERIFY(!stop->isHidden()); // while it writes, it can be stopped
        QTRY_COMPARE_WITH_TIMEOUT(summarized.size(), 1, 120000);
        QVERIFY2(summarized.at(0).at(0).toBool(), qPrintable(assist->statusText()));
        QVERIFY(stop->isHidden());
        // Stopped at once: the run ends, the panel is usable again, nothing is sent.
        QTest::mouseClick(assist->findChild<QPushButton*>(QStringLiteral("summarizeConversation")), Qt::LeftButton);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(summarized.size(), 2, 120000);
        QTRY_VERIFY(assist->findChild<QPushButton*>(QStringLiteral("summarizeConversation"))->isEnabled());
        QCOMPARE(w.conversation()->messageCount(), messagesBefore);
        ui::setReplyModelFolder(QString());
    }

    void newCustomerMessagesAreMarkedUnread()
    {
        const qint64 a = ingest(QStringLiteral("unread-a"), QStringLiteral("转人工"), QStringLiteral("neutral"));
        const qint64 b = ingest(QStringLiteral("unread-b"), QStringLiteral("转人工"), QStringLiteral("neutral"));
        desk::DeskService desk(m_tw.auth());
        QVERIFY(desk.take(*m_agent, a));
        QVERIFY(desk.take(*m_agent, b));
        ui::DeskWidget w(*m_ctx);
        w.resize(1400, 800);
        w.show();
        QTableView* view = w.queue()->view();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, a) >= 0 && rowOf(view, b) >= 0, 10000);
        auto unread = [view](qint64 id) {
            const int row = rowOf(view, id);
            return row >= 0 && view->model()->index(row, 0).data(QueueTableModel::UnreadRole).toBool();
        };
        auto userText = [view](qint64 id) {
            return view->model()->index(rowOf(view, id), QueueTableModel::UserColumn).data().toString();
        };
        QVERIFY(unread(a) && unread(b));
        QVERIFY(userText(a).startsWith(QStringLiteral("● ")));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("queueSummary"))->toolTip().contains(QStringLiteral("(●)")));
        w.queue()->selectConversation(a);
        QTRY_VERIFY(!unread(a));
        QVERIFY(!userText(a).startsWith(QStringLiteral("● ")));
        QVERIFY(unread(b));
        // While b is open, the customer of a writes again: a is marked, b (open) is not.
        w.queue()->selectConversation(b);
        QTRY_VERIFY(!unread(b));
        QTest::qWait(20);
        ingest(QStringLiteral("unread-a"), QStringLiteral("还在吗？"), QStringLiteral("neutral"));
        QTRY_VERIFY_WITH_TIMEOUT(unread(a), 10000);
        QVERIFY(!unread(b));
        // A reply answers it too.
        QVERIFY(desk.reply(*m_agent, a, QStringLiteral("在的，请稍等。")));
        QTRY_VERIFY_WITH_TIMEOUT(!unread(a), 10000);
    }

    void anotherAgentsConversationStaysHidden()
    {
        auto other = m_tw.addOperator(QStringLiteral("na"), auth::Role::Agent, QStringLiteral("李娜"));
        QVERIFY(other);
        const qint64 id = ingest(QStringLiteral("c-other"), QStringLiteral("转人工"), QStringLiteral("neutral"));
        QVERIFY(desk::DeskService(m_tw.auth()).take(other.value(), id));
        ui::DeskWidget w(*m_ctx);
        w.show();
        QSignalSpy refreshed(w.queue(), &ui::QueueWidget::refreshed);
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(rowOf(w.queue()->view(), id), -1);
        QCOMPARE(w.queue()->model()->rowOf(id), -1);
    }

    void rulesDialogChecksTheCalendar()
    {
        ui::DeskRulesDialog dialog(desk::PolicyConfig::defaults(), desk::BusinessCalendar::chinaDefault());
        dialog.show();
        auto* json = dialog.findChild<QPlainTextEdit*>(QStringLiteral("calendarJson"));
        auto* state = dialog.findChild<QLabel*>(QStringLiteral("calendarState"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(state->text().contains(QStringLiteral("2026")));
        json->setPlainText(QStringLiteral("{\n \"week\": {\n  \"mon\": [\"9-18\"]\n }\n}"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(state->text().contains(QStringLiteral("week.mon[0]")), qPrintable(state->text()));
        json->setPlainText(QStringLiteral("{\n \"week\": {\n  \"mon\": [\"09:00-18:00\"],\n }\n}"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(state->text().contains(QStringLiteral("4")), qPrintable(state->text())); // the line
        dialog.findChild<QPushButton*>(QStringLiteral("calendarShipped"))->click();
        QVERIFY(ok->isEnabled());
        dialog.findChild<QSpinBox*>(QStringLiteral("ruleFirstResponse"))->setValue(3);
        dialog.findChild<QSpinBox*>(QStringLiteral("ruleQuestions"))->setValue(0);
        dialog.findChild<QLineEdit*>(QStringLiteral("ruleComplaintWords"))->setText(QStringLiteral("投诉，退款, 12315"));
        const desk::PolicyConfig p = dialog.policy();
        QCOMPARE(p.firstResponse_min, 3);
        QCOMPARE(p.questionsToHuman, 0);
        QCOMPARE(p.complaintWords, (QStringList{QStringLiteral("投诉"), QStringLiteral("退款"), QStringLiteral("12315")}));
        QVERIFY(dialog.calendar());
        QCOMPARE(dialog.calendar().value().holidays().size(), desk::BusinessCalendar::chinaDefault().holidays().size());

        // Edits are not dropped silently (issue 23 #3): Cancel asks Save / Discard / Cancel.
        QVERIFY(dialog.hasChanges());
        ui::Prompt::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(ui::Prompt::lastText().contains(QLatin1String("not saved")));
        QCOMPARE(dialog.policy().firstResponse_min, 3);
        ui::Prompt::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        ui::DeskRulesDialog again(desk::PolicyConfig::defaults(), desk::BusinessCalendar::chinaDefault());
        again.show();
        again.findChild<QSpinBox*>(QStringLiteral("ruleFirstResponse"))->setValue(7);
        ui::Prompt::setNextAnswer(QMessageBox::Save);
        again.reject();
        QCOMPARE(again.result(), int(QDialog::Accepted)); // Save keeps the edit: the caller stores it
        QCOMPARE(again.policy().firstResponse_min, 7);

        ui::DeskRulesDialog untouched(desk::PolicyConfig::defaults(), desk::BusinessCalendar::chinaDefault());
        untouched.show();
        QVERIFY(!untouched.hasChanges());
        untouched.reject(); // nothing to ask
        QVERIFY(!untouched.isVisible());
    }

    void supervisorSeesAgentsAndLoad()
    {
        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_supervisor, *m_runner};
        ui::DeskWidget w(ctx);
        w.show();
        auto* agents = w.findChild<QTableWidget*>(QStringLiteral("agentsTable"));
        QVERIFY(agents && agents->isVisible());
        QTRY_VERIFY(agents->rowCount() >= 2);
        bool sawFang = false;
        for (int r = 0; r < agents->rowCount(); ++r)
            sawFang = sawFang || agents->item(r, 0)->text().contains(QStringLiteral("fang"));
        QVERIFY(sawFang);
        // Conversations held by other agents are in the supervisor's view.
        QTRY_VERIFY(w.queue()->model()->rowCount() >= 3);
    }

    // A status line never moves the queue: the rows stay where the mouse is (issue 23 #9).
    void statusLinesKeepTheQueueInPlace()
    {
        ui::DeskWidget w(*m_ctx);
        w.resize(1400, 800);
        w.show();
        QTableView* view = w.queue()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        const QPoint before = view->mapTo(&w, QPoint(0, 0));
        const int height = view->height();
        auto* message = w.findChild<QLabel*>(QStringLiteral("queueMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        auto* next = w.findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 10000);
        QCOMPARE(view->mapTo(&w, QPoint(0, 0)), before);
        QCOMPARE(view->height(), height);
        // The last message keeps room to be read and its header whole, also when the desk is narrow:
        // the table scrolls sideways rather than squeezing it (issue 23 #9).
        w.resize(900, 700);
        const QString title = view->model()->headerData(QueueTableModel::LastMessageColumn, Qt::Horizontal).toString();
        QTRY_VERIFY(view->columnWidth(QueueTableModel::LastMessageColumn)
                    >= view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 24);
        QVERIFY(view->columnWidth(QueueTableModel::LastMessageColumn) >= 20 * view->fontMetrics().averageCharWidth());
    }

    // A supervisor assigns to an agent at capacity: the confirmation comes from the error's code,
    // so it appears in Chinese as in English (it used to look for "capacity" in the message).
    void overCapacityAssignmentAsksInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void overCapacityAssignmentAsksInEveryLanguage()
    {
        QFETCH(QString, language);
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(language, false));
        desk::DeskService desk(m_tw.auth());
        auto liang = m_tw.addOperator(QStringLiteral("liang-") + language, auth::Role::Agent, QStringLiteral("梁静"));
        QVERIFY(liang);
        QVERIFY(desk.setPresence(*m_supervisor, desk::Presence::Online, 1, liang.value().name()));
        const qint64 first = ingest(QStringLiteral("cap-a-") + language, QStringLiteral("转人工"), QStringLiteral("neutral"));
        const qint64 second = ingest(QStringLiteral("cap-b-") + language, QStringLiteral("转人工"), QStringLiteral("neutral"));
        QVERIFY(first > 0 && second > 0);
        QVERIFY(desk.assign(*m_supervisor, first, liang.value().name(), false));

        ui::UiContext ctx{m_tw.workspace(), m_tw.auth(), *m_supervisor, *m_runner};
        ui::DeskWidget w(ctx);
        w.resize(1400, 800);
        w.show();
        QTableView* view = w.queue()->view();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, second) >= 0, 10000);
        view->selectRow(rowOf(view, second));
        auto* assign = w.findChild<QPushButton*>(QStringLiteral("assignButton"));
        QVERIFY(assign);
        QTRY_VERIFY(assign->isEnabled());

        // Refused at first: the supervisor is asked, says yes, and the assignment goes over capacity.
        ui::Prompt::setNextItem(liang.value().name());
        ui::Prompt::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(assign, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ui::Prompt::lastText().contains(QStringLiteral("\n\n")), 5000);
        QVERIFY(ui::Prompt::lastText().contains(liang.value().name()));
        if (language == QLatin1String("zh_CN"))
            QVERIFY2(!ui::Prompt::lastText().contains(QStringLiteral("capacity")), qPrintable(ui::Prompt::lastText()));
        QTRY_VERIFY_WITH_TIMEOUT(desk.conversation(*m_supervisor, second)
                                     && desk.conversation(*m_supervisor, second).value().agentId == liang.value().operatorId(),
                                 10000);
        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
    }
};

QTEST_MAIN(tst_DeskWidget)
#include "tst_DeskWidget.moc"
