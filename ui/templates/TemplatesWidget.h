#pragma once

#include "common/UiContext.h"
#include "content/ContentGate.h"
#include "content/ContentService.h"
#include "content/QualityGate.h"
#include "text/LexiconMatcher.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace lx::graph {
class ConceptLinker;
struct Graph;
}

namespace lx::ui {

// The Templates panel (kind Template) and the Scripts panel (kind Script): the library by
// industry or scenario, an editor that highlights and completes variables, a live preview with
// sample values, meters for length and term density against the platform and content type,
// the compliance hits (click one to select it in the preview), and version history with a diff.
// Roles without edit permission read.
class TemplatesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesWidget)

public:
    TemplatesWidget(UiContext& context, content::ContentKind kind, QWidget* parent = nullptr);
    ~TemplatesWidget() override;

    void reload();
    bool selectItem(const QString& builtinIdOrName);
    // The editor holds text that differs from the selected item's stored version.
    bool hasUnsavedChanges() const;
    void save();
    // A variant of the shown template drafted by the reply model (Settings ▸ Reply model), put in
    // the editor unsaved; the quality gate checks it like anything typed.
    void draftVariant();
    // Templates: the matcher's choice for a user (PLATFORM:PLATFORM_USER_ID) in the current
    // template's industry, and the preview rendered with that user's values; empty = sample values.
    void previewFor(const QString& user);
    void saveAudience();
    // A supervisor lets the selected item's blocked version out, asking for the reason.
    void overrideGate();

Q_SIGNALS:
    void reloaded(int items);
    void checked(int length, double density, int hits);
    void saved(bool ok);
    void drafted(bool ok);
    void matched(bool ok, const QString& templateName);
    void audienceSaved(bool ok);
    void gateOverridden(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentName() const;
    // The listed item with this id, or null.
    const content::ContentItem* item(qint64 id) const;
    void retranslate();
    void showItem(qint64 id);
    void recheck();
    void showVerdict(const content::QualityReport& shown, const QString& body, const QStringList& missing);
    void showRelatedConcepts(const QString& text);
    void loadHistory();
    void showDiff();
    void fillSampleValues(const QString& builtinId);
    QHash<QString, QString> sampleValues() const;
    void showAudience(const content::ContentItem& item);
    void loadCompliance();

    UiContext& m_ctx;
    const content::ContentKind m_kind;
    const bool m_canEdit;
    QList<content::ContentItem> m_items;
    qint64 m_current = 0;
    QList<content::ContentVersion> m_versions;
    std::shared_ptr<text::LexiconMatcher> m_compliance;
    std::shared_ptr<text::LexiconMatcher> m_terms;
    QString m_termsIndustry;
    QString m_samplesFrom; // library item whose sample values fill the table

    QTreeWidget* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_readOnly = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QCompleter* m_completer = nullptr;
    QLabel* m_variables = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_draft = nullptr;
    quint64 m_draftSeed = 1;
    QLabel* m_saveResult = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_itemPlatformLabel = nullptr;
    QComboBox* m_itemPlatform = nullptr;
    QLabel* m_segmentLabel = nullptr;
    QComboBox* m_segment = nullptr;
    QLabel* m_tagsLabel = nullptr;
    QLineEdit* m_tags = nullptr;
    QPushButton* m_saveAudience = nullptr;
    QWidget* m_audienceBox = nullptr;

    QLabel* m_previewForLabel = nullptr;
    QLineEdit* m_previewUser = nullptr;
    QPushButton* m_previewApply = nullptr;
    QLabel* m_match = nullptr;
    QString m_matchedUser;      // the user the preview is rendered for (empty: sample values)
    QString m_matchedAudience;  // {目标人群} for that user
    qint64 m_matchedItem = 0;
    int m_matchRequest = 0;
    QString m_lexiconRevision;

    QLabel* m_platformLabel = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_type = nullptr;
    QTableWidget* m_values = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_lengthLabel = nullptr;
    QProgressBar* m_length = nullptr;
    QLabel* m_densityLabel = nullptr;
    QProgressBar* m_density = nullptr;
    QListWidget* m_hits = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_override = nullptr;
    QHash<qint64, content::GateVerdict> m_gate; // the stored latest versions' verdicts, by item
    QString m_termsReadyFor;                     // the industry m_terms holds
    bool m_editorBlocked = false;                // the last check of the editor's text
    QLabel* m_related = nullptr;
    std::shared_ptr<graph::ConceptLinker> m_linker; // set once the graph is read
    std::shared_ptr<graph::Graph> m_graph;

    QListWidget* m_history = nullptr;
    QTextBrowser* m_diff = nullptr;
    QTimer* m_debounce = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace lx::ui
