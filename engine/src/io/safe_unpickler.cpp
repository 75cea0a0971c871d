#include "io/safe_unpickler.h"

#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "faicls/engine_error.h"

namespace faicls::io {
namespace {

using Kind = PickleValue::Kind;

const std::map<std::string, torch::ScalarType> kStorageTypes = {
    {"torch.FloatStorage", torch::kFloat}, {"torch.DoubleStorage", torch::kDouble},
    {"torch.HalfStorage", torch::kHalf},   {"torch.BFloat16Storage", torch::kBFloat16},
    {"torch.LongStorage", torch::kLong},   {"torch.IntStorage", torch::kInt},
    {"torch.ShortStorage", torch::kShort}, {"torch.CharStorage", torch::kChar},
    {"torch.ByteStorage", torch::kByte},   {"torch.BoolStorage", torch::kBool},
};

// Callables a state dict needs, and nothing else: none of them runs code from the file.
const std::set<std::string> kAllowedCallables = {
    "collections.OrderedDict",
    "torch._utils._rebuild_tensor_v2",
    "torch._utils._rebuild_parameter",
    "torch._utils._rebuild_parameter_with_state",
};

class Decoder {
public:
    Decoder(const std::string& source, const SafeUnpickler::StorageLoader& loader,
            const uint8_t* data, size_t size)
        : m_source(source), m_loader(loader), m_data(data), m_size(size) {}

    PickleObject run();

private:
    [[noreturn]] void fail(const std::string& problem) const {
        throw EngineError(ErrorCode::InvalidFile,
                          m_source + ": not a valid PyTorch weights file (" + problem + ")");
    }
    const uint8_t* take(size_t count) {
        if (count > m_size - m_position)
            fail("pickle data ends early");
        const uint8_t* start = m_data + m_position;
        m_position += count;
        return start;
    }
    uint64_t littleEndian(size_t count) {
        const uint8_t* bytes = take(count);
        uint64_t value = 0;
        for (size_t i = 0; i < count; ++i)
            value |= static_cast<uint64_t>(bytes[i]) << (8 * i);
        return value;
    }
    std::string line() {
        std::string text;
        while (true) {
            const char c = static_cast<char>(*take(1));
            if (c == '\n')
                return text;
            text += c;
        }
    }
    std::string bytes(size_t count) {
        const uint8_t* start = take(count);
        return std::string(reinterpret_cast<const char*>(start), count);
    }
    void push(PickleObject value) { m_stack.push_back(std::move(value)); }
    PickleObject pop() {
        if (m_stack.empty() || (!m_marks.empty() && m_stack.size() <= m_marks.back()))
            fail("stack underflow");
        auto value = m_stack.back();
        m_stack.pop_back();
        return value;
    }
    PickleObject& top() {
        if (m_stack.empty())
            fail("stack underflow");
        return m_stack.back();
    }
    std::vector<PickleObject> popToMark() {
        if (m_marks.empty())
            fail("missing MARK");
        const size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<PickleObject> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark),
                                        m_stack.end());
        m_stack.resize(mark);
        return items;
    }
    PickleObject integer(int64_t value) {
        auto object = PickleValue::make(Kind::Int);
        object->integer = value;
        return object;
    }
    PickleObject string(std::string text, Kind kind = Kind::String) {
        auto object = PickleValue::make(kind);
        object->text = std::move(text);
        return object;
    }
    PickleObject tuple(std::vector<PickleObject> items) {
        auto object = PickleValue::make(Kind::Tuple);
        object->items = std::move(items);
        return object;
    }
    PickleObject global(const std::string& module, const std::string& name) {
        const std::string qualified = module + "." + name;
        if (!kAllowedCallables.count(qualified) && !kStorageTypes.count(qualified)) {
            throw EngineError(ErrorCode::UnsafeFile,
                              m_source + ": refused: the file references the Python object '" +
                                  qualified +
                                  "', which a weights file never needs (it could run code); "
                                  "nothing was executed");
        }
        return string(qualified, Kind::Global);
    }
    int64_t longInteger(size_t count) {
        if (count > 8)
            fail("integer too large");
        if (count == 0)
            return 0;
        uint64_t value = littleEndian(count);
        if (count < 8 && (value >> (8 * count - 1)) & 1)
            value |= ~uint64_t{0} << (8 * count);  // sign-extend
        return static_cast<int64_t>(value);
    }
    PickleObject persistentLoad(const PickleObject& id);
    PickleObject reduce(const PickleObject& callable, const PickleObject& args);
    PickleObject rebuildTensor(const std::vector<PickleObject>& args);
    std::vector<int64_t> integers(const PickleObject& value, const char* what) {
        if (value->kind != Kind::Tuple && value->kind != Kind::List)
            fail(std::string(what) + " is not a tuple");
        std::vector<int64_t> out;
        for (const auto& item : value->items) {
            if (item->kind != Kind::Int)
                fail(std::string(what) + " holds a non-integer");
            out.push_back(item->integer);
        }
        return out;
    }

