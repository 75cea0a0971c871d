// The input pipeline: same seed → same batches whatever the thread count; every image once per
// epoch; the evaluation path equals the bundle's policy; multi-hot targets; an unreadable image is
// skipped and reported; padding; cancel.

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <thread>

#include "data/data_loader.h"
#include "data/image_preprocess.h"
#include "faicls/demo_datasets.h"

using namespace faicls;

namespace {

data::LoaderOptions options(int workers, uint64_t seed = 42, int resolution = 32) {
    data::LoaderOptions o;
    o.batchSize = 8;
    o.workers = workers;
    o.seed = seed;
    o.policy.resolution = {resolution, resolution};
    return o;
}

std::vector<data::Batch> epoch(data::DataLoader& loader, int number) {
    loader.startEpoch(number);
    std::vector<data::Batch> batches;
    while (auto batch = loader.next())
        batches.push_back(std::move(*batch));
    return batches;
}

bool same(const std::vector<data::Batch>& a, const std::vector<data::Batch>& b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].positions != b[i].positions || !torch::equal(a[i].images, b[i].images) ||
            !torch::equal(a[i].targets, b[i].targets))
            return false;
    return true;
}

}  // namespace

class TestDataLoader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<DatasetIndex> m_folder;
    std::shared_ptr<DatasetIndex> m_mosaics;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoOptions demo;
        demo.trainPerClass = 6;
        demo.validPerClass = demo.testPerClass = 1;
        demo.trainMosaics = 30;
        demo.validMosaics = demo.testMosaics = 2;
        const auto folders = buildDemoDatasets(m_dir.path().toStdString(), demo);
        m_folder = std::make_shared<DatasetIndex>(scanDataset(folders.classificationFolder));
        m_mosaics = std::make_shared<DatasetIndex>(scanDataset(folders.roboflowCoco));
    }

    void sameSeedSameBatchesWhateverTheThreads() {
        data::DataLoader one(m_folder, options(1));
        data::DataLoader three(m_folder, options(3));
        const auto first = epoch(one, 0);
        QCOMPARE(first.size(), size_t{8});  // 60 images, batches of 8
        QVERIFY(same(first, epoch(three, 0)));
        QVERIFY(same(epoch(one, 1), epoch(three, 1)));
        QVERIFY(!same(first, epoch(one, 1)));  // a new order and new draws each epoch
        data::DataLoader otherSeed(m_folder, options(2, 43));
        QVERIFY(!same(first, epoch(otherSeed, 0)));
    }

    void everyImageOncePerEpoch() {
        data::DataLoader loader(m_folder, options(2));
        std::multiset<size_t> seen;
        for (const auto& batch : epoch(loader, 3))
            seen.insert(batch.positions.begin(), batch.positions.end());
        const auto train = m_folder->imagesOf(Split::Train);
        QCOMPARE(seen, std::multiset<size_t>(train.begin(), train.end()));
    }

    void evaluationFollowsThePolicy() {
        auto o = options(2);
        o.augment = false;
        o.shuffle = false;
        o.split = Split::Valid;
        data::DataLoader loader(m_folder, o);
        const auto batches = epoch(loader, 0);
        const DatasetImage& image = m_folder->images[batches[0].positions[1]];
        const auto expected = data::normalizedTensor(
            data::resizeForPolicy(data::decodeImageRgb(image.path), o.policy), o.policy);
        QVERIFY(torch::allclose(batches[0].images[1], expected[0], 0, 1e-6));
        QCOMPARE(batches[0].targets[1].item<int64_t>(), int64_t{image.labels.front()});
        QCOMPARE(batches[0].targets.scalar_type(), torch::kLong);
    }

    void multiHotTargets() {
        data::DataLoader loader(m_mosaics, options(2));
        for (const auto& batch : epoch(loader, 0)) {
            QCOMPARE(batch.targets.sizes().vec(), (std::vector<int64_t>{batch.images.size(0), 10}));
            for (size_t i = 0; i < batch.positions.size(); ++i) {
                const auto& labels = m_mosaics->images[batch.positions[i]].labels;
                QCOMPARE(batch.targets[static_cast<int64_t>(i)].sum().item<float>(),
                         float(labels.size()));
                for (int label : labels)
                    QCOMPARE(batch.targets[static_cast<int64_t>(i)][label].item<float>(), 1.f);
            }
        }
    }

    void smallCropsArePadded() {
        auto o = options(2, 42, 64);  // 28 px garments: the jittered short side is often under 64
        data::DataLoader loader(m_folder, o);
        const float padding = float(-o.policy.pixelMean[0] / o.policy.pixelStd[0]);
        int padded = 0;
        for (const auto& batch : epoch(loader, 0))
            for (int64_t i = 0; i < batch.images.size(0); ++i)
                padded += batch.images[i][0][63][63].item<float>() == padding;
        QVERIFY(padded > 0);
    }

    void unreadableImageIsSkippedAndReported() {
        auto broken = std::make_shared<DatasetIndex>(*m_folder);
        const QString corrupt = m_dir.path() + "/corrupt.png";
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n garbage that is not a PNG");
        file.close();
        const size_t victim = broken->imagesOf(Split::Train)[5];
        broken->images[victim].path = corrupt.toStdString();
        data::DataLoader loader(broken, options(2));
        size_t delivered = 0;
        for (const auto& batch : epoch(loader, 0)) {
            delivered += batch.positions.size();
            QVERIFY(std::find(batch.positions.begin(), batch.positions.end(), victim) ==
                    batch.positions.end());
        }
        QCOMPARE(delivered, broken->imagesOf(Split::Train).size() - 1);
        epoch(loader, 1);  // met again in the next epoch: still one report
        const auto skipped = loader.skippedImages();
        QCOMPARE(skipped.size(), size_t{1});
        QCOMPARE(skipped[0].path, broken->images[victim].relativePath);
    }

    void balancedSamplerEvensOutClasses() {
        // Keep all 6 images of the first class and 1 of each other: 6 of 15 images are class 0.
        auto imbalanced = std::make_shared<DatasetIndex>(*m_folder);
        std::vector<DatasetImage> kept;
        std::vector<int> seen(10, 0);
        for (const auto& image : imbalanced->images) {
            if (image.split != Split::Train)
                continue;
            const int label = image.labels.front();
            if (label == 0 || seen[static_cast<size_t>(label)]++ == 0)
                kept.push_back(image);
        }
        imbalanced->images = kept;
        auto o = options(2);
        o.batchSize = 5;
        std::vector<double> weights;
        for (const auto& image : kept)
            weights.push_back(image.labels.front() == 0 ? 1.0 / 6 : 1.0);
        o.sampleWeights = weights;
        data::DataLoader loader(imbalanced, o);
        int classZero = 0, total = 0;
        for (int e = 0; e < 40; ++e)
            for (const auto& batch : epoch(loader, e))
                for (size_t position : batch.positions) {
                    classZero += imbalanced->images[position].labels.front() == 0;
                    ++total;
                }
        const double share = double(classZero) / total;
        qInfo("class 0 share with the balanced sampler: %.3f (uniform 0.4, balanced 0.1)", share);
        QVERIFY(share > 0.05 && share < 0.17);
    }

    void cancelStopsTheEpoch() {
        auto o = options(2, 42, 224);  // slow enough batches
        o.batchSize = 4;
        data::DataLoader loader(m_mosaics, o);
        loader.startEpoch(0);
        QVERIFY(loader.next().has_value());
        QElapsedTimer timer;
        std::thread canceller([&] { loader.cancel(); });
        canceller.join();
        timer.start();
        QVERIFY(!loader.next().has_value());
        QVERIFY(!loader.next().has_value());
        qInfo("next() returned %lld ms after cancel", static_cast<long long>(timer.elapsed()));
        loader.startEpoch(1);  // usable again after a cancel
        QVERIFY(loader.next().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDataLoader)
#include "tst_data_loader.moc"
