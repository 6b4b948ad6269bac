// SPDX-License-Identifier: MIT
// Folded into testutils.h; kept so tests written against the old name still build. Include
// testutils.h in new tests.
#pragma once

#include "testutils.h"
