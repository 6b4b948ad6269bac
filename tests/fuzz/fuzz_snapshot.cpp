// SPDX-License-Identifier: MIT
// Snapshots (the offline cache and `export` output): the loader, the indices, and saving: a snapshot
// that loads, saves to a file that loads again to the same content.
// Input: a snapshot file.
#include "fuzzcommon.h"

#include "changedescription.h"
#include "jsonio.h"
#include "orgsnapshot.h"

#include <QFile>
#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = fuzz::scratchFile(".snapshot.json");
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the scratch file", path);
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const Result<OrgSnapshot> snapshot = OrgSnapshot::load(path);
    if (!snapshot) {
        require(!snapshot.error().message.isEmpty(), "a load error without message");
        return 0;
    }
    for (const Project& project : snapshot->projects) {
        require(snapshot->projectBySlug(project.slug) != nullptr, "a project is not found by its slug", project.slug);
        (void)snapshot->detectorsOfProject(project.id);
        (void)snapshot->metricAlertRulesOfProject(project.slug);
    }
    for (const Team& team : snapshot->teams) {
        require(snapshot->teamBySlug(team.slug) != nullptr, "a team is not found by its slug", team.slug);
        (void)snapshot->projectsOfTeam(team.slug);
    }
    (void)DiffLabels::fromSnapshot(*snapshot);

    const QByteArray saved = QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Compact);
    // Read back the way the console reads its cache and `export` files (parseJson), not with Qt's parser alone.
    const Result<QJsonDocument> savedDoc = parseJson(saved, QStringLiteral("saved snapshot"));
    require(savedDoc.has_value(), "a saved snapshot is not valid JSON", savedDoc ? QString() : savedDoc.error().message);
    const Result<OrgSnapshot> again = OrgSnapshot::fromJson(savedDoc->object());
    require(again.has_value(), "a saved snapshot does not load again", again ? QString() : again.error().message);
    require(QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact) == saved, "a saved snapshot loads to different content");
    return 0;
}
