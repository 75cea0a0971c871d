#pragma once
// Shared by the engine tests (REUSE_FROM faicls_test_support).
#include <torch/torch.h>
#include <QtTest>
