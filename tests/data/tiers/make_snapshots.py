#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Builds the tier test snapshots from the shared fixtures and TIERS-SPEC.md (run from this folder:
# python3 make_snapshots.py ../../../../shared/sentry-api/fixtures). The JSON files are committed;
# rerun only when the canonical shapes change.
import copy, json, sys

FIX = sys.argv[1] if len(sys.argv) > 1 else "../../../../shared/sentry-api/fixtures"
load = lambda name: json.load(open(f"{FIX}/{name}"))
ORG_ID = "4508112233445566"
SERVICE = {"platform-eng": ("48211", "acme-prod-critical"), "frontend": ("48211", "acme-prod-critical"),
           "payments": ("48212", "acme-payments-oncall")}
TEAM_ID = {"platform-eng": "4509001", "payments": "4509002", "frontend": "4509003"}
TS = "2026-10-05T12:00:00.000000Z"
CRASH = "percentage(sessions_crashed, sessions) AS _crash_rate_alert_aggregate"


def base():
    org = load("organization-details.json")
    teams = load("organization-teams.json")
    projects = load("organization-projects.json")
    return {"organization": org, "teams": teams, "projects": projects, "members": [],
            "integrations": load("integrations.json"), "detectors": [], "workflows": [], "metricAlertRules": [],
            "teamMembers": {},
            "meta": {"formatVersion": 1, "server": "http://127.0.0.1:0", "org": org["slug"],
                     "takenAt": "2026-11-24T12:00:00.000Z", "alertsApi": "workflow"}}


def metric_detector(did, project, name, dataset, aggregate, window, event_types, gt, threshold, workflows, enabled=True):
    trig, resolve = ("gt", "lte") if gt else ("lt", "gte")
    return {"id": did, "projectId": project["id"], "name": name, "description": None, "type": "metric_issue",
            "workflowIds": workflows, "owner": None, "createdBy": "3100", "dateCreated": TS, "dateUpdated": TS,
            "dataSources": [{"id": did + "1", "organizationId": ORG_ID, "type": "snuba_query_subscription",
                             "sourceId": did + "2",
                             "queryObj": {"id": did + "2", "status": 0, "subscription": "1/x" + did,
                                          "snubaQuery": {"id": did + "3", "dataset": dataset, "query": "",
                                                         "aggregate": aggregate, "timeWindow": window,
                                                         "environment": "production", "eventTypes": event_types}}}],
            "conditionGroup": {"id": did + "4", "organizationId": ORG_ID, "logicType": "any",
                               "conditions": [{"id": did + "5", "type": trig, "comparison": threshold, "conditionResult": 75},
                                              {"id": did + "6", "type": resolve, "comparison": threshold, "conditionResult": 0}],
                               "actions": []},
            "config": {"detectionType": "static", "comparisonDelta": None}, "enabled": enabled, "latestGroup": None}


def workflow(wid, name, triggers, filters, action, environment, frequency, detectors):
    return {"id": wid, "name": name, "organizationId": ORG_ID, "createdBy": "3100", "dateCreated": TS, "dateUpdated": TS,
            "triggers": {"id": wid + "1", "organizationId": ORG_ID, "logicType": "any-short",
                         "conditions": [{"id": wid + str(i), "type": t, "comparison": True, "conditionResult": True}
                                        for i, t in enumerate(triggers)], "actions": []},
            "actionFilters": [{"id": wid + "9", "organizationId": ORG_ID, "logicType": "all", "conditions": filters,
                               "actions": [action]}],
            "environment": environment, "config": {"frequency": frequency}, "detectorIds": detectors, "enabled": True,
            "lastTriggered": None, "owner": None}


def slack(aid, channel_id, channel, tags=True):
    return {"id": aid, "type": "slack", "integrationId": "131001",
            "data": {"tags": "environment,level", "notes": ""} if tags else {},
            "config": {"targetType": "specific", "targetIdentifier": channel_id, "targetDisplay": channel},
            "status": "active"}


