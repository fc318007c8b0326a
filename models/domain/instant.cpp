#include "instant.h"

namespace termlens {
namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return QDate(year, month, day);
}

std::optional<qint64> parseInstant(QStringView s)
{
    // YYYY-MM-DDTHH:MM
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || s[4] != u'-' ||
        s[7] != u'-' || (s[10] != u'T' && s[10] != u't' && s[10] != u' ') || s[13] != u':')
        return std::nullopt;
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59)
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0;
    if (pos < s.size() && s[pos] == u':') {
        second = digits(s, pos + 1, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            const qsizetype fractionStart = pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9')
                ++pos;
            if (pos == fractionStart)
                return std::nullopt;
        }
    }
    if (pos >= s.size())
        return std::nullopt; // no zone
    int offset = 0;
    if (s[pos] == u'Z' || s[pos] == u'z') {
        ++pos;
    } else if (s[pos] == u'+' || s[pos] == u'-') {
        const int sign = s[pos] == u'-' ? -1 : 1;
        const int oh = digits(s, pos + 1, 2);
        int om = -1;
        qsizetype end = pos + 3;
        if (end < s.size() && s[end] == u':') {
            om = digits(s, end + 1, 2);
            end += 3;
        } else {
            om = digits(s, end, 2);
            end += 2;
        }
        if (oh < 0 || om < 0 || oh > 18 || om > 59)
            return std::nullopt;
        offset = sign * (oh * 3600 + om * 60);
        pos = end;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 local =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return local - offset;
}

QString formatInstantWithOffset(qint64 utcSeconds, int offsetSeconds)
{
    // Written digit by digit: working lines format thousands of instants per month computed.
    const qint64 local = utcSeconds + offsetSeconds;
    qint64 days = local / 86400;
    qint64 secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const QDate date = civilFromDays(days);
    char16_t buffer[32];
    int n = 0;
    const auto put = [&](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    put(date.year(), 4);
    buffer[n++] = u'-';
    put(date.month(), 2);
    buffer[n++] = u'-';
    put(date.day(), 2);
    buffer[n++] = u'T';
    put(secs / 3600, 2);
    buffer[n++] = u':';
    put(secs / 60 % 60, 2);
    buffer[n++] = u':';
    put(secs % 60, 2);
    const int a = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    buffer[n++] = offsetSeconds < 0 ? u'-' : u'+';
    put(a / 3600, 2);
    buffer[n++] = u':';
    put(a / 60 % 60, 2);
    return QString(reinterpret_cast<const QChar *>(buffer), n);
}

QString formatInstantUtc(qint64 utcSeconds)
{
    QString text = formatInstantWithOffset(utcSeconds, 0);
    text.chop(6);
    return text + u'Z';
}

} // namespace termlens
