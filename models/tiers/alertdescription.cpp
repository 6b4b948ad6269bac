// SPDX-License-Identifier: MIT
#include "alertdescription.h"
#include "jsonio.h"

#include <QRegularExpression>

#include <algorithm>

namespace sc {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool isSlackId(const QString& text)
{
    return !text.isEmpty() && !text.startsWith(QLatin1Char('#')) && !text.startsWith(QLatin1Char('@'));
}

// The channel's name without its "#": Sentry stores "#name" after a lookup by name and "name"
// when the id was given, and both name the same channel.
QString channelName(const AlertAction& action)
{
    if (!action.display.isEmpty())
        return slackChannelName(action.display);
    return isSlackId(action.target) ? QString() : slackChannelName(action.target);
}

const QString kSpanDataset = QStringLiteral("events_analytics_platform");
const QString kIsTransaction = QStringLiteral("is_transaction:1");

// "[P0] …", "P0 - …", "P0: …"
const QRegularExpression& hintPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:\\[\\s*(P[0-3])\\s*\\]|(P[0-3])\\s*[-:–])"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString conditionNumberText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

} // namespace

bool sameTarget(const AlertAction& a, const AlertAction& b)
{
    if (a.type != b.type)
        return false;
    if (!a.integrationId.isEmpty() && !b.integrationId.isEmpty() && a.integrationId != b.integrationId)
        return false;
    if (a.type != QLatin1String("slack"))
        return a.target == b.target;
    if (isSlackId(a.target) && isSlackId(b.target))
        return a.target == b.target;
    const QString nameA = channelName(a);
    const QString nameB = channelName(b);
    return !nameA.isEmpty() && nameA.compare(nameB, Qt::CaseInsensitive) == 0;
}

QString slackChannelName(const QString& text)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == QLatin1Char('#') || text.at(start) == QLatin1Char('@')))
        ++start;
    return text.mid(start);
}

bool isTransactionDataset(const QString& dataset)
{
    return dataset == QLatin1String("transactions") || dataset == QLatin1String("generic_metrics")
        || dataset == QLatin1String("metricsEnhanced");
}

MetricQuery spanForm(const MetricQuery& in)
{
    static const QRegularExpression isTransactionTrue(QStringLiteral("\\bis_transaction:(?:true|True|TRUE)\\b"));
    static const QRegularExpression apdexThreshold(QStringLiteral("^apdex\\((\\d+)\\)$"));
    static const QRegularExpression emptyPercentile(QStringLiteral("^(p\\d+|avg|max|min|sum|percentile)\\(\\)$"));
    MetricQuery out = in;
    out.aggregate = normalizeAggregate(in.aggregate);
    out.query = normalizeQuery(in.query);
    out.query.replace(isTransactionTrue, kIsTransaction);
    out.eventTypes.sort();
    if (!isTransactionDataset(in.dataset))
        return out;
    out.dataset = kSpanDataset;
    out.aggregate.replace(QLatin1String("transaction.duration"), QLatin1String("span.duration"));
    if (out.aggregate == QLatin1String("apdex()"))
        out.aggregate = QStringLiteral("apdex(span.duration,300)");
    else if (const QRegularExpressionMatch m = apdexThreshold.match(out.aggregate); m.hasMatch())
        out.aggregate = QStringLiteral("apdex(span.duration,%1)").arg(m.captured(1));
    else if (const QRegularExpressionMatch p = emptyPercentile.match(out.aggregate); p.hasMatch())
        out.aggregate = p.captured(1) + QStringLiteral("(span.duration)");
    out.query = out.query.isEmpty() ? kIsTransaction : QStringLiteral("(%1) AND %2").arg(out.query, kIsTransaction);
    out.eventTypes = {QStringLiteral("trace_item_span")};
    return out;
}

