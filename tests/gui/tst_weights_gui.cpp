// Pretrained weights in the GUI, against a weights server the test starts on 127.0.0.1: the
// ImageNet presets name their catalogue entry and the Model page says where the weights come
// from and whether they are here; weights for another backbone are a problem of the field; the
// download dialog fetches with progress, and its Cancel stops the download and keeps what came.

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>

#include "common/session.h"
#include "config/config_form.h"
#include "config/model_page.h"
#include "config/weights_download_dialog.h"
#include "faicls/config_json.h"
#include "runner/engine_controller.h"
#include "weights_server.h"

using namespace faicls;
using namespace faicls::gui;
namespace fs = std::filesystem;

class TestWeightsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_sha256;

    std::string path(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    // A catalogue whose ResNet-18 entry points at the local server.
    WeightsEntry serveResNet18(const test::WeightsServer& server) {
        test::writeTestCatalog(
            path("catalog.json"),
            {nlohmann::json{{"name", "resnet18-imagenet"},
                            {"backbone", {{"model_type", "resnet"}, {"depth", 18}}},
                            {"url", server.url("resnet18-test.pth")},
                            {"sha256", m_sha256},
                            {"source", "test server"},
                            {"licence", "test licence"},
                            {"top1", 12.5},
                            {"size_mb", 3.0}}});
        return *findWeights(weightsCatalog(), "resnet18-imagenet");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        fs::create_directories(path("served"));
        std::string bytes(3000000, '\0');
        std::mt19937 random(3);
        for (auto& byte : bytes)
            byte = static_cast<char>(random() & 0xff);
        std::ofstream(path("served/resnet18-test.pth"), std::ios::binary) << bytes;
        m_sha256 =
            QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        qputenv("FAICLS_WEIGHTS_CATALOG", m_dir.filePath("catalog.json").toUtf8());
        qputenv("TORCH_HOME", m_dir.filePath("torch").toUtf8());
    }

    void init() {
        fs::remove_all(path("xdg"));
        qputenv("XDG_CACHE_HOME", m_dir.filePath("xdg").toUtf8());
    }

    void modelPageSaysWhereTheWeightsComeFrom() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        serveResNet18(server);
        EngineController engine;
        Session session;
        ModelPage page(&engine, &session);
        page.applyPreset(QStringLiteral("resnet18-imagenet"));
        QCOMPARE(session.experiment().model.backbone.pretrained, std::string("resnet18-imagenet"));
        QCOMPARE(session.experiment().model.backbone.modelType, std::string("resnet"));
        QVERIFY(page.isValid());
        auto* info = page.findChild<QLabel*>(QStringLiteral("weightsInfoLabel"));
        auto* download = page.findChild<QPushButton*>(QStringLiteral("downloadWeightsButton"));
        QVERIFY(info->text().contains("test server"));
        QVERIFY(info->text().contains("test licence"));
        QVERIFY(info->text().contains("12.5"));
        QVERIFY2(info->text().contains("Not downloaded yet (3.0 MB)"), qPrintable(info->text()));
        QVERIFY(!download->isHidden());
        auto* status = page.findChild<QLabel*>(QStringLiteral("configStatusLabel"));
        QVERIFY2(status->text().contains("0.1"), qPrintable(status->text()));  // automatic

        // The same weights under another backbone: a problem of the field.
        nlohmann::json model = page.modelForm()->toJson();
        setJsonAt(model, "backbone_config.model_type", "stdc");
        page.modelForm()->setJson(model);
        QVERIFY(!page.isValid());
        auto* issue = page.modelForm()->findChild<QLabel*>("issue:backbone_config.pretrained");
        QVERIFY(issue && !issue->isHidden());

        // A preset from scratch clears them.
        page.applyPreset(QStringLiteral("fai-cls-n"));
        QVERIFY(page.isValid());
        QVERIFY(session.experiment().model.backbone.pretrained.empty());
        QVERIFY(info->text().contains("from scratch"));
        QVERIFY(download->isHidden());
        QCOMPARE(server.requests().size(), size_t{0});  // nothing fetched without asking
    }

    void aBrokenSiteCatalogueIsAProblemNotACrash() {
        std::ofstream(path("catalog.json")) << "{\"format\": 1, \"entries\": [{\"name\": 3}]}";
        EngineController engine;
        Session session;
        ModelPage page(&engine, &session);
        page.setPretrained(QStringLiteral("resnet18-imagenet"));
        QVERIFY(!page.isValid());
        auto* info = page.findChild<QLabel*>(QStringLiteral("weightsInfoLabel"));
        QVERIFY2(info->text().contains("cannot be read"), qPrintable(info->text()));
        auto* issue = page.modelForm()->findChild<QLabel*>("issue:backbone_config.pretrained");
        QVERIFY2(issue->text().contains("catalog.json"), qPrintable(issue->text()));
        BackboneConfig backbone;
        backbone.modelType = "resnet";
        backbone.depth = 18;
        backbone.pretrained = "resnet18-imagenet";
        // The training that follows names the problem; asking first has nothing to offer.
        QVERIFY(WeightsDownloadDialog::ensureAvailable(&engine, backbone, nullptr).has_value());
    }

    void downloadDialogFetchesTheWeights() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = serveResNet18(server);
        EngineController engine;
        WeightsDownloadDialog dialog(&engine, entry);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30000);
        QCOMPARE(dialog.file().toStdString(), path("xdg/faicls/weights/resnet18-test.pth"));
        QVERIFY(fs::exists(dialog.file().toStdString()));
        // Here now: a training needs no question.
        BackboneConfig backbone = entry.backbone;
        backbone.pretrained = entry.name;
        QCOMPARE(WeightsDownloadDialog::ensureAvailable(&engine, backbone, nullptr).value_or(""),
                 QStringLiteral("resnet18-imagenet"));
    }

    void cancelStopsTheDownloadAndKeepsWhatCame() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served"), {0, 0, 0.05}), QString());
        const WeightsEntry entry = serveResNet18(server);
        EngineController engine;
        WeightsDownloadDialog dialog(&engine, entry);
        QSignalSpy progress(engine.downloadWorker(), &EngineWorker::weightsProgress);
        QSignalSpy failed(engine.downloadWorker(), &EngineWorker::weightsFailed);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0 && progress.last()[0].toLongLong() > 0,
                                 30000);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("weightsDownloadButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCoreApplication::sendPostedEvents();
        QVERIFY(dialog.isVisible());  // it says what happened until closed
        QVERIFY(failed.first()[0].toString().contains("cancelled"));
        QCOMPARE(button->text(), QStringLiteral("Close"));
        const std::string partial = path("xdg/faicls/weights/resnet18-test.pth.part");
        QVERIFY(fs::exists(partial) && fs::file_size(partial) > 0);
        QVERIFY(!fs::exists(path("xdg/faicls/weights/resnet18-test.pth")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestWeightsGui)
#include "tst_weights_gui.moc"
