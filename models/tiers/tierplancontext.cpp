// SPDX-License-Identifier: MIT
#include "tierplancontext.h"

#include <QJsonArray>

namespace sc::tierplan {

namespace {

QString fillTemplate(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace

QString valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return L("none");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return items.join(QLatin1String(", "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? L("true") : L("false");
    return value.toString();
}

TierPlanContext::TierPlanContext(const OrgSnapshot& snapshot, const TierPolicy& policy)
    : snapshot(snapshot)
    , policy(policy)
    , matcher(snapshot, policy)
{
}

QString TierPlanContext::opId(qsizetype index)
{
    return QStringLiteral("op-%1").arg(index + 1);
}

QString TierPlanContext::placeholder(qsizetype index)
{
    return QStringLiteral("${op-%1.id}").arg(index + 1);
}

QString TierPlanContext::partTitle(const TierMatch& tier, const QString& partKey, const QString& project)
{
    return partKey.isEmpty() ? QStringLiteral("%1 (%2)").arg(tierName(tier.tier), project)
                             : QStringLiteral("%1 %2 (%3)").arg(tierName(tier.tier), partKey, project);
}

PendingOp& TierPlanContext::edit(TargetType type, const AlertDescription& object, const QString& project)
{
    const QString key = targetTypeName(type) + QLatin1Char('/') + object.id;
    const auto it = opByObject.constFind(key);
    if (it != opByObject.cend())
        return ops[*it];
    PendingOp op;
    op.type = type;
    op.id = object.id;
    op.project = type == TargetType::Workflow || type == TargetType::MetricAlertRule ? QString() : project;
    if (type == TargetType::MetricAlertRule)
        op.project = object.projectSlugs.value(0);
    op.base = object.raw;
    op.desired = object.raw;
    opByObject.insert(key, ops.size());
    ops.append(op);
    return ops.last();
}

qsizetype TierPlanContext::append(const PendingOp& op)
{
    ops.append(op);
    return ops.size() - 1;
}

QString TierPlanContext::teamId(const QString& slug) const
{
    const Team* team = snapshot.teamBySlug(slug);
    return team ? team->id : QString();
}

QString TierPlanContext::tierAlertName(const TierMatch& tier, const QString& team) const
{
    QString name = tier.spec.workflowName;
    if (name.isEmpty())
        name = QStringLiteral("[%1] %2 ({channel})").arg(tierName(tier.tier), tier.spec.label);
    return fillTemplate(name, {{L("team"), team}, {L("channel"), describeTarget(*tier.target)}, {L("service"), tier.target->display}});
}

QString TierPlanContext::partAlertName(const TierMatch& tier, const TierPartPolicy& part, const QString& project) const
{
    QString name = part.name;
    if (name.isEmpty())
        name = QStringLiteral("[%1] %2 ({project})").arg(tierName(tier.tier), part.label);
    return fillTemplate(name, {{L("project"), project},
                               {L("threshold"), QString::number(part.threshold)},
                               {L("seconds"), QString::number(part.threshold / 1000.0)},
                               {L("window"), QString::number(part.windowSeconds)}});
}

} // namespace sc::tierplan
