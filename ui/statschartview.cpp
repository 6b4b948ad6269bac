// SPDX-License-Identifier: MIT
#include "statschartview.h"

#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace sc {

StatsChartView::StatsChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::NoDrag);
}

void StatsChartView::zoomTime(double factor, double anchorX)
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return;
    // QChart::zoomIn(rect) keeps y; a rect narrower or wider than the plot area zooms x only.
    const double width = plot.width() * factor;
    const double left = anchorX - (anchorX - plot.left()) * factor;
    chart()->zoomIn(QRectF(left, plot.top(), width, plot.height()));
    emit timeRangeChanged();
}

void StatsChartView::panTime(double pixels)
{
    chart()->scroll(pixels, 0);
    emit timeRangeChanged();
}

void StatsChartView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    zoomTime(std::pow(0.8, steps), event->position().x());
    event->accept();
}

void StatsChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = m_lastPos = event->position().toPoint();
    }
    QChartView::mousePressEvent(event);
}

void StatsChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            panTime(m_lastPos.x() - pos.x());
            m_lastPos = pos;
            return;
        }
    }
    if (chart()->plotArea().contains(pos))
        emit hoveredAt(chart()->mapToValue(pos), event->globalPosition().toPoint());
    else
        emit hoverLeft();
    QChartView::mouseMoveEvent(event);
}

void StatsChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        const bool click = !m_dragging;
        m_pressed = m_dragging = false;
        const QPoint pos = event->position().toPoint();
        if (click && chart()->plotArea().contains(pos))
            emit clickedAt(chart()->mapToValue(pos));
    }
    QChartView::mouseReleaseEvent(event);
}

void StatsChartView::leaveEvent(QEvent* event)
{
    emit hoverLeft();
    QChartView::leaveEvent(event);
}

void StatsChartView::keyPressEvent(QKeyEvent* event)
{
    const QRectF plot = chart()->plotArea();
    switch (event->key()) {
    case Qt::Key_Plus: case Qt::Key_Equal: zoomTime(0.8, plot.center().x()); return;
    case Qt::Key_Minus: zoomTime(1.25, plot.center().x()); return;
    case Qt::Key_Left: panTime(-plot.width() / 10); return;
    case Qt::Key_Right: panTime(plot.width() / 10); return;
    default: break;
    }
    QChartView::keyPressEvent(event);
}

} // namespace sc
