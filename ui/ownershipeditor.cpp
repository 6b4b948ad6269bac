// SPDX-License-Identifier: MIT
#include "ownershipeditor.h"

#include "consolesession.h"
#include "ownershipchange.h"
#include "ownershipcodeedit.h"
#include "ownershiphighlighter.h"
#include "ownershipimpact.h"
#include "ownershipmatcher.h"
#include "ownershipparser.h"
#include "ownershiptester.h"
#include "recenteventsfetcher.h"
#include "sentryclient.h"

#include <QTextDocument> // Qt::convertFromPlainText
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace sc {

OwnershipEditor::OwnershipEditor(ConsoleSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_title = new QLabel(this);
    m_edit = new OwnershipCodeEdit(this);
    new OwnershipHighlighter(m_edit->document());
    m_edit->setPlaceholderText(tr("path:src/payments/** #payments\nurl:*/api/v1/payments/* #payments\n* #platform-eng"));
    m_diagnosticList = new QListWidget(this);
    m_diagnosticList->setObjectName(QStringLiteral("diagnostics"));
    m_diagnosticList->setWordWrap(true);

    m_testPath = new QLineEdit(this);
    m_testPath->setObjectName(QStringLiteral("testerPath"));
    m_testPath->setPlaceholderText(tr("src/payments/charge.py"));
    m_testUrl = new QLineEdit(this);
    m_testUrl->setPlaceholderText(tr("https://acme.io/api/v1/payments/42"));
    m_testPlatform = new QLineEdit(this);
    m_testPlatform->setObjectName(QStringLiteral("testerPlatform"));
    m_testPlatform->setPlaceholderText(tr("java, cocoa, python… (derived file names)"));
    m_testPlatform->setToolTip(tr("Sentry derives file names from module and package on some platforms; the "
                                  "project's platform is filled in."));
    m_testTags = new QLineEdit(this);
    m_testTags->setPlaceholderText(tr("service=payment-api release=1.2"));
    m_testEvent = new QPlainTextEdit(this);
    m_testEvent->setObjectName(QStringLiteral("testerEvent"));
    m_testEvent->setPlaceholderText(tr("Paste an event JSON or a stack trace"));
    m_testEvent->setMaximumHeight(90);
    m_testOwners = new QLabel(this);
    m_testOwners->setTextFormat(Qt::PlainText); // owners come from the rules text: never rich text
    m_testOwners->setObjectName(QStringLiteral("testerOwners"));
    m_testOwners->setWordWrap(true);
    m_testRules = new QListWidget(this);
    m_testRules->setObjectName(QStringLiteral("testerRules"));
    m_testRules->setWordWrap(true);
    auto* tester = new QGroupBox(tr("Who owns this?"), this);
    auto* testerForm = new QFormLayout(tester);
    testerForm->addRow(tr("Path"), m_testPath);
    testerForm->addRow(tr("URL"), m_testUrl);
    testerForm->addRow(tr("Tags"), m_testTags);
    testerForm->addRow(tr("Platform"), m_testPlatform);
    testerForm->addRow(tr("Event"), m_testEvent);
    testerForm->addRow(tr("Owners"), m_testOwners);
    testerForm->addRow(tr("Why"), m_testRules);

    m_fallthrough = new QCheckBox(tr("No match: notify all project members (fallthrough)"), this);
    m_autoAssignment = new QComboBox(this);
    m_autoAssignment->addItems(ownershipAutoAssignmentChoices());
    m_codeownersSync = new QCheckBox(tr("Sync CODEOWNERS automatically"), this);
    auto* settings = new QGroupBox(tr("Settings"), this);
    auto* settingsForm = new QFormLayout(settings);
    settingsForm->addRow(m_fallthrough);
    settingsForm->addRow(tr("Auto-assignment"), m_autoAssignment);
    settingsForm->addRow(m_codeownersSync);

    m_impactList = new QListWidget(this);
    auto* impactButton = new QPushButton(tr("Preview impact on recent events"), this);
    auto* impact = new QGroupBox(tr("Impact"), this);
    auto* impactLayout = new QVBoxLayout(impact);
    m_impactCancel = new QPushButton(tr("Cancel preview"), this);
    m_impactCancel->setEnabled(false);
    auto* impactButtons = new QHBoxLayout;
    impactButtons->addWidget(impactButton, 1);
    impactButtons->addWidget(m_impactCancel);
    impactLayout->addLayout(impactButtons);
    impactLayout->addWidget(m_impactList);

    auto* saveButton = new QPushButton(tr("Save draft"), this);
    saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    saveButton->setToolTip(tr("Save the rules as a draft in Pending changes (Ctrl+S)"));
    m_saveButton = saveButton;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("ownershipStatus"));
    m_status->setWordWrap(true);
    m_rebaseButton = new QPushButton(tr("Re-base my draft on the server's version"), this);
    m_rebaseButton->setObjectName(QStringLiteral("rebaseDraftButton"));
    m_rebaseButton->hide();
    connect(m_rebaseButton, &QPushButton::clicked, this, &OwnershipEditor::rebaseDraftOnServer);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_edit, 3);
    leftLayout->addWidget(new QLabel(tr("Diagnostics"), this));
    leftLayout->addWidget(m_diagnosticList, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(tester, 3);
    rightLayout->addWidget(settings);
    rightLayout->addWidget(impact, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_rebaseButton);
    bottom->addWidget(saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_completer = new QCompleter(this);
    // One model for the editor's lifetime; updateCompleter() only swaps its words.
    m_completerWords = new QStringListModel(m_completer);
    m_completer->setModel(m_completerWords);
    m_completer->setWidget(m_edit);
    m_edit->setCompleter(m_completer);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& completion) {
        QTextCursor c = m_edit->textCursor();
        const int typed = m_completer->completionPrefix().size();
        c.insertText(completion.mid(typed));
        m_edit->setTextCursor(c);
    });

    // Diagnostics and the draft follow typing, debounced so a keystroke never waits for them.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_checkTimer, &QTimer::timeout, this, [this] {
        recheck();
        runTester();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &OwnershipEditor::saveDraft);
    auto edited = [this] {
        if (m_loading)
            return;
        m_checkTimer->start();
        m_saveTimer->start();
    };
    connect(m_edit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_edit->hasFocus())
            completeWord();
    });
    connect(m_fallthrough, &QCheckBox::toggled, this, edited);
    connect(m_codeownersSync, &QCheckBox::toggled, this, edited);
    connect(m_autoAssignment, &QComboBox::currentIndexChanged, this, edited);
    for (QLineEdit* e : {m_testPath, m_testUrl, m_testTags, m_testPlatform})
        connect(e, &QLineEdit::textChanged, this, &OwnershipEditor::runTester);
    connect(m_testEvent, &QPlainTextEdit::textChanged, this, &OwnershipEditor::runTester);
    connect(saveButton, &QPushButton::clicked, this, &OwnershipEditor::saveDraft);
    connect(impactButton, &QPushButton::clicked, this, &OwnershipEditor::runImpactPreview);
    connect(m_impactCancel, &QPushButton::clicked, this, [this] {
        if (m_recentEvents)
            m_recentEvents->cancel();
    });
    connect(m_diagnosticList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString team = item->data(Qt::UserRole + 1).toString();
        if (!team.isEmpty()) {
            addTeamQuickFix(team);
            return;
        }
        const QTextBlock block = m_edit->document()->findBlockByNumber(item->data(Qt::UserRole).toInt() - 1);
        if (block.isValid())
            m_edit->setTextCursor(QTextCursor(block));
    });
    if (m_session)
        connect(m_session, &ConsoleSession::snapshotChanged, this, [this] {
            updateCompleter();
            recheck();
            followServer(); // last: its message stays
        });
    if (m_session)
        connect(m_session, &ConsoleSession::profileChanged, this, [this] { openProject({}); });
    updateEmptyState();
}

