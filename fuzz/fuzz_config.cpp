// Experiment configs (JSON text as a user or a run folder gives it): read, validated and
// written back without a crash or a foreign exception.

#include "faicls/config_json.h"
#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "io/json_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        const auto json =
            faicls::io::parseJson(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
        const auto read = faicls::readExperimentConfig(json);
        if (!read.ok())
            return 0;
        (void)faicls::validate(read.config.model, false);
        (void)faicls::validate(read.config.train);
        // What was read writes back and reads again to the same config.
        const auto again = faicls::readExperimentConfig(faicls::toJson(read.config));
        if (!again.ok() || faicls::dumpJson(faicls::toJson(again.config)) !=
                               faicls::dumpJson(faicls::toJson(read.config)))
            __builtin_trap();
    } catch (const faicls::EngineError&) {
    }
    return 0;
}
