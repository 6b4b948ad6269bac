// SPDX-License-Identifier: MIT
#include "ownershipcodeedit.h"

#include <QTextDocument> // Qt::convertFromPlainText
#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace sc {

namespace {
class Gutter : public QWidget
{
public:
    explicit Gutter(OwnershipCodeEdit* edit) : QWidget(edit), m_edit(edit) {}
    QSize sizeHint() const override { return {m_edit->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_edit->paintGutter(event); }

private:
    OwnershipCodeEdit* m_edit;
};
} // namespace

OwnershipCodeEdit::OwnershipCodeEdit(QWidget* parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
{
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int OwnershipCodeEdit::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 2);
}

void OwnershipCodeEdit::setCompleter(QCompleter* completer)
{
    m_completer = completer;
}

void OwnershipCodeEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer && m_completer->popup() && m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore(); // the completer's popup takes it: accept or close
            return;
        default: break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void OwnershipCodeEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void OwnershipCodeEdit::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        bool error = false;
        bool warning = false;
        for (const OwnershipDiagnostic& d : m_diagnostics) {
            if (d.line == line) {
                error = error || d.severity == OwnershipDiagnostic::Severity::Error;
                warning = warning || d.severity == OwnershipDiagnostic::Severity::Warning;
            }
        }
        painter.setPen(error ? QColor(0xcb, 0x24, 0x31) : warning ? QColor(0xc0, 0x7a, 0x00) : palette().color(QPalette::PlaceholderText));
        painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight, QString::number(line));
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

void OwnershipCodeEdit::setDiagnostics(const QList<OwnershipDiagnostic>& diagnostics)
{
    m_diagnostics = diagnostics;
    updateSelections();
    m_gutter->update();
}

void OwnershipCodeEdit::setHighlightedLines(const QList<int>& lines)
{
    m_highlighted = lines;
    updateSelections();
}

void OwnershipCodeEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : m_highlighted) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setBackground(QColor(0xe6, 0xf4, 0xea));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections.append(s);
    }
    for (const OwnershipDiagnostic& d : m_diagnostics) {
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(d.severity == OwnershipDiagnostic::Severity::Error ? QColor(0xcb, 0x24, 0x31)
                                                                                     : QColor(0xc0, 0x7a, 0x00));
        s.format.setToolTip(d.message);
        QTextCursor c(block);
        const int start = qBound(0, d.column - 1, qMax(0, block.length() - 1));
        c.setPosition(block.position() + start);
        const int length = int(qMax<qsizetype>(1, qMin<qsizetype>(d.length, block.length() - 1 - start)));
        c.setPosition(block.position() + qMin(start + length, qMax(start + 1, block.length() - 1)), QTextCursor::KeepAnchor);
        s.cursor = c;
        selections.append(s);
    }
    setExtraSelections(selections);
}

bool OwnershipCodeEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const int line = cursor.blockNumber() + 1;
        const int column = cursor.positionInBlock() + 1;
        QStringList messages;
        for (const OwnershipDiagnostic& d : m_diagnostics) {
            if (d.line == line && column >= d.column && column <= d.column + qMax<qsizetype>(1, d.length))
                messages << d.message;
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(messages.join(QLatin1Char('\n'))), this); // quotes the rules text: never rich text
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace sc
