#include "Rfc3339.h"

namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}
static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);

constexpr int daysInMonth(int y, int m) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 29;
    return days[m - 1];
}

template <typename Char> class Reader {
public:
    Reader(const Char *data, qsizetype size)
        : m_p(data)
        , m_end(data + size) {}

    bool atEnd() const { return m_p == m_end; }
    char16_t peek() const { return atEnd() ? 0 : char16_t(m_p[0]); }
    bool take(char16_t c) {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    bool takeAny(char16_t a, char16_t b, char16_t c = 0) {
        const char16_t ch = peek();
        if (atEnd() || (ch != a && ch != b && (c == 0 || ch != c)))
            return false;
        ++m_p;
        return true;
    }
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
    // Exactly `count` digits.
    bool digits(int count, int *value) {
        if (m_end - m_p < count)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = char16_t(m_p[i]);
            if (!isDigit(c))
                return false;
            v = v * 10 + (c - u'0');
        }
        m_p += count;
        *value = v;
        return true;
    }
    // One or more digits, as milliseconds (truncated).
    bool fraction(int *ms) {
        int value = 0;
        int n = 0;
        while (!atEnd() && isDigit(peek())) {
            if (n < 3)
                value = value * 10 + (peek() - u'0');
            ++n;
            ++m_p;
        }
        if (n == 0)
            return false;
        for (int i = n; i < 3; ++i)
            value *= 10;
        *ms = value;
        return true;
    }

private:
    const Char *m_p;
    const Char *m_end;
};

template <typename Char> std::optional<qint64> parseImpl(const Char *data, qsizetype size) {
    Reader<Char> r(data, size);
    int year, month, day, hour, minute, second, ms = 0;
    if (!r.digits(4, &year) || !r.take(u'-') || !r.digits(2, &month) || !r.take(u'-') ||
        !r.digits(2, &day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    if (!r.takeAny(u'T', u't', u' '))
        return std::nullopt;
    if (!r.digits(2, &hour) || !r.take(u':') || !r.digits(2, &minute) || !r.take(u':') ||
        !r.digits(2, &second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    if (r.take(u'.') && !r.fraction(&ms))
        return std::nullopt;
    int offsetSeconds = 0;
    if (!r.takeAny(u'Z', u'z')) {
        const char16_t sign = r.peek();
        if (!r.takeAny(u'+', u'-'))
            return std::nullopt;
        int offsetHours, offsetMinutes;
        if (!r.digits(2, &offsetHours) || !r.take(u':') || !r.digits(2, &offsetMinutes))
            return std::nullopt;
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (sign == u'-' ? -1 : 1);
    }
    if (!r.atEnd())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 +
                           second - offsetSeconds;
    return seconds * 1000 + ms;
}

} // namespace

std::optional<qint64> Rfc3339::parseMSecsSinceEpoch(QStringView text) {
    return parseImpl(text.utf16(), text.size());
}

std::optional<QDateTime> Rfc3339::parse(QStringView text) {
    const std::optional<qint64> ms = parseMSecsSinceEpoch(text);
    if (!ms)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}
