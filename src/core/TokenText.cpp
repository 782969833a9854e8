#include "TokenText.h"

#include <QCoreApplication>

bool TokenText::mayBeToken(const QString &text) {
    QString trimmed = text.trimmed();
    while (trimmed.startsWith(QLatin1Char('-'))) // given as an option: --<token>
        trimmed.remove(0, 1);
    if (trimmed.startsWith(QLatin1String("mat-"), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("bearer"), Qt::CaseInsensitive) ||
        trimmed.contains(QLatin1String("eyJ")))
        return true;
    const bool oneWord = !trimmed.contains(QLatin1Char(' '));
    // Two dots or more, and no URL: a JWS has three parts, a JWE five.
    if (oneWord && trimmed.count(QLatin1Char('.')) >= 2 && !trimmed.contains(QLatin1Char('/')))
        return true;
    return oneWord && trimmed.size() > 40;
}

QString TokenText::forMessage(const QString &text) {
    return mayBeToken(text)
               ? QCoreApplication::translate("TokenText", "(not shown: it may be a token)")
               : text;
}
