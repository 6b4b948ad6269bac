// SPDX-License-Identifier: MIT
#include "draftstore.h"
#include "privatefiles.h"
#include "tr.h"

#include <QDateTime>
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

namespace {
const QLatin1String kUnreadableMark(".unreadable-");
}

std::optional<Error> DraftStore::keepAsideIfUnreadable(const QString& path) const
{
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    Result<ChangeSet> loaded = ChangeSet::load(path);
    if (loaded || loaded.error().kind != ErrorKind::BadData)
        return loaded ? std::nullopt : std::optional<Error>(loaded.error());
    return moveAside(path, loaded.error());
}

Error DraftStore::moveAside(const QString& path, Error error) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = path + kUnreadableMark + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + kUnreadableMark + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside)) {
        error.kind = ErrorKind::Io;
        error.message = Tr::tr("The draft %1 cannot be read and cannot be moved aside, so it is left as it is: %2")
                            .arg(path, error.message);
        return error;
    }
    error.message = Tr::tr("The draft %1 cannot be read; it was kept aside as %2 (see Pending changes). %3")
                        .arg(path, aside, error.message);
    return error;
}

Result<void> DraftStore::save(const QString& profile, const QString& key, const ChangeSet& changes) const
{
    // Unpushed rules are private: the store's folders 0700 (also when an older version made them).
    for (const QString& folder : {m_root, QFileInfo(pathFor(profile, key)).absolutePath()}) {
        if (Result<void> made = makePrivateFolder(folder, ExistingFolder::Tighten); !made)
            return made;
    }
    const QString path = pathFor(profile, key);
    if (const std::optional<Error> unreadable = keepAsideIfUnreadable(path); unreadable && unreadable->kind == ErrorKind::Io)
        return tl::unexpected(*unreadable);
    return changes.save(path);
}

Result<ChangeSet> DraftStore::load(const QString& profile, const QString& key) const
{
    const QString path = pathFor(profile, key);
    Result<ChangeSet> loaded = ChangeSet::load(path);
    if (!loaded && loaded.error().kind == ErrorKind::BadData)
        return tl::unexpected(moveAside(path, loaded.error()));
    return loaded;
}

bool DraftStore::contains(const QString& profile, const QString& key) const
{
    return QFile::exists(pathFor(profile, key));
}

Result<void> DraftStore::remove(const QString& profile, const QString& key) const
{
    const QString path = pathFor(profile, key);
    if (const std::optional<Error> unreadable = keepAsideIfUnreadable(path); unreadable && unreadable->kind == ErrorKind::Io)
        return tl::unexpected(*unreadable);
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

namespace sc {

QList<UnreadableDraft> DraftStore::unreadable(const QString& profile) const
{
    QList<UnreadableDraft> out;
    const QDir dir(m_root + QLatin1Char('/') + encode(profile));
    const QString pattern = QStringLiteral("*.json") + kUnreadableMark + QLatin1Char('*');
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name)) {
        UnreadableDraft draft;
        draft.path = dir.filePath(name);
        draft.key = decode(name.left(name.indexOf(kUnreadableMark) - 5));
        const Result<ChangeSet> loaded = ChangeSet::load(draft.path);
        draft.error = loaded ? Tr::tr("It reads now; open it and save it as a change set to use it.") : loaded.error().message;
        out.append(draft);
    }
    return out;
}

Result<void> DraftStore::removeUnreadable(const UnreadableDraft& draft) const
{
    // Only files this store set aside, inside its own root.
    const QFileInfo info(draft.path);
    if (!info.fileName().contains(kUnreadableMark) || !info.absoluteFilePath().startsWith(QDir(m_root).absolutePath() + QLatin1Char('/')))
        return fail(ErrorKind::Usage, Tr::tr("%1 is not an unreadable draft of this store.").arg(draft.path));
    if (info.exists() && !QFile::remove(draft.path))
        return fail(ErrorKind::Io, Tr::tr("Cannot remove %1.").arg(draft.path));
    return {};
}

} // namespace sc
