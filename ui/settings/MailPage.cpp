// SPDX-License-Identifier: Apache-2.0
#include "MailPage.h"

#include "CertificateNotes.h"
#include "DialogParts.h"
#include "MailSendJob.h"
#include "PemField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tempcards {

namespace {
constexpr int kStartTlsPort = 587;
constexpr int kImplicitTlsPort = 465;
} // namespace

MailPage::MailPage(MailConnectionService *service, const Session &session, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    setObjectName(QStringLiteral("mailPage"));
    auto *content = new QWidget;
    m_host = DialogParts::named<QLineEdit>(content, "mailHostLineEdit", tr("Mail server host"));
    m_host->setPlaceholderText(QStringLiteral("mail.example.org"));
    m_port = DialogParts::named<QSpinBox>(content, "mailPortSpinBox", tr("Mail server port"));
    m_port->setRange(1, 65535);
    m_tls = DialogParts::named<QComboBox>(content, "mailTlsComboBox", tr("Encryption"));
    m_tls->addItem(tr("STARTTLS (usually port 587)"), int(MailConfig::Tls::StartTls));
    m_tls->addItem(tr("TLS from the start (SMTPS, usually port 465)"), int(MailConfig::Tls::Implicit));
    // The usual port follows the mode, unless someone typed another one.
    connect(m_tls, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const bool implicit = MailConfig::Tls(m_tls->itemData(index).toInt()) == MailConfig::Tls::Implicit;
        if (m_port->value() == (implicit ? kStartTlsPort : kImplicitTlsPort))
            m_port->setValue(implicit ? kImplicitTlsPort : kStartTlsPort);
    });
    m_user = DialogParts::named<QLineEdit>(content, "mailUserLineEdit", tr("Mail user"));
    m_user->setPlaceholderText(tr("Empty: the server takes mail without a login"));
    m_password = DialogParts::named<QLineEdit>(content, "mailPasswordLineEdit", tr("Mail password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sender = DialogParts::named<QLineEdit>(content, "mailSenderLineEdit", tr("Sender address"));
    m_sender->setPlaceholderText(QStringLiteral("tempcards@example.org"));
    m_copyTo = DialogParts::named<QLineEdit>(content, "mailCopyLineEdit", tr("Copy address"));
    m_copyTo->setPlaceholderText(tr("Optional: the card desk's address, which gets a copy of every reminder"));
    m_trusted = new PemField(content, "mailTrustedPlainTextEdit", "loadMailTrustedPushButton",
                             tr("Trusted certificates"), tr("&Load…"), tr("trusted certificates"));
    m_trusted->setPlaceholderText(
        tr("Only for a private CA: its certificates in PEM. The system's are always trusted."));
    connect(m_trusted, &PemField::problem, this, &MailPage::say);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Se&nder:"), m_sender);
    form->addRow(tr("Cop&y to:"), m_copyTo);
    auto *trustedLabel = new QLabel(tr("T&rusted certificates:"), content);
    trustedLabel->setBuddy(m_trusted->edit());
    form->addRow(trustedLabel, m_trusted);
    form->addRow(QString(), new CertificateNotes(m_trusted, clock, "mailTrustedNotesLabel", content));

    m_state = DialogParts::spokenLabel(content, "mailStateLabel");
    m_state->setWordWrap(true);
    m_result = DialogParts::spokenLabel(content, "mailResultLabel");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_test = DialogParts::button(content, tr("&Test"), "testMailPushButton");
    m_forget = DialogParts::button(content, tr("Re&move mail server"), "removeMailPushButton");
    connect(m_test, &QPushButton::clicked, this, &MailPage::test);
    connect(m_forget, &QPushButton::clicked, this, &MailPage::forget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(m_test);

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the fields; the area itself takes no focus
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    show(m_service->view());
    DialogParts::describe(
        this,
        {
            {QStringLiteral("mailStateLabel"), tr("Which mail server is saved, or that none is")},
            {QStringLiteral("mailHostLineEdit"), tr("The organisation's mail server, by host name or address")},
            {QStringLiteral("mailPortSpinBox"), tr("The mail server's port: 587 for STARTTLS, 465 for SMTPS")},
            {QStringLiteral("mailTlsComboBox"),
             tr("How the connection is encrypted; mail is never sent in the clear, and the server's certificate is "
                "always verified")},
            {QStringLiteral("mailUserLineEdit"), tr("The account tempcards logs in to the mail server as")},
            {QStringLiteral("mailPasswordLineEdit"),
             tr("Write-only: stored in the database for the batch sync; leave empty to keep the saved one")},
            {QStringLiteral("mailSenderLineEdit"), tr("The address the reminders come from")},
            {QStringLiteral("mailCopyLineEdit"),
             tr("An operators' address that gets a copy of every reminder, and the test message; optional")},
            {QStringLiteral("mailTrustedPlainTextEdit"),
             tr("Certificates of the authorities that may sign the mail server's certificate, in PEM; empty trusts "
                "the system's")},
            {QStringLiteral("mailResultLabel"), tr("The result of the last test or save")},
            {QStringLiteral("testMailPushButton"),
             tr("Send one test message to the copy address with these settings, without saving them")},
            {QStringLiteral("removeMailPushButton"),
             tr("No mail server any more: due reminders are listed and not sent")},
        });
}

MailPage::~MailPage() = default;

void MailPage::show(const MailConnectionView &view)
{
    const MailConfig &settings = view.settings;
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_tls->setCurrentIndex(m_tls->findData(int(settings.tls)));
    m_user->setText(settings.user);
    m_password->clear();
    m_password->setPlaceholderText(view.passwordSaved ? tr("Saved; type a new password to replace it")
                                                      : tr("Required with a user"));
    m_sender->setText(settings.sender);
    m_copyTo->setText(settings.copyTo);
    m_trusted->setPem(settings.caCertificates);
    m_forget->setEnabled(view.saved);
    m_state->setText(view.saved ? tr("Saved by %1 on %2.").arg(view.updatedBy, DialogParts::shortTime(view.updatedAt))
                                : tr("No mail server is set: due reminders are only listed, in View › Cards out "
                                     "and stock."));
    m_shown = valuesOf(this); // what Save compares with, and Cancel goes back to
}

MailConfig MailPage::form() const
{
    MailConfig settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.tls = MailConfig::Tls(m_tls->currentData().toInt());
    settings.user = m_user->text();
    settings.password = m_password->text();
    settings.sender = m_sender->text().trimmed();
    settings.copyTo = m_copyTo->text().trimmed();
    settings.caCertificates = m_trusted->pem();
    return settings;
}

void MailPage::test()
{
    if (m_running)
        return;
    QString problem;
    m_running.reset(m_service->test(m_session, form(), &problem));
    if (!m_running)
        return say(problem);
    m_test->setEnabled(false);
    say(tr("Sending a test message to %1…").arg(form().copyTo));
    connect(m_running.get(), &MailSendJob::finished, this, &MailPage::tested);
    m_running->start();
}

void MailPage::tested()
{
    MailSendJob *send = m_running.release();
    send->deleteLater(); // finished() is still being emitted
    m_test->setEnabled(true);
    if (send->error() != MailSendJob::Error::None)
        return say(send->errorString());
    say(tr("The mail server took the test message for %1.").arg(form().copyTo));
}

bool MailPage::hasEdits() const
{
    return valuesOf(this) != m_shown;
}

QFuture<Outcome> MailPage::saveEdits()
{
    return m_service->save(m_session, form()).then(this, [this](const Outcome &outcome) {
        if (outcome.ok)
            show(m_service->view());
        say(outcome.message);
        return outcome;
    });
}

void MailPage::forget()
{
    m_forget->setEnabled(false);
    m_service->forget(m_session).then(this, [this](const Outcome &outcome) {
        show(m_service->view());
        say(outcome.message);
    });
}

void MailPage::say(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty()); // an empty label would be read as a silent one
}

} // namespace tempcards
