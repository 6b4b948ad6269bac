// SPDX-License-Identifier: MIT
#include "profiledialog.h"

#include "connectionprofilecheck.h"
#include "connectionprofilestore.h"
#include "secretstore.h"
#include "sentryclient.h"
#include "tokencheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sc {

ProfileDialog::ProfileDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_org(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
    , m_result(new QTextBrowser(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
{
    setWindowTitle(tr("Connection profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_org->setObjectName(QStringLiteral("profileOrg"));
    m_token->setObjectName(QStringLiteral("profileToken"));
    m_url->setPlaceholderText(QStringLiteral("https://sentry.io/"));
    m_org->setPlaceholderText(tr("organization slug"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("paste the token"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setTextFormat(Qt::PlainText); // keychain error texts: never rich text
    m_tokenNote->setText(secrets->description());
    m_result->setPlaceholderText(tr("Test the connection to see the token's scopes and what each feature needs."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&Organization:"), m_org);
    form->addRow(tr("&Auth token:"), m_token);
    form->addRow(QString(), m_tokenNote);

    auto* newButton = new QPushButton(tr("&New"), this);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    auto* deleteButton = new QPushButton(tr("&Delete"), this);
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(newButton);
    rowButtons->addWidget(saveButton);
    rowButtons->addWidget(deleteButton);
    rowButtons->addStretch();
    rowButtons->addWidget(m_test);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(rowButtons);
    right->addWidget(m_result, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(m_list, &QListWidget::currentTextChanged, this, &ProfileDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_name->clear();
        m_url->setText(QStringLiteral("https://sentry.io/"));
        m_org->clear();
        m_token->clear();
        m_name->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(deleteButton, &QPushButton::clicked, this, &ProfileDialog::removeCurrent);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadList();
}

QString ProfileDialog::testResultText() const
{
    return m_result->toPlainText();
}

ConnectionProfile ProfileDialog::editedProfile() const
{
    return ConnectionProfile{m_name->text().trimmed(), QUrl::fromUserInput(m_url->text().trimmed()), m_org->text().trimmed()};
}

void ProfileDialog::loadList()
{
    ConnectionProfileStore store;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile& profile : store.profiles())
        m_list->addItem(profile.name);
    for (const auto& entry : std::as_const(m_sessionProfiles))
        m_list->addItem(tr("%1 (this session)").arg(entry.first.name));
    const auto current = m_list->findItems(store.currentProfileName(), Qt::MatchExactly);
    if (!current.isEmpty())
        m_list->setCurrentItem(current.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->currentItem())
        showProfile(m_list->currentItem()->text());
}

void ProfileDialog::addSessionProfile(const ConnectionProfile& profile, const QString& token)
{
    if (!profile.isValid() || ConnectionProfileStore().profile(profile.name))
        return;
    for (const auto& entry : std::as_const(m_sessionProfiles))
        if (entry.first.name == profile.name)
            return;
    m_sessionProfiles.append({profile, token});
    loadList();
}

std::optional<std::pair<ConnectionProfile, QString>> ProfileDialog::sessionProfile(const QString& listText) const
{
    for (const auto& entry : m_sessionProfiles)
        if (tr("%1 (this session)").arg(entry.first.name) == listText || entry.first.name == listText)
            return entry;
    return std::nullopt;
}

void ProfileDialog::showProfile(const QString& name)
{
    ConnectionProfileStore store;
    std::optional<ConnectionProfile> profile = store.profile(name);
    const auto session = profile ? std::nullopt : sessionProfile(name);
    if (session)
        profile = session->first;
    if (!profile)
        return;
    m_name->setText(profile->name);
    m_url->setText(profile->url.toString());
    m_org->setText(profile->orgSlug);
    m_token->clear();
    m_result->clear();
    if (session) {
        m_token->setPlaceholderText(tr("known for this session; type one to store it with the profile"));
        return;
    }
    updateTokenHint(profile->name);
}

void ProfileDialog::updateTokenHint(const QString& profileName)
{
    // Say what an empty field means for this profile: a stored token, none, or no keychain at all.
    m_secrets->readToken(profileName, this, [this, profileName](Result<QString> stored) {
        if (m_name->text().trimmed() != profileName)
            return;
        if (stored && !stored->isEmpty())
            m_token->setPlaceholderText(tr("leave empty to keep the stored token"));
        else if (!stored && stored.error().kind != ErrorKind::NotFound)
            m_token->setPlaceholderText(environmentToken().isEmpty()
                                            ? tr("no keychain here: type the token each time, or set SENTRY_AUTH_TOKEN")
                                            : tr("no keychain here: empty uses SENTRY_AUTH_TOKEN"));
        else
            m_token->setPlaceholderText(environmentToken().isEmpty() ? tr("no token stored: paste the token")
                                                                     : tr("no token stored: empty uses SENTRY_AUTH_TOKEN"));
    });
}

void ProfileDialog::save()
{
    const ConnectionProfile profile = editedProfile();
    if (!profile.isValid()) {
        m_result->setPlainText(tr("A profile needs a name, a server URL and an organization slug."));
        return;
    }
    const QString token = m_token->text().trimmed();
    if (Result<void> valid = checkTokenText(token, tr("the Auth token field")); !valid) {
        m_result->setPlainText(valid.error().message);
        return;
    }
    ConnectionProfileStore store;
    store.save(profile);
    if (!token.isEmpty()) {
        m_secrets->writeToken(profile.name, token, this, [this](Result<void> written) {
            m_tokenNote->setText(written ? tr("The token is stored in the system keychain.") : written.error().message);
        });
    }
    loadList();
    // Stay on the saved profile and keep the typed token: without a keychain it is the only copy,
    // and Open right after Save must connect with it.
    const auto saved = m_list->findItems(profile.name, Qt::MatchExactly);
    if (!saved.isEmpty())
        m_list->setCurrentItem(saved.first());
    m_token->setText(token);
}

void ProfileDialog::removeCurrent()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    ConnectionProfileStore store;
    store.remove(name);
    m_secrets->deleteToken(name, this, [](Result<void>) {});
    loadList();
}

void ProfileDialog::withToken(std::function<void(const QString& token, const QString& problem)> use)
{
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        const Result<void> valid = checkTokenText(typed, tr("the Auth token field"));
        use(valid ? typed : QString(), valid ? QString() : valid.error().message);
        return;
    }
    if (const auto session = sessionProfile(editedProfile().name); session && !session->second.isEmpty()) {
        use(session->second, {});
        return;
    }
    m_secrets->readToken(editedProfile().name, this, [use = std::move(use)](Result<QString> stored) {
        const Result<QString> token = tokenOrEnvironmentFallback(stored, environmentToken());
        use(token ? *token : QString(), token ? QString() : token.error().message);
    });
}

void ProfileDialog::testConnection()
{
    const ConnectionProfile profile = editedProfile();
    if (!profile.isValid()) {
        m_result->setPlainText(tr("A profile needs a name, a server URL and an organization slug."));
        return;
    }
    m_test->setEnabled(false);
    m_result->setPlainText(tr("Connecting to %1…").arg(profile.url.toString()));
    withToken([this, profile](const QString& token, const QString& problem) {
        if (token.isEmpty()) {
            m_test->setEnabled(true);
            m_result->setPlainText(problem);
            return;
        }
        if (m_testClient)
            m_testClient->deleteLater();
        ClientConfig config;
        config.baseUrl = profile.url;
        config.token = token;
        config.maxRetries = 0;
        m_testClient = new SentryClient(config, this);
        if (const Result<void> secure = m_testClient->checkTransportSecurity(); !secure) {
            m_test->setEnabled(true);
            m_result->setPlainText(secure.error().message);
            return;
        }
        checkConnection(m_testClient, profile.orgSlug, this, [this](Result<ScopeReport> report) {
            m_test->setEnabled(true);
            if (!report) {
                m_result->setPlainText(tr("Connection failed: %1").arg(report.error().message));
                return;
            }
            QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Connected to %1.").arg(report->orgName.isEmpty() ? report->org : report->orgName).toHtmlEscaped());
            html += QStringLiteral("<p>%1</p><ul>").arg(tr("Token scopes: %1").arg(report->scopes.join(QStringLiteral(", "))).toHtmlEscaped());
            for (const FeatureAccess& feature : report->features) {
                const QString line = feature.ok()
                    ? tr("✔ %1").arg(feature.name)
                    : tr("✘ %1 — missing %2: %3").arg(feature.name, feature.missing.join(QStringLiteral(", ")), feature.consequence);
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
            m_result->setHtml(html);
        });
    });
}

void ProfileDialog::openCurrent()
{
    const ConnectionProfile profile = editedProfile();
    if (!profile.isValid()) {
        m_result->setPlainText(tr("A profile needs a name, a server URL and an organization slug."));
        return;
    }
    ConnectionProfileStore store;
    const bool sessionOnly = sessionProfile(profile.name).has_value() && m_token->text().trimmed().isEmpty();
    if (!sessionOnly) {
        if (!store.profile(profile.name))
            store.save(profile);
        store.setCurrentProfileName(profile.name);
    }
    withToken([this, profile](const QString& token, const QString&) {
        emit profileChosen(profile, token);
        accept();
    });
}

} // namespace sc
