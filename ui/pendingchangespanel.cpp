// SPDX-License-Identifier: MIT
#include "pendingchangespanel.h"
#include "changedescription.h"
#include "changesetreport.h"
#include "conflictdialog.h"
#include "consolesession.h"
#include "diffview.h"
#include "jsonio.h"
#include "ownershipdiagnostics.h"
#include "pushengine.h"
#include "pushtarget.h"
#include "unreadabledraftswidget.h"

#include <algorithm>

#include <QTextDocument> // Qt::convertFromPlainText
#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMap>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
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

QString PendingChangesPanel::identity(const QString& profile, const ChangeOperation& op)
{
    // What the operation does, not where it sits in a draft: a new draft reusing "op-1" for
    // another edit is another operation and starts out pending.
    const QJsonObject content{{u"method"_s, op.request.method}, {u"path"_s, op.request.path},
                              {u"body"_s, op.request.body}, {u"desired"_s, op.desired}, {u"kind"_s, operationKindName(op.kind)}};
    const QByteArray hash = QCryptographicHash::hash(canonicalJson(content), QCryptographicHash::Sha1).toHex();
    return QStringList{profile, targetTypeName(op.target.type), op.target.project, op.target.id, QString::fromLatin1(hash)}.join(u'\n');
}

const ChangeOperation* PendingChangesPanel::findOperation(const QString& draftKey, const QString& opId) const
{
    for (const Draft& draft : m_drafts) {
        if (draft.key != draftKey)
            continue;
        for (const ChangeOperation& op : draft.changes.operations)
            if (op.id == opId)
                return &op;
    }
    return nullptr;
}

PendingChangesPanel::PendingChangesPanel(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // draft names and server texts: never rich text
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
    splitter->setObjectName(u"pendingSplitter"_s);
    splitter->setChildrenCollapsible(false);
    // The admin's split between the list and the diff survives restarts.
    splitter->restoreState(QSettings().value(u"pendingChanges/split"_s).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(u"pendingChanges/split"_s, splitter->saveState()); });
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"pushStatus"_s);
    m_status->setWordWrap(true);
    m_continueOnError = new QCheckBox(tr("Continue after a failed operation"), this);
    m_push = new QPushButton(tr("Push selected"), this);
    m_push->setObjectName(u"pushButton"_s);
    m_push->setToolTip(tr("Push the checked operations (Ctrl+Shift+P)"));
    m_discard = new QPushButton(tr("Discard…"), this);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setToolTip(tr("Throw away the selected change (Delete); it can be restored until the window closes"));
    m_undoDiscard = new QPushButton(tr("Undo discard"), this);
    m_undoDiscard->setObjectName(u"undoDiscardButton"_s);
    m_undoDiscard->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_undoDiscard);
    buttons->addWidget(m_continueOnError);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_push);
    layout->addLayout(buttons);

    connect(m_push, &QPushButton::clicked, this, &PendingChangesPanel::push);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesPanel::discardSelected);
    connect(m_undoDiscard, &QPushButton::clicked, this, &PendingChangesPanel::undoDiscard);
    m_tree->installEventFilter(this);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (QTreeWidgetItem* item = m_tree->itemAt(pos))
            m_tree->setCurrentItem(item);
        if (selectedOperations().isEmpty())
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Discard…"), this, &PendingChangesPanel::discardSelected);
        if (!m_discarded.isEmpty())
            menu->addAction(tr("Undo discard"), this, &PendingChangesPanel::undoDiscard);
        menu->popup(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesPanel::cancelPush);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PendingChangesPanel::showCurrent);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_reloading || column != OperationColumn || !m_session)
            return;
        const ChangeOperation* op = findOperation(item->data(OperationColumn, DraftKeyRole).toString(),
                                                  item->data(OperationColumn, OperationIdRole).toString());
        if (!op)
            return;
        const QString id = identity(m_session->profileName(), *op);
        if (item->checkState(OperationColumn) == Qt::Checked)
            m_unchecked.remove(id);
        else
            m_unchecked.insert(id);
    });
    if (m_session) {
        connect(m_session, &ConsoleSession::draftsChanged, this, &PendingChangesPanel::draftsChanged);
        connect(m_session, &ConsoleSession::profileAboutToChange, this, &PendingChangesPanel::profileAboutToChange);
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
    if (const ChangeOperation* op = findOperation(draftKey, opId))
        return m_outcomes.value(identity(m_session ? m_session->profileName() : QString(), *op), pending);
    const auto pushed = m_pushedOps.constFind(outcomeKey(draftKey, opId));
    if (pushed != m_pushedOps.constEnd())
        return m_outcomes.value(identity(m_pushedProfile, *pushed), pending);
    return pending;
}

