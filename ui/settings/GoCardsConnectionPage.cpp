// SPDX-License-Identifier: Apache-2.0
#include "GoCardsConnectionPage.h"

#include "CertificateNotes.h"
#include "DialogParts.h"
#include "GoCardsConnectionCheckJob.h"
#include "PemField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

GoCardsConnectionPage::GoCardsConnectionPage(GoCardsConnectionService *service, const Session &session,
                                             const Clock *clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    setObjectName(QStringLiteral("goCardsConnectionPage"));
    m_url = DialogParts::named<QLineEdit>(this, "urlLineEdit", tr("Go Cards address"));
    m_url->setPlaceholderText(QStringLiteral("https://gocards.example.com"));
    m_organisation = DialogParts::named<QLineEdit>(this, "organisationLineEdit", tr("Organisation id"));
    m_clientId = DialogParts::named<QLineEdit>(this, "clientIdLineEdit", tr("Client id"));
    m_secret = DialogParts::named<QLineEdit>(this, "clientSecretLineEdit", tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_trusted = new PemField(this, "trustedCertificatesPlainTextEdit", "loadTrustedPushButton",
                             tr("Trusted certificates"), tr("&Load…"), tr("trusted certificates"));
    m_trusted->setPlaceholderText(
        tr("Only for a private CA: its certificates in PEM. The system's are always trusted."));
    m_certificate = new PemField(this, "clientCertificatePlainTextEdit", "loadCertificatePushButton",
                                 tr("Client certificate"), tr("Loa&d…"), tr("client certificate"));
    m_certificate->setPlaceholderText(tr("Only when Go Cards asks for one: the certificate in PEM."));
    m_key = new PemField(this, "clientKeyPlainTextEdit", "loadKeyPushButton", tr("Client key"), tr("Lo&ad…"),
                         tr("client key"));
    for (PemField *field : {m_trusted, m_certificate, m_key})
        connect(field, &PemField::problem, this, &GoCardsConnectionPage::say);

    auto *form = new QFormLayout;
    form->addRow(tr("Address (&URL):"), m_url);
    form->addRow(tr("&Organisation id:"), m_organisation);
    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    // Three Load buttons, three keys; each label's mnemonic goes to its text.
    const auto addPemRow = [this, form](const QString &label, PemField *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field->edit());
        form->addRow(text, field);
    };
    addPemRow(tr("T&rusted certificates:"), m_trusted);
    form->addRow(QString(), new CertificateNotes(m_trusted, clock, "trustedCertificatesNotesLabel", this));
    addPemRow(tr("Client certi&ficate:"), m_certificate);
    form->addRow(QString(), new CertificateNotes(m_certificate, clock, "clientCertificateNotesLabel", this));
    addPemRow(tr("Client &key:"), m_key);

    m_state = DialogParts::spokenLabel(this, "connectionStateLabel");
    m_state->setWordWrap(true);
    m_result = DialogParts::spokenLabel(this, "connectionResultLabel");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_test = DialogParts::button(this, tr("&Test connection"), "testConnectionPushButton");
    connect(m_test, &QPushButton::clicked, this, &GoCardsConnectionPage::test);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_test);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addStretch(1);
    show(m_service->view());
    DialogParts::describe(
        this,
        {
            {QStringLiteral("connectionStateLabel"), tr("Which connection is saved, or that none is")},
            {QStringLiteral("organisationLineEdit"), tr("Your organisation's id at Nexus GO Cards")},
            {QStringLiteral("clientIdLineEdit"), tr("The id of the API client Nexus GO Cards issued for tempcards")},
            {QStringLiteral("trustedCertificatesPlainTextEdit"),
             tr("Certificates of the authorities that may sign Go Cards' server certificate, in PEM; empty trusts the "
                "system's")},
            {QStringLiteral("clientCertificatePlainTextEdit"),
             tr("The certificate tempcards shows Go Cards when it asks for one, in PEM")},
            {QStringLiteral("clientKeyPlainTextEdit"),
             tr("The private key of the client certificate, in PEM; stored in the database")},
            {QStringLiteral("connectionResultLabel"), tr("The result of the last connection test or save")},
            {QStringLiteral("testConnectionPushButton"),
             tr("Log in to Go Cards with these settings without saving them")},
        });
}

GoCardsConnectionPage::~GoCardsConnectionPage() = default;

void GoCardsConnectionPage::show(const GoCardsConnectionView &view)
{
    m_url->setText(view.form.baseUrl);
    m_organisation->setText(view.form.organisationId);
    m_clientId->setText(view.form.clientId);
    m_secret->clear();
    m_secret->setPlaceholderText(view.secretSaved ? tr("Saved; type a new secret to replace it") : tr("Required"));
    m_trusted->setPem(view.form.caCertificates);
    m_certificate->setPem(view.form.clientCertificate);
    m_key->setPem({});
    m_key->setPlaceholderText(view.keySaved ? tr("A key is saved; paste or load a new one to replace it.")
                                            : tr("The private key of the client certificate, unencrypted PEM."));
    QString state =
        view.saved ? tr("Saved by %1 on %2.")
                         .arg(view.updatedBy, QLocale().toString(view.updatedAt.toLocalTime(), QLocale::ShortFormat))
                   : tr("Not saved yet: this workstation uses the connection it was started with.");
    QStringList fixed;
    if (view.overrides.url)
        fixed << tr("address");
    if (view.overrides.organisationId)
        fixed << tr("organisation id");
    if (view.overrides.clientId)
        fixed << tr("client id");
    if (view.overrides.secret)
        fixed << tr("client secret");
    if (!fixed.isEmpty())
        state += QLatin1Char(' ') + tr("On this workstation the command line or environment sets the %1; those win "
                                       "over the saved values.")
                                        .arg(QLocale().createSeparatedList(fixed));
    m_state->setText(state);
    m_shown = valuesOf(this); // what Save compares with, and Cancel goes back to
}

GoCardsConnectionForm GoCardsConnectionPage::form() const
{
    return {m_url->text(),    m_organisation->text(), m_clientId->text(), m_secret->text(),
            m_trusted->pem(), m_certificate->pem(),   m_key->pem()};
}

void GoCardsConnectionPage::test()
{
    if (m_running)
        return;
    m_running.reset(m_service->test(m_session, form()));
    m_test->setEnabled(false);
    say(tr("Asking Nexus GO Cards for a token…"));
    connect(m_running.get(), &GoCardsConnectionCheckJob::finished, this, [this] {
        say(m_running->message());
        m_running.release()->deleteLater();
        m_test->setEnabled(true);
    });
    m_running->start();
}

bool GoCardsConnectionPage::hasEdits() const
{
    return valuesOf(this) != m_shown;
}

QFuture<Outcome> GoCardsConnectionPage::saveEdits()
{
    return m_service->save(m_session, form()).then(this, [this](const Outcome &outcome) {
        if (outcome.ok)
            show(m_service->view());
        say(outcome.message);
        return outcome;
    });
}

void GoCardsConnectionPage::say(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty()); // an empty label would be read as a silent one
}

} // namespace tempcards
