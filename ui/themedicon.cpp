// SPDX-License-Identifier: MIT
#include "themedicon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace sc {

namespace {

QPixmap render(const QByteArray& svg, const QColor& colour, int size)
{
    QByteArray coloured = svg;
    coloured.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString& name, const QPalette& palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::WindowText), size), QIcon::Normal);
        icon.addPixmap(render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size), QIcon::Disabled);
    }
    return icon;
}

} // namespace sc
