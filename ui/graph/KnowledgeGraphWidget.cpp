#include "graph/KnowledgeGraphWidget.h"

#include "auth/AuthService.h"
#include "common/Async.h"
#include "common/UiContext.h"
#include "graph/ConceptDialog.h"
#include "graph/EdgeItem.h"
#include "graph/ForceLayout.h"
#include "graph/GraphEditCommand.h"
#include "graph/GraphPalette.h"
#include "graph/GraphService.h"
#include "graph/GraphTypes.h"
#include "graph/NodeItem.h"
#include "graph/RelationDialog.h"
#include "tasks/Task.h"
#include "tasks/TaskRunner.h"
#include "text/PinyinInitials.h"

#include <QCompleter>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace lx::ui {

namespace {

// The view: wheel zooms around the cursor, drag on empty space pans.
class ZoomingView final : public QGraphicsView
{
public:
    explicit ZoomingView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
    {
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setDragMode(QGraphicsView::ScrollHandDrag);
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
        setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
        setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    }

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        const double factor = std::pow(1.0015, event->angleDelta().y());
        const double current = transform().m11();
        if ((current > 8 && factor > 1) || (current < 0.02 && factor < 1))
            return;
        scale(factor, factor);
    }
};

QIcon swatch(const QColor& c, bool line)
{
    QPixmap p(14, 14);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    if (line) {
        painter.setPen(QPen(c, 3));
        painter.drawLine(1, 7, 13, 7);
    } else {
        painter.setBrush(c);
        painter.setPen(c.darker(140));
        painter.drawEllipse(1, 1, 12, 12);
    }
    return QIcon(p);
}

