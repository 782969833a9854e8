#pragma once

#include <QString>

// Error messages repeat what the user typed, but never token text: a token given where an
// argument or option was expected is replaced by a note saying it was left out.
class TokenText {
public:
    // True for text that may be a secret token: a JWT/JWS/JWE (base64url JSON "eyJ", or three
    // or more dot-separated parts), a Moderne PAT ("mat-"), "Bearer …", or any long word.
    static bool mayBeToken(const QString &text);
    // `text` itself, or "(not shown: it may be a token)" when mayBeToken(text).
    static QString forMessage(const QString &text);
};
