#include "io/safe_unpickler.h"

#include <array>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "faicls/engine_error.h"

namespace faicls::io {

namespace {

void moveChildren(PickleValue& value, std::vector<PickleObject>& pending) {
    for (auto& item : value.items)
        pending.push_back(std::move(item));
    for (auto& [key, entry] : value.entries) {
        pending.push_back(std::move(key));
        pending.push_back(std::move(entry));
    }
    value.items.clear();
    value.entries.clear();
}

}  // namespace

PickleValue::~PickleValue() {
    std::vector<PickleObject> pending;
    moveChildren(*this, pending);
    while (!pending.empty()) {
        PickleObject next = std::move(pending.back());
        pending.pop_back();
        if (next && next.use_count() == 1)
            moveChildren(*next, pending);  // it goes at the end of this turn, childless
    }
}

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

// Pickle opcodes, named as in CPython's pickletools.
constexpr uint8_t kProto = 0x80;
constexpr uint8_t kFrame = 0x95;
constexpr uint8_t kMark = '(';
constexpr uint8_t kStop = '.';
constexpr uint8_t kPop = '0';
constexpr uint8_t kPopMark = '1';
constexpr uint8_t kDup = '2';
constexpr uint8_t kNone = 'N';
constexpr uint8_t kNewTrue = 0x88;
constexpr uint8_t kNewFalse = 0x89;
constexpr uint8_t kBinInt = 'J';
constexpr uint8_t kBinInt1 = 'K';
constexpr uint8_t kBinInt2 = 'M';
constexpr uint8_t kLong1 = 0x8a;
constexpr uint8_t kLong4 = 0x8b;
constexpr uint8_t kBinFloat = 'G';
constexpr uint8_t kBinUnicode = 'X';
constexpr uint8_t kShortBinUnicode = 0x8c;
constexpr uint8_t kBinUnicode8 = 0x8d;
constexpr uint8_t kBinString = 'T';
constexpr uint8_t kShortBinString = 'U';
constexpr uint8_t kBinBytes = 'B';
constexpr uint8_t kShortBinBytes = 'C';
constexpr uint8_t kBinBytes8 = 0x8e;
constexpr uint8_t kEmptyTuple = ')';
constexpr uint8_t kTuple = 't';
constexpr uint8_t kTuple1 = 0x85;
constexpr uint8_t kTuple2 = 0x86;
constexpr uint8_t kTuple3 = 0x87;
constexpr uint8_t kEmptyList = ']';
constexpr uint8_t kEmptyDict = '}';
constexpr uint8_t kAppend = 'a';
constexpr uint8_t kAppends = 'e';
constexpr uint8_t kSetItem = 's';
constexpr uint8_t kSetItems = 'u';
constexpr uint8_t kGlobal = 'c';
constexpr uint8_t kStackGlobal = 0x93;
constexpr uint8_t kBinPersId = 'Q';
constexpr uint8_t kReduce = 'R';
constexpr uint8_t kBuild = 'b';
constexpr uint8_t kBinPut = 'q';
constexpr uint8_t kLongBinPut = 'r';
constexpr uint8_t kMemoize = 0x94;
constexpr uint8_t kBinGet = 'h';
constexpr uint8_t kLongBinGet = 'j';

// Opcodes grouped by what they work on; each family has one handler in Decoder.
enum class OpcodeFamily : uint8_t {
    Unsupported,
    Stop,
    Framing,
    Scalar,
    Text,
    Tuple,
    ListOrDict,
    Object,
    Memo
};

// A lookup table rather than a chain of handlers, so each opcode costs one dispatch.
constexpr std::array<OpcodeFamily, 256> makeOpcodeFamilies() {
    std::array<OpcodeFamily, 256> families{};
    const auto assign = [&families](OpcodeFamily family, std::initializer_list<uint8_t> opcodes) {
        for (const uint8_t opcode : opcodes)
            families[opcode] = family;
    };
    assign(OpcodeFamily::Stop, {kStop});
    assign(OpcodeFamily::Framing, {kProto, kFrame, kMark, kPop, kPopMark, kDup});
    assign(OpcodeFamily::Scalar,
           {kNone, kNewTrue, kNewFalse, kBinInt, kBinInt1, kBinInt2, kLong1, kLong4, kBinFloat});
    assign(OpcodeFamily::Text, {kBinUnicode, kShortBinUnicode, kBinUnicode8, kBinString,
                                kShortBinString, kBinBytes, kShortBinBytes, kBinBytes8});
    assign(OpcodeFamily::Tuple, {kEmptyTuple, kTuple, kTuple1, kTuple2, kTuple3});
    assign(OpcodeFamily::ListOrDict,
           {kEmptyList, kEmptyDict, kAppend, kAppends, kSetItem, kSetItems});
    assign(OpcodeFamily::Object, {kGlobal, kStackGlobal, kBinPersId, kReduce, kBuild});
    assign(OpcodeFamily::Memo, {kBinPut, kLongBinPut, kMemoize, kBinGet, kLongBinGet});
    return families;
}

constexpr std::array<OpcodeFamily, 256> kOpcodeFamilies = makeOpcodeFamilies();

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
    // One handler per opcode family; an opcode a handler does not know is refused.
    void decodeFraming(uint8_t opcode);
    void decodeScalar(uint8_t opcode);
    void decodeText(uint8_t opcode);
    void decodeTuple(uint8_t opcode);
    void decodeListOrDict(uint8_t opcode);
    void decodeObject(uint8_t opcode);
    void decodeMemo(uint8_t opcode);
    PickleObject binaryFloat();
    void setItems();
    PickleObject stop();
    [[noreturn]] void refuse(uint8_t opcode) const;
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
    if (offset < 0)
        fail("negative tensor offset");
    bool empty = false;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i] < 0 || strides[i] < 0)
            fail("negative tensor size or stride");
        empty = empty || sizes[i] == 0;
    }
    if (!empty) {
        // The last element the view reaches, without overflow, must lie in the storage.
        int64_t last = offset;
        for (size_t i = 0; i < sizes.size(); ++i) {
            const int64_t steps = sizes[i] - 1;
            if (steps > 0 && strides[i] > (INT64_MAX - last) / steps)
                fail("tensor too large");
            last += steps * strides[i];
        }
        if (last >= available)
            fail("tensor reaches past its storage");
        // Copying the view makes it dense: a view with more elements than its storage (stride
        // 0, as expand() makes) would make a small file allocate without bound.
        int64_t elements = 1;
        for (const int64_t size : sizes) {
            if (elements > available / size)
                fail("tensor has more elements than its storage holds (a stride-0 view?)");
            elements *= size;
        }
    }
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
        switch (kOpcodeFamilies[opcode]) {
            case OpcodeFamily::Stop:
                return stop();
            case OpcodeFamily::Framing:
                decodeFraming(opcode);
                break;
            case OpcodeFamily::Scalar:
                decodeScalar(opcode);
                break;
            case OpcodeFamily::Text:
                decodeText(opcode);
                break;
            case OpcodeFamily::Tuple:
                decodeTuple(opcode);
                break;
            case OpcodeFamily::ListOrDict:
                decodeListOrDict(opcode);
                break;
            case OpcodeFamily::Object:
                decodeObject(opcode);
                break;
            case OpcodeFamily::Memo:
                decodeMemo(opcode);
                break;
            case OpcodeFamily::Unsupported:
                refuse(opcode);
        }
    }
}

