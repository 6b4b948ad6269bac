#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Starts `sentry-console fake-server` and validates its responses against the OpenAPI schemas in
openapi-subset.json (Debian's python3-jsonschema; run with /usr/bin/python3).

usage: validate_openapi.py SENTRY_CONSOLE_BINARY OPENAPI_JSON
"""
import json
import subprocess
import sys
import urllib.error
import urllib.request

import jsonschema

ORG = "acme-corp"


def to_json_schema(node):
    """OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a type union (CONTRACT §B)."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k not in ("nullable", "example", "examples", "discriminator", "xml", "externalDocs")}
    if node.get("nullable") is True:
        t = out.get("type")
        if isinstance(t, str):
            out["type"] = [t, "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = out["enum"] + [None]
        elif isinstance(t, list):
            if "null" not in t:
                out["type"] = t + ["null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def start_server(binary, *flags):
    proc = subprocess.Popen([binary, "fake-server", "--token", "validate-token", *flags],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        proc.kill()
        raise SystemExit("fake-server did not start: %r %s" % (line, proc.stderr.read()))
    token_line = proc.stdout.readline().strip()
    assert token_line == "token: validate-token", token_line
    return proc, line[len("listening on "):]


def call(base, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer validate-token", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
            return resp.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, (json.loads(raw) if raw else None)


def main():
    binary, openapi_path = sys.argv[1], sys.argv[2]
    spec = json.load(open(openapi_path))
    paths = spec["paths"]
    failures = []
    checked = 0

    def check(base, method, template, path, status_key, body=None, expect_status=None, optional=False):
        nonlocal checked
        status, payload = call(base, method, path, body)
        wanted = expect_status or int(status_key)
        if optional and status == 404:
            print("SKIP %s %s: not served yet (%s)" % (method, path, payload))
            return payload
        if status != wanted:
            failures.append("%s %s: status %s, wanted %s: %s" % (method, path, status, wanted, json.dumps(payload)[:300]))
            return payload
        schema = paths[template][method.lower()]["responses"][status_key]["content"]["application/json"]["schema"]
        validator = jsonschema.Draft7Validator(to_json_schema(schema))
        errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            failures.append("%s %s: %s at %s" % (method, path, e.message[:200], "/".join(map(str, e.absolute_path))))
        checked += 1
        print("%s %s %s → %s" % ("ok  " if not errors else "FAIL", method, path, status))
        return payload

    o = "/api/0/organizations/{organization_id_or_slug}"
    p = "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}"
    proc, base = start_server(binary)
    try:
        check(base, "GET", "/api/0/organizations/", "/api/0/organizations/", "200")
        check(base, "GET", o + "/", "/api/0/organizations/%s/" % ORG, "200")
        check(base, "GET", o + "/teams/", "/api/0/organizations/%s/teams/" % ORG, "200")
        check(base, "GET", o + "/projects/", "/api/0/organizations/%s/projects/" % ORG, "200")
        check(base, "GET", o + "/members/", "/api/0/organizations/%s/members/" % ORG, "200")
        check(base, "GET", o + "/integrations/", "/api/0/organizations/%s/integrations/?includeConfig=1" % ORG, "200")
        check(base, "GET", "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/",
              "/api/0/teams/%s/payments/projects/" % ORG, "200")
        for slug in ("payment-api", "web-app", "auth-service"):
            check(base, "GET", p + "/", "/api/0/projects/%s/%s/" % (ORG, slug), "200")
            check(base, "GET", p + "/ownership/", "/api/0/projects/%s/%s/ownership/" % (ORG, slug), "200")
            check(base, "GET", p + "/teams/", "/api/0/projects/%s/%s/teams/" % (ORG, slug), "200")
        check(base, "GET", p + "/ownership/", "/api/0/projects/%s/%s/ownership/" % (ORG, "payment-api"), "200")
        # Sentry's code answers 200 where the schema says 202; the body is the same serializer.
        check(base, "PUT", p + "/ownership/", "/api/0/projects/%s/payment-api/ownership/" % ORG, "202",
              {"fallthrough": True}, expect_status=200)
        detectors = check(base, "GET", o + "/detectors/", "/api/0/organizations/%s/detectors/" % ORG, "200")
        check(base, "GET", o + "/detectors/{detector_id}/",
              "/api/0/organizations/%s/detectors/%s/" % (ORG, detectors[1]["id"]), "200")
        workflows = check(base, "GET", o + "/workflows/", "/api/0/organizations/%s/workflows/" % ORG, "200")
        check(base, "GET", o + "/workflows/{workflow_id}/",
              "/api/0/organizations/%s/workflows/%s/" % (ORG, workflows[0]["id"]), "200")
        created = check(base, "POST", o + "/projects/{project_id_or_slug}/detectors/",
                        "/api/0/organizations/%s/projects/billing-worker/detectors/" % ORG, "201",
                        {"name": "[P0] errors > 50/min (billing-worker)", "type": "metric_issue",
                         "data_sources": [{"aggregate": "count()", "dataset": "events", "query": "", "queryType": 0,
                                           "timeWindow": 60, "environment": "production", "eventTypes": ["error"]}],
                         "condition_group": {"logicType": "any", "conditions": [
                             {"type": "gt", "comparison": 50, "conditionResult": 75},
                             {"type": "lte", "comparison": 50, "conditionResult": 0}]},
                         "config": {"detectionType": "static"}, "workflow_ids": [workflows[0]["id"]]})
        check(base, "PUT", o + "/detectors/{detector_id}/",
              "/api/0/organizations/%s/detectors/%s/" % (ORG, created["id"]), "200", {"enabled": False})
        check(base, "POST", o + "/workflows/", "/api/0/organizations/%s/workflows/" % ORG, "201",
              {"name": "[P3] staging", "detector_ids": [created["id"]], "environment": "staging",
               "config": {"frequency": 60},
               "triggers": {"logicType": "any-short", "conditions": [
                   {"type": "first_seen_event", "comparison": True, "conditionResult": True}]},
               "action_filters": [{"logicType": "all", "conditions": [], "actions": [
                   {"type": "slack", "integrationId": "131001", "data": {"tags": "environment,level"},
                    "config": {"targetType": "specific", "targetIdentifier": "C07ALRTSTG0",
                               "targetDisplay": "#alerts-staging"}}]}]})
        # Usage and Discover answers come from the charts engineer's fakeStatsResponse().
        check(base, "GET", o + "/stats_v2/",
              "/api/0/organizations/%s/stats_v2/?field=sum(quantity)&groupBy=outcome&groupBy=category&category=error&interval=1d&statsPeriod=7d" % ORG,
              "200", optional=True)
        check(base, "GET", o + "/events/",
              "/api/0/organizations/%s/events/?dataset=errors&field=project&field=level&field=count()&sort=-count()&statsPeriod=24h" % ORG,
              "200", optional=True)
        check(base, "GET", o + "/events-timeseries/",
              "/api/0/organizations/%s/events-timeseries/?dataset=errors&yAxis=count()&interval=3600000&statsPeriod=24h" % ORG,
              "200", optional=True)
        # Reference-architecture reads and writes (fakeprojectsettings.cpp).
        check(base, "GET", p + "/filters/", "/api/0/projects/%s/auth-service/filters/" % ORG, "200")
        keys = check(base, "GET", p + "/keys/", "/api/0/projects/%s/web-app/keys/" % ORG, "200")
        check(base, "GET", p + "/keys/{key_id}/", "/api/0/projects/%s/web-app/keys/%s/" % (ORG, keys[0]["id"]), "200")
        check(base, "PUT", p + "/keys/{key_id}/", "/api/0/projects/%s/web-app/keys/%s/" % (ORG, keys[0]["id"]), "200",
              {"rateLimit": {"window": 60, "count": 900}, "browserSdkVersion": "7.x"})
        check(base, "GET", o + "/releases/", "/api/0/organizations/%s/releases/?project=4510006&per_page=1" % ORG, "200")
        check(base, "PUT", p + "/", "/api/0/projects/%s/user-service/" % ORG, "200", {"scrubIPAddresses": True})
        check(base, "POST", o + "/teams/", "/api/0/organizations/%s/teams/" % ORG, "201", {"slug": "data-eng"})
        check(base, "POST", "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/",
              "/api/0/teams/%s/payments/projects/" % ORG, "201",
              {"name": "ledger-worker", "platform": "python-celery", "default_rules": False})
    finally:
        proc.kill()
        proc.wait()

    proc, base = start_server(binary, "--legacy-alerts")
    try:
        rules = check(base, "GET", p + "/rules/", "/api/0/projects/%s/api-gateway/rules/" % ORG, "200")
        check(base, "GET", p + "/rules/{rule_id}/", "/api/0/projects/%s/api-gateway/rules/%s/" % (ORG, rules[0]["id"]), "200")
        metric = check(base, "GET", o + "/alert-rules/", "/api/0/organizations/%s/alert-rules/" % ORG, "200")
        check(base, "GET", o + "/alert-rules/{alert_rule_id}/",
              "/api/0/organizations/%s/alert-rules/%s/" % (ORG, metric[0]["id"]), "200")
    finally:
        proc.kill()
        proc.wait()

    print("%d responses validated" % checked)
    if failures:
        print("\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
