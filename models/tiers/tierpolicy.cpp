// SPDX-License-Identifier: MIT
#include "tierpolicy.h"
#include "tiermatcher.h"
#include "tr.h"

#include "default_policy_text.h" // generated from resources/policy/default-policy.yaml

#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sc {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

PolicyLocation locationOf(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

const QStringList& knownTriggers()
{
    static const QStringList triggers = {
        QStringLiteral("first_seen_event"), QStringLiteral("regression_event"), QStringLiteral("reappeared_event"),
        QStringLiteral("issue_resolved_trigger"), QStringLiteral("existing_high_priority_issue"),
        QStringLiteral("new_high_priority_issue")};
    return triggers;
}

const QStringList& knownComparisons()
{
    static const QStringList comparisons = {QStringLiteral("gt"), QStringLiteral("lt"), QStringLiteral("gte"),
                                            QStringLiteral("lte")};
    return comparisons;
}

const QStringList& knownActionTypes()
{
    static const QStringList types = {QStringLiteral("pagerduty"), QStringLiteral("slack")};
    return types;
}

} // namespace

// Walks the YAML tree, fills a TierPolicy and collects every problem with its line.
class TierPolicyParser
{
public:
    explicit TierPolicyParser(QString source) : m_source(std::move(source)) {}

    QList<PolicyDiagnostic> diagnostics;

    void error(const YAML::Node& node, const QString& message) { diagnostics.append({m_source, locationOf(node), message}); }

    std::optional<TierPolicy> parse(const QString& text)
    {
        YAML::Node root;
        try {
            root = YAML::Load(text.toStdString());
        } catch (const YAML::Exception& e) {
            diagnostics.append({m_source, {e.mark.line + 1, e.mark.column + 1},
                                Tr::tr("The policy is not valid YAML: %1.").arg(qs(e.msg))});
            return std::nullopt;
        }
        if (!root.IsMap()) {
            diagnostics.append({m_source, locationOf(root), Tr::tr("The policy must be a YAML mapping with a \"tiers\" key.")});
            return std::nullopt;
        }
        TierPolicy policy;
        policy.m_specs = {};
        for (int i = 0; i < TierCount; ++i) {
            policy.m_specs[size_t(i)].tier = Tier(i);
            policy.m_specs[size_t(i)].enabled = false;
        }
        try {
            checkDuplicateKeys(root);
            parseRoot(root, policy);
        } catch (const YAML::Exception& e) {
            diagnostics.append({m_source, {e.mark.line + 1, e.mark.column + 1}, qs(e.msg)});
        }
        if (!diagnostics.isEmpty())
            return std::nullopt;
        policy.m_text = text;
        policy.m_sourceName = m_source;
        return policy;
    }

private:
    QString m_source;

