#pragma once

#include "common/UiContext.h"
#include "content/DialogueService.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace lx::ui {

// The Dialogue panel (marketers, supervisors): the three-round flows the desk's bot can follow,
// edited as tables (round 1 opens; rounds 2 and 3 answer by the user's sentiment and keywords,
// first matching line wins, the default last), a rehearsal that shows which line the bot would
// say to two answers, and the choice of the flow the bot follows.
class DialogueFlowWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogueFlowWidget)

public:
    explicit DialogueFlowWidget(UiContext& context, QWidget* parent = nullptr);
    ~DialogueFlowWidget() override;

    void reload();
    void save();
    // The flows on screen differ from what is stored (the last load or save).
    bool hasUnsavedChanges();
    // Adds a line to round 2 or 3 before its default line.
    void addLine(int round, const QString& sentiment, const QString& keywords, const QString& say);
    void rehearse();

Q_SIGNALS:
    void loaded(int flows);
    void saved(bool ok);
    void rehearsed(const QStringList& lines);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showFlow(int index);
    void storeFlow(); // the tables back into m_settings
    void fillRound(int round, const content::DialogueRound& data);
    content::DialogueRound readRound(int round) const;
    void addRow(int round, const content::DialogueBranch& b, int at = -1);
    void moveRow(int round, int delta);

    UiContext& m_ctx;
    const bool m_canEdit;
    content::DialogueSettings m_settings;
    QByteArray m_stored; // the flows and the bot's choice as last loaded or saved
    int m_current = -1;
    QHash<QString, QString> m_values; // the desk's reply values, for the rehearsal

    QLabel* m_flowLabel = nullptr;
    QComboBox* m_flow = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_newFlow = nullptr;
    QCheckBox* m_bot = nullptr;
    QLabel* m_help = nullptr;
    QGroupBox* m_roundBox[3] = {};
    QTableWidget* m_round[3] = {};
    QPushButton* m_rowAdd[3] = {};
    QPushButton* m_rowRemove[3] = {};
    QPushButton* m_rowUp[3] = {};
    QPushButton* m_rowDown[3] = {};

    QGroupBox* m_tryBox = nullptr;
    QLabel* m_answerLabel[2] = {};
    QLineEdit* m_answer[2] = {};
    QComboBox* m_answerSentiment[2] = {};
    QPushButton* m_rehearse = nullptr;
    QTextBrowser* m_transcript = nullptr;

    QPushButton* m_save = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace lx::ui
