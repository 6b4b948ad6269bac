// SPDX-License-Identifier: MIT
// Test support: every request body the fake receives, one JSON line each, appended to the file
// named by SC_FAKE_REQUEST_LOG (unset: nothing is written). A ctest validates them against the
// official request schemas (tests/tools/validate_requests.py). Internal to app/fakeserver.
#pragma once

#include <QByteArray>
#include <QString>

namespace sc {

void appendFakeRequestLog(const QByteArray& method, const QString& path, const QByteArray& body);

} // namespace sc
