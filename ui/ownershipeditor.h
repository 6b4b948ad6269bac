// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "ownershipchange.h"
#include "ownershipdiagnostics.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace sc {

class ConsoleSession;
class RecentEventsFetcher;
class OwnershipCodeEdit;

// Ownership rules editor for one project: highlighted text with line numbers, live diagnostics
// (debounced), completion, a "who owns this?" tester, impact preview over recent events, the other
// ownership settings, and a draft change set saved as you type. Thin over models/ownership.
class OwnershipEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OwnershipEditor(ConsoleSession* session, QWidget* parent = nullptr);

    void openProject(const QString& slug);

    QString project() const { return m_project; }
    QString rulesText() const;
    void setRulesText(const QString& text);
    QList<OwnershipDiagnostic> diagnostics() const { return m_diagnostics; }
    QString testerOwnersText() const;

    // The change set the editor would save now (empty operations when nothing changed).
    ChangeSet draftChangeSet() const;
    QString draftKey() const { return ownershipDraftKey(m_project); }

public slots:
    void saveDraft();
    void recheck();          // diagnostics now (normally debounced)
    void runTester();
    void runImpactPreview(); // fetches a bounded sample of the project's recent events (full bodies)
    void addTeamQuickFix(const QString& team);
    void rebaseDraftOnServer(); // three-way merge of the draft onto the rules the server has now

signals:
    void diagnosticsUpdated();
    void draftSaved();
    void impactReady(int changedEvents);

private:
    OwnershipEdit currentEdit() const;   // the widgets' settings over m_base, with the quick fixes
    QString orgSlug() const;             // the profile's org, else the snapshot's
    QJsonObject serverOwnership() const; // the project's ownership in the session's snapshot
    bool hasDraft() const;               // saved, or about to be (autosave pending)
    void showSettings(const OwnershipSettings& settings); // into the widgets, without autosaving
    void followServer();                 // after a snapshot change: reload, or offer a re-base
    void updateEmptyState();             // no project: read-only with a hint, nothing to save
    void updateCompleter();
    void completeWord();

    QPointer<ConsoleSession> m_session; // not owned
    QString m_project;
    QJsonObject m_base; // the ownership object as fetched
    QList<OwnershipDiagnostic> m_diagnostics;
    QStringList m_teamsToAdd; // quick fixes queued: give these teams access to the project
    bool m_loading = false;

    QLabel* m_title = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_rebaseButton = nullptr;
    OwnershipCodeEdit* m_edit = nullptr;
    QListWidget* m_diagnosticList = nullptr;
    QLineEdit* m_testPath = nullptr;
    QLineEdit* m_testUrl = nullptr;
    QLineEdit* m_testTags = nullptr;
    QLineEdit* m_testPlatform = nullptr; // the event platform: Sentry's derived file names
    QPlainTextEdit* m_testEvent = nullptr;
    QLabel* m_testOwners = nullptr;
    QListWidget* m_testRules = nullptr;
    QListWidget* m_impactList = nullptr;
    QPushButton* m_impactCancel = nullptr;
    RecentEventsFetcher* m_recentEvents = nullptr; // child; created on the first preview
    QCheckBox* m_fallthrough = nullptr;
    QComboBox* m_autoAssignment = nullptr;
    QCheckBox* m_codeownersSync = nullptr;
    QLabel* m_status = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completerWords = nullptr; // child of m_completer, its model
    QTimer* m_checkTimer = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace sc