QString typeTitle(const graph::Graph& g, graph::TypeKind kind, const QString& key)
{
    for (const graph::GraphType& t : g.types) {
        if (t.kind == kind && t.key == key)
            return t.builtin ? graph::GraphTypes::title(key) : t.label;
    }
    return key;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

KnowledgeGraphWidget::KnowledgeGraphWidget(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_service(std::make_shared<graph::GraphService>(ctx.auth))
{
    setObjectName(QStringLiteral("knowledgeGraphPanel"));
    m_canEdit = ctx.session.can(auth::Permission::EditGraph);
    buildUi();
    retranslate();
    // The graph is read (and laid out, the first time) when the panel is first shown.
}

KnowledgeGraphWidget::~KnowledgeGraphWidget()
{
    // The undo stack and the scene signal as they are torn down; this panel is half gone by then.
    QObject::disconnect(m_undo, nullptr, nullptr, nullptr);
    QObject::disconnect(m_scene, nullptr, nullptr, nullptr);
}

void KnowledgeGraphWidget::buildUi()
{
    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_view = new ZoomingView(m_scene, this);
    m_view->setObjectName(QStringLiteral("graphView"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);
    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    m_hops = new QSpinBox(this);
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(1, 4);
    m_hops->setValue(1);
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName(QStringLiteral("graphShowAll"));
    m_minWeightLabel = new QLabel(this);
    m_minWeight = new QDoubleSpinBox(this);
    m_minWeight->setObjectName(QStringLiteral("graphMinWeight"));
    m_minWeight->setRange(0, 1);
    m_minWeight->setSingleStep(0.1);
    m_minWeight->setDecimals(2);
    m_sizeBy = new QComboBox(this);
    m_sizeBy->setObjectName(QStringLiteral("graphSizeBy"));
    m_sizeBy->addItems({QString(), QString()});
    m_layout = new QPushButton(this);
    m_layout->setObjectName(QStringLiteral("graphLayout"));
    auto* layoutMenu = new QMenu(m_layout);
    m_layout->setMenu(layoutMenu);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("graphExport"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto tool = [this](const char* name) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setVisible(m_canEdit);
        return b;
    };
    m_add = tool("graphAddConcept");
    m_connect = tool("graphConnect");
    m_edit = tool("graphEdit");
    m_delete = tool("graphDelete");
    m_undo = new QUndoStack(this);
    m_undoButton = tool("graphUndo");
    m_redoButton = tool("graphRedo");
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_search);
    bar->addWidget(m_hops);
    bar->addWidget(m_showAll);
    bar->addSpacing(10);
    bar->addWidget(m_minWeightLabel);
    bar->addWidget(m_minWeight);
    bar->addWidget(m_sizeBy);
    bar->addStretch(1);
    bar->addWidget(m_layout);
    bar->addWidget(m_export);

    auto* editBar = new QHBoxLayout;
    editBar->setSpacing(4);
    for (QToolButton* b : {m_add, m_connect, m_edit, m_delete, m_undoButton, m_redoButton})
        editBar->addWidget(b);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("graphMessage"));
    m_message->setWordWrap(true);
    editBar->addWidget(m_message, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("graphSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    editBar->addWidget(m_summary);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_conceptTypesLabel = new QLabel(side);
    m_conceptTypes = new QListWidget(side);
    m_conceptTypes->setObjectName(QStringLiteral("graphConceptTypes"));
    m_relationTypesLabel = new QLabel(side);
    m_relationTypes = new QListWidget(side);
    m_relationTypes->setObjectName(QStringLiteral("graphRelationTypes"));
    m_detailsLabel = new QLabel(side);
    m_details = new QTextBrowser(side);
    m_details->setObjectName(QStringLiteral("graphDetails"));
    m_details->setOpenLinks(false);
    for (QLabel* l : {m_conceptTypesLabel, m_relationTypesLabel, m_detailsLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    sideLayout->addWidget(m_conceptTypesLabel);
    sideLayout->addWidget(m_conceptTypes, 3);
    sideLayout->addWidget(m_relationTypesLabel);
    sideLayout->addWidget(m_relationTypes, 2);
    sideLayout->addWidget(m_detailsLabel);
    sideLayout->addWidget(m_details, 5);

    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setSizes({800, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(editBar);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty() && !focusConcept(m_search->text()))
            setMessage(tr("No concept is called “%1”.").arg(m_search->text().trimmed()), true);
    });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { focusConcept(text); });
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        if (m_focusRoot != 0)
            focusConcept(m_graph.concept(m_focusRoot) ? m_graph.concept(m_focusRoot)->name : QString());
    });
    connect(m_showAll, &QPushButton::clicked, this, &KnowledgeGraphWidget::showAll);
    connect(m_minWeight, &QDoubleSpinBox::valueChanged, this, &KnowledgeGraphWidget::applyFilters);
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, &KnowledgeGraphWidget::applySizes);
    connect(m_conceptTypes, &QListWidget::itemChanged, this, &KnowledgeGraphWidget::applyFilters);
    connect(m_relationTypes, &QListWidget::itemChanged, this, &KnowledgeGraphWidget::applyFilters);
    connect(m_layout, &QPushButton::clicked, this, [this] { runLayout(false); });
    connect(layoutMenu->addAction(QString()), &QAction::triggered, this, [this] { runLayout(false); });
    connect(layoutMenu->addAction(QString()), &QAction::triggered, this, [this] { runLayout(true); });
    connect(m_export, &QToolButton::clicked, this, &KnowledgeGraphWidget::chooseExportFile);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const qint64 id = selectedConcept();
        if (id != 0)
            showDetails(id);
        m_edit->setEnabled(id != 0);
        m_connect->setEnabled(id != 0);
        m_delete->setEnabled(id != 0);
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("concept")) {
            const graph::Concept* c = m_graph.concept(url.path().toLongLong());
            if (c)
                focusConcept(c->name);
        } else if (url.scheme() == QLatin1String("relation")) {
            editRelation(url.path().toLongLong());
        } else if (url.scheme() == QLatin1String("unrelate")) {
            removeRelation(url.path().toLongLong());
        }
    });
    connect(m_add, &QToolButton::clicked, this, &KnowledgeGraphWidget::addConcept);
    connect(m_connect, &QToolButton::clicked, this, &KnowledgeGraphWidget::connectSelected);
    connect(m_edit, &QToolButton::clicked, this, &KnowledgeGraphWidget::editSelected);
    connect(m_delete, &QToolButton::clicked, this, &KnowledgeGraphWidget::deleteSelected);
    connect(m_undoButton, &QToolButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QToolButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QToolButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QToolButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this] { retranslate(); });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this] { retranslate(); });
    m_edit->setEnabled(false);
    m_connect->setEnabled(false);
    m_delete->setEnabled(false);
}

void KnowledgeGraphWidget::retranslate()
{
    m_search->setPlaceholderText(tr("Find a concept (name, alias or pinyin initials)…"));
    m_hops->setPrefix(tr("hops: "));
    m_hops->setToolTip(tr("How many relations away from the found concept to show"));
    m_showAll->setText(tr("Show all"));
    m_minWeightLabel->setText(tr("Min. relation weight"));
    m_sizeBy->setItemText(0, tr("Size by weight"));
    m_sizeBy->setItemText(1, tr("Size by degree"));
    m_layout->setText(tr("Lay out"));
    const QList<QAction*> layoutActions = m_layout->menu()->actions();
    layoutActions.at(0)->setText(tr("Lay out again (dragged concepts stay)"));
    layoutActions.at(1)->setText(tr("Reset the layout (release dragged concepts)"));
    m_export->setText(tr("Export view…"));
    m_add->setText(tr("Add concept"));
    m_connect->setText(tr("Connect…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete…"));
    m_undoButton->setText(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
    m_redoButton->setText(m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : tr("Redo"));
    m_conceptTypesLabel->setText(tr("Concept types"));
    m_relationTypesLabel->setText(tr("Relation types"));
    m_detailsLabel->setText(tr("Details"));
    if (selectedConcept() == 0)
        m_details->setHtml(tr("<p style='color:gray'>Select a concept, or find one above, to see its relations.</p>"));
    rebuildTypeLists();
    applyFilters();
}

void KnowledgeGraphWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (selectedConcept() != 0)
            showDetails(selectedConcept());
    }
    QWidget::changeEvent(event);
}