QJsonObject OwnershipEditor::serverOwnership() const
{
    if (m_session && m_session->hasSnapshot())
        if (const Project* p = m_session->snapshot().projectBySlug(m_project); p && p->ownership)
            return p->ownership->json;
    return {};
}

bool OwnershipEditor::hasDraft() const
{
    return m_saveTimer->isActive() || (m_session && m_session->drafts().contains(m_session->profileName(), draftKey()));
}

void OwnershipEditor::followServer()
{
    if (m_project.isEmpty() || !m_session || !m_session->hasSnapshot())
        return;
    const QJsonObject server = serverOwnership();
    // Changed on the server: something a push would write differs from what the edit started from.
    const bool serverChanged = ownershipSettingsDiffer(m_base, server);
    if (!hasDraft()) {
        // Nothing unsaved: the editor shows what the server holds. After a push or an undo the
        // tester and Save must work on the new rules, not on the old text.
        if (serverChanged || OwnershipSettings::fromJson(server).raw != rulesText()) {
            openProject(m_project);
            m_status->setText(tr("Reloaded: the rules on the server changed."));
        }
        return;
    }
    if (!serverChanged)
        return;
    m_rebaseButton->show();
    m_status->setText(tr("The rules on the server changed since your draft was started. Re-base the draft to keep "
                         "both, or push it and resolve the conflict there."));
}

