// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

namespace sc {

// Tokens in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through qtkeychain, service "sentry-console", key = profile name. No insecure
// fallback: without a keychain, reads and writes fail with a plain explanation, and callers use
// tokenOrEnvironmentFallback() (SENTRY_AUTH_TOKEN).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void readToken(const QString& profile, QObject* context, ReadCallback done) override;
    void writeToken(const QString& profile, const QString& token, QObject* context, WriteCallback done) override;
    void deleteToken(const QString& profile, QObject* context, WriteCallback done) override;
    QString description() const override;
};

} // namespace sc
