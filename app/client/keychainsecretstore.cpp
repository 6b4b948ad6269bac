// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include "tokencheck.h"
#include "tr.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace sc {

namespace {
const QString kService = QStringLiteral("sentry-console");

Error keychainError(QKeychain::Error code, const QString& profile)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error{ErrorKind::NotFound, Tr::tr("No token is stored in the keychain for profile \"%1\".").arg(profile), {}, 0};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorKind::Forbidden, Tr::tr("Access to the system keychain was denied."), {}, 0};
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    default:
        // Headless machines (no Secret Service, no KWallet, no D-Bus session) end up here.
        return Error{ErrorKind::Io,
                     Tr::tr("No system keychain is available on this machine, so tokens cannot be stored. "
                            "Set SENTRY_AUTH_TOKEN in the environment instead."),
                     QStringLiteral("qtkeychain error %1").arg(int(code)), 0};
    }
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

void KeychainSecretStore::readToken(const QString& profile, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(profile);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, profile, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError)
            done(tl::unexpected(keychainError(job->error(), profile)));
        else if (job->textData().isEmpty())
            done(tl::unexpected(keychainError(QKeychain::EntryNotFound, profile)));
        else if (Result<void> valid = checkTokenText(job->textData(), Tr::tr("the keychain entry for profile \"%1\"").arg(profile)); !valid)
            done(tl::unexpected(valid.error()));
        else
            done(job->textData());
    });
    job->start();
}

void KeychainSecretStore::writeToken(const QString& profile, const QString& token, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(profile);
    job->setTextData(token);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, profile, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError)
            done(tl::unexpected(keychainError(job->error(), profile)));
        else
            done({});
    });
    job->start();
}

void KeychainSecretStore::deleteToken(const QString& profile, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(profile);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, profile, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(tl::unexpected(keychainError(job->error(), profile)));
        else
            done({});
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return Tr::tr("Tokens are kept in the system keychain. Without one (headless machines), set SENTRY_AUTH_TOKEN.");
}

} // namespace sc