void OwnershipEditor::rebaseDraftOnServer()
{
    m_saveTimer->stop();
    const OwnershipRebase rebase = rebasedOwnershipEdit(orgSlug(), currentEdit(), serverOwnership());
    m_base = rebase.edit.base;
    m_teamsToAdd = rebase.edit.teamsToAdd;
    m_rebaseButton->hide();
    showSettings(OwnershipSettings::fromJson(rebase.edit.desired));
    saveDraft();
    m_status->setText(rebase.conflicts == 0 ? tr("Draft re-based on the server's rules.")
                                            : tr("Draft re-based; %n part(s) changed on both sides are marked "
                                                 "<<<<<<< / >>>>>>>: edit them, then push.",
                                                 nullptr, rebase.conflicts));
}

void OwnershipEditor::showSettings(const OwnershipSettings& settings)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_edit->setPlainText(settings.raw);
    m_fallthrough->setChecked(settings.fallthrough);
    const int index = m_autoAssignment->findText(settings.autoAssignment);
    m_autoAssignment->setCurrentIndex(index >= 0 ? index : 0);
    m_codeownersSync->setChecked(settings.codeownersAutoSync);
    m_loading = wasLoading;
}

void OwnershipEditor::updateEmptyState()
{
    const bool none = m_project.isEmpty();
    m_edit->setReadOnly(none);
    m_saveButton->setEnabled(!none);
    for (QWidget* w : std::initializer_list<QWidget*>{m_fallthrough, m_autoAssignment, m_codeownersSync, m_testPath,
                                                      m_testUrl, m_testTags, m_testPlatform, m_testEvent})
        w->setEnabled(!none);
    if (none) {
        m_title->setText(tr("<b>No project selected.</b> Pick a project in the tree (or press Ctrl+K) to edit its "
                            "ownership rules."));
        m_edit->setPlaceholderText(tr("Pick a project on the left to edit its ownership rules."));
    } else {
        m_edit->setPlaceholderText(
            tr("path:src/payments/** #payments\nurl:*/api/v1/payments/* #payments\n* #platform-eng"));
    }
}

QString OwnershipEditor::rulesText() const
{
    return m_edit->toPlainText();
}

void OwnershipEditor::setRulesText(const QString& text)
{
    m_edit->setPlainText(text);
}

void OwnershipEditor::openProject(const QString& slug)
{
    m_loading = true;
    m_project = slug;
    const QJsonObject server = serverOwnership();
    OwnershipEdit edit{slug, server, server, {}};
    QString restored;
    if (m_session && m_session->drafts().contains(m_session->profileName(), draftKey())) {
        const Result<ChangeSet> draft = m_session->drafts().load(m_session->profileName(), draftKey());
        if (draft) {
            edit = ownershipEditFromChangeSet(*draft, slug, server);
            restored = tr("Restored your unsaved draft.");
        } else {
            // The store has set the unreadable file aside; editing starts from the server's rules.
            restored = draft.error().message;
        }
    }
    m_base = edit.base;
    m_teamsToAdd = edit.teamsToAdd;
    m_rebaseButton->hide();
    if (slug.isEmpty()) {
        m_edit->clear();
        m_loading = false;
        m_status->clear();
        updateEmptyState();
        return;
    }
    updateEmptyState();
    m_title->setText(tr("<b>Ownership rules</b> — %1").arg(slug.toHtmlEscaped()));
    showSettings(OwnershipSettings::fromJson(edit.desired));
    const Project* project = m_session && m_session->hasSnapshot() ? m_session->snapshot().projectBySlug(slug) : nullptr;
    m_testPlatform->setText(project ? project->platform : QString());
    m_loading = false;
    updateCompleter();
    recheck();
    runTester();
    if (!restored.isEmpty())
        m_status->setText(restored); // after recheck(): its counts must not hide what happened to the draft
}

