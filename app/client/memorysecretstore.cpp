// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"

#include "tr.h"

#include <QMetaObject>

namespace sc {

namespace {
Error unavailable()
{
    return Error{ErrorKind::Io,
                 Tr::tr("No system keychain is available on this machine, so tokens cannot be stored. "
                        "Set SENTRY_AUTH_TOKEN in the environment instead."),
                 {}, 0};
}
} // namespace

MemorySecretStore::MemorySecretStore(bool available, QObject* parent)
    : SecretStore(parent)
    , m_available(available)
{
}

void MemorySecretStore::readToken(const QString& profile, QObject* context, ReadCallback done)
{
    Result<QString> result = !m_available ? Result<QString>(tl::unexpected(unavailable()))
        : m_tokens.value(profile).isEmpty()
        ? Result<QString>(fail(ErrorKind::NotFound, Tr::tr("No token is stored in the keychain for profile \"%1\".").arg(profile)))
        : Result<QString>(m_tokens.value(profile));
    QMetaObject::invokeMethod(context, [result, done = std::move(done)] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::writeToken(const QString& profile, const QString& token, QObject* context, WriteCallback done)
{
    Result<void> result;
    if (m_available)
        m_tokens.insert(profile, token);
    else
        result = tl::unexpected(unavailable());
    QMetaObject::invokeMethod(context, [result, done = std::move(done)] { done(result); }, Qt::QueuedConnection);
}

void MemorySecretStore::deleteToken(const QString& profile, QObject* context, WriteCallback done)
{
    Result<void> result;
    if (m_available)
        m_tokens.remove(profile);
    else
        result = tl::unexpected(unavailable());
    QMetaObject::invokeMethod(context, [result, done = std::move(done)] { done(result); }, Qt::QueuedConnection);
}

QString MemorySecretStore::description() const
{
    return Tr::tr("Tokens are kept in memory for this session only.");
}

} // namespace sc
