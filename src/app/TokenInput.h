#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// `tokendesk --inspect`: the token comes from standard input (a pipe, or pasted into the
// terminal and ended with Ctrl+D), never from the command line where other users and the
// shell history could see it.
struct TokenInput {
    static constexpr qsizetype MaxBytes = 1024 * 1024;

    // Reads `in` to its end; trims white space and a leading "Bearer ". On failure returns an
    // empty array and sets `error`.
    static QByteArray read(std::FILE *in, QString *error);
};
