// SPDX-License-Identifier: MIT
#include "connectionprofilecheck.h"

#include "domain.h"
#include "sentryclient.h"
#include "tr.h"

#include <QJsonArray>

namespace sc {

namespace {
// Sentry's scope levels: a stronger level of the same resource grants the weaker ones.
bool covers(const QStringList& scopes, const QString& wanted)
{
    if (scopes.contains(wanted))
        return true;
    const QString resource = wanted.section(QLatin1Char(':'), 0, 0);
    const QString level = wanted.section(QLatin1Char(':'), 1);
    static const QStringList order{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")};
    const qsizetype wantedLevel = order.indexOf(level);
    for (qsizetype l = wantedLevel + 1; l >= 1 && l < order.size(); ++l) {
        if (scopes.contains(resource + QLatin1Char(':') + order[l]))
            return true;
    }
    return false;
}

// Each entry: alternatives that satisfy one need (Sentry accepts any of them for the endpoint).
struct Need {
    QStringList anyOf;
};

FeatureAccess feature(const QStringList& scopes, QString id, QString name, const QList<Need>& needs, QString consequence)
{
    FeatureAccess access{std::move(id), std::move(name), {}, {}, {}};
    for (const Need& need : needs) {
        access.needs << need.anyOf.first();
        const bool ok = std::any_of(need.anyOf.begin(), need.anyOf.end(), [&](const QString& s) { return covers(scopes, s); });
        if (!ok)
            access.missing << need.anyOf.first();
    }
    if (!access.missing.isEmpty())
        access.consequence = std::move(consequence);
    return access;
}
} // namespace

bool ScopeReport::allOk() const
{
    return std::all_of(features.begin(), features.end(), [](const FeatureAccess& f) { return f.ok(); });
}

QJsonObject ScopeReport::toJson() const
{
    QJsonArray list;
    for (const FeatureAccess& f : features) {
        list.append(QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("name"), f.name},
                                {QStringLiteral("ok"), f.ok()},
                                {QStringLiteral("needs"), QJsonArray::fromStringList(f.needs)},
                                {QStringLiteral("missing"), QJsonArray::fromStringList(f.missing)},
                                {QStringLiteral("consequence"), f.consequence}});
    }
    return QJsonObject{{QStringLiteral("org"), org},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                       {QStringLiteral("ok"), allOk()},
                       {QStringLiteral("features"), list}};
}

ScopeReport scopeReport(const QStringList& scopes)
{
    ScopeReport report;
    report.scopes = scopes;
    report.scopes.sort();
    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    report.features = {
        feature(scopes, s("browse"), Tr::tr("Browse the organization (teams, projects, members)"),
                {{{s("org:read")}}, {{s("project:read")}}, {{s("team:read")}}, {{s("member:read")}}},
                Tr::tr("parts of the organization tree stay empty")),
        feature(scopes, s("audit"), Tr::tr("Read alerts and audit the tiers"),
                {{{s("alerts:read"), s("org:read")}}},
                Tr::tr("the tier audit cannot read alerts")),
        feature(scopes, s("tiers-write"), Tr::tr("Apply tiers (create and change alerts)"),
                {{{s("alerts:write"), s("org:write")}}},
                Tr::tr("tiers are read-only")),
        feature(scopes, s("ownership-write"), Tr::tr("Push ownership rules and team access"),
                {{{s("project:write")}}},
                Tr::tr("ownership rules are read-only")),
        feature(scopes, s("charts"), Tr::tr("Error charts (events and usage stats)"),
                {{{s("event:read")}}, {{s("org:read")}}},
                Tr::tr("the charts stay empty")),
    };
    return report;
}

void checkConnection(SentryClient* client, const QString& org, QObject* context,
                     std::function<void(Result<ScopeReport>)> done)
{
    const QString path = QStringLiteral("/api/0/organizations/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(org)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("detailed"), QStringLiteral("0"));
    client->get(path, query, context, [org, done = std::move(done)](Result<ApiResponse> response) {
        if (!response) {
            done(tl::unexpected(response.error()));
            return;
        }
        if (!response->json.isObject()) {
            done(fail(ErrorKind::BadData, Tr::tr("The server's answer for organization \"%1\" is not a JSON object.").arg(org)));
            return;
        }
        const Organization organization = Organization::fromJson(response->json.object());
        ScopeReport report = scopeReport(organization.access);
        report.org = organization.slug.isEmpty() ? org : organization.slug;
        report.orgName = organization.name;
        done(report);
    });
}

} // namespace sc
