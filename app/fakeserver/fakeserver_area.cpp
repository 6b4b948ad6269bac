// SPDX-License-Identifier: MIT
#include "fakesentryserver.h"