void OwnershipEditor::updateCompleter()
{
    QStringList words = {QStringLiteral("path:"), QStringLiteral("module:"), QStringLiteral("url:"), QStringLiteral("tags.")};
    if (m_session && m_session->hasSnapshot()) {
        for (const Team& t : m_session->snapshot().teams)
            words << QLatin1Char('#') + t.slug;
        for (const Member& m : m_session->snapshot().members) {
            if (!m.email.isEmpty())
                words << m.email;
        }
    }
    m_completerWords->setStringList(words);
}

void OwnershipEditor::completeWord()
{
    QTextCursor c = m_edit->textCursor();
    const QString line = c.block().text().left(c.positionInBlock());
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    const QString word = line.mid(space + 1);
    if (word.isEmpty() || word.contains(QLatin1Char(':')) || (space < 0 && word.startsWith(QLatin1Char('#')))) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0 || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->cursorRect();
    rect.setWidth(240);
    m_completer->complete(rect);
    // Highlight the first match so Return / Tab accept it from the keyboard.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void OwnershipEditor::recheck()
{
    OwnershipCheckOptions options;
    if (m_session && m_session->hasSnapshot()) {
        options.snapshot = &m_session->snapshot();
        if (m_session->snapshot().projectBySlug(m_project))
            options.projectSlug = m_project;
    }
    m_diagnostics = checkOwnership(rulesText(), options);
    m_edit->setDiagnostics(m_diagnostics);
    m_diagnosticList->clear();
    for (const OwnershipDiagnostic& d : m_diagnostics) {
        auto* item = new QListWidgetItem(QStringLiteral("%1:%2  %3").arg(d.line).arg(d.column).arg(d.message), m_diagnosticList);
        item->setForeground(d.severity == OwnershipDiagnostic::Severity::Error     ? QColor(0xcb, 0x24, 0x31)
                            : d.severity == OwnershipDiagnostic::Severity::Warning ? QColor(0x9a, 0x60, 0x00)
                                                                                   : palette().color(QPalette::Text));
        item->setData(Qt::UserRole, d.line);
        item->setToolTip(Qt::convertFromPlainText(d.message)); // messages quote the rules text
        if (!d.team.isEmpty()) {
            item->setData(Qt::UserRole + 1, d.team);
            item->setToolTip(Qt::convertFromPlainText(tr("Activate to add #%1 to %2 (a change-set operation).").arg(d.team, m_project)));
        }
    }
    const int errors = countSeverity(m_diagnostics, OwnershipDiagnostic::Severity::Error);
    const int warnings = countSeverity(m_diagnostics, OwnershipDiagnostic::Severity::Warning);
    m_status->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    emit diagnosticsUpdated();
}

QString OwnershipEditor::testerOwnersText() const
{
    return m_testOwners->text();
}

void OwnershipEditor::runTester()
{
    const Result<OwnershipRules> rules = parseOwnership(rulesText());
    m_testRules->clear();
    m_edit->setHighlightedLines({});
    if (!rules) {
        m_testOwners->setText(tr("Fix the syntax error first."));
        return;
    }
    OwnershipTesterInput input;
    input.platform = m_testPlatform->text().trimmed();
    input.pasted = m_testEvent->toPlainText();
    if (const QString path = m_testPath->text().trimmed(); !path.isEmpty())
        input.paths = {path};
    input.url = m_testUrl->text().trimmed();
    for (const QString& pair : m_testTags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto tag = parseOwnershipTag(pair))
            input.tags.append(*tag); // a half-typed tag is simply not used yet
    }
    const Result<OwnershipEvent> event = ownershipTesterEvent(input);
    if (!event) {
        m_testOwners->setText(event.error().message);
        return;
    }
    if (isEmptyOwnershipQuery(*event)) {
        m_testOwners->setText(tr("Type a path, URL or tags, or paste an event."));
        return;
    }
    const OwnershipTesterAnswer answer = whoOwns(*rules, *event);
    m_testOwners->setText(answer.result.owners.isEmpty() ? tr("Nobody (no rule matches)") : ownersText(answer.result.owners));
    QList<int> lines;
    for (const OwnershipTesterMatch& match : answer.matches) {
        lines << match.line;
        new QListWidgetItem(tr("line %1: %2 — %3").arg(match.line).arg(match.ruleText, match.why), m_testRules);
    }
    m_edit->setHighlightedLines(lines);
}

