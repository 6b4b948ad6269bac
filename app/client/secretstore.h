// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sc {

// Where tokens live, keyed by connection profile name. Asynchronous: a keychain may ask the
// user or talk over D-Bus. Callbacks run on the store's thread and only while `context` lives.
// Implementations never write a token to a plain-text file and never put it in error text.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    using QObject::QObject;
    ~SecretStore() override;

    // An empty or missing token is ErrorKind::NotFound.
    virtual void readToken(const QString& profile, QObject* context, ReadCallback done) = 0;
    virtual void writeToken(const QString& profile, const QString& token, QObject* context, WriteCallback done) = 0;
    virtual void deleteToken(const QString& profile, QObject* context, WriteCallback done) = 0;
    // One sentence for the profile dialog: where tokens are kept, or why they cannot be.
    virtual QString description() const = 0;
};

// Headless machines have no keychain. When the keychain cannot give a token (unavailable, or no
// entry), SENTRY_AUTH_TOKEN (`environmentToken`) is used instead; a keychain error is reported
// only when there is no fallback either. Pure, so the rule is tested without a keychain.
Result<QString> tokenOrEnvironmentFallback(const Result<QString>& fromStore, const QString& environmentToken);

// The token from the SENTRY_AUTH_TOKEN environment variable (empty if unset).
QString environmentToken();

} // namespace sc
