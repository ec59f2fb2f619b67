#include "graph/NodeItem.h"

#include "graph/EdgeItem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace lx::ui {

namespace {
bool g_alwaysLabels = false;
constexpr double kLabelWidth = 160;
constexpr double kLabelHeight = 18;
} // namespace

void NodeItem::setAlwaysShowLabels(bool on)
{
    g_alwaysLabels = on;
}

NodeItem::NodeItem(qint64 conceptId, const QString& name, const QColor& color)
    : m_id(conceptId), m_name(name), m_color(color)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    setZValue(2);
    setToolTip(name);
}

void NodeItem::setRadius(double radius)
{
    prepareGeometryChange();
    m_radius = radius;
}

void NodeItem::setPinned(bool pinned)
{
    m_pinned = pinned;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on || isSelected() ? 3 : 2);
    update();
}

QRectF NodeItem::boundingRect() const
{
    const double r = m_radius + 3;
    // Room for the label under the disc.
    return QRectF(-std::max(r, kLabelWidth / 2), -r, std::max(2 * r, kLabelWidth), 2 * r + kLabelHeight + 2);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addEllipse(QPointF(0, 0), m_radius + 2, m_radius + 2);
    return p;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    if (m_radius * lod < 3 && !selected && !m_highlighted && !g_alwaysLabels) {
        // A few pixels across: a plain dot, no outline, no smoothing, no label.
        const bool aa = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_color);
        painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
        painter->setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    painter->setPen(selected || m_highlighted ? QPen(QColor(0x10, 0x10, 0x10), 2.5 / std::max(lod, 0.2))
                                              : QPen(m_color.darker(140), 1.0 / std::max(lod, 0.2)));
    painter->setBrush(m_color);
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
    if (m_pinned && lod > 0.6) {
        painter->setBrush(Qt::white);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(0, 0), m_radius * 0.3, m_radius * 0.3);
    }
    // A label is drawn once it would be legible: about 9 px on screen, earlier for big nodes.
    const bool legible = lod * (6 + m_radius) >= 10;
    if (g_alwaysLabels || selected || m_highlighted || legible) {
        QFont f = painter->font();
        f.setPointSizeF(9);
        f.setBold(selected || m_highlighted);
        painter->setFont(f);
        // On a pale backing, so that a label stays readable where relations cross it.
        const QRectF box(-kLabelWidth / 2, m_radius + 1, kLabelWidth, kLabelHeight);
        const QRectF text = painter->boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, m_name);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRoundedRect(text.adjusted(-2, 0, 2, 0), 3, 3);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, m_name);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() || m_highlighted ? 3 : 2); // its label above its neighbours
    if (change == ItemPositionHasChanged) {
        for (EdgeItem* e : std::as_const(m_edges))
            e->adjust();
        if (scene() && (flags() & ItemIsMovable) && scene()->mouseGrabberItem() == this)
            m_dragged = true;
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_dragged) {
        m_dragged = false;
        m_pinned = true;
        update();
        if (onMoved)
            onMoved(this);
    }
}

} // namespace lx::ui