    bool checkKeys(const YAML::Node& map, const QStringList& allowed, const QString& where)
    {
        if (!map.IsMap()) {
            error(map, Tr::tr("%1 must be a mapping.").arg(where));
            return false;
        }
        bool ok = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = qs(it->first.Scalar());
            if (!allowed.contains(key)) {
                error(it->first, Tr::tr("Unknown key \"%1\" in %2; expected one of: %3.")
                                     .arg(key, where, allowed.join(QLatin1String(", "))));
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

    QStringList stringList(const YAML::Node& node, const QString& where)
    {
        QStringList list;
        if (node.IsNull())
            return list;
        if (!node.IsSequence()) {
            error(node, Tr::tr("%1 must be a list.").arg(where));
            return list;
        }
        for (const YAML::Node& item : node)
            list.append(scalar(item, where));
        return list;
    }

    std::optional<double> number(const YAML::Node& node, const QString& where)
    {
        bool ok = false;
        const double value = node.IsScalar() ? qs(node.Scalar()).toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(value)) {
            error(node, Tr::tr("%1 must be a number, not \"%2\".").arg(where, node.IsScalar() ? qs(node.Scalar()) : QStringLiteral("…")));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const YAML::Node& node, const QString& where)
    {
        const QString text = node.IsScalar() ? qs(node.Scalar()).toLower() : QString();
        if (text == QLatin1String("true") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("no"))
            return false;
        error(node, Tr::tr("%1 must be true or false.").arg(where));
        return std::nullopt;
    }

    // Sentry's metric alert time windows go up to 1440 minutes (CONTRACT.md, metric alert rules:
    // timeWindow ∈ {1 … 1440} minutes), so a window of more than a day is a typo, and converting a
    // huge value to int would be undefined behaviour.
    static constexpr double kMaxWindowSeconds = 86400;

    std::optional<int> window(const YAML::Node& node, const QString& where)
    {
        const std::optional<double> value = number(node, where);
        if (!value)
            return std::nullopt;
        if (*value < 60 || *value > kMaxWindowSeconds || std::floor(*value) != *value) {
            error(node, Tr::tr("%1 must be a whole number of seconds from 60 to %2 (got %3).")
                            .arg(where)
                            .arg(int(kMaxWindowSeconds))
                            .arg(qs(node.Scalar())));
            return std::nullopt;
        }
        return int(*value);
    }

    // yaml-cpp keeps only one of two equal keys when looking a key up, so a second "overrides:" block
    // would silently do nothing: every mapping in the document must have unique keys.
    void checkDuplicateKeys(const YAML::Node& root)
    {
        std::vector<YAML::Node> pending{root};
        while (!pending.empty()) {
            const YAML::Node node = pending.back();
            pending.pop_back();
            if (node.IsSequence()) {
                for (const YAML::Node& item : node)
                    pending.push_back(item);
                continue;
            }
            if (!node.IsMap())
                continue;
            QHash<QString, PolicyLocation> seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                pending.push_back(it->second);
                if (!it->first.IsScalar())
                    continue;
                const QString key = qs(it->first.Scalar());
                const auto first = seen.constFind(key);
                if (first != seen.constEnd())
                    error(it->first, Tr::tr("Duplicate key \"%1\" (lines %2 and %3): YAML keeps only one of them; "
                                            "merge the two.")
                                         .arg(key)
                                         .arg(first->line)
                                         .arg(locationOf(it->first).line));
                else
                    seen.insert(key, locationOf(it->first));
            }
        }
    }

    std::optional<Tier> tierKey(const YAML::Node& key)
    {
        const std::optional<Tier> tier = tierFromName(qs(key.Scalar()));
        if (!tier)
            error(key, Tr::tr("Unknown tier \"%1\"; the tiers are P0, P1, P2 and P3.").arg(qs(key.Scalar())));
        return tier;
    }

    void checkThreshold(const YAML::Node& node, const QString& where, double value, const QString& aggregate)
    {
        if (value < 0)
            error(node, Tr::tr("%1 must not be negative (got %2).").arg(where).arg(value));
        const bool isRatio = aggregate.startsWith(QLatin1String("apdex")) || aggregate.contains(QLatin1String("failure_rate"));
        const bool isPercent = aggregate.contains(QLatin1String("percentage(")) || aggregate.contains(QLatin1String("crash_free"));
        if (isRatio && value > 1)
            error(node, Tr::tr("%1 must be between 0 and 1 for %2 (got %3).").arg(where, aggregate).arg(value));
        if (isPercent && value > 100)
            error(node, Tr::tr("%1 must be a percentage between 0 and 100 (got %2).").arg(where).arg(value));
    }

    void parseRoot(const YAML::Node& root, TierPolicy& policy)
    {
        // `architecture` is the reference-architecture section (ArchitecturePolicy reads it).
        checkKeys(root, {QStringLiteral("version"), QStringLiteral("sessionPlatforms"), QStringLiteral("tiers"),
                         QStringLiteral("routing"), QStringLiteral("overrides"), QStringLiteral("architecture")},
                  Tr::tr("the policy"));
        if (root["version"]) {
            const QString version = scalar(root["version"], QStringLiteral("version"));
            if (version != QLatin1String("1"))
                error(root["version"], Tr::tr("Unsupported policy version \"%1\"; this console reads version 1.").arg(version));
        }
        if (const YAML::Node platforms = root["sessionPlatforms"]) {
            if (checkKeys(platforms, {QStringLiteral("mobile"), QStringLiteral("desktop"), QStringLiteral("browser")},
                          QStringLiteral("sessionPlatforms"))) {
                for (auto it = platforms.begin(); it != platforms.end(); ++it)
                    policy.m_sessionPlatforms.insert(qs(it->first.Scalar()),
                                                     stringList(it->second, QStringLiteral("sessionPlatforms")));
            }
        }
        const YAML::Node tiers = root["tiers"];
        if (!tiers || !tiers.IsMap()) {
            error(tiers ? tiers : root, Tr::tr("The policy needs a \"tiers\" mapping (P0…P3)."));
        } else {
            for (auto it = tiers.begin(); it != tiers.end(); ++it) {
                if (const std::optional<Tier> tier = tierKey(it->first))
                    parseTier(it->second, *tier, policy.m_specs[size_t(*tier)]);
            }
        }
        if (const YAML::Node routing = root["routing"]) {
            if (checkKeys(routing, {QStringLiteral("teams"), QStringLiteral("projects")}, QStringLiteral("routing"))) {
                parseRoutingMap(routing["teams"], false, policy.m_teamRouting);
                parseRoutingMap(routing["projects"], true, policy.m_projectRouting);
            }
        }
        if (const YAML::Node overrides = root["overrides"]) {
            if (checkKeys(overrides, {QStringLiteral("teams"), QStringLiteral("projects")}, QStringLiteral("overrides"))) {
                parseOverrideMap(overrides["teams"], policy, policy.m_teamOverrides);
                parseOverrideMap(overrides["projects"], policy, policy.m_projectOverrides);
            }
        }
    }

    void parseTier(const YAML::Node& node, Tier tier, TierSpec& spec)
    {
        const QString where = tierName(tier);
        spec.tier = tier;
        spec.enabled = true;
        spec.where = locationOf(node);
        spec.workflowPerTeam = tier == Tier::P0;
        if (!checkKeys(node, {QStringLiteral("enabled"), QStringLiteral("label"), QStringLiteral("environment"),
                              QStringLiteral("triggers"), QStringLiteral("parts"), QStringLiteral("action"),
                              QStringLiteral("frequency"), QStringLiteral("workflowName"), QStringLiteral("workflowPerTeam")},
                       where))
            return;
        if (node["enabled"])
            spec.enabled = boolean(node["enabled"], where + QLatin1String(".enabled")).value_or(true);
        if (node["label"])
            spec.label = scalar(node["label"], where + QLatin1String(".label"));
        if (node["environment"])
            spec.environment = scalar(node["environment"], where + QLatin1String(".environment"));
        if (node["workflowName"])
            spec.workflowName = scalar(node["workflowName"], where + QLatin1String(".workflowName"));
        if (node["workflowPerTeam"])
            spec.workflowPerTeam = boolean(node["workflowPerTeam"], where + QLatin1String(".workflowPerTeam")).value_or(false);
        if (node["frequency"]) {
            static const QList<int> allowed = {0, 5, 10, 30, 60, 180, 720, 1440};
            const std::optional<double> value = number(node["frequency"], where + QLatin1String(".frequency"));
            // Compare as doubles: 5.9 must not pass as 5, and 1e10 must not reach an int conversion.
            const bool known = value && std::any_of(allowed.begin(), allowed.end(), [&](int a) { return double(a) == *value; });
            if (value && !known)
                error(node["frequency"], Tr::tr("%1.frequency must be one of 0, 5, 10, 30, 60, 180, 720 or 1440 minutes (got %2).")
                                             .arg(where, qs(node["frequency"].Scalar())));
            else if (value)
                spec.frequency = int(*value);
        }
        if (const YAML::Node triggers = node["triggers"]) {
            if (triggers.IsSequence()) {
                for (const YAML::Node& item : triggers) {
                    const QString trigger = scalar(item, where + QLatin1String(".triggers"));
                    if (!knownTriggers().contains(trigger))
                        error(item, Tr::tr("Unknown trigger \"%1\" in %2; expected one of: %3.")
                                        .arg(trigger, where, knownTriggers().join(QLatin1String(", "))));
                    else
                        spec.triggers.append(trigger);
                }
            } else {
                error(triggers, Tr::tr("%1.triggers must be a list.").arg(where));
            }
        }
        if (const YAML::Node parts = node["parts"]) {
            if (!parts.IsMap()) {
                error(parts, Tr::tr("%1.parts must be a mapping of part names.").arg(where));
            } else {
                for (auto it = parts.begin(); it != parts.end(); ++it)
                    spec.parts.append(parsePart(it->second, qs(it->first.Scalar()), where));
            }
        }
        if (spec.triggers.isEmpty() && spec.parts.isEmpty())
            error(node, Tr::tr("Tier %1 needs either \"triggers\" (an issue alert) or \"parts\" (metric thresholds).").arg(where));
        if (!spec.triggers.isEmpty() && !spec.parts.isEmpty())
            error(node, Tr::tr("Tier %1 has both \"triggers\" and \"parts\"; a tier is either an issue alert or metric thresholds.").arg(where));
        if (const YAML::Node action = node["action"])
            spec.action = parseAction(action, where + QLatin1String(".action"), true);
        else
            error(node, Tr::tr("Tier %1 needs an \"action\" (type: pagerduty or slack).").arg(where));
    }

    TierPartPolicy parsePart(const YAML::Node& node, const QString& key, const QString& tierWhere)
    {
        TierPartPolicy part;
        part.key = key;
        part.label = key;
        part.where = locationOf(node);
        const QString where = tierWhere + QLatin1String(".parts.") + key;
        if (!checkKeys(node, {QStringLiteral("label"), QStringLiteral("dataset"), QStringLiteral("aggregate"),
                              QStringLiteral("query"), QStringLiteral("eventTypes"), QStringLiteral("comparison"),
                              QStringLiteral("threshold"), QStringLiteral("window"), QStringLiteral("when"),
                              QStringLiteral("name")},
                       where))
            return part;
        if (node["label"])
            part.label = scalar(node["label"], where);
        part.dataset = scalar(node["dataset"], where + QLatin1String(".dataset"));
        part.aggregate = scalar(node["aggregate"], where + QLatin1String(".aggregate"));
        if (part.aggregate.isEmpty())
            error(node, Tr::tr("%1 needs an \"aggregate\".").arg(where));
        if (part.dataset.isEmpty())
            error(node, Tr::tr("%1 needs a \"dataset\".").arg(where));
        if (node["query"])
            part.query = scalar(node["query"], where + QLatin1String(".query"));
        if (node["eventTypes"])
            part.eventTypes = stringList(node["eventTypes"], where + QLatin1String(".eventTypes"));
        part.comparison = node["comparison"] ? scalar(node["comparison"], where) : QStringLiteral("gt");
        if (!knownComparisons().contains(part.comparison))
            error(node["comparison"], Tr::tr("Unknown comparison \"%1\" in %2; expected gt, lt, gte or lte.").arg(part.comparison, where));
        if (!node["threshold"]) {
            error(node, Tr::tr("%1 needs a \"threshold\".").arg(where));
        } else if (const std::optional<double> value = number(node["threshold"], where + QLatin1String(".threshold"))) {
            part.threshold = *value;
            checkThreshold(node["threshold"], where + QLatin1String(".threshold"), *value, part.aggregate);
        }
        if (node["window"])
            part.windowSeconds = window(node["window"], where + QLatin1String(".window")).value_or(60);
        if (node["when"]) {
            const QString when = scalar(node["when"], where + QLatin1String(".when"));
            if (when != QLatin1String("always") && when != QLatin1String("sessions"))
                error(node["when"], Tr::tr("%1.when must be \"always\" or \"sessions\" (got \"%2\").").arg(where, when));
            part.sessionsOnly = when == QLatin1String("sessions");
        }
        if (node["name"])
            part.name = scalar(node["name"], where + QLatin1String(".name"));
        return part;
    }

    TierActionPolicy parseAction(const YAML::Node& node, const QString& where, bool needType)
    {
        TierActionPolicy action;
        action.where = locationOf(node);
        if (!checkKeys(node, {QStringLiteral("type"), QStringLiteral("integration"), QStringLiteral("service"),
                              QStringLiteral("channel"), QStringLiteral("channelId"), QStringLiteral("priority"),
                              QStringLiteral("tags")},
                       where))
            return action;
        action.type = node["type"] ? scalar(node["type"], where + QLatin1String(".type")) : QString();
        if (needType && action.type.isEmpty())
            error(node, Tr::tr("%1 needs a \"type\" (pagerduty or slack).").arg(where));
        if (!action.type.isEmpty() && !knownActionTypes().contains(action.type))
            error(node["type"], Tr::tr("Unknown action type \"%1\" in %2; expected pagerduty or slack.").arg(action.type, where));
        auto read = [&](const char* key, QString& into) {
            if (node[key])
                into = scalar(node[key], where + QLatin1Char('.') + QLatin1String(key));
        };
        read("integration", action.integration);
        read("service", action.service);
        read("channel", action.channel);
        read("channelId", action.channelId);
        read("priority", action.priority);
        read("tags", action.tags);
        if (!action.channel.isEmpty() && !action.channel.startsWith(QLatin1Char('#')) && !action.channel.startsWith(QLatin1Char('@')))
            action.channel.prepend(QLatin1Char('#'));
        return action;
    }

    void parseRoutingMap(const YAML::Node& map, bool projects, QHash<QString, TierRouting>& into)
    {
        if (!map || map.IsNull())
            return;
        if (!map.IsMap()) {
            error(map, Tr::tr("routing.%1 must be a mapping.").arg(projects ? QStringLiteral("projects") : QStringLiteral("teams")));
            return;
        }
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString slug = qs(it->first.Scalar());
            TierRouting routing;
            routing.where = locationOf(it->first);
            const YAML::Node entry = it->second;
            if (!entry.IsMap()) {
                error(entry, Tr::tr("The routing of \"%1\" must be a mapping.").arg(slug));
                continue;
            }
            for (auto e = entry.begin(); e != entry.end(); ++e) {
                const QString key = qs(e->first.Scalar());
                if (projects && key == QLatin1String("team")) {
                    routing.team = scalar(e->second, slug + QLatin1String(".team"));
                    continue;
                }
                if (const std::optional<Tier> tier = tierKey(e->first))
                    routing.actions[size_t(*tier)] = parseAction(e->second, slug + QLatin1Char('.') + key, false);
            }
            into.insert(slug, routing);
        }
    }

