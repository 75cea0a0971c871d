#include "dataset/class_samples_model.h"

#include "dataset/thumbnail_model.h"

namespace faicls::gui {

ClassSamplesModel::ClassSamplesModel(int perClass, QObject* parent)
    : QAbstractTableModel(parent), m_perClass(perClass), m_thumbnails(new ThumbnailModel(this)) {
    connect(m_thumbnails, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                for (int row = from.row(); row <= to.row(); ++row)
                    for (size_t c = 0; c < m_rowsOfClass.size(); ++c)
                        for (size_t k = 0; k < m_rowsOfClass[c].size(); ++k)
                            if (m_rowsOfClass[c][k] == row) {
                                const QModelIndex cell =
                                    index(static_cast<int>(c), static_cast<int>(k));
                                Q_EMIT dataChanged(cell, cell, roles);
                            }
            });
}

void ClassSamplesModel::setDataset(std::shared_ptr<const DatasetIndex> dataset) {
    beginResetModel();
    m_dataset = dataset;
    m_thumbnails->setDataset(std::move(dataset));
    m_thumbnails->showSamples(m_perClass);
    regroup();
    endResetModel();
}

// The samples come grouped by class, in class order.
void ClassSamplesModel::regroup() {
    m_rowsOfClass.assign(m_dataset ? m_dataset->classNames.size() : 0, {});
    for (int row = 0; row < m_thumbnails->rowCount(); ++row) {
        const size_t position = m_thumbnails->positionAt(row);
        const auto& labels = m_dataset->images[position].labels;
        if (!labels.empty())
            m_rowsOfClass[static_cast<size_t>(labels.front())].push_back(row);
    }
}

int ClassSamplesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rowsOfClass.size());
}

int ClassSamplesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_perClass;
}

QVariant ClassSamplesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& rows = m_rowsOfClass[static_cast<size_t>(index.row())];
    if (index.column() >= static_cast<int>(rows.size()) || role == Qt::DisplayRole)
        return {};
    return m_thumbnails->index(rows[static_cast<size_t>(index.column())]).data(role);
}

QVariant ClassSamplesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Vertical || !m_dataset ||
        section >= rowCount())
        return {};
    return QString::fromStdString(m_dataset->classNames[static_cast<size_t>(section)]);
}

}  // namespace faicls::gui