void PendingChangesPanel::profileAboutToChange()
{
    // A running push finishes its bookkeeping on the old server: requests in flight end (a write
    // that may have landed is read back and journaled), nothing new starts, the rest stays in the
    // old profile's drafts. The old client lives on with the engine until it is done.
    m_conflicts.clear();
    if (!m_engine) {
        m_queue.clear();
        return;
    }
    m_session->keepClientAlive(m_engine);
    cancelPush();
}

QString PendingChangesPanel::statusText() const
{
    return m_status->text();
}

bool PendingChangesPanel::isPushing() const
{
    return !m_queue.isEmpty() || !m_engine.isNull();
}

void PendingChangesPanel::draftsChanged(const QString& key)
{
    // The ownership editor saves its draft 800 ms after each pause in typing: re-read that one file,
    // not every draft of the profile (issue 13).
    if (key.isEmpty() || !m_session || m_session->profileName() != m_draftsProfile) {
        reload();
        return;
    }
    const QString profile = m_session->profileName();
    const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const Draft& d) { return d.key == key; });
    Result<ChangeSet> changes = m_session->drafts().load(profile, key);
    if (!changes && m_session->drafts().contains(profile, key)) {
        reload(); // unreadable: the full reload lists it and the unreadable panel shows it
        return;
    }
    if (!changes) {
        if (it != m_drafts.end())
            m_drafts.erase(it);
    } else if (it != m_drafts.end()) {
        it->changes = *changes;
    } else {
        m_drafts.append(Draft{key, *changes});
        std::sort(m_drafts.begin(), m_drafts.end(), [](const Draft& a, const Draft& b) { return a.key < b.key; });
    }
    // Saving over a damaged draft sets the old file aside: the list of those (a folder listing) is shown.
    m_unreadable->reload();
    rebuildTree();
}

void PendingChangesPanel::reload()
{
    m_drafts.clear();
    m_unreadableKeys.clear();
    m_draftsProfile.clear();
    if (m_session) {
        const QString profile = m_session->profileName();
        m_draftsProfile = profile;
        for (const QString& key : m_session->drafts().keys(profile)) {
            Result<ChangeSet> changes = m_session->drafts().load(profile, key);
            if (changes)
                m_drafts.append(Draft{key, *changes});
            else if (m_session->drafts().contains(profile, key)) // the rest were set aside: m_unreadable lists them
                m_unreadableKeys.append(key);
        }
    }
    m_unreadable->reload();
    rebuildTree();
}

