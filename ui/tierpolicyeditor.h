// SPDX-License-Identifier: MIT
#pragma once

#include "tierpolicy.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace sc {

class ConsoleSession;

// A form over the tier policy with the YAML text beside it. The form writes single values into
// the text (keeping comments and layout); the text is re-validated as it changes (syntax, tiers,
// thresholds, keys, and — with a snapshot — the org's integrations and team routing), with each
// problem listed by line. "Apply" hands a valid policy to the session, which re-audits.
class TierPolicyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TierPolicyEditor(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    QString text() const;
    void setText(const QString& text);
    QStringList problems() const;   // "line N: message" as shown
    bool isValid() const { return m_valid.has_value(); }
    // The form field bound to a YAML path ("tiers.P0.parts.errors.threshold"), for tests.
    QLineEdit* field(const QString& path) const { return m_fields.value(path); }

signals:
    void policyApplied();

private:
    void buildForm(QWidget* container);
    void scheduleValidation();
    void validate();
    void updateForm();
    void fieldEdited(const QString& path);
    void apply();
    void saveAs();

    QPointer<ConsoleSession> m_session; // not owned
    QPlainTextEdit* m_text = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QTimer* m_debounce = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    std::optional<TierPolicy> m_valid;
    bool m_updatingForm = false;
};

} // namespace sc
