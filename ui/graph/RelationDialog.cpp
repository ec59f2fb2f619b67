#include "graph/RelationDialog.h"

#include "graph/GraphTypes.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace lx::ui {

RelationDialog::RelationDialog(const graph::Graph& graph, const graph::Relation& relation, QWidget* parent)
    : QDialog(parent), m_relation(relation)
{
    setObjectName(QStringLiteral("relationDialog"));
    const bool editing = relation.id != 0;
    setWindowTitle(editing ? tr("Edit relation") : tr("Connect concepts"));
    const graph::Concept* source = graph.concept(relation.source);
    auto* from = new QLabel(source ? source->name : QString(), this);
    QFont bold = from->font();
    bold.setBold(true);
    from->setFont(bold);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("relationTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    for (const graph::Concept& c : graph.concepts) {
        if (c.id != relation.source)
            m_target->addItem(QStringLiteral("%1 · %2").arg(c.name, graph::GraphTypes::title(c.type)), c.id);
    }
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const int t = m_target->findData(relation.target);
    m_target->setCurrentIndex(t >= 0 ? t : -1);
    m_target->setEnabled(!editing);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("relationType"));
    for (const graph::GraphType& type : graph.types) {
        if (type.kind == graph::TypeKind::Relation)
            m_type->addItem(type.builtin ? graph::GraphTypes::title(type.key) : type.label, type.key);
    }
    const int ti = m_type->findData(relation.type);
    m_type->setCurrentIndex(ti >= 0 ? ti : 0);
    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("relationWeight"));
    m_weight->setRange(0, 1);
    m_weight->setSingleStep(0.1);
    m_weight->setDecimals(2);
    m_weight->setValue(relation.weight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("From"), from);
    form->addRow(tr("Relation"), m_type);
    form->addRow(tr("To"), m_target);
    form->addRow(tr("Weight (0–1)"), m_weight);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_target->currentIndex() >= 0 && m_target->findText(m_target->currentText()) >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}

graph::Relation RelationDialog::relation() const
{
    graph::Relation r = m_relation;
    const int i = m_target->findText(m_target->currentText());
    if (i >= 0)
        r.target = m_target->itemData(i).toLongLong();
    r.type = m_type->currentData().toString();
    r.weight = m_weight->value();
    return r;
}

} // namespace lx::ui
