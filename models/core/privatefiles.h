// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QFileDevice>
#include <QString>

namespace sc {

// Snapshots, drafts, the journal and the profile list hold member e-mails, unpushed rules and
// what was pushed where: only their owner may read them. Every such file is created (and, when it
// is rewritten, kept) with PrivateFilePermissions, 0600; every folder the console creates for them
// gets PrivateFolderPermissions, 0700. Folders that already exist (the current directory, a
// folder the user named with -o) are left as they are.
inline constexpr QFileDevice::Permissions PrivateFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions PrivateFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates `folder` and any missing parents, each 0700. The error names the folder.
// `Tighten` also sets 0700 on `folder` itself when it exists: for folders that are the console's
// own (drafts, the snapshot cache), which an older version created with the umask's mode.
enum class ExistingFolder { Keep, Tighten };
Result<void> makePrivateFolder(const QString& folder, ExistingFolder existing = ExistingFolder::Keep);

// Sets 0600 on an existing file (e.g. one QSettings wrote). The error names the file.
Result<void> makeFilePrivate(const QString& path);

} // namespace sc
