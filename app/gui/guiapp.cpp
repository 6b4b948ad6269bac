// SPDX-License-Identifier: MIT
#include "guiapp.h"

#include "apptranslator.h"
#include "architectureauditor.h"
#include "connectionprofilestore.h"
#include "consolesession.h"
#include "fakesentryserver.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

namespace sc {

namespace {
QTextStream& errStream()
{
    static QTextStream stream(stderr);
    return stream;
}

// Fusion draws both palettes the same way on every platform, so light and dark look as designed.
void applyPalette(QApplication& app, const QString& which)
{
    if (which.isEmpty())
        return;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (which != QLatin1String("dark")) {
        app.setPalette(app.style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    app.setPalette(p);
}

// The screenshot is taken once the data a user would see has arrived: the refreshed snapshot
// and its audit (or a failure). A timeout guards against a server that never answers.
void scheduleScreenshot(ConsoleSession* session, MainWindow* window, const QString& file, const QString& view)
{
    auto shoot = [session, window, file, view] {
        if (!window->showView(view))
            errStream() << QObject::tr("Unknown view \"%1\"; showing the tree.").arg(view) << Qt::endl;
        // One more turn of the event loop lets layouts and lazy views settle before the grab.
        QTimer::singleShot(0, window, [window, file] {
            // A dialog the view opened (e.g. new-service) is what the user looks at.
            QWidget* target = window;
            for (QDialog* dialog : window->findChildren<QDialog*>()) {
                if (dialog->isVisible())
                    target = dialog;
            }
            const bool saved = target->grab().save(file);
            if (!saved)
                errStream() << QObject::tr("Could not write the screenshot to %1.").arg(file) << Qt::endl;
            QCoreApplication::exit(saved ? 0 : 1);
        });
        Q_UNUSED(session);
    };
    auto* guard = new QObject(window);
    auto fired = std::make_shared<bool>(false);
    auto once = [fired, shoot] {
        if (*fired)
            return;
        *fired = true;
        shoot();
    };
    // Both audits (tiers, then the architecture audit, each off the UI thread) must be in.
    const auto settled = [session, once] {
        const ArchitectureAuditor* architecture = session->architectureAuditor();
        if (session->hasAudit() && !session->isAuditPending() && architecture->hasAudit() && !architecture->isPending()
            && !session->isSnapshotFromCache() && !session->isRefreshing())
            once();
    };
    QObject::connect(session, &ConsoleSession::auditChanged, guard, settled);
    QObject::connect(session->architectureAuditor(), &ArchitectureAuditor::finished, guard, settled);
    QObject::connect(session, &ConsoleSession::refreshFailed, guard, [once](const Error& error) {
        errStream() << QObject::tr("Refresh failed: %1").arg(error.message) << Qt::endl;
        once();
    });
    QTimer::singleShot(60 * 1000, guard, [once] {
        errStream() << QObject::tr("The data did not arrive within 60 s; taking the screenshot anyway.") << Qt::endl;
        once();
    });
}
} // namespace

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslator(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/sentry-console.svg")));
    app.setDesktopFileName(QStringLiteral("io.github.sentry_console.SentryConsole"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Desktop admin console for a Sentry organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QObject::tr("Start a built-in fake Sentry with demo data and open it."));
    const QCommandLineOption seed(QStringLiteral("seed"), QObject::tr("Data set for --demo: demo or large:N."), QStringLiteral("SEED"),
                                  QStringLiteral("demo"));
    const QCommandLineOption profile(QStringLiteral("profile"), QObject::tr("Open this connection profile."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QObject::tr("Render the window offscreen once the data is loaded, save it and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption view(QStringLiteral("view"), QObject::tr("View to show: health, tree, coverage, architecture, charts, history, project:SLUG, team:SLUG."),
                                  QStringLiteral("VIEW"), QStringLiteral("tree"));
    const QCommandLineOption palette(QStringLiteral("palette"), QObject::tr("Colour palette: light or dark (default: the system's)."),
                                     QStringLiteral("light|dark"));
    parser.addOptions({demo, seed, profile, screenshot, view, palette});
    parser.process(app);
    applyPalette(app, parser.value(palette));

    KeychainSecretStore secrets;
    ConsoleSession session;
    std::unique_ptr<FakeSentryServer> server;
    MainWindow window(&session, &secrets);
    if (parser.isSet(screenshot))
        scheduleScreenshot(&session, &window, parser.value(screenshot), parser.value(view));

    if (parser.isSet(demo)) {
        FakeServerOptions options;
        options.seed = parser.value(seed);
        server = std::make_unique<FakeSentryServer>(options);
        if (server->listen(0) == 0) {
            errStream() << QObject::tr("Could not start the demo server on 127.0.0.1.") << Qt::endl;
            return 1;
        }
        session.openProfile(ConnectionProfile{QObject::tr("Demo"), server->url(), server->orgSlug()}, server->token());
    } else {
        ConnectionProfileStore store;
        const QString wanted = parser.isSet(profile) ? parser.value(profile) : store.currentProfileName();
        std::optional<ConnectionProfile> chosen = store.profile(wanted);
        if (!chosen && !qEnvironmentVariableIsEmpty("SENTRY_ORG")) {
            // sentry-cli's variables alone are enough to look around.
            const QString url = qEnvironmentVariable("SENTRY_URL", QStringLiteral("https://sentry.io/"));
            chosen = ConnectionProfile{QObject::tr("Environment"), QUrl(url), qEnvironmentVariable("SENTRY_ORG")};
        }
        if (chosen) {
            const ConnectionProfile open = *chosen;
            secrets.readToken(open.name, &session, [&session, open](Result<QString> stored) {
                const Result<QString> token = tokenOrEnvironmentFallback(stored, environmentToken());
                session.openProfile(open, token ? *token : QString());
            });
        } else {
            QTimer::singleShot(0, &window, &MainWindow::openProfiles);
        }
    }

    window.show();
    return app.exec();
}

} // namespace sc
