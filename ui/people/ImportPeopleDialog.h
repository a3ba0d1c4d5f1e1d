// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tempcards {

class PeopleService;

// Quick search > Person > Import people…: an administrator picks an HR export (CSV), says whether it is the
// whole staff (people it leaves out become inactive) or only some (the options' peopleImportIsFull is the
// default), and imports. The file is read off the GUI thread; the result says what changed, and a refused
// file's problems are listed by line, with nothing of it applied. The service outlives the dialog.
class ImportPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    // `fullByDefault`: which choice starts checked (the caller reads the option off the GUI thread).
    ImportPeopleDialog(PeopleService *people, const Session &session, bool fullByDefault, QWidget *parent = nullptr);

    // The largest file read; an HR export of 100,000 people is about 10 MB.
    static constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

signals:
    void imported(const QString &message);

private:
    void import();
    void finish(const QString &message, const QStringList &problems);

    PeopleService *m_people;
    Session m_session;
    QLineEdit *m_file;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QLabel *m_message;
    QPlainTextEdit *m_problems;
    QPushButton *m_import;
};

} // namespace tempcards
