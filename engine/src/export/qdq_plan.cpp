#include "export/qdq_plan.h"

namespace faicls::exporting {

QdqPlan planQdq(const graph::InferenceGraph& graph, const graph::QuantizedGraph& int8,
                const Resolution& resolution) {
    using Step = graph::QuantizedGraph::Step;
    const size_t values = graph.nodes().size();
    std::vector<std::vector<int64_t>> shapes(values);
    {
        torch::InferenceMode inference;
        graph.run(torch::zeros({1, 3, resolution.heightPx, resolution.widthPx}),
                  [&shapes](int value, const torch::Tensor& tensor) {
                      shapes[static_cast<size_t>(value)] = tensor.sizes().vec();
                  });
    }
    QdqPlan plan;
    plan.carried.assign(values, std::nullopt);
    plan.int8Reader.assign(values, false);
    plan.int8Conv.assign(values, false);
    const auto& encodings = int8.encodings();
    for (const Step& step : int8.steps()) {
        const size_t operation = static_cast<size_t>(step.operation);
        const size_t output = static_cast<size_t>(step.output);
        bool inInt8 = false;
        switch (step.kind) {
            case Step::Kind::Conv:
                plan.int8Conv[operation] = true;
                inInt8 = true;
                break;
            case Step::Kind::Add:
                inInt8 = shapes[static_cast<size_t>(step.inputs[0])] ==
                         shapes[static_cast<size_t>(step.inputs[1])];
                break;
            case Step::Kind::Concat:
                inInt8 = true;
                break;
            case Step::Kind::Encoded:
                // On an 8-bit input it keeps the input's encoding; on a float one it is float.
                plan.carried[output] = plan.carried[static_cast<size_t>(step.inputs[0])];
                break;
            case Step::Kind::Float:
                break;
        }
        if (inInt8) {
            plan.int8Reader[operation] = true;
            plan.carried[output] = encodings[output];
        }
    }
    return plan;
}

}  // namespace faicls::exporting
