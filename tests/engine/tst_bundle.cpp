// The .faicls bundle: round trip of description and weights, atomic writes, clear errors for
// damaged or newer files, and prediction through it (including the CLI's JSON).

#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <opencv2/imgcodecs.hpp>

#include "faicls/engine_error.h"
#include "faicls/predictor.h"
#include "io/atomic_file.h"
#include "model/bundle_file.h"

using namespace faicls;

namespace {

BundleInfo tinyInfo(bool multiLabel) {
    BundleInfo info;
    info.createdBy = "test";
    info.model.numClasses = 3;
    info.model.backbone.size = "nano";
    info.model.features = "res3";
    info.model.hiddenDim = 16;
    info.model.multiLabel = multiLabel;
    info.model.resolution = {32, 32};
    info.classNames = {"red", "green", "blue"};
    info.preprocessing.resolution = {32, 32};
    info.threshold = 0.25;
    info.validationMetrics = {{"F1", 87.5}};
    return info;
}

}  // namespace

class TestBundle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const QString& name) const {
        return (m_dir.path() + "/" + name).toStdString();
    }

    std::string writeTiny(const QString& name, bool multiLabel) {
        torch::manual_seed(1);
        nn::FaiClassifier model(tinyInfo(multiLabel).model);
        writeBundle(path(name), tinyInfo(multiLabel), stateDictOf(model));
        return path(name);
    }

    std::string writeImage(const QString& name) {
        cv::Mat image(40, 60, CV_8UC3, cv::Scalar(20, 200, 90));
        cv::imwrite(path(name), image);
        return path(name);
    }

