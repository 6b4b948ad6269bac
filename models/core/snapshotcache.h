// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"
#include "result.h"

#include <QString>

namespace sc {

// The offline copy of the last snapshot of each profile (what the window shows at once when it
// opens, before the refresh). One file per profile in the snapshot file format (OrgSnapshot::save,
// the same JSON `export -o` writes), written atomically and readable by the owner only (0600):
// it holds org data.
//
// Why not a binary form: on Qt 6.4, QCborValue::fromCbor plus the conversion back to the
// QJsonObject the snapshot keeps takes 3.5× longer than QJsonDocument::fromJson on the same
// large:2000 snapshot (measured: 1.2 s + 1.9 s against 0.9 s; the CBOR file is 12 MB against
// 37 MB), and qUncompress adds a quarter second to either. See bench_ui's cache_first_paint.
class SnapshotCache
{
public:
    explicit SnapshotCache(QString directory = {}); // default: <CacheLocation>/snapshots

    QString directory() const { return m_directory; }
    QString pathFor(const QString& profileName) const; // empty for an empty name
    bool contains(const QString& profileName) const;

    Result<void> save(const QString& profileName, const OrgSnapshot& snapshot) const;
    Result<OrgSnapshot> load(const QString& profileName) const;

private:
    QString m_directory;
};

} // namespace sc
