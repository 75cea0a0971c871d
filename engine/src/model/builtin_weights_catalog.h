#pragma once

// Internal: engine/resources/weights_catalog.json, embedded at build time.

namespace faicls::model {

extern const char* const kBuiltinWeightsCatalog;

}  // namespace faicls::model
