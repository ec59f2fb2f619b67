#pragma once

#include "graph/GraphData.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lx::ui {

// Adds or edits one concept: name, type (or a new type), weight, aliases, description.
class ConceptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConceptDialog)

public:
    ConceptDialog(const graph::Graph& graph, const graph::Concept& concept, QWidget* parent = nullptr);

    graph::Concept concept() const;
    // A type typed in that the workspace does not have yet (added on save), or empty.
    QString newTypeName() const;

private:
    graph::Concept m_concept;
    QLineEdit* m_name;
    QComboBox* m_type;
    QDoubleSpinBox* m_weight;
    QLineEdit* m_aliases;
    QPlainTextEdit* m_description;
    QLabel* m_problem;
    QStringList m_knownTypes;
};

} // namespace lx::ui
