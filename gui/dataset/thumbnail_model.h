#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QSet>
#include <QThreadPool>
#include <memory>

#include "faicls/dataset.h"

namespace faicls::gui {

/// The images of a dataset (optionally one split and one class) as a list model whose
/// decoration is a thumbnail. Only the rows a view asks for are decoded, on a thread pool,
/// scaled while decoding and cached; so a grid of 100,000 images scrolls smoothly.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kThumbnailPx = 96;
    enum Role { PathRole = Qt::UserRole + 1, PositionRole };

    explicit ThumbnailModel(QObject* parent = nullptr);
    ~ThumbnailModel() override;

    void setDataset(std::shared_ptr<const DatasetIndex> dataset);
    /// -1: every split / every class / regardless of problems. `problemKind`: only images the
    /// scan reported a problem of this kind for (ProblemKind as int).
    void setFilter(int split, int classId, int problemKind = -1);
    /// Instead of a filter: up to `perClass` training pictures of each class, spread over the
    /// class, in class order (the overview's sample pictures).
    void showSamples(int perClass);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    /// Position in the dataset's image list of a row.
    size_t positionAt(int row) const { return m_rows.at(static_cast<size_t>(row)); }

private:
    void requestThumbnail(size_t position) const;
    void thumbnailReady(quint64 generation, size_t position, const QImage& image);

    std::shared_ptr<const DatasetIndex> m_dataset;
    std::vector<size_t> m_rows;
    bool m_rowsSorted = true;  ///< rows in dataset order (a filter), not grouped (samples)
    mutable QCache<size_t, QImage> m_cache{4000};
    mutable QSet<size_t> m_pending;
    mutable QThreadPool m_pool;
    quint64 m_generation = 0;  ///< thumbnails of an older dataset are dropped
    QImage m_placeholder;
};

}  // namespace faicls::gui
