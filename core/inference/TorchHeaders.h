#pragma once

// Torch's headers by name, for `#include LX_TORCH_…` in this folder's .cpp files only. Qt's
// lupdate follows plain #include lines and would spend an hour in torch's thousands of headers
// looking for translatable strings; it does not expand a macro, the compiler does.
#define LX_TORCH_HEADER <torch/torch.h>
#define LX_TORCH_SCRIPT_HEADER <torch/script.h>
#define LX_TORCH_CPU_GENERATOR_HEADER <ATen/CPUGeneratorImpl.h>
