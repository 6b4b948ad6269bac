// SPDX-License-Identifier: MIT
#include "orghealthview.h"

#include "architectureauditor.h"
#include "consolesession.h"
#include "orghealthmodel.h"

#include <algorithm>

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sc {

namespace {

enum class Mood { Good, Warn, Bad, Neutral };

QColor moodColor(Mood mood, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (mood) {
    case Mood::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Mood::Warn: return dark ? QColor(0xff, 0xca, 0x28) : QColor(0x9a, 0x67, 0x00);
    case Mood::Bad: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb3, 0x26, 0x1e);
    case Mood::Neutral: break;
    }
    return palette.color(QPalette::Text);
}

Mood tierMood(const TierHealth& tier)
{
    if (tier.required == 0)
        return Mood::Neutral;
    return tier.missing ? Mood::Bad : tier.drifted ? Mood::Warn : Mood::Good;
}

void setMood(QLabel* label, Mood mood)
{
    label->setProperty("mood", int(mood));
    QPalette p = label->palette();
    const QColor color = moodColor(mood, label->parentWidget() ? label->parentWidget()->palette() : p);
    // On a card (Base background) a label draws with Text, elsewhere with WindowText.
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    label->setPalette(p);
}

} // namespace

OrgHealthView::OrgHealthView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new OrgHealthModel(this))
    , m_title(new QLabel(this))
    , m_problemsTitle(new QLabel(this))
    , m_problems(new QTreeView(this))
    , m_rebuild(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("orgHealthView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto* cards = new QGridLayout;
    cards->setSpacing(8);
    for (int t = 0; t < TierCount; ++t) {
        const QString tier = tierName(Tier(t));
        m_tiers[size_t(t)] = addCard(QStringLiteral("healthTier") + tier, tr("%1 coverage").arg(tier), true);
        cards->addWidget(m_tiers[size_t(t)].frame, 0, t);
    }
    m_architecture = addCard(QStringLiteral("healthArchitecture"), tr("Architecture checks"), false);
    m_unpushed = addCard(QStringLiteral("healthUnpushed"), tr("Unpushed changes"), false);
    m_sync = addCard(QStringLiteral("healthLastSync"), tr("Last sync"), false);
    m_budget = addCard(QStringLiteral("healthRateBudget"), tr("Rate-limit budget"), false);
    cards->addWidget(m_architecture.frame, 1, 0);
    cards->addWidget(m_unpushed.frame, 1, 1);
    cards->addWidget(m_sync.frame, 1, 2);
    cards->addWidget(m_budget.frame, 1, 3);
    for (int c = 0; c < 4; ++c)
        cards->setColumnStretch(c, 1);

    m_review = new QPushButton(tr("Review &pending changes"), m_unpushed.frame);
    m_review->setObjectName(QStringLiteral("healthReviewPending"));
    m_review->setToolTip(tr("Show the pending-changes panel to preview and push the drafts"));
    m_unpushed.frame->layout()->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &OrgHealthView::reviewPendingRequested);

    m_problemsTitle->setObjectName(QStringLiteral("healthProblemsTitle"));
    QFont sectionFont = m_problemsTitle->font();
    sectionFont.setBold(true);
    m_problemsTitle->setFont(sectionFont);
    m_problems->setObjectName(QStringLiteral("healthProblems"));
    m_problems->setModel(m_model);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->setAllColumnsShowFocus(true);
    m_problems->setTextElideMode(Qt::ElideMiddle);
    m_problems->setAccessibleName(tr("Projects with problems"));
    m_problems->setToolTip(tr("Double-click or press Enter to open the project or team"));
    m_problems->header()->setStretchLastSection(true);
    m_problems->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_problems, &QTreeView::activated, this, &OrgHealthView::activate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(cards);
    layout->addSpacing(6);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems, 1);
    setFocusProxy(m_problems);

    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(0);
    connect(m_rebuild, &QTimer::timeout, this, &OrgHealthView::rebuild);
    connect(m_ageTimer, &QTimer::timeout, this, &OrgHealthView::updateSync);
    m_ageTimer->start(30 * 1000);

    if (m_session) {
        connect(m_session, &ConsoleSession::snapshotChanged, this, &OrgHealthView::scheduleRebuild);
        connect(m_session, &ConsoleSession::auditChanged, this, &OrgHealthView::scheduleRebuild);
        connect(m_session->architectureAuditor(), &ArchitectureAuditor::started, this, &OrgHealthView::scheduleRebuild);
        connect(m_session->architectureAuditor(), &ArchitectureAuditor::finished, this, &OrgHealthView::scheduleRebuild);
        connect(m_session, &ConsoleSession::draftsChanged, this, &OrgHealthView::updateDraft);
        connect(m_session, &ConsoleSession::profileChanged, this, &OrgHealthView::updateDrafts);
        connect(m_session, &ConsoleSession::profileChanged, this, &OrgHealthView::scheduleRebuild);
        for (auto signal : {&ConsoleSession::refreshStarted, &ConsoleSession::refreshFinished})
            connect(m_session, signal, this, &OrgHealthView::updateSync);
        connect(m_session, &ConsoleSession::refreshFailed, this, &OrgHealthView::updateSync);
        connect(m_session, &ConsoleSession::rateLimitChanged, this, &OrgHealthView::updateBudget);
    }
    rebuild();
    updateDrafts();
}