    void parseOverrideMap(const YAML::Node& map, const TierPolicy& policy, QHash<QString, TierOverride>& into)
    {
        if (!map || map.IsNull())
            return;
        if (!map.IsMap()) {
            error(map, Tr::tr("overrides.teams and overrides.projects must be mappings."));
            return;
        }
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString slug = qs(it->first.Scalar());
            TierOverride override;
            override.where = locationOf(it->first);
            const YAML::Node entry = it->second;
            if (!entry.IsMap()) {
                error(entry, Tr::tr("The overrides of \"%1\" must be a mapping of tiers.").arg(slug));
                continue;
            }
            for (auto e = entry.begin(); e != entry.end(); ++e) {
                const std::optional<Tier> tier = tierKey(e->first);
                if (!tier)
                    continue;
                parseTierOverride(e->second, slug + QLatin1Char('.') + tierName(*tier), policy.spec(*tier), *tier, override);
            }
            into.insert(slug, override);
        }
    }

    void parseTierOverride(const YAML::Node& node, const QString& where, const TierSpec& spec, Tier tier, TierOverride& override)
    {
        if (!node.IsMap()) {
            error(node, Tr::tr("%1 must be a mapping.").arg(where));
            return;
        }
        const size_t t = size_t(tier);
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = qs(it->first.Scalar());
            if (key == QLatin1String("enabled")) {
                override.enabled[t] = boolean(it->second, where + QLatin1String(".enabled"));
                continue;
            }
            if (key == QLatin1String("environment")) {
                override.environment[t] = scalar(it->second, where + QLatin1String(".environment"));
                continue;
            }
            const TierPartPolicy* part = spec.part(key);
            if (!part) {
                QStringList allowed = {QStringLiteral("enabled"), QStringLiteral("environment")};
                for (const TierPartPolicy& p : spec.parts)
                    allowed.append(p.key);
                error(it->first, Tr::tr("Unknown key \"%1\" in %2; expected one of: %3.")
                                     .arg(key, where, allowed.join(QLatin1String(", "))));
                continue;
            }
            const QString partWhere = where + QLatin1Char('.') + key;
            if (!checkKeys(it->second, {QStringLiteral("threshold"), QStringLiteral("window"), QStringLiteral("comparison")},
                           partWhere))
                continue;
            TierPartOverride partOverride;
            partOverride.where = locationOf(it->second);
            if (const YAML::Node threshold = it->second["threshold"]) {
                partOverride.threshold = number(threshold, partWhere + QLatin1String(".threshold"));
                if (partOverride.threshold)
                    checkThreshold(threshold, partWhere + QLatin1String(".threshold"), *partOverride.threshold, part->aggregate);
            }
            if (const YAML::Node w = it->second["window"])
                partOverride.windowSeconds = window(w, partWhere + QLatin1String(".window"));
            if (const YAML::Node c = it->second["comparison"]) {
                const QString comparison = scalar(c, partWhere);
                if (!knownComparisons().contains(comparison))
                    error(c, Tr::tr("Unknown comparison \"%1\" in %2; expected gt, lt, gte or lte.").arg(comparison, partWhere));
                else
                    partOverride.comparison = comparison;
            }
            override.parts[t].insert(key, partOverride);
        }
    }
};

