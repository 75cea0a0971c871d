#include "dataset/thumbnail_model.h"

#include <QImageReader>
#include <QPainter>
#include <QPointer>
#include <QRunnable>

namespace faicls::gui {

namespace {

QImage loadThumbnail(const QString& path, int sidePx) {
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation, as the engine applies it
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > sidePx || size.height() > sidePx))
        reader.setScaledSize(size.scaled(sidePx, sidePx, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > sidePx || image.height() > sidePx)
        image = image.scaled(sidePx, sidePx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Small images (28 px Fashion-MNIST) are enlarged without blur, so they stay crisp.
    if (image.width() < sidePx / 2 && image.height() < sidePx / 2)
        image = image.scaled(sidePx, sidePx, Qt::KeepAspectRatio, Qt::FastTransformation);
    return image.convertToFormat(QImage::Format_RGB32);
}

}  // namespace

ThumbnailModel::ThumbnailModel(QObject* parent) : QAbstractListModel(parent) {
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_placeholder = QImage(kThumbnailPx, kThumbnailPx, QImage::Format_RGB32);
    m_placeholder.fill(QColor(0xE4, 0xE7, 0xEB));
}

ThumbnailModel::~ThumbnailModel() {
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailModel::setDataset(std::shared_ptr<const DatasetIndex> dataset) {
    beginResetModel();
    ++m_generation;
    m_pool.clear();
    m_cache.clear();
    m_pending.clear();
    m_dataset = std::move(dataset);
    m_rows.clear();
    m_rowsSorted = true;
    if (m_dataset)
        for (size_t i = 0; i < m_dataset->images.size(); ++i)
            m_rows.push_back(i);
    endResetModel();
}

void ThumbnailModel::showSamples(int perClass) {
    beginResetModel();
    m_rows.clear();
    m_rowsSorted = false;
    if (m_dataset) {
        std::vector<std::vector<size_t>> byClass(m_dataset->classNames.size());
        for (size_t i = 0; i < m_dataset->images.size(); ++i) {
            const DatasetImage& image = m_dataset->images[i];
            if (image.split == Split::Train && !image.labels.empty())
                byClass[static_cast<size_t>(image.labels.front())].push_back(i);
        }
        for (const auto& images : byClass) {
            const size_t count = std::min(images.size(), static_cast<size_t>(perClass));
            for (size_t k = 0; k < count; ++k)
                m_rows.push_back(images[k * images.size() / count]);
        }
    }
    endResetModel();
}

void ThumbnailModel::setFilter(int split, int classId, int problemKind) {
    beginResetModel();
    m_rows.clear();
    m_rowsSorted = true;
    QSet<QString> withProblem;
    if (m_dataset && problemKind >= 0)
        for (const auto& problem : m_dataset->problems)
            if (static_cast<int>(problem.kind) == problemKind) {
                withProblem.insert(QString::fromStdString(problem.path));
                for (const auto& other : problem.otherPaths)  // said once for many files
                    withProblem.insert(QString::fromStdString(other));
            }
    if (m_dataset) {
        for (size_t i = 0; i < m_dataset->images.size(); ++i) {
            const DatasetImage& image = m_dataset->images[i];
            if (split >= 0 && static_cast<int>(image.split) != split)
                continue;
            if (classId >= 0 &&
                std::find(image.labels.begin(), image.labels.end(), classId) == image.labels.end())
                continue;
            if (problemKind >= 0 &&
                !withProblem.contains(QString::fromStdString(image.relativePath)))
                continue;
            m_rows.push_back(i);
        }
    }
    endResetModel();
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!m_dataset || !index.isValid() || index.row() >= rowCount())
        return {};
    const size_t position = m_rows[static_cast<size_t>(index.row())];
    const DatasetImage& image = m_dataset->images[position];
    switch (role) {
        case Qt::DecorationRole: {
            if (const QImage* cached = m_cache.object(position))
                return *cached;
            requestThumbnail(position);
            return m_placeholder;
        }
        case Qt::ToolTipRole: {
            QStringList labels;
            for (int label : image.labels)
                labels << QString::fromStdString(m_dataset->classNames[static_cast<size_t>(label)]);
            return tr("%1\n%2 × %3 px · %4\n%5")
                .arg(QString::fromStdString(image.relativePath))
                .arg(image.widthPx)
                .arg(image.heightPx)
                .arg(QString::fromUtf8(splitName(image.split)))
                .arg(labels.isEmpty() ? tr("no label") : labels.join(QStringLiteral(", ")));
        }
        case PathRole:
            return QString::fromStdString(image.path);
        case PositionRole:
            return QVariant::fromValue(static_cast<qulonglong>(position));
        default:
            return {};
    }
}

void ThumbnailModel::requestThumbnail(size_t position) const {
    if (m_pending.contains(position))
        return;
    m_pending.insert(position);
    const QString path = QString::fromStdString(m_dataset->images[position].path);
    const quint64 generation = m_generation;
    QPointer<ThumbnailModel> self(const_cast<ThumbnailModel*>(this));
    m_pool.start([self, path, position, generation] {
        const QImage image = loadThumbnail(path, kThumbnailPx);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, position, image] {
                if (self)
                    self->thumbnailReady(generation, position, image);
            },
            Qt::QueuedConnection);
    });
}

void ThumbnailModel::thumbnailReady(quint64 generation, size_t position, const QImage& image) {
    if (generation != m_generation)
        return;
    m_pending.remove(position);
    QImage thumbnail = image;
    if (thumbnail.isNull()) {  // unreadable: a crossed-out tile, not an endless retry
        thumbnail = m_placeholder.copy();
        QPainter painter(&thumbnail);
        painter.setPen(QPen(QColor(0xC0, 0x39, 0x2B), 3));
        painter.drawLine(10, 10, kThumbnailPx - 10, kThumbnailPx - 10);
        painter.drawLine(10, kThumbnailPx - 10, kThumbnailPx - 10, 10);
    }
    m_cache.insert(position, new QImage(thumbnail));
    // Rows hold dataset positions in increasing order: a binary search, not a scan of 100k rows
    // for every thumbnail that arrives.
    const auto row = m_rowsSorted ? std::lower_bound(m_rows.begin(), m_rows.end(), position)
                                  : std::find(m_rows.begin(), m_rows.end(), position);
    if (row != m_rows.end() && *row == position) {
        const QModelIndex changed = index(static_cast<int>(row - m_rows.begin()));
        Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

}  // namespace faicls::gui
