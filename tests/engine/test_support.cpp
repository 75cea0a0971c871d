#include "test_support.h"

#include <QProcess>
#include <stdexcept>

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

}  // namespace faicls::test
