// SPDX-License-Identifier: MIT
#include "connectionprofilestore.h"
#include "privatefiles.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace sc {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");

// Profile names are user text; QSettings keys must not contain '/' or '\\'.
QString keyFor(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
QString nameFor(const QString& key)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
}
// The profile list says which servers and organizations this user administers: 0600 in a 0700
// folder (QSettings keeps the mode of the file it rewrites).
void keepPrivate(QSettings& s)
{
    if (s.format() != QSettings::NativeFormat && s.format() != QSettings::IniFormat)
        return;
    const QFileInfo file(s.fileName());
    if (!QFileInfo::exists(file.absolutePath()))
        (void)makePrivateFolder(file.absolutePath());
    s.sync();
    if (QFileInfo::exists(file.absoluteFilePath()))
        (void)makeFilePrivate(file.absoluteFilePath());
}
} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings* settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_own = std::make_unique<QSettings>();
        m_settings = m_own.get();
    }
}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QSettings& ConnectionProfileStore::settings() const
{
    return *m_settings;
}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    QSettings& s = settings();
    s.beginGroup(kGroup);
    const QStringList keys = s.childGroups();
    for (const QString& key : keys) {
        s.beginGroup(key);
        ConnectionProfile p;
        p.name = nameFor(key);
        p.url = QUrl(s.value(QStringLiteral("url")).toString());
        p.orgSlug = s.value(QStringLiteral("org")).toString();
        s.endGroup();
        result.append(p);
    }
    s.endGroup();
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString& name) const
{
    for (const ConnectionProfile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ConnectionProfileStore::save(const ConnectionProfile& profile)
{
    QSettings& s = settings();
    s.beginGroup(kGroup);
    s.beginGroup(keyFor(profile.name));
    s.setValue(QStringLiteral("url"), profile.url.toString());
    s.setValue(QStringLiteral("org"), profile.orgSlug);
    s.endGroup();
    s.endGroup();
    keepPrivate(s);
}

void ConnectionProfileStore::remove(const QString& name)
{
    QSettings& s = settings();
    s.beginGroup(kGroup);
    s.remove(keyFor(name));
    s.endGroup();
    if (currentProfileName() == name)
        s.remove(kCurrent);
}

QString ConnectionProfileStore::currentProfileName() const
{
    return settings().value(kCurrent).toString();
}

void ConnectionProfileStore::setCurrentProfileName(const QString& name)
{
    settings().setValue(kCurrent, name);
}

} // namespace sc
