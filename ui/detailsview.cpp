// SPDX-License-Identifier: MIT
#include "detailsview.h"

#include "consolesession.h"
#include "orgtreemodel.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sc {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("—");
}
} // namespace

DetailsView::DetailsView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_ownershipBox(new QGroupBox(tr("Ownership rules"), this))
    , m_ownership(new QPlainTextEdit(m_ownershipBox))
    , m_edit(new QPushButton(tr("&Edit…"), m_ownershipBox))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // names come from the server: never rendered as rich text
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    connect(m_body, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        emit linkActivated(url.scheme(), url.path());
    });

    m_ownership->setReadOnly(true);
    m_ownership->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ownership->setPlaceholderText(tr("No ownership rules."));
    m_ownership->setMaximumHeight(m_ownership->fontMetrics().lineSpacing() * 10);
    m_edit->setToolTip(tr("Edit this project's ownership rules"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_project.isEmpty())
            emit editOwnershipRequested(m_project);
    });
    auto* ownershipLayout = new QVBoxLayout(m_ownershipBox);
    ownershipLayout->addWidget(m_ownership);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_edit);
    ownershipLayout->addLayout(buttonRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_ownershipBox);
    setTabOrder(m_body, m_ownership);
    setTabOrder(m_ownership, m_edit);

    connect(session, &ConsoleSession::projectSelected, this, &DetailsView::rebuild);
    connect(session, &ConsoleSession::teamSelected, this, &DetailsView::rebuild);
    connect(session, &ConsoleSession::snapshotChanged, this, &DetailsView::rebuild);
    connect(session, &ConsoleSession::auditChanged, this, &DetailsView::rebuild);
    rebuild();
}

QString DetailsView::title() const { return m_title->text(); }
QString DetailsView::bodyText() const { return m_body->toPlainText(); }
QString DetailsView::ownershipText() const { return m_ownership->toPlainText(); }

void DetailsView::rebuild()
{
    m_project.clear();
    if (!m_session->hasSnapshot()) {
        m_title->setText(tr("No data yet"));
        m_body->setHtml(tr("<p>Waiting for the organization to load…</p>"));
        m_ownershipBox->hide();
        return;
    }
    if (!m_session->selectedProject().isEmpty() && m_session->snapshot().projectBySlug(m_session->selectedProject()))
        showProject(m_session->selectedProject());
    else if (!m_session->selectedTeam().isEmpty() && m_session->snapshot().teamBySlug(m_session->selectedTeam()))
        showTeam(m_session->selectedTeam());
    else
        showOrganization();
}

QString DetailsView::alertName(const QString& id) const
{
    const OrgSnapshot& snapshot = m_session->snapshot();
    if (const Detector* detector = snapshot.detectorById(id))
        return tr("Monitor “%1”").arg(detector->name);
    if (const Workflow* workflow = snapshot.workflowById(id))
        return tr("Alert “%1”").arg(workflow->name);
    for (const MetricAlertRule& rule : snapshot.metricAlertRules) {
        if (rule.id == id)
            return tr("Metric alert “%1”").arg(rule.name);
    }
    for (const Project& project : snapshot.projects) {
        for (const IssueAlertRule& rule : project.issueAlertRules) {
            if (rule.id == id)
                return tr("Issue alert “%1”").arg(rule.name);
        }
    }
    return id;
}

