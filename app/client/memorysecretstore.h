// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QHash>

namespace sc {

// Tokens in memory only (tests, --demo). `available = false` behaves like a machine without a
// keychain. Callbacks are queued, as a real keychain's would be.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(bool available = true, QObject* parent = nullptr);

    void readToken(const QString& profile, QObject* context, ReadCallback done) override;
    void writeToken(const QString& profile, const QString& token, QObject* context, WriteCallback done) override;
    void deleteToken(const QString& profile, QObject* context, WriteCallback done) override;
    QString description() const override;

private:
    bool m_available;
    QHash<QString, QString> m_tokens;
};

} // namespace sc