void KnowledgeGraphWidget::setMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void KnowledgeGraphWidget::reload()
{
    std::shared_ptr<graph::GraphService> service = m_service;
    const auth::Session session = m_ctx.session;
    struct Loaded
    {
        Result<graph::Graph> graph = Result<graph::Graph>::failure(QString());
        QHash<qint64, QString> initials;
    };
    runAsync<std::shared_ptr<Loaded>>(
        this,
        [service, session] {
            auto loaded = std::make_shared<Loaded>();
            loaded->graph = service->graph(session);
            if (loaded->graph) {
                for (const graph::Concept& c : loaded->graph.value().concepts)
                    loaded->initials.insert(c.id, text::PinyinInitials::of(c.name));
            }
            return loaded;
        },
        [this](const std::shared_ptr<Loaded>& loaded) {
            if (!loaded->graph) {
                setMessage(loaded->graph.error(), true);
                return;
            }
            setGraph(loaded->graph.take(), loaded->initials);
        });
}

void KnowledgeGraphWidget::setGraph(graph::Graph g, QHash<qint64, QString> initials)
{
    // Positions on screen win over stored ones: a reload after an edit keeps the picture.
    QHash<qint64, std::pair<QPointF, bool>> onScreen;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        onScreen.insert(it.key(), {it.value()->pos(), it.value()->isPinned()});
    const qint64 selected = selectedConcept();

    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = std::move(g);
    m_initials = std::move(initials);

    bool needsLayout = false;
    QList<qint64> placedHere;
    QStringList words;
    for (graph::Concept& c : m_graph.concepts) {
        auto* n = new NodeItem(c.id, c.name, conceptColor(c.type));
        if (onScreen.contains(c.id)) {
            n->setPos(onScreen.value(c.id).first);
            n->setPinned(onScreen.value(c.id).second);
        } else if (c.hasPosition) {
            n->setPos(c.x, c.y);
            n->setPinned(c.pinned);
        } else if (m_pending.contains(c.id)) {
            n->setPos(m_pending.take(c.id));
            n->setPinned(true);
            placedHere.append(c.id);
        } else {
            needsLayout = true;
        }
        n->onMoved = [this](NodeItem* item) { savePositions({item->conceptId()}); };
        m_scene->addItem(n);
        m_nodes.insert(c.id, n);
        words.append(c.name);
        words.append(c.aliases);
    }
    for (const graph::Relation& r : std::as_const(m_graph.relations)) {
        NodeItem* s = m_nodes.value(r.source);
        NodeItem* t = m_nodes.value(r.target);
        if (!s || !t)
            continue;
        auto* e = new EdgeItem(r.id, s, t, r.type, r.weight, relationColor(r.type));
        m_scene->addItem(e);
        m_edges.append(e);
    }
    words.removeDuplicates();
    static_cast<QStringListModel*>(m_completer->model())->setStringList(words);
    rebuildTypeLists();
    applySizes();
    applyFilters();
    if (selected != 0 && m_nodes.contains(selected))
        m_nodes.value(selected)->setSelected(true);
    m_summary->setText(tr("%n concept(s)", nullptr, int(m_graph.concepts.size())) + QStringLiteral(" · ")
                       + tr("%n relation(s)", nullptr, int(m_graph.relations.size())));
    if (m_graph.concepts.isEmpty())
        m_details->setHtml(m_canEdit ? tr("<p>The graph is empty. Add a concept, or import a graph with "
                                          "<code>lingxi-cli graph import</code>.</p>")
                                     : tr("<p>The graph is empty. A marketer adds concepts or imports a graph.</p>"));
    if (!placedHere.isEmpty())
        savePositions(placedHere);
    if (needsLayout && !m_graph.concepts.isEmpty())
        runLayout(false);
    else if (onScreen.isEmpty())
        fitAll();
    Q_EMIT graphShown();
}

int KnowledgeGraphWidget::userTypeIndex(graph::TypeKind kind, const QString& key) const
{
    int i = 0;
    for (const graph::GraphType& t : m_graph.types) {
        if (t.kind != kind || t.builtin)
            continue;
        if (t.key == key)
            return i;
        ++i;
    }
    return -1;
}

QColor KnowledgeGraphWidget::conceptColor(const QString& key) const
{
    return GraphPalette::conceptColor(key, userTypeIndex(graph::TypeKind::Concept, key));
}

QColor KnowledgeGraphWidget::relationColor(const QString& key) const
{
    return GraphPalette::relationColor(key, userTypeIndex(graph::TypeKind::Relation, key));
}