PickleObject Decoder::stop() {
    if (m_stack.size() != 1 || !m_marks.empty())
        fail("unbalanced pickle");
    return m_stack.back();
}

// Everything outside these families could run code or build objects a state dict never holds.
void Decoder::refuse(uint8_t opcode) const {
    char code[8];
    std::snprintf(code, sizeof code, "0x%02x", opcode);
    throw EngineError(ErrorCode::UnsafeFile,
                      m_source + ": refused: unsupported pickle instruction " + code + " at byte " +
                          std::to_string(m_position - 1) +
                          " (state dicts never need it); nothing was executed");
}

void Decoder::decodeFraming(uint8_t opcode) {
    switch (opcode) {
        case kProto:
            take(1);
            break;
        case kFrame:
            take(8);
            break;
        case kMark:
            m_marks.push_back(m_stack.size());
            break;
        case kPop:
            pop();
            break;
        case kPopMark:
            popToMark();
            break;
        case kDup:
            push(top());
            break;
        default:
            refuse(opcode);
    }
}

void Decoder::decodeScalar(uint8_t opcode) {
    switch (opcode) {
        case kNone:
            push(PickleValue::make(Kind::None));
            break;
        case kNewTrue:
        case kNewFalse: {
            auto value = PickleValue::make(Kind::Bool);
            value->boolean = opcode == kNewTrue;
            push(value);
            break;
        }
        case kBinInt:
            push(integer(static_cast<int32_t>(littleEndian(4))));
            break;
        case kBinInt1:
            push(integer(static_cast<int64_t>(littleEndian(1))));
            break;
        case kBinInt2:
            push(integer(static_cast<int64_t>(littleEndian(2))));
            break;
        case kLong1:
            push(integer(longInteger(littleEndian(1))));
            break;
        case kLong4:
            push(integer(longInteger(littleEndian(4))));
            break;
        case kBinFloat:
            push(binaryFloat());
            break;
        default:
            refuse(opcode);
    }
}

