// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CirculationQuery.h"
#include "Session.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tempcards {

class CardService;
class CirculationModel;
class HandOutService;

// View › Cards out and stock: what is out and what is left. One of the circulation views at a time (in
// circulation, expiring within 7 days, expired and not returned, locked, held by inactive people, reminders
// due), its first kRowLimit rows and how many there are, the stock on the shelf and on its way, and Export
// CSV… of the whole view. Reads run off the GUI thread and follow every change to the cards. Not modal, so
// an operator keeps it beside the main window; the services outlive it.
class CirculationDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kRowLimit = 1000;

    CirculationDialog(HandOutService *handOut, CardService *cards, const Session &session, QWidget *parent = nullptr);

    void showView(CirculationView view);
    CirculationView currentView() const;
    // Export CSV… once the file is chosen (the GUI tests call this, as a file dialog is not theirs to click).
    void exportTo(const QString &path);

private:
    void reload();
    void say(const QString &text);

    HandOutService *m_handOut;
    Session m_session;
    CirculationModel *m_model;
    QComboBox *m_view;
    QTableView *m_table;
    QLabel *m_stock;
    QLabel *m_message;
    QPushButton *m_export;
    QTimer m_changed;
    int m_reads = 0; // the newest read's number; older answers are dropped
};

} // namespace tempcards
