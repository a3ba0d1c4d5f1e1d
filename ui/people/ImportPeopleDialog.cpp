// SPDX-License-Identifier: Apache-2.0
#include "ImportPeopleDialog.h"

#include "DialogParts.h"
#include "InputText.h"
#include "PeopleService.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace tempcards {

namespace {
struct FileRead
{
    QByteArray bytes;
    QString problem;
};
} // namespace

ImportPeopleDialog::ImportPeopleDialog(PeopleService *people, const Session &session, bool fullByDefault,
                                       QWidget *parent)
    : QDialog(parent), m_people(people), m_session(session)
{
    setObjectName(QStringLiteral("importPeopleDialog"));
    setWindowTitle(tr("Import people"));
    m_file = DialogParts::named<QLineEdit>(this, "fileLineEdit", tr("HR export file"));
    QPushButton *browse = DialogParts::button(this, tr("&Browse…"), "browsePushButton");
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // A group box, not a form label: each choice has its own key, and Tab stops once (the arrows choose).
    auto *holds = new QGroupBox(tr("The file holds"), this);
    holds->setObjectName(QStringLiteral("fileHoldsGroupBox"));
    m_full = DialogParts::named<QRadioButton>(holds, "fullRadioButton", tr("The whole staff"));
    m_full->setText(tr("The &whole staff: people it leaves out become inactive"));
    m_partial = DialogParts::named<QRadioButton>(holds, "partialRadioButton", tr("Only some people"));
    m_partial->setText(tr("&Only some people: the others stay as they are"));
    (fullByDefault ? m_full : m_partial)->setChecked(true);
    auto *choices = new QVBoxLayout(holds);
    choices->addWidget(m_full);
    choices->addWidget(m_partial);
    m_message = DialogParts::messageLabel(this);
    m_problems = DialogParts::named<QPlainTextEdit>(this, "problemsPlainTextEdit", tr("Problems in the file"));
    m_problems->setReadOnly(true);
    m_problems->hide();
    QDialogButtonBox *buttons =
        DialogParts::buttons(this, tr("&Import"), QStringLiteral("importPushButton"), tr("Import"), &m_import);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(holds);
    layout->addWidget(m_message);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("HR export"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_import, &QPushButton::clicked, this, &ImportPeopleDialog::import);
    DialogParts::describe(
        this, {{QStringLiteral("fileLineEdit"), tr("The CSV file, UTF-8, with a header naming the columns")},
               {QStringLiteral("browsePushButton"), tr("Choose the file")},
               {QStringLiteral("fullRadioButton"), tr("People the file does not name become inactive")},
               {QStringLiteral("partialRadioButton"), tr("People the file does not name are left alone")},
               {QStringLiteral("problemsPlainTextEdit"), tr("Each line of the file that was refused, and why")},
               {QStringLiteral("importPushButton"), tr("Add and update the people of the file")}});
    resize(560, 320);
}

void ImportPeopleDialog::import()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return finish(tr("Choose the file to import."), {});
    m_import->setEnabled(false);
    DialogParts::say(m_message, tr("Importing %1…").arg(InputText::shown(QFileInfo(path).fileName())));
    m_problems->hide();
    const auto mode = m_full->isChecked() ? PeopleImport::Mode::Full : PeopleImport::Mode::Partial;
    QtFuture::makeReadyFuture()
        .then(QThreadPool::globalInstance(),
              [path] {
                  FileRead read;
                  // The path as typed may be anything: the messages show it bounded, with odd characters named.
                  const QString shown = InputText::shown(path);
                  QFile file(path);
                  if (!file.open(QIODevice::ReadOnly))
                      read.problem = tr("%1 could not be read: %2").arg(shown, file.errorString());
                  else if (file.size() > kMaxFileBytes)
                      read.problem = tr("%1 is larger than %2 MB; nothing was imported.")
                                         .arg(shown)
                                         .arg(kMaxFileBytes / (1024 * 1024));
                  else
                      read.bytes = file.readAll();
                  return read;
              })
        .then(this, [this, path, mode](const FileRead &read) {
            if (!read.problem.isEmpty())
                return finish(read.problem, {});
            m_people->importFile(m_session, read.bytes, QFileInfo(path).fileName(), mode)
                .then(this, [this](const PeopleImport::Result &result) {
                    QStringList problems;
                    for (const PeopleCsv::Problem &problem : result.problems)
                        problems << problem.toString();
                    if (result.moreProblems > 0)
                        problems << tr("… and %n more.", nullptr, result.moreProblems);
                    finish(result.message, problems);
                    if (result.ok)
                        emit imported(result.message);
                });
        });
}

void ImportPeopleDialog::finish(const QString &message, const QStringList &problems)
{
    m_import->setEnabled(true);
    DialogParts::say(m_message, message);
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace tempcards