QString PolicyDiagnostic::toString() const
{
    if (where.line <= 0)
        return QStringLiteral("%1: %2").arg(source, message);
    return QStringLiteral("%1:%2:%3: %4").arg(source).arg(where.line).arg(where.column).arg(message);
}

const TierPartPolicy* TierSpec::part(const QString& key) const
{
    for (const TierPartPolicy& p : parts) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

std::optional<Tier> tierFromName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.size() == 2 && upper.at(0) == QLatin1Char('P') && upper.at(1) >= QLatin1Char('0') && upper.at(1) <= QLatin1Char('3'))
        return Tier(upper.at(1).unicode() - '0');
    return std::nullopt;
}

TierPolicy::TierPolicy()
{
    for (int i = 0; i < TierCount; ++i) {
        m_specs[size_t(i)].tier = Tier(i);
        m_specs[size_t(i)].enabled = false;
    }
}

QString TierPolicy::defaultPolicyText()
{
    return QString::fromUtf8(kDefaultPolicyYaml);
}

TierPolicy TierPolicy::defaultPolicy()
{
    // Parsed once; the text ships with the binary and is covered by tests, so it always parses.
    static const TierPolicy policy = [] {
        Result<TierPolicy> parsed = fromYaml(defaultPolicyText(), QStringLiteral("default-policy.yaml"));
        Q_ASSERT_X(parsed.has_value(), "TierPolicy::defaultPolicy", "the shipped default policy does not parse");
        return parsed ? *parsed : TierPolicy();
    }();
    return policy;
}

