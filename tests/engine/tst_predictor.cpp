// Prediction from bundles: sorted output, thresholds and top-k, batches equal single images,
// bad files among good ones, empty folders, cancel; and the annotated image.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "faicls/annotation.h"
#include "faicls/engine_error.h"
#include "faicls/predictor.h"
#include "test_support.h"

using namespace faicls;

namespace {

ModelConfig tinyStdc(bool multiLabel) {
    ModelConfig config;
    config.backbone.size = "nano";
    config.features = "res3";
    config.hiddenDim = 16;
    config.numLayers = 2;
    config.multiLabel = multiLabel;
    config.resolution = {32, 32};
    return config;
}

const std::vector<std::string> kClasses = {"cat", "dog", "bird", "fish"};

}  // namespace

class TestPredictor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_single, m_multi;
    QStringList m_images;

    std::string path(const QString& name) const {
        return (m_dir.path() + "/" + name).toStdString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_single = test::writeRandomBundle(path("single.faicls"), tinyStdc(false), kClasses, 5);
        m_multi = test::writeRandomBundle(path("multi.faicls"), tinyStdc(true), kClasses, 6, 0.5);
        QDir(m_dir.path()).mkpath("images/nested");
        QDir(m_dir.path()).mkpath("empty");
        cv::RNG random(9);
        for (int i = 0; i < 7; ++i) {
            cv::Mat image(30 + 7 * i, 50 - 3 * i, CV_8UC3);
            random.fill(image, cv::RNG::UNIFORM, 0, 255);
            const QString name = QString(i == 6 ? "images/nested/%1.png" : "images/%1.jpg").arg(i);
            QVERIFY(cv::imwrite(path(name), image));
            m_images << QString::fromStdString(path(name));
        }
        m_images.sort();
        QFile corrupt(QString::fromStdString(path("images/corrupt.jpg")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("\xFF\xD8\xFF\xE0 definitely not the rest of a JPEG");
        corrupt.close();
        QFile notes(QString::fromStdString(path("images/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
    }

    void singleLabelIsSoftmaxSortedTopOne() {
        Predictor predictor(m_single);
        const ImagePrediction p = predictor.predict(m_images[0].toStdString());
        QCOMPARE(p.scores.size(), kClasses.size());
        double sum = 0;
        for (size_t c = 0; c < p.scores.size(); ++c) {
            QCOMPARE(p.scores[c].classId, static_cast<int>(c));
            QCOMPARE(p.scores[c].label, kClasses[c]);
            sum += p.scores[c].confidence;
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
        QCOMPARE(p.labels.size(), size_t(1));
        for (const auto& s : p.scores)
            QVERIFY(p.labels[0].confidence >= s.confidence);

        PredictOptions three;
        three.topK = 3;
        const auto top3 = predictor.predict(m_images[0].toStdString(), three).labels;
        QCOMPARE(top3.size(), size_t(3));
        QVERIFY(top3[0].confidence >= top3[1].confidence &&
                top3[1].confidence >= top3[2].confidence);
        QCOMPARE(top3[0].classId, p.labels[0].classId);
        // A threshold above every score still gives the top class, and only it.
        three.threshold = 0.99;
        QCOMPARE(predictor.predict(m_images[0].toStdString(), three).labels.size(), size_t(1));
    }

    void multiLabelThresholdsAndTopK() {
        Predictor predictor(m_multi);
        const ImagePrediction p = predictor.predict(m_images[1].toStdString());
        // Sigmoid scores: independent, each in (0, 1); labels exactly those above 0.5.
        size_t above = 0;
        for (const auto& s : p.scores)
            above += s.confidence > 0.5;
        QCOMPARE(p.labels.size(), above);
        PredictOptions all;
        all.threshold = 0.0;
        const auto everything = predictor.predict(m_images[1].toStdString(), all).labels;
        QCOMPARE(everything.size(), kClasses.size());
        for (size_t i = 1; i < everything.size(); ++i)
            QVERIFY(everything[i - 1].confidence >= everything[i].confidence);
        all.topK = 2;
        const auto two = predictor.predict(m_images[1].toStdString(), all).labels;
        QCOMPARE(two.size(), size_t(2));
        QCOMPARE(two[0].classId, everything[0].classId);
        PredictOptions none;
        none.threshold = 1.0;
        QVERIFY(predictor.predict(m_images[1].toStdString(), none).labels.empty());
        // selectLabels on the scores gives what predict gave.
        QCOMPARE(predictor.selectLabels(p.scores, {}).size(), p.labels.size());
    }

    void foldersBatchesAndBadFiles() {
        std::vector<std::string> problems;
        const auto files = collectImageFiles(
            {m_dir.path().toStdString() + "/images", path("empty"), path("missing.jpg")},
            &problems);
        // Seven images plus corrupt.jpg (an image by its name); notes.txt is not listed.
        QCOMPARE(files.size(), size_t(8));
        QCOMPARE(problems.size(), size_t(1));
        QVERIFY(QString::fromStdString(problems[0]).contains("missing.jpg"));
        QVERIFY(collectImageFiles({path("empty")}).empty());
        // A named pipe is never opened (it would block), a link that loops does not end the
        // search of its folder; both are named.
        QDir().mkpath(m_dir.path() + "/odd");
        QVERIFY(QFile::copy(m_images[0], m_dir.path() + "/odd/b.png"));
        QCOMPARE(::mkfifo(path("odd/a-pipe.jpg").c_str(), 0600), 0);
        QCOMPARE(::symlink("a-loop.jpg", path("odd/a-loop.jpg").c_str()), 0);
        problems.clear();
        QCOMPARE(collectImageFiles({path("odd")}, &problems),
                 std::vector<std::string>{path("odd/b.png")});
        QCOMPARE(problems.size(), size_t(2));
        problems.clear();
        QVERIFY(collectImageFiles({path("odd/a-pipe.jpg")}, &problems).empty());
        QCOMPARE(problems.size(), size_t(1));
        QVERIFY(QString::fromStdString(problems[0]).contains("not a regular file"));

        Predictor predictor(m_single);
        PredictOptions options;
        options.batchSize = 3;
        size_t progressCalls = 0;
        int64_t lastDone = 0;
        JobHandle job(
            [&](const JobProgress& progress) {
                ++progressCalls;
                QVERIFY(progress.done > lastDone && progress.total == 8);
                QCOMPARE(progress.phase, std::string("predicting"));
                lastDone = progress.done;
            },
            /*progressIntervalMs=*/0);
        const auto outcomes = predictor.predictFiles(files, options, &job);
        QCOMPARE(outcomes.size(), files.size());
        QCOMPARE(progressCalls, size_t(3));
        int failed = 0;
        for (size_t i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes[i].imagePath, files[i]);
            if (!outcomes[i].prediction) {
                ++failed;
                QVERIFY(QString::fromStdString(outcomes[i].error).contains("corrupt.jpg"));
                continue;
            }
            // The batched scores equal one-image prediction.
            const auto single = predictor.predict(files[i]);
            for (size_t c = 0; c < kClasses.size(); ++c)
                QVERIFY(std::abs(single.scores[c].confidence -
                                 outcomes[i].prediction->scores[c].confidence) < 1e-5);
        }
        QCOMPARE(failed, 1);
        // A non-image file named explicitly is reported, not fatal.
        const auto text = predictor.predictFiles({path("images/notes.txt"), files[0]});
        QVERIFY(!text[0].prediction && !text[0].error.empty());
        QVERIFY(text[1].prediction.has_value());
        QVERIFY_THROWS_EXCEPTION(EngineError, predictor.predict(path("images/notes.txt")));
    }

    void cancelStopsBetweenBatches() {
        Predictor predictor(m_single);
        std::vector<std::string> many(40, m_images[0].toStdString());
        PredictOptions options;
        options.batchSize = 4;
        JobHandle job;
        JobHandle cancelling(
            [&](const JobProgress& progress) {
                if (progress.done >= 8)
                    cancelling.cancel();
            },
            /*progressIntervalMs=*/0);
        QCOMPARE(predictor.predictFiles(many, options, &cancelling).size(), size_t(8));
        // A new job starts afresh.
        QCOMPARE(predictor.predictFiles({many[0]}, options, &job).size(), size_t(1));
    }

    void cancelBeforeTheStartIsKept() {
        // The cancel of a job that has not started yet must not be lost when it starts.
        Predictor predictor(m_single);
        JobHandle job;
        job.cancel();
        const std::vector<std::string> many(12, m_images[0].toStdString());
        QCOMPARE(predictor.predictFiles(many, {}, &job).size(), size_t(0));
    }

    void pixelsEqualFile() {
        Predictor predictor(m_single);
        cv::Mat bgr = cv::imread(path("images/0.jpg"));
        cv::Mat rgb;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        const auto fromPixels =
            predictor.predictPixels(rgb.data, rgb.cols, rgb.rows, static_cast<int>(rgb.step));
        const auto fromFile = predictor.predict(path("images/0.jpg"));
        for (size_t c = 0; c < kClasses.size(); ++c)
            QVERIFY(std::abs(fromPixels.scores[c].confidence - fromFile.scores[c].confidence) <
                    1e-6);
    }

    void annotationChangesOnlyTheLabelBox_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("grey");
        QTest::newRow("small dark") << 200 << 150 << 10;
        QTest::newRow("large light") << 1200 << 900 << 245;
    }

    void annotationChangesOnlyTheLabelBox() {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, grey);
        cv::Mat rgb(height, width, CV_8UC3, cv::Scalar(grey, grey, grey));
        ImagePrediction prediction;
        prediction.labels = {{1, "dog", 0.934}, {3, "fish", 0.61}};
        const AnnotatedImage out =
            annotateImage(rgb.data, width, height, static_cast<int>(rgb.step), prediction);
        QCOMPARE(out.width, width);
        QCOMPARE(out.height, height);
        const cv::Mat drawn(height, width, CV_8UC3, const_cast<uint8_t*>(out.rgb.data()));
        const cv::Rect box(out.boxX, out.boxY, out.boxWidth, out.boxHeight);
        QVERIFY(box.area() > 0 && box.area() < width * height / 2);
        // Box scaled to the picture: about a twentieth of the shorter side per text line.
        QVERIFY(box.height >= std::min(width, height) / 20);
        cv::Mat difference;
        cv::absdiff(drawn, rgb, difference);
        cv::Mat grey1;
        cv::cvtColor(difference, grey1, cv::COLOR_RGB2GRAY);
        cv::Mat outside = grey1.clone();
        outside(box).setTo(0);
        QCOMPARE(cv::countNonZero(outside), 0);
        QVERIFY(cv::countNonZero(grey1(box)) > box.area() / 2);
        // Text pixels are bright and the panel dark, whatever the background.
        double darkest = 0, brightest = 0;
        cv::Mat boxGrey;
        cv::cvtColor(drawn(box), boxGrey, cv::COLOR_RGB2GRAY);
        cv::minMaxLoc(boxGrey, &darkest, &brightest);
        QVERIFY2(brightest - darkest > 150,
                 qPrintable(QString("contrast %1..%2").arg(darkest).arg(brightest)));
        // Written as a file and read back.
        const std::string file = path(QString("annotated-%1.png").arg(width));
        writeAnnotatedImage(out, file);
        const cv::Mat reread = cv::imread(file);
        QCOMPARE(reread.cols, width);
        QVERIFY_THROWS_EXCEPTION(EngineError, writeAnnotatedImage(out, path("x.unknownformat")));
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
