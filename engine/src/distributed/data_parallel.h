#pragma once

#include <torch/torch.h>

#include <cstddef>
#include <vector>

#include "distributed/process_group.h"

namespace faicls::distributed {

/// One rank's share of an epoch's order, as PyTorch's DistributedSampler deals it: the order
/// padded with its own first images to a multiple of `worldSize`, then every `worldSize`-th
/// image from `rank` on. Every image is in exactly one share (the padding repeats a few), and
/// the shares are equally long, so every rank takes the same number of steps.
std::vector<size_t> shardOfEpoch(const std::vector<size_t>& order, int rank, int worldSize);

/// Gives every rank rank 0's parameters and buffers (BatchNorm statistics), in place: the same
/// initial weights everywhere.
void broadcastModuleState(ProcessGroup& group, torch::nn::Module& module);

}  // namespace faicls::distributed