void PendingChangesPanel::rebuildTree()
{
    const QString selectedKey = m_tree->currentItem() ? m_tree->currentItem()->data(0, DraftKeyRole).toString() : QString();
    const QString selectedOp = m_tree->currentItem() ? m_tree->currentItem()->data(0, OperationIdRole).toString() : QString();
    const QScopedValueRollback reloading(m_reloading, true);
    const QStringList& unreadable = m_unreadableKeys;

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
            auto* item = new QTreeWidgetItem(group, {u"%1  %2 %3 — %4"_s.arg(op->id, operationKindName(op->kind), targetTypeName(op->target.type),
                                                                                op->summary.isEmpty() ? operationLabel(*op) : op->summary)});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(OperationColumn, Qt::Checked);
            item->setData(OperationColumn, DraftKeyRole, draft->key);
            item->setData(OperationColumn, OperationIdRole, op->id);
            item->setToolTip(OperationColumn, Qt::convertFromPlainText(tr("%1\nDraft: %2").arg(item->text(OperationColumn), draft->key)));
            const QString id = identity(m_session ? m_session->profileName() : QString(), *op);
            if (m_unchecked.contains(id))
                item->setCheckState(OperationColumn, Qt::Unchecked);
            const QStringList problems = problemsOf(*op);
            const auto found = m_outcomes.constFind(id);
            if (!problems.isEmpty() && found == m_outcomes.constEnd()) {
                item->setText(StatusColumn, tr("%n error(s)", nullptr, int(problems.size())));
                item->setForeground(StatusColumn, statusColour(PushStatus::Failed));
                item->setIcon(OperationColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(StatusColumn, tr("Sentry would reject this change:\n%1").arg(problems.join(u'\n')));
            } else if (found != m_outcomes.constEnd()) {
                item->setText(StatusColumn, statusLine(*found));
                item->setForeground(StatusColumn, statusColour(found->status));
                item->setToolTip(StatusColumn, Qt::convertFromPlainText(found->note.isEmpty() ? statusLine(*found) : found->note));
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
            const PushOutcome o = m_outcomes.value(identity(m_pushedProfile, it.value()));
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
    m_discard->setEnabled(!all.isEmpty() && !isPushing());
    m_undoDiscard->setEnabled(!m_discarded.isEmpty() && !isPushing());
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
    m_pushErrors.clear();
    m_pushedProfile = m_session->profileName();
    QStringList refused;
    for (const Draft& draft : std::as_const(m_drafts)) {
        Draft selected{draft.key, draft.changes};
        selected.changes.operations.clear();
        for (const ChangeOperation& op : draft.changes.operations) {
            const QTreeWidgetItem* item = itemFor(draft.key, op.id);
            if (item && item->checkState(OperationColumn) == Qt::Checked)
                selected.changes.operations.append(op);
        }
        if (selected.changes.operations.isEmpty())
            continue;
        // The draft may have been written for another organization or server (a profile pointed
        // elsewhere since, or a file put into the drafts folder): the same check as `apply`.
        Result<PushTarget> target = resolvePushTarget(selected.changes, m_session->orgSlug(), m_session->serverUrl(),
                                                      OtherServer::Refuse);
        if (!target) {
            refused.append(tr("%1: %2").arg(draft.key, target.error().message));
            continue;
        }
        selected.changes = target->changes;
        m_queue.append(selected);
    }
    if (!refused.isEmpty()) {
        m_queue.clear();
        m_status->setText(tr("Nothing pushed.") + u'\n' + refused.join(u'\n'));
        return;
    }
    if (m_queue.isEmpty()) {
        m_status->setText(tr("Nothing selected."));
        return;
    }
    QStringList withErrors;
    for (const Draft& draft : std::as_const(m_queue))
        for (const ChangeOperation& op : draft.changes.operations)
            if (const QStringList problems = problemsOf(op); !problems.isEmpty())
                withErrors.append(u"%1 (%2): %3"_s.arg(draft.key, op.id, problems.first()));
    if (!withErrors.isEmpty() && !m_pushAnyway) {
        m_queue.clear();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Push changes with errors?"),
                                    tr("%n selected operation(s) have errors that Sentry would most likely reject:",
                                       nullptr, int(withErrors.size())),
                                    QMessageBox::Cancel, this);
        box->setObjectName(u"pushErrorsBox"_s);
        box->setInformativeText(withErrors.join(u'\n'));
        QPushButton* anyway = box->addButton(tr("Push anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(u"pushAnywayButton"_s);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(anyway, &QPushButton::clicked, this, [this] {
            m_pushAnyway = true;
            push();
            m_pushAnyway = false;
        });
        box->open();
        return;
    }
    for (const Draft& draft : std::as_const(m_queue))
        for (const ChangeOperation& op : draft.changes.operations)
            m_outcomes.remove(identity(m_pushedProfile, op));
    m_push->setEnabled(false);
    m_cancel->setEnabled(true);
    emit pushStarted();
    startNext();
}

QStringList PendingChangesPanel::problemsOf(const ChangeOperation& op) const
{
    // Sentry checks only the rules it receives: a settings-only change (no `raw`) sends none.
    const QJsonObject body = op.request.body.toObject();
    if (op.target.type != TargetType::Ownership || !body.contains(u"raw"_s))
        return {};
    OwnershipCheckOptions options;
    if (m_session && m_session->hasSnapshot()) {
        options.snapshot = &m_session->snapshot();
        if (m_session->snapshot().projectBySlug(op.target.project))
            options.projectSlug = op.target.project;
    }
    QStringList out;
    for (const OwnershipDiagnostic& d : checkOwnership(body.value(u"raw"_s).toString(), options))
        if (d.severity == OwnershipDiagnostic::Severity::Error)
            out.append(tr("line %1: %2").arg(d.line).arg(d.message));
    return out;
}

QList<QPair<QString, QString>> PendingChangesPanel::selectedOperations() const
{
    QList<QPair<QString, QString>> out;
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return out;
    auto add = [&](QTreeWidgetItem* i) {
        const QString key = i->data(OperationColumn, DraftKeyRole).toString();
        const QString opId = i->data(OperationColumn, OperationIdRole).toString();
        if (!opId.isEmpty() && findOperation(key, opId))
            out.append({key, opId});
    };
    add(item);
    for (int k = 0; k < item->childCount(); ++k) // a project group: all of its operations
        add(item->child(k));
    return out;
}

bool PendingChangesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            discardSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PendingChangesPanel::discardSelected()
{
    const QList<QPair<QString, QString>> ops = selectedOperations();
    if (ops.isEmpty() || isPushing() || !m_session)
        return;
    QStringList labels;
    for (const auto& [key, opId] : ops)
        if (const ChangeOperation* op = findOperation(key, opId))
            labels.append(op->summary.isEmpty() ? operationLabel(*op) : op->summary);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard changes"),
                                tr("Discard %n pending change(s)? They are not pushed; Undo discard brings them back "
                                   "while this window is open.", nullptr, int(ops.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"discardBox"_s);
    box->setInformativeText(labels.join(u'\n'));
    QPushButton* confirm = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDiscardButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QPushButton::clicked, this, [this, ops] { discard(ops); });
    box->open();
}

void PendingChangesPanel::discard(const QList<QPair<QString, QString>>& ops)
{
    const QString profile = m_session->profileName();
    QHash<QString, QStringList> byDraft;
    for (const auto& [key, opId] : ops)
        byDraft[key].append(opId);
    int discarded = 0;
    QStringList errors;
    for (auto it = byDraft.begin(); it != byDraft.end(); ++it) {
        Result<ChangeSet> draft = m_session->drafts().load(profile, it.key());
        if (!draft)
            continue;
        Discarded entry{profile, it.key(), {}, {}};
        ChangeSet kept = *draft;
        kept.operations.clear();
        for (const ChangeOperation& op : draft->operations)
            (it.value().contains(op.id) ? entry.operations : kept.operations).append(op);
        const Result<void> saved = kept.operations.isEmpty() ? m_session->drafts().remove(profile, it.key())
                                                             : m_session->drafts().save(profile, it.key(), kept);
        if (!saved) {
            // The draft on disk still holds them: say so, and do not offer an undo of nothing.
            errors.append(tr("%1 was not discarded: %2").arg(it.key(), saved.error().message));
            continue;
        }
        discarded += int(entry.operations.size());
        entry.set = *draft;
        m_discarded.append(entry);
    }
    QStringList lines;
    if (discarded > 0 || errors.isEmpty())
        lines.append(tr("Discarded %n change(s).", nullptr, discarded));
    lines += errors;
    m_status->setText(lines.join(u'\n'));
    m_session->notifyDraftsChanged();
}

void PendingChangesPanel::undoDiscard()
{
    if (m_discarded.isEmpty() || !m_session)
        return;
    const Discarded entry = m_discarded.takeLast();
    // Put the discarded operations back into the draft as it is now (it may have been edited since).
    Result<ChangeSet> current = m_session->drafts().load(entry.profile, entry.key);
    ChangeSet restored = current ? *current : entry.set;
    if (current) {
        for (const ChangeOperation& op : entry.operations) {
            const bool present = std::any_of(restored.operations.begin(), restored.operations.end(),
                                             [&](const ChangeOperation& o) { return o.id == op.id; });
            if (!present)
                restored.operations.append(op);
        }
    }
    if (const Result<void> saved = m_session->drafts().save(entry.profile, entry.key, restored); !saved) {
        m_status->setText(saved.error().message);
        m_discarded.append(entry);
        return;
    }
    m_status->setText(tr("Restored %n change(s).", nullptr, int(entry.operations.size())));
    m_session->notifyDraftsChanged();
}

void PendingChangesPanel::setPushStatus(const QString& line)
{
    // The errors of this push stay under every later line: the next draft's progress must not hide them.
    m_status->setText((QStringList{line} + m_pushErrors).join(u'\n'));
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
    m_engineProfile = m_session->profileName();
    PushOptions options;
    options.continueOnError = m_continueOnError->isChecked();
    m_engine = new PushEngine(m_session->client(), draft.changes, options, this);
    connect(m_engine, &PushEngine::operationStarted, this, [this](const QString& opId) {
        if (QTreeWidgetItem* item = itemFor(m_engineKey, opId))
            item->setText(StatusColumn, pushStatusText(PushStatus::Running));
    });
    connect(m_engine, &PushEngine::operationFinished, this, [this](const PushOutcome& outcome) {
        for (const ChangeOperation& op : m_engine->changes().operations)
            if (op.id == outcome.opId)
                m_outcomes.insert(identity(m_engineProfile, op), outcome);
        QTreeWidgetItem* item = m_engineProfile == m_session->profileName() ? itemFor(m_engineKey, outcome.opId) : nullptr;
        if (item) {
            item->setText(StatusColumn, statusLine(outcome));
            item->setForeground(StatusColumn, statusColour(outcome.status));
        }
    });
    connect(m_engine, &PushEngine::progress, this, [this](int done, int total) {
        setPushStatus(tr("Pushing %1: %2 of %3 operations done…").arg(m_engineKey).arg(done).arg(total));
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
    const QString profile = m_engineProfile; // the profile may have changed while the push ran
    // Re-read the draft: it may have been edited while the push ran. Only verified operations leave.
    Result<ChangeSet> current = m_session->drafts().load(profile, key);
    QString draftError;
    if (current) {
        QList<ChangeOperation> kept;
        for (const ChangeOperation& op : current->operations) {
            const PushOutcome o = engine->outcome(op.id);
            if (o.status == PushStatus::Verified) {
                m_pushedOps.insert(outcomeKey(key, op.id), op);
                continue;
            }
            if (o.status == PushStatus::Conflict && profile == m_session->profileName())
                m_conflicts.append({key, op.id});
            kept.append(op);
        }
        current->operations = kept;
        const Result<void> saved = kept.isEmpty() ? m_session->drafts().remove(profile, key)
                                                  : m_session->drafts().save(profile, key, *current);
        if (!saved)
            draftError = tr("%1: the draft was not updated after the push, so it may still list pushed "
                            "operations. %2")
                             .arg(key, saved.error().message);
    }
    int verified = 0, other = 0;
    for (const PushOutcome& o : engine->outcomes())
        (o.ok() ? verified : other) += 1;
    if (!draftError.isEmpty())
        m_pushErrors.append(draftError);
    if (!engine->journalError().isEmpty())
        m_pushErrors.append(tr("%1: pushed, but not recorded in the journal, so History and Undo miss it. %2")
                                .arg(key, engine->journalError()));
    setPushStatus(tr("%1: %2 verified, %3 not applied.").arg(key).arg(verified).arg(other));
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
    auto* dialog = new ConflictDialog(*it, m_outcomes.value(identity(profile, *it)), this);
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
                if (const Result<void> saved = m_session->drafts().save(profile, key, *draft); !saved) {
                    // The draft keeps the conflicting operation; pushing it again shows the conflict again.
                    m_status->setText(tr("The resolution of %1 in %2 was not saved: %3")
                                          .arg(opId, key, saved.error().message));
                } else {
                    m_session->notifyDraftsChanged();
                }
            } else {
                m_status->setText(tr("The resolution of %1 in %2 was not saved: %3")
                                      .arg(opId, key, draft.error().message));
            }
        }
        emit conflictResolved();
        QMetaObject::invokeMethod(this, &PendingChangesPanel::showNextConflict, Qt::QueuedConnection);
    });
    dialog->open();
}

} // namespace sc
