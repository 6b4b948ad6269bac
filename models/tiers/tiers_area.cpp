// SPDX-License-Identifier: MIT
#include "tieraudit.h"
