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

ModelEvaluation evaluateModel(nn::FaiClassifier& model, data::DataLoader& loader,
                              const DatasetIndex& dataset, const EvaluationSettings& settings,
                              JobHandle& job) {
    model->eval();
    torch::NoGradGuard noGrad;
    ModelEvaluation result;
    std::vector<int> labels;
    std::vector<uint8_t> multiHot;
    double lossSum = 0;
    int64_t images = 0;
    const int64_t total = static_cast<int64_t>(loader.imageCount());
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        if (job.stopRequested()) {
            result.cancelled = true;
            break;
        }
        const auto inputs = runtime::networkInput(batch->images, settings.device);
        const auto targets = batch->targets.to(settings.device);
        torch::Tensor logits;
        {
            runtime::CudaAutocast autocast(settings.mixedPrecision);
            logits = model->forward(inputs).to(torch::kFloat);
        }
        lossSum += nn::classificationLoss(logits, targets, model->lossOptions()).item<double>() *
                   inputs.size(0);
        images += inputs.size(0);
        const auto probabilities =
            (dataset.multiLabel ? torch::sigmoid(logits) : torch::softmax(logits, 1))
                .to(torch::kCPU)
                .contiguous();
        result.scores.insert(result.scores.end(), probabilities.data_ptr<float>(),
                             probabilities.data_ptr<float>() + probabilities.numel());
        result.positions.insert(result.positions.end(), batch->positions.begin(),
                                batch->positions.end());
        appendTargets(batch->targets, dataset.multiLabel, labels, multiHot);
        job.report("evaluating", images, total);
    }
    result.cancelled = result.cancelled || job.isCancelled();
    result.loss = images > 0 ? lossSum / images : 0;
    if (images > 0)
        result.metrics =
            dataset.multiLabel
                ? multiLabelMetrics(result.scores, multiHot, dataset.classNames, settings.threshold)
                : singleLabelMetrics(result.scores, labels, dataset.classNames);
    return result;
}

}  // namespace faicls::eval
