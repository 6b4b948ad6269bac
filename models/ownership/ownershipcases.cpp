// SPDX-License-Identifier: MIT
#include "ownershipcases.h"

#include "ownershipmatcher.h"
#include "ownershipparser.h"
#include "tr.h"

namespace sc {

QJsonObject evaluateOwnershipCase(const QJsonObject& testCase)
{
    const QString kind = testCase.value(QLatin1String("kind")).toString();
    const Result<OwnershipRules> rules = parseOwnership(testCase.value(QLatin1String("rules")).toString());
    if (kind == QLatin1String("parse")) {
        if (!rules)
            return QJsonObject{{QStringLiteral("ok"), false}};
        return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("rules"), rules->schemaRules()}};
    }
    if (!rules)
        return OwnershipMatchResult{}.toJson();
    const OwnershipMatcher matcher(*rules);
    return matcher.match(OwnershipEvent::fromJson(testCase.value(QLatin1String("event")).toObject())).toJson();
}

Result<QJsonObject> evaluateOwnershipCases(const QJsonObject& caseFile)
{
    const QJsonValue cases = caseFile.value(QLatin1String("cases"));
    if (!cases.isArray())
        return fail(ErrorKind::Usage, Tr::tr("The case file has no \"cases\" list."));
    QJsonArray results;
    for (const QJsonValue& c : cases.toArray()) {
        const QJsonObject testCase = c.toObject();
        results.append(QJsonObject{{QStringLiteral("id"), testCase.value(QLatin1String("id"))},
                                   {QStringLiteral("result"), evaluateOwnershipCase(testCase)}});
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

} // namespace sc
