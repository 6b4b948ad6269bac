#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Seed corpora for the fuzz harnesses, written at run time into the build folder (nothing from
shared/ is copied into the repository): ownership rules and events from shared/ownership/examples.json,
small snapshots and change sets derived from tests/data/tiers, the shipped default policy.

usage: make_seeds.py --source SOURCE_DIR --shared SHARED_DIR --out OUT_DIR
"""
import argparse
import copy
import hashlib
import json
import pathlib
import sys


def write(out, harness, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = out / harness
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def dump(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def ownership_seeds(out, shared):
    examples = shared / "ownership" / "examples.json"
    if not examples.is_file():
        print(f"make_seeds: {examples} not found; ownership seeds from tests/fuzz/corpus only", file=sys.stderr)
        return
    for case in json.loads(examples.read_text(encoding="utf-8")).get("cases", []):
        rules = case.get("rules", "")
        write(out, "ownership", rules)
        write(out, "roundtrip", rules)
        if "event" in case:
            event = json.dumps(case["event"], ensure_ascii=False)
            write(out, "ownership", rules.encode("utf-8") + b"\xff" + event.encode("utf-8"))
            write(out, "event", event)
        # Rule lines as CODEOWNERS lines ("path owners"): realistic paths and owners.
        lines = []
        for line in rules.splitlines():
            parts = line.split(" ")
            if len(parts) >= 2 and not line.startswith("#"):
                pattern = parts[0].split(":", 1)[-1]
                lines.append(" ".join([pattern] + ["@acme/" + o[1:] if o.startswith("#") else o for o in parts[1:]]))
        if lines:
            write(out, "codeowners", "\n".join(lines) + "\n")


def small_snapshot(value, keep):
    """The snapshot with every list cut to `keep` entries: every member kind, a few kilobytes."""
    if isinstance(value, list):
        return [small_snapshot(v, keep) for v in value[:keep]]
    if isinstance(value, dict):
        return {k: small_snapshot(v, keep) for k, v in value.items()}
    return value


def tier_seeds(out, source):
    policy = source / "resources" / "policy" / "default-policy.yaml"
    write(out, "tierpolicy", policy.read_text(encoding="utf-8"))
    for path in sorted((source / "tests" / "data" / "tiers").glob("*.json")):
        snapshot = json.loads(path.read_text(encoding="utf-8"))
        for keep in (1, 2):
            write(out, "snapshot", dump(small_snapshot(snapshot, keep)))
        changeset_seeds(out, snapshot)


def changeset_seeds(out, snapshot):
    org = snapshot.get("meta", {}).get("org", "acme-corp")
    ops = []

    def op(kind, target, base, desired, method, path, body):
        ops.append({"id": f"op-{len(ops) + 1}", "kind": kind, "target": target, "summary": f"{kind} {target['type']}",
                    "base": base, "desired": desired, "request": {"method": method, "path": path, "body": body}})

    project = (snapshot.get("projects") or [{}])[0]
    slug = project.get("slug", "api-gateway")
    raw_before = "path:src/** #platform-eng\n"
    raw_after = raw_before + "url:*/api/v1/payments/* #payments\n"
    own = {"raw": raw_before, "fallthrough": True, "autoAssignment": "Auto Assign to Issue Owner", "codeownersAutoSync": True}
    own_after = dict(own, raw=raw_after)
    op("update", {"type": "ownership", "project": slug, "id": None}, own, own_after, "PUT",
       f"/api/0/projects/{org}/{slug}/ownership/", {"raw": raw_after})
    for detector in (snapshot.get("detectors") or [])[:2]:
        desired = copy.deepcopy(detector)
        desired["enabled"] = not detector.get("enabled", True)
        op("update", {"type": "detector", "project": slug, "id": detector.get("id")}, detector, desired, "PUT",
           f"/api/0/organizations/{org}/detectors/{detector.get('id')}/", desired)
    for workflow in (snapshot.get("workflows") or [])[:1]:
        create = copy.deepcopy(workflow)
        create.pop("id", None)
        create["name"] = "[P0] new workflow"
        op("create", {"type": "workflow", "project": "", "id": None}, None, create, "POST",
           f"/api/0/organizations/{org}/workflows/", create)
        connected = copy.deepcopy(workflow)
        connected["detectorIds"] = list(workflow.get("detectorIds", [])) + ["${op-1.id}"]
        op("connect", {"type": "workflow", "project": "", "id": workflow.get("id")}, workflow, connected, "PUT",
           f"/api/0/organizations/{org}/workflows/{workflow.get('id')}/", connected)
        op("delete", {"type": "workflow", "project": "", "id": workflow.get("id")}, workflow, None, "DELETE",
           f"/api/0/organizations/{org}/workflows/{workflow.get('id')}/", None)
    for rule in (snapshot.get("metricAlertRules") or [])[:1]:
        desired = copy.deepcopy(rule)
        desired["timeWindow"] = 5
        op("update", {"type": "metricAlertRule", "project": slug, "id": rule.get("id")}, rule, desired, "PUT",
           f"/api/0/organizations/{org}/alert-rules/{rule.get('id')}/", desired)
    for rule in (project.get("issueAlertRules") or [])[:1]:
        desired = copy.deepcopy(rule)
        desired["frequency"] = 60
        op("update", {"type": "issueAlertRule", "project": slug, "id": rule.get("id")}, rule, desired, "PUT",
           f"/api/0/projects/{org}/{slug}/rules/{rule.get('id')}/", desired)
    op("connect", {"type": "projectTeam", "project": slug, "id": "payments"}, None, {"slug": "payments"}, "POST",
       f"/api/0/projects/{org}/{slug}/teams/payments/", None)
    header = {"version": 1, "server": snapshot.get("meta", {}).get("server", ""), "org": org,
              "created": "2026-11-24T12:00:00Z"}
    write(out, "changeset", dump(dict(header, operations=ops)))
    for one in ops:
        write(out, "changeset", dump(dict(header, operations=[dict(one, id="op-1")])))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True, type=pathlib.Path)
    parser.add_argument("--shared", required=True, type=pathlib.Path)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    ownership_seeds(args.out, args.shared)
    tier_seeds(args.out, args.source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
