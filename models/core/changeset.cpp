// SPDX-License-Identifier: MIT
// Why ChangeSet lives in models/core and not in models/changes: it is the one write path's currency.
// The tier planner (sc_tiers) produces change sets, the draft store (sc_models_core) keeps them, and
// sc_changes (request shapes, merge, journal, undo) consumes them and links sc_tiers. Were ChangeSet
// in sc_changes, sc_tiers would have to link sc_changes, which links sc_tiers: a cycle. In core, every
// library depends on it and it depends on none of them. (The header itself is included almost
// everywhere, so this note sits here, not there.)
#include "changeset.h"
#include "apipath.h"
#include "changesetcheck.h"
#include "jsonlocate.h"
#include "jsonio.h"
#include "textescape.h"
#include "tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <limits>

namespace sc {

namespace {
QJsonValue nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// "<file>, line 14: " for a value of operation `index`, when the change set came from a file.
QString lineOf(const ChangeSetSource* source, int index, const QList<JsonPathStep>& member)
{
    if (!source)
        return {};
    QList<JsonPathStep> path{QStringLiteral("operations"), index};
    path.append(member);
    const std::optional<int> line = jsonLineOf(source->bytes, path);
    return line ? Tr::tr("%1, line %2: ").arg(source->path).arg(*line) : QString();
}
} // namespace

QJsonObject ChangeOperation::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("kind"), operationKindName(kind)},
        {QLatin1String("target"), QJsonObject{{QLatin1String("type"), targetTypeName(target.type)},
                                              {QLatin1String("project"), nullIfEmpty(target.project)},
                                              {QLatin1String("id"), nullIfEmpty(target.id)}}},
        {QLatin1String("summary"), summary},
        {QLatin1String("base"), base.isUndefined() ? QJsonValue(QJsonValue::Null) : base},
        {QLatin1String("desired"), desired.isUndefined() ? QJsonValue(QJsonValue::Null) : desired},
        {QLatin1String("request"),
         QJsonObject{{QLatin1String("method"), request.method},
                     {QLatin1String("path"), request.path},
                     {QLatin1String("body"), request.body.isUndefined() ? QJsonValue(QJsonValue::Null) : request.body}}},
    };
}

