// Downloading catalogue weights, against a server the test starts on 127.0.0.1: a whole
// download, a dropped connection resumed, a cancelled download resumed by the next one, a wrong
// hash refused with nothing kept, HTTP 404, no server, a disk that refuses bytes, both caches
// used without a request; and what `backbone_config.pretrained` resolves to.

#include <sys/resource.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>

#include "faicls/engine_error.h"
#include "faicls/job_handle.h"
#include "faicls/weights_catalog.h"
#include "io/http_download.h"
#include "weights_server.h"

using namespace faicls;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int64_t kFileBytes = 1500000;

QByteArray randomBytes(int64_t size, uint32_t seed) {
    std::mt19937 generator(seed);
    QByteArray bytes(static_cast<int>(size), '\0');
    for (auto& byte : bytes)
        byte = static_cast<char>(generator() & 0xff);
    return bytes;
}

std::string sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

QByteArray readAll(const std::string& path) {
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename Call>
EngineError errorOf(Call call) {
    try {
        call();
    } catch (const EngineError& error) {
        return error;
    }
    return EngineError(ErrorCode::Runtime, "(no error)");
}

}  // namespace

class TestWeightsDownload : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_weights;  // the served file's bytes
    std::string m_sha256;

    std::string path(const QString& name) const { return m_dir.filePath(name).toStdString(); }
    std::string cacheFile() const { return path("xdg/faicls/weights/tiny-weights.pth"); }

    // A catalogue with the served file, for a server at `url`.
    WeightsEntry entryAt(const std::string& url, const std::string& sha256) {
        test::writeTestCatalog(path("catalog.json"),
                               {json{{"name", "tiny-test"},
                                     {"backbone", {{"model_type", "stdc"}, {"size", "nano"}}},
                                     {"url", url},
                                     {"sha256", sha256},
                                     {"licence", "test"}}});
        return *findWeights(weightsCatalog(path("catalog.json")), "tiny-test");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        fs::create_directories(path("served"));
        m_weights = randomBytes(kFileBytes, 7);
        m_sha256 = sha256Hex(m_weights);
        QFile served(m_dir.filePath("served/tiny-weights.pth"));
        QVERIFY(served.open(QIODevice::WriteOnly));
        served.write(m_weights);
    }

    void init() {
        fs::remove_all(path("xdg"));
        fs::remove_all(path("torch"));
        qputenv("XDG_CACHE_HOME", m_dir.filePath("xdg").toUtf8());
        qputenv("TORCH_HOME", m_dir.filePath("torch").toUtf8());
        qputenv("FAICLS_WEIGHTS_CATALOG", m_dir.filePath("catalog.json").toUtf8());
    }

    void downloadsIntoTheCacheWithProgress() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = entryAt(server.url("tiny-weights.pth"), m_sha256);
        JobProgress last;
        JobHandle job([&](const JobProgress& p) { last = p; }, 0);
        const std::string file = fetchWeights(entry, &job);
        QCOMPARE(file, cacheFile());
        QVERIFY(readAll(file) == m_weights);
        QVERIFY(!fs::exists(io::partialFileOf(file)));
        QCOMPARE(last.phase, std::string("downloading"));
        QCOMPARE(last.done, kFileBytes);
        QCOMPARE(last.total, kFileBytes);
        QCOMPARE(server.requests().size(), size_t{1});
    }

    void resumesADroppedConnection() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served"), {400000, 1, 0}), QString());
        io::DownloadRequest request;
        request.url = server.url("tiny-weights.pth");
        request.destination = cacheFile();
        const io::DownloadOutcome outcome = io::downloadFile(request);
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(outcome.bytes, kFileBytes);
        QVERIFY(readAll(cacheFile()) == m_weights);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), size_t{2});
        QVERIFY(requests[0]["range"].is_null());
        QCOMPARE(requests[1]["range"].get<std::string>(), std::string("bytes=400000-"));
    }

    void aConnectionThatKeepsDroppingFailsAndKeepsWhatCame() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served"), {100000, 10, 0}), QString());
        io::DownloadRequest request;
        request.url = server.url("tiny-weights.pth");
        request.destination = cacheFile();
        request.attempts = 3;
        const EngineError error = errorOf([&] { io::downloadFile(request); });
        QCOMPARE(error.code(), ErrorCode::DownloadFailed);
        QVERIFY2(std::string(error.what()).find("dropped 3 times") != std::string::npos,
                 error.what());
        QCOMPARE(static_cast<int64_t>(fs::file_size(io::partialFileOf(cacheFile()))), 300000);
        QVERIFY(!fs::exists(cacheFile()));
    }

    void aCancelledDownloadResumesNextTime() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served"), {0, 0, 0.02}), QString());
        const WeightsEntry entry = entryAt(server.url("tiny-weights.pth"), m_sha256);
        JobHandle job;
        job.setProgressHandler(
            [&](const JobProgress& p) {
                if (p.done >= 200000)
                    job.cancel();
            },
            0);
        const EngineError cancelled = errorOf([&] { fetchWeights(entry, &job); });
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        const std::string partial = io::partialFileOf(cacheFile());
        const auto kept = static_cast<int64_t>(fs::file_size(partial));
        QVERIFY2(kept >= 200000 && kept < kFileBytes, std::to_string(kept).c_str());
        QVERIFY(!fs::exists(cacheFile()));

        QCOMPARE(fetchWeights(entry), cacheFile());
        QVERIFY(readAll(cacheFile()) == m_weights);
        const auto requests = server.requests();
        QCOMPARE(requests.back()["range"].get<std::string>(),
                 "bytes=" + std::to_string(kept) + "-");
    }

    void aWrongHashIsRefusedAndNothingKept() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = entryAt(server.url("tiny-weights.pth"), std::string(64, 'a'));
        const EngineError error = errorOf([&] { fetchWeights(entry); });
        QCOMPARE(error.code(), ErrorCode::InvalidFile);
        QVERIFY2(std::string(error.what()).find(m_sha256) != std::string::npos, error.what());
        QVERIFY(!fs::exists(cacheFile()));
        QVERIFY(!fs::exists(io::partialFileOf(cacheFile())));
    }

    void notFoundIsAnHttpError() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = entryAt(server.url("missing-weights.pth"), m_sha256);
        const EngineError error = errorOf([&] { fetchWeights(entry); });
        QCOMPARE(error.code(), ErrorCode::DownloadFailed);
        const std::string message = error.what();
        QVERIFY2(message.find("HTTP 404") != std::string::npos, message.c_str());
        QVERIFY2(message.find(entry.url) != std::string::npos, message.c_str());
        QVERIFY2(message.find("without network") != std::string::npos, message.c_str());
        QVERIFY(!fs::exists(path("xdg/faicls/weights/missing-weights.pth")));
        QVERIFY(!fs::exists(path("xdg/faicls/weights/missing-weights.pth.part")));
    }

    void noServerSaysItCannotConnect() {
        const std::string url =
            "http://127.0.0.1:" + std::to_string(test::unusedLocalPort()) + "/tiny-weights.pth";
        const WeightsEntry entry = entryAt(url, m_sha256);
        const EngineError error = errorOf([&] { fetchWeights(entry); });
        QCOMPARE(error.code(), ErrorCode::DownloadFailed);
        QVERIFY2(std::string(error.what()).find("cannot connect to 127.0.0.1") != std::string::npos,
                 error.what());
    }

    void aDiskThatRefusesBytesLeavesNoPartialFile() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        io::DownloadRequest request;
        request.url = server.url("tiny-weights.pth");
        request.destination = cacheFile();
        // A file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        getrlimit(RLIMIT_FSIZE, &previous);
        rlimit limit = previous;
        limit.rlim_cur = 300000;
        setrlimit(RLIMIT_FSIZE, &limit);
        const EngineError error = errorOf([&] { io::downloadFile(request); });
        setrlimit(RLIMIT_FSIZE, &previous);
        QCOMPARE(error.code(), ErrorCode::WriteFailed);
        QVERIFY2(
            std::string(error.what()).find(io::partialFileOf(cacheFile())) != std::string::npos,
            error.what());
        QVERIFY(!fs::exists(io::partialFileOf(cacheFile())));
        QVERIFY(!fs::exists(cacheFile()));
    }

    void eitherCacheIsUsedWithoutARequest() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = entryAt(server.url("tiny-weights.pth"), m_sha256);
        const std::string torchFile = path("torch/hub/checkpoints/tiny-weights.pth");
        fs::create_directories(fs::path(torchFile).parent_path());
        fs::copy_file(path("served/tiny-weights.pth"), torchFile);
        QCOMPARE(fetchWeights(entry), torchFile);
        fs::create_directories(fs::path(cacheFile()).parent_path());
        fs::copy_file(path("served/tiny-weights.pth"), cacheFile());
        QCOMPARE(fetchWeights(entry), cacheFile());
        QCOMPARE(server.requests().size(), size_t{0});
    }

    void aDamagedDownloadIsReplaced() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        const WeightsEntry entry = entryAt(server.url("tiny-weights.pth"), m_sha256);
        fs::create_directories(fs::path(cacheFile()).parent_path());
        std::ofstream(cacheFile()) << "half a file";
        QCOMPARE(fetchWeights(entry), cacheFile());
        QVERIFY(readAll(cacheFile()) == m_weights);
        QCOMPARE(server.requests().size(), size_t{1});
    }

    void pretrainedResolvesNamesAndFiles() {
        const WeightsEntry entry = entryAt("http://127.0.0.1:1/tiny-weights.pth", m_sha256);
        BackboneConfig backbone;
        backbone.modelType = "stdc";
        backbone.size = "nano";
        QVERIFY(!locatePretrained(backbone));
        backbone.pretrained = "none";
        QVERIFY(!locatePretrained(backbone));

        backbone.pretrained = "tiny-test";
        const EngineError missing = errorOf([&] { locatePretrained(backbone); });
        QCOMPARE(missing.code(), ErrorCode::FileNotFound);
        QVERIFY2(std::string(missing.what()).find("weights fetch tiny-test") != std::string::npos,
                 missing.what());

        fs::create_directories(fs::path(cacheFile()).parent_path());
        std::ofstream(cacheFile()) << "not the weights";
        QCOMPARE(errorOf([&] { locatePretrained(backbone); }).code(), ErrorCode::InvalidFile);
        fs::copy_file(path("served/tiny-weights.pth"), cacheFile(),
                      fs::copy_options::overwrite_existing);
        const auto located = locatePretrained(backbone);
        QVERIFY(located && located->entry);
        QCOMPARE(located->file, cacheFile());
        QCOMPARE(located->entry->name, std::string("tiny-test"));

        backbone.size = "small";
        QCOMPARE(errorOf([&] { locatePretrained(backbone); }).code(),
                 ErrorCode::ArchitectureMismatch);
        backbone.pretrained = "no-such-entry";
        QCOMPARE(errorOf([&] { locatePretrained(backbone); }).code(), ErrorCode::InvalidConfig);
        backbone.pretrained = path("served/tiny-weights.pth");
        QCOMPARE(locatePretrained(backbone)->file, backbone.pretrained);
        QVERIFY(!locatePretrained(backbone)->entry);
    }

    void cliFetchesAndPrintsTheFile() {
        test::WeightsServer server;
        QCOMPARE(server.start(m_dir.filePath("served")), QString());
        entryAt(server.url("tiny-weights.pth"), m_sha256);
        QProcess cli;
        cli.start(QStringLiteral(FAICLS_CLI_PATH), {"weights", "fetch", "tiny-test"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()).trimmed().toStdString(),
                 cacheFile());
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains("downloading"));
        QVERIFY(readAll(cacheFile()) == m_weights);

        cli.start(QStringLiteral(FAICLS_CLI_PATH), {"weights", "fetch", "no-such-entry"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWeightsDownload)
#include "tst_weights_download.moc"
