// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/FitTextView.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace fota {

FitTextView::FitTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Reads like the labels around it, not like an input field.
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &FitTextView::fitHeight);
}

void FitTextView::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    fitHeight();
}

int FitTextView::frameExtra() const
{
    const QMargins m = contentsMargins();
    return m.top() + m.bottom() + 2 * frameWidth();
}

QSize FitTextView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, height()};
}

QSize FitTextView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().lineSpacing() + frameExtra()};
}

void FitTextView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void FitTextView::fitHeight()
{
    const int text = int(std::ceil(document()->size().height()));
    const int cap = fontMetrics().lineSpacing() * m_maxLines;
    const int wanted = std::max(std::min(text, cap), fontMetrics().lineSpacing()) + frameExtra();
    if (wanted != height()) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

} // namespace fota