MetricQuery transactionForm(const MetricQuery& in)
{
    static const QRegularExpression spanApdex(QStringLiteral("^apdex\\(span\\.duration,(\\d+)\\)$"));
    static const QRegularExpression wrapped(QStringLiteral("^\\((.*)\\) AND is_transaction:1$"));
    const MetricQuery span = spanForm(in);
    if (span.dataset != kSpanDataset
        || !(span.query == kIsTransaction || wrapped.match(span.query).hasMatch()))
        return in;
    MetricQuery out;
    out.dataset = QStringLiteral("transactions");
    out.eventTypes = {QStringLiteral("transaction")};
    const QRegularExpressionMatch q = wrapped.match(span.query);
    out.query = q.hasMatch() ? q.captured(1) : QString();
    if (const QRegularExpressionMatch m = spanApdex.match(span.aggregate); m.hasMatch())
        out.aggregate = QStringLiteral("apdex(%1)").arg(m.captured(1));
    else
        out.aggregate = QString(span.aggregate).replace(QLatin1String("span.duration"), QLatin1String("transaction.duration"));
    return out;
}

QString describeTarget(const AlertAction& action)
{
    if (action.type == QLatin1String("slack")) {
        const QString name = channelName(action);
        return name.isEmpty() ? action.target : QLatin1Char('#') + name;
    }
    if (action.display.isEmpty())
        return QStringLiteral("%1 %2").arg(action.type, action.target);
    return QStringLiteral("%1 (%2)").arg(action.display, action.target);
}

std::optional<Tier> tierHintFromName(const QString& name)
{
    const QRegularExpressionMatch match = hintPattern().match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const QString tier = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    const QString upper = tier.toUpper();
    return Tier(upper.at(1).unicode() - '0');
}

QString normalizeAggregate(const QString& aggregate)
{
    QString text = aggregate.toLower();
    text.remove(QLatin1Char(' '));
    return text;
}

QString aggregateFamily(const QString& aggregate)
{
    const QString text = normalizeAggregate(aggregate);
    if (text.contains(QLatin1String("crash")))
        return QStringLiteral("crash");
    const qsizetype paren = text.indexOf(QLatin1Char('('));
    return paren < 0 ? text : text.left(paren);
}

QString normalizeQuery(const QString& query)
{
    static const QRegularExpression eventType(QStringLiteral("(^|\\s)event\\.type:\\S+"));
    QString text = query;
    text.replace(eventType, QString());
    return text.simplified();
}

QString triggerFromLegacyCondition(const QString& conditionId)
{
    if (conditionId.endsWith(QLatin1String("FirstSeenEventCondition")))
        return QStringLiteral("first_seen_event");
    if (conditionId.endsWith(QLatin1String("RegressionEventCondition")))
        return QStringLiteral("regression_event");
    if (conditionId.endsWith(QLatin1String("ReappearedEventCondition")))
        return QStringLiteral("reappeared_event");
    if (conditionId.endsWith(QLatin1String("EventFrequencyCondition")))
        return QStringLiteral("event_frequency_count");
    if (conditionId.endsWith(QLatin1String("EventUniqueUserFrequencyCondition")))
        return QStringLiteral("event_unique_user_frequency_count");
    if (conditionId.endsWith(QLatin1String("EventFrequencyPercentCondition")))
        return QStringLiteral("percent_sessions_count");
    const qsizetype dot = conditionId.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? conditionId : conditionId.mid(dot + 1);
}

QString legacyConditionForTrigger(const QString& trigger)
{
    if (trigger == QLatin1String("first_seen_event"))
        return QStringLiteral("sentry.rules.conditions.first_seen_event.FirstSeenEventCondition");
    if (trigger == QLatin1String("regression_event"))
        return QStringLiteral("sentry.rules.conditions.regression_event.RegressionEventCondition");
    if (trigger == QLatin1String("reappeared_event"))
        return QStringLiteral("sentry.rules.conditions.reappeared_event.ReappearedEventCondition");
    return {};
}

