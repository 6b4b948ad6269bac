// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace sc {

// One place the console connects to. Holds no token: tokens live in the SecretStore.
struct ConnectionProfile {
    QString name;     // unique, shown in the profile switcher
    QUrl url = QUrl(QStringLiteral("https://sentry.io/")); // sentry.io, a region host or self-hosted
    QString orgSlug;

    bool isValid() const { return !name.trimmed().isEmpty() && url.isValid() && !url.host().isEmpty() && !orgSlug.isEmpty(); }
    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

} // namespace sc