QString OwnershipEditor::orgSlug() const
{
    if (!m_session)
        return {};
    if (!m_session->orgSlug().isEmpty() || !m_session->hasSnapshot())
        return m_session->orgSlug();
    return m_session->snapshot().orgSlug;
}

OwnershipEdit OwnershipEditor::currentEdit() const
{
    OwnershipSettings settings;
    settings.raw = rulesText();
    settings.fallthrough = m_fallthrough->isChecked();
    settings.autoAssignment = m_autoAssignment->currentText();
    settings.codeownersAutoSync = m_codeownersSync->isChecked();
    return {m_project, m_base, settings.appliedTo(m_base), m_teamsToAdd};
}

ChangeSet OwnershipEditor::draftChangeSet() const
{
    return ownershipChangeSet(m_session ? m_session->serverUrl().toString() : QString(), orgSlug(), currentEdit());
}

void OwnershipEditor::saveDraft()
{
    if (!m_session || m_project.isEmpty()) {
        m_status->setText(tr("Pick a project first: there is nothing to save."));
        return;
    }
    m_saveTimer->stop();
    const ChangeSet set = draftChangeSet();
    Result<void> saved = set.operations.isEmpty() ? m_session->drafts().remove(m_session->profileName(), draftKey())
                                                  : m_session->drafts().save(m_session->profileName(), draftKey(), set);
    if (!saved) {
        m_status->setText(tr("Could not save the draft: %1").arg(saved.error().message));
        return;
    }
    m_session->notifyDraftsChanged(draftKey());
    m_status->setText(set.operations.isEmpty() ? tr("No changes.") : tr("Draft saved: %n change(s) pending.", nullptr, int(set.operations.size())));
    emit draftSaved();
}

void OwnershipEditor::addTeamQuickFix(const QString& team)
{
    if (m_teamsToAdd.contains(team))
        return;
    m_teamsToAdd.append(team);
    saveDraft();
}

void OwnershipEditor::runImpactPreview()
{
    m_impactList->clear();
    if (!m_session || !m_session->client()) {
        m_impactList->addItem(tr("Offline: connect to preview the impact on recent events."));
        return;
    }
    const QString org = orgSlug();
    const QString currentRaw = OwnershipSettings::fromJson(m_base).raw;
    const QString draftRaw = rulesText();
    m_impactList->addItem(tr("Loading recent events…"));
    if (m_recentEvents && m_recentEvents->client() != m_session->client()) {
        m_recentEvents->cancel();
        m_recentEvents->deleteLater();
        m_recentEvents = nullptr;
    }
    if (!m_recentEvents)
        m_recentEvents = new RecentEventsFetcher(m_session->client(), this);
    m_impactCancel->setEnabled(true);
    m_recentEvents->start(org, m_project, [this, currentRaw, draftRaw](Result<EventSample> sample) {
        m_impactCancel->setEnabled(false);
        m_impactList->clear();
        if (!sample) {
            m_impactList->addItem(sample.error().message);
            return;
        }
        const QJsonArray* events = &sample->events;
        const Result<OwnershipRules> before = parseOwnership(currentRaw);
        const Result<OwnershipRules> after = parseOwnership(draftRaw);
        if (!after) {
            m_impactList->addItem(tr("Fix the syntax error first."));
            return;
        }
        const OwnershipMatcher oldMatcher(before ? *before : OwnershipRules{});
        const OwnershipMatcher newMatcher(*after);
        OwnershipImpact impact;
        for (const QJsonValue& v : *events) {
            const OwnershipEvent e = OwnershipEvent::fromJson(v.toObject());
            impact.add(ownershipEventId(v.toObject(), QString()), oldMatcher.match(e), newMatcher.match(e));
        }
        impact.finish();
        m_impactList->addItem(impactSampleSummary(impact.changedCount(), impact.eventCount(), sample->pages, sample->more,
                                                  sample->statsPeriod));
        for (const OwnershipImpactGroup& g : impact.groups())
            m_impactList->addItem(tr("%1 × %2 → %3").arg(g.eventIds.size()).arg(ownersText(g.from), ownersText(g.to)));
        emit impactReady(impact.changedCount());
    });
}

} // namespace sc
