#pragma once

#include <QString>

// Text from a server or a token, for places that render rich text when the text looks like
// HTML (tooltips, QLabel in AutoText, message boxes): escaped and wrapped so that it is always
// read as rich text and therefore shown literally, character for character.
class PlainText {
public:
    // "<p style='white-space:pre-wrap'>…escaped…</p>"; an empty text stays empty.
    static QString toRichText(const QString &text);
};
