// SPDX-License-Identifier: MIT
#include "quickopendialog.h"

#include "consolesession.h"
#include "fuzzymatch.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sc {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int SlugRole = Qt::UserRole + 2;
constexpr int MaxResults = 50;
} // namespace

QuickOpenDialog::QuickOpenDialog(ConsoleSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Go to project or team"));
    m_search->setPlaceholderText(tr("Type a project or team name…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(480, 360);
    connect(m_search, &QLineEdit::textChanged, this, &QuickOpenDialog::update);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickOpenDialog::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
    update({});
}

QStringList QuickOpenDialog::visibleEntries() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->data(KindRole).toString() + QLatin1Char(':') + m_list->item(i)->data(SlugRole).toString();
    return result;
}

bool QuickOpenDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Arrows in the search field move through the results, so hands stay on the keys.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickOpenDialog::update(const QString& text)
{
    struct Candidate {
        int score;
        QString kind;
        QString slug;
        QString label;
    };
    QList<Candidate> candidates;
    const OrgSnapshot& snapshot = m_session->snapshot();
    const QString pattern = text.trimmed();
    for (const Project& project : snapshot.projects) {
        const int score = fuzzyScore(pattern, project.slug);
        if (score >= 0) {
            const QString teams = project.teamSlugs().join(QStringLiteral(", #"));
            candidates.append({score, QStringLiteral("project"), project.slug,
                               teams.isEmpty() ? tr("%1 — project").arg(project.slug)
                                               : tr("%1 — project of #%2").arg(project.slug, teams)});
        }
    }
    for (const Team& team : snapshot.teams) {
        const int score = fuzzyScore(pattern, team.slug);
        if (score >= 0)
            candidates.append({score, QStringLiteral("team"), team.slug, tr("#%1 — team").arg(team.slug)});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.slug < b.slug;
    });
    m_list->clear();
    for (qsizetype i = 0; i < qMin<qsizetype>(candidates.size(), MaxResults); ++i) {
        auto* item = new QListWidgetItem(candidates[i].label, m_list);
        item->setData(KindRole, candidates[i].kind);
        item->setData(SlugRole, candidates[i].slug);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void QuickOpenDialog::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    emit chosen(item->data(KindRole).toString(), item->data(SlugRole).toString());
    accept();
}

} // namespace sc
