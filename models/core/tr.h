// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace sc {

// Translation context for code outside QObjects: Tr::tr("…").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sc)
};

} // namespace sc
