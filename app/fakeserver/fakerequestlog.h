// SPDX-License-Identifier: MIT
// Test support: every request body the fake receives, one JSON line each, appended to the file
// named by SC_FAKE_REQUEST_LOG (unset: nothing is written). A ctest validates them against the
// official request schemas (tests/tools/validate_requests.py). Internal to app/fakeserver.
#pragma once

#include <QByteArray>
#include <QString>

namespace sc {

// `status`: the fake's answer (the check looks only at bodies the server accepted: tests also send
// deliberately invalid bodies to see them rejected).
void appendFakeRequestLog(const QByteArray& method, const QString& path, const QByteArray& body, int status);

} // namespace sc
