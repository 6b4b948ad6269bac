// SPDX-License-Identifier: MIT
#include "privatefiles.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace sc {

Result<void> makePrivateFolder(const QString& folder, ExistingFolder existingFolder)
{
    if (existingFolder == ExistingFolder::Tighten && QFileInfo(folder).isDir()) {
        if (!QFile::setPermissions(folder, PrivateFolderPermissions))
            return fail(ErrorKind::Io, Tr::tr("Cannot make the folder %1 private (mode 0700).").arg(folder));
        return {};
    }
    QString existing = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        missing.prepend(info.fileName());
        const QString parent = info.absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    QDir dir(existing);
    for (const QString& name : std::as_const(missing)) {
        // Created with its mode (no window in which another user could open it).
        if (!dir.mkdir(name, PrivateFolderPermissions) && !dir.exists(name))
            return fail(ErrorKind::Io, Tr::tr("Cannot create the folder %1.").arg(dir.filePath(name)));
        dir.setPath(dir.filePath(name));
    }
    if (!QFileInfo(dir.absolutePath()).isDir())
        return fail(ErrorKind::Io, Tr::tr("Cannot create the folder %1: a file of that name is in the way.")
                                       .arg(dir.absolutePath()));
    return {};
}

Result<void> makeFilePrivate(const QString& path)
{
    if (!QFile::setPermissions(path, PrivateFilePermissions))
        return fail(ErrorKind::Io, Tr::tr("Cannot make %1 private (mode 0600).").arg(path));
    return {};
}

} // namespace sc
