// SPDX-License-Identifier: Apache-2.0
#include "SaslPrep.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <utility>

namespace tempcards {

namespace {
using Range = std::pair<char32_t, char32_t>;

bool inRanges(char32_t c, std::initializer_list<Range> ranges)
{
    return std::any_of(ranges.begin(), ranges.end(), [c](const Range &r) { return c >= r.first && c <= r.second; });
}
} // namespace

bool SaslPrep::nonAsciiSpace(char32_t c) // RFC 3454 table C.1.2
{
    return inRanges(
        c,
        {{0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200B}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}});
}

bool SaslPrep::mappedToNothing(char32_t c) // table B.1
{
    return inRanges(c, {{0x00AD, 0x00AD},
                        {0x034F, 0x034F},
                        {0x1806, 0x1806},
                        {0x180B, 0x180D},
                        {0x200B, 0x200D},
                        {0x2060, 0x2060},
                        {0xFE00, 0xFE0F},
                        {0xFEFF, 0xFEFF}});
}

bool SaslPrep::prohibited(char32_t c) // tables C.1.2 to C.9, and A.1 (unassigned in Unicode 3.2)
{
    if (nonAsciiSpace(c))
        return true;
    if (inRanges(c,
                 {
                     {0x0000, 0x001F}, {0x007F, 0x009F},   {0x0340, 0x0341},   {0x06DD, 0x06DD},   {0x070F, 0x070F},
                     {0x180E, 0x180E}, {0x200C, 0x200F},   {0x2028, 0x202E},   {0x2060, 0x2063},   {0x206A, 0x206F},
                     {0x2FF0, 0x2FFB}, {0xD800, 0xDFFF},   {0xE000, 0xF8FF},   {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},
                     {0xFFF9, 0xFFFF}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
                 }))
        return true;
    if ((c & 0xFFFE) == 0xFFFE) // the last two code points of every plane are non-characters
        return true;
    const QChar::UnicodeVersion version = QChar::unicodeVersion(c);
    return version == QChar::Unicode_Unassigned || version > QChar::Unicode_3_2;
}

QByteArray SaslPrep::prepare(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    if (std::all_of(raw.cbegin(), raw.cend(), [](char b) { return (static_cast<unsigned char>(b) & 0x80) == 0; }))
        return raw;
    QList<uint> mapped;
    for (const uint c : password.toUcs4()) {
        if (nonAsciiSpace(c))
            mapped << 0x20;
        else if (!mappedToNothing(c))
            mapped << c;
    }
    if (mapped.isEmpty())
        return raw; // PostgreSQL prohibits an empty prepared password
    // PostgreSQL checks the prohibited characters and the bidirectional rule on the mapped text, before
    // normalisation, and libpq does the same; so does this, to agree with both.
    const auto isRandAL = [](uint c) {
        const QChar::Direction d = QChar::direction(c);
        return d == QChar::DirR || d == QChar::DirAL;
    };
    if (std::any_of(mapped.cbegin(), mapped.cend(), [](uint c) { return prohibited(c); }))
        return raw;
    if (std::any_of(mapped.cbegin(), mapped.cend(), isRandAL)) {
        const bool anyL =
            std::any_of(mapped.cbegin(), mapped.cend(), [](uint c) { return QChar::direction(c) == QChar::DirL; });
        if (anyL || !isRandAL(mapped.first()) || !isRandAL(mapped.last()))
            return raw;
    }
    const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(mapped.constData()), mapped.size());
    return text.normalized(QString::NormalizationForm_KC).toUtf8();
}

} // namespace tempcards
