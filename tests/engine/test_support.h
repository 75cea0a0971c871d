#pragma once

// Helpers for the engine tests: running the PyTorch reference generators and reading what they
// wrote (with the engine's own .pth reader).

#include <QString>
#include <QStringList>
#include <string>

#include <torch/torch.h>

#include "io/pickle_value.h"

namespace faicls::test {

/// Runs tests/engine/python/SCRIPT with Debian's python3 and ARGUMENTS; returns "" on success,
/// else what went wrong (exit code and stderr), for QVERIFY2.
QString runReferenceScript(const QString& script, const QStringList& arguments);

/// The tensor stored under `key` in a dict written by torch.save; throws when absent.
torch::Tensor tensorAt(const io::PickleObject& dict, const std::string& key);
/// The integer stored under `key`.
int64_t integerAt(const io::PickleObject& dict, const std::string& key);

/// Number of trainable parameters (elements) of a module and its children.
int64_t parameterCount(const torch::nn::Module& module);

/// Largest absolute element-wise difference.
double maxAbsDifference(const torch::Tensor& a, const torch::Tensor& b);

}  // namespace faicls::test
