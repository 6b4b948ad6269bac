// SPDX-License-Identifier: MIT
// Helpers shared by the tests (hotspot style: one header, inline, no test framework of our own).
// Add a helper here once a second test file needs it, rather than copying it.
#pragma once

#include "changekinds.h"
#include "orgsnapshot.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QtTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace sc {
// QCOMPARE on kinds and types prints the change-set file's names (found by argument-dependent lookup).
inline char* toString(OperationKind kind)
{
    return qstrdup(qPrintable(operationKindName(kind)));
}
inline char* toString(TargetType type)
{
    return qstrdup(qPrintable(targetTypeName(type)));
}
} // namespace sc

namespace sc::test {

// A snapshot from tests/data (e.g. "tiers/demo-workflow.json"); a broken fixture ends the test run
// with the loader's message rather than failing every test function on its own.
inline OrgSnapshot loadTestSnapshot(const QString& relativePath)
{
    Result<OrgSnapshot> snapshot = OrgSnapshot::load(QStringLiteral(SC_TEST_DATA_DIR "/") + relativePath);
    if (!snapshot)
        qFatal("cannot load %s: %s", qPrintable(relativePath), qPrintable(snapshot.error().message));
    return *snapshot;
}

// How dumpModel() writes one row (without the indentation); the default is column 0's display text.
using RowDescriber = std::function<QString(const QModelIndex& index)>;

// The model as lines, depth first: two spaces of indentation per level, then describe(row). Compare
// the result with QCOMPARE against an expected list: a failure shows the whole tree.
inline QStringList dumpModel(const QAbstractItemModel* model, const RowDescriber& describe = {},
                             const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        lines << QString(depth * 2, QLatin1Char(' ')) + (describe ? describe(index) : index.data().toString());
        lines << dumpModel(model, describe, index, depth + 1);
    }
    return lines;
}

// Rewrites a detector's snuba query (read shape) in place, e.g. {"aggregate": "p95(...)"}.
inline void setQuery(OrgSnapshot& snapshot, const QString& id, const QJsonObject& changes)
{
    for (Detector& d : snapshot.detectors) {
        if (d.id != id)
            continue;
        QJsonObject raw = d.raw;
        QJsonArray sources = raw.value(QLatin1String("dataSources")).toArray();
        QJsonObject source = sources.first().toObject();
        QJsonObject queryObj = source.value(QLatin1String("queryObj")).toObject();
        QJsonObject query = queryObj.value(QLatin1String("snubaQuery")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            query.insert(it.key(), it.value());
        queryObj.insert(QLatin1String("snubaQuery"), query);
        source.insert(QLatin1String("queryObj"), queryObj);
        sources.replace(0, source);
        raw.insert(QLatin1String("dataSources"), sources);
        d = Detector::fromJson(raw);
    }
    snapshot.reindex();
}

// While it lives, this process cannot write more than `bytes` bytes into any regular file: write()
// fails with EFBIG, as on a full disk. It binds root too (file modes do not), and reading still works.
// Keep its scope short: a QtTest log going to a file is cut as well.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // the error, not the signal that ends the process
        const rlimit limit{bytes, m_old.rlim_max};
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

} // namespace sc::test