void KnowledgeGraphWidget::rebuildTypeLists()
{
    auto fill = [this](QListWidget* list, graph::TypeKind kind) {
        QSet<QString> unchecked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Unchecked)
                unchecked.insert(list->item(i)->data(Qt::UserRole).toString());
        }
        QHash<QString, int> counts;
        if (kind == graph::TypeKind::Concept) {
            for (const graph::Concept& c : m_graph.concepts)
                counts[c.type] += 1;
        } else {
            for (const graph::Relation& r : m_graph.relations)
                counts[r.type] += 1;
        }
        const QSignalBlocker block(list);
        list->clear();
        for (const graph::GraphType& t : m_graph.types) {
            if (t.kind != kind)
                continue;
            const QColor color = kind == graph::TypeKind::Concept ? conceptColor(t.key) : relationColor(t.key);
            auto* item = new QListWidgetItem(swatch(color, kind == graph::TypeKind::Relation),
                                             QStringLiteral("%1  (%2)").arg(typeTitle(m_graph, kind, t.key)).arg(counts.value(t.key)),
                                             list);
            item->setData(Qt::UserRole, t.key);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(unchecked.contains(t.key) ? Qt::Unchecked : Qt::Checked);
        }
    };
    fill(m_conceptTypes, graph::TypeKind::Concept);
    fill(m_relationTypes, graph::TypeKind::Relation);
}

void KnowledgeGraphWidget::applyFilters()
{
    QSet<QString> conceptTypes, relationTypes;
    for (int i = 0; i < m_conceptTypes->count(); ++i) {
        if (m_conceptTypes->item(i)->checkState() == Qt::Checked)
            conceptTypes.insert(m_conceptTypes->item(i)->data(Qt::UserRole).toString());
    }
    for (int i = 0; i < m_relationTypes->count(); ++i) {
        if (m_relationTypes->item(i)->checkState() == Qt::Checked)
            relationTypes.insert(m_relationTypes->item(i)->data(Qt::UserRole).toString());
    }
    const double minWeight = m_minWeight->value();
    int shownNodes = 0, shownEdges = 0;
    for (const graph::Concept& c : std::as_const(m_graph.concepts)) {
        NodeItem* n = m_nodes.value(c.id);
        if (!n)
            continue;
        const bool visible = conceptTypes.contains(c.type) && (m_focus.isEmpty() || m_focus.contains(c.id));
        n->setVisible(visible);
        n->setHighlighted(c.id == m_focusRoot && !m_focus.isEmpty());
        shownNodes += visible ? 1 : 0;
    }
    for (EdgeItem* e : std::as_const(m_edges)) {
        const bool visible = e->source()->isVisible() && e->target()->isVisible()
                             && relationTypes.contains(e->relationType()) && e->weight() >= minWeight - 1e-9;
        e->setVisible(visible);
        shownEdges += visible ? 1 : 0;
    }
    if (!m_graph.concepts.isEmpty() && (shownNodes != m_graph.concepts.size() || shownEdges != m_edges.size()))
        m_summary->setText(tr("showing %1 of %2 concepts, %3 of %4 relations")
                               .arg(shownNodes)
                               .arg(m_graph.concepts.size())
                               .arg(shownEdges)
                               .arg(m_edges.size()));
    else if (!m_graph.concepts.isEmpty())
        m_summary->setText(tr("%n concept(s)", nullptr, int(m_graph.concepts.size())) + QStringLiteral(" · ")
                           + tr("%n relation(s)", nullptr, int(m_graph.relations.size())));
}

void KnowledgeGraphWidget::applySizes()
{
    const bool byDegree = m_sizeBy->currentIndex() == 1;
    double maxValue = 0;
    QHash<qint64, double> value;
    for (const graph::Concept& c : std::as_const(m_graph.concepts)) {
        const double v = byDegree ? double(m_nodes.value(c.id) ? m_nodes.value(c.id)->edges().size() : 0) : c.weight;
        value.insert(c.id, v);
        maxValue = std::max(maxValue, v);
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const double share = maxValue > 0 ? value.value(it.key()) / maxValue : 0;
        it.value()->setRadius(5 + 15 * std::sqrt(share));
    }
    for (EdgeItem* e : std::as_const(m_edges))
        e->adjust();
}

qint64 KnowledgeGraphWidget::selectedConcept() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem*>(item)->conceptId();
    }
    return 0;
}

