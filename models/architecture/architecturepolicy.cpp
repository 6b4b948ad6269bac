// SPDX-License-Identifier: MIT
#include "architecturepolicy.h"
#include "tr.h"

#include "architecture_policy_text.h" // generated from resources/policy/architecture-policy.yaml

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace sc {

using namespace Qt::StringLiterals;

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

bool globMatch(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion)
                                  .prepend(QLatin1Char('^')).append(QLatin1Char('$')))
        .match(text)
        .hasMatch();
}

} // namespace

const QStringList& architectureCheckIds()
{
    static const QStringList ids{QStringLiteral("topology"), QStringLiteral("ownership"), QStringLiteral("tiers"),
                                 QStringLiteral("health-check-filter"), QStringLiteral("pii"), QStringLiteral("quota"),
                                 QStringLiteral("spike-protection"), QStringLiteral("releases"),
                                 QStringLiteral("sourcemaps"), QStringLiteral("crons")};
    return ids;
}

QString checkSeverityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error: return QStringLiteral("error");
    case CheckSeverity::Warning: return QStringLiteral("warning");
    case CheckSeverity::Off: return QStringLiteral("off");
    }
    return {};
}

bool ArchitectureRules::isWorker(const QString& slug, const QString& platform) const
{
    for (const QString& pattern : workerPatterns) {
        if (globMatch(pattern, slug) || (!platform.isEmpty() && globMatch(pattern, platform)))
            return true;
    }
    return false;
}

bool ArchitectureRules::wantsSourceMaps(const QString& platform) const
{
    for (const QString& p : sourceMapPlatforms) {
        if (platform == p || platform.startsWith(p + QLatin1Char('-')))
            return true;
    }
    return false;
}

void ArchitectureOverride::applyTo(ArchitectureRules& rules) const
{
    for (auto it = severity.begin(); it != severity.end(); ++it)
        rules.severity.insert(it.key(), it.value());
    if (sensitiveFields)
        rules.sensitiveFields = *sensitiveFields;
    if (rateLimitWindow)
        rules.rateLimitWindow = *rateLimitWindow;
    if (rateLimitCount)
        rules.rateLimitCount = *rateLimitCount;
    if (releaseDays)
        rules.releaseDays = *releaseDays;
    if (worker) {
        // A project override decides outright: an empty pattern list never matches, "*" always does.
        rules.workerPatterns = *worker ? QStringList{QStringLiteral("*")} : QStringList{};
    }
}

// Walks the `architecture:` mapping and collects every problem with its line.
class ArchitecturePolicyParser
{
public:
    explicit ArchitecturePolicyParser(QString source) : m_source(std::move(source)) {}

    QStringList problems;

