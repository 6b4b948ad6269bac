// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QStringList>

#include <optional>

namespace sc {

// A draft file that could not be read, moved aside (never overwritten) so the admin can inspect or
// delete it: "<key file>.json.unreadable-<UTC timestamp>" next to the drafts.
struct UnreadableDraft {
    QString path;  // where the bytes are now
    QString key;   // the draft key it was stored under
    QString error; // why it cannot be read
};

// Unpushed edits on disk, independent of any window: one change-set file per (profile, key),
// written atomically on every edit, so a crash, a closed window or a failed push loses nothing.
// `key` names the edited object, e.g. "ownership/payment-api" or "tiers/plan".
// Default root: QStandardPaths::AppDataLocation + "/drafts".
// A draft file that does not parse is never overwritten or removed: load(), save() and remove()
// first move it aside (see UnreadableDraft), and unreadable() lists what was moved.
class DraftStore
{
public:
    explicit DraftStore(QString rootDir = {});

    QString root() const { return m_root; }
    Result<void> save(const QString& profile, const QString& key, const ChangeSet& changes) const;
    Result<ChangeSet> load(const QString& profile, const QString& key) const;
    bool contains(const QString& profile, const QString& key) const;
    Result<void> remove(const QString& profile, const QString& key) const;
    QStringList keys(const QString& profile) const; // sorted

    QList<UnreadableDraft> unreadable(const QString& profile) const; // sorted by path
    Result<void> removeUnreadable(const UnreadableDraft& draft) const;

    QString pathFor(const QString& profile, const QString& key) const;

private:
    // Moves the file at `path` aside when it exists and does not parse; returns the load error then.
    std::optional<Error> keepAsideIfUnreadable(const QString& path) const;
    Error moveAside(const QString& path, Error error) const;

    QString m_root;
};

} // namespace sc