QList<PolicyDiagnostic> TierPolicy::check(const QString& text, const QString& sourceName)
{
    TierPolicyParser parser(sourceName);
    parser.parse(text);
    return parser.diagnostics;
}

Result<TierPolicy> TierPolicy::fromYaml(const QString& text, const QString& sourceName)
{
    TierPolicyParser parser(sourceName);
    std::optional<TierPolicy> policy = parser.parse(text);
    if (!policy) {
        QStringList lines;
        for (const PolicyDiagnostic& diagnostic : parser.diagnostics)
            lines.append(diagnostic.toString());
        return fail(ErrorKind::Validation,
                    Tr::tr("The tier policy %1 has %n problem(s):", nullptr, int(lines.size())).arg(sourceName)
                        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    return *policy;
}

Result<TierPolicy> TierPolicy::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, Tr::tr("Cannot read the tier policy %1: %2.").arg(path, file.errorString()));
    return fromYaml(QString::fromUtf8(file.readAll()), path);
}

QString TierPolicy::toYaml() const
{
    if (!m_text.isEmpty())
        return m_text;
    return defaultPolicyText();
}

bool TierPolicy::projectSendsSessions(const Project& project) const
{
    if (project.hasSessions)
        return true;
    const QString platform = project.platform;
    if (platform.isEmpty())
        return false;
    for (auto it = m_sessionPlatforms.cbegin(); it != m_sessionPlatforms.cend(); ++it) {
        for (const QString& name : it.value()) {
            if (platform == name || platform.startsWith(name + QLatin1Char('-')))
                return true;
        }
    }
    return false;
}

