#pragma once

#include "campaign/StatusBucket.h"

#include <QColor>

namespace fota {

// The one colour per status bucket, for everything that draws buckets: the window's summary
// bar, combo and table (through ui/BucketPalette) and the progress chart, in the window or in
// a report. Mid-lightness, saturated tones: readable against both light and dark backgrounds,
// so nothing here depends on a palette. Colour is never the only cue: text always goes along.
class BucketColors
{
public:
    static QColor color(StatusBucket bucket);
};

} // namespace fota