AlertDescription describeDetector(const Detector& detector)
{
    AlertDescription d;
    // Every project's two default detectors carry issue alerts, never a metric (CONTRACT §0b.5).
    d.kind = detector.type == QLatin1String("error") || detector.type == QLatin1String("issue_stream")
        ? AlertDescription::Kind::Issue
        : AlertDescription::Kind::Metric;
    d.objectType = TargetType::Detector;
    d.id = detector.id;
    d.name = detector.name;
    d.nameHint = tierHintFromName(detector.name);
    d.enabled = detector.enabled;
    d.projectId = detector.projectId;
    d.connectedIds = detector.workflowIds;
    d.raw = detector.raw;

    const QJsonArray sources = detector.raw.value(QLatin1String("dataSources")).toArray();
    if (!sources.isEmpty()) {
        const QJsonObject source = sources.first().toObject();
        QJsonObject query = source.value(QLatin1String("queryObj")).toObject().value(QLatin1String("snubaQuery")).toObject();
        if (query.isEmpty()) // a flat (write-shaped) source, as some servers echo it
            query = source;
        d.dataset = str(query, "dataset");
        d.aggregate = str(query, "aggregate");
        d.query = normalizeQuery(str(query, "query"));
        d.windowSeconds = query.value(QLatin1String("timeWindow")).toInt();
        d.environment = str(query, "environment");
        d.eventTypes = jsonStringList(query.value(QLatin1String("eventTypes")));
        d.eventTypes.sort();
        d.transactionBased = isTransactionDataset(d.dataset);
    }
    const QJsonArray conditions = detector.raw.value(QLatin1String("conditionGroup")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue& value : conditions) {
        const QJsonObject condition = value.toObject();
        // The condition that raises the issue has a non-zero result (75 = high); 0 resolves it.
        if (condition.value(QLatin1String("conditionResult")).toInt() == 0 && conditions.size() > 1)
            continue;
        d.comparison = str(condition, "type");
        d.threshold = conditionNumberText(condition.value(QLatin1String("comparison"))).toDouble(&d.hasThreshold);
        break;
    }
    return d;
}

AlertDescription describeWorkflow(const Workflow& workflow)
{
    AlertDescription d;
    d.kind = AlertDescription::Kind::Issue;
    d.objectType = TargetType::Workflow;
    d.id = workflow.id;
    d.name = workflow.name;
    d.nameHint = tierHintFromName(workflow.name);
    d.enabled = workflow.enabled;
    d.connectedIds = workflow.detectorIds;
    d.raw = workflow.raw;
    d.environment = workflow.environment;
    d.frequency = workflow.raw.value(QLatin1String("config")).toObject().value(QLatin1String("frequency")).toInt();

    const QJsonArray triggers = workflow.raw.value(QLatin1String("triggers")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue& value : triggers)
        d.triggers.append(value.toObject().value(QLatin1String("type")).toString());
    d.triggers.sort();

    const QJsonArray filters = workflow.raw.value(QLatin1String("actionFilters")).toArray();
    for (const QJsonValue& filterValue : filters) {
        const QJsonObject filter = filterValue.toObject();
        for (const QJsonValue& conditionValue : filter.value(QLatin1String("conditions")).toArray()) {
            const QJsonObject condition = conditionValue.toObject();
            const QJsonObject comparison = condition.value(QLatin1String("comparison")).toObject();
            if (str(condition, "type") == QLatin1String("tagged_event") && str(comparison, "key") == QLatin1String("environment")
                && str(comparison, "match") == QLatin1String("eq") && d.environment.isEmpty()) {
                d.environment = str(comparison, "value");
                continue;
            }
            ++d.extraFilterCount;
        }
        for (const QJsonValue& actionValue : filter.value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = actionValue.toObject();
            const QJsonObject config = action.value(QLatin1String("config")).toObject();
            d.actions.append({str(action, "type"), jsonId(action.value(QLatin1String("integrationId"))),
                              jsonId(config.value(QLatin1String("targetIdentifier"))), str(config, "targetDisplay"),
                              action.value(QLatin1String("data")).toObject().value(QLatin1String("priority")).toString()});
        }
    }
    return d;
}