    const std::string& m_source;
    const SafeUnpickler::StorageLoader& m_loader;
    const uint8_t* m_data;
    size_t m_size;
    size_t m_position = 0;
    std::vector<PickleObject> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint64_t, PickleObject> m_memo;
    std::unordered_map<std::string, PickleObject> m_storages;
};

PickleObject Decoder::persistentLoad(const PickleObject& id) {
    // ('storage', <storage type>, key, location, numel)
    if (id->kind != Kind::Tuple || id->items.size() != 5 || id->items[0]->kind != Kind::String ||
        id->items[0]->text != "storage" || id->items[1]->kind != Kind::Global ||
        id->items[2]->kind != Kind::String || id->items[4]->kind != Kind::Int)
        fail("unexpected persistent id");
    const auto type = kStorageTypes.find(id->items[1]->text);
    if (type == kStorageTypes.end())
        fail("unknown storage type " + id->items[1]->text);
    const std::string& key = id->items[2]->text;
    if (auto cached = m_storages.find(key); cached != m_storages.end())
        return cached->second;
    const int64_t numel = id->items[4]->integer;
    if (numel < 0)
        fail("negative storage size");
    auto storage = PickleValue::make(Kind::Storage);
    storage->tensor = m_loader(key, type->second, numel);
    m_storages[key] = storage;
    return storage;
}

PickleObject Decoder::rebuildTensor(const std::vector<PickleObject>& args) {
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[,
    // metadata])
    if (args.size() < 4 || args[0]->kind != Kind::Storage || args[1]->kind != Kind::Int)
        fail("malformed tensor");
    const auto sizes = integers(args[2], "tensor size");
    const auto strides = integers(args[3], "tensor stride");
    if (sizes.size() != strides.size())
        fail("tensor size and stride disagree");
    const int64_t offset = args[1]->integer;
    const int64_t available = args[0]->tensor.numel();
    int64_t last = offset;
    bool empty = false;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i] < 0 || strides[i] < 0)
            fail("negative tensor size or stride");
        if (sizes[i] == 0)
            empty = true;
        if (sizes[i] > 0 && strides[i] > (INT64_MAX - last) / std::max<int64_t>(sizes[i], 1))
            fail("tensor too large");
        last += (sizes[i] - 1) * strides[i];
    }
    if (offset < 0 || (!empty && last >= available))
        fail("tensor reaches past its storage");
    auto object = PickleValue::make(Kind::Tensor);
    object->tensor = empty ? torch::empty(sizes, args[0]->tensor.options())
                           : args[0]->tensor.as_strided(sizes, strides, offset).clone();
    return object;
}

PickleObject Decoder::reduce(const PickleObject& callable, const PickleObject& args) {
    if (callable->kind != Kind::Global || args->kind != Kind::Tuple)
        fail("unexpected REDUCE");
    const std::string& name = callable->text;
    if (name == "collections.OrderedDict") {
        if (!args->items.empty())
            fail("OrderedDict with arguments");
        return PickleValue::make(Kind::Dict);
    }
    if (name == "torch._utils._rebuild_tensor_v2")
        return rebuildTensor(args->items);
    if (name == "torch._utils._rebuild_parameter" ||
        name == "torch._utils._rebuild_parameter_with_state") {
        if (args->items.empty() || args->items[0]->kind != Kind::Tensor)
            fail("malformed parameter");
        return args->items[0];
    }
    fail("'" + name + "' cannot be called");
}