void DetailsView::showProject(const QString& slug)
{
    const OrgSnapshot& snapshot = m_session->snapshot();
    const Project* project = snapshot.projectBySlug(slug);
    m_project = slug;
    m_title->setText(project->name.isEmpty() || project->name == slug ? slug : tr("%1 (%2)").arg(slug, project->name));

    QString html;
    html += QStringLiteral("<table cellspacing='4'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("Slug"), esc(project->slug));
    row(tr("Platform"), esc(project->platform.isEmpty() ? tr("unknown") : project->platform));
    QStringList teams;
    for (const TeamRef& team : project->teams)
        teams << QStringLiteral("<a href='team:%1'>#%2</a>").arg(esc(team.slug), esc(team.slug));
    row(tr("Teams"), teams.isEmpty() ? tr("none (unassigned)") : teams.join(QStringLiteral(", ")));
    row(tr("Environments"), project->environments.isEmpty() ? tr("none") : esc(project->environments.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Alerts by tier")));
    const ProjectAudit* audit = m_session->hasAudit() ? m_session->audit().project(slug) : nullptr;
    if (!audit) {
        html += QStringLiteral("<p>%1</p>").arg(esc(m_session->isAuditPending() ? tr("Auditing…") : tr("Not audited.")));
    } else {
        for (int t = 0; t < TierCount; ++t) {
            const TierCoverage& coverage = audit->tiers[size_t(t)];
            QString state;
            switch (coverage.state) {
            case TierState::Ok: state = tr("present"); break;
            case TierState::Drifted: state = tr("drifted"); break;
            case TierState::Missing: state = tr("missing"); break;
            }
            html += QStringLiteral("<p><b>P%1</b> — %2").arg(t).arg(esc(state));
            html += QStringLiteral("<ul>");
            for (const QString& id : coverage.objects)
                html += QStringLiteral("<li>%1</li>").arg(esc(alertName(id)));
            for (const QString& part : coverage.missingParts)
                html += QStringLiteral("<li>%1</li>").arg(esc(tr("missing part: %1").arg(part)));
            for (const TierDrift& drift : coverage.drift)
                html += QStringLiteral("<li>%1</li>").arg(esc(tr("%1: policy %2, server %3").arg(drift.field, jsonText(drift.policy), jsonText(drift.server))));
            html += QStringLiteral("</ul></p>");
        }
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Unclassified alerts")));
        if (audit->unclassified.isEmpty())
            html += QStringLiteral("<li>%1</li>").arg(esc(tr("none")));
        for (const QString& id : audit->unclassified)
            html += QStringLiteral("<li>%1</li>").arg(esc(alertName(id)));
        html += QStringLiteral("</ul>");
    }

    // Monitors and the alerts connected to them, as the server has them.
    const QList<const Detector*> detectors = snapshot.detectorsOfProject(project->id);
    if (!detectors.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Monitors and connected alerts")));
        for (const Detector* detector : detectors) {
            QStringList workflows;
            for (const QString& id : detector->workflowIds) {
                const Workflow* workflow = snapshot.workflowById(id);
                workflows << (workflow ? workflow->name : id);
            }
            for (const Workflow& workflow : snapshot.workflows) {
                if (workflow.detectorIds.contains(detector->id) && !workflows.contains(workflow.name))
                    workflows << workflow.name;
            }
            html += QStringLiteral("<li>%1 <i>(%2)</i> → %3</li>")
                        .arg(esc(detector->name), esc(detector->type),
                             esc(workflows.isEmpty() ? tr("no alert connected") : workflows.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</ul>");
    }
    if (!project->issueAlertRules.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Issue alert rules (legacy)")));
        for (const IssueAlertRule& rule : project->issueAlertRules)
            html += QStringLiteral("<li>%1</li>").arg(esc(rule.name));
        html += QStringLiteral("</ul>");
    }
    m_body->setHtml(html);

    m_ownershipBox->show();
    m_ownership->setPlainText(project->ownership ? project->ownership->raw : QString());
    m_edit->setEnabled(true);
}

void DetailsView::showTeam(const QString& slug)
{
    const OrgSnapshot& snapshot = m_session->snapshot();
    const Team* team = snapshot.teamBySlug(slug);
    m_title->setText(tr("#%1").arg(team->slug));
    QString html;
    if (!team->name.isEmpty() && team->name != team->slug)
        html += QStringLiteral("<p>%1</p>").arg(esc(team->name));
    const QList<const Project*> projects = snapshot.projectsOfTeam(slug);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Projects (%n)", nullptr, int(projects.size()))));
    for (const Project* project : projects) {
        QString line = QStringLiteral("<a href='project:%1'>%1</a>").arg(esc(project->slug));
        if (!project->platform.isEmpty())
            line += QStringLiteral(" <i>%1</i>").arg(esc(project->platform));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    const QList<Member> members = snapshot.teamMembers.value(slug);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Members (%n)", nullptr, int(members.size()))));
    for (const Member& member : members) {
        const QString who = member.name.isEmpty() || member.name == member.email
            ? member.email : tr("%1 <%2>").arg(member.name, member.email);
        html += QStringLiteral("<li>%1%2</li>").arg(esc(who), member.pending ? esc(tr(" (invited)")) : QString());
    }
    if (members.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(esc(tr("none")));
    html += QStringLiteral("</ul>");
    m_body->setHtml(html);
    m_ownershipBox->hide();
}

void DetailsView::showOrganization()
{
    const OrgSnapshot& snapshot = m_session->snapshot();
    m_title->setText(snapshot.organization.name.isEmpty() ? snapshot.orgSlug : snapshot.organization.name);
    QString html = QStringLiteral("<p>%1</p>").arg(esc(tr("%n project(s)", nullptr, int(snapshot.projects.size()))
                                                       + QStringLiteral(" · ")
                                                       + tr("%n team(s)", nullptr, int(snapshot.teams.size()))
                                                       + QStringLiteral(" · ")
                                                       + tr("%n member(s)", nullptr, int(snapshot.members.size()))));
    if (m_session->hasAudit()) {
        const AuditReport& audit = m_session->audit();
        html += QStringLiteral("<table cellspacing='6'><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(esc(tr("present")), esc(tr("drifted")), esc(tr("missing")));
        for (int t = 0; t < TierCount; ++t) {
            html += QStringLiteral("<tr><td><b>P%1</b></td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                        .arg(t)
                        .arg(audit.count(Tier(t), TierState::Ok))
                        .arg(audit.count(Tier(t), TierState::Drifted))
                        .arg(audit.count(Tier(t), TierState::Missing));
        }
        html += QStringLiteral("</table>");
    }
    if (!snapshot.legacyAlertsNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(snapshot.legacyAlertsNote));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Select a team or project on the left, or press Ctrl+K to jump to one.")));
    m_body->setHtml(html);
    m_ownershipBox->hide();
}

} // namespace sc