OrgHealthView::Card OrgHealthView::addCard(const QString& objectName, const QString& title, bool withBar)
{
    Card card;
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(frame);
    layout->setSpacing(3);
    auto* heading = new QLabel(title, frame);
    heading->setForegroundRole(QPalette::PlaceholderText);
    card.value = new QLabel(frame);
    card.value->setObjectName(objectName + QStringLiteral("Value"));
    card.value->setTextFormat(Qt::PlainText);
    card.value->setWordWrap(true);
    QFont valueFont = card.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.2);
    valueFont.setBold(true);
    card.value->setFont(valueFont);
    card.detail = new QLabel(frame);
    card.detail->setObjectName(objectName + QStringLiteral("Detail"));
    card.detail->setTextFormat(Qt::PlainText);
    card.detail->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(card.value);
    if (withBar) {
        card.bar = new QProgressBar(frame);
        card.bar->setTextVisible(false);
        card.bar->setMaximumHeight(8);
        layout->addWidget(card.bar);
    }
    layout->addWidget(card.detail);
    layout->addStretch(1);
    card.frame = frame;
    return card;
}

void OrgHealthView::scheduleRebuild()
{
    m_rebuild->start();
}

void OrgHealthView::rebuild()
{
    const bool loaded = m_session && m_session->hasSnapshot();
    if (!loaded) {
        m_health = OrgHealth();
    } else {
        const ArchitectureAuditor* auditor = m_session->architectureAuditor();
        m_health = summarizeOrgHealth(m_session->snapshot(), m_session->hasAudit() ? &m_session->audit() : nullptr,
                                      auditor->hasAudit() ? &auditor->audit() : nullptr);
    }
    if (!m_session || m_session->profileName().isEmpty())
        m_title->setText(tr("Org health: no connection profile open"));
    else
        m_title->setText(tr("Org health of %1").arg(loaded && !m_session->snapshot().organization.name.isEmpty()
                                                        ? m_session->snapshot().organization.name
                                                        : m_session->orgSlug()));

    const bool tiersPending = !loaded || !m_session->hasAudit() || m_session->isAuditPending();
    for (int t = 0; t < TierCount; ++t) {
        const TierHealth& tier = m_health.tiers[size_t(t)];
        Card& card = m_tiers[size_t(t)];
        if (!loaded) {
            card.value->setText(QStringLiteral("–"));
            card.detail->setText(m_session && m_session->isRefreshing() ? tr("Loading…") : tr("No organization loaded."));
        } else if (!m_health.tiersAudited) {
            card.value->setText(QStringLiteral("–"));
            card.detail->setText(tr("Checking…"));
        } else {
            card.value->setText(tierHealthText(tier));
            card.detail->setText(tiersPending ? tr("Checking…") : tierHealthDetail(tier));
        }
        card.bar->setRange(0, qMax(tier.required, 1));
        card.bar->setValue(tier.covered);
        card.bar->setToolTip(tr("%1 of %2 services express %3 as the policy says")
                                 .arg(tier.covered).arg(tier.required).arg(tierName(Tier(t))));
        const Mood mood = loaded && m_health.tiersAudited ? tierMood(tier) : Mood::Neutral;
        setMood(card.value, mood);
        QPalette barPalette = card.bar->palette();
        barPalette.setColor(QPalette::Highlight, mood == Mood::Neutral ? palette().color(QPalette::Highlight) : moodColor(mood, palette()));
        card.bar->setPalette(barPalette);
    }

    const ArchitectureAuditor* auditor = m_session ? m_session->architectureAuditor() : nullptr;
    const bool architecturePending = loaded && auditor && (auditor->isPending() || !auditor->hasAudit());
    if (!loaded) {
        m_architecture.value->setText(QStringLiteral("–"));
        m_architecture.detail->clear();
        setMood(m_architecture.value, Mood::Neutral);
    } else if (!m_health.architectureAudited) {
        m_architecture.value->setText(tr("Checking…"));
        m_architecture.detail->setText(tr("The reference-architecture audit runs in the background."));
        setMood(m_architecture.value, Mood::Neutral);
    } else {
        m_architecture.value->setText(m_health.architectureFailures
                                          ? tr("%n failing check(s)", nullptr, m_health.architectureFailures)
                                          : tr("No failing checks"));
        const int warnings = m_health.architectureProblems - m_health.architectureFailures;
        m_architecture.detail->setText(architecturePending ? tr("Checking the new data…")
                                       : warnings > 0      ? tr("%n warning(s) besides.", nullptr, warnings)
                                                           : tr("Every check of the policy, across %n project(s).", nullptr,
                                                                m_health.projects));
        setMood(m_architecture.value, m_health.architectureFailures ? Mood::Bad : warnings ? Mood::Warn : Mood::Good);
    }

    m_model->setProblems(m_health.problems);
    for (int c = 0; c < OrgHealthModel::ColumnCount - 1; ++c)
        m_problems->resizeColumnToContents(c);
    // Long ownership texts must not push the architecture column off the page.
    if (m_problems->columnWidth(OrgHealthModel::OwnershipColumn) > 320)
        m_problems->setColumnWidth(OrgHealthModel::OwnershipColumn, 320);
    updateProblemsTitle();
    updateSync();
    updateBudget();
}

