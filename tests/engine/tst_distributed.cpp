// c10d process groups: torchrun's variables read (and refused by name when malformed), two
// processes on 127.0.0.1 that rendezvous through TCPStore and run Gloo all-reduce, broadcast and
// barrier, and a rank that never joins, which the others report by number within the timeout.
// The test binary is its own worker: FAICLS_DISTRIBUTED_WORKER=SCENARIO runs one rank.

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "distributed/data_parallel.h"
#include "distributed/process_group.h"
#include "faicls/engine_error.h"

using namespace faicls;

namespace {

// A port nobody listens on now (the kernel's choice for a socket bound to port 0).
int freePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 29555;
    const int port = ntohs(address.sin_port);
    close(fd);
    return port;
}

// One rank of a scenario, its place from torchrun's variables; prints what it saw.
int runWorker(const std::string& scenario) {
    try {
        const auto place = distributed::workerPlaceFromEnvironment();
        if (!place)
            return 4;
        const auto timeout = std::chrono::milliseconds(scenario == "alone" ? 1500 : 20000);
        distributed::ProcessGroup group(*place, timeout);
        if (scenario == "dies" && group.rank() == 1)
            std::_Exit(9);  // killed after joining: the others must not wait for it forever
        torch::Tensor sum = torch::full({4}, static_cast<float>(group.rank() + 1));
        group.allReduceSum(sum);
        torch::Tensor shared = torch::arange(3, torch::kFloat) + 10.0f * group.rank();
        group.broadcast(shared, 0);
        group.barrier();
        // Every parameter and buffer (float and integer) of a network: rank 0's everywhere.
        torch::manual_seed(static_cast<uint64_t>(100 + group.rank()));
        torch::nn::Sequential network(torch::nn::Conv2d(3, 4, 3), torch::nn::BatchNorm2d(4),
                                      torch::nn::Linear(4, 2));
        for (auto& buffer : network->buffers())
            buffer.fill_(group.rank() + 1);
        distributed::broadcastModuleState(group, *network);
        torch::Tensor checksum = torch::zeros({1}, torch::kDouble);
        for (const auto& tensor : network->parameters())
            checksum += tensor.to(torch::kDouble).sum();
        for (const auto& tensor : network->buffers())
            checksum += tensor.to(torch::kDouble).sum();
        torch::Tensor spread = checksum.clone();
        group.allReduceSum(spread);  // equal checksums: the sum is twice each
        std::printf(
            "rank %d of %d: sum %.0f broadcast %.0f %.0f %.0f state %s\n", group.rank(),
            group.worldSize(), sum[0].item<float>(), shared[0].item<float>(),
            shared[1].item<float>(), shared[2].item<float>(),
            std::abs(spread.item<double>() - group.worldSize() * checksum.item<double>()) < 1e-9
                ? "same"
                : "different");
        return 0;
    } catch (const EngineError& error) {
        std::printf("error: %s\n", error.what());
        return 3;
    }
}

}  // namespace

class TestDistributed : public QObject {
    Q_OBJECT

private:
    QProcess* startRank(const QString& scenario, int rank, int worldSize, int port) {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("FAICLS_DISTRIBUTED_WORKER", scenario);
        environment.insert("MASTER_ADDR", "127.0.0.1");
        environment.insert("MASTER_PORT", QString::number(port));
        environment.insert("RANK", QString::number(rank));
        environment.insert("WORLD_SIZE", QString::number(worldSize));
        environment.insert("LOCAL_RANK", QString::number(rank));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QCoreApplication::applicationFilePath(), {});
        return process;
    }

