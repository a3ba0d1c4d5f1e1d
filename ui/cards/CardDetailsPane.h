// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HandOutService.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace tempcards {

class CardService;

// Beside the card list: every field of the one card chosen (its holder with employee id and department, valid
// until and the reason in words among them) and everyone who held it, newest first; below, what another
// feature adds (addSection(): the history, for auditors). Read off the GUI thread when the choice changes and
// again when the card changes (once per burst); only the newest answer is shown. The services outlive the
// pane.
class CardDetailsPane : public QWidget
{
    Q_OBJECT

public:
    CardDetailsPane(HandOutService *handOut, CardService *cards, QWidget *parent = nullptr);

    // The cards chosen in the list: details for exactly one, a count otherwise.
    void showCards(const QList<qint64> &cardIds);
    QWidget *lastInTabOrder() const;

    // The most holdings listed; a card is rarely handed out more than a few dozen times.
    static constexpr int kHoldingsLimit = 100;
    // Adds `section` (taking it) below the holdings, shown while one card's details are: for what another
    // feature tells of the card (its history from the audit trail). It follows the holdings in Tab order.
    void addSection(QWidget *section);

signals:
    // The one card whose details are now shown (again after it changed), or 0 when none is.
    void cardShown(qint64 cardId);

private:
    void load();
    void present(const HandOutService::CardDetails &details);
    void setValue(const char *field, const QString &text);

    HandOutService *m_handOut;
    QList<qint64> m_chosen;
    int m_loads = 0; // the newest load; older answers are dropped
    QTimer m_changed;
    QLabel *m_title;
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
    };
    QHash<QString, Row> m_rows; // by field ("holder"); the value label is "<field>ValueLabel"
    QWidget *m_fieldsBox;       // the two grids of fields
    QLabel *m_holdingsTitle;
    QTableWidget *m_holdings;
    QWidget *m_section = nullptr;
};

} // namespace tempcards
