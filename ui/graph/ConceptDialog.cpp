#include "graph/ConceptDialog.h"

#include "graph/GraphPalette.h"
#include "graph/GraphTypes.h"
#include "graph/GraphValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lx::ui {

namespace {
QIcon swatch(const QColor& c)
{
    QPixmap p(12, 12);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(c);
    painter.setPen(c.darker(140));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(p);
}
} // namespace

ConceptDialog::ConceptDialog(const graph::Graph& graph, const graph::Concept& concept, QWidget* parent)
    : QDialog(parent), m_concept(concept)
{
    setObjectName(QStringLiteral("conceptDialog"));
    setWindowTitle(concept.id == 0 ? tr("New concept") : tr("Edit concept"));
    m_name = new QLineEdit(concept.name, this);
    m_name->setObjectName(QStringLiteral("conceptName"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("conceptType"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    int userIndex = 0;
    for (const graph::GraphType& t : graph.types) {
        if (t.kind != graph::TypeKind::Concept)
            continue;
        m_knownTypes.append(t.key);
        m_type->addItem(swatch(GraphPalette::conceptColor(t.key, t.builtin ? -1 : userIndex++)),
                        t.builtin ? graph::GraphTypes::title(t.key) : t.label, t.key);
    }
    const int current = m_type->findData(concept.type);
    m_type->setCurrentIndex(current >= 0 ? current : 0);
    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("conceptWeight"));
    m_weight->setRange(0, 100);
    m_weight->setDecimals(1);
    m_weight->setValue(concept.weight);
    m_aliases = new QLineEdit(concept.aliases.join(QStringLiteral(" | ")), this);
    m_aliases->setObjectName(QStringLiteral("conceptAliases"));
    m_aliases->setPlaceholderText(tr("other words for it, separated by |"));
    m_description = new QPlainTextEdit(concept.description, this);
    m_description->setObjectName(QStringLiteral("conceptDescription"));
    m_description->setFixedHeight(80);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Weight (importance)"), m_weight);
    form->addRow(tr("Aliases"), m_aliases);
    form->addRow(tr("Description"), m_description);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_name->text().trimmed().isEmpty()) {
            m_problem->setText(tr("A concept needs a name."));
            return;
        }
        if (m_type->currentText().trimmed().isEmpty()) {
            m_problem->setText(tr("Choose a type or type a new one."));
            return;
        }
        accept();
    });
    resize(420, sizeHint().height());
}

QString ConceptDialog::newTypeName() const
{
    const QString text = m_type->currentText().trimmed();
    const int i = m_type->findText(text);
    if (i >= 0)
        return {};
    return graph::GraphTypes::resolve(text, m_knownTypes).isEmpty() ? text : QString();
}

graph::Concept ConceptDialog::concept() const
{
    graph::Concept c = m_concept;
    c.name = m_name->text().trimmed();
    const QString text = m_type->currentText().trimmed();
    const int i = m_type->findText(text);
    c.type = i >= 0 ? m_type->itemData(i).toString() : graph::GraphTypes::normalizeKey(text);
    c.weight = m_weight->value();
    c.aliases = graph::GraphValidation::cleanAliases(graph::GraphValidation::splitAliases(m_aliases->text()), c.name);
    c.description = m_description->toPlainText().trimmed();
    return c;
}

} // namespace lx::ui
