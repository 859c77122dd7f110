// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTextEdit>

namespace fota {

// Read-only plain text that is as tall as its text (up to a number of lines, then it scrolls)
// and wraps anywhere when a word is wider than the view: a QLabel only wraps between words,
// so a long token (a URL, a hex dump in a result reason) would be clipped.
class FitTextView : public QTextEdit
{
    Q_OBJECT
public:
    explicit FitTextView(QWidget *parent = nullptr);

    void setMaximumLines(int lines);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    int frameExtra() const;

    int m_maxLines = 12;
};

} // namespace fota
