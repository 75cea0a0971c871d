#include "io/torch_file_reader.h"

#include <cstring>
#include <filesystem>
#include <fstream>

#include "faicls/engine_error.h"
#include "io/checked_archive.h"
#include "io/safe_unpickler.h"

namespace faicls::io {
namespace {

std::string firstBytes(const std::string& path, size_t count) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(count, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    bytes.resize(static_cast<size_t>(in.gcount()));
    return bytes;
}

std::string recordText(CheckedArchive& archive, const std::string& name) {
    auto [data, size] = archive.read(name);
    return std::string(static_cast<const char*>(data.get()), size);
}

}  // namespace

PickleObject readTorchFile(const std::string& path) {
    namespace fs = std::filesystem;
    if (!fs::exists(path))
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    if (fs::is_directory(path))
        throw EngineError(ErrorCode::InvalidFile, path + ": is a folder, not a weights file");
    const std::string magic = firstBytes(path, 4);
    if (magic.size() < 4 || std::memcmp(magic.data(), "PK\x03\x04", 4) != 0) {
        if (!magic.empty() && static_cast<unsigned char>(magic[0]) == 0x80)
            throw EngineError(
                ErrorCode::UnsupportedFormat,
                path +
                    ": saved in PyTorch's legacy format (before 1.6); load it in Python and "
                    "save it again with torch.save");
        throw EngineError(
            ErrorCode::InvalidFile,
            path + ": not a PyTorch weights file (expected the zip archive torch.save writes)");
    }
    CheckedArchive archive(path, "a PyTorch weights file");
    if (archive.has("constants.pkl"))  // TorchScript archives carry constants and code
        throw EngineError(
            ErrorCode::UnsupportedFormat,
            path + ": is a TorchScript model, not a state dict; save model.state_dict() instead");
    if (!archive.has("data.pkl"))
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": zip archive without data.pkl, not a torch.save file");
    if (archive.has("byteorder") && recordText(archive, "byteorder") != "little")
        throw EngineError(ErrorCode::UnsupportedFormat,
                          path + ": big-endian tensors are not supported");

    auto loadStorage = [&](const std::string& key, torch::ScalarType dtype, int64_t numel) {
        const std::string record = "data/" + key;
        if (!archive.has(record))
            throw EngineError(ErrorCode::InvalidFile,
                              path + ": tensor data '" + record + "' is missing");
        const uint64_t needed = static_cast<uint64_t>(numel) * c10::elementSize(dtype);
        if (numel > 0 && (needed / c10::elementSize(dtype) != static_cast<uint64_t>(numel) ||
                          archive.sizeOf(record) < needed))
            throw EngineError(ErrorCode::InvalidFile,
                              path + ": tensor data '" + record + "' is truncated (" +
                                  std::to_string(archive.sizeOf(record)) + " bytes for " +
                                  std::to_string(numel) + " elements)");
        auto [data, size] = archive.read(record);
        auto storage = torch::empty({numel}, torch::TensorOptions().dtype(dtype));
        if (needed > 0)
            std::memcpy(storage.data_ptr(), data.get(), needed);
        return storage;
    };
    auto [pickle, pickleSize] = archive.read("data.pkl");
    SafeUnpickler unpickler(path, loadStorage);
    return unpickler.decode(static_cast<const uint8_t*>(pickle.get()), pickleSize);
}

StateDict stateDictFrom(const PickleObject& root, const std::string& path) {
    using Kind = PickleValue::Kind;
    if (!root || root->kind != Kind::Dict)
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": does not hold a state dict (a dict of tensors)");
    PickleObject dict = root;
    for (const char* key : {"model", "state_dict"}) {
        if (auto inner = root->find(key); inner && inner->kind == Kind::Dict) {
            dict = inner;
            break;
        }
    }
    StateDict stateDict;
    for (const auto& [key, value] : dict->entries) {
        if (key->kind != Kind::String || value->kind != Kind::Tensor)
            continue;
        std::string name = key->text;
        if (name.rfind("module.", 0) == 0)
            name = name.substr(7);
        stateDict.emplace_back(name, value->tensor);
    }
    if (stateDict.empty())
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": holds no tensors, so it is not a state dict");
    return stateDict;
}

StateDict readStateDict(const std::string& path) {
    return stateDictFrom(readTorchFile(path), path);
}

}  // namespace faicls::io