    void parse(const YAML::Node& node, ArchitecturePolicy& policy)
    {
        if (!keys(node, QStringList{u"checks"_s, u"topology"_s, u"pii"_s, u"quota"_s, u"releases"_s, u"sourcemaps"_s, u"crons"_s, u"overrides"_s},
                  u"architecture"_s))
            return;
        ArchitectureRules& r = policy.m_defaults;
        if (const YAML::Node checks = node["checks"])
            severities(checks, r.severity, QStringLiteral("architecture.checks"));
        if (const YAML::Node t = node["topology"]; t && keys(t, QStringList{u"shared"_s, u"oneTeamOnly"_s}, u"architecture.topology"_s)) {
            if (t["shared"])
                r.sharedProjects = list(t["shared"], QStringLiteral("architecture.topology.shared"));
            if (t["oneTeamOnly"])
                r.oneTeamOnly = boolean(t["oneTeamOnly"], QStringLiteral("architecture.topology.oneTeamOnly"), r.oneTeamOnly);
        }
        if (const YAML::Node p = node["pii"];
            p && keys(p, QStringList{u"dataScrubber"_s, u"dataScrubberDefaults"_s, u"scrubIPAddresses"_s, u"sensitiveFields"_s}, u"architecture.pii"_s)) {
            if (p["dataScrubber"])
                r.dataScrubber = boolean(p["dataScrubber"], QStringLiteral("architecture.pii.dataScrubber"), true);
            if (p["dataScrubberDefaults"])
                r.dataScrubberDefaults = boolean(p["dataScrubberDefaults"], QStringLiteral("architecture.pii.dataScrubberDefaults"), true);
            if (p["scrubIPAddresses"])
                r.scrubIPAddresses = boolean(p["scrubIPAddresses"], QStringLiteral("architecture.pii.scrubIPAddresses"), true);
            if (p["sensitiveFields"])
                r.sensitiveFields = list(p["sensitiveFields"], QStringLiteral("architecture.pii.sensitiveFields"));
        }
        if (const YAML::Node q = node["quota"]; q && keys(q, QStringList{u"window"_s, u"count"_s}, u"architecture.quota"_s)) {
            if (q["window"])
                r.rateLimitWindow = integer(q["window"], QStringLiteral("architecture.quota.window"), 1, 86400, r.rateLimitWindow);
            if (q["count"])
                r.rateLimitCount = integer(q["count"], QStringLiteral("architecture.quota.count"), 0, 1 << 30, r.rateLimitCount);
        }
        if (const YAML::Node rel = node["releases"]; rel && keys(rel, QStringList{u"days"_s}, u"architecture.releases"_s) && rel["days"])
            r.releaseDays = integer(rel["days"], QStringLiteral("architecture.releases.days"), 1, 3650, r.releaseDays);
        if (const YAML::Node s = node["sourcemaps"]; s && keys(s, QStringList{u"platforms"_s}, u"architecture.sourcemaps"_s) && s["platforms"])
            r.sourceMapPlatforms = list(s["platforms"], QStringLiteral("architecture.sourcemaps.platforms"));
        if (const YAML::Node c = node["crons"]; c && keys(c, QStringList{u"workers"_s, u"monitor"_s}, u"architecture.crons"_s)) {
            if (c["workers"])
                r.workerPatterns = list(c["workers"], QStringLiteral("architecture.crons.workers"));
            if (const YAML::Node m = c["monitor"];
                m && keys(m, QStringList{u"schedule"_s, u"checkinMargin"_s, u"maxRuntime"_s}, u"architecture.crons.monitor"_s)) {
                if (m["schedule"])
                    r.monitorSchedule = scalar(m["schedule"], QStringLiteral("architecture.crons.monitor.schedule"));
                if (m["checkinMargin"])
                    r.monitorCheckinMargin = integer(m["checkinMargin"], QStringLiteral("architecture.crons.monitor.checkinMargin"), 1, 40320, 5);
                if (m["maxRuntime"])
                    r.monitorMaxRuntime = integer(m["maxRuntime"], QStringLiteral("architecture.crons.monitor.maxRuntime"), 1, 40320, 30);
            }
        }
        if (const YAML::Node o = node["overrides"]; o && keys(o, QStringList{u"teams"_s, u"projects"_s}, u"architecture.overrides"_s)) {
            overrides(o["teams"], policy.m_teams, QStringLiteral("architecture.overrides.teams"), false);
            overrides(o["projects"], policy.m_projects, QStringLiteral("architecture.overrides.projects"), true);
        }
    }

private:
    QString m_source;

    void error(const YAML::Node& node, const QString& message)
    {
        const YAML::Mark mark = node.Mark();
        problems.append(QStringLiteral("%1:%2:%3: %4").arg(m_source).arg(mark.is_null() ? 0 : mark.line + 1)
                            .arg(mark.is_null() ? 0 : mark.column + 1).arg(message));
    }