bool KnowledgeGraphWidget::focusConcept(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    const QString folded = wanted.toCaseFolded();
    // Best match first: exact name, exact alias, pinyin initials, then a name or alias containing it.
    const graph::Concept* best = nullptr;
    int bestRank = 99;
    for (const graph::Concept& c : std::as_const(m_graph.concepts)) {
        int rank = 99;
        if (c.name.toCaseFolded() == folded)
            rank = 0;
        else if (c.aliases.contains(wanted, Qt::CaseInsensitive))
            rank = 1;
        else if (m_initials.value(c.id) == folded)
            rank = 2;
        else if (c.name.contains(wanted, Qt::CaseInsensitive))
            rank = 3;
        else if (std::any_of(c.aliases.cbegin(), c.aliases.cend(),
                             [&wanted](const QString& a) { return a.contains(wanted, Qt::CaseInsensitive); }))
            rank = 4;
        else if (folded.size() >= 2 && m_initials.value(c.id).startsWith(folded))
            rank = 5;
        if (rank < bestRank || (rank == bestRank && best && c.weight > best->weight)) {
            best = &c;
            bestRank = rank;
        }
    }
    if (!best)
        return false;
    // The k-hop neighbourhood along relations of either direction.
    QHash<qint64, QList<qint64>> neighbours;
    for (const graph::Relation& r : std::as_const(m_graph.relations)) {
        if (r.weight < m_minWeight->value() - 1e-9)
            continue;
        neighbours[r.source].append(r.target);
        neighbours[r.target].append(r.source);
    }
    QSet<qint64> reached{best->id};
    QList<qint64> frontier{best->id};
    for (int hop = 0; hop < m_hops->value(); ++hop) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier)) {
            for (qint64 n : neighbours.value(id)) {
                if (!reached.contains(n)) {
                    reached.insert(n);
                    next.append(n);
                }
            }
        }
        frontier = next;
    }
    m_focus = reached;
    m_focusRoot = best->id;
    applyFilters();
    m_scene->clearSelection();
    NodeItem* node = m_nodes.value(best->id);
    if (node) {
        node->setSelected(true);
        QRectF area;
        for (qint64 id : std::as_const(reached)) {
            if (NodeItem* n = m_nodes.value(id))
                area |= n->sceneBoundingRect();
        }
        if (!m_view->isVisible() || m_view->viewport()->width() < 50) {
            m_fitPending = true;
        } else {
            updateSceneRect();
            m_view->fitInView(area.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
            if (m_view->transform().m11() > 2.5)
                m_view->setTransform(QTransform::fromScale(2.5, 2.5));
            m_view->centerOn(node->pos());
        }
    }
    showDetails(best->id);
    setMessage(tr("%1 and %n concept(s) within %2 hop(s)", nullptr, int(reached.size() - 1))
                   .arg(best->name)
                   .arg(m_hops->value()));
    return true;
}

void KnowledgeGraphWidget::updateSceneRect()
{
    // Room around the drawing, so that any concept can be centred and the user can pan past the edge.
    const QRectF items = m_scene->itemsBoundingRect();
    const double margin = std::max(items.width(), items.height()) + 1000;
    m_scene->setSceneRect(items.adjusted(-margin, -margin, margin, margin));
}

void KnowledgeGraphWidget::fitAll()
{
    // A hidden panel's view has no real size yet: fit once it is shown.
    if (!m_view->isVisible() || m_view->viewport()->width() < 50) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    updateSceneRect();
    QRectF area;
    for (NodeItem* n : std::as_const(m_nodes)) {
        if (n->isVisible())
            area |= n->sceneBoundingRect();
    }
    if (area.isEmpty())
        area = m_scene->itemsBoundingRect();
    m_view->fitInView(area.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

void KnowledgeGraphWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadRequested) {
        m_loadRequested = true;
        reload();
    }
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_focusRoot != 0 && m_graph.concept(m_focusRoot))
                focusConcept(m_graph.concept(m_focusRoot)->name);
            else
                fitAll();
        });
}

void KnowledgeGraphWidget::showAll()
{
    m_focus.clear();
    m_focusRoot = 0;
    m_search->clear();
    applyFilters();
    fitAll();
    setMessage(QString());
}

