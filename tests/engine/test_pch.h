#pragma once
// Shared by the engine tests (REUSE_FROM faicls_test_pch).
#include <torch/torch.h>
#include <QtTest>
