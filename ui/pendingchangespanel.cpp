// SPDX-License-Identifier: MIT
#include "pendingchangespanel.h"
#include "changedescription.h"
#include "changesetreport.h"
#include "conflictdialog.h"
#include "consolesession.h"
#include "diffview.h"
#include "pushengine.h"
#include "unreadabledraftswidget.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sc {

namespace {

QColor statusColour(PushStatus status)
{
    switch (status) {
    case PushStatus::Verified: return QColor(0x1a, 0x7f, 0x37);
    case PushStatus::Conflict: return QColor(0xb2, 0x6b, 0x00);
    case PushStatus::Failed:
    case PushStatus::Mismatch: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x66, 0x66, 0x66);
    }
}

QString statusLine(const PushOutcome& outcome)
{
    QString text = pushStatusText(outcome.status);
    if ((outcome.status == PushStatus::Failed || outcome.status == PushStatus::Mismatch) && !outcome.error.message.isEmpty())
        text += u": "_s + outcome.error.message;
    return text;
}

} // namespace

PendingChangesPanel::PendingChangesPanel(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"pendingSummary"_s);
    layout->addWidget(m_summary);
    m_unreadable = new UnreadableDraftsWidget(session, this);
    layout->addWidget(m_unreadable);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Operation"), tr("Status")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OperationColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_diff = new DiffView(splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 580});
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"pushStatus"_s);
    m_status->setWordWrap(true);
    m_continueOnError = new QCheckBox(tr("Continue after a failed operation"), this);
    m_push = new QPushButton(tr("Push selected"), this);
    m_push->setObjectName(u"pushButton"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_continueOnError);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_push);
    layout->addLayout(buttons);

    connect(m_push, &QPushButton::clicked, this, &PendingChangesPanel::push);
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesPanel::cancelPush);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PendingChangesPanel::showCurrent);
    if (m_session) {
        connect(m_session, &ConsoleSession::draftsChanged, this, &PendingChangesPanel::reload);
        connect(m_session, &ConsoleSession::profileChanged, this, &PendingChangesPanel::reload);
    }
    reload();
}

PendingChangesPanel::~PendingChangesPanel() = default;

int PendingChangesPanel::pendingCount() const
{
    int n = 0;
    for (const Draft& draft : m_drafts)
        n += int(draft.changes.operations.size());
    return n;
}

PushOutcome PendingChangesPanel::outcome(const QString& draftKey, const QString& opId) const
{
    PushOutcome pending;
    pending.opId = opId;
    return m_outcomes.value(outcomeKey(draftKey, opId), pending);
}

QString PendingChangesPanel::statusText() const
{
    return m_status->text();
}

bool PendingChangesPanel::isPushing() const
{
    return !m_queue.isEmpty() || !m_engine.isNull();
}

