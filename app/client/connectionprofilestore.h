// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace sc {

// Connection profiles in QSettings (group "profiles", one sub-group per profile: url, org) plus
// the name of the last used one. `settings` is not owned; null uses the application's QSettings.
// Reads and writes are immediate (QSettings caches and syncs on its own).
class ConnectionProfileStore
{
public:
    explicit ConnectionProfileStore(QSettings* settings = nullptr);
    ~ConnectionProfileStore();

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString& name) const;
    void save(const ConnectionProfile& profile); // adds or replaces by name
    void remove(const QString& name);

    QString currentProfileName() const;
    void setCurrentProfileName(const QString& name);

private:
    QSettings& settings() const;
    QSettings* m_settings; // not owned (or m_own)
    std::unique_ptr<QSettings> m_own; // the default settings when none were given
};

} // namespace sc
