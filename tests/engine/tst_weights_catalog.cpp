// The weights catalogue: a pretrained entry for every backbone we build, torchvision's URLs,
// accuracies and sizes as the installed torchvision publishes them, a site's extra catalogue
// (a mirror for an entry, entries of its own, clear messages for a bad file), and the caches
// looked up without any network.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/weights_catalog.h"
#include "test_support.h"

using namespace faicls;

namespace {

void writeText(const std::string& path, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path) << text;
}

std::string describe(const BackboneConfig& b) {
    return b.modelType + ":" + std::to_string(b.depth) + ":" + effectiveVariant(b) + ":" + b.size;
}

}  // namespace

class TestWeightsCatalog : public QObject {
    Q_OBJECT
    test::ReferenceFolder m_generated;
    QTemporaryDir m_dir;

    std::string path(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    // The message of the EngineError `read` throws, or "" when it does not throw.
    template <typename Read>
    static QString errorOf(Read read) {
        try {
            read();
        } catch (const EngineError& error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        qunsetenv("FAICLS_WEIGHTS_CATALOG");
        qputenv("XDG_CACHE_HOME", m_dir.filePath("xdg").toUtf8());
        qputenv("TORCH_HOME", m_dir.filePath("torch").toUtf8());
    }

    void everyBackboneHasPretrainedWeights() {
        const auto catalog = weightsCatalog();
        std::set<std::string> names, covered;
        for (const auto& entry : catalog) {
            QVERIFY2(names.insert(entry.name).second, entry.name.c_str());
            covered.insert(describe(entry.backbone));
            ModelConfig model;
            model.numClasses = 2;
            model.backbone = entry.backbone;
            QVERIFY2(validate(model).empty(), entry.name.c_str());
            QVERIFY(entry.catalogFile.empty());
            QVERIFY(!entry.licence.empty() && !entry.source.empty() && entry.parameters > 0);
            if (!entry.sha256Prefix.empty())  // torchvision's names carry the hash's start
                QVERIFY2(
                    entry.fileName.find("-" + entry.sha256Prefix + ".pth") != std::string::npos,
                    entry.fileName.c_str());
        }
        std::vector<BackboneConfig> built;
        for (int depth : {18, 34, 50, 101})
            built.push_back({"resnet", depth});
        for (const char* variant : {"b0", "b1", "b2", "b3"}) {
            BackboneConfig b;
            b.modelType = "efficientnet";
            b.variant = variant;
            built.push_back(b);
        }
        for (const char* size : {"nano", "small", "large"}) {
            BackboneConfig b;
            b.modelType = "stdc";
            b.size = size;
            built.push_back(b);
        }
        BackboneConfig mobilenet;
        mobilenet.modelType = "mobilenet_v2";
        built.push_back(mobilenet);
        for (const auto& backbone : built)
            QVERIFY2(covered.count(describe(backbone)), describe(backbone).c_str());
    }

    void torchvisionEntriesAreWhatTorchvisionPublishes() {
        const QString problem = m_generated.generate("list_torchvision_weights.py");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        std::ifstream in(m_generated.path("torchvision_weights.json"));
        const auto published = nlohmann::json::parse(in);
        int checked = 0;
        for (const auto& entry : weightsCatalog()) {
            if (entry.source.rfind("torchvision", 0) != 0)
                continue;
            QVERIFY2(published.contains(entry.url), entry.url.c_str());
            QCOMPARE(entry.top1, published[entry.url]["top1"].get<double>());
            QCOMPARE(entry.parameters, published[entry.url]["parameters"].get<int64_t>());
            ++checked;
        }
        QCOMPARE(checked, 9);
    }

    void aSiteCatalogueAddsAndReplaces() {
        using nlohmann::json;
        const json site = {
            {"format", 1},
            {"entries",
             {{{"name", "resnet18-imagenet"},
               {"backbone", {{"model_type", "resnet"}, {"depth", 18}}},
               {"url", "http://mirror.example/models/resnet18-f37072fd.pth"},
               {"sha256_prefix", "f37072fd"},
               {"licence", "BSD-3-Clause"},
               {"source", "mirror"}},
              {{"name", "our-stdc"},
               {"backbone", {{"model_type", "stdc"}, {"size", "small"}}},
               {"url", "http://models.example/our-stdc.pth"},
               {"sha256", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"}}}}};
        writeText(path("site.json"), site.dump());
        const size_t builtIn = weightsCatalog().size();
        qputenv("FAICLS_WEIGHTS_CATALOG", m_dir.filePath("site.json").toUtf8());
        const auto catalog = weightsCatalog();
        QCOMPARE(catalog.size(), builtIn + 1);  // one replaced, one added
        const auto mirrored = findWeights(catalog, "resnet18-imagenet");
        QVERIFY(mirrored);
        QCOMPARE(mirrored->url, std::string("http://mirror.example/models/resnet18-f37072fd.pth"));
        QCOMPARE(mirrored->catalogFile, path("site.json"));
        const auto own = findWeights(catalog, "our-stdc");
        QVERIFY(own);
        QCOMPARE(own->fileName, std::string("our-stdc.pth"));
        QCOMPARE(own->sha256Prefix, std::string("00112233"));
        QVERIFY(!findWeights(catalog, "vgg16"));
    }

    void aBadSiteCatalogueIsNamed_data() {
        using nlohmann::json;
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // One entry with `field` set to `value` (or left out when null).
        auto catalogueWith = [](const char* field, const json& value) {
            json entry = {
                {"name", "x"}, {"backbone", {{"model_type", "resnet"}}}, {"url", "http://a/x.pth"}};
            if (value.is_null())
                entry.erase(field);
            else
                entry[field] = value;
            return QString::fromStdString(json{{"format", 1}, {"entries", {entry}}}.dump());
        };
        QTest::newRow("not JSON") << "{\"format\": 1,\n \"entries\": ["
                                  << "line 2";
        QTest::newRow("not a catalogue") << "[1, 2]"
                                         << "not a weights catalogue";
        QTest::newRow("no url") << catalogueWith("url", nullptr) << "entry 1: \"url\" is missing";
        QTest::newRow("bad backbone")
            << catalogueWith("backbone", {{"model_type", "vgg"}}) << "entry 1 (x): backbone";
        QTest::newRow("no file name")
            << catalogueWith("url", "http://a/") << "does not end in a file name";
        QTest::newRow("top-1 as text")
            << catalogueWith("top1", "high") << "\"top1\" must be a number";
    }

    void aBadSiteCatalogueIsNamed() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        writeText(path("bad.json"), text.toStdString());
        const QString message = errorOf([&] { weightsCatalog(path("bad.json")); });
        QVERIFY2(message.contains("bad.json") && message.contains(expected), qPrintable(message));
        QVERIFY(errorOf([&] { weightsCatalog(path("missing.json")); }).contains("missing.json"));
    }

    void cachesAreLookedUpOursFirst() {
        const auto entry = *findWeights(weightsCatalog(), "resnet18-imagenet");
        QCOMPARE(weightsCacheFolder(), path("xdg/faicls/weights"));
        QCOMPARE(torchHubCheckpointFolder(), path("torch/hub/checkpoints"));
        QVERIFY(!cachedWeightsFile(entry));
        writeText(path("torch/hub/checkpoints/resnet18-f37072fd.pth"), "");  // empty: not it
        QVERIFY(!cachedWeightsFile(entry));
        writeText(path("torch/hub/checkpoints/resnet18-f37072fd.pth"), "weights");
        QCOMPARE(cachedWeightsFile(entry).value_or(""),
                 path("torch/hub/checkpoints/resnet18-f37072fd.pth"));
        writeText(path("xdg/faicls/weights/resnet18-f37072fd.pth"), "weights");
        QCOMPARE(cachedWeightsFile(entry).value_or(""),
                 path("xdg/faicls/weights/resnet18-f37072fd.pth"));
    }
};

QTEST_GUILESS_MAIN(TestWeightsCatalog)
#include "tst_weights_catalog.moc"