QString TierPolicy::routingTeam(const Project& project) const
{
    const auto routing = m_projectRouting.constFind(project.slug);
    if (routing != m_projectRouting.cend() && !routing->team.isEmpty())
        return routing->team;
    return project.teams.isEmpty() ? QString() : project.teams.first().slug;
}

namespace {
void mergeAction(TierActionPolicy& into, const TierActionPolicy& from)
{
    if (!from.type.isEmpty())
        into.type = from.type;
    // A more specific target replaces the whole target, not single fields of it.
    if (!from.isEmptyTarget()) {
        into.integration = from.integration.isEmpty() ? into.integration : from.integration;
        into.service = from.service;
        into.channel = from.channel;
        into.channelId = from.channelId;
        into.where = from.where;
    }
    if (!from.priority.isEmpty())
        into.priority = from.priority;
    if (!from.tags.isEmpty())
        into.tags = from.tags;
}

void applyOverride(TierSpec& spec, const TierOverride& override)
{
    const size_t t = size_t(spec.tier);
    if (override.enabled[t])
        spec.enabled = *override.enabled[t];
    if (override.environment[t])
        spec.environment = *override.environment[t];
    for (TierPartPolicy& part : spec.parts) {
        const auto it = override.parts[t].constFind(part.key);
        if (it == override.parts[t].cend())
            continue;
        if (it->threshold)
            part.threshold = *it->threshold;
        if (it->windowSeconds)
            part.windowSeconds = *it->windowSeconds;
        if (it->comparison)
            part.comparison = *it->comparison;
    }
}
} // namespace

