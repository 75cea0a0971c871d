#include "eval/model_evaluation.h"

#include "nn/classification_loss.h"
#include "runtime/channels_last.h"
#include "runtime/mixed_precision.h"

namespace faicls::eval {

namespace {

// Ground truth as the metrics take it: class ids, or a multi-hot row per image.
void appendTargets(const torch::Tensor& targets, bool multiLabel, std::vector<int>& labels,
                   std::vector<uint8_t>& multiHot) {
    const auto cpuTargets = targets.contiguous();
    if (multiLabel) {
        const float* t = cpuTargets.data_ptr<float>();
        for (int64_t i = 0; i < cpuTargets.numel(); ++i)
            multiHot.push_back(t[i] > 0.5f);
    } else {
        const int64_t* t = cpuTargets.data_ptr<int64_t>();
        for (int64_t i = 0; i < cpuTargets.numel(); ++i)
            labels.push_back(static_cast<int>(t[i]));
    }
}

}  // namespace

EvaluationAccumulator::EvaluationAccumulator(const DatasetIndex& dataset,
                                             const nn::LossOptions& loss)
    : m_dataset(dataset), m_loss(loss) {}

void EvaluationAccumulator::add(const torch::Tensor& logits, const torch::Tensor& targets,
                                const std::vector<size_t>& positions) {
    const auto floatLogits = logits.to(torch::kFloat);
    const int64_t count = floatLogits.size(0);
    m_lossSum += nn::classificationLoss(floatLogits, targets.to(floatLogits.device()), m_loss)
                     .item<double>() *
                 static_cast<double>(count);
    m_images += count;
    const auto probabilities =
        (m_dataset.multiLabel ? torch::sigmoid(floatLogits) : torch::softmax(floatLogits, 1))
            .to(torch::kCPU)
            .contiguous();
    m_result.scores.insert(m_result.scores.end(), probabilities.data_ptr<float>(),
                           probabilities.data_ptr<float>() + probabilities.numel());
    m_result.positions.insert(m_result.positions.end(), positions.begin(), positions.end());
    appendTargets(targets.to(torch::kCPU), m_dataset.multiLabel, m_labels, m_multiHot);
}

ModelEvaluation EvaluationAccumulator::finish(double threshold, bool cancelled) {
    m_result.cancelled = cancelled;
    m_result.loss = m_images > 0 ? m_lossSum / static_cast<double>(m_images) : 0;
    if (m_images > 0)
        m_result.metrics =
            m_dataset.multiLabel
                ? multiLabelMetrics(m_result.scores, m_multiHot, m_dataset.classNames, threshold)
                : singleLabelMetrics(m_result.scores, m_labels, m_dataset.classNames);
    return std::move(m_result);
}

ModelEvaluation evaluateNetwork(const LogitsOf& logitsOf, const nn::LossOptions& loss,
                                data::DataLoader& loader, const DatasetIndex& dataset,
                                double threshold, JobHandle& job) {
    torch::NoGradGuard noGrad;
    EvaluationAccumulator accumulator(dataset, loss);
    bool cancelled = false;
    int64_t images = 0;
    const int64_t total = static_cast<int64_t>(loader.imageCount());
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        if (job.stopRequested()) {
            cancelled = true;
            break;
        }
        accumulator.add(logitsOf(batch->images), batch->targets, batch->positions);
        images += batch->images.size(0);
        job.report("evaluating", images, total);
    }
    return accumulator.finish(threshold, cancelled || job.isCancelled());
}

ModelEvaluation evaluateModel(nn::FaiClassifier& model, data::DataLoader& loader,
                              const DatasetIndex& dataset, const EvaluationSettings& settings,
                              JobHandle& job) {
    model->eval();
    const auto logitsOf = [&](const torch::Tensor& images) {
        const auto inputs = runtime::networkInput(images, settings.device);
        runtime::Autocast autocast(settings.precision, settings.device);
        return model->forward(inputs);
    };
    return evaluateNetwork(logitsOf, model->lossOptions(), loader, dataset, settings.threshold,
                           job);
}

}  // namespace faicls::eval
