// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "jsonio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace sc {

namespace {

struct ExportTr {
    Q_DECLARE_TR_FUNCTIONS(sc::ChartExport)
};

QString rangeLabel(const QString& range)
{
    if (range == QLatin1String("1h"))
        return ExportTr::tr("Last hour");
    if (range == QLatin1String("24h"))
        return ExportTr::tr("Last 24 hours");
    if (range == QLatin1String("7d"))
        return ExportTr::tr("Last 7 days");
    if (range == QLatin1String("14d"))
        return ExportTr::tr("Last 14 days");
    if (range == QLatin1String("30d"))
        return ExportTr::tr("Last 30 days");
    return ExportTr::tr("Custom range");
}

QString groupingLabel(const QString& groupBy)
{
    if (groupBy == QLatin1String("team"))
        return ExportTr::tr("Errors by team");
    if (groupBy == QLatin1String("level"))
        return ExportTr::tr("Errors by level");
    return ExportTr::tr("Errors by project");
}

QString bucketLabel(qint64 secs)
{
    if (secs % 86400 == 0)
        return ExportTr::tr("%n-day buckets", nullptr, int(secs / 86400));
    if (secs % 3600 == 0)
        return ExportTr::tr("%n-hour buckets", nullptr, int(secs / 3600));
    return ExportTr::tr("%n-minute buckets", nullptr, int(secs / 60));
}

// The locale's short date and time, without seconds (buckets are whole minutes at best).
QString minutes(const QLocale& locale, const QDateTime& t)
{
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(t, format);
}

struct Band {
    QFont titleFont;
    QFont subtitleFont;
    int height = 0;
};

Band bandFor(const QWidget* chart)
{
    Band band;
    band.subtitleFont = chart->font();
    band.titleFont = chart->font();
    band.titleFont.setBold(true);
    band.titleFont.setPointSizeF(band.titleFont.pointSizeF() * 1.25);
    band.height = QFontMetrics(band.titleFont).height() + QFontMetrics(band.subtitleFont).height() + 18;
    return band;
}

void paintCaption(QPainter& painter, const QWidget* chart, const Band& band, const ChartCaption& caption)
{
    const QPalette palette = chart->palette();
    painter.fillRect(QRect(0, 0, chart->width(), band.height), palette.color(QPalette::Base));
    painter.setPen(palette.color(QPalette::Text));
    const int margin = 10;
    painter.setFont(band.titleFont);
    const QFontMetrics titleMetrics(band.titleFont);
    painter.drawText(QPoint(margin, 6 + titleMetrics.ascent()),
                     titleMetrics.elidedText(caption.title, Qt::ElideMiddle, chart->width() - 2 * margin));
    painter.setFont(band.subtitleFont);
    const QFontMetrics subMetrics(band.subtitleFont);
    painter.drawText(QPoint(margin, 6 + titleMetrics.height() + 4 + subMetrics.ascent()),
                     subMetrics.elidedText(caption.subtitle, Qt::ElideMiddle, chart->width() - 2 * margin));
}

} // namespace

ChartCaption chartCaption(const StatsData& data, const QString& scope)
{
    const QLocale locale;
    ChartCaption caption;
    caption.title = ExportTr::tr("%1 — %2").arg(groupingLabel(data.groupBy), scope);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(data.startEpoch);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(data.bucketStart(data.bucketCount));
    caption.subtitle = ExportTr::tr("%1: %2 – %3 · %4")
                           .arg(rangeLabel(data.range), minutes(locale, from), minutes(locale, to),
                                bucketLabel(data.intervalSecs));
    return caption;
}

Result<void> exportChartPng(QWidget* chart, const ChartCaption& caption, const QString& path)
{
    const Band band = bandFor(chart);
    const qreal dpr = chart->devicePixelRatioF();
    QImage image(QSize(chart->width(), chart->height() + band.height) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(chart->palette().color(QPalette::Base));
    QPainter painter(&image);
    paintCaption(painter, chart, band, caption);
    chart->render(&painter, QPoint(0, band.height));
    painter.end();
    image.setText(QStringLiteral("Title"), caption.title);
    image.setText(QStringLiteral("Description"), caption.subtitle);
    if (!image.save(path, "PNG"))
        return fail(ErrorKind::Io, ExportTr::tr("Could not write the image %1.").arg(path));
    return {};
}

Result<void> exportChartSvg(QWidget* chart, const ChartCaption& caption, const QString& path)
{
    const Band band = bandFor(chart);
    const QSize size(chart->width(), chart->height() + band.height);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(caption.title);
    generator.setDescription(caption.subtitle);
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(ErrorKind::Io, ExportTr::tr("Could not write the drawing %1.").arg(path));
    paintCaption(painter, chart, band, caption);
    chart->render(&painter, QPoint(0, band.height));
    painter.end();
    return {};
}

Result<void> exportChartCsv(const StatsData& data, const QString& path)
{
    return writeFileAtomic(path, data.toCsv().toUtf8());
}

} // namespace sc
