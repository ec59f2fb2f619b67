#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

#include <functional>

namespace lx::ui {

class EdgeItem;

// One concept in the graph view: a disc coloured by type and sized by weight or degree. Its
// label appears once the view is zoomed in far enough to read it (at any zoom when selected).
// Dragging it pins it where it is dropped.
class NodeItem final : public QGraphicsItem
{
public:
    NodeItem(qint64 conceptId, const QString& name, const QColor& color);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    qint64 conceptId() const { return m_id; }
    const QString& name() const { return m_name; }
    void setRadius(double radius);
    double radius() const { return m_radius; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    void setHighlighted(bool on);
    void addEdge(EdgeItem* edge) { m_edges.append(edge); }
    const QList<EdgeItem*>& edges() const { return m_edges; }
    // Drawing labels always (for the benchmark's peer and for exports at small scale).
    static void setAlwaysShowLabels(bool on);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Called after the user dropped the node somewhere (set by the panel).
    std::function<void(NodeItem*)> onMoved;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    qint64 m_id;
    QString m_name;
    QColor m_color;
    double m_radius = 8;
    bool m_pinned = false;
    bool m_highlighted = false;
    bool m_dragged = false;
    QList<EdgeItem*> m_edges;
};

} // namespace lx::ui
