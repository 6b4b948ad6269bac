// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace sc {

// Draws tier coverage as small marks that read in light and dark palettes and at any DPI
// (vector shapes, sized from the font): present = filled disc, drifted = half-filled disc,
// missing = hollow ring, not audited = dotted outline. Shape and colour both carry the state,
// so it reads without colour vision too.
//   Marks mode: the cell's CoverageRole (list of four marks, P0..P3) as a row of four marks.
//   State mode: the cell's StateRole (one mark) before the cell text.
class CoverageMarksDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Mode { Marks, State };
    CoverageMarksDelegate(Mode mode, int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor colorFor(int mark, const QPalette& palette);
    static void drawMark(QPainter* painter, const QRectF& rect, int mark, const QPalette& palette);

private:
    Mode m_mode;
    int m_role;
};

} // namespace sc