private Q_SLOTS:
    void roundTrip() {
        torch::manual_seed(1);
        const BundleInfo info = tinyInfo(false);
        nn::FaiClassifier model(info.model);
        const auto weights = stateDictOf(model);
        writeBundle(path("a.faicls"), info, weights);

        const auto loaded = readBundle(path("a.faicls"));
        QCOMPARE(loaded.info.classNames, info.classNames);
        QCOMPARE(loaded.info.threshold, 0.25);
        QCOMPARE(loaded.info.validationMetrics["F1"].get<double>(), 87.5);
        QCOMPARE(loaded.info.model.features, std::string("res3"));
        QCOMPARE(loaded.info.formatVersion, BundleInfo::kFormatVersion);
        QCOMPARE(loaded.weights.size(), weights.size());
        for (size_t i = 0; i < weights.size(); ++i) {
            QCOMPARE(loaded.weights[i].first, weights[i].first);
            QVERIFY(torch::equal(loaded.weights[i].second, weights[i].second));
        }
        auto rebuilt = modelFromBundle(loaded);
        model->eval();
        const auto input = torch::randn({2, 3, 32, 32});
        QVERIFY(torch::equal(rebuilt->forward(input), model->forward(input)));
        QCOMPARE(readBundleInfo(path("a.faicls")).classNames, info.classNames);
    }

    void failedWriteKeepsPreviousFile() {
        const std::string target = writeTiny("keep.faicls", false);
        const auto before = readBundle(target);
        io::StateDict unsupported = {{"complex", torch::zeros({2}, torch::kComplexFloat)}};
        QVERIFY_THROWS_EXCEPTION(EngineError, writeBundle(target, tinyInfo(false), unsupported));
        QCOMPARE(readBundle(target).weights.size(), before.weights.size());
        QDir dir(m_dir.path());
        QVERIFY2(dir.entryList({".keep.faicls.tmp*"}, QDir::Hidden | QDir::Files).isEmpty(),
                 "temporary file left behind");
    }

    void aFullDiskIsAnErrorNotAnAbort() {
        // A file size limit fails writes as a full disk does (EFBIG rather than ENOSPC).
        // LibTorch's archive writers used to abort the program on it; now each writer ends
        // with a WriteFailed naming the file, the previous file intact, no temporary left.
        const std::string target = writeTiny("full.faicls", false);
        const auto before = readBundle(target);
        torch::manual_seed(2);
        nn::FaiClassifier other(tinyInfo(false).model);
        torch::serialize::OutputArchive archive;
        archive.write("big", torch::randn({2000000}));  // 8 MB, over the limit below
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limit = previous;
        limit.rlim_cur = static_cast<rlim_t>(QFileInfo(QString::fromStdString(target)).size() / 2);
        setrlimit(RLIMIT_FSIZE, &limit);
        QString bundleError, archiveError;
        try {
            writeBundle(target, tinyInfo(false), stateDictOf(other));
        } catch (const EngineError& error) {
            bundleError = error.what();
        }
        try {
            io::writeFileAtomically(path("full.optimizer"),
                                    [&](std::ostream& out) { archive.save_to(out); });
        } catch (const EngineError& error) {
            archiveError = error.what();
        }
        setrlimit(RLIMIT_FSIZE, &previous);
        QVERIFY2(bundleError.contains("full.faicls: cannot write"), qPrintable(bundleError));
        QVERIFY2(archiveError.contains("full.optimizer: cannot write"), qPrintable(archiveError));
        const auto after = readBundle(target);
        for (size_t i = 0; i < before.weights.size(); ++i)
            QVERIFY(torch::equal(after.weights[i].second, before.weights[i].second));
        QVERIFY(!QFile::exists(QString::fromStdString(path("full.optimizer"))));
        QDir dir(m_dir.path());
        QVERIFY2(dir.entryList({".full.*"}, QDir::Hidden | QDir::Files).isEmpty(),
                 "temporary file left behind");
    }

    void rejectsBadBundles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a zip") << QByteArray("hello") << int(ErrorCode::InvalidFile)
                                   << "not a valid FAI-CLS model bundle";
        QTest::newRow("empty file")
            << QByteArray() << int(ErrorCode::InvalidFile) << "not a valid FAI-CLS model bundle";
    }

    void rejectsBadBundles() {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, expected);
        QFile file(m_dir.path() + "/bad.faicls");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        try {
            readBundle(path("bad.faicls"));
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QCOMPARE(int(error.code()), code);
            QVERIFY2(QString(error.what()).contains("bad.faicls") &&
                         QString(error.what()).contains(expected),
                     error.what());
        }
        QVERIFY_THROWS_EXCEPTION(EngineError, readBundle(path("absent.faicls")));
    }

    // A flipped byte anywhere is refused with a message, or (in bytes nothing reads, such as
    // alignment padding) changes nothing: never different weights loaded in silence.
    void aFlippedByteIsRefusedOrHarmless() {
        const std::string original = writeTiny("flip.faicls", false);
        const auto expected = readBundle(original);
        QFile in(QString::fromStdString(original));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        int refused = 0;
        int tried = 0;
        for (qsizetype at = 0; at < bytes.size();
             at += std::max<qsizetype>(1, bytes.size() / 300)) {
            QByteArray changed = bytes;
            changed[at] = static_cast<char>(changed[at] ^ 0x04);
            QFile out(m_dir.path() + "/flipped.faicls");
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(changed);
            out.close();
            ++tried;
            try {
                const auto loaded = readBundle(path("flipped.faicls"));
                QCOMPARE(loaded.info.classNames, expected.info.classNames);
                QCOMPARE(loaded.weights.size(), expected.weights.size());
                for (size_t i = 0; i < loaded.weights.size(); ++i)
                    QVERIFY2(torch::equal(loaded.weights[i].second, expected.weights[i].second),
                             qPrintable(QString("byte %1 changed %2")
                                            .arg(at)
                                            .arg(QString::fromStdString(loaded.weights[i].first))));
            } catch (const EngineError& error) {
                ++refused;
                QVERIFY2(QString(error.what()).contains("flipped.faicls"), error.what());
            }
        }
        qInfo("%d of %d flipped bytes refused, the rest changed nothing", refused, tried);
        QVERIFY(refused > tried / 2);
    }

    void rejectsOutOfRangeFields_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("resolution 0") << "resolution"
                                      << "[0, 0]"
                                      << "preprocessing.resolution";
        QTest::newRow("resolution 100000") << "resolution"
                                           << "[100000, 100000]"
                                           << "preprocessing.resolution";
        QTest::newRow("negative mean") << "pixel_mean"
                                       << "[-5, 0, 0]"
                                       << "preprocessing.pixel_mean";
        QTest::newRow("std 0") << "pixel_std"
                               << "[0, 1, 1]"
                               << "preprocessing.pixel_std";
        QTest::newRow("resize mode") << "resize_mode"
                                     << "\"zoom\""
                                     << "resize_mode";
        QTest::newRow("version 0") << "format_version"
                                   << "0"
                                   << "format_version 0";
        QTest::newRow("version -1") << "format_version"
                                    << "-1"
                                    << "format_version -1";
        QTest::newRow("threshold") << "threshold"
                                   << "2"
                                   << "threshold";
        // Converting these to int was undefined behaviour (found by fuzz_bundle).
        QTest::newRow("version 1e300") << "format_version"
                                       << "1e300"
                                       << "whole number";
        QTest::newRow("fractional resolution") << "resolution"
                                               << "[3.5, 32]"
                                               << "whole number";
        QTest::newRow("format a number") << "format"
                                         << "5"
                                         << "unknown format";  // fuzz_bundle
        QTest::newRow("class thresholds") << "class_thresholds"
                                          << "[0.5]"
                                          << "class thresholds for";
    }

    void rejectsOutOfRangeFields() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        auto description = toJson(tinyInfo(false));
        const auto parsed = nlohmann::json::parse(value.toStdString());
        const std::string key = field.toStdString();
        if (description["preprocessing"].contains(key))
            description["preprocessing"][key] = parsed;
        else
            description[key] = parsed;
        try {
            bundleInfoFromJson(description, "fields.faicls");
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::InvalidFile);
            QVERIFY2(QString(error.what()).contains("fields.faicls") &&
                         QString(error.what()).contains(expected),
                     error.what());
        }
    }

    void integerDataOverFloatWeightsIsRefused() {
        const BundleInfo info = tinyInfo(false);
        nn::FaiClassifier model(info.model);
        auto weights = stateDictOf(model);
        weights[0].second = weights[0].second.to(torch::kInt);
        writeBundle(path("int32.faicls"), info, weights);
        try {
            modelFromBundle(readBundle(path("int32.faicls")));
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("Int values"), error.what());
        }
    }

    void rejectsNewerFormat() {
        auto json = toJson(tinyInfo(false));
        json["format_version"] = BundleInfo::kFormatVersion + 1;
        try {
            bundleInfoFromJson(json, "future.faicls");
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::UnsupportedFormat);
            QVERIFY(QString(error.what()).contains("newer"));
        }
    }

    void predictsSingleLabel() {
        Predictor predictor(writeTiny("single.faicls", false));
        const auto prediction = predictor.predict(writeImage("single.png"));
        QCOMPARE(prediction.scores.size(), size_t{3});
        QCOMPARE(prediction.labels.size(), size_t{1});
        double sum = 0, best = 0;
        for (const auto& s : prediction.scores) {
            sum += s.confidence;
            best = std::max(best, s.confidence);
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-5);  // softmax
        QCOMPARE(prediction.labels[0].confidence, best);
        QCOMPARE(prediction.labels[0].label,
                 std::string(tinyInfo(false).classNames[prediction.labels[0].classId]));
    }

    void predictsMultiLabelAboveThreshold() {
        Predictor predictor(writeTiny("multi.faicls", true));
        const auto prediction = predictor.predict(writeImage("multi.png"));
        size_t above = 0;
        for (const auto& s : prediction.scores)
            above += s.confidence > 0.25;
        QCOMPARE(prediction.labels.size(), above);
        for (size_t i = 1; i < prediction.labels.size(); ++i)
            QVERIFY(prediction.labels[i - 1].confidence >= prediction.labels[i].confidence);
    }

    void unreadableImageIsAnError() {
        Predictor predictor(writeTiny("err.faicls", false));
        QFile text(m_dir.path() + "/not_an_image.png");
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("plain text");
        text.close();
        try {
            predictor.predict(path("not_an_image.png"));
            QFAIL("accepted");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("not_an_image.png"), error.what());
        }
    }

    void cliPredictJsonHasEveryScoreAtFullPrecision() {
        const std::string bundle = writeTiny("cli.faicls", false);
        const std::string image = writeImage("cli.png");
        QProcess cli;
        cli.start(QStringLiteral(FAICLS_CLI_PATH),
                  {"predict", "--model", QString::fromStdString(bundle),
                   QString::fromStdString(image), "--json"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const auto json =
            nlohmann::json::parse(cli.readAllStandardOutput().toStdString())["results"][0];
        QCOMPARE(json["scores"].size(), size_t{3});
        const auto expected = Predictor(bundle).predict(image);
        for (size_t c = 0; c < 3; ++c)
            QCOMPARE(json["scores"][c]["conf"].get<double>(),
                     expected.scores[c].confidence);  // exact
        QCOMPARE(json["predictions"][0]["cls_id"].get<int>(), expected.labels[0].classId);

        QProcess bad;
        bad.start(QStringLiteral(FAICLS_CLI_PATH),
                  {"predict", "--model", "/nonexistent.faicls", QString::fromStdString(image)});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("/nonexistent.faicls: file not found"));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
