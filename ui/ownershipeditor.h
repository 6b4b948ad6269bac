// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "ownershipdiagnostics.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
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
    QString draftKey() const { return QStringLiteral("ownership/") + m_project; }

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
    QJsonObject desiredOwnership() const;
    QJsonObject serverOwnership() const; // the project's ownership in the session's snapshot
    void followServer();                 // after a snapshot change: reload, or offer a re-base
    void updateEmptyState();             // no project: read-only with a hint, nothing to save
    void updateCompleter();
    void completeWord();

    QPointer<ConsoleSession> m_session; // not owned
    QString m_project;
    QJsonObject m_base; // the ownership object as fetched
    QList<OwnershipDiagnostic> m_diagnostics;
    QList<std::pair<QString, QString>> m_extraOps; // (team) quick fixes queued: add team to project
    bool m_loading = false;

    QLabel* m_title = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_rebaseButton = nullptr;
    OwnershipCodeEdit* m_edit = nullptr;
    QListWidget* m_diagnosticList = nullptr;
    QLineEdit* m_testPath = nullptr;
    QLineEdit* m_testUrl = nullptr;
    QLineEdit* m_testTags = nullptr;
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
    QTimer* m_checkTimer = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace sc