void KnowledgeGraphWidget::showDetails(qint64 conceptId)
{
    const graph::Concept* c = m_graph.concept(conceptId);
    if (!c)
        return;
    const QColor color = conceptColor(c->type);
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(c->name));
    html += QStringLiteral("<p style='margin-top:0'><span style='color:%1'>●</span> %2 · %3</p>")
                .arg(color.name(), esc(typeTitle(m_graph, graph::TypeKind::Concept, c->type)),
                     tr("weight %1").arg(c->weight));
    if (!c->aliases.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Also called:"), esc(c->aliases.join(QStringLiteral("、"))));
    if (!c->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(c->description));
    QList<const graph::Relation*> out, in;
    for (const graph::Relation& r : std::as_const(m_graph.relations)) {
        if (r.source == conceptId)
            out.append(&r);
        else if (r.target == conceptId)
            in.append(&r);
    }
    auto byWeight = [](const graph::Relation* a, const graph::Relation* b) { return a->weight > b->weight; };
    std::sort(out.begin(), out.end(), byWeight);
    std::sort(in.begin(), in.end(), byWeight);
    auto list = [&](const QList<const graph::Relation*>& rels, bool outgoing) -> QString {
        QString s = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        for (const graph::Relation* r : rels) {
            const graph::Concept* other = m_graph.concept(outgoing ? r->target : r->source);
            if (!other)
                continue;
            const QString edit = m_canEdit ? QStringLiteral("<td><a href='relation:%1' style='color:gray'>%2</a> "
                                                            "<a href='unrelate:%1' style='color:gray'>%3</a></td>")
                                                 .arg(r->id)
                                                 .arg(tr("edit"), tr("remove"))
                                           : QString();
            s += QStringLiteral("<tr><td style='color:%1'>%2</td><td><a href='concept:%3'>%4</a></td><td "
                                "style='color:gray'>%5</td>%6</tr>")
                     .arg(relationColor(r->type).darker(140).name(), // readable as text on white
                          esc(typeTitle(m_graph, graph::TypeKind::Relation, r->type)))
                     .arg(other->id)
                     .arg(esc(other->name), QString::number(r->weight, 'f', 2), edit);
        }
        return s + QStringLiteral("</table>");
    };
    if (!out.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%1 →", nullptr).arg(esc(c->name))) + list(out, true);
    if (!in.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("→ %1").arg(esc(c->name))) + list(in, false);
    if (out.isEmpty() && in.isEmpty())
        html += tr("<p style='color:gray'>No relations yet.</p>");
    m_details->setHtml(html);
}

void KnowledgeGraphWidget::runLayout(bool unpinAll)
{
    if (m_layoutRunning || m_graph.concepts.isEmpty())
        return;
    m_layoutRunning = true;
    m_layout->setEnabled(false);
    auto nodes = std::make_shared<std::vector<graph::LayoutNode>>();
    auto ids = std::make_shared<std::vector<qint64>>();
    std::vector<graph::LayoutEdge> edges;
    QHash<qint64, int> index;
    bool anyPlaced = false;
    for (const graph::Concept& c : std::as_const(m_graph.concepts)) {
        NodeItem* n = m_nodes.value(c.id);
        graph::LayoutNode ln;
        const bool placed = n && (c.hasPosition || n->pos() != QPointF(0, 0));
        ln.placed = placed && !unpinAll;
        ln.pinned = n && n->isPinned() && !unpinAll;
        if (n) {
            ln.x = n->pos().x();
            ln.y = n->pos().y();
        }
        anyPlaced = anyPlaced || ln.placed;
        index.insert(c.id, int(nodes->size()));
        nodes->push_back(ln);
        ids->push_back(c.id);
    }
    for (const graph::Relation& r : std::as_const(m_graph.relations))
        edges.push_back(graph::LayoutEdge{index.value(r.source, -1), index.value(r.target, -1), r.weight});
    graph::LayoutOptions options;
    options.iterations = anyPlaced ? 150 : 300; // from a saved picture, fewer steps settle it
    auto* task = new tasks::Task(
        tr("Laying out the knowledge graph"),
        [nodes, edges, options](tasks::Task& t) -> Status {
            const bool done = graph::ForceLayout::run(*nodes, edges, options, [&t](int step, int total) {
                t.setProgress(step, total);
                return !t.isAborted();
            });
            return done ? Status::success() : Status::failure(QStringLiteral("cancelled"));
        });
    connect(task, &tasks::Task::finished, this, [this, task, nodes, ids, unpinAll] {
        m_layoutRunning = false;
        m_layout->setEnabled(true);
        if (task->state() != tasks::Task::State::Succeeded)
            return;
        QList<qint64> changed;
        for (size_t i = 0; i < ids->size(); ++i) {
            NodeItem* n = m_nodes.value((*ids)[i]);
            if (!n)
                continue;
            n->setPos((*nodes)[i].x, (*nodes)[i].y);
            if (unpinAll)
                n->setPinned(false);
            changed.append((*ids)[i]);
        }
        fitAll();
        savePositions(changed);
        Q_EMIT layoutDone();
    });
    m_ctx.tasks.start(task);
}

void KnowledgeGraphWidget::savePositions(const QList<qint64>& ids)
{
    QList<graph::NodePosition> positions;
    for (qint64 id : ids) {
        if (NodeItem* n = m_nodes.value(id))
            positions.append(graph::NodePosition{id, n->pos().x(), n->pos().y(), n->isPinned()});
    }
    std::shared_ptr<graph::GraphService> service = m_service;
    const auth::Session session = m_ctx.session;
    runAsync<Status>(
        this, [service, session, positions] { return service->savePositions(session, positions); },
        [this](const Status& st) {
            if (!st)
                setMessage(tr("The layout could not be saved: %1").arg(st.error()), true);
        });
}

void KnowledgeGraphWidget::afterEdit(const Status& st, bool undone)
{
    if (!st)
        setMessage((undone ? tr("Undo failed: %1") : tr("Redo failed: %1")).arg(st.error()), true);
    else
        setMessage(undone ? tr("Undone.") : tr("Done again."));
    reload();
}

void KnowledgeGraphWidget::runEdit(const Edit& edit)
{
    runAsync<Status>(this, edit.first, [this, edit](const Status& st) {
        if (!st) {
            setMessage(st.error(), true);
            return;
        }
        m_undo->push(new GraphEditCommand(edit.text(), edit.redo, edit.undo, this,
                                          [this](const Status& s, bool undone) { afterEdit(s, undone); }));
        setMessage(edit.done());
        if (edit.after)
            edit.after();
        reload();
    });
}

namespace {
// A type typed into the concept dialog that the workspace does not have yet is added first.
Status addTypeIfNew(graph::GraphService& service, const auth::Session& session, const QString& newType)
{
    if (newType.isEmpty())
        return Status::success();
    return service.addType(session, graph::TypeKind::Concept, newType).status();
}
} // namespace

void KnowledgeGraphWidget::addConcept()
{
    graph::Concept fresh;
    fresh.type = QStringLiteral("product_feature");
    if (const qint64 sel = selectedConcept(); sel != 0 && m_graph.concept(sel))
        fresh.type = m_graph.concept(sel)->type;
    auto* dialog = new ConceptDialog(m_graph, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const graph::Concept c = dialog->concept();
        const QString newType = dialog->newTypeName();
        std::shared_ptr<graph::GraphService> service = m_service;
        const auth::Session session = m_ctx.session;
        auto created = std::make_shared<graph::Concept>();
        Edit edit;
        edit.first = [service, session, c, newType, created] {
            if (auto st = addTypeIfNew(*service, session, newType); !st)
                return st;
            auto r = service->addConcept(session, c);
            if (r)
                *created = r.value();
            return r.status();
        };
        edit.redo = [service, session, created] {
            return service->restoreConcept(session, graph::ConceptWithRelations{*created, {}}).status();
        };
        edit.undo = [service, session, created] { return service->deleteConcept(session, created->id).status(); };
        edit.text = [created] { return tr("add %1").arg(created->name); };
        edit.done = [created] { return tr("Added %1.").arg(created->name); };
        // The new concept appears where the user is looking.
        edit.after = [this, created] {
            m_pending.insert(created->id, m_view->mapToScene(m_view->viewport()->rect().center()));
        };
        runEdit(edit);
    });
    dialog->open();
}

