// SPDX-License-Identifier: MIT
#pragma once

#include "orgsnapshot.h"

#include <QtTest>

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

} // namespace sc::test
