// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// What every text field's checks share: typed or pasted text can hold control characters and invisible
// formatting characters (bidi overrides, zero-width marks) that disguise what a person reads, and can be
// far longer than any message should repeat.
class InputText
{
public:
    // C0/C1 control characters, NUL included.
    static bool hasControl(const QString &text);
    // Characters that change the display direction (LRM, RLM, ALM, the embeddings, overrides and isolates).
    static bool hasBidiControl(const QString &text);
    // Control characters or any invisible formatting character (Unicode category Cf).
    static bool hasInvisible(const QString &text);
    // `text` without control and formatting characters: what a search compares, so a code copied from a
    // document with stray direction marks still finds its card.
    static QString withoutInvisible(const QString &text);
    // `text` fit to be repeated in a message or the audit trail: each control or formatting character
    // spelled out as <U+XXXX>, and cut to about `maxChars` characters with "…".
    static QString shown(const QString &text, int maxChars = 80);
};

} // namespace tempcards
