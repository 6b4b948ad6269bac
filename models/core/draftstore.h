// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"

#include <QStringList>

namespace sc {

// Unpushed edits on disk, independent of any window: one change-set file per (profile, key),
// written atomically on every edit, so a crash, a closed window or a failed push loses nothing.
// `key` names the edited object, e.g. "ownership/payment-api" or "tiers/plan".
// Default root: QStandardPaths::AppDataLocation + "/drafts".
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

    QString pathFor(const QString& profile, const QString& key) const;

private:
    QString m_root;
};

} // namespace sc
