// SPDX-License-Identifier: MIT
#include "historyview.h"
#include "changedescription.h"
#include "consolesession.h"
#include "diffview.h"
#include "undobuilder.h"

#include <QTextDocument> // Qt::convertFromPlainText
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc {

HistoryView::HistoryView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Time (UTC)"), tr("Outcome"), tr("Operation"), tr("Organization")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(OperationColumn, QHeaderView::Stretch);
    m_diff = new DiffView(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_diff);
    layout->addWidget(splitter, 1);
    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // journal and server texts: never rich text
    m_status->setWordWrap(true);
    auto* reloadButton = new QPushButton(tr("Reload"), this);
    m_undo = new QPushButton(tr("Undo selected…"), this);
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setToolTip(tr("Creates a pending change that undoes the selected operations; review and push it in "
                          "Pending changes."));
    m_older = new QPushButton(tr("Show older entries"), this);
    m_older->setObjectName(u"showOlderButton"_s);
    m_older->setVisible(false);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_older);
    buttons->addWidget(reloadButton);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    connect(reloadButton, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_undo, &QPushButton::clicked, this, &HistoryView::undoSelected);
    connect(m_older, &QPushButton::clicked, this, &HistoryView::showOlder);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryView::showCurrent);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_undo->setEnabled(!m_tree->selectedItems().isEmpty());
    });
    if (m_session)
        connect(m_session, &ConsoleSession::draftsChanged, this, &HistoryView::reload);
    reload();
}

void HistoryView::setJournalPath(const QString& path)
{
    m_reader = JournalReader(path);
    m_entries.clear();
    m_shown = 0;
    m_skipped = 0;
    m_tree->clear();
    reload();
}

void HistoryView::setPageSize(int entries)
{
    m_pageSize = qMax(1, entries);
}

QTreeWidgetItem* HistoryView::makeItem(const JournalEntry& e) const
{
    auto* item = new QTreeWidgetItem({e.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.outcome,
                                      u"%1 %2 — %3"_s.arg(operationKindName(e.operation.kind), targetTypeName(e.operation.target.type),
                                                           e.operation.summary.isEmpty() ? operationLabel(e.operation)
                                                                                         : e.operation.summary),
                                      e.org});
    item->setData(TimeColumn, EntryIdRole, e.id);
    item->setToolTip(OperationColumn, Qt::convertFromPlainText(e.id)); // never rich text from a file
    if (!isUndoable(e))
        item->setForeground(OutcomeColumn, QColor(0xc6, 0x28, 0x28));
    return item;
}

void HistoryView::reload()
{
    Result<JournalReader::Chunk> chunk = m_reader.read();
    if (!chunk) {
        m_status->setText(chunk.error().message);
        return;
    }
    if (chunk->restarted) {
        m_tree->clear();
        m_entries.clear();
        m_shown = 0;
        m_skipped = 0;
    }
    m_skipped += chunk->skipped;
    if (!chunk->entries.isEmpty()) {
        m_entries += chunk->entries;
        if (m_shown == 0) {
            showOlder(); // first (or restarted) read: the newest page
        } else {
            QList<QTreeWidgetItem*> items; // newest first, on top of what is shown
            for (qsizetype i = chunk->entries.size() - 1; i >= 0; --i)
                items.append(makeItem(chunk->entries.at(i)));
            m_tree->insertTopLevelItems(0, items);
            m_shown += items.size();
            for (int c = 0; c < ColumnCount - 1; ++c)
                m_tree->resizeColumnToContents(c);
        }
    }
    updateStatus();
}

void HistoryView::showOlder()
{
    const qsizetype total = m_entries.size();
    const qsizetype upTo = qMin(total, m_shown + m_pageSize);
    QList<QTreeWidgetItem*> items;
    for (qsizetype shown = m_shown; shown < upTo; ++shown)
        items.append(makeItem(m_entries.at(total - 1 - shown)));
    m_tree->addTopLevelItems(items);
    m_shown = upTo;
    if (!items.isEmpty())
        for (int c = 0; c < ColumnCount - 1; ++c)
            m_tree->resizeColumnToContents(c);
    updateStatus();
}

void HistoryView::updateStatus()
{
    const int total = int(m_entries.size());
    QString text = total == 0 ? tr("Nothing pushed yet.") : tr("%n pushed operation(s).", nullptr, total);
    if (m_shown < total)
        text += u" "_s + tr("Showing the newest %1.").arg(m_shown);
    if (m_skipped)
        text += u" "_s + tr("%n unreadable line(s) skipped.", nullptr, m_skipped);
    m_status->setText(text);
    m_older->setVisible(m_shown < total);
    m_undo->setEnabled(!m_tree->selectedItems().isEmpty());
}

void HistoryView::showCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_diff->clear();
        return;
    }
    const QString id = item->data(TimeColumn, EntryIdRole).toString();
    for (const JournalEntry& e : std::as_const(m_entries)) {
        if (e.id != id)
            continue;
        ChangeOperation shown = e.operation;
        shown.base = e.before;
        shown.desired = e.after;
        m_diff->setOperation(shown);
        return;
    }
}

QString HistoryView::undoSelected()
{
    QStringList ids;
    for (QTreeWidgetItem* item : m_tree->selectedItems())
        ids.append(item->data(TimeColumn, EntryIdRole).toString());
    QList<JournalEntry> picked; // newest first: undo in reverse order of the pushes
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        if (ids.contains(m_entries.at(i).id))
            picked.append(m_entries.at(i));
    Result<ChangeSet> undo = buildUndo(picked);
    if (!undo) {
        m_status->setText(undo.error().message);
        return {};
    }
    if (!m_session) {
        m_status->setText(tr("No session to keep the undo draft in."));
        return {};
    }
    const QString key = u"undo/%1"_s.arg(picked.first().id);
    if (Result<void> saved = m_session->drafts().save(m_session->profileName(), key, *undo); !saved) {
        m_status->setText(saved.error().message);
        return {};
    }
    m_status->setText(tr("Undo draft \"%1\" created with %n operation(s); review and push it in Pending changes.",
                         nullptr, int(undo->operations.size())).arg(key));
    emit undoDraftCreated(key);
    m_session->notifyDraftsChanged();
    return key;
}

} // namespace sc
