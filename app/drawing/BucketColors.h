// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/StatusBucket.h"

#include <QColor>

namespace fota {

// The one colour per status bucket, shared by the window and the campaign report.
// Mid-lightness, saturated tones: readable against both light and dark backgrounds (and on
// paper), so nothing here depends on a palette. Colour is never the only cue: text goes along.
class BucketColors
{
public:
    static QColor color(StatusBucket bucket);
};

} // namespace fota