def pagerduty(aid, team):
    sid, name = SERVICE[team]
    return {"id": aid, "type": "pagerduty", "integrationId": "131002", "data": {"priority": "critical"},
            "config": {"targetType": "specific", "targetIdentifier": sid, "targetDisplay": name}, "status": "active"}


def sends_sessions(p):
    return p.get("hasSessions") or p["platform"].startswith(("javascript", "react-native"))


def workflow_demo():
    snap = base()
    projects = snap["projects"]
    dets, wfs = [], []
    p0_wf = {"platform-eng": "610003", "payments": "610004", "frontend": "610005"}
    p0_members = {k: [] for k in p0_wf}
    p2_members = []
    error_ids = []
    for n, p in enumerate(projects, 1):
        slug, team = p["slug"], p["teams"][0]["slug"]
        err = f"7200{n:02d}"
        error_ids.append(err)
        workflows = ["610001"] + (["610002"] if slug != "web-app" else [])
        dets.append({"id": err, "projectId": p["id"], "name": "Error Monitor", "description": None, "type": "error",
                     "workflowIds": workflows, "owner": None, "createdBy": None, "dateCreated": TS, "dateUpdated": TS,
                     "dataSources": None, "conditionGroup": None, "config": {}, "enabled": True, "latestGroup": None})
        if slug != "billing-worker":
            d = metric_detector(f"7201{n:02d}", p, f"[P0] errors > 50/min ({slug})", "events", "count()", 60, ["error"],
                                True, 50, [p0_wf[team]])
            dets.append(d); p0_members[team].append(d["id"])
            if sends_sessions(p):
                d = metric_detector(f"7202{n:02d}", p, f"[P0] crash-free < 95% ({slug})", "metrics", CRASH, 3600, [],
                                    False, 95, [p0_wf[team]])
                dets.append(d); p0_members[team].append(d["id"])
        d = metric_detector(f"7203{n:02d}", p, f"[P2] p95 > 2s ({slug})", "transactions", "p95(transaction.duration)",
                            300, ["transaction"], True, 3000 if slug == "payment-api" else 2000, ["610006"])
        dets.append(d); p2_members.append(d["id"])
        d = metric_detector(f"7204{n:02d}", p, f"[P2] apdex < 0.7 ({slug})", "transactions", "apdex(300)", 300,
                            ["transaction"], False, 0.7, ["610006"])
        dets.append(d); p2_members.append(d["id"])
    wfs.append(workflow("610001", "[P1] new or regressed issue in production (#alerts-prod)",
                        ["first_seen_event", "regression_event"], [], slack("52001", "C07ALRTPROD", "#alerts-prod"),
                        "production", 30, error_ids))
    wfs.append(workflow("610002", "[P3] new issue in staging (#alerts-staging)", ["first_seen_event"],
                        [{"id": "4", "type": "tagged_event", "comparison": {"key": "environment", "match": "eq", "value": "staging"},
                          "conditionResult": True}],
                        slack("52002", "C07ALRTSTG0", "#alerts-staging"), None, 60,
                        [e for e, p in zip(error_ids, projects) if p["slug"] != "web-app"]))
    for team, wid in p0_wf.items():
        wfs.append(workflow(wid, f"[P0] {team} critical (PagerDuty)", [], [], pagerduty("5200" + wid[-1], team),
                            "production", 5, p0_members[team]))
    wfs.append(workflow("610006", "[P2] performance (#alerts-perf)", [], [], slack("52006", "C07ALRTPERF", "#alerts-perf", False),
                        "production", 30, p2_members))
    snap["detectors"], snap["workflows"] = dets, wfs
    return snap


