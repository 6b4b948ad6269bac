// SPDX-License-Identifier: MIT
#include "draftstore.h"
#include "privatefiles.h"
#include "tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace sc {

namespace {
// File names must survive any profile or key text: percent-encode everything but a safe set.
QString encode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-_."));
}
QString decode(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toLatin1());
}
} // namespace

DraftStore::DraftStore(QString rootDir)
    : m_root(rootDir.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts")
                 : std::move(rootDir))
{
}

QString DraftStore::pathFor(const QString& profile, const QString& key) const
{
    return m_root + QLatin1Char('/') + encode(profile) + QLatin1Char('/') + encode(key) + QStringLiteral(".json");
}

Result<void> DraftStore::save(const QString& profile, const QString& key, const ChangeSet& changes) const
{
    // Unpushed rules are private: the store's folders 0700 (also when an older version made them).
    for (const QString& folder : {m_root, QFileInfo(pathFor(profile, key)).absolutePath()}) {
        if (Result<void> made = makePrivateFolder(folder, ExistingFolder::Tighten); !made)
            return made;
    }
    return changes.save(pathFor(profile, key));
}

Result<ChangeSet> DraftStore::load(const QString& profile, const QString& key) const
{
    return ChangeSet::load(pathFor(profile, key));
}

bool DraftStore::contains(const QString& profile, const QString& key) const
{
    return QFile::exists(pathFor(profile, key));
}

Result<void> DraftStore::remove(const QString& profile, const QString& key) const
{
    const QString path = pathFor(profile, key);
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(ErrorKind::Io, Tr::tr("Cannot remove the draft %1.").arg(path));
    return {};
}

QStringList DraftStore::keys(const QString& profile) const
{
    QStringList out;
    const QDir dir(m_root + QLatin1Char('/') + encode(profile));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(decode(name.chopped(5)));
    out.sort();
    return out;
}

} // namespace sc
