#include "nn/classification_head.h"

namespace faicls::nn {

ClassificationHeadImpl::ClassificationHeadImpl(int64_t inChannels, int64_t numClasses,
                                               int numLayers, int64_t hiddenDim,
                                               double dropoutRate) {
    m_dropout = register_module("dropout", torch::nn::Dropout(dropoutRate));
    if (numLayers == 2) {
        hidden = register_module("hidden", torch::nn::Linear(inChannels, hiddenDim));
        classifier = register_module("classifier", torch::nn::Linear(hiddenDim, numClasses));
    } else {
        classifier = register_module("classifier", torch::nn::Linear(inChannels, numClasses));
    }
}

torch::Tensor ClassificationHeadImpl::forward(const torch::Tensor& features) {
    return classify(pool(features));
}

torch::Tensor ClassificationHeadImpl::pool(const torch::Tensor& features) {
    return torch::adaptive_avg_pool2d(features, {1, 1}).flatten(1);
}

torch::Tensor ClassificationHeadImpl::classify(const torch::Tensor& pooled) {
    auto x = pooled;
    if (hidden)
        x = torch::relu(hidden(x));
    return classifier(m_dropout(x));
}

int ClassificationHeadImpl::emit(graph::InferenceGraph& g, int features) const {
    int x = g.flatten(g.globalAvgPool(features));
    if (hidden)
        x = g.relu(g.linear(x, hidden->weight.detach().clone(), hidden->bias.detach().clone()));
    return g.linear(x, classifier->weight.detach().clone(), classifier->bias.detach().clone());
}

}  // namespace faicls::nn