    bool keys(const YAML::Node& map, const QStringList& names, const QString& at)
    {
        if (map.IsNull())
            return false;
        if (!map.IsMap()) {
            error(map, Tr::tr("%1 must be a mapping.").arg(at));
            return false;
        }
        bool ok = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = qs(it->first.Scalar());
            if (!names.contains(key)) {
                error(it->first, Tr::tr("Unknown key \"%1\" in %2; expected one of: %3.").arg(key, at, names.join(QLatin1String(", "))));
                ok = false;
            }
        }
        return ok;
    }

    QString scalar(const YAML::Node& node, const QString& where)
    {
        if (node.IsNull())
            return {};
        if (!node.IsScalar()) {
            error(node, Tr::tr("%1 must be a single value.").arg(where));
            return {};
        }
        return qs(node.Scalar());
    }

    QStringList list(const YAML::Node& node, const QString& where)
    {
        QStringList out;
        if (node.IsNull())
            return out;
        if (!node.IsSequence()) {
            error(node, Tr::tr("%1 must be a list.").arg(where));
            return out;
        }
        for (const YAML::Node& item : node) {
            const QString value = scalar(item, where);
            if (value.trimmed().isEmpty())
                error(item, Tr::tr("%1 must not contain empty values.").arg(where));
            else
                out.append(value);
        }
        return out;
    }

    bool boolean(const YAML::Node& node, const QString& where, bool fallback)
    {
        const QString text = node.IsScalar() ? qs(node.Scalar()).toLower() : QString();
        if (text == QLatin1String("true") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("no"))
            return false;
        error(node, Tr::tr("%1 must be true or false.").arg(where));
        return fallback;
    }

    int integer(const YAML::Node& node, const QString& where, int min, int max, int fallback)
    {
        bool ok = false;
        const int value = node.IsScalar() ? qs(node.Scalar()).toInt(&ok) : 0;
        if (!ok || value < min || value > max) {
            error(node, Tr::tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                            .arg(where).arg(min).arg(max).arg(node.IsScalar() ? qs(node.Scalar()) : QStringLiteral("…")));
            return fallback;
        }
        return value;
    }

    void severities(const YAML::Node& node, QHash<QString, CheckSeverity>& out, const QString& where)
    {
        if (!node.IsMap()) {
            error(node, Tr::tr("%1 must be a mapping of check id to error, warning or off.").arg(where));
            return;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString id = qs(it->first.Scalar());
            if (!architectureCheckIds().contains(id)) {
                error(it->first, Tr::tr("Unknown check \"%1\" in %2; the checks are: %3.")
                                     .arg(id, where, architectureCheckIds().join(QLatin1String(", "))));
                continue;
            }
            const QString value = scalar(it->second, where + QLatin1Char('.') + id).toLower();
            if (value == QLatin1String("error"))
                out.insert(id, CheckSeverity::Error);
            else if (value == QLatin1String("warning"))
                out.insert(id, CheckSeverity::Warning);
            else if (value == QLatin1String("off") || value == QLatin1String("false"))
                out.insert(id, CheckSeverity::Off);
            else
                error(it->second, Tr::tr("The severity of %1 must be error, warning or off, not \"%2\".").arg(id, value));
        }
    }

    void overrides(const YAML::Node& node, QHash<QString, ArchitectureOverride>& out, const QString& where, bool project)
    {
        if (!node || node.IsNull())
            return;
        if (!node.IsMap()) {
            error(node, Tr::tr("%1 must be a mapping.").arg(where));
            return;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString name = qs(it->first.Scalar());
            const QString at = where + QLatin1Char('.') + name;
            const YAML::Node o = it->second;
            if (project ? !keys(o, QStringList{u"checks"_s, u"pii"_s, u"quota"_s, u"releases"_s, u"worker"_s}, at)
                        : !keys(o, QStringList{u"checks"_s, u"pii"_s, u"quota"_s, u"releases"_s}, at))
                continue;
            ArchitectureOverride ov;
            if (o["checks"])
                severities(o["checks"], ov.severity, at + QStringLiteral(".checks"));
            if (const YAML::Node p = o["pii"]; p && keys(p, QStringList{u"sensitiveFields"_s}, at + QStringLiteral(".pii")))
                ov.sensitiveFields = list(p["sensitiveFields"], at + QStringLiteral(".pii.sensitiveFields"));
            if (const YAML::Node q = o["quota"]; q && keys(q, QStringList{u"window"_s, u"count"_s}, at + QStringLiteral(".quota"))) {
                if (q["window"])
                    ov.rateLimitWindow = integer(q["window"], at + QStringLiteral(".quota.window"), 1, 86400, 60);
                if (q["count"])
                    ov.rateLimitCount = integer(q["count"], at + QStringLiteral(".quota.count"), 0, 1 << 30, 1000);
            }
            if (const YAML::Node r = o["releases"]; r && keys(r, QStringList{u"days"_s}, at + QStringLiteral(".releases")) && r["days"])
                ov.releaseDays = integer(r["days"], at + QStringLiteral(".releases.days"), 1, 3650, 30);
            if (o["worker"])
                ov.worker = boolean(o["worker"], at + QStringLiteral(".worker"), false);
            out.insert(name, ov);
        }
    }
};

