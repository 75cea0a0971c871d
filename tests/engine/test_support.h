#pragma once

// Helpers for the engine tests: running the PyTorch reference generators and reading what they
// wrote (with the engine's own .pth reader).

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "faicls/model_bundle.h"
#include "faicls/trainer.h"
#include "io/pickle_value.h"
#include "nn/fai_classifier.h"

namespace faicls::test {

/// Runs tests/engine/python/SCRIPT with Debian's python3 and ARGUMENTS; returns "" on success,
/// else what went wrong (exit code and stderr), for QVERIFY2.
QString runReferenceScript(const QString& script, const QStringList& arguments);

/// A temporary folder that a PyTorch reference generator fills once (in initTestCase); the
/// tests read what it wrote by name.
class ReferenceFolder {
public:
    /// Runs tests/engine/python/SCRIPT with the folder and then `arguments`; "" on success,
    /// else what went wrong.
    QString generate(const QString& script, const QStringList& arguments = {});
    /// NAME inside the folder.
    std::string path(const QString& name) const;
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// The tensor stored under `key` in a dict written by torch.save; throws when absent.
torch::Tensor tensorAt(const io::PickleObject& dict, const std::string& key);
/// The integer stored under `key`.
int64_t integerAt(const io::PickleObject& dict, const std::string& key);

/// Number of trainable parameters (elements) of a module and its children.
int64_t parameterCount(const torch::nn::Module& module);

/// Gives every BatchNorm (and frozen norm) random statistics and affine terms, so that a test
/// of BatchNorm folding cannot pass with the identity defaults.
void randomizeNorms(torch::nn::Module& module, uint64_t seed);

/// The backbone named in a test table: "resnet18", "resnet50", "resnet18-d", "stdc-cat",
/// "stdc-add" (STDC nano), "mobilenet_v2", anything else EfficientNet-B0.
BackboneConfig backboneFor(const QString& name);

/// Writes a bundle of a randomly initialised network (norms randomised) for `config`, with
/// the given class names, resolution from the config, and returns its path.
std::string writeRandomBundle(const std::string& path, ModelConfig config,
                              const std::vector<std::string>& classNames, uint64_t seed,
                              double threshold = 0.5);

/// A float tensor as raw little-endian float32 (for the Python checkers: numpy.fromfile).
void writeRawFloats(const std::string& path, const torch::Tensor& tensor);
torch::Tensor readRawFloats(const std::string& path, std::vector<int64_t> shape);

/// The training tests' experiment: STDC nano, 32 px, a one-layer head, batch 32, 2 workers.
ExperimentConfig tinyExperiment(int epochs);

/// Keeps what a training reports; `iteration` runs at every step (to cancel at a point).
class RecordingListener : public TrainingListener {
public:
    std::function<void(const TrainingProgress&)> iteration = [](const TrainingProgress&) {};
    std::vector<EpochResult> epochs;
    std::vector<std::string> messages;
    void onIteration(const TrainingProgress& p) override { iteration(p); }
    void onEpoch(const EpochResult& r) override { epochs.push_back(r); }
    void onMessage(const std::string& m) override { messages.push_back(m); }
    /// Whether a message contained `text`.
    bool said(const std::string& text) const;
};

/// Largest absolute element-wise difference.
double maxAbsDifference(const torch::Tensor& a, const torch::Tensor& b);

}  // namespace faicls::test
