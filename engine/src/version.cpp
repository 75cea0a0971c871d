#include "faicls/version.h"

#include <torch/version.h>

namespace faicls {

const char* torchVersion() {
    return TORCH_VERSION;
}

}  // namespace faicls