Result<ChangeOperation> ChangeOperation::fromJson(const QJsonObject& json, int index, const ChangeSetSource* source)
{
    ChangeOperation op;
    op.id = json.value(QLatin1String("id")).toString();
    const QString kind = json.value(QLatin1String("kind")).toString();
    const QJsonObject target = json.value(QLatin1String("target")).toObject();
    const QString type = target.value(QLatin1String("type")).toString();
    op.target.project = target.value(QLatin1String("project")).toString();
    const QJsonValue targetId = target.value(QLatin1String("id"));
    op.target.id = jsonId(targetId);
    op.summary = json.value(QLatin1String("summary")).toString();
    op.base = json.value(QLatin1String("base"));
    op.desired = json.value(QLatin1String("desired"));
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    op.request.method = request.value(QLatin1String("method")).toString().toUpper();
    op.request.path = request.value(QLatin1String("path")).toString();
    op.request.body = request.value(QLatin1String("body"));

    const QString where = Tr::tr("operation %1 (%2)").arg(index + 1).arg(op.id.isEmpty() ? QStringLiteral("?") : op.id);
    if (op.id.isEmpty())
        return fail(ErrorKind::BadData, Tr::tr("The change set's %1 has no \"id\".").arg(where));
    if (targetId.isDouble() && !isJsonInteger(targetId))
        return fail(ErrorKind::BadData, Tr::tr("The change set's %1 has the target id %2, which is not a whole number "
                                               "an id can be (at most 2^53).")
                                            .arg(where, QString::fromUtf8(canonicalJson(targetId))));
    // The only place the file's kind and type strings become enums (changekinds.h has the names).
    const std::optional<OperationKind> knownKind = parseOperationKind(kind);
    if (!knownKind)
        return fail(ErrorKind::BadData, Tr::tr("%1The change set's %2 has an unknown kind \"%3\"; expected one of %4.")
                                            .arg(lineOf(source, index, {QStringLiteral("kind")}), where,
                                                 escapeControls(kind), operationKindNames().join(QLatin1String(", "))));
    op.kind = *knownKind;
    const std::optional<TargetType> knownType = parseTargetType(type);
    if (!knownType)
        return fail(ErrorKind::BadData,
                    Tr::tr("%1The change set's %2 has an unknown target type \"%3\"; expected one of %4.")
                        .arg(lineOf(source, index, {QStringLiteral("target"), QStringLiteral("type")}), where,
                             escapeControls(type), targetTypeNames().join(QLatin1String(", "))));
    op.target.type = *knownType;
    static const QStringList methods = {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")};
    if (!methods.contains(op.request.method))
        return fail(ErrorKind::BadData, Tr::tr("The change set's %1 has request method \"%2\"; expected POST, PUT or DELETE.")
                                            .arg(where, op.request.method));
    // The path goes out with the token: refuse anything that could leave /api/0/ (see apipath.h).
    if (const std::optional<QString> problem = apiPathProblem(op.request.path))
        return fail(ErrorKind::BadData, Tr::tr("The change set's %1 (%2) has request path \"%3\", which is refused: %4.")
                                            .arg(where, op.request.method, escapeControls(op.request.path), *problem));
    return op;
}

QJsonObject ChangeSet::toJson() const
{
    QJsonArray ops;
    for (const ChangeOperation& op : operations)
        ops.append(op.toJson());
    return QJsonObject{
        {QLatin1String("version"), FormatVersion},
        {QLatin1String("server"), server},
        {QLatin1String("org"), org},
        {QLatin1String("created"), created.toUTC().toString(Qt::ISODate)},
        {QLatin1String("operations"), ops},
    };
}

Result<ChangeSet> ChangeSet::fromJson(const QJsonObject& json, const ChangeSetSource* source)
{
    const QJsonValue version = json.value(QLatin1String("version"));
    if (version.isUndefined())
        return fail(ErrorKind::BadData, Tr::tr("The change set has no \"version\"; this sentry-console reads version %1.")
                                            .arg(FormatVersion));
    if (!version.isDouble())
        return fail(ErrorKind::BadData, Tr::tr("The change set's \"version\" is %1, not a number; this sentry-console "
                                               "reads version %2.")
                                            .arg(QString::fromUtf8(canonicalJson(version)).left(40))
                                            .arg(FormatVersion));
    if (version.toDouble() != FormatVersion)
        return fail(ErrorKind::BadData,
                    Tr::tr("Unsupported change-set version %1; this sentry-console reads version %2.")
                        .arg(QString::fromUtf8(canonicalJson(version)))
                        .arg(FormatVersion));
    const QJsonValue operations = json.value(QLatin1String("operations"));
    if (operations.isUndefined())
        return fail(ErrorKind::BadData, Tr::tr("The change set has no \"operations\" list."));
    if (!operations.isArray())
        return fail(ErrorKind::BadData, Tr::tr("The change set's \"operations\" is not a list."));
    if (operations.toArray().size() > ChangeSetLimits::MaxOperations)
        return fail(ErrorKind::BadData,
                    Tr::tr("The change set has %1 operations; sentry-console reads at most %2 per file (split it).")
                        .arg(operations.toArray().size())
                        .arg(ChangeSetLimits::MaxOperations));
    ChangeSet set;
    set.server = json.value(QLatin1String("server")).toString();
    set.org = json.value(QLatin1String("org")).toString();
    set.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonArray ops = json.value(QLatin1String("operations")).toArray();
    QSet<QString> ids;
    for (int i = 0; i < ops.size(); ++i) {
        if (!ops.at(i).isObject())
            return fail(ErrorKind::BadData, Tr::tr("The change set's operation %1 is not a JSON object.").arg(i + 1));
        Result<ChangeOperation> op = ChangeOperation::fromJson(ops.at(i).toObject(), i, source);
        if (!op)
            return tl::unexpected(op.error());
        if (ids.contains(op->id))
            return fail(ErrorKind::BadData, Tr::tr("The change set uses the operation id \"%1\" twice.").arg(op->id));
        ids.insert(op->id);
        set.operations.append(std::move(*op));
    }
    if (Result<void> placeholders = checkPlaceholders(set.operations); !placeholders)
        return tl::unexpected(placeholders.error());
    return set;
}

Result<void> ChangeSet::save(const QString& path) const
{
    return writeJsonFile(path, QJsonDocument(toJson()));
}

Result<ChangeSet> ChangeSet::load(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > ChangeSetLimits::MaxFileBytes)
        return fail(ErrorKind::BadData, Tr::tr("%1 is %2 MiB; sentry-console reads change sets of at most %3 MiB "
                                               "(split it).")
                                            .arg(path)
                                            .arg(info.size() / (1024 * 1024))
                                            .arg(ChangeSetLimits::MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Usage, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const ChangeSetSource source{path, file.readAll()};
    return parseJson(source.bytes, path)
        .and_then([&](const QJsonDocument& doc) -> Result<ChangeSet> {
            if (!doc.isObject())
                return fail(ErrorKind::BadData, Tr::tr("%1 is not a change set: the top level is not a JSON object.").arg(path));
            return fromJson(doc.object(), &source);
        })
        .map_error([&](Error error) {
            // Every message names the file it is about.
            if (!error.message.contains(path))
                error.message = Tr::tr("%1: %2").arg(path, error.message);
            return error;
        });
}

QString ChangeSet::nextOperationId() const
{
    int highest = 0;
    for (const ChangeOperation& op : operations) {
        bool ok = false;
        const int n = op.id.startsWith(QLatin1String("op-")) ? op.id.mid(3).toInt(&ok) : 0;
        if (ok && n < std::numeric_limits<int>::max()) // "op-2147483647" must not overflow the +1
            highest = std::max(highest, n);
    }
    return QStringLiteral("op-%1").arg(highest + 1);
}

} // namespace sc
