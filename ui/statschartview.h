// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

namespace sc {

// The chart surface of ChartsView: wheel zooms the time axis around the cursor, dragging pans it,
// a click (press and release without a drag) and hovering report the value under the mouse. The
// owner decides what a value means (which series, which bucket).
class StatsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit StatsChartView(QChart* chart, QWidget* parent = nullptr);

    // Zooms the x axis by `factor` (< 1 zooms in) around the plot-area x position `anchorX`.
    void zoomTime(double factor, double anchorX);
    void panTime(double pixels);

signals:
    void clickedAt(const QPointF& value);
    void hoveredAt(const QPointF& value, const QPoint& globalPos);
    void hoverLeft();
    void timeRangeChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace sc