def legacy_demo():
    snap = base()
    snap["meta"]["alertsApi"] = "legacy"
    rules = []
    rid = 990300
    for n, p in enumerate(snap["projects"], 1):
        slug, team = p["slug"], p["teams"][0]["slug"]
        issue_rules = []
        def issue_rule(i, name, conditions, env, channel, cid, freq):
            return {"id": str(880200 + n * 10 + i), "conditions": [{"id": c} for c in conditions], "filters": [],
                    "actions": [{"id": "sentry.integrations.slack.notify_action.SlackNotifyServiceAction", "workspace": "131001",
                                 "channel": channel, "channel_id": cid, "tags": "environment,level", "notes": ""}],
                    "actionMatch": "any", "filterMatch": "all", "frequency": freq, "name": name, "dateCreated": TS,
                    "owner": f"team:{TEAM_ID[team]}", "createdBy": None, "environment": env, "projects": [slug],
                    "status": "active", "lastTriggered": None, "snooze": False}
        issue_rules.append(issue_rule(1, f"[P1] new or regressed issue in production ({slug})",
                                      ["sentry.rules.conditions.first_seen_event.FirstSeenEventCondition",
                                       "sentry.rules.conditions.regression_event.RegressionEventCondition"],
                                      "production", "#alerts-prod", "C07ALRTPROD", 30))
        if slug != "web-app":
            issue_rules.append(issue_rule(3, f"[P3] new issue in staging ({slug})",
                                          ["sentry.rules.conditions.first_seen_event.FirstSeenEventCondition"],
                                          "staging", "#alerts-staging", "C07ALRTSTG0", 60))
        p["issueAlertRules"] = issue_rules
        def metric_rule(name, dataset, qt, aggregate, window, tt, threshold, action, event_types):
            nonlocal rid
            rid += 1
            return {"id": str(rid), "name": name, "organizationId": ORG_ID, "status": 0, "queryType": qt, "query": "",
                    "aggregate": aggregate, "timeWindow": window, "resolution": 1, "thresholdPeriod": 1,
                    "triggers": [{"id": str(rid) + "1", "alertRuleId": str(rid), "label": "critical", "thresholdType": tt,
                                  "alertThreshold": threshold, "resolveThreshold": None, "dateCreated": TS,
                                  "actions": [dict(action, id=str(rid) + "2", alertRuleTriggerId=str(rid) + "1", dateCreated=TS)]}],
                    "projects": [slug], "owner": f"team:{TEAM_ID[team]}", "dateModified": TS, "dateCreated": TS,
                    "createdBy": None, "environment": "production", "dataset": dataset, "eventTypes": event_types,
                    "thresholdType": tt, "resolveThreshold": None, "comparisonDelta": None, "detectionType": "static",
                    "snooze": False, "originalAlertRuleId": None}
        sid, sname = SERVICE[team]
        pd = {"type": "pagerduty", "targetType": "specific", "targetIdentifier": sid, "inputChannelId": None,
              "integrationId": 131002, "sentryAppId": None, "priority": "critical"}
        sl = {"type": "slack", "targetType": "specific", "targetIdentifier": "#alerts-perf", "inputChannelId": "C07ALRTPERF",
              "integrationId": 131001, "sentryAppId": None, "priority": None}
        if slug != "billing-worker":
            rules.append(metric_rule(f"[P0] errors > 50/min ({slug})", "events", 0, "count()", 1, 0, 50, pd, ["error"]))
            if sends_sessions(p):
                rules.append(metric_rule(f"[P0] crash-free < 95% ({slug})", "metrics", 2, CRASH, 60, 1, 95, pd, []))
        rules.append(metric_rule(f"[P2] p95 > 2s ({slug})", "transactions", 1, "p95(transaction.duration)", 5, 0,
                                 3000 if slug == "payment-api" else 2000, sl, ["transaction"]))
        rules.append(metric_rule(f"[P2] apdex < 0.7 ({slug})", "transactions", 1, "apdex(300)", 5, 1, 0.7, sl, ["transaction"]))
    snap["metricAlertRules"] = rules
    return snap


def write(name, snap):
    with open(name, "w") as f:
        json.dump(snap, f, indent=1, sort_keys=True)
        f.write("\n")


write("demo-workflow.json", workflow_demo())
write("demo-legacy.json", legacy_demo())
