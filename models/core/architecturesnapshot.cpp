// SPDX-License-Identifier: MIT
#include "architecturesnapshot.h"
#include "orgsnapshot.h"

using namespace Qt::StringLiterals;

namespace sc {

QJsonObject ProjectArchitecture::toJson() const
{
    QJsonObject out{{u"detail"_s, detail}, {u"filters"_s, filters}, {u"keys"_s, keys},
                    {u"latestRelease"_s, latestRelease.isUndefined() ? QJsonValue() : latestRelease}};
    if (!artifactBundles.isUndefined())
        out.insert(u"artifactBundles"_s, artifactBundles);
    if (!errors.isEmpty()) {
        QJsonObject e;
        for (auto it = errors.begin(); it != errors.end(); ++it)
            e.insert(it.key(), it.value());
        out.insert(u"errors"_s, e);
    }
    return out;
}

ProjectArchitecture ProjectArchitecture::fromJson(const QJsonObject& json)
{
    ProjectArchitecture p;
    p.detail = json.value(u"detail"_s).toObject();
    p.filters = json.value(u"filters"_s).toArray();
    p.keys = json.value(u"keys"_s).toArray();
    p.latestRelease = json.value(u"latestRelease"_s);
    if (p.latestRelease.isUndefined())
        p.latestRelease = QJsonValue(QJsonValue::Null);
    p.artifactBundles = json.value(u"artifactBundles"_s);
    const QJsonObject errors = json.value(u"errors"_s).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        p.errors.insert(it.key(), it.value().toString());
    return p;
}

QJsonObject ArchitectureSnapshot::toJson() const
{
    QJsonObject projectsJson;
    for (auto it = projects.begin(); it != projects.end(); ++it)
        projectsJson.insert(it.key(), it->toJson());
    QJsonObject out{{u"projects"_s, projectsJson}, {u"monitors"_s, monitors}};
    if (!monitorsError.isEmpty())
        out.insert(u"monitorsError"_s, monitorsError);
    return out;
}

ArchitectureSnapshot ArchitectureSnapshot::fromJson(const QJsonObject& json)
{
    ArchitectureSnapshot a;
    a.present = !json.isEmpty();
    const QJsonObject projectsJson = json.value(u"projects"_s).toObject();
    for (auto it = projectsJson.begin(); it != projectsJson.end(); ++it)
        a.projects.insert(it.key(), ProjectArchitecture::fromJson(it.value().toObject()));
    a.monitors = json.value(u"monitors"_s).toArray();
    a.monitorsError = json.value(u"monitorsError"_s).toString();
    return a;
}

ArchitectureSnapshot ArchitectureSnapshot::of(const OrgSnapshot& snapshot)
{
    return fromJson(snapshot.extras.value(u"architecture"_s).toObject());
}

void ArchitectureSnapshot::storeIn(OrgSnapshot& snapshot) const
{
    snapshot.extras.insert(u"architecture"_s, toJson());
}

bool ArchitectureSnapshot::isJavaScriptPlatform(const QString& platform)
{
    return platform.startsWith("javascript"_L1) || platform.startsWith("node"_L1) || platform == "react-native"_L1;
}

} // namespace sc