PickleObject Decoder::run() {
    while (true) {
        const uint8_t opcode = *take(1);
        switch (opcode) {
            case 0x80:
                take(1);
                break;  // PROTO
            case 0x95:
                take(8);
                break;  // FRAME
            case '(':
                m_marks.push_back(m_stack.size());
                break;   // MARK
            case '.': {  // STOP
                if (m_stack.size() != 1 || !m_marks.empty())
                    fail("unbalanced pickle");
                return m_stack.back();
            }
            case '0':
                pop();
                break;  // POP
            case '1':
                popToMark();
                break;  // POP_MARK
            case '2':
                push(top());
                break;  // DUP
            case 'N':
                push(PickleValue::make(Kind::None));
                break;
            case 0x88:
            case 0x89: {  // NEWTRUE, NEWFALSE
                auto value = PickleValue::make(Kind::Bool);
                value->boolean = opcode == 0x88;
                push(value);
                break;
            }
            case 'J':
                push(integer(static_cast<int32_t>(littleEndian(4))));
                break;  // BININT
            case 'K':
                push(integer(static_cast<int64_t>(littleEndian(1))));
                break;  // BININT1
            case 'M':
                push(integer(static_cast<int64_t>(littleEndian(2))));
                break;  // BININT2
            case 0x8a:
                push(integer(longInteger(littleEndian(1))));
                break;  // LONG1
            case 0x8b:
                push(integer(longInteger(littleEndian(4))));
                break;   // LONG4
            case 'G': {  // BINFLOAT
                const uint8_t* b = take(8);
                uint64_t bits = 0;
                for (int i = 0; i < 8; ++i)
                    bits = (bits << 8) | b[i];
                auto value = PickleValue::make(Kind::Float);
                std::memcpy(&value->number, &bits, sizeof bits);
                push(value);
                break;
            }
            case 'X':
                push(string(bytes(littleEndian(4))));
                break;  // BINUNICODE
            case 0x8c:
                push(string(bytes(littleEndian(1))));
                break;  // SHORT_BINUNICODE
            case 0x8d:
                push(string(bytes(littleEndian(8))));
                break;  // BINUNICODE8
            case 'T':
                push(string(bytes(littleEndian(4))));
                break;  // BINSTRING
            case 'U':
                push(string(bytes(littleEndian(1))));
                break;  // SHORT_BINSTRING
            case 'B':
                push(string(bytes(littleEndian(4)), Kind::Bytes));
                break;  // BINBYTES
            case 'C':
                push(string(bytes(littleEndian(1)), Kind::Bytes));
                break;  // SHORT_BINBYTES
            case 0x8e:
                push(string(bytes(littleEndian(8)), Kind::Bytes));
                break;  // BINBYTES8
            case ')':
                push(tuple({}));
                break;  // EMPTY_TUPLE
            case 't':
                push(tuple(popToMark()));
                break;    // TUPLE
            case 0x85: {  // TUPLE1
                auto a = pop();
                push(tuple({a}));
                break;
            }
            case 0x86: {  // TUPLE2
                auto b = pop();
                auto a = pop();
                push(tuple({a, b}));
                break;
            }
            case 0x87: {  // TUPLE3
                auto c = pop();
                auto b = pop();
                auto a = pop();
                push(tuple({a, b, c}));
                break;
            }
            case ']':
                push(PickleValue::make(Kind::List));
                break;  // EMPTY_LIST
            case '}':
                push(PickleValue::make(Kind::Dict));
                break;   // EMPTY_DICT
            case 'a': {  // APPEND
                auto value = pop();
                if (top()->kind != Kind::List)
                    fail("APPEND to a non-list");
                top()->items.push_back(value);
                break;
            }
            case 'e': {  // APPENDS
                auto values = popToMark();
                if (top()->kind != Kind::List)
                    fail("APPENDS to a non-list");
                top()->items.insert(top()->items.end(), values.begin(), values.end());
                break;
            }
            case 's': {  // SETITEM
                auto value = pop();
                auto key = pop();
                if (top()->kind != Kind::Dict)
                    fail("SETITEM on a non-dict");
                top()->entries.emplace_back(key, value);
                break;
            }
            case 'u': {  // SETITEMS
                auto values = popToMark();
                if (values.size() % 2 != 0)
                    fail("odd SETITEMS");
                if (top()->kind != Kind::Dict)
                    fail("SETITEMS on a non-dict");
                for (size_t i = 0; i < values.size(); i += 2)
                    top()->entries.emplace_back(values[i], values[i + 1]);
                break;
            }
            case 'c': {  // GLOBAL
                const std::string module = line();
                const std::string name = line();
                push(global(module, name));
                break;
            }
            case 0x93: {  // STACK_GLOBAL
                auto name = pop();
                auto module = pop();
                if (module->kind != Kind::String || name->kind != Kind::String)
                    fail("malformed STACK_GLOBAL");
                push(global(module->text, name->text));
                break;
            }
            case 'Q':
                push(persistentLoad(pop()));
                break;   // BINPERSID
            case 'R': {  // REDUCE
                auto args = pop();
                auto callable = pop();
                push(reduce(callable, args));
                break;
            }
            case 'b': {  // BUILD: only the attribute dict of an OrderedDict (state dict
                         // `_metadata`)
                auto state = pop();
                const Kind kind = top()->kind;
                if (kind != Kind::Dict && kind != Kind::Tensor)
                    fail("BUILD on an unsupported object");
                break;
            }
            case 'q':
                m_memo[littleEndian(1)] = top();
                break;  // BINPUT
            case 'r':
                m_memo[littleEndian(4)] = top();
                break;    // LONG_BINPUT
            case 0x94: {  // MEMOIZE
                const uint64_t index = m_memo.size();
                m_memo[index] = top();
                break;
            }
            case 'h':
            case 'j': {  // BINGET, LONG_BINGET
                const auto found = m_memo.find(littleEndian(opcode == 'h' ? 1 : 4));
                if (found == m_memo.end())
                    fail("reference to an unknown memo entry");
                push(found->second);
                break;
            }
            default: {
                char code[8];
                std::snprintf(code, sizeof code, "0x%02x", opcode);
                throw EngineError(ErrorCode::UnsafeFile,
                                  m_source + ": refused: unsupported pickle instruction " + code +
                                      " at byte " + std::to_string(m_position - 1) +
                                      " (state dicts never need it); nothing was executed");
            }
        }
    }
}

}  // namespace

SafeUnpickler::SafeUnpickler(const std::string& sourceName, StorageLoader storageLoader)
    : m_sourceName(sourceName), m_storageLoader(std::move(storageLoader)) {}

PickleObject SafeUnpickler::decode(const uint8_t* data, size_t size) {
    Decoder decoder(m_sourceName, m_storageLoader, data, size);
    return decoder.run();
}

}  // namespace faicls::io
