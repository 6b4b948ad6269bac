// SPDX-License-Identifier: MIT
#include "sentryclient.h"
#include "orgpuller.h"
