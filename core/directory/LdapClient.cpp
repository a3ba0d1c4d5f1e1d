// SPDX-License-Identifier: Apache-2.0
#include "LdapClient.h"

#include "InputText.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryFile>

#include <ldap.h>

#include <algorithm>

namespace tempcards {

namespace {

// The system's authorities as PEM, read once per process (thread-safe): Qt reads and parses every one of
// them on each call, which was most of a directory search's time on loopback. A change to the system's
// store is seen by the next process.
const QByteArray &systemAuthoritiesPem()
{
    static const QByteArray pem = [] {
        QByteArray all;
        for (const QSslCertificate &authority : QSslConfiguration::systemCaCertificates())
            all += authority.toPem() + '\n';
        return all;
    }();
    return pem;
}

constexpr int kPollMs = 100;

timeval timevalOf(int ms)
{
    return timeval{ms / 1000, (ms % 1000) * 1000};
}

} // namespace

struct LdapClient::Handle
{
    LDAP *ld = nullptr;
    QTemporaryFile trusted; // the authorities libldap reads when it makes the TLS context
    ~Handle()
    {
        if (ld)
            ldap_unbind_ext_s(ld, nullptr, nullptr);
    }
};

LdapClient::LdapClient(DirectoryConfig config, const std::atomic_bool *cancelled)
    : m_config(std::move(config)), m_cancelled(cancelled), m_deadline(m_config.deadlineMs)
{}

LdapClient::~LdapClient() = default;

bool LdapClient::fail(Error error, const QString &message)
{
    m_error = error;
    m_message = message;
    return false;
}

QString LdapClient::diagnostic() const
{
    char *text = nullptr;
    if (!m_handle || !m_handle->ld || ldap_get_option(m_handle->ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text) != 0 || !text)
        return {};
    const QString message = QString::fromUtf8(text);
    ldap_memfree(text);
    return InputText::shown(message, 200);
}

bool LdapClient::failFromCode(int code, Error otherwise, const QString &what)
{
    const QString detail = diagnostic();
    const QString reason =
        QString::fromUtf8(ldap_err2string(code)) + (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    const QString server = m_config.url.host();
    // libldap (on GnuTLS) reports a certificate it refused as "can't contact" with no more words, the same as a
    // server that is not there; the administrator's fix differs, so a server that takes a TCP connection but
    // not the TLS handshake is told apart as one that did not prove who it is.
    if (code == LDAP_SERVER_DOWN || code == LDAP_CONNECT_ERROR) {
        if (!listening())
            return fail(Error::Unreachable, tr("The directory at %1 cannot be reached: %2").arg(server, reason));
        return fail(Error::Tls, tr("The directory at %1 did not prove who it is: its certificate is not trusted or "
                                   "does not name %1.")
                                    .arg(server));
    }
    if (code == LDAP_TIMEOUT)
        return fail(Error::Timeout, tr("The directory at %1 did not answer in time.").arg(server));
    if (code == LDAP_INVALID_CREDENTIALS)
        return fail(Error::Bind, tr("The directory refused the bind DN or password."));
    return fail(otherwise, tr("%1 failed: %2").arg(what, reason));
}

bool LdapClient::listening() const
{
    QTcpSocket probe;
    probe.connectToHost(m_config.url.host(), quint16(port()));
    return probe.waitForConnected(std::min(m_config.timeoutMs, 5000));
}

int LdapClient::port() const
{
    return m_config.url.port(m_config.startTls() ? 389 : 636);
}

int LdapClient::await(int id, void **message)
{
    QDeadlineTimer quiet(m_config.timeoutMs);
    for (;;) {
        if (m_cancelled && m_cancelled->load()) {
            ldap_abandon_ext(m_handle->ld, id, nullptr, nullptr);
            fail(Error::Cancelled, tr("Cancelled."));
            return 0;
        }
        if (quiet.hasExpired() || m_deadline.hasExpired()) {
            ldap_abandon_ext(m_handle->ld, id, nullptr, nullptr);
            fail(Error::Timeout, tr("The directory at %1 did not answer in time.").arg(m_config.url.host()));
            return 0;
        }
        timeval poll = timevalOf(kPollMs);
        LDAPMessage *result = nullptr;
        const int type = ldap_result(m_handle->ld, id, LDAP_MSG_ONE, &poll, &result);
        if (type > 0) {
            *message = result;
            return type;
        }
        if (type < 0) {
            int code = LDAP_OTHER;
            ldap_get_option(m_handle->ld, LDAP_OPT_RESULT_CODE, &code);
            failFromCode(code, Error::Search, tr("Reading the directory"));
            return 0;
        }
    }
}

bool LdapClient::open()
{
    const QString problem = m_config.problem();
    if (!problem.isEmpty())
        return fail(Error::InvalidSettings, problem);
    m_handle = std::make_unique<Handle>();
    const QUrl server(QStringLiteral("%1://%2:%3").arg(m_config.url.scheme(), m_config.url.host()).arg(port()));
    if (ldap_initialize(&m_handle->ld, server.toString().toUtf8().constData()) != LDAP_SUCCESS || !m_handle->ld)
        return fail(Error::InvalidSettings, tr("The directory's address cannot be used."));
    LDAP *ld = m_handle->ld;
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF); // a referral would take the password elsewhere
    const timeval timeout = timevalOf(m_config.timeoutMs);
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);