void OrgHealthView::updateProblemsTitle()
{
    const bool loaded = m_session && m_session->hasSnapshot();
    const int projects = m_health.projectsWithProblems();
    const int others = int(m_health.problems.size()) - projects;
    QString text;
    if (!loaded)
        text = tr("Projects with problems");
    else if (m_health.problems.isEmpty())
        text = m_health.tiersAudited && m_health.architectureAudited ? tr("No project has a problem.")
                                                                     : tr("Projects with problems: checking…");
    else
        text = tr("Projects with problems: %1 of %n", nullptr, m_health.projects).arg(projects)
             + (others ? QStringLiteral(" · ") + tr("%n team or organization finding(s)", nullptr, others) : QString());
    m_problemsTitle->setText(text);
}

// One draft saved (the ownership editor's autosave names it): re-read that file only.
void OrgHealthView::updateDraft(const QString& key)
{
    if (key.isEmpty() || !m_session || m_session->profileName() != m_draftsProfile) {
        updateDrafts();
        return;
    }
    const auto it = std::find_if(m_drafts.begin(), m_drafts.end(), [&](const DraftHealth& d) { return d.key == key; });
    if (!m_session->drafts().contains(m_draftsProfile, key)) {
        if (it != m_drafts.end())
            m_drafts.erase(it);
    } else {
        const Result<ChangeSet> changes = m_session->drafts().load(m_draftsProfile, key);
        const DraftHealth entry{key, changes ? int(changes->operations.size()) : 0};
        if (it != m_drafts.end())
            *it = entry;
        else
            m_drafts.insert(std::lower_bound(m_drafts.begin(), m_drafts.end(), key,
                                             [](const DraftHealth& d, const QString& k) { return d.key < k; }),
                            entry);
    }
    showDrafts();
}

