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
    buttons->addWidget(m_status, 1);
    buttons->addWidget(reloadButton);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    connect(reloadButton, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_undo, &QPushButton::clicked, this, &HistoryView::undoSelected);
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
    m_journal = Journal(path);
    reload();
}

void HistoryView::reload()
{
    int skipped = 0;
    Result<QList<JournalEntry>> entries = m_journal.entries(&skipped);
    m_tree->clear();
    if (!entries) {
        m_entries.clear();
        m_status->setText(entries.error().message);
        m_undo->setEnabled(false);
        return;
    }
    m_entries = *entries;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const JournalEntry& e = m_entries.at(i);
        auto* item = new QTreeWidgetItem(m_tree, {e.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.outcome,
                                                  u"%1 %2 — %3"_s.arg(operationKindName(e.operation.kind), targetTypeName(e.operation.target.type),
                                                                       e.operation.summary.isEmpty()
                                                                           ? operationLabel(e.operation)
                                                                           : e.operation.summary),
                                                  e.org});
        item->setData(TimeColumn, EntryIdRole, e.id);
        item->setToolTip(OperationColumn, Qt::convertFromPlainText(e.id)); // never rich text from a file
        if (!isUndoable(e))
            item->setForeground(OutcomeColumn, QColor(0xc6, 0x28, 0x28));
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(m_entries.isEmpty() ? tr("Nothing pushed yet.")
                                          : tr("%n pushed operation(s).", nullptr, int(m_entries.size()))
                                                + (skipped ? u" "_s + tr("%n unreadable line(s) skipped.", nullptr, skipped) : QString()));
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
