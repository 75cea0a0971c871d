#include "io/torch_file_writer.h"

#include <caffe2/serialize/inline_container.h>

#include <cstring>

#include "faicls/engine_error.h"
#include "io/atomic_file.h"

namespace faicls::io {

namespace {

// The few pickle opcodes torch.save's output uses.
class PickleWriter {
public:
    std::string bytes;

    void proto() { bytes += "\x80\x02"; }
    void stop() { bytes += '.'; }
    void mark() { bytes += '('; }
    void emptyDict() { bytes += '}'; }
    void emptyTuple() { bytes += ')'; }
    void tuple() { bytes += 't'; }
    void reduce() { bytes += 'R'; }
    void setItem() { bytes += 's'; }
    void setItems() { bytes += 'u'; }
    void persistentId() { bytes += 'Q'; }
    void boolean(bool value) { bytes += value ? '\x88' : '\x89'; }
    void global(const char* module, const char* name) {
        bytes += 'c';
        bytes += module;
        bytes += '\n';
        bytes += name;
        bytes += '\n';
    }
    void text(const std::string& value) {
        bytes += 'X';
        appendLittleEndian(static_cast<uint32_t>(value.size()), 4);
        bytes += value;
    }
    void integer(int64_t value) {
        if (value >= 0 && value < 256) {
            bytes += 'K';
            appendLittleEndian(static_cast<uint64_t>(value), 1);
        } else if (value >= INT32_MIN && value <= INT32_MAX) {
            bytes += 'J';
            appendLittleEndian(static_cast<uint32_t>(static_cast<int32_t>(value)), 4);
        } else {
            bytes += '\x8a';  // LONG1: 8 bytes, two's complement
            bytes += '\x08';
            appendLittleEndian(static_cast<uint64_t>(value), 8);
        }
    }
    void intTuple(c10::IntArrayRef values) {
        mark();
        for (int64_t v : values)
            integer(v);
        tuple();
    }
    void emptyOrderedDict() {
        global("collections", "OrderedDict");
        emptyTuple();
        reduce();
    }

private:
    void appendLittleEndian(uint64_t value, int count) {
        for (int i = 0; i < count; ++i)
            bytes += static_cast<char>((value >> (8 * i)) & 0xFF);
    }
};

const char* storageType(const torch::Tensor& tensor, const std::string& path,
                        const std::string& name) {
    if (tensor.scalar_type() == torch::kFloat)
        return "FloatStorage";
    if (tensor.scalar_type() == torch::kLong)
        return "LongStorage";
    throw EngineError(ErrorCode::WriteFailed,
                      path + ": " + name + " has an element type this writer does not store");
}

}  // namespace

void writeTorchStateDict(const std::string& path, const StateDict& stateDict,
                         const std::string& topLevelKey) {
    std::vector<torch::Tensor> storages;
    PickleWriter pickle;
    pickle.proto();
    if (!topLevelKey.empty()) {
        pickle.emptyDict();
        pickle.text(topLevelKey);
    }
    pickle.emptyOrderedDict();
    pickle.mark();
    for (const auto& [name, value] : stateDict) {
        const torch::Tensor tensor = value.detach().to(torch::kCPU).contiguous();
        const char* storage = storageType(tensor, path, name);
        pickle.text(name);
        pickle.global("torch._utils", "_rebuild_tensor_v2");
        pickle.mark();
        // Persistent id: ('storage', torch.FloatStorage, key, location, element count).
        pickle.mark();
        pickle.text("storage");
        pickle.global("torch", storage);
        pickle.text(std::to_string(storages.size()));
        pickle.text("cpu");
        pickle.integer(tensor.numel());
        pickle.tuple();
        pickle.persistentId();
        pickle.integer(0);  // storage offset
        pickle.intTuple(tensor.sizes());
        pickle.intTuple(tensor.strides());
        pickle.boolean(false);      // requires_grad
        pickle.emptyOrderedDict();  // backward hooks
        pickle.tuple();
        pickle.reduce();
        storages.push_back(tensor);
    }
    pickle.setItems();
    if (!topLevelKey.empty())
        pickle.setItem();
    pickle.stop();

    writeFileAtomically(path, [&](std::ostream& out) {
        caffe2::serialize::PyTorchStreamWriter writer([&](const void* data, size_t size) {
            out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
            return out ? size : 0;
        });
        writer.writeRecord("data.pkl", pickle.bytes.data(), pickle.bytes.size());
        for (size_t i = 0; i < storages.size(); ++i)
            writer.writeRecord("data/" + std::to_string(i), storages[i].data_ptr(),
                               storages[i].nbytes());
        writer.writeEndOfFile();
    });
}

}  // namespace faicls::io
