// SPDX-License-Identifier: Apache-2.0
#include "DirectoryPage.h"

#include "CertificateNotes.h"
#include "DialogParts.h"
#include "DirectoryReadJob.h"
#include "PemField.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tempcards {

namespace {
constexpr int kTestPeople = 10;
}

DirectoryPage::DirectoryPage(DirectoryConnectionService *service, const Session &session, const Clock *clock,
                             QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    setObjectName(QStringLiteral("directoryPage"));
    auto *content = new QWidget;
    m_url = DialogParts::named<QLineEdit>(content, "directoryUrlLineEdit", tr("Directory address"));
    m_url->setPlaceholderText(QStringLiteral("ldaps://directory.example.org"));
    m_bindDn = DialogParts::named<QLineEdit>(content, "bindDnLineEdit", tr("Bind DN"));
    m_bindDn->setPlaceholderText(QStringLiteral("cn=tempcards,ou=services,dc=example,dc=org"));
    m_password = DialogParts::named<QLineEdit>(content, "bindPasswordLineEdit", tr("Bind password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_baseDn = DialogParts::named<QLineEdit>(content, "baseDnLineEdit", tr("Base DN"));
    m_baseDn->setPlaceholderText(QStringLiteral("ou=people,dc=example,dc=org"));
    m_filter = DialogParts::named<QLineEdit>(content, "peopleFilterLineEdit", tr("People filter"));
    m_inactive = DialogParts::named<QLineEdit>(content, "inactiveFilterLineEdit", tr("Inactive filter"));
    m_inactive->setPlaceholderText(tr("Empty: everyone the people filter finds is active"));
    QPushButton *activeDirectory = DialogParts::button(content, tr("Active &Directory"), "activeDirectoryPushButton");
    connect(activeDirectory, &QPushButton::clicked, this,
            [this] { m_inactive->setText(QLatin1String(DirectoryConfig::kActiveDirectoryDisabled)); });
    m_employeeId = DialogParts::named<QLineEdit>(content, "employeeIdAttributeLineEdit", tr("Employee id attribute"));
    m_givenName = DialogParts::named<QLineEdit>(content, "givenNameAttributeLineEdit", tr("Given name attribute"));
    m_surname = DialogParts::named<QLineEdit>(content, "surnameAttributeLineEdit", tr("Surname attribute"));
    m_email = DialogParts::named<QLineEdit>(content, "emailAttributeLineEdit", tr("E-mail attribute"));
    m_department = DialogParts::named<QLineEdit>(content, "departmentAttributeLineEdit", tr("Department attribute"));
    m_language = DialogParts::named<QLineEdit>(content, "languageAttributeLineEdit", tr("Language attribute"));
    m_language->setPlaceholderText(tr("Empty: reminders are in English"));
    m_trusted = new PemField(content, "directoryTrustedPlainTextEdit", "loadDirectoryTrustedPushButton",
                             tr("Trusted certificates"), tr("&Load…"), tr("trusted certificates"));
    m_trusted->setPlaceholderText(
        tr("Only for a private CA: its certificates in PEM. The system's are always trusted."));
    connect(m_trusted, &PemField::problem, this, &DirectoryPage::say);
    m_interval = DialogParts::named<QSpinBox>(content, "syncIntervalSpinBox", tr("Sync interval in minutes"));
    m_interval->setRange(0, DirectoryConfig::kMaxSyncIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when asked (tempcards-sync --sync-people)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Address (&URL):"), m_url);
    form->addRow(tr("&Bind DN:"), m_bindDn);
    form->addRow(tr("Bind &password:"), m_password);
    form->addRow(tr("Base D&N:"), m_baseDn);
    form->addRow(tr("People &filter:"), m_filter);
    auto *inactiveRow = new QHBoxLayout;
    inactiveRow->addWidget(m_inactive, 1);
    inactiveRow->addWidget(activeDirectory);
    auto *inactiveLabel = new QLabel(tr("&Inactive when:"), content);
    inactiveLabel->setBuddy(m_inactive);
    form->addRow(inactiveLabel, inactiveRow);
    auto *attributes = new QGroupBox(tr("Attributes"), content);
    auto *grid = new QGridLayout(attributes);
    const std::pair<QString, QLineEdit *> rows[] = {
        {tr("Empl&oyee id:"), m_employeeId}, {tr("&Given name:"), m_givenName},  {tr("Famil&y name:"), m_surname},
        {tr("&E-mail:"), m_email},           {tr("Dep&artment:"), m_department}, {tr("Spo&ken language:"), m_language}};
    int row = 0;
    for (const auto &[label, edit] : rows) {
        auto *text = new QLabel(label, attributes);
        text->setBuddy(edit);
        grid->addWidget(text, row / 2, (row % 2) * 2);
        grid->addWidget(edit, row / 2, (row % 2) * 2 + 1);
        ++row;
    }
    form->addRow(attributes);
    auto *trustedLabel = new QLabel(tr("T&rusted certificates:"), content);
    trustedLabel->setBuddy(m_trusted->edit());
    form->addRow(trustedLabel, m_trusted);
    form->addRow(QString(), new CertificateNotes(m_trusted, clock, "directoryTrustedNotesLabel", content));
    form->addRow(tr("Sync &with the directory every:"), m_interval);

    m_state = DialogParts::spokenLabel(content, "directoryStateLabel");
    m_state->setWordWrap(true);
    m_result = DialogParts::spokenLabel(content, "directoryResultLabel");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_people = DialogParts::named<QTreeWidget>(content, "directoryPeopleTreeWidget", tr("People found"));
    m_people->setRootIsDecorated(false);
    m_people->setHeaderLabels({tr("Employee id"), tr("Name"), tr("E-mail"), tr("Department"), tr("State")});
    m_people->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->setMinimumHeight(m_people->fontMetrics().lineSpacing() * 6);
    m_people->hide();
    m_test = DialogParts::button(content, tr("&Test"), "testDirectoryPushButton");
    m_forget = DialogParts::button(content, tr("Re&move directory"), "removeDirectoryPushButton");
    connect(m_test, &QPushButton::clicked, this, &DirectoryPage::test);
    connect(m_forget, &QPushButton::clicked, this, &DirectoryPage::forget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(m_test);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_people);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("directoryScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes through the fields, and the area scrolls to each; the area itself takes no focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    show(m_service->view());
    DialogParts::describe(
        this,
        {
            {QStringLiteral("directoryStateLabel"), tr("Which directory is saved, or that none is")},
            {QStringLiteral("directoryUrlLineEdit"),
             tr("ldaps://host, or ldap://host with StartTLS; the server's certificate is always verified")},
            {QStringLiteral("bindDnLineEdit"), tr("The account tempcards reads the directory as")},
            {QStringLiteral("bindPasswordLineEdit"),
             tr("Write-only: stored in the database for the batch sync; leave empty to keep the saved one")},
            {QStringLiteral("baseDnLineEdit"), tr("Where in the directory the people are")},
            {QStringLiteral("peopleFilterLineEdit"), tr("The LDAP filter that selects the people who may hold a card")},
            {QStringLiteral("inactiveFilterLineEdit"),
             tr("Of those people, the ones this LDAP filter also matches are inactive")},
            {QStringLiteral("activeDirectoryPushButton"),
             tr("Inactive when Active Directory's account disabled flag is set (userAccountControl bit 2)")},
            {QStringLiteral("employeeIdAttributeLineEdit"), tr("The attribute that holds the unique employee id")},
            {QStringLiteral("givenNameAttributeLineEdit"), tr("The attribute that holds the given name")},
            {QStringLiteral("surnameAttributeLineEdit"), tr("The attribute that holds the surname")},
            {QStringLiteral("emailAttributeLineEdit"), tr("The attribute that holds the e-mail address")},
            {QStringLiteral("departmentAttributeLineEdit"), tr("The attribute that holds the department")},
            {QStringLiteral("languageAttributeLineEdit"),
             tr("The attribute that holds the language the expiry reminder is written in (en, de or sv)")},
            {QStringLiteral("directoryTrustedPlainTextEdit"),
             tr("Certificates of the authorities that may sign the directory's certificate, in PEM; empty trusts the "
                "system's")},
            {QStringLiteral("syncIntervalSpinBox"),
             tr("How often the batch sync brings the people in from the directory; 0: only when asked")},
            {QStringLiteral("directoryResultLabel"), tr("The result of the last test or save")},
            {QStringLiteral("directoryPeopleTreeWidget"), tr("The first people the last test found")},
            {QStringLiteral("testDirectoryPushButton"),
             tr("Read the first people from the directory with these settings without saving them")},
            {QStringLiteral("removeDirectoryPushButton"),
             tr("No directory any more: cardholders come from CSV files again")},
        });
}

DirectoryPage::~DirectoryPage() = default;

void DirectoryPage::show(const DirectoryConnectionView &view)
{
    const DirectoryConfig &settings = view.form.settings;
    m_url->setText(view.form.address);
    m_bindDn->setText(settings.bindDn);
    m_password->clear();
    m_password->setPlaceholderText(view.passwordSaved ? tr("Saved; type a new password to replace it")
                                                      : tr("Required"));
    m_baseDn->setText(settings.baseDn);
    m_filter->setText(settings.filter);
    m_inactive->setText(settings.inactiveFilter);
    m_employeeId->setText(settings.employeeIdAttribute);
    m_givenName->setText(settings.givenNameAttribute);
    m_surname->setText(settings.surnameAttribute);
    m_email->setText(settings.emailAttribute);
    m_department->setText(settings.departmentAttribute);
    m_language->setText(settings.languageAttribute);
    m_trusted->setPem(settings.caCertificates);
    m_interval->setValue(settings.syncIntervalMinutes);
    m_forget->setEnabled(view.saved);
    m_state->setText(view.saved ? tr("Saved by %1 on %2.").arg(view.updatedBy, DialogParts::shortTime(view.updatedAt))
                                : tr("No directory is set: cardholders come from CSV files (People › Import)."));
    m_shown = valuesOf(this); // what Save compares with, and Cancel goes back to
}

DirectoryConnectionForm DirectoryPage::form() const
{
    DirectoryConnectionForm form;
    form.address = m_url->text();
    DirectoryConfig &settings = form.settings;
    settings.bindDn = m_bindDn->text();
    settings.password = m_password->text();
    settings.baseDn = m_baseDn->text();
    settings.filter = m_filter->text();
    settings.inactiveFilter = m_inactive->text();
    settings.employeeIdAttribute = m_employeeId->text();
    settings.givenNameAttribute = m_givenName->text();
    settings.surnameAttribute = m_surname->text();
    settings.emailAttribute = m_email->text();
    settings.departmentAttribute = m_department->text();
    settings.languageAttribute = m_language->text();
    settings.caCertificates = m_trusted->pem();
    settings.syncIntervalMinutes = m_interval->value();
    return form;
}

void DirectoryPage::test()
{
    if (m_running)
        return;
    QString problem;
    m_running.reset(m_service->test(m_session, form(), kTestPeople, &problem));
    if (!m_running)
        return say(problem);
    m_test->setEnabled(false);
    m_people->clear();
    m_people->hide();
    say(tr("Reading the first people from the directory…"));
    connect(m_running.get(), &DirectoryReadJob::finished, this, &DirectoryPage::tested);
    m_running->start();
}

void DirectoryPage::tested()
{
    DirectoryReadJob *read = m_running.release();
    read->deleteLater(); // finished() is still being emitted
    m_test->setEnabled(true);
    if (read->error() != DirectoryReadJob::Error::None)
        return say(read->errorString());
    for (const DirectoryPerson &person : read->people()) {
        auto *item = new QTreeWidgetItem(m_people);
        item->setText(0, person.employeeId);
        item->setText(1, QStringLiteral("%1 %2").arg(person.givenName, person.surname).trimmed());
        item->setText(2, person.email);
        item->setText(3, person.department);
        item->setText(4, person.active ? tr("active") : tr("inactive"));
    }
    m_people->setVisible(!read->people().isEmpty());
    say(read->people().isEmpty()
            ? tr("Connected, but the people filter finds nobody with an employee id under the base DN.")
            : tr("Connected: the first %n people the directory holds are listed below.", nullptr,
                 int(read->people().size())));
}

bool DirectoryPage::hasEdits() const
{
    return valuesOf(this) != m_shown;
}

QFuture<Outcome> DirectoryPage::saveEdits()
{
    return m_service->save(m_session, form()).then(this, [this](const Outcome &outcome) {
        if (outcome.ok)
            show(m_service->view());
        say(outcome.message);
        return outcome;
    });
}

void DirectoryPage::forget()
{
    m_forget->setEnabled(false);
    m_service->forget(m_session).then(this, [this](const Outcome &outcome) {
        show(m_service->view());
        say(outcome.message);
    });
}

void DirectoryPage::say(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty()); // an empty label would be read as a silent one
}

} // namespace tempcards