ArchitecturePolicy::ArchitecturePolicy()
    : m_tiers(TierPolicy::defaultPolicy())
{
    for (const QString& id : architectureCheckIds())
        m_defaults.severity.insert(id, CheckSeverity::Error);
}

QString ArchitecturePolicy::defaultArchitectureText()
{
    return QString::fromUtf8(kArchitecturePolicyYaml);
}

ArchitecturePolicy ArchitecturePolicy::defaultPolicy()
{
    // The shipped section parses by construction (a test pins it).
    Result<ArchitecturePolicy> parsed = fromYaml(TierPolicy::defaultPolicyText() + QLatin1Char('\n') + defaultArchitectureText(),
                                                 QStringLiteral("default policy"));
    return parsed ? *parsed : ArchitecturePolicy();
}

Result<ArchitecturePolicy> ArchitecturePolicy::fromYaml(const QString& text, const QString& sourceName)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        return fail(ErrorKind::Validation, QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(qs(e.msg)));
    }
    ArchitecturePolicy policy;
    QStringList problems;
    // A file with only an architecture section keeps the shipped tiers.
    if (root.IsMap() && root["tiers"]) {
        Result<TierPolicy> tiers = TierPolicy::fromYaml(text, sourceName);
        if (tiers)
            policy.m_tiers = *tiers;
        else
            problems.append(tiers.error().message);
    }
    // Defaults first, so a file that names only some keys keeps the others.
    {
        ArchitecturePolicyParser defaults(QStringLiteral("default policy"));
        const YAML::Node builtIn = YAML::Load(defaultArchitectureText().toStdString());
        defaults.parse(builtIn["architecture"], policy);
    }
    const YAML::Node section = root.IsMap() ? root["architecture"] : YAML::Node();
    if (section) {
        ArchitecturePolicyParser parser(sourceName);
        try {
            parser.parse(section, policy);
        } catch (const YAML::Exception& e) {
            parser.problems.append(QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(qs(e.msg)));
        }
        problems += parser.problems;
    }
    if (!problems.isEmpty())
        return fail(ErrorKind::Validation, problems.join(QLatin1Char('\n')));
    return policy;
}

Result<ArchitecturePolicy> ArchitecturePolicy::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, Tr::tr("Cannot read the policy %1: %2.").arg(path, file.errorString()));
    return fromYaml(QString::fromUtf8(file.readAll()), path);
}

ArchitectureRules ArchitecturePolicy::effective(const QString& projectSlug, const QStringList& teamSlugs) const
{
    ArchitectureRules rules = m_defaults;
    for (const QString& team : teamSlugs) {
        if (const auto it = m_teams.constFind(team); it != m_teams.constEnd())
            it->applyTo(rules);
    }
    if (const auto it = m_projects.constFind(projectSlug); it != m_projects.constEnd())
        it->applyTo(rules);
    return rules;
}

} // namespace sc
