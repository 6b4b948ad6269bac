// SPDX-License-Identifier: MIT
#include "coverageview.h"

#include "consolesession.h"
#include "coveragemarksdelegate.h"
#include "coveragemodel.h"
#include "orgtreemodel.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace sc {

namespace {
QString valueText(const QJsonValue& value)
{
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    return QStringLiteral("—");
}
} // namespace

// Sorts like a QSortFilterProxyModel and hides projects the tree's filter hides (teams stay while
// one of their projects is shown).
class CoverageFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProjects(const std::optional<QSet<QString>>& slugs)
    {
        m_slugs = slugs;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_slugs)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(CoverageModel::KindRole).toInt() != OrgTreeModel::ProjectKind)
            return false; // a group: shown through its projects (recursive filtering)
        return m_slugs->contains(index.data(CoverageModel::SlugRole).toString());
    }

private:
    std::optional<QSet<QString>> m_slugs;
};

CoverageView::CoverageView(ConsoleSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CoverageModel(this))
    , m_proxy(new CoverageFilterProxy(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortRole(CoverageModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CoverageModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAccessibleName(tr("Tier coverage matrix"));
    auto* delegate = new CoverageMarksDelegate(CoverageMarksDelegate::Mode::State, CoverageModel::StateRole, this);
    for (int column = CoverageModel::P0Column; column <= CoverageModel::P3Column; ++column)
        m_view->setItemDelegateForColumn(column, delegate);
    m_view->header()->setStretchLastSection(false);
    // Names are the point of the matrix: wide enough for the longest, elided in the middle (the
    // distinguishing end of "project-0042" stays) with the full name in the tooltip.
    m_view->header()->setSectionResizeMode(CoverageModel::NameColumn, QHeaderView::Interactive);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_summary->setWordWrap(true);
    m_details->setPlaceholderText(tr("Select a cell to see what expresses the tier, what drifted or what is missing."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCell(current); });
    connect(session, &ConsoleSession::snapshotChanged, this, &CoverageView::reload);
    connect(session, &ConsoleSession::auditChanged, this, &CoverageView::reload);
    reload();
}

void CoverageView::setVisibleProjects(const std::optional<QSet<QString>>& slugs)
{
    m_proxy->setProjects(slugs);
    m_view->expandAll();
}

QString CoverageView::cellDetailsText() const { return m_details->toPlainText(); }
QString CoverageView::summaryText() const { return m_summary->text(); }

void CoverageView::reload()
{
    m_model->setData(m_session->snapshot(), m_session->hasAudit() ? m_session->audit() : AuditReport());
    m_view->expandAll();
    for (int column = CoverageModel::NameColumn; column < CoverageModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    if (!m_session->hasAudit()) {
        m_summary->setText(m_session->hasSnapshot() ? tr("Auditing tiers…") : tr("No data yet."));
        return;
    }
    QStringList parts;
    for (int t = 0; t < TierCount; ++t) {
        parts << tr("P%1: %2 present, %3 drifted, %4 missing")
                     .arg(t)
                     .arg(m_model->count(t, OrgTreeModel::OkMark))
                     .arg(m_model->count(t, OrgTreeModel::DriftedMark))
                     .arg(m_model->count(t, OrgTreeModel::MissingMark));
    }
    const QString text = tr("%n project(s).", nullptr, m_model->projectCount()) + QLatin1Char(' ') + parts.join(QStringLiteral(" · "));
    m_summary->setText(text);
}

void CoverageView::showCell(const QModelIndex& proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const ProjectAudit* audit = m_model->projectAudit(index);
    const QString slug = index.siblingAtColumn(0).data(CoverageModel::SlugRole).toString();
    if (index.data(CoverageModel::KindRole).toInt() == OrgTreeModel::ProjectKind)
        m_session->selectProject(slug);
    else if (!slug.isEmpty())
        m_session->selectTeam(slug);
    const int tier = CoverageModel::tierOfColumn(index.column());
    if (!audit || tier < 0) {
        m_details->clear();
        if (audit && index.column() == CoverageModel::UnclassifiedColumn)
            m_details->setPlainText(tr("Unclassified alerts of %1: %2").arg(slug, audit->unclassified.isEmpty() ? tr("none") : audit->unclassified.join(QStringLiteral(", "))));
        return;
    }
    const TierCoverage& coverage = audit->tiers[size_t(tier)];
    const OrgSnapshot& snapshot = m_session->snapshot();
    auto name = [&snapshot](const QString& id) {
        if (const Detector* d = snapshot.detectorById(id))
            return tr("Monitor “%1”").arg(d->name);
        if (const Workflow* w = snapshot.workflowById(id))
            return tr("Alert “%1”").arg(w->name);
        return id;
    };
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("%1 · P%2").arg(slug).arg(tier).toHtmlEscaped());
    switch (coverage.state) {
    case TierState::Ok: html += QStringLiteral("<p>%1</p>").arg(tr("Present and as the policy says.").toHtmlEscaped()); break;
    case TierState::Drifted: html += QStringLiteral("<p>%1</p>").arg(tr("Present, but differs from the policy.").toHtmlEscaped()); break;
    case TierState::Missing: html += QStringLiteral("<p>%1</p>").arg(tr("Missing: nothing expresses this tier.").toHtmlEscaped()); break;
    }
    if (!coverage.objects.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Expressed by:").toHtmlEscaped());
        for (const QString& id : coverage.objects)
            html += QStringLiteral("<li>%1</li>").arg(name(id).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!coverage.missingParts.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("Missing parts:").toHtmlEscaped());
        for (const QString& part : coverage.missingParts)
            html += QStringLiteral("<li>%1</li>").arg(part.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!coverage.drift.isEmpty()) {
        html += QStringLiteral("<table cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
                    .arg(tr("Object").toHtmlEscaped(), tr("Field").toHtmlEscaped(), tr("Policy").toHtmlEscaped(), tr("Server").toHtmlEscaped());
        for (const TierDrift& drift : coverage.drift) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(name(drift.object).toHtmlEscaped(), drift.field.toHtmlEscaped(),
                             valueText(drift.policy).toHtmlEscaped(), valueText(drift.server).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

} // namespace sc