    // The system's authorities and the settings' own, in one file of this connection's; the certificate is
    // required and checked against the server's name, whatever ldap.conf or LDAPTLS_* in the environment say.
    const QByteArray pem = m_config.caCertificates + '\n' + systemAuthoritiesPem();
    if (!m_handle->trusted.open() || m_handle->trusted.write(pem) != pem.size() || !m_handle->trusted.flush())
        return fail(Error::Tls, tr("The trusted certificates could not be prepared."));
    const QByteArray trustedPath = QFile::encodeName(m_handle->trusted.fileName());
    const int hard = LDAP_OPT_X_TLS_HARD;
    const int newContext = 0;
    if (ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &hard) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, trustedPath.constData()) != LDAP_OPT_SUCCESS ||
        ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &newContext) != LDAP_OPT_SUCCESS)
        return fail(Error::Tls, tr("TLS could not be set up for the directory."));
    if (m_config.startTls()) {
        const int code = ldap_start_tls_s(ld, nullptr, nullptr);
        if (code != LDAP_SUCCESS)
            return failFromCode(code, Error::Tls, tr("StartTLS"));
    }

    QByteArray password = m_config.password.toUtf8();
    berval credentials{ber_len_t(password.size()), password.data()};
    int id = 0;
    int code =
        ldap_sasl_bind(ld, m_config.bindDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, &id);
    password.fill('\0');
    if (code != LDAP_SUCCESS)
        return failFromCode(code, Error::Bind, tr("Binding to the directory"));
    void *answer = nullptr;
    if (await(id, &answer) == 0)
        return false;
    auto *result = static_cast<LDAPMessage *>(answer);
    int resultCode = LDAP_OTHER;
    code = ldap_parse_result(ld, result, &resultCode, nullptr, nullptr, nullptr, nullptr, 1);
    if (code != LDAP_SUCCESS)
        return failFromCode(code, Error::Bind, tr("Binding to the directory"));
    if (resultCode != LDAP_SUCCESS)
        return failFromCode(resultCode, Error::Bind, tr("Binding to the directory"));
    return true;
}

bool LdapClient::search(const QString &filter, const QStringList &attributes,
                        const std::function<bool(const Entry &)> &take, int *pages)
{
    if (!m_handle || !m_handle->ld)
        return fail(Error::Search, tr("The directory is not connected."));
    LDAP *ld = m_handle->ld;
    QList<QByteArray> names;
    for (const QString &attribute : attributes)
        names << attribute.toUtf8();
    std::vector<char *> attrs;
    for (QByteArray &name : names)
        attrs.push_back(name.data());
    attrs.push_back(nullptr);
    const QByteArray base = m_config.baseDn.toUtf8();
    const QByteArray filterText = filter.toUtf8();
    berval cookie{0, nullptr};
    int read = 0;
    for (;;) {
        LDAPControl *page = nullptr;
        int code = ldap_create_page_control(ld, m_config.pageSize, &cookie, 1, &page);
        ber_memfree(cookie.bv_val);
        cookie = {0, nullptr};
        if (code != LDAP_SUCCESS)
            return failFromCode(code, Error::Search, tr("Reading the directory"));
        LDAPControl *controls[] = {page, nullptr};
        timeval limit = timevalOf(m_config.timeoutMs);
        int id = 0;
        code = ldap_search_ext(ld, base.constData(), LDAP_SCOPE_SUBTREE, filterText.constData(), attrs.data(), 0,
                               controls, nullptr, &limit, 0, &id);
        ldap_control_free(page);
        if (code != LDAP_SUCCESS)
            return failFromCode(code, Error::Search, tr("Reading the directory"));
        ++read;
        for (;;) {
            void *answer = nullptr;
            const int type = await(id, &answer);
            if (type == 0)
                return false;
            auto *message = static_cast<LDAPMessage *>(answer);
            if (type == LDAP_RES_SEARCH_ENTRY) {
                Entry entry;
                char *dn = ldap_get_dn(ld, message);
                entry.insert(QStringLiteral("dn"), QString::fromUtf8(dn));
                ldap_memfree(dn);
                for (int i = 0; i < attributes.size(); ++i) {
                    berval **values = ldap_get_values_len(ld, message, names.at(i).constData());
                    if (values && values[0])
                        entry.insert(attributes.at(i).toLower(),
                                     QString::fromUtf8(values[0]->bv_val, int(values[0]->bv_len)));
                    ldap_value_free_len(values);
                }
                ldap_msgfree(message);
                if (!take(entry)) {
                    ldap_abandon_ext(ld, id, nullptr, nullptr);
                    if (pages)
                        *pages = read;
                    return true;
                }
                continue;
            }
            if (type != LDAP_RES_SEARCH_RESULT) { // a reference: not followed, as referrals are not
                ldap_msgfree(message);
                continue;
            }
            int resultCode = LDAP_OTHER;
            LDAPControl **returned = nullptr;
            code = ldap_parse_result(ld, message, &resultCode, nullptr, nullptr, nullptr, &returned, 1);
            if (code == LDAP_SUCCESS && resultCode == LDAP_SUCCESS) {
                if (LDAPControl *response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, returned, nullptr)) {
                    ber_int_t estimate = 0;
                    code = ldap_parse_pageresponse_control(ld, response, &estimate, &cookie);
                }
            }
            ldap_controls_free(returned);
            if (code != LDAP_SUCCESS || resultCode != LDAP_SUCCESS)
                return failFromCode(code != LDAP_SUCCESS ? code : resultCode, Error::Search,
                                    tr("Reading the directory"));
            break;
        }
        if (cookie.bv_len == 0) { // the last page
            ber_memfree(cookie.bv_val);
            if (pages)
                *pages = read;
            return true;
        }
    }
}

} // namespace tempcards
