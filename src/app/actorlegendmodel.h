#pragma once
// ActorLegendModel: the legend under the map — each top-level actor with its colour and how many
// places it holds at the current instant under the current lens. Rows are fixed once the
// scenario loads; counts change with dataChanged only.
#include <QAbstractListModel>
#include <QColor>
#include <QtQml/qqmlregistration.h>

namespace sitrep::app {

class ActorLegendModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ControlModel.legend")

public:
    enum Role { ActorIdRole = Qt::UserRole + 1, NameRole, ColorRole, CountRole };
    struct Row {
        QString actorId;
        QString name;
        QColor color;
        int count = 0;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<Row> rows);
    // Sets the counts by actor id (missing ids count 0); emits dataChanged for changed rows.
    void setCounts(const QHash<QString, int>& counts);
    Q_INVOKABLE int countOf(const QString& actorId) const;

private:
    std::vector<Row> m_rows;
};

} // namespace sitrep::app
