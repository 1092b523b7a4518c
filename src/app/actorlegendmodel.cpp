#include "actorlegendmodel.h"

namespace sitrep::app {

int ActorLegendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ActorLegendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ActorIdRole: return r.actorId;
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case ColorRole: return r.color;
    case CountRole: return r.count;
    default: return {};
    }
}

QHash<int, QByteArray> ActorLegendModel::roleNames() const
{
    return {{ActorIdRole, "actorId"}, {NameRole, "name"}, {ColorRole, "color"}, {CountRole, "count"}};
}

void ActorLegendModel::setRows(std::vector<Row> rows)
{
    beginResetModel(); // once, when a scenario loads
    m_rows = std::move(rows);
    endResetModel();
}

void ActorLegendModel::setCounts(const QHash<QString, int>& counts)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int c = counts.value(m_rows[i].actorId, 0);
        if (c == m_rows[i].count)
            continue;
        m_rows[i].count = c;
        const QModelIndex idx = index(static_cast<int>(i));
        emit dataChanged(idx, idx, {CountRole});
    }
}

int ActorLegendModel::countOf(const QString& actorId) const
{
    for (const Row& r : m_rows)
        if (r.actorId == actorId)
            return r.count;
    return 0;
}

} // namespace sitrep::app
