// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace sc {

// A toolbar icon from the resources (":/icons/NAME.svg", drawn in #000000) in the palette's text
// colour, so it reads on light and dark palettes alike; a disabled state in the disabled colour.
// Rendered at 1x and 2x for high-DPI screens.
QIcon themedIcon(const QString& name, const QPalette& palette);

} // namespace sc
