#pragma once

#include "graph/GraphData.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace lx::ui {

// Connects the selected concept to another (or edits a relation's type and weight).
class RelationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationDialog)

public:
    RelationDialog(const graph::Graph& graph, const graph::Relation& relation, QWidget* parent = nullptr);
    graph::Relation relation() const;

private:
    graph::Relation m_relation;
    QComboBox* m_target;
    QComboBox* m_type;
    QDoubleSpinBox* m_weight;
};

} // namespace lx::ui
