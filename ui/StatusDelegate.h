#pragma once

#include "campaign/StatusBucket.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace fota {

// Puts the bucket's colour swatch before the raw status text. A delegate rather than a
// decoration role in the model: colours are a view concern and the core has no QtGui icons.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::array<QIcon, kBucketCount> m_swatches; // made once; painted for every visible cell
};

} // namespace fota
