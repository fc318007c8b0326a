#pragma once

#include "termsheet.h"

#include <QJsonObject>

namespace termlens {

// Writes a TermSheet as the JSON object of termsheet-format.md: decimals as strings in the form
// held ("1.00" stays "1.00"), absent values and empty strings left out, and the fields that
// have a documented default (monthLength, measurement, excludedTime) always written, so
// reading the result gives back the same sheet.
class TermSheetWriter
{
public:
    static QJsonObject write(const TermSheet &sheet);

private:
    static QJsonObject terms(const Terms &terms);
    static QJsonObject availability(const Availability &a);
    static QJsonObject measurement(const Measurement &m);
    static QJsonObject maintenance(const Maintenance &m);
    static QJsonObject credits(const Credits &c);
    static QJsonObject schedule(const CreditSchedule &s);
    static QJsonObject claimWindow(const ClaimWindow &w);
    static QJsonObject term(const Term &t);
    static QJsonObject renewal(const Renewal &r);
    static QJsonObject liabilityCap(const LiabilityCap &c);
    static QJsonObject support(const Support &s);
    static QJsonObject termination(const Termination &t);
    static QJsonObject comparisonTerms(const Terms &terms);
    static void dataAndLaw(QJsonObject &o, const Terms &terms);
    static QJsonObject window(const WeeklyWindow &w);
    static QJsonObject businessHours(const BusinessHours &h);
    static QJsonObject duration(const Duration &d);
};

} // namespace termlens