// BINFLOAT is the one big-endian value in a pickle.
PickleObject Decoder::binaryFloat() {
    const uint8_t* bigEndian = take(8);
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | bigEndian[i];
    auto value = PickleValue::make(Kind::Float);
    std::memcpy(&value->number, &bits, sizeof bits);
    return value;
}

void Decoder::decodeText(uint8_t opcode) {
    switch (opcode) {
        case kBinUnicode:
        case kBinString:
            push(string(bytes(littleEndian(4))));
            break;
        case kShortBinUnicode:
        case kShortBinString:
            push(string(bytes(littleEndian(1))));
            break;
        case kBinUnicode8:
            push(string(bytes(littleEndian(8))));
            break;
        case kBinBytes:
            push(string(bytes(littleEndian(4)), Kind::Bytes));
            break;
        case kShortBinBytes:
            push(string(bytes(littleEndian(1)), Kind::Bytes));
            break;
        case kBinBytes8:
            push(string(bytes(littleEndian(8)), Kind::Bytes));
            break;
        default:
            refuse(opcode);
    }
}

void Decoder::decodeTuple(uint8_t opcode) {
    switch (opcode) {
        case kEmptyTuple:
            push(tuple({}));
            break;
        case kTuple:
            push(tuple(popToMark()));
            break;
        case kTuple1: {
            auto a = pop();
            push(tuple({a}));
            break;
        }
        case kTuple2: {
            auto b = pop();
            auto a = pop();
            push(tuple({a, b}));
            break;
        }
        case kTuple3: {
            auto c = pop();
            auto b = pop();
            auto a = pop();
            push(tuple({a, b, c}));
            break;
        }
        default:
            refuse(opcode);
    }
}

void Decoder::decodeListOrDict(uint8_t opcode) {
    switch (opcode) {
        case kEmptyList:
            push(PickleValue::make(Kind::List));
            break;
        case kEmptyDict:
            push(PickleValue::make(Kind::Dict));
            break;
        case kAppend: {
            auto value = pop();
            if (top()->kind != Kind::List)
                fail("APPEND to a non-list");
            top()->items.push_back(value);
            break;
        }
        case kAppends: {
            auto values = popToMark();
            if (top()->kind != Kind::List)
                fail("APPENDS to a non-list");
            top()->items.insert(top()->items.end(), values.begin(), values.end());
            break;
        }
        case kSetItem: {
            auto value = pop();
            auto key = pop();
            if (top()->kind != Kind::Dict)
                fail("SETITEM on a non-dict");
            top()->entries.emplace_back(key, value);
            break;
        }
        case kSetItems:
            setItems();
            break;
        default:
            refuse(opcode);
    }
}

void Decoder::setItems() {
    auto values = popToMark();
    if (values.size() % 2 != 0)
        fail("odd SETITEMS");
    if (top()->kind != Kind::Dict)
        fail("SETITEMS on a non-dict");
    for (size_t i = 0; i < values.size(); i += 2)
        top()->entries.emplace_back(values[i], values[i + 1]);
}

// Globals, persistent ids and calls: each goes through the allow list, so nothing runs code.
void Decoder::decodeObject(uint8_t opcode) {
    switch (opcode) {
        case kGlobal: {
            const std::string module = line();
            const std::string name = line();
            push(global(module, name));
            break;
        }
        case kStackGlobal: {
            auto name = pop();
            auto module = pop();
            if (module->kind != Kind::String || name->kind != Kind::String)
                fail("malformed STACK_GLOBAL");
            push(global(module->text, name->text));
            break;
        }
        case kBinPersId:
            push(persistentLoad(pop()));
            break;
        case kReduce: {
            auto args = pop();
            auto callable = pop();
            push(reduce(callable, args));
            break;
        }
        case kBuild: {
            // Only the attribute dict of an OrderedDict (state dict `_metadata`): dropped.
            auto state = pop();
            const Kind kind = top()->kind;
            if (kind != Kind::Dict && kind != Kind::Tensor)
                fail("BUILD on an unsupported object");
            break;
        }
        default:
            refuse(opcode);
    }
}

void Decoder::decodeMemo(uint8_t opcode) {
    switch (opcode) {
        case kBinPut:
            m_memo[littleEndian(1)] = top();
            break;
        case kLongBinPut:
            m_memo[littleEndian(4)] = top();
            break;
        case kMemoize: {
            const uint64_t index = m_memo.size();
            m_memo[index] = top();
            break;
        }
        case kBinGet:
        case kLongBinGet: {
            const auto found = m_memo.find(littleEndian(opcode == kBinGet ? 1 : 4));
            if (found == m_memo.end())
                fail("reference to an unknown memo entry");
            push(found->second);
            break;
        }
        default:
            refuse(opcode);
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
