// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Outcome.h"

#include <QFuture>
#include <QStringList>

class QWidget;

namespace tempcards {

// A settings section whose edits wait for the dialog's Save: the one save model of the settings dialog.
// Save stores every page that has edits, one after the other, and stops at the first refusal (that page
// is shown with the reason, the dialog stays open); Cancel, Esc and closing drop them all, after asking
// when there are any. A page's own buttons only test or act at once (Test, Remove), never save edits.
class SettingsPage
{
public:
    virtual ~SettingsPage() = default;

    // Whether the fields differ from what they showed when last filled from the saved settings.
    virtual bool hasEdits() const = 0;
    // Stores the edits; on success the page shows what is saved now (so it has no edits left). Called on
    // the GUI thread; the future is finished there too.
    virtual QFuture<Outcome> saveEdits() = 0;

protected:
    // What the editable fields under `page` hold (line edits, text edits, spin boxes, combo boxes, check
    // and radio buttons), in a fixed order, to compare with an earlier reading.
    static QStringList valuesOf(const QWidget *page);
};

} // namespace tempcards
