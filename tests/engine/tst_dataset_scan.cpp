// Dataset layouts and the problems the scan reports: a table of generated datasets, each with the
// report entry it must produce; plus splitting, COCO label rules and the real Roboflow export.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <map>
#include <random>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "data/image_hash_cache.h"
#include "data/image_preprocess.h"
#include "data/perceptual_hash.h"
#include "faicls/dataset.h"
#include "faicls/dataset_json.h"
#include "faicls/engine_error.h"

using namespace faicls;
using nlohmann::json;

namespace {

// Writes dataset files under a root folder.
class Fixture {
public:
    explicit Fixture(const QString& root) : m_root(root) {}
    const QString& root() const { return m_root; }

    void image(const QString& relative, int width = 24, int height = 16, int shade = 90) {
        makeFolderFor(relative);
        cv::Mat pixels(height, width, CV_8UC3, cv::Scalar(shade, 255 - shade, (shade * 7) % 256));
        pixels.at<cv::Vec3b>(0, 0) = cv::Vec3b(uchar(shade), 1, 2);  // distinct bytes per shade
        QVERIFY(cv::imwrite((m_root + "/" + relative).toStdString(), pixels));
    }
    void bytes(const QString& relative, const QByteArray& content) {
        makeFolderFor(relative);
        QFile file(m_root + "/" + relative);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    void text(const QString& relative, const std::string& content) {
        bytes(relative, QByteArray::fromStdString(content));
    }
    QByteArray read(const QString& relative) const {
        QFile file(m_root + "/" + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void folder(const QString& relative) { QDir().mkpath(m_root + "/" + relative); }

    // A Roboflow split: images (file name → category ids) and Roboflow's categories (0 =
    // placeholder).
    void roboflowSplit(const QString& split,
                       const std::vector<std::pair<std::string, std::vector<int>>>& images,
                       json categories = json()) {
        if (categories.is_null())
            categories = json::parse(R"([{"id": 0, "name": "pets", "supercategory": "none"},
                {"id": 1, "name": "cat", "supercategory": "pets"}, {"id": 2, "name": "dog", "supercategory": "pets"}])");
        json coco = {
            {"images", json::array()}, {"annotations", json::array()}, {"categories", categories}};
        int annotationId = 0;
        for (size_t i = 0; i < images.size(); ++i) {
            coco["images"].push_back(
                {{"id", i}, {"file_name", images[i].first}, {"width", 24}, {"height", 16}});
            for (int category : images[i].second)
                coco["annotations"].push_back({{"id", annotationId++},
                                               {"image_id", i},
                                               {"category_id", category},
                                               {"bbox", {1, 2, 10, 8}},
                                               {"iscrowd", 0},
                                               {"area", 80}});
            if (images[i].first.find("..") == std::string::npos && images[i].first.front() != '/')
                image(split + "/" + QString::fromStdString(images[i].first), 24, 16,
                      static_cast<int>(i) * 13 + 5);
        }
        text(split + "/_annotations.coco.json", coco.dump(1));
    }

private:
    void makeFolderFor(const QString& relative) {
        QDir().mkpath(QFileInfo(m_root + "/" + relative).path());
    }
    QString m_root;
};

const DatasetProblem* findProblem(const DatasetIndex& index, ProblemKind kind) {
    for (const auto& problem : index.problems)
        if (problem.kind == kind)
            return &problem;
    return nullptr;
}

QString describe(const DatasetIndex& index) {
    QString text;
    for (const auto& p : index.problems)
        text += QString("\n  %1 %2 %3: %4")
                    .arg(problemKindName(p.kind), severityName(p.severity),
                         QString::fromStdString(p.path), QString::fromStdString(p.message));
    return text;
}

using Setup = std::function<void(Fixture&)>;

std::map<QString, Setup>& setups() {
    static std::map<QString, Setup> table;
    return table;
}

void twoClassFolders(Fixture& f) {
    for (const char* split : {"train", "valid"})
        for (const char* cls : {"cat", "dog"})
            for (int i = 0; i < 2; ++i)
                f.image(QString("%1/%2/%3.png").arg(split, cls).arg(i), 24, 16,
                        i * 40 + (QString(cls) == "cat" ? 3 : 9) +
                            (QString(split) == "valid" ? 101 : 0));
}

}  // namespace

class TestDatasetScan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot() { return m_dir.path() + "/dataset" + QString::number(m_next++); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void folderWithSplits() {
        Fixture f(freshRoot());
        twoClassFolders(f);
        f.image("test/dog/t.png", 30, 20, 77);
        const auto index = scanDataset(f.root().toStdString());
        QCOMPARE(index.layout, DatasetLayout::ClassificationFolder);
        QVERIFY(!index.multiLabel);
        QCOMPARE(index.classNames, (std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(index.imagesOf(Split::Train).size(), size_t{4});
        QCOMPARE(index.imagesOf(Split::Valid).size(), size_t{4});
        QCOMPARE(index.imagesOf(Split::Test).size(), size_t{1});
        const auto report = makeReport(index);
        QCOMPARE(report.imagesPerClass[0], (std::vector<int>{2, 2}));
        QCOMPARE(report.maxWidthPx, 30);
        QCOMPARE(report.minHeightPx, 16);
        QCOMPARE(report.imbalanceRatio, 1.0);
        QCOMPARE(index.problems.size(), size_t{1});  // the test split has dogs only
        QCOMPARE(index.problems[0].message, std::string("class 'cat' has no images in test"));
        for (const auto& image : index.images)
            QCOMPARE(image.labels.size(), size_t{1});
    }

    void folderWithoutSplitsDrawsStratifiedValid() {
        Fixture f(freshRoot());
        for (int i = 0; i < 10; ++i)
            f.image(QString("apple/%1.jpg").arg(i), 20, 20, i * 20 + 1);
        for (int i = 0; i < 5; ++i)
            f.image(QString("Banana/%1.png").arg(i), 20, 20, i * 20 + 2);
        auto validOf = [&](uint32_t seed) {
            ScanOptions options;
            options.seed = seed;
            const auto index = scanDataset(f.root().toStdString(), options);
            std::vector<std::string> valid;
            for (size_t position : index.imagesOf(Split::Valid))
                valid.push_back(index.images[position].relativePath);
            return std::make_pair(index, valid);
        };
        const auto [index, valid] = validOf(42);
        QCOMPARE(index.classNames,
                 (std::vector<std::string>{"Banana", "apple"}));  // code-point order
        QVERIFY(index.validDrawnFromTrain);
        QCOMPARE(valid.size(), size_t{3});  // 20% of 10 and of 5
        const auto report = makeReport(index);
        QCOMPARE(report.imagesPerClass[1], (std::vector<int>{1, 2}));
        QCOMPARE(validOf(42).second, valid);  // seeded
        QVERIFY(validOf(7).second != valid || validOf(8).second != valid);
        QVERIFY(findProblem(index, ProblemKind::MissingSplit));
    }

    void problems_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        auto row = [](const char* name, Setup setup, ProblemKind kind, ProblemSeverity severity,
                      const char* path, const char* message) {
            setups()[name] = std::move(setup);
            QTest::newRow(name) << QString(name) << int(kind) << int(severity) << QString(path)
                                << QString(message);
        };
        using K = ProblemKind;
        using S = ProblemSeverity;
        row(
            "zero-byte file",
            [](Fixture& f) {
                twoClassFolders(f);
                f.bytes("train/cat/empty.png", {});
            },
            K::EmptyFile, S::Error, "train/cat/empty.png", "empty file (0 bytes)");
        row(
            "truncated JPEG",
            [](Fixture& f) {
                twoClassFolders(f);
                f.image("train/dog/full.jpg", 64, 48, 200);
                const QByteArray bytes = f.read("train/dog/full.jpg");
                f.bytes("train/dog/cut.jpg", bytes.left(bytes.size() / 2));
            },
            K::TruncatedImage, S::Error, "train/dog/cut.jpg", "truncated JPEG");
        row(
            "not an image",
            [](Fixture& f) {
                twoClassFolders(f);
                f.bytes("valid/cat/notes.jpg", "just text");
            },
            K::UnreadableImage, S::Error, "valid/cat/notes.jpg", "not an image");
        row(
            "over the pixel limit",
            [](Fixture& f) {
                twoClassFolders(f);
                QByteArray png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
                png += QByteArray("\x00\x00\x4e\x20\x00\x00\x75\x30\x08\x02\x00\x00\x00", 13) +
                       QByteArray(16, '\0') + "IEND";
                f.bytes("train/cat/huge.png", png);
            },
            K::ImageTooLarge, S::Error, "train/cat/huge.png",
            "20000x30000 pixels is over the limit of 100 megapixels");
        row(
            "grey image",
            [](Fixture& f) {
                twoClassFolders(f);
                QVERIFY(cv::imwrite((f.root() + "/train/cat/grey.png").toStdString(),
                                    cv::Mat(8, 8, CV_8UC1, cv::Scalar(7))));
            },
            K::ConvertedImage, S::Info, "train/cat/grey.png", "grayscale");
        row(
            "16-bit image",
            [](Fixture& f) {
                twoClassFolders(f);
                QVERIFY(cv::imwrite((f.root() + "/train/dog/deep.png").toStdString(),
                                    cv::Mat(8, 8, CV_16UC3, cv::Scalar(7, 9, 1000))));
            },
            K::ConvertedImage, S::Info, "train/dog/deep.png", "16-bit");
        row(
            "empty class in valid",
            [](Fixture& f) {
                twoClassFolders(f);
                f.folder("train/bird");
                f.image("train/bird/b.png", 10, 10, 250);
                f.folder("valid/bird");
            },
            K::EmptyClass, S::Warning, "", "class 'bird' has no images in valid");
        row(
            "class only in valid",
            [](Fixture& f) {
                twoClassFolders(f);
                f.image("valid/fox/f.png", 10, 10, 251);
            },
            K::ClassMissingFromTrain, S::Warning, "",
            "class 'fox' has images in valid but none in train");
        row(
            "stray file",
            [](Fixture& f) {
                twoClassFolders(f);
                f.text("train/cat/readme.txt", "hi");
            },
            K::IgnoredFile, S::Info, "train/cat/readme.txt", "not an image file name");
        row(
            "image outside class folders",
            [](Fixture& f) {
                twoClassFolders(f);
                f.image("train/loose.png");
            },
            K::IgnoredFile, S::Warning, "train/loose.png", "not inside a class folder");
        row(
            "duplicate across splits",
            [](Fixture& f) {
                twoClassFolders(f);
                f.bytes("valid/dog/copy.png", f.read("train/cat/0.png"));
            },
            K::DuplicateImage, S::Warning, "train/cat/0.png",
            "same bytes as valid/dog/copy.png (valid, [dog]); the copies are in different splits; "
            "labels differ (this one: [cat])");
        row(
            "malformed annotations",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}});
                f.text("valid/_annotations.coco.json",
                       "{\n \"images\": [\n  {\"id\": 1,, }\n ]\n}");
            },
            K::MalformedJson, S::Error, "valid/_annotations.coco.json",
            "malformed JSON at line 3, column 12");
        row(
            "not COCO",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}});
                f.text("valid/_annotations.coco.json", "[1, 2]");
            },
            K::InvalidAnnotations, S::Error, "valid/_annotations.coco.json",
            "not a COCO annotation file");
        row(
            "file_name climbing out",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"../../secret.jpg", {2}}});
            },
            K::OutsideRoot, S::Error, "../../secret.jpg", "points outside the dataset folder");
        row(
            "absolute file_name",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"/etc/passwd", {2}}});
            },
            K::OutsideRoot, S::Error, "/etc/passwd", "points outside the dataset folder");
        row(
            "missing image",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"gone.jpg", {2}}});
                QFile::remove(f.root() + "/train/gone.jpg");
            },
            K::MissingFile, S::Error, "train/gone.jpg", "file not found");
        row(
            "unknown category",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1, 9}}});
            },
            K::UnknownCategory, S::Error, "train/a.jpg", "has category 9 which is not a class");
        row(
            "placeholder category used",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {0}}});
            },
            K::UnknownCategory, S::Error, "train/a.jpg", "category 0, Roboflow's placeholder,");
        row(
            "placeholder dropped",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}});
            },
            K::PlaceholderCategory, S::Info, "train/_annotations.coco.json",
            "category 0 'pets' is Roboflow's placeholder");
        row(
            "annotations not a list",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}});
                f.text("valid/_annotations.coco.json", json{{"images", json::array()},
                                                            {"categories", json::array()},
                                                            {"annotations", json::object()}}
                                                           .dump());
            },
            K::InvalidAnnotations, S::Error, "valid/_annotations.coco.json",
            "\"annotations\" is not a list");
        row(
            "duplicate image id",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"b.jpg", {2}}, {"c.jpg", {2}}});
                json coco = json::parse(f.read("train/_annotations.coco.json").toStdString());
                coco["images"][2]["id"] = 1;
                f.text("train/_annotations.coco.json", coco.dump());
            },
            K::InvalidAnnotations, S::Error, "train/c.jpg",
            "image id 1 in train/_annotations.coco.json is also the id of train/b.jpg");
        row(
            "negative category id",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}},
                                json{{{"id", 1}, {"name", "cat"}}, {{"id", -3}, {"name", "x"}}});
            },
            K::InvalidAnnotations, S::Error, "train/_annotations.coco.json",
            "category id -3 is negative");
        row(
            "null category name",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"b.jpg", {2}}},
                                json{{{"id", 1}, {"name", "cat"}}, {{"id", 2}, {"name", nullptr}}});
            },
            K::InvalidAnnotations, S::Warning, "train/_annotations.coco.json",
            "category 2 has no name (null): the class is called '2'");
        row(
            "unannotated image",
            [](Fixture& f) {
                f.roboflowSplit("train", {{"a.jpg", {1}}, {"b.jpg", {}}});
            },
            K::UnannotatedImage, S::Info, "train/b.jpg",
            "1 image(s) in train without annotations (like this one): kept");
    }

    void problems() {
        QFETCH(QString, setup);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(QString, path);
        QFETCH(QString, message);
        Fixture f(freshRoot());
        setups().at(setup)(f);
        const auto index = scanDataset(f.root().toStdString());
        const DatasetProblem* problem = findProblem(index, static_cast<ProblemKind>(kind));
        QVERIFY2(problem, qPrintable("not reported; got:" + describe(index)));
        QCOMPARE(int(problem->severity), severity);
        QCOMPARE(QString::fromStdString(problem->path), path);
        QVERIFY2(QString::fromStdString(problem->message).contains(message),
                 problem->message.c_str());
        // A problem never costs the good images.
        QVERIFY(!index.imagesOf(Split::Train).empty());
        const bool aboutAnAnnotation = problem->kind == ProblemKind::UnknownCategory;
        if (problem->severity == ProblemSeverity::Error && !aboutAnAnnotation) {
            for (const auto& image : index.images)
                QVERIFY(QString::fromStdString(image.relativePath) != path);
        }
    }

    void linksThatLoopAndPipesAreReportedFilesNotAbortedScans() {
        // A link to itself and a named pipe among good images: each is one reported file (a
        // pipe is never opened: reading it would wait for a writer forever).
        Fixture f(freshRoot());
        twoClassFolders(f);
        const std::string cat = (f.root() + "/train/cat/").toStdString();
        QCOMPARE(::symlink("loop.jpg", (cat + "loop.jpg").c_str()), 0);
        QCOMPARE(::mkfifo((cat + "pipe.png").c_str(), 0600), 0);
        QCOMPARE(::symlink("loopdir", (f.root() + "/train/loopdir").toStdString().c_str()), 0);
        const auto index = scanDataset(f.root().toStdString());
        QCOMPARE(index.imagesOf(Split::Train).size(), size_t(4));
        bool loop = false, pipe = false;
        for (const auto& problem : index.problems) {
            loop = loop || (problem.path == "train/cat/loop.jpg" &&
                            problem.message.find("symbolic links") != std::string::npos);
            pipe = pipe || (problem.path == "train/cat/pipe.png" &&
                            problem.message.find("not a regular file") != std::string::npos);
        }
        QVERIFY2(loop && pipe, qPrintable(describe(index)));
        // Decoding refuses them too, with the file named.
        for (const std::string& name : {cat + "loop.jpg", cat + "pipe.png"}) {
            try {
                data::decodeImageRgb(name, 1);
                QFAIL("decoded");
            } catch (const EngineError& error) {
                QVERIFY2(std::string(error.what()).find(name) != std::string::npos, error.what());
            }
        }
    }

    void cocoLabelsAreDistinctCategories() {
        Fixture f(freshRoot());
        f.roboflowSplit("train", {{"a.jpg", {2, 1, 2}}, {"b.jpg", {}}});
        f.roboflowSplit("valid", {{"c.jpg", {2}}});
        auto json = nlohmann::json::parse(f.read("train/_annotations.coco.json").toStdString());
        json["annotations"].push_back(
            {{"id", 99}, {"image_id", 1}, {"category_id", 1}, {"iscrowd", 1}});
        f.text("train/_annotations.coco.json", json.dump());
        ScanOptions options;
        auto index = scanDataset(f.root().toStdString(), options);
        QCOMPARE(index.layout, DatasetLayout::RoboflowCoco);
        QVERIFY(index.multiLabel);
        QCOMPARE(index.classNames, (std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(index.images[0].labels, (std::vector<int>{0, 1}));
        QCOMPARE(index.images[0].boxes.size(), size_t{3});
        QVERIFY(index.images[1].labels.empty());  // the crowd annotation does not count
        QVERIFY(findProblem(index, ProblemKind::CrowdAnnotation));
        options.keepUnannotated = false;
        index = scanDataset(f.root().toStdString(), options);
        QCOMPARE(index.imagesOf(Split::Train).size(), size_t{1});
    }

    void categoriesOfOneNameAreOneClass() {
        Fixture f(freshRoot());
        f.roboflowSplit("train", {{"a.jpg", {1}}, {"b.jpg", {3}}, {"c.jpg", {2}}},
                        json{{{"id", 1}, {"name", "mask"}},
                             {{"id", 2}, {"name", "no-mask"}},
                             {{"id", 3}, {"name", "mask"}}});
        const auto index = scanDataset(f.root().toStdString());
        QCOMPARE(index.classNames, (std::vector<std::string>{"mask", "no-mask"}));
        QCOMPARE(index.imagesOf(Split::Train).size(), size_t{3});
        int masks = 0;
        for (const auto& image : index.images)
            masks += image.labels == std::vector<int>{0};
        QCOMPARE(masks, 2);
        const DatasetProblem* merged = findProblem(index, ProblemKind::InvalidAnnotations);
        QVERIFY(merged &&
                merged->message.find("both named 'mask': one class") != std::string::npos);
    }

    void plainCoco() {
        Fixture f(freshRoot());
        const json categories =
            json::parse(R"([{"id": 3, "name": "car"}, {"id": 1, "name": "person"}])");
        for (const char* split : {"train2017", "val2017"}) {
            json coco = {{"images", {{{"id", 5}, {"file_name", "x.jpg"}}}},
                         {"annotations", {{{"id", 1}, {"image_id", 5}, {"category_id", 3}}}},
                         {"categories", categories}};
            f.text(QString("annotations/instances_%1.json").arg(split), coco.dump());
            f.image(QString("%1/x.jpg").arg(split), 20, 10,
                    QString(split).startsWith("t") ? 10 : 20);
        }
        const auto index = scanDataset(f.root().toStdString());
        QCOMPARE(index.layout, DatasetLayout::Coco);
        QCOMPARE(index.classNames,
                 (std::vector<std::string>{"person", "car"}));  // by category id, none dropped
        QCOMPARE(index.imagesOf(Split::Valid).size(), size_t{1});
        QCOMPARE(index.images[0].labels, std::vector<int>{1});
    }

    void layoutCanBeForcedAndUnknownFoldersAreRefused() {
        Fixture f(freshRoot());
        twoClassFolders(f);
        ScanOptions options;
        options.layout = DatasetLayout::RoboflowCoco;
        const auto forced = scanDataset(f.root().toStdString(), options);
        QVERIFY(forced.images.empty());
        QCOMPARE(layoutFromName("cls_folder"),
                 std::optional<DatasetLayout>(DatasetLayout::ClassificationFolder));
        QCOMPARE(layoutFromName("ROBOFLOW_COCO"),
                 std::optional<DatasetLayout>(DatasetLayout::RoboflowCoco));
        QDir().mkpath(m_dir.path() + "/flat");
        QVERIFY_THROWS_EXCEPTION(EngineError, scanDataset((m_dir.path() + "/flat").toStdString()));
        QVERIFY_THROWS_EXCEPTION(EngineError,
                                 scanDataset((m_dir.path() + "/absent").toStdString()));
    }

    void realRoboflowExport() {
        const QString root = QStringLiteral(FAICLS_SHARED_DATA) + "/roboflow-facemask";
        QVERIFY2(QDir(root).exists(), qPrintable(root));
        const auto index = scanDataset(root.toStdString());
        QCOMPARE(index.layout, DatasetLayout::RoboflowCoco);
        QCOMPARE(index.classNames,
                 (std::vector<std::string>{"Mask", "No-Mask", "mask_weared_incorrect", "with_mask",
                                           "without_mask"}));
        const auto report = makeReport(index);
        QCOMPARE(report.imagesPerSplit, (std::array<int, 3>{650, 132, 86}));
        QCOMPARE(report.imagesPerClass[0], (std::vector<int>{11, 4, 68, 573, 221}));
        QCOMPARE(report.imagesPerClass[1], (std::vector<int>{4, 2, 14, 115, 39}));
        QCOMPARE(report.imagesPerClass[2], (std::vector<int>{2, 1, 13, 75, 25}));
        QCOMPARE(report.errors, 0);
        QCOMPARE(index.duplicates.size(), size_t{17});
        int crossing = 0;
        for (const auto& group : index.duplicates) {
            crossing += group.crossesSplits;
            QVERIFY(group.conflictingLabels);  // each a "Mask" copy of a "with_mask" image
        }
        QCOMPARE(crossing, 6);
        // And 7 pairs of the same photo saved twice, re-encoded (looked at: all 7 are), none of
        // them one of the identical groups again.
        QCOMPARE(index.nearDuplicates.size(), size_t{7});
        for (const auto& group : index.nearDuplicates) {
            QCOMPARE(group.relativePaths.size(), size_t{2});
            for (const auto& exact : index.duplicates)
                QVERIFY(exact.relativePaths != group.relativePaths);
        }
        const DatasetProblem* placeholder = findProblem(index, ProblemKind::PlaceholderCategory);
        QVERIFY(placeholder);
        QVERIFY(QString::fromStdString(placeholder->message)
                    .contains("the class 'Mask' (id 1) is kept"));
        const auto json = reportToJson(index, report);
        QCOMPARE(json["splits"]["valid"]["images"].get<int>(), 132);
        QCOMPARE(json["duplicates"].size(), size_t{17});
    }

    // Copies of a picture resized, re-encoded, brightened or slightly cropped are one group
    // (across splits, with another label); different pictures are not grouped.
    void nearDuplicatesAreGroupedAndDifferentPicturesAreNot() {
        Fixture f(m_dir.path() + "/near");
        std::mt19937 random(5);
        auto photo = [&random](int seed) {
            // Smooth shapes and shading: something like a photo, different for every seed.
            random.seed(static_cast<unsigned>(seed));
            cv::Mat coarse(9, 12, CV_8UC3);
            cv::RNG noise(static_cast<uint64_t>(seed) + 1);
            noise.fill(coarse, cv::RNG::UNIFORM, 0, 256);
            cv::Mat picture;
            cv::resize(coarse, picture, cv::Size(240, 180), 0, 0, cv::INTER_CUBIC);
            for (int k = 0; k < 6; ++k)
                cv::circle(picture, cv::Point(random() % 240, random() % 180),
                           10 + static_cast<int>(random() % 40),
                           cv::Scalar(random() % 256, random() % 256, random() % 256), cv::FILLED,
                           cv::LINE_AA);
            return picture;
        };
        auto write = [&](const QString& relative, const cv::Mat& bgr,
                         const std::vector<int>& parameters = {}) {
            f.folder(QFileInfo(relative).path());
            QVERIFY(cv::imwrite((f.root() + "/" + relative).toStdString(), bgr, parameters));
        };
        for (int i = 0; i < 10; ++i)
            write(QString("train/%1/photo%2.png").arg(i % 2 ? "cat" : "dog").arg(i), photo(i));
        for (int i = 10; i < 14; ++i)
            write(QString("valid/%1/photo%2.png").arg(i % 2 ? "cat" : "dog").arg(i), photo(i));
        const cv::Mat original = photo(0);  // train/dog/photo0.png
        cv::Mat smaller, brighter;
        cv::resize(original, smaller, cv::Size(150, 112), 0, 0, cv::INTER_AREA);
        original.convertTo(brighter, -1, 1.0, 25);
        write("train/dog/photo0-small.png", smaller);
        write("valid/dog/photo0-again.jpg", original, {cv::IMWRITE_JPEG_QUALITY, 60});
        write("train/cat/photo0-bright.png", brighter);  // another label
        write("train/dog/photo0-cropped.png", original(cv::Rect(4, 3, 232, 174)).clone());

        ScanOptions options;
        options.hashCacheFolder = (m_dir.path() + "/hash-cache").toStdString();
        const auto index = scanDataset(f.root().toStdString(), options);
        QCOMPARE(index.duplicates.size(), size_t{0});
        QCOMPARE(index.nearDuplicates.size(), size_t{1});
        const DuplicateGroup& group = index.nearDuplicates.front();
        const std::vector<std::string> expected = {
            "train/cat/photo0-bright.png", "train/dog/photo0-cropped.png",
            "train/dog/photo0-small.png", "train/dog/photo0.png", "valid/dog/photo0-again.jpg"};
        std::vector<std::string> members = group.relativePaths;
        std::sort(members.begin(), members.end());
        std::string listed;
        for (size_t k = 0; k < group.relativePaths.size(); ++k)
            listed += group.relativePaths[k] + " " + std::to_string(group.distances[k]) + "; ";
        QVERIFY2(members == expected, listed.c_str());
        QVERIFY(group.crossesSplits);
        QVERIFY(group.conflictingLabels);
        for (int distance : group.distances)
            QVERIFY(distance <= options.nearDuplicateDistance);
        const DatasetProblem* problem = findProblem(index, ProblemKind::NearDuplicate);
        QVERIFY(problem);
        QCOMPARE(problem->severity, ProblemSeverity::Warning);
        QCOMPARE(problem->otherPaths.size(), size_t{4});
        QVERIFY(QString::fromStdString(problem->message).contains("different splits"));
        QCOMPARE(reportToJson(index, makeReport(index))["near_duplicates"].size(), size_t{1});
        // The different pictures are far apart: no pair within twice the threshold.
        for (size_t a = 0; a < 14; ++a)
            for (size_t b = a + 1; b < 14; ++b) {
                const auto& first = index.images[a];
                const auto& second = index.images[b];
                if (first.relativePath.find("photo0") != std::string::npos ||
                    second.relativePath.find("photo0") != std::string::npos)
                    continue;
                QVERIFY(data::hammingDistance(first.perceptualHash, second.perceptualHash) > 6);
            }

        // Off: nothing hashed, nothing grouped.
        ScanOptions off = options;
        off.nearDuplicateDistance = -1;
        const auto unhashed = scanDataset(f.root().toStdString(), off);
        QVERIFY(unhashed.nearDuplicates.empty());
        QVERIFY(!unhashed.images.front().hasPerceptualHash);

        // A rescan takes the hashes from the cache; a changed file is hashed again.
        const data::ImageHashCache cache(index.root, options.hashCacheFolder);
        QVERIFY(QFileInfo::exists(QString::fromStdString(cache.file())));
        write("train/dog/photo0-small.png", photo(99));
        const auto again = scanDataset(f.root().toStdString(), options);
        std::vector<std::string> now = again.nearDuplicates.front().relativePaths;
        QCOMPARE(now.size(), size_t{4});
        QVERIFY(std::find(now.begin(), now.end(), "train/dog/photo0-small.png") == now.end());
    }

    // A group is one picture and what is near it, not a chain of neighbours.
    void groupsAreNotChains() {
        const uint64_t a = 0x0123456789abcdefull;
        const uint64_t b = a ^ 0x7ull;    // 3 bits from a
        const uint64_t c = b ^ 0x700ull;  // 3 from b, 6 from a
        const uint64_t d = ~a;            // far from all
        const auto groups = data::groupByHash({a, b, c, d, a}, {true, true, true, true, true}, 3);
        QCOMPARE(groups.size(), size_t{1});
        QCOMPARE(groups[0], (std::vector<size_t>{0, 1, 4}));
        QCOMPARE(data::groupByHash({a, b}, {true, false}, 3).size(), size_t{0});
        QCOMPARE(data::groupByHash({a, b, c}, {true, true, true}, 6)[0].size(), size_t{3});
    }

    // The hash cache is read as untrusted bytes: anything damaged is refused, whole.
    void aDamagedHashCacheIsIgnored() {
        data::ImageHashCache cache("/some/dataset", (m_dir.path() + "/cache-test").toStdString());
        cache.store("a.png", 10, 20, 30);
        cache.store("b/c.jpg", 11, 21, 31);
        cache.store("flat.png", 12, 22, std::nullopt);
        const std::string bytes = cache.serialize();
        data::ImageHashCache read("/some/dataset", (m_dir.path() + "/cache-test").toStdString());
        QVERIFY(read.parse(bytes));
        QCOMPARE(read.find("b/c.jpg", 11, 21).value_or(0), data::CachedHash(31));
        QVERIFY(read.find("flat.png", 12, 22) && !read.find("flat.png", 12, 22)->has_value());
        QVERIFY(!read.find("b/c.jpg", 12, 21));  // another size: not this file any more
        for (size_t cut = 0; cut < bytes.size(); ++cut)
            QVERIFY(!read.parse(bytes.substr(0, cut)));
        QVERIFY(!read.parse(bytes + "x"));
        data::ImageHashCache other("/another/dataset",
                                   (m_dir.path() + "/cache-test").toStdString());
        QVERIFY(!other.parse(bytes));  // the file of another dataset folder
        std::string huge = bytes;
        huge[8 + 4 + 4 + 13] = '\xff';  // the entry count's low byte
        QVERIFY(!read.parse(huge));
    }

    void scanReportsProgressAndCanBeCancelled() {
        const std::string root =
            QString(QStringLiteral(FAICLS_SHARED_DATA) + "/roboflow-facemask").toStdString();
        JobProgress last;
        int reports = 0;
        JobHandle job(
            [&](const JobProgress& p) {
                ++reports;
                last = p;
            },
            0);
        ScanOptions options;
        options.hashCacheFolder = (m_dir.path() + "/progress-cache").toStdString();
        std::map<std::string, JobProgress> lastOfPhase;
        JobHandle phases([&](const JobProgress& p) { lastOfPhase[p.phase] = p; }, 0);
        scanDataset(root, options, &phases);
        // Headers first, then the pictures decoded for their hashes (none once cached).
        QCOMPARE(lastOfPhase["reading headers"].total, int64_t{868});
        QCOMPARE(lastOfPhase["comparing pictures"].total, int64_t{868});
        QCOMPARE(lastOfPhase["comparing pictures"].done, int64_t{868});
        scanDataset(root, options, &job);
        QCOMPARE(last.phase, std::string("comparing pictures"));
        QCOMPARE(last.total, int64_t{0});  // all from the cache
        QVERIFY(reports > 1);

        JobHandle cancelling(
            [&](const JobProgress& p) {
                if (p.done >= 10)
                    cancelling.cancel();
            },
            0);
        try {
            scanDataset(root, {}, &cancelling);
            QFAIL("a cancelled scan returned");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetScan)
#include "tst_dataset_scan.moc"
