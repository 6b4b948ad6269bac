// SPDX-License-Identifier: MIT
#include "snapshotcache.h"

#include "privatefiles.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace sc {

SnapshotCache::SnapshotCache(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/snapshots")
                      : std::move(directory))
{
}

QString SnapshotCache::pathFor(const QString& profileName) const
{
    if (profileName.isEmpty())
        return {};
    // Profile names are user text; keep the file name portable ('.', '/', ' ' and non-ASCII
    // become _XX, so no name climbs out of the folder).
    const QString safe = QString::fromLatin1(profileName.toUtf8().toPercentEncoding(QByteArray(), "~.-_"))
                             .replace(QLatin1Char('%'), QLatin1Char('_'));
    return m_directory + QLatin1Char('/') + safe + QStringLiteral(".json");
}

bool SnapshotCache::contains(const QString& profileName) const
{
    return !profileName.isEmpty() && QFile::exists(pathFor(profileName));
}

Result<void> SnapshotCache::save(const QString& profileName, const OrgSnapshot& snapshot) const
{
    const QString path = pathFor(profileName);
    if (path.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("No profile to cache the snapshot for."));
    // Member e-mails are in it: our own cache folder is 0700, tightened if an older version made it.
    if (Result<void> made = makePrivateFolder(m_directory, ExistingFolder::Tighten); !made)
        return made;
    const QByteArray bytes = QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    // Owner only from the first byte: the temporary file is 0600 before anything is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(ErrorKind::Io, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Io, Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

Result<OrgSnapshot> SnapshotCache::load(const QString& profileName) const
{
    const QString path = pathFor(profileName);
    if (path.isEmpty())
        return fail(ErrorKind::Usage, Tr::tr("No profile to read the cached snapshot of."));
    Result<OrgSnapshot> snapshot = OrgSnapshot::load(path);
    if (!snapshot && !snapshot.error().message.contains(path)) // say which file
        return fail(snapshot.error().kind, QStringLiteral("%1: %2").arg(path, snapshot.error().message));
    return snapshot;
}

} // namespace sc
