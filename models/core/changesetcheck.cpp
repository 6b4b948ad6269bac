// SPDX-License-Identifier: MIT
#include "changesetcheck.h"
#include "jsonio.h"
#include "tr.h"

#include <QHash>
#include <QRegularExpression>

namespace sc {

QStringList placeholderReferences(const ChangeOperation& op)
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{(op-[A-Za-z0-9_-]+)\\.[A-Za-z_][A-Za-z0-9_]*\\}"));
    QStringList out;
    const QString text = op.request.path + QString::fromUtf8(canonicalJson(op.request.body))
                         + QString::fromUtf8(canonicalJson(op.desired)) + op.target.id
                         // The summary counts too: a delete that must wait for its replacement names it there.
                         + op.summary;
    if (!text.contains(QLatin1String("${")))
        return out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

QStringList placeholderCycle(const QList<ChangeOperation>& operations)
{
    QHash<QString, QStringList> edges; // op id → the ops it waits for (only ones in the set)
    for (const ChangeOperation& op : operations)
        edges.insert(op.id, {});
    for (const ChangeOperation& op : operations) {
        QStringList& out = edges[op.id];
        for (const QString& dep : placeholderReferences(op))
            if (edges.contains(dep))
                out.append(dep);
    }
    // Iterative depth-first search (a hostile file must not exhaust the stack): 1 = on the path, 2 = done.
    QHash<QString, int> state;
    for (const ChangeOperation& start : operations) {
        if (state.value(start.id))
            continue;
        QStringList path{start.id};
        QList<qsizetype> next{0};
        state.insert(start.id, 1);
        while (!path.isEmpty()) {
            const QStringList& deps = edges[path.last()];
            if (next.last() >= deps.size()) {
                state.insert(path.takeLast(), 2);
                next.removeLast();
                continue;
            }
            const QString dep = deps.at(next.last()++);
            const int seen = state.value(dep);
            if (seen == 1) {
                QStringList cycle = path.mid(path.indexOf(dep));
                cycle.append(dep);
                return cycle;
            }
            if (seen == 0) {
                state.insert(dep, 1);
                path.append(dep);
                next.append(0);
            }
        }
    }
    return {};
}

Result<void> checkPlaceholders(const QList<ChangeOperation>& operations)
{
    for (const ChangeOperation& op : operations) {
        if (placeholderReferences(op).contains(op.id))
            return fail(ErrorKind::BadData,
                        Tr::tr("The change set's operation %1 uses its own id (${%1.id}): it would wait for itself "
                               "forever.").arg(op.id));
    }
    const QStringList cycle = placeholderCycle(operations);
    if (!cycle.isEmpty())
        return fail(ErrorKind::BadData,
                    Tr::tr("The change set's placeholders form a cycle: %1. Each of these operations waits for the id "
                           "the next one creates, so none could start.").arg(cycle.join(QStringLiteral(" → "))));
    return {};
}

} // namespace sc
