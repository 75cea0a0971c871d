#pragma once

#include <optional>
#include <vector>

#include "faicls/model_config.h"
#include "graph/inference_graph.h"
#include "graph/quantized_graph.h"

namespace faicls::exporting {

/// Where the QDQ export of an int8 graph quantises: what the int8 run holds in 8 bits, and
/// which nodes compute in int8. Indexed by graph value (= node index).
struct QdqPlan {
    /// The encoding a value is held in after its node (quantised and dequantised there);
    /// nothing for values the int8 graph keeps in float32 (or never forms: a fused
    /// convolution's output before its activation).
    std::vector<std::optional<graph::ValueQuantization>> carried;
    /// Nodes whose operation runs in int8: their float inputs are quantised first.
    std::vector<bool> int8Reader;
    /// Convolutions with int8 weights.
    std::vector<bool> int8Conv;
};

/// The plan for `int8`'s steps over `graph`; `resolution` gives the shapes (an addition of two
/// tensors of different shapes runs in float32, as in QuantizedGraph::run).
QdqPlan planQdq(const graph::InferenceGraph& graph, const graph::QuantizedGraph& int8,
                const Resolution& resolution);

}  // namespace faicls::exporting
