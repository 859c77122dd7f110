// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fota {

// Why the history could not be opened or written, for a clear message and for tests.
struct HistoryError
{
    enum Kind
    {
        None,
        NotSqlite,    // the file exists and is not an SQLite database: left untouched
        Foreign,      // an SQLite database of some other program: left untouched
        NewerVersion, // written by a newer version of this program: left untouched
        Corrupt,      // ours, but damaged (SQLite reports it malformed)
        Io,           // cannot create the folder, open or write the file, or the file is busy
    };
    Kind kind = None;
    QString message; // one line, names the file; nothing secret

    bool isError() const { return kind != None; }
};

} // namespace fota