void OrgHealthView::updateDrafts()
{
    m_drafts.clear();
    m_draftsProfile.clear();
    if (m_session && !m_session->profileName().isEmpty()) {
        const QString profile = m_session->profileName();
        m_draftsProfile = profile;
        for (const QString& key : m_session->drafts().keys(profile)) {
            const Result<ChangeSet> changes = m_session->drafts().load(profile, key);
            m_drafts.append({key, changes ? int(changes->operations.size()) : 0});
        }
    }
    showDrafts();
}

void OrgHealthView::showDrafts()
{
    m_unpushed.value->setText(unpushedText(m_drafts));
    QStringList keys;
    for (const DraftHealth& d : std::as_const(m_drafts))
        keys << d.key;
    m_unpushed.detail->setText(keys.isEmpty() ? tr("Every edit has been pushed.")
                                              : QLocale().createSeparatedList(keys.mid(0, 4))
                                                    + (keys.size() > 4 ? QStringLiteral(" …") : QString()));
    m_unpushed.detail->setToolTip(keys.join(QLatin1Char('\n')));
    m_review->setEnabled(!m_drafts.isEmpty());
    setMood(m_unpushed.value, m_drafts.isEmpty() ? Mood::Neutral : Mood::Warn);
}

void OrgHealthView::updateSync()
{
    if (!m_session)
        return;
    const std::optional<Error> error = m_session->lastError();
    const bool failed = error && error->kind != ErrorKind::Canceled;
    m_sync.value->setText(lastSyncText(m_session->snapshotTakenAt(), m_session->isSnapshotFromCache(),
                                       failed ? std::optional<QString>(error->message) : std::nullopt,
                                       QDateTime::currentDateTimeUtc()));
    m_sync.detail->setText(m_session->isRefreshing() ? tr("Refreshing now…")
                           : failed                  ? error->message
                                                     : tr("Refresh with F5."));
    setMood(m_sync.value, failed ? Mood::Bad : m_session->isSnapshotFromCache() ? Mood::Warn : Mood::Neutral);
}

void OrgHealthView::updateBudget()
{
    if (!m_session)
        return;
    const RateLimitState state = m_session->rateLimit();
    const RateBudget budget{state.limit, state.remaining, state.resetEpoch, state.concurrentLimit, state.concurrentRemaining};
    m_budget.value->setText(rateBudgetText(budget));
    m_budget.detail->setText(rateBudgetDetail(budget));
    const bool low = budget.limit > 0 && budget.remaining >= 0 && budget.remaining * 10 < budget.limit;
    setMood(m_budget.value, low ? Mood::Warn : Mood::Neutral);
}

void OrgHealthView::updateColors()
{
    for (QLabel* label : findChildren<QLabel*>()) {
        const QVariant mood = label->property("mood");
        if (mood.isValid())
            setMood(label, Mood(mood.toInt()));
    }
}

void OrgHealthView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    QWidget::changeEvent(event);
}

void OrgHealthView::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString slug = index.data(OrgHealthModel::SlugRole).toString();
    switch (index.data(OrgHealthModel::KindRole).toInt()) {
    case OrgHealthModel::ProjectKind: emit openRequested(QStringLiteral("project"), slug); break;
    case OrgHealthModel::TeamKind: emit openRequested(QStringLiteral("team"), slug); break;
    default: emit openRequested(QStringLiteral("architecture"), {}); break;
    }
}

} // namespace sc
