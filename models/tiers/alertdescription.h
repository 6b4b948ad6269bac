// SPDX-License-Identifier: MIT
#pragma once

#include "changekinds.h"
#include "domain.h"
#include "tieraudit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sc {

// Where an alert action goes, the same for every alert generation.
struct AlertAction {
    QString type;           // pagerduty | slack | email | …
    QString integrationId;  // Slack workspace / PagerDuty account
    QString target;         // PagerDuty service id; Slack channel id (or the name when no id is known)
    QString display;        // service name / "#channel"
    QString priority;       // PagerDuty priority
};

// Two targets are the same when ids match, or (Slack without ids) the channel names match.
bool sameTarget(const AlertAction& a, const AlertAction& b);
QString describeTarget(const AlertAction& action); // "#alerts-prod" / "acme-prod-critical (48211)"

// One alert object of either generation, normalized: the audit never sees which generation it is.
struct AlertDescription {
    enum class Kind { Issue, Metric };
    Kind kind = Kind::Issue;
    TargetType objectType = TargetType::Detector; // detector | workflow | issueAlertRule | metricAlertRule
    QString id;
    QString name;
    std::optional<Tier> nameHint; // "[P0] …" or "P0 - …"
    bool enabled = true;
    QString projectId;       // detectors
    QStringList projectSlugs; // legacy rules

    // Issue alerts (workflows, issue rules)
    QStringList triggers;    // normalized (first_seen_event, regression_event, …), sorted
    QString environment;     // effective: the field, or a tagged_event environment == X filter
    int extraFilterCount = 0;

    // Metric alerts (metric_issue detectors, metric rules)
    QString dataset;
    QString aggregate;
    QString query;           // normalized: event.type:X terms dropped (they repeat eventTypes)
    QStringList eventTypes;  // sorted
    bool transactionBased = false; // a detector on transactions / generic_metrics (no longer editable on sentry.io)
    int windowSeconds = 0;
    QString comparison;      // gt | lt | gte | lte
    double threshold = 0;
    bool hasThreshold = false;

    QList<AlertAction> actions; // inline actions (workflows, legacy rules); detectors route via workflows
    int frequency = 0;
    QStringList connectedIds;   // detector → workflow ids; workflow → detector ids

    QJsonObject raw;
};

AlertDescription describeDetector(const Detector& detector);
AlertDescription describeWorkflow(const Workflow& workflow);
AlertDescription describeIssueRule(const IssueAlertRule& rule, const QString& projectSlug);
AlertDescription describeMetricRule(const MetricAlertRule& rule);

// A metric query in the parts an audit compares.
struct MetricQuery {
    QString dataset;
    QString aggregate;
    QString query;
    QStringList eventTypes;
};

// The span form of a transaction-based metric query, as Sentry migrates it
// (translate_detector_and_update_subscription_in_snuba, CONTRACT §0b.2): dataset
// events_analytics_platform, transaction.duration → span.duration, apdex(T) → apdex(span.duration,T),
// `is_transaction:1` added to the query, eventTypes [trace_item_span]. Any other query comes back
// normalized (aggregate without spaces, is_transaction:true → is_transaction:1). The audit compares
// both sides in this form, so a transaction P2 and its migrated span twin are the same tier part.
MetricQuery spanForm(const MetricQuery& query);
// The reverse, for servers that have only the transactions dataset (legacy metric alert rules on
// older self-hosted): a span form with is_transaction:1 becomes the transaction form it came from.
MetricQuery transactionForm(const MetricQuery& query);
bool isTransactionDataset(const QString& dataset);

// A Slack channel name without "#" / "@" (how Sentry stores a channel named with its id).
QString slackChannelName(const QString& text);

std::optional<Tier> tierHintFromName(const QString& name);
// Normalized aggregate for comparisons: lower case, no spaces.
QString normalizeAggregate(const QString& aggregate);
// The family of an aggregate ("count", "p95", "apdex", "crash") used to classify metric alerts.
QString aggregateFamily(const QString& aggregate);
QString normalizeQuery(const QString& query);

// Legacy issue-rule condition / filter ids ↔ workflow trigger names.
QString triggerFromLegacyCondition(const QString& conditionId);
QString legacyConditionForTrigger(const QString& trigger);

} // namespace sc
