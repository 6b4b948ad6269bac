// SPDX-License-Identifier: MIT
#pragma once

// Shared pieces of the libFuzzer harnesses (tests/fuzz/run builds and runs them).
// A harness checks what must hold for every input (no crash, no UB, no leak: the sanitizers; and the
// invariants below: require()) and aborts with a message when one does not.

#include "orgsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>

namespace sc::fuzz {

// The input as text, the way the CLI reads a file (QString::fromUtf8: invalid UTF-8 becomes U+FFFD).
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Two inputs in one: the bytes before and after the first 0xFF (a byte that valid UTF-8 never holds).
inline std::pair<QByteArray, QByteArray> splitInput(const uint8_t* data, size_t size)
{
    const QByteArray all = bytes(data, size);
    const qsizetype at = all.indexOf('\xff');
    if (at < 0)
        return {all, {}};
    return {all.left(at), all.mid(at + 1)};
}

// Text with control characters spelled out (\r, \t, \u001d), for messages that must be readable.
inline QString visible(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// An invariant: on failure print what and why (the input is saved by libFuzzer) and abort.
inline void require(bool condition, const char* what, const QString& detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "\n== invariant violated: %s\n%s\n", what, qPrintable(visible(detail)));
    std::abort();
}

// Qt's warnings would flood the fuzzer's output; fatal messages (Q_ASSERT, qFatal) still abort.
inline void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void initialize()
{
    qInstallMessageHandler(quietMessages);
}

// A fixture snapshot from tests/data (e.g. "tiers/demo-workflow.json"), loaded once.
inline const OrgSnapshot& fixtureSnapshot(const char* relativePath)
{
    static std::map<std::string, OrgSnapshot> cache; // node-based: references stay valid
    auto it = cache.find(relativePath);
    if (it == cache.end()) {
        Result<OrgSnapshot> loaded = OrgSnapshot::load(QStringLiteral(SC_TEST_DATA_DIR "/") + QLatin1String(relativePath));
        if (!loaded) {
            std::fprintf(stderr, "cannot load the fixture %s: %s\n", relativePath, qPrintable(loaded.error().message));
            std::abort();
        }
        it = cache.emplace(relativePath, std::move(*loaded)).first;
    }
    return it->second;
}

// A scratch file for loaders that take a path (one per process, so parallel fuzzers do not clash).
inline QString scratchFile(const char* suffix)
{
    return QDir::tempPath() + QStringLiteral("/sc-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(suffix));
}

} // namespace sc::fuzz
