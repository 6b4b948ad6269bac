#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Validates every request body the test suite sent to the fake Sentry (the JSON lines the fake
appends to $SC_FAKE_REQUEST_LOG) against the request schema of its method and path in
openapi-subset.json. Sentry's serializers accept camelCase and snake_case for the same field, so
both the body's keys and the schema's property names are compared in camelCase.

usage: validate_requests.py REQUESTS.jsonl OPENAPI_JSON      (exit 77 = nothing was logged)
"""
import json
import re
import sys

import jsonschema

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from validate_openapi import to_json_schema  # noqa: E402  (nullable → type union)


def camel(key):
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), key) if isinstance(key, str) else key


def camel_body(node):
    if isinstance(node, dict):
        return {camel(k): camel_body(v) for k, v in node.items()}
    if isinstance(node, list):
        return [camel_body(v) for v in node]
    return node


def camel_schema(node):
    """Property names and `required` entries in camelCase; everything else as it is."""
    if isinstance(node, list):
        return [camel_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k == "properties" and isinstance(v, dict):
            out[k] = {camel(name): camel_schema(s) for name, s in v.items()}
        elif k == "required" and isinstance(v, list):
            out[k] = [camel(name) for name in v]
        else:
            out[k] = camel_schema(v)
    return out


def template_regex(template):
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def field_path(error):
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        parts += missing[:1]
    if error.validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        parts += extra[:1]
    return ".".join(parts) or "(body)"


def main():
    log_path, openapi_path = sys.argv[1], sys.argv[2]
    try:
        lines = open(log_path, encoding="utf-8").read().splitlines()
    except FileNotFoundError:
        print("SKIP: no request log at %s (run the whole suite)" % log_path)
        return 77
    spec = json.load(open(openapi_path))
    routes = []
    for template, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            content = op.get("requestBody", {}).get("content", {}).get("application/json")
            if content and "schema" in content:
                routes.append((method.upper(), template, template_regex(template),
                               camel_schema(to_json_schema(content["schema"]))))
    failures, checked, unknown = [], 0, set()
    seen = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        method, path = entry["method"], entry["path"]
        if path.startswith("/__fake__/"):
            continue
        # Tests also send deliberately invalid bodies to see them rejected: only bodies the fake
        # accepted are the console's writes (a body it wrongly accepts is what this check catches).
        if not 200 <= entry.get("status", 200) < 300:
            continue
        if "body" not in entry:
            failures.append("%s %s: the body is not JSON: %s" % (method, path, entry.get("rawBody", "")[:200]))
            continue
        body = camel_body(entry["body"])
        key = (method, path, json.dumps(body, sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        route = next((r for r in routes if r[0] == method and r[2].match(path)), None)
        if route is None:
            unknown.add("%s %s" % (method, re.sub(r"/\d{3,}/", "/{id}/", path)))
            continue
        checked += 1
        validator = jsonschema.Draft7Validator(route[3])
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
            line = "%s %s (schema %s): field %s: %s" % (method, path, route[1], field_path(error), error.message[:300])
            failures.append(line)
    for u in sorted(unknown):
        print("NOTE: no request schema for %s" % u)
    print("validated %d distinct request bodies" % checked)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
