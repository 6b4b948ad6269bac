// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace sc {

class ConsoleSession;

// Ctrl+K: jump to any project or team by a fuzzy name ("pa" finds payment-api). Enter opens the
// best match, arrows move, Escape closes. Emits chosen() and closes.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickOpenDialog(ConsoleSession* session, QWidget* parent = nullptr); // session: not owned

    QLineEdit* searchEdit() const { return m_search; }
    QStringList visibleEntries() const; // "project:slug" / "team:slug", best first

signals:
    void chosen(const QString& kind, const QString& slug); // "project" | "team"

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update(const QString& text);
    void choose();

    ConsoleSession* m_session; // not owned
    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace sc