void KnowledgeGraphWidget::editSelected()
{
    const graph::Concept* current = m_graph.concept(selectedConcept());
    if (!current)
        return;
    const graph::Concept before = *current;
    auto* dialog = new ConceptDialog(m_graph, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const graph::Concept after = dialog->concept();
        const QString newType = dialog->newTypeName();
        std::shared_ptr<graph::GraphService> service = m_service;
        const auth::Session session = m_ctx.session;
        Edit edit;
        edit.first = [service, session, after, newType] {
            if (auto st = addTypeIfNew(*service, session, newType); !st)
                return st;
            return service->updateConcept(session, after).status();
        };
        edit.redo = [service, session, after] { return service->updateConcept(session, after).status(); };
        edit.undo = [service, session, before] { return service->updateConcept(session, before).status(); };
        edit.text = [after] { return tr("edit %1").arg(after.name); };
        edit.done = [after] { return tr("Saved %1.").arg(after.name); };
        runEdit(edit);
    });
    dialog->open();
}

void KnowledgeGraphWidget::connectSelected()
{
    const qint64 source = selectedConcept();
    if (source == 0)
        return;
    graph::Relation fresh;
    fresh.source = source;
    fresh.type = QStringLiteral("affects");
    fresh.weight = 0.5;
    auto* dialog = new RelationDialog(m_graph, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const graph::Relation wanted = dialog->relation();
        std::shared_ptr<graph::GraphService> service = m_service;
        const auth::Session session = m_ctx.session;
        auto created = std::make_shared<graph::Relation>();
        const graph::Concept* s = m_graph.concept(wanted.source);
        const graph::Concept* t = m_graph.concept(wanted.target);
        const QString what = QStringLiteral("%1 → %2").arg(s ? s->name : QString(), t ? t->name : QString());
        Edit edit;
        edit.first = [service, session, wanted, created] {
            auto r = service->addRelation(session, wanted);
            if (r)
                *created = r.value();
            return r.status();
        };
        edit.redo = [service, session, created] { return service->addRelation(session, *created).status(); };
        edit.undo = [service, session, created] { return service->deleteRelation(session, created->id).status(); };
        edit.text = [what] { return tr("connect %1").arg(what); };
        edit.done = [what] { return tr("Connected %1.").arg(what); };
        runEdit(edit);
    });
    dialog->open();
}

