#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

#include "faicls/dataset.h"

namespace faicls::gui {

class ThumbnailModel;

/// A few training pictures of each class as a table: one row per class (its name in the row
/// header), one picture per column. The thumbnails come from a ThumbnailModel in samples mode,
/// so they load on its threads as the view asks for them.
class ClassSamplesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ClassSamplesModel(int perClass, QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const DatasetIndex> dataset);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void regroup();

    const int m_perClass;
    ThumbnailModel* m_thumbnails;
    std::shared_ptr<const DatasetIndex> m_dataset;
    /// [class] → the thumbnail rows of its pictures.
    std::vector<std::vector<int>> m_rowsOfClass;
};

}  // namespace faicls::gui
