// SPDX-License-Identifier: MIT
#include "coveragemarksdelegate.h"

#include "orgtreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace sc {

namespace {
int markSize(const QStyleOptionViewItem& option)
{
    return qMax(8, option.fontMetrics.height() * 2 / 3);
}
} // namespace

CoverageMarksDelegate::CoverageMarksDelegate(Mode mode, int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_mode(mode)
    , m_role(role)
{
}

QColor CoverageMarksDelegate::colorFor(int mark, const QPalette& palette)
{
    // Mid-saturation hues that keep contrast on both white and near-black bases.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (mark) {
    case OrgTreeModel::OkMark: return dark ? QColor(0x4c, 0xc3, 0x6f) : QColor(0x1f, 0x8a, 0x43);
    case OrgTreeModel::DriftedMark: return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xc2, 0x7c, 0x00);
    case OrgTreeModel::MissingMark: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    default: return palette.color(QPalette::Disabled, QPalette::Text);
    }
}

void CoverageMarksDelegate::drawMark(QPainter* painter, const QRectF& rect, int mark, const QPalette& palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = colorFor(mark, palette);
    const qreal pen = qMax<qreal>(1.0, rect.width() / 6.0);
    const QRectF r = rect.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    switch (mark) {
    case OrgTreeModel::OkMark:
        painter->setPen(QPen(color, pen));
        painter->setBrush(color);
        painter->drawEllipse(r);
        break;
    case OrgTreeModel::DriftedMark: {
        painter->setPen(QPen(color, pen));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        QPainterPath half;
        half.moveTo(r.center());
        half.arcTo(r, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, color);
        break;
    }
    case OrgTreeModel::MissingMark:
        painter->setPen(QPen(color, pen * 1.3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        break;
    default: {
        QPen dotted(color, pen * 0.8, Qt::DotLine);
        painter->setPen(dotted);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        break;
    }
    }
    painter->restore();
}

void CoverageMarksDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant value = index.data(m_role);
    const int size = markSize(opt);
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();

    if (m_mode == Mode::Marks) {
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QVariantList marks = value.toList();
        if (marks.size() != 4)
            return;
        const int gap = size / 2;
        qreal x = opt.rect.left() + gap;
        const qreal y = opt.rect.center().y() - size / 2.0 + 0.5;
        for (const QVariant& mark : marks) {
            drawMark(painter, QRectF(x, y, size, size), mark.toInt(), opt.palette);
            x += size + gap;
        }
        return;
    }
    if (!value.isValid()) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        return;
    }
    // State mode: mark, then the text shifted right.
    const int gap = size / 2;
    const QRect textRect = opt.rect;
    opt.rect = textRect;
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRectF markRect(textRect.left() + gap, textRect.center().y() - size / 2.0 + 0.5, size, size);
    drawMark(painter, markRect, value.toInt(), opt.palette);
    const QRect rest = textRect.adjusted(gap * 2 + size, 0, 0, 0);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(rest, int(Qt::AlignLeft | Qt::AlignVCenter), opt.fontMetrics.elidedText(text, Qt::ElideRight, rest.width()));
    painter->restore();
}

QSize CoverageMarksDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    const int size = markSize(option);
    if (m_mode == Mode::Marks)
        hint.setWidth(qMax(hint.width(), 4 * size + 5 * (size / 2)));
    else
        hint.setWidth(hint.width() + size * 2);
    return hint;
}

} // namespace sc