void PendingChangesPanel::reload()
{
    const QString selectedKey = m_tree->currentItem() ? m_tree->currentItem()->data(0, DraftKeyRole).toString() : QString();
    const QString selectedOp = m_tree->currentItem() ? m_tree->currentItem()->data(0, OperationIdRole).toString() : QString();
    m_drafts.clear();
    QStringList unreadable;
    if (m_session) {
        const QString profile = m_session->profileName();
        for (const QString& key : m_session->drafts().keys(profile)) {
            Result<ChangeSet> changes = m_session->drafts().load(profile, key);
            if (changes)
                m_drafts.append(Draft{key, *changes});
            else if (m_session->drafts().contains(profile, key)) // the rest were set aside: m_unreadable lists them
                unreadable.append(key);
        }
    }

    m_unreadable->reload();

    m_tree->clear();
    QMap<QString, QList<QPair<const Draft*, const ChangeOperation*>>> byProject;
    QList<ChangeOperation> all;
    for (const Draft& draft : std::as_const(m_drafts)) {
        for (const ChangeOperation& op : draft.changes.operations) {
            byProject[op.target.project.isEmpty() ? tr("(organization)") : op.target.project].append({&draft, &op});
            all.append(op);
        }
    }
    for (auto it = byProject.begin(); it != byProject.end(); ++it) {
        QList<ChangeOperation> ops;
        for (const auto& [draft, op] : it.value())
            ops.append(*op);
        auto* group = new QTreeWidgetItem(m_tree, {u"%1 — %2"_s.arg(it.key(), kindCountsText(countKinds(ops)))});
        QFont bold = group->font(OperationColumn);
        bold.setBold(true);
        group->setFont(OperationColumn, bold);
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const auto& [draft, op] : it.value()) {
            auto* item = new QTreeWidgetItem(group, {u"%1  %2 %3 — %4"_s.arg(op->id, op->kind, op->target.type,
                                                                                op->summary.isEmpty() ? operationLabel(*op) : op->summary)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(OperationColumn, Qt::Checked);
            item->setData(OperationColumn, DraftKeyRole, draft->key);
            item->setData(OperationColumn, OperationIdRole, op->id);
            item->setToolTip(OperationColumn, tr("%1\nDraft: %2").arg(item->text(OperationColumn), draft->key));
            const auto found = m_outcomes.constFind(outcomeKey(draft->key, op->id));
            if (found != m_outcomes.constEnd()) {
                item->setText(StatusColumn, statusLine(*found));
                item->setForeground(StatusColumn, statusColour(found->status));
                item->setToolTip(StatusColumn, found->note.isEmpty() ? statusLine(*found) : found->note);
            } else {
                item->setText(StatusColumn, tr("pending"));
            }
        }
    }
    // Operations that were applied and verified have left their drafts; show them until the next push.
    if (!m_pushedOps.isEmpty()) {
        auto* done = new QTreeWidgetItem(m_tree, {tr("Pushed and verified")});
        done->setFlags(Qt::ItemIsEnabled);
        for (auto it = m_pushedOps.begin(); it != m_pushedOps.end(); ++it) {
            const PushOutcome& o = m_outcomes.value(it.key());
            auto* item = new QTreeWidgetItem(done, {u"%1 — %2"_s.arg(it.value().id, it.value().summary), statusLine(o)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setForeground(StatusColumn, statusColour(o.status));
            item->setData(OperationColumn, DraftKeyRole, it.key().section(u'\n', 0, 0));
            item->setData(OperationColumn, OperationIdRole, it.value().id);
        }
    }
    m_tree->expandAll();

    QString summary = all.isEmpty() ? tr("No pending changes.")
                                    : tr("%n pending operation(s): %1", nullptr, int(all.size())).arg(kindCountsText(countKinds(all)));
    if (!unreadable.isEmpty())
        summary += u"  "_s + tr("Unreadable drafts kept on disk: %1").arg(unreadable.join(u", "_s));
    m_summary->setText(summary);
    m_push->setEnabled(!all.isEmpty() && !isPushing() && m_session && m_session->client());
    // The profile may connect after the panel was built (the demo server starts later): the
    // offline note must go away as soon as there is a client.
    const QString offline = tr("Offline: connect a profile to push.");
    if (!m_session || !m_session->client())
        m_status->setText(offline);
    else if (m_status->text() == offline)
        m_status->clear();
    if (QTreeWidgetItem* item = itemFor(selectedKey, selectedOp))
        m_tree->setCurrentItem(item);
    else
        m_diff->clear();
}

QTreeWidgetItem* PendingChangesPanel::itemFor(const QString& key, const QString& opId) const
{
    if (key.isEmpty())
        return nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        for (int k = 0; k < group->childCount(); ++k) {
            QTreeWidgetItem* item = group->child(k);
            if (item->data(OperationColumn, DraftKeyRole).toString() == key
                && item->data(OperationColumn, OperationIdRole).toString() == opId)
                return item;
        }
    }
    return nullptr;
}

void PendingChangesPanel::selectOperation(const QString& draftKey, const QString& opId)
{
    if (QTreeWidgetItem* item = itemFor(draftKey, opId))
        m_tree->setCurrentItem(item);
}

void PendingChangesPanel::showCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(OperationColumn, OperationIdRole).toString().isEmpty()) {
        m_diff->clear();
        return;
    }
    const QString key = item->data(OperationColumn, DraftKeyRole).toString();
    const QString opId = item->data(OperationColumn, OperationIdRole).toString();
    const DiffLabels labels = m_session && m_session->hasSnapshot() ? DiffLabels::fromSnapshot(m_session->snapshot())
                                                                    : DiffLabels{};
    for (const Draft& draft : std::as_const(m_drafts)) {
        if (draft.key != key)
            continue;
        for (const ChangeOperation& op : draft.changes.operations) {
            if (op.id == opId) {
                m_diff->setOperation(op, labels);
                return;
            }
        }
    }
    const auto pushed = m_pushedOps.constFind(outcomeKey(key, opId));
    if (pushed != m_pushedOps.constEnd())
        m_diff->setOperation(*pushed, labels);
}

void PendingChangesPanel::push()
{
    if (isPushing() || !m_session || !m_session->client())
        return;
    m_queue.clear();
    m_pushedOps.clear();
    m_conflicts.clear();
    for (const Draft& draft : std::as_const(m_drafts)) {
        Draft selected{draft.key, draft.changes};
        selected.changes.operations.clear();
        for (const ChangeOperation& op : draft.changes.operations) {
            const QTreeWidgetItem* item = itemFor(draft.key, op.id);
            if (item && item->checkState(OperationColumn) == Qt::Checked)
                selected.changes.operations.append(op);
        }
        if (!selected.changes.operations.isEmpty()) {
            if (selected.changes.org.isEmpty())
                selected.changes.org = m_session->orgSlug();
            m_queue.append(selected);
        }
    }
    if (m_queue.isEmpty()) {
        m_status->setText(tr("Nothing selected."));
        return;
    }
    for (const Draft& draft : std::as_const(m_queue))
        for (const ChangeOperation& op : draft.changes.operations)
            m_outcomes.remove(outcomeKey(draft.key, op.id));
    m_push->setEnabled(false);
    m_cancel->setEnabled(true);
    emit pushStarted();
    startNext();
}

