// The dataset thumbnail model: rows per filter (split, class, problem kind), a placeholder at
// once and the decoded, scaled picture after dataChanged, a crossed-out tile for an unreadable
// file, tooltips, and thumbnails of a replaced dataset dropped.

#include <QColor>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "dataset/thumbnail_model.h"

using namespace faicls;
using namespace faicls::gui;

namespace {

DatasetImage imageAt(const QString& path, const std::string& relative, Split split,
                     std::vector<int> labels) {
    DatasetImage image;
    image.path = path.toStdString();
    image.relativePath = relative;
    image.split = split;
    image.labels = std::move(labels);
    image.widthPx = 200;
    image.heightPx = 100;
    return image;
}

}  // namespace

class TestThumbnailModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<DatasetIndex> m_dataset;

    QString writePicture(const QString& name, QColor colour) {
        QImage picture(200, 100, QImage::Format_RGB32);
        picture.fill(colour);
        const QString path = m_dir.filePath(name);
        picture.save(path);
        return path;
    }

    // The decoration of a row once its thumbnail has arrived.
    QImage decodedAt(ThumbnailModel& model, int row) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex index = model.index(row);
        model.data(index, Qt::DecorationRole);  // asks for it
        if (!changed.wait(10000))
            return {};
        return model.data(index, Qt::DecorationRole).value<QImage>();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_dataset = std::make_shared<DatasetIndex>();
        m_dataset->classNames = {"cat", "dog"};
        m_dataset->images = {
            imageAt(writePicture("red.png", Qt::red), "train/cat/red.png", Split::Train, {0}),
            imageAt(writePicture("green.png", Qt::green), "train/dog/green.png", Split::Train, {1}),
            imageAt(writePicture("blue.png", Qt::blue), "valid/cat/blue.png", Split::Valid, {0}),
            imageAt(m_dir.filePath("missing.png"), "valid/dog/missing.png", Split::Valid, {1}),
        };
        m_dataset->problems.push_back({ProblemKind::DuplicateImage,
                                       ProblemSeverity::Warning,
                                       "valid/cat/blue.png",
                                       "same bytes as ...",
                                       {}});
        // Said once for several files: the filter shows all of them, as the report counts.
        m_dataset->problems.push_back({ProblemKind::ConvertedImage,
                                       ProblemSeverity::Info,
                                       "train/cat/red.png",
                                       "3 image(s) with alpha (like this one)",
                                       {"train/dog/green.png", "valid/cat/blue.png"}});
    }

    void filtersSelectRows() {
        ThumbnailModel model;
        model.setDataset(m_dataset);
        QCOMPARE(model.rowCount(), 4);
        model.setFilter(static_cast<int>(Split::Valid), -1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.positionAt(0), size_t(2));
        model.setFilter(-1, 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.positionAt(1), size_t(3));
        model.setFilter(static_cast<int>(Split::Train), 0);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(-1, -1, static_cast<int>(ProblemKind::DuplicateImage));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), ThumbnailModel::PathRole).toString(),
                 m_dir.filePath("blue.png"));
        model.setFilter(-1, -1, static_cast<int>(ProblemKind::ConvertedImage));
        QCOMPARE(model.rowCount(), 3);
        model.setFilter(-1, -1);
        QCOMPARE(model.rowCount(), 4);
    }

    void thumbnailArrivesScaled() {
        ThumbnailModel model;
        model.setDataset(m_dataset);
        const QImage placeholder = model.data(model.index(1), Qt::DecorationRole).value<QImage>();
        QCOMPARE(placeholder.width(), ThumbnailModel::kThumbnailPx);
        const QImage green = decodedAt(model, 1);
        QVERIFY(!green.isNull());
        QCOMPARE(green.width(), ThumbnailModel::kThumbnailPx);  // 200 x 100 → 96 x 48
        QCOMPARE(green.height(), ThumbnailModel::kThumbnailPx / 2);
        QCOMPARE(QColor(green.pixel(10, 10)), QColor(Qt::green));
    }

    void unreadableFileGetsACrossedTile() {
        ThumbnailModel model;
        model.setDataset(m_dataset);
        const QImage tile = decodedAt(model, 3);
        QVERIFY(!tile.isNull());
        QCOMPARE(tile.width(), ThumbnailModel::kThumbnailPx);
        // The cross runs through the centre; the corners stay the placeholder grey.
        const QColor centre(tile.pixel(tile.width() / 2, tile.height() / 2));
        const QColor corner(tile.pixel(2, tile.height() - 30));
        QVERIFY(centre.red() > 150 && centre.green() < 100);
        QCOMPARE(corner, QColor(0xE4, 0xE7, 0xEB));
    }

    void tooltipNamesFileSizeSplitAndLabels() {
        ThumbnailModel model;
        model.setDataset(m_dataset);
        const QString tip = model.data(model.index(0), Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains("train/cat/red.png") && tip.contains("200 × 100") && tip.contains("cat"),
            qPrintable(tip));
    }

    void aReplacedDatasetDropsOldThumbnails() {
        ThumbnailModel model;
        model.setDataset(m_dataset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.data(model.index(0), Qt::DecorationRole);  // decoding starts
        auto other = std::make_shared<DatasetIndex>(*m_dataset);
        other->images.resize(1);
        other->images[0].path = m_dir.filePath("blue.png").toStdString();
        model.setDataset(other);
        QTest::qWait(500);
        // The red thumbnail, if it arrived, was dropped: the new row 0 decodes to blue.
        const QImage blue = decodedAt(model, 0);
        QVERIFY(!blue.isNull());
        QCOMPARE(QColor(blue.pixel(10, 10)), QColor(Qt::blue));
    }
};

QTEST_MAIN(TestThumbnailModel)
#include "tst_thumbnail_model.moc"
