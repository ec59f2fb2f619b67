#include "graph/EdgeItem.h"

#include "graph/NodeItem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace lx::ui {

EdgeItem::EdgeItem(qint64 relationId, NodeItem* source, NodeItem* target, const QString& typeKey, double weight,
                   const QColor& color)
    : m_id(relationId), m_source(source), m_target(target), m_type(typeKey), m_weight(weight), m_color(color)
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    source->addEdge(this);
    target->addEdge(this);
    adjust();
}

void EdgeItem::adjust()
{
    const QPointF a = m_source->pos();
    const QPointF b = m_target->pos();
    const QLineF line(a, b);
    const double length = line.length();
    prepareGeometryChange();
    if (length < m_source->radius() + m_target->radius() + 1) {
        m_from = m_to = a;
        return;
    }
    const QPointF unit = (b - a) / length;
    m_from = a + unit * m_source->radius();
    m_to = b - unit * (m_target->radius() + 1);
}

QRectF EdgeItem::boundingRect() const
{
    const double extra = 8;
    return QRectF(m_from, m_to).normalized().adjusted(-extra, -extra, extra, extra);
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_from == m_to)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Weak relations are paler: the colour mixed with the background instead of alpha blending,
    // which the raster engine draws several times faster.
    const double strength = 0.35 + 0.55 * m_weight;
    const QColor c = QColor::fromRgbF(float(1 - strength * (1 - m_color.redF())), float(1 - strength * (1 - m_color.greenF())),
                                      float(1 - strength * (1 - m_color.blueF())));
    const double onScreen = (0.4 + 2.6 * m_weight) * lod;
    if (onScreen < 1.5) {
        // Zoomed out: a one-pixel cosmetic line without antialiasing, the cheapest line there is.
        const bool aa = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(c, 0));
        painter->drawLine(m_from, m_to);
        painter->setRenderHint(QPainter::Antialiasing, aa);
        return;
    }
    painter->setPen(QPen(c, 0.4 + 2.6 * m_weight, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(m_from, m_to);
    if (lod < 0.35)
        return;
    const QLineF line(m_to, m_from);
    const double angle = qDegreesToRadians(line.angle());
    const double size = 5 + 3 * m_weight;
    const QPointF left = m_to + QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    const QPointF right = m_to + QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawPolygon(QPolygonF{m_to, left, right});
}

} // namespace lx::ui