void KnowledgeGraphWidget::editRelation(qint64 relationId)
{
    const graph::Relation* current = m_graph.relation(relationId);
    if (!current || !m_canEdit)
        return;
    const graph::Relation old = *current;
    auto* dialog = new RelationDialog(m_graph, old, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, old] {
        const graph::Relation after = dialog->relation();
        std::shared_ptr<graph::GraphService> service = m_service;
        const auth::Session session = m_ctx.session;
        Edit edit;
        edit.first = [service, session, after] { return service->updateRelation(session, after).status(); };
        edit.redo = edit.first;
        edit.undo = [service, session, old] { return service->updateRelation(session, old).status(); };
        edit.text = [] { return tr("re-weight a relation"); };
        edit.done = [] { return tr("Relation saved."); };
        runEdit(edit);
    });
    dialog->open();
}

void KnowledgeGraphWidget::removeRelation(qint64 relationId)
{
    if (!m_canEdit)
        return;
    std::shared_ptr<graph::GraphService> service = m_service;
    const auth::Session session = m_ctx.session;
    auto removed = std::make_shared<graph::Relation>();
    Edit edit;
    edit.first = [service, session, relationId, removed] {
        auto r = service->deleteRelation(session, relationId);
        if (r)
            *removed = r.value();
        return r.status();
    };
    edit.redo = [service, session, removed] { return service->deleteRelation(session, removed->id).status(); };
    edit.undo = [service, session, removed] { return service->addRelation(session, *removed).status(); };
    edit.text = [] { return tr("remove a relation"); };
    edit.done = [] { return tr("Relation removed. Undo puts it back."); };
    runEdit(edit);
}

void KnowledgeGraphWidget::deleteSelected()
{
    const graph::Concept* current = m_graph.concept(selectedConcept());
    if (!current)
        return;
    const graph::Concept doomed = *current;
    QStringList lines;
    for (const graph::Relation& r : std::as_const(m_graph.relations)) {
        if (r.source != doomed.id && r.target != doomed.id)
            continue;
        const graph::Concept* other = m_graph.concept(r.source == doomed.id ? r.target : r.source);
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(r.source == doomed.id ? doomed.name : (other ? other->name : QString()),
                              typeTitle(m_graph, graph::TypeKind::Relation, r.type),
                              r.source == doomed.id ? (other ? other->name : QString()) : doomed.name));
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete concept"),
                                lines.isEmpty() ? tr("Delete “%1”? It has no relations.").arg(doomed.name)
                                                : tr("Delete “%1” and the %n relation(s) that touch it?", nullptr,
                                                     int(lines.size()))
                                                      .arg(doomed.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("graphDeleteConfirm"));
    if (!lines.isEmpty())
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setInformativeText(tr("Undo puts everything back."));
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, doomed](QAbstractButton* clicked) {
        if (clicked != remove)
            return;
        std::shared_ptr<graph::GraphService> service = m_service;
        const auth::Session session = m_ctx.session;
        auto removed = std::make_shared<graph::ConceptWithRelations>();
        Edit edit;
        edit.first = [service, session, doomed, removed] {
            auto r = service->deleteConcept(session, doomed.id);
            if (r)
                *removed = r.value();
            return r.status();
        };
        edit.redo = [service, session, removed] { return service->deleteConcept(session, removed->concept.id).status(); };
        edit.undo = [service, session, removed] { return service->restoreConcept(session, *removed).status(); };
        edit.text = [doomed] { return tr("delete %1").arg(doomed.name); };
        edit.done = [doomed, removed] {
            return tr("Deleted %1 and %n relation(s).", nullptr, int(removed->relations.size())).arg(doomed.name);
        };
        edit.after = [this] { m_scene->clearSelection(); };
        runEdit(edit);
    });
    box->open();
}

void KnowledgeGraphWidget::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the view"));
    dialog->setObjectName(QStringLiteral("graphExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PNG image (*.png)"), tr("SVG drawing (*.svg)")});
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(QStringLiteral("knowledge-graph.png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const Status st = exportView(path);
        setMessage(st ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : st.error(), !st);
    });
    dialog->open();
}

Status KnowledgeGraphWidget::exportView(const QString& path) const
{
    const QRect target = m_view->viewport()->rect();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(target.size());
        svg.setViewBox(QRect(QPoint(0, 0), target.size()));
        svg.setTitle(tr("Lingxi knowledge graph"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(tr("cannot write %1").arg(path));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_view->render(&painter, QRectF(), target);
        painter.end();
        return QFileInfo(path).size() > 0 ? Status::success() : Status::failure(tr("cannot write %1").arg(path));
    }
    const qreal dpr = 2.0; // sharp on slides and printouts
    QImage image(target.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->render(&painter, QRectF(), target);
    painter.end();
    if (!image.save(path))
        return Status::failure(tr("cannot write %1").arg(path));
    return Status::success();
}

} // namespace lx::ui
