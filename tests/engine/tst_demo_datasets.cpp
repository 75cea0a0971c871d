// The Fashion-MNIST demo datasets: both layouts scan cleanly with the expected counts, mosaic
// boxes sit inside their images, and the build is deterministic.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "faicls/dataset.h"
#include "faicls/demo_datasets.h"
#include "faicls/engine_error.h"

using namespace faicls;

namespace {

DemoOptions smallDemo() {
    DemoOptions options;
    options.trainPerClass = 6;
    options.validPerClass = 2;
    options.testPerClass = 3;
    options.trainMosaics = 40;
    options.validMosaics = 30;
    options.testMosaics = 30;
    return options;
}

QByteArray readAll(const std::string& path) {
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestDemoDatasets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoDatasets m_demo;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = buildDemoDatasets(m_dir.path().toStdString(), smallDemo());
    }

    void classificationFolder() {
        const auto index = scanDataset(m_demo.classificationFolder);
        QCOMPARE(index.layout, DatasetLayout::ClassificationFolder);
        QCOMPARE(index.classNames.size(), size_t{10});
        const auto report = makeReport(index);
        QCOMPARE(report.imagesPerSplit, (std::array<int, 3>{60, 20, 30}));
        QCOMPARE(report.imagesPerClass[0], std::vector<int>(10, 6));
        QCOMPARE(report.errors + report.warnings, 0);
        QCOMPARE(report.maxWidthPx, 28);
        QVERIFY(index.duplicates.empty());
    }

    void mosaics() {
        const auto index = scanDataset(m_demo.roboflowCoco);
        QCOMPARE(index.layout, DatasetLayout::RoboflowCoco);
        QVERIFY(index.multiLabel);
        QCOMPARE(index.classNames.front(), std::string("tshirt_top"));
        QCOMPARE(index.classNames.size(), size_t{10});
        const auto report = makeReport(index);
        QCOMPARE(report.imagesPerSplit, (std::array<int, 3>{40, 30, 30}));
        QCOMPARE(report.errors, 0);
        // Mosaics holding one garment on black look alike at hash size: the only warnings
        // allowed are such near-duplicates.
        for (const auto& problem : index.problems)
            QVERIFY2(problem.severity != ProblemSeverity::Warning ||
                         problem.kind == ProblemKind::NearDuplicate,
                     problem.message.c_str());
        size_t garments = 0;
        for (const auto& image : index.images) {
            QVERIFY(!image.labels.empty() && image.labels.size() <= 4);
            QVERIFY(image.boxes.size() >= image.labels.size() && image.boxes.size() <= 4);
            garments += image.boxes.size();
            for (const auto& box : image.boxes) {
                QVERIFY(box.x >= 0 && box.y >= 0 && box.width > 0 && box.height > 0);
                QVERIFY(box.x + box.width <= 56 && box.y + box.height <= 56);
                QVERIFY(std::find(image.labels.begin(), image.labels.end(), box.classId) !=
                        image.labels.end());
            }
        }
        QVERIFY(garments > index.images.size());  // some mosaics hold several garments
    }

    void deterministic() {
        QTemporaryDir again;
        const auto second = buildDemoDatasets(again.path().toStdString(), smallDemo());
        const std::string json = "/train/_annotations.coco.json";
        QCOMPARE(readAll(second.roboflowCoco + json), readAll(m_demo.roboflowCoco + json));
        QCOMPARE(readAll(second.roboflowCoco + "/valid/mosaic_00003.png"),
                 readAll(m_demo.roboflowCoco + "/valid/mosaic_00003.png"));
    }

    void missingSourceIsAClearError() {
        DemoOptions options = smallDemo();
        options.sourceFolder = (m_dir.path() + "/nowhere").toStdString();
        try {
            buildDemoDatasets((m_dir.path() + "/out").toStdString(), options);
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::FileNotFound);
            QVERIFY2(QString(error.what()).contains("nowhere/train-images-idx3-ubyte"),
                     error.what());
        }
    }

    void cancelledBuildLeavesNoDemoBehind() {
        // A half-built demo must not pass for a whole one the next time the app looks.
        QTemporaryDir out;
        int64_t total = 0;
        JobHandle job(
            [&](const JobProgress& p) {
                total = p.total;
                if (p.done == 25)
                    job.cancel();
            },
            0);
        try {
            buildDemoDatasets(out.path().toStdString(), smallDemo(), &job);
            QFAIL("a cancelled build returned");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::Cancelled);
        }
        const DemoOptions o = smallDemo();
        QCOMPARE(total, int64_t{10} * (o.trainPerClass + o.validPerClass + o.testPerClass) +
                            o.trainMosaics + o.validMosaics + o.testMosaics);
        QVERIFY(!QFileInfo::exists(out.path() + "/fashion-mnist-folder"));
        QVERIFY(!QFileInfo::exists(out.path() + "/fashion-mnist-mosaics"));
    }
};

QTEST_GUILESS_MAIN(TestDemoDatasets)
#include "tst_demo_datasets.moc"
