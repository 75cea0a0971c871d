#pragma once

#include <torch/torch.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace faicls::distributed {

/// Where one worker of a data-parallel training stands: the variables torchrun sets.
struct WorkerPlace {
    std::string masterAddress = "127.0.0.1";  ///< MASTER_ADDR: rank 0's machine
    int masterPort = 29500;                   ///< MASTER_PORT: its rendezvous port
    int rank = 0;                             ///< RANK: 0 .. worldSize-1
    int worldSize = 1;                        ///< WORLD_SIZE
    int localRank = 0;                        ///< LOCAL_RANK: the process on its machine (GPU)
};

/// The place torchrun's variables describe; nothing when WORLD_SIZE is not set (one process).
/// Throws EngineError(InvalidConfig) naming the variable that is missing or malformed.
std::optional<WorkerPlace> workerPlaceFromEnvironment();

/// PyTorch's c10d process group for one worker: rendezvous through a TCPStore on rank 0's
/// machine, then Gloo (CPU tensors). Collective calls block until every rank has made them.
class ProcessGroup {
public:
    /// Joins the group. Throws EngineError(Runtime) saying which ranks did not join within
    /// `timeout`, or that rank 0 could not be reached; every later collective that waits longer
    /// than `timeout` for a rank fails the same way.
    ProcessGroup(const WorkerPlace& place, std::chrono::milliseconds timeout);
    ~ProcessGroup();
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;

    int rank() const;
    int worldSize() const;

    /// Sums a contiguous CPU tensor over the ranks, in place. (One tensor per call: c10d reads a
    /// list as one tensor per device of this process.)
    void allReduceSum(torch::Tensor& tensor);
    /// Gives every rank `root`'s values of a contiguous CPU tensor, in place.
    void broadcast(torch::Tensor& tensor, int root = 0);
    void barrier();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace faicls::distributed