TierActionPolicy TierPolicy::explicitAction(Tier tier, const Project& project) const
{
    TierActionPolicy action = spec(tier).action;
    const QString team = routingTeam(project);
    const auto teamRouting = m_teamRouting.constFind(team);
    if (teamRouting != m_teamRouting.cend() && teamRouting->actions[size_t(tier)])
        mergeAction(action, *teamRouting->actions[size_t(tier)]);
    const auto projectRouting = m_projectRouting.constFind(project.slug);
    if (projectRouting != m_projectRouting.cend() && projectRouting->actions[size_t(tier)])
        mergeAction(action, *projectRouting->actions[size_t(tier)]);
    return action;
}

TierSpec TierPolicy::effectiveSpec(Tier tier, const Project& project) const
{
    TierSpec spec = this->spec(tier);
    const QString team = routingTeam(project);
    // Only the routing team's overrides apply; other teams of the project do not change thresholds.
    const auto teamOverride = m_teamOverrides.constFind(team);
    if (teamOverride != m_teamOverrides.cend())
        applyOverride(spec, *teamOverride);
    const auto projectOverride = m_projectOverrides.constFind(project.slug);
    if (projectOverride != m_projectOverrides.cend())
        applyOverride(spec, *projectOverride);
    spec.action = explicitAction(tier, project);
    if (!projectSendsSessions(project)) {
        spec.parts.erase(std::remove_if(spec.parts.begin(), spec.parts.end(),
                                        [](const TierPartPolicy& part) { return part.sessionsOnly; }),
                         spec.parts.end());
    }
    return spec;
}

QList<PolicyDiagnostic> TierPolicy::validateFor(const OrgSnapshot& snapshot) const
{
    return TierMatcher(snapshot, *this).validate();
}

} // namespace sc
