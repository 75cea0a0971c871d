// The safe .pth reader: every layout torch.save writes for state dicts, and refusal of hostile
// or broken files with a message naming the file.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "faicls/engine_error.h"
#include "io/safe_unpickler.h"
#include "io/torch_file_reader.h"
#include "test_support.h"

using namespace faicls;

class TestTorchFileReader : public QObject {
    Q_OBJECT

private:
    test::ReferenceFolder m_generated;
    QString marker() const { return m_generated.folder() + "/MARKER"; }

    static torch::Tensor find(const io::StateDict& sd, const std::string& name) {
        for (const auto& [key, tensor] : sd)
            if (key == name)
                return tensor;
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_generated.generate("make_pth_fixtures.py", {marker()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void readsStateDictLayouts_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("OrderedDict (model.state_dict())") << "ordered.pth";
        QTest::newRow("plain dict") << "plain.pth";
        QTest::newRow("{\"model\": state_dict} checkpoint") << "wrapped.pth";
        QTest::newRow("DataParallel module. prefix") << "data_parallel.pth";
    }

    void readsStateDictLayouts() {
        QFETCH(QString, file);
        const auto sd = io::readStateDict(m_generated.path(qPrintable(file)));
        QCOMPARE(sd.size(), size_t{2});
        QCOMPARE(sd[0].first, std::string("conv.weight"));  // file order kept
        QCOMPARE(sd[1].first, std::string("conv.bias"));
        QVERIFY(torch::equal(sd[0].second, torch::arange(12, torch::kFloat).view({3, 4})));
        QVERIFY(torch::equal(sd[1].second, torch::tensor({1.5f, -2.0f})));
    }

    void readsViewsDtypesAndScalars() {
        const auto sd = io::readStateDict(m_generated.path("views.pth"));
        const auto shared = torch::arange(20, torch::kDouble);
        QVERIFY(torch::equal(find(sd, "slice"), shared.slice(0, 3, 9)));
        QVERIFY(torch::equal(find(sd, "transposed"), shared.view({4, 5}).t()));
        QCOMPARE(find(sd, "half").scalar_type(), torch::kHalf);
        QVERIFY(torch::equal(find(sd, "half").to(torch::kFloat), torch::tensor({0.5f, 2.0f})));
        QVERIFY(torch::equal(find(sd, "long"), torch::tensor({7, -3}, torch::kLong)));
        QCOMPARE(find(sd, "flag")[0].item<bool>(), true);
        QCOMPARE(find(sd, "scalar").dim(), int64_t{0});
        QCOMPARE(find(sd, "scalar").item<double>(), 3.25);
        // Empty tensors, the leading size 0 too (their strides reach back before the offset).
        QCOMPARE(find(sd, "empty").sizes().vec(), (std::vector<int64_t>{0, 3}));
        QCOMPARE(find(sd, "empty_inner").sizes().vec(), (std::vector<int64_t>{2, 0}));
    }

    void readsCheckpointScalars() {
        const auto root = io::readTorchFile(m_generated.path("wrapped.pth"));
        QCOMPARE(test::integerAt(root, "iteration"), int64_t{7});
        QCOMPARE(root->find("lr")->number, 0.5);
    }

    void refusesHostilePickleWithoutRunningIt() {
        try {
            io::readStateDict(m_generated.path("hostile.pth"));
            QFAIL("a pickle calling posix.system was accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ErrorCode::UnsafeFile);
            const QString message = error.what();
            QVERIFY2(message.contains("hostile.pth") && message.contains("posix.system"),
                     error.what());
        }
        QVERIFY2(!QFile::exists(marker()), "the hostile payload ran");
    }

    void deepNestingIsFreedWithoutOverflow() {
        // EMPTY_LIST x N then APPEND x (N-1): lists nested 200,000 deep in 400 kB. Releasing
        // them recursively would overflow the stack.
        const int depth = 200000;
        std::string pickle = "\x80\x02";
        pickle += std::string(depth, ']') + std::string(depth - 1, 'a') + ".";
        io::SafeUnpickler unpickler("nested.pkl", nullptr);
        io::PickleObject value =
            unpickler.decode(reinterpret_cast<const uint8_t*>(pickle.data()), pickle.size());
        QVERIFY(value && value->kind == io::PickleValue::Kind::List);
        QCOMPARE(value->items.size(), size_t{1});
        value.reset();  // would crash here
    }

    void rejectsBadFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file")
            << "absent.pth" << int(ErrorCode::FileNotFound) << "file not found";
        QTest::newRow("text file")
            << "text.pth" << int(ErrorCode::InvalidFile) << "not a PyTorch weights file";
        QTest::newRow("truncated zip")
            << "truncated.pth" << int(ErrorCode::InvalidFile) << "damaged";
        QTest::newRow("legacy format")
            << "legacy.pth" << int(ErrorCode::UnsupportedFormat) << "legacy format";
        QTest::newRow("TorchScript model")
            << "scripted.pt" << int(ErrorCode::UnsupportedFormat) << "is a TorchScript model";
        QTest::newRow("no tensors")
            << "no_tensors.pth" << int(ErrorCode::InvalidFile) << "holds no tensors";
        QTest::newRow("one flipped byte") << "flipped.pth" << int(ErrorCode::InvalidFile)
                                          << "checksum of 'data/0' does not match";
        QTest::newRow("stride-0 view")
            << "expanded.pth" << int(ErrorCode::InvalidFile) << "more elements than its storage";
        QTest::newRow("inflating record")
            << "inflating.pth" << int(ErrorCode::InvalidFile) << "refused before reading";
        QTest::newRow("a list, not a dict")
            << "list.pth" << int(ErrorCode::InvalidFile) << "does not hold a state dict";
    }

    void rejectsBadFiles() {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, expected);
        try {
            io::readStateDict(m_generated.path(qPrintable(file)));
            QFAIL("accepted");
        } catch (const EngineError& error) {
            const QString message = error.what();
            QVERIFY2(message.contains(file) && message.contains(expected), error.what());
            QCOMPARE(int(error.code()), code);
        }
    }
};

QTEST_GUILESS_MAIN(TestTorchFileReader)
#include "tst_torch_file_reader.moc"
