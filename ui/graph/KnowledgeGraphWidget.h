#pragma once

#include "common/Result.h"
#include "graph/GraphData.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QCompleter;
class QDoubleSpinBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QToolButton;
class QUndoStack;

namespace lx::graph {
class GraphService;
}

namespace lx::ui {

struct UiContext;
class NodeItem;
class EdgeItem;

// The Knowledge graph panel: the workspace's concepts and relations drawn as a force-directed
// graph (laid out off the GUI thread, the picture saved with the workspace), a legend that is
// also the type filter, search that focuses a concept's k-hop neighbourhood, a minimum relation
// weight, a details pane, editing for marketers with undo, and export of the view as PNG or SVG.
class KnowledgeGraphWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeGraphWidget)

public:
    explicit KnowledgeGraphWidget(UiContext& ctx, QWidget* parent = nullptr);
    ~KnowledgeGraphWidget() override;

    void reload();
    // Finds a concept by name, alias or pinyin initials and shows its neighbourhood; false when
    // nothing matches.
    bool focusConcept(const QString& text);
    void showAll();
    Status exportView(const QString& path) const;

    const graph::Graph& graph() const { return m_graph; }
    QGraphicsScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    NodeItem* node(qint64 conceptId) const { return m_nodes.value(conceptId); }
    QList<EdgeItem*> edges() const { return m_edges; }
    qint64 selectedConcept() const;

Q_SIGNALS:
    void graphShown();
    void layoutDone();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void setGraph(graph::Graph g, QHash<qint64, QString> initials);
    void rebuildTypeLists();
    int userTypeIndex(graph::TypeKind kind, const QString& key) const;
    QColor conceptColor(const QString& key) const;
    QColor relationColor(const QString& key) const;
    void fitAll();
    void updateSceneRect();
    void applyFilters();
    void applySizes();
    void showDetails(qint64 conceptId);
    void runLayout(bool unpinAll);
    void savePositions(const QList<qint64>& ids);
    void setMessage(const QString& text, bool error = false);

    void addConcept();
    void editSelected();
    void connectSelected();
    void deleteSelected();
    void editRelation(qint64 relationId);
    void removeRelation(qint64 relationId);
    void chooseExportFile();
    void afterEdit(const Status& st, bool undone);

    // One undoable edit: `first` makes it off the GUI thread; once it has succeeded, redo and undo
    // go on the undo stack under text(), done() says what happened, after() runs, the graph reloads.
    struct Edit
    {
        std::function<Status()> first;
        std::function<Status()> redo;
        std::function<Status()> undo;
        std::function<QString()> text;
        std::function<QString()> done;
        std::function<void()> after;
    };
    void runEdit(const Edit& edit);

    UiContext& m_ctx;
    // Shared with work still running on the pool when the panel closes.
    std::shared_ptr<graph::GraphService> m_service;
    graph::Graph m_graph;
    QHash<qint64, QString> m_initials;
    QHash<qint64, NodeItem*> m_nodes;
    QList<EdgeItem*> m_edges;
    QHash<qint64, QPointF> m_pending; // where concepts added in the panel appear
    QSet<qint64> m_focus; // empty: no focus, everything that passes the filters
    qint64 m_focusRoot = 0;
    bool m_canEdit = false;
    bool m_layoutRunning = false;
    bool m_fitPending = false;
    bool m_loadRequested = false;

    QGraphicsScene* m_scene = nullptr;
    QGraphicsView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QSpinBox* m_hops = nullptr;
    QPushButton* m_showAll = nullptr;
    QLabel* m_minWeightLabel = nullptr;
    QDoubleSpinBox* m_minWeight = nullptr;
    QComboBox* m_sizeBy = nullptr;
    QPushButton* m_layout = nullptr;
    QToolButton* m_export = nullptr;
    QAction* m_exportAction = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_connect = nullptr;
    QToolButton* m_edit = nullptr;
    QToolButton* m_delete = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QUndoStack* m_undo = nullptr;
    QLabel* m_conceptTypesLabel = nullptr;
    QListWidget* m_conceptTypes = nullptr;
    QLabel* m_relationTypesLabel = nullptr;
    QListWidget* m_relationTypes = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lx::ui