AlertDescription describeIssueRule(const IssueAlertRule& rule, const QString& projectSlug)
{
    AlertDescription d;
    d.kind = AlertDescription::Kind::Issue;
    d.objectType = TargetType::IssueAlertRule;
    d.id = rule.id;
    d.name = rule.name;
    d.nameHint = tierHintFromName(rule.name);
    d.enabled = rule.status != QLatin1String("disabled");
    d.projectSlugs = {projectSlug};
    d.raw = rule.raw;
    d.environment = rule.environment;
    d.frequency = rule.raw.value(QLatin1String("frequency")).toInt();
    for (const QJsonValue& value : rule.raw.value(QLatin1String("conditions")).toArray())
        d.triggers.append(triggerFromLegacyCondition(value.toObject().value(QLatin1String("id")).toString()));
    d.triggers.sort();
    for (const QJsonValue& value : rule.raw.value(QLatin1String("filters")).toArray()) {
        const QJsonObject filter = value.toObject();
        if (str(filter, "id").endsWith(QLatin1String("TaggedEventFilter")) && str(filter, "key") == QLatin1String("environment")
            && str(filter, "match") == QLatin1String("eq") && d.environment.isEmpty()) {
            d.environment = str(filter, "value");
            continue;
        }
        ++d.extraFilterCount;
    }
    for (const QJsonValue& value : rule.raw.value(QLatin1String("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        const QString id = str(action, "id");
        if (id.endsWith(QLatin1String("SlackNotifyServiceAction"))) {
            const QString channelId = str(action, "channel_id");
            d.actions.append({QStringLiteral("slack"), jsonId(action.value(QLatin1String("workspace"))),
                              channelId.isEmpty() ? str(action, "channel") : channelId, str(action, "channel"), {}});
        } else if (id.endsWith(QLatin1String("PagerDutyNotifyServiceAction"))) {
            d.actions.append({QStringLiteral("pagerduty"), jsonId(action.value(QLatin1String("account"))),
                              jsonId(action.value(QLatin1String("service"))), {}, str(action, "severity")});
        } else {
            d.actions.append({id.section(QLatin1Char('.'), -1), {}, {}, {}, {}});
        }
    }
    return d;
}

AlertDescription describeMetricRule(const MetricAlertRule& rule)
{
    AlertDescription d;
    d.kind = AlertDescription::Kind::Metric;
    d.objectType = TargetType::MetricAlertRule;
    d.id = rule.id;
    d.name = rule.name;
    d.nameHint = tierHintFromName(rule.name);
    // AlertRuleStatus: 0 pending (active), 5 disabled.
    d.enabled = rule.raw.value(QLatin1String("status")).toInt() != 5;
    d.projectSlugs = rule.projects;
    d.raw = rule.raw;
    d.dataset = rule.dataset;
    d.aggregate = rule.aggregate;
    d.query = normalizeQuery(str(rule.raw, "query"));
    d.environment = rule.environment;
    d.windowSeconds = rule.timeWindowMinutes * 60;
    d.eventTypes = jsonStringList(rule.raw.value(QLatin1String("eventTypes")));
    d.eventTypes.sort();
    const int thresholdType = rule.raw.value(QLatin1String("thresholdType")).toInt();
    d.comparison = thresholdType == 1 ? QStringLiteral("lt") : QStringLiteral("gt");
    for (const QJsonValue& value : rule.raw.value(QLatin1String("triggers")).toArray()) {
        const QJsonObject trigger = value.toObject();
        if (str(trigger, "label") != QLatin1String("critical"))
            continue;
        const QJsonValue threshold = trigger.value(QLatin1String("alertThreshold"));
        d.hasThreshold = threshold.isDouble();
        d.threshold = threshold.toDouble();
        for (const QJsonValue& actionValue : trigger.value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = actionValue.toObject();
            const QString type = str(action, "type");
            const QString identifier = jsonId(action.value(QLatin1String("targetIdentifier")));
            if (type == QLatin1String("slack")) {
                const QString channelId = str(action, "inputChannelId");
                d.actions.append({type, jsonId(action.value(QLatin1String("integrationId"))),
                                  channelId.isEmpty() ? identifier : channelId, identifier, {}});
            } else {
                d.actions.append({type, jsonId(action.value(QLatin1String("integrationId"))), identifier, {},
                                  str(action, "priority")});
            }
        }
    }
    return d;
}

} // namespace sc
