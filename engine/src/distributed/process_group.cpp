#include "distributed/process_group.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <cstdio>
#include <cstdlib>

#include "faicls/engine_error.h"

namespace faicls::distributed {

namespace {

std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

int integerVariable(const char* name, int min, int max) {
    const auto text = environment(name);
    if (!text)
        throw EngineError(ErrorCode::InvalidConfig,
                          std::string(name) +
                              " is not set (a distributed worker needs "
                              "MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE)");
    size_t end = 0;
    long value = 0;
    try {
        value = std::stol(*text, &end);
    } catch (const std::exception&) {
        end = 0;
    }
    if (end != text->size() || value < min || value > max)
        throw EngineError(ErrorCode::InvalidConfig,
                          std::string(name) + "=" + *text + " is not a whole number in [" +
                              std::to_string(min) + ", " + std::to_string(max) + "]");
    return static_cast<int>(value);
}

std::string seconds(std::chrono::milliseconds duration) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", static_cast<double>(duration.count()) / 1000.0);
    return text;
}

std::string joinedKey(int rank) {
    return "faicls/joined/" + std::to_string(rank);
}

// The ranks whose key is not in the store yet.
std::string missingRanks(c10d::Store& store, int worldSize) {
    std::string missing;
    for (int rank = 0; rank < worldSize; ++rank)
        if (!store.check({joinedKey(rank)}))
            missing += (missing.empty() ? "" : ", ") + std::to_string(rank);
    return missing;
}

bool isLoopback(const std::string& address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

// The network interface Gloo's peers reach this rank on: GLOO_SOCKET_IFNAME's as PyTorch
// reads it, loopback for a group on one machine, else the interface of this machine's name.
std::shared_ptr<::gloo::transport::Device> glooDevice(const WorkerPlace& place) {
    if (const auto interface = environment("GLOO_SOCKET_IFNAME"))
        return c10d::ProcessGroupGloo::createDeviceForInterface(*interface);
    if (isLoopback(place.masterAddress))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

}  // namespace

std::optional<WorkerPlace> workerPlaceFromEnvironment() {
    if (!environment("WORLD_SIZE"))
        return std::nullopt;
    WorkerPlace place;
    place.worldSize = integerVariable("WORLD_SIZE", 1, 65536);
    place.rank = integerVariable("RANK", 0, place.worldSize - 1);
    place.masterPort = integerVariable("MASTER_PORT", 1, 65535);
    place.localRank = environment("LOCAL_RANK") ? integerVariable("LOCAL_RANK", 0, 65535) : 0;
    const auto address = environment("MASTER_ADDR");
    if (!address)
        throw EngineError(ErrorCode::InvalidConfig, "MASTER_ADDR is not set");
    place.masterAddress = *address;
    return place;
}

struct ProcessGroup::Impl {
    WorkerPlace place;
    std::chrono::milliseconds timeout{0};
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;

    // A collective's failure, in words that name this rank (Gloo's own say which peer).
    [[noreturn]] void fail(const char* what, const std::exception& error) const {
        throw EngineError(ErrorCode::Runtime, "rank " + std::to_string(place.rank) + ": " + what +
                                                  " failed: " + error.what());
    }
};

ProcessGroup::ProcessGroup(const WorkerPlace& place, std::chrono::milliseconds timeout)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->place = place;
    m_impl->timeout = timeout;
    const std::string self = "rank " + std::to_string(place.rank);
    c10d::TCPStoreOptions options;
    options.port = static_cast<uint16_t>(place.masterPort);
    options.isServer = place.rank == 0;
    options.numWorkers = place.worldSize;
    options.waitWorkers = false;  // we wait for every rank ourselves, to say which is missing
    options.timeout = timeout;
    try {
        m_impl->store = c10::make_intrusive<c10d::TCPStore>(place.masterAddress, options);
    } catch (const std::exception& error) {
        throw EngineError(ErrorCode::Runtime,
                          self + ": cannot reach rank 0 at " + place.masterAddress + ":" +
                              std::to_string(place.masterPort) + " (" + error.what() + ")");
    }
    m_impl->store->set(joinedKey(place.rank), std::vector<uint8_t>{1});
    std::vector<std::string> everyone;
    for (int rank = 0; rank < place.worldSize; ++rank)
        everyone.push_back(joinedKey(rank));
    try {
        m_impl->store->wait(everyone, timeout);
    } catch (const std::exception&) {
        throw EngineError(ErrorCode::Runtime, self + ": rank(s) " +
                                                  missingRanks(*m_impl->store, place.worldSize) +
                                                  " did not join within " + seconds(timeout));
    }
    auto groupOptions = c10d::ProcessGroupGloo::Options::create();
    groupOptions->timeout = timeout;
    groupOptions->devices.push_back(glooDevice(place));
    try {
        m_impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(m_impl->store, place.rank,
                                                                    place.worldSize, groupOptions);
    } catch (const std::exception& error) {
        m_impl->fail("joining the Gloo group", error);
    }
}

ProcessGroup::~ProcessGroup() = default;

int ProcessGroup::rank() const {
    return m_impl->place.rank;
}

int ProcessGroup::worldSize() const {
    return m_impl->place.worldSize;
}

void ProcessGroup::allReduceSum(torch::Tensor& tensor) {
    std::vector<torch::Tensor> tensors{tensor};
    try {
        m_impl->group->allreduce(tensors)->wait(m_impl->timeout);
    } catch (const std::exception& error) {
        m_impl->fail("all-reduce", error);
    }
}

void ProcessGroup::broadcast(torch::Tensor& tensor, int root) {
    std::vector<torch::Tensor> tensors{tensor};
    c10d::BroadcastOptions options;
    options.rootRank = root;
    try {
        m_impl->group->broadcast(tensors, options)->wait(m_impl->timeout);
    } catch (const std::exception& error) {
        m_impl->fail("broadcast", error);
    }
}

void ProcessGroup::barrier() {
    try {
        m_impl->group->barrier()->wait(m_impl->timeout);
    } catch (const std::exception& error) {
        m_impl->fail("barrier", error);
    }
}

}  // namespace faicls::distributed
