// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"

#include <QColor>
#include <QIcon>

namespace fota {

// The one colour per status bucket (drawing/BucketColors, which the progress chart and the
// campaign report use too), shared by the summary bar, the combo and the table, and its swatch
// icon. Colour is never the only cue: text always goes along.
class BucketPalette
{
public:
    static QColor color(StatusBucket bucket);
    // A small rounded swatch for labels, combo items and the status column. Not cached here
    // (a static QIcon would outlive the QGuiApplication); callers that paint often keep theirs.
    static QIcon swatch(StatusBucket bucket);
};

} // namespace fota
