// SPDX-License-Identifier: MIT
#include "snapshotcheck.h"
#include "jsonio.h"
#include "tr.h"

#include <QHash>
#include <QJsonArray>

namespace sc {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("a list");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("missing");
}

tl::unexpected<Error> wrongType(const QString& member, const QJsonValue& value, const QString& expected)
{
    return fail(ErrorKind::BadData, Tr::tr("The snapshot's \"%1\" is %2; expected %3.").arg(member, typeName(value), expected));
}

// A list of objects whose numeric ids are whole numbers; with `slugKey`, each has a unique non-empty slug.
Result<void> checkList(const QJsonValue& value, const QString& member, const QString& slugKey = {})
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return wrongType(member, value, Tr::tr("a list of objects"));
    const QJsonArray items = value.toArray();
    QHash<QString, qsizetype> slugs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // Only an error message needs the place: formatting it for each of 10,000 items costs more
        // than the checks.
        const auto where = [&] { return QStringLiteral("%1[%2]").arg(member, QString::number(i)); };
        if (!items.at(i).isObject())
            return wrongType(where(), items.at(i), Tr::tr("an object"));
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue id = item.value(QLatin1String("id"));
        if (!id.isUndefined() && !id.isNull() && !id.isString() && !isJsonInteger(id))
            return wrongType(where() + QLatin1String(".id"), id, Tr::tr("a string or a whole number"));
        if (slugKey.isEmpty())
            continue;
        const QJsonValue slug = item.value(slugKey);
        if (!slug.isString() || slug.toString().isEmpty())
            return wrongType(where() + QLatin1Char('.') + slugKey, slug, Tr::tr("a non-empty string"));
        const auto seen = slugs.constFind(slug.toString());
        if (seen != slugs.constEnd())
            return fail(ErrorKind::BadData, Tr::tr("The snapshot's \"%1[%2]\" and \"%1[%3]\" have the same %4 \"%5\".")
                                                .arg(member, QString::number(*seen), QString::number(i), slugKey,
                                                     slug.toString()));
        slugs.insert(slug.toString(), i);
    }
    return {};
}

Result<void> checkProject(const QJsonObject& project, const QString& where)
{
    if (Result<void> ok = checkList(project.value(QLatin1String("teams")), where + QLatin1String(".teams")); !ok)
        return ok;
    if (Result<void> ok = checkList(project.value(QLatin1String("issueAlertRules")), where + QLatin1String(".issueAlertRules")); !ok)
        return ok;
    const QJsonValue ownership = project.value(QLatin1String("ownership"));
    if (!ownership.isUndefined() && !ownership.isNull() && !ownership.isObject())
        return wrongType(where + QLatin1String(".ownership"), ownership, Tr::tr("an object"));
    return {};
}

} // namespace

Result<void> checkSnapshotShape(const QJsonObject& json)
{
    const QJsonValue organization = json.value(QLatin1String("organization"));
    if (!organization.isObject())
        return wrongType(QStringLiteral("organization"), organization, Tr::tr("an object"));
    const QJsonValue projects = json.value(QLatin1String("projects"));
    if (!projects.isArray())
        return wrongType(QStringLiteral("projects"), projects, Tr::tr("a list of objects"));
    const QJsonValue meta = json.value(QLatin1String("meta"));
    if (!meta.isUndefined() && !meta.isObject())
        return wrongType(QStringLiteral("meta"), meta, Tr::tr("an object"));
    const QJsonValue version = meta.toObject().value(QLatin1String("formatVersion"));
    if (!version.isUndefined() && !isJsonInteger(version))
        return wrongType(QStringLiteral("meta.formatVersion"), version, Tr::tr("a whole number"));

    if (Result<void> ok = checkList(projects, QStringLiteral("projects"), QStringLiteral("slug")); !ok)
        return ok;
    const QJsonArray projectList = projects.toArray();
    for (qsizetype i = 0; i < projectList.size(); ++i)
        if (Result<void> ok = checkProject(projectList.at(i).toObject(), QStringLiteral("projects[%1]").arg(i)); !ok)
            return ok;
    if (Result<void> ok = checkList(json.value(QLatin1String("teams")), QStringLiteral("teams"), QStringLiteral("slug")); !ok)
        return ok;
    for (const char* member : {"members", "integrations", "detectors", "workflows", "metricAlertRules"}) {
        if (Result<void> ok = checkList(json.value(QLatin1String(member)), QLatin1String(member)); !ok)
            return ok;
    }
    const QJsonValue teamMembers = json.value(QLatin1String("teamMembers"));
    if (!teamMembers.isUndefined() && !teamMembers.isNull()) {
        if (!teamMembers.isObject())
            return wrongType(QStringLiteral("teamMembers"), teamMembers, Tr::tr("an object (team slug → members)"));
        const QJsonObject byTeam = teamMembers.toObject();
        for (auto it = byTeam.begin(); it != byTeam.end(); ++it)
            if (Result<void> ok = checkList(it.value(), QStringLiteral("teamMembers.%1").arg(it.key())); !ok)
                return ok;
    }
    return {};
}

} // namespace sc
