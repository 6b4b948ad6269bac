// SPDX-License-Identifier: MIT
// The fake Sentry's objects behind the reference-architecture checks: per-project scrubbing
// settings, inbound filters, client keys, releases, artifact bundles and cron monitors.
// Internal to app/fakeserver.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc {

struct FakeOrgData;

struct FakeArchData {
    // project slug → project-detail fields that differ per project (dataScrubber…, features, options),
    // laid over FakeOrgData::projectDetailExtras on every read.
    QHash<QString, QJsonObject> settings;
    QHash<QString, QJsonObject> filters;               // project slug → {filter id: active}
    QHash<QString, QList<QJsonObject>> keys;            // project slug → client keys (read shape)
    QList<QJsonObject> releases;                        // read shape; projects [{id, slug, …}]
    QHash<QString, QList<QJsonObject>> artifactBundles; // project slug → bundles (read shape)
    QList<QJsonObject> monitors;                        // read shape; project {…}
};

// Sentry's inbound filter ids (sentry.ingest.inbound_filters.get_all_filter_specs, the five that
// the filters/{id}/ PUT documents in the OpenAPI text).
const QStringList& fakeFilterIds();

// What a project has when Sentry creates it: the filters' defaults (projectoptions/defaults.py:
// "filters:filtered-transaction" default "1", the others "0"), one active "Default" client key
// (created with the project), spike protection on (option unset = enabled).
void addFakeProjectArchitecture(FakeOrgData& data, const QJsonObject& project);

// Every project of a seed gets the defaults above; "demo" then gets realistic gaps: auth-service
// without the health-check filter, user-service with IP scrubbing off, payment-api's key without
// a rate limit, mobile-app without the `rate-limits` feature, billing-worker (a *-worker) without
// a cron monitor, web-app (JavaScript) with releases and artifact bundles. (The orphan, reporting-api,
// a project whose team lost its access, is part of the org seed in fakeseed.cpp.)
void seedFakeArchitecture(FakeOrgData& data);

// The key's public id as Sentry makes it (32 hex digits), deterministic per project for the seed.
QString fakePublicKey(const QString& projectSlug, int n);

} // namespace sc
