// SPDX-License-Identifier: MIT
#include "orgfilterproxymodel.h"

#include "orgtreemodel.h"

#include <QRegularExpression>

namespace sc {

namespace {
std::optional<int> stateFromWord(QStringView word)
{
    if (word == QLatin1String("missing"))
        return int(OrgTreeModel::MissingMark);
    if (word == QLatin1String("drifted") || word == QLatin1String("drift"))
        return int(OrgTreeModel::DriftedMark);
    if (word == QLatin1String("ok") || word == QLatin1String("present"))
        return int(OrgTreeModel::OkMark);
    return std::nullopt;
}

std::optional<int> tierFromWord(QStringView word)
{
    if (word == QLatin1String("any") || word == QLatin1String("*"))
        return -1;
    if (word.size() == 2 && word[0] == QLatin1Char('p') && word[1] >= QLatin1Char('0') && word[1] <= QLatin1Char('3'))
        return word[1].unicode() - '0';
    return std::nullopt;
}
} // namespace

OrgFilterProxyModel::OrgFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void OrgFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_tree = qobject_cast<OrgTreeModel*>(model);
    Q_ASSERT(m_tree || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

OrgFilterProxyModel::Terms OrgFilterProxyModel::parseQuery(const QString& query)
{
    Terms terms;
    const QStringList words = query.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QStringView key = QStringView(word).left(colon);
            const QStringView value = QStringView(word).mid(colon + 1);
            if (value.isEmpty())
                continue; // "team:" while typing: no constraint yet
            if (key == QLatin1String("team")) {
                terms.teams.append(value.toString().remove(QLatin1Char('#')));
                continue;
            }
            if (key == QLatin1String("platform")) {
                terms.platforms.append(value.toString());
                continue;
            }
            const std::optional<int> state = stateFromWord(key);
            if (state) {
                bool any = false;
                for (QStringView tierWord : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (const std::optional<int> tier = tierFromWord(tierWord)) {
                        terms.states.append({*tier, *state});
                        any = true;
                    }
                }
                if (any)
                    continue;
            }
        }
        // "missing P0" as two words.
        if (const std::optional<int> state = stateFromWord(word); state && i + 1 < words.size()) {
            if (const std::optional<int> tier = tierFromWord(words[i + 1]); tier && *tier >= 0) {
                terms.states.append({*tier, *state});
                ++i;
                continue;
            }
        }
        terms.text.append(word);
    }
    return terms;
}

void OrgFilterProxyModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_terms = parseQuery(query);
    invalidateFilter();
}

bool OrgFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty() || !m_tree)
        return true;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    const OrgTreeModel::RowInfo row = m_tree->rowInfo(index);
    if (row.kind != OrgTreeModel::ProjectKind)
        return false; // shown through recursive filtering when a project below matches
    for (const QString& text : m_terms.text) {
        if (!row.searchKey->contains(text))
            return false;
    }
    for (const QString& team : m_terms.teams) {
        if (!row.team->contains(team))
            return false;
    }
    for (const QString& platform : m_terms.platforms) {
        if (!row.platform->contains(platform))
            return false;
    }
    for (const auto& [tier, state] : m_terms.states) {
        if (tier >= 0) {
            if ((*row.coverage)[size_t(tier)] != state)
                return false;
        } else if (std::find(row.coverage->begin(), row.coverage->end(), qint8(state)) == row.coverage->end()) {
            return false;
        }
    }
    return true;
}

} // namespace sc