private Q_SLOTS:
    void torchrunVariablesAreRead() {
        qunsetenv("WORLD_SIZE");
        QVERIFY(!distributed::workerPlaceFromEnvironment());
        qputenv("WORLD_SIZE", "4");
        qputenv("RANK", "3");
        qputenv("LOCAL_RANK", "1");
        qputenv("MASTER_ADDR", "10.0.0.7");
        qputenv("MASTER_PORT", "29400");
        const auto place = distributed::workerPlaceFromEnvironment();
        QVERIFY(place);
        QCOMPARE(place->worldSize, 4);
        QCOMPARE(place->rank, 3);
        QCOMPARE(place->localRank, 1);
        QCOMPARE(place->masterAddress, std::string("10.0.0.7"));
        QCOMPARE(place->masterPort, 29400);
        for (const auto& [name, value] : std::vector<std::pair<const char*, const char*>>{
                 {"RANK", "4"}, {"RANK", "1x"}, {"MASTER_PORT", "0"}, {"WORLD_SIZE", "-2"}}) {
            const QByteArray before = qgetenv(name);
            qputenv(name, value);
            try {
                distributed::workerPlaceFromEnvironment();
                QFAIL(name);
            } catch (const EngineError& error) {
                QVERIFY2(QString(error.what()).startsWith(name), error.what());
            }
            qputenv(name, before);
        }
        qunsetenv("MASTER_ADDR");
        QVERIFY_THROWS_EXCEPTION(EngineError, distributed::workerPlaceFromEnvironment());
        for (const char* name : {"WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_PORT"})
            qunsetenv(name);
    }

    void twoRanksReduceAndBroadcast() {
        const int port = freePort();
        QProcess* rank0 = startRank("collectives", 0, 2, port);
        QProcess* rank1 = startRank("collectives", 1, 2, port);
        QVERIFY(rank0->waitForFinished(60000) && rank1->waitForFinished(60000));
        const QString out0 = rank0->readAll(), out1 = rank1->readAll();
        QCOMPARE(rank0->exitCode(), 0);
        QCOMPARE(rank1->exitCode(), 0);
        // 1 + 2 on both; rank 0's 0, 1, 2 everywhere.
        QVERIFY2(out0.contains("rank 0 of 2: sum 3 broadcast 0 1 2 state same"), qPrintable(out0));
        QVERIFY2(out1.contains("rank 1 of 2: sum 3 broadcast 0 1 2 state same"), qPrintable(out1));
    }

    void epochsAreShardedAsDistributedSamplerDoes() {
        const std::vector<size_t> order = {4, 0, 3, 1, 2};  // five images, two ranks
        QCOMPARE(distributed::shardOfEpoch(order, 0, 2), (std::vector<size_t>{4, 3, 2}));
        QCOMPARE(distributed::shardOfEpoch(order, 1, 2), (std::vector<size_t>{0, 1, 4}));
        QCOMPARE(distributed::shardOfEpoch(order, 0, 1), order);
        // Every image in some share, all shares equally long.
        std::vector<size_t> seen;
        for (int rank = 0; rank < 3; ++rank) {
            const auto shard = distributed::shardOfEpoch(order, rank, 3);
            QCOMPARE(shard.size(), size_t{2});
            seen.insert(seen.end(), shard.begin(), shard.end());
        }
        for (size_t image = 0; image < 5; ++image)
            QVERIFY(std::count(seen.begin(), seen.end(), image) >= 1);
        QVERIFY(distributed::shardOfEpoch({}, 1, 2).empty());
        QVERIFY_THROWS_EXCEPTION(EngineError, distributed::shardOfEpoch(order, 2, 2));
    }

    void aRankThatDiesStopsTheOthers() {
        QElapsedTimer clock;
        clock.start();
        const int port = freePort();
        QProcess* rank0 = startRank("dies", 0, 2, port);
        QProcess* rank1 = startRank("dies", 1, 2, port);
        QVERIFY(rank0->waitForFinished(60000) && rank1->waitForFinished(60000));
        const QString out = rank0->readAll();
        QCOMPARE(rank1->exitCode(), 9);
        QCOMPARE(rank0->exitCode(), 3);
        QVERIFY2(out.contains("rank 0: all-reduce failed"), qPrintable(out));
        QVERIFY(clock.elapsed() < 30000);  // within the 20 s timeout, not hung
    }

    void aRankThatNeverJoinsIsNamed() {
        QElapsedTimer clock;
        clock.start();
        QProcess* rank0 = startRank("alone", 0, 2, freePort());
        QVERIFY(rank0->waitForFinished(60000));
        const QString out = rank0->readAll();
        QCOMPARE(rank0->exitCode(), 3);
        QVERIFY2(out.contains("rank 0: rank(s) 1 did not join within 1.5 s"), qPrintable(out));
        QVERIFY(clock.elapsed() < 30000);
        // A worker whose rank 0 is not there says so.
        QProcess* rank1 = startRank("alone", 1, 2, freePort());
        QVERIFY(rank1->waitForFinished(60000));
        const QString lonely = rank1->readAll();
        QCOMPARE(rank1->exitCode(), 3);
        QVERIFY2(lonely.contains("rank 1: cannot reach rank 0 at 127.0.0.1:"), qPrintable(lonely));
    }
};

int main(int argc, char** argv) {
    if (const char* scenario = std::getenv("FAICLS_DISTRIBUTED_WORKER"))
        return runWorker(scenario);
    QCoreApplication app(argc, argv);
    TestDistributed test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_distributed.moc"
