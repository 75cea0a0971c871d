#pragma once
// Precompiled for every engine translation unit (target_precompile_headers): torch's headers
// dominate the build time on a 2-core machine.
#include <torch/torch.h>
