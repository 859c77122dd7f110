// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringView>

namespace fota {

// A JSON string literal for hand-written JSON (the watch line writes its keys in a fixed
// order, which QJsonObject cannot). Besides what JSON requires, DEL, C1 controls, line and
// paragraph separators and bidirectional controls are escaped too: the text is a server's,
// and a line printed to a terminal must not carry anything a terminal acts on. The value
// still decodes to exactly the original text.
class JsonText
{
public:
    static void appendString(QByteArray &out, QStringView text);
    static QByteArray string(QStringView text)
    {
        QByteArray out;
        appendString(out, text);
        return out;
    }
};

} // namespace fota
