#include "distributed/data_parallel.h"

#include <map>

#include "faicls/engine_error.h"

namespace faicls::distributed {

std::vector<size_t> shardOfEpoch(const std::vector<size_t>& order, int rank, int worldSize) {
    if (worldSize < 1 || rank < 0 || rank >= worldSize)
        throw EngineError(
            ErrorCode::InvalidConfig,
            "rank " + std::to_string(rank) + " is not in a group of " + std::to_string(worldSize));
    std::vector<size_t> shard;
    if (order.empty())
        return shard;
    const size_t world = static_cast<size_t>(worldSize);
    const size_t total = (order.size() + world - 1) / world * world;
    for (size_t i = static_cast<size_t>(rank); i < total; i += world)
        shard.push_back(order[i % order.size()]);
    return shard;
}

void broadcastModuleState(ProcessGroup& group, torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> tensors;
    for (const auto& parameter : module.parameters())
        tensors.push_back(parameter.data());
    for (const auto& buffer : module.buffers())
        tensors.push_back(buffer);
    // One message per number type (float weights, integer counters) instead of one per tensor.
    std::map<torch::ScalarType, std::vector<torch::Tensor>> byType;
    for (const auto& tensor : tensors)
        byType[tensor.scalar_type()].push_back(tensor);
    for (auto& [type, members] : byType) {
        std::vector<torch::Tensor> flat;
        for (const auto& tensor : members)
            flat.push_back(tensor.reshape({-1}));
        torch::Tensor message = torch::cat(flat).contiguous();
        group.broadcast(message, 0);
        int64_t offset = 0;
        for (auto& tensor : members) {
            tensor.copy_(message.narrow(0, offset, tensor.numel()).view(tensor.sizes()));
            offset += tensor.numel();
        }
    }
}

}  // namespace faicls::distributed
