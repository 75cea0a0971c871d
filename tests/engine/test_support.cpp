#include "test_support.h"

#include <QProcess>
#include <fstream>
#include <stdexcept>

#include "model/bundle_file.h"

namespace faicls::test {

QString runReferenceScript(const QString& script, const QStringList& arguments) {
    QProcess process;
    process.setProgram(QStringLiteral(FAICLS_TEST_PYTHON));
    process.setArguments(QStringList{QStringLiteral(FAICLS_TEST_SCRIPTS) + "/" + script} +
                         arguments);
    process.start();
    if (!process.waitForFinished(600000))
        return "did not finish: " + process.errorString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed (exit %2): %3")
            .arg(script)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

QString ReferenceFolder::generate(const QString& script, const QStringList& arguments) {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder: ") + m_dir.errorString();
    return runReferenceScript(script, QStringList{m_dir.path()} + arguments);
}

std::string ReferenceFolder::path(const QString& name) const {
    return (m_dir.path() + "/" + name).toStdString();
}

torch::Tensor tensorAt(const io::PickleObject& dict, const std::string& key) {
    const auto value = dict ? dict->find(key) : nullptr;
    if (!value || value->kind != io::PickleValue::Kind::Tensor)
        throw std::runtime_error("no tensor " + key);
    return value->tensor;
}

int64_t integerAt(const io::PickleObject& dict, const std::string& key) {
    const auto value = dict ? dict->find(key) : nullptr;
    if (!value || value->kind != io::PickleValue::Kind::Int)
        throw std::runtime_error("no integer " + key);
    return value->integer;
}

int64_t parameterCount(const torch::nn::Module& module) {
    int64_t count = 0;
    for (const auto& parameter : module.parameters())
        count += parameter.numel();
    return count;
}

double maxAbsDifference(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

void randomizeNorms(torch::nn::Module& module, uint64_t seed) {
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    for (auto& buffer : module.named_buffers()) {
        const std::string& name = buffer.key();
        torch::Tensor value = buffer.value();
        if (value.scalar_type() != torch::kFloat)
            continue;
        if (name.size() >= 12 && name.substr(name.size() - 12) == "running_mean")
            value.normal_(0.0, 0.2);
        else if (name.size() >= 11 && name.substr(name.size() - 11) == "running_var")
            value.uniform_(0.5, 1.5);
        else if (name.size() >= 6 && name.substr(name.size() - 6) == "weight")
            value.uniform_(0.5, 1.5);  // frozen norms keep their affine terms as buffers
        else if (name.size() >= 4 && name.substr(name.size() - 4) == "bias")
            value.normal_(0.0, 0.1);
    }
    for (auto& module2 : module.modules(/*include_self=*/true)) {
        if (auto* norm = module2->as<torch::nn::BatchNorm2d>()) {
            norm->weight.uniform_(0.5, 1.5);
            norm->bias.normal_(0.0, 0.1);
        }
    }
}

BackboneConfig backboneFor(const QString& name) {
    BackboneConfig b;
    if (name.startsWith("resnet")) {
        b.modelType = "resnet";
        b.depth = name.contains("50") ? 50 : 18;
        b.variant = name.endsWith("-d") ? "d" : "b";
    } else if (name.startsWith("stdc")) {
        b.modelType = "stdc";
        b.size = "nano";
        b.stdcBase = 32;
        b.stdcLayers = {2, 2, 2};
        b.stdcBlockType = name.endsWith("add") ? "add" : "cat";
    } else if (name == "mobilenet_v2") {
        b.modelType = "mobilenet_v2";
    } else {
        b.modelType = "efficientnet";
        b.variant = "b0";
    }
    return b;
}

std::string writeRandomBundle(const std::string& path, ModelConfig config,
                              const std::vector<std::string>& classNames, uint64_t seed,
                              double threshold) {
    config.numClasses = static_cast<int>(classNames.size());
    torch::manual_seed(seed);
    nn::FaiClassifier model(config);
    randomizeNorms(*model, seed + 1);
    model->eval();
    BundleInfo info;
    info.createdBy = "test";
    info.model = config;
    info.classNames = classNames;
    info.preprocessing.resolution = config.resolution;
    info.preprocessing.pixelMean = config.pixelMean;
    info.preprocessing.pixelStd = config.pixelStd;
    info.threshold = threshold;
    writeBundle(path, info, stateDictOf(model));
    return path;
}

void writeRawFloats(const std::string& path, const torch::Tensor& tensor) {
    const torch::Tensor data = tensor.to(torch::kFloat).contiguous();
    std::ofstream out(path, std::ios::binary);
    out.write(static_cast<const char*>(data.data_ptr()),
              static_cast<std::streamsize>(data.numel() * 4));
}

torch::Tensor readRawFloats(const std::string& path, std::vector<int64_t> shape) {
    torch::Tensor tensor = torch::empty(shape, torch::kFloat);
    std::ifstream in(path, std::ios::binary);
    in.read(static_cast<char*>(tensor.data_ptr()),
            static_cast<std::streamsize>(tensor.numel() * 4));
    if (!in)
        throw std::runtime_error(path + ": too short");
    return tensor;
}

ExperimentConfig tinyExperiment(int epochs) {
    ExperimentConfig config;
    config.model.backbone.size = "nano";
    config.model.resolution = {32, 32};
    config.model.numLayers = 1;
    config.train.epochs = epochs;
    config.train.batchSize = 32;
    config.train.learningRate = 3e-3;
    config.train.backboneMultiplier = 1.0;
    config.train.warmupEpochs = 0.5;
    config.train.workers = 2;
    // The same figures on every processor ("auto" is bfloat16 where it is native);
    // tst_precision trains in bfloat16.
    config.train.precision = "float32";
    return config;
}

bool RecordingListener::said(const std::string& text) const {
    for (const auto& message : messages)
        if (message.find(text) != std::string::npos)
            return true;
    return false;
}

}  // namespace faicls::test
