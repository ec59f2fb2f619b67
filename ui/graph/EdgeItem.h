#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace lx::ui {

class NodeItem;

// One relation: a line from source to target, as thick as the relation is weighty, with an
// arrowhead at the target (drawn once the view is close enough for it to be seen).
class EdgeItem final : public QGraphicsItem
{
public:
    EdgeItem(qint64 relationId, NodeItem* source, NodeItem* target, const QString& typeKey, double weight,
             const QColor& color);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    qint64 relationId() const { return m_id; }
    const QString& relationType() const { return m_type; }
    double weight() const { return m_weight; }
    NodeItem* source() const { return m_source; }
    NodeItem* target() const { return m_target; }
    // Recomputes the line after an end moved.
    void adjust();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    qint64 m_id;
    NodeItem* m_source;
    NodeItem* m_target;
    QString m_type;
    double m_weight;
    QColor m_color;
    QPointF m_from;
    QPointF m_to;
};

} // namespace lx::ui
