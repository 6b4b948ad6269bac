// SPDX-License-Identifier: MIT
#include "unreadabledraftswidget.h"
#include "consolesession.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sc {

UnreadableDraftsWidget::UnreadableDraftsWidget(ConsoleSession* session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(u"unreadableDrafts"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_label = new QLabel(this);
    m_list = new QComboBox(this);
    m_list->setObjectName(u"unreadableDraftList"_s);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showError = new QPushButton(tr("Show error"), this);
    m_openFolder = new QPushButton(tr("Open folder"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(u"deleteUnreadableDraft"_s);
    layout->addWidget(m_label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showError);
    layout->addWidget(m_openFolder);
    layout->addWidget(m_delete);
    connect(m_showError, &QPushButton::clicked, this, &UnreadableDraftsWidget::showError);
    connect(m_openFolder, &QPushButton::clicked, this, &UnreadableDraftsWidget::openFolder);
    connect(m_delete, &QPushButton::clicked, this, &UnreadableDraftsWidget::askDelete);
    reload();
}

void UnreadableDraftsWidget::reload()
{
    m_drafts = m_session ? m_session->drafts().unreadable(m_session->profileName()) : QList<UnreadableDraft>{};
    m_list->clear();
    for (const UnreadableDraft& draft : std::as_const(m_drafts)) {
        const QString name = QFileInfo(draft.path).fileName();
        m_list->addItem(tr("%1 (set aside %2)").arg(draft.key, name.section(u".unreadable-"_s, -1)));
        m_list->setItemData(m_list->count() - 1, draft.path + u'\n' + draft.error, Qt::ToolTipRole);
    }
    m_label->setText(tr("%n unreadable draft(s), kept aside:", nullptr, int(m_drafts.size())));
    setVisible(!m_drafts.isEmpty());
}

const UnreadableDraft* UnreadableDraftsWidget::current() const
{
    const int index = m_list->currentIndex();
    return index >= 0 && index < m_drafts.size() ? &m_drafts.at(index) : nullptr;
}

void UnreadableDraftsWidget::showError()
{
    const UnreadableDraft* draft = current();
    if (!draft)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unreadable draft"),
                                tr("The draft %1 could not be read, so it was set aside and nothing was written over it.")
                                    .arg(draft->key),
                                QMessageBox::Close, this);
    box->setObjectName(u"unreadableDraftError"_s);
    box->setInformativeText(tr("File: %1").arg(draft->path));
    box->setDetailedText(draft->error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void UnreadableDraftsWidget::openFolder()
{
    if (const UnreadableDraft* draft = current())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(draft->path).absolutePath()));
}

void UnreadableDraftsWidget::askDelete()
{
    const UnreadableDraft* draft = current();
    if (!draft || !m_session)
        return;
    const UnreadableDraft chosen = *draft;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete unreadable draft"),
                                tr("Delete %1 for good? Its content cannot be recovered.").arg(chosen.path),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDeleteUnreadableDraft"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, chosen](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_session)
            return;
        if (Result<void> removed = m_session->drafts().removeUnreadable(chosen); !removed)
            m_label->setText(removed.error().message);
        else
            reload();
    });
    box->open();
}

} // namespace sc