void PendingChangesPanel::cancelPush()
{
    m_queue.clear();
    if (m_engine)
        m_engine->cancel();
}

void PendingChangesPanel::startNext()
{
    if (m_queue.isEmpty() || !m_session || !m_session->client()) {
        m_queue.clear();
        m_cancel->setEnabled(false);
        reload();
        if (m_session) {
            m_session->notifyDraftsChanged();
            // The snapshot must show what the server holds now.
            if (m_session->client())
                m_session->refresh();
        }
        emit pushFinished();
        showNextConflict();
        return;
    }
    const Draft draft = m_queue.takeFirst();
    m_engineKey = draft.key;
    PushOptions options;
    options.continueOnError = m_continueOnError->isChecked();
    m_engine = new PushEngine(m_session->client(), draft.changes, options, this);
    connect(m_engine, &PushEngine::operationStarted, this, [this](const QString& opId) {
        if (QTreeWidgetItem* item = itemFor(m_engineKey, opId))
            item->setText(StatusColumn, pushStatusText(PushStatus::Running));
    });
    connect(m_engine, &PushEngine::operationFinished, this, [this](const PushOutcome& outcome) {
        m_outcomes.insert(outcomeKey(m_engineKey, outcome.opId), outcome);
        if (QTreeWidgetItem* item = itemFor(m_engineKey, outcome.opId)) {
            item->setText(StatusColumn, statusLine(outcome));
            item->setForeground(StatusColumn, statusColour(outcome.status));
        }
    });
    connect(m_engine, &PushEngine::progress, this, [this](int done, int total) {
        m_status->setText(tr("Pushing %1: %2 of %3 operations done…").arg(m_engineKey).arg(done).arg(total));
    });
    connect(m_engine, &PushEngine::finished, this, &PendingChangesPanel::engineFinished);
    m_engine->start();
}

void PendingChangesPanel::engineFinished()
{
    PushEngine* engine = m_engine;
    if (!engine)
        return;
    const QString key = m_engineKey;
    const QString profile = m_session->profileName();
    // Re-read the draft: it may have been edited while the push ran. Only verified operations leave.
    Result<ChangeSet> current = m_session->drafts().load(profile, key);
    if (current) {
        QList<ChangeOperation> kept;
        for (const ChangeOperation& op : current->operations) {
            const PushOutcome o = engine->outcome(op.id);
            if (o.status == PushStatus::Verified) {
                m_pushedOps.insert(outcomeKey(key, op.id), op);
                continue;
            }
            if (o.status == PushStatus::Conflict)
                m_conflicts.append({key, op.id});
            kept.append(op);
        }
        current->operations = kept;
        const Result<void> saved = kept.isEmpty() ? m_session->drafts().remove(profile, key)
                                                  : m_session->drafts().save(profile, key, *current);
        if (!saved)
            m_status->setText(saved.error().message);
    }
    int verified = 0, other = 0;
    for (const PushOutcome& o : engine->outcomes())
        (o.ok() ? verified : other) += 1;
    m_status->setText(tr("%1: %2 verified, %3 not applied.").arg(key).arg(verified).arg(other));
    if (!engine->journalError().isEmpty())
        m_status->setText(tr("%1: pushed, but not recorded in the journal, so History and Undo miss it. %2")
                              .arg(key, engine->journalError()));
    engine->deleteLater();
    m_engine = nullptr;
    startNext();
}

void PendingChangesPanel::showNextConflict()
{
    if (m_conflicts.isEmpty() || !m_session)
        return;
    const auto [key, opId] = m_conflicts.takeFirst();
    const QString profile = m_session->profileName();
    Result<ChangeSet> draft = m_session->drafts().load(profile, key);
    if (!draft) {
        showNextConflict();
        return;
    }
    const auto it = std::find_if(draft->operations.begin(), draft->operations.end(),
                                 [&](const ChangeOperation& op) { return op.id == opId; });
    if (it == draft->operations.end()) {
        showNextConflict();
        return;
    }
    auto* dialog = new ConflictDialog(*it, m_outcomes.value(outcomeKey(key, opId)), this);
    dialog->setObjectName(u"conflictDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, [this, dialog, key = key, opId = opId](ConflictDialog::Resolution r) {
        if (r != ConflictDialog::Skip) {
            const QString profile = m_session->profileName();
            Result<ChangeSet> draft = m_session->drafts().load(profile, key);
            if (draft) {
                for (ChangeOperation& op : draft->operations)
                    if (op.id == opId)
                        op = dialog->resolvedOperation();
                m_session->drafts().save(profile, key, *draft);
                m_outcomes.remove(outcomeKey(key, opId));
                m_session->notifyDraftsChanged();
            }
        }
        emit conflictResolved();
        QMetaObject::invokeMethod(this, &PendingChangesPanel::showNextConflict, Qt::QueuedConnection);
    });
    dialog->open();
}

} // namespace sc
