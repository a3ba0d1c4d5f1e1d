<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Datenbank…</translation>
    </message>
    <message>
        <source>Use another database: a SQLite file or a PostgreSQL server</source>
        <translation>Eine andere Datenbank verwenden: eine SQLite-Datei oder einen PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Why the last step was refused, or how it went</source>
        <translation>Warum der letzte Schritt abgelehnt wurde oder wie er verlief</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything (Esc)</source>
        <translation>Diesen Dialog schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Das Feld leeren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Another batch sync is running on this database; nothing was done.</source>
        <translation>Auf dieser Datenbank läuft bereits eine andere Stapelsynchronisation; es wurde nichts getan.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sent</source>
        <translation>
            <numerusform>%n Bestellung gesendet</numerusform>
            <numerusform>%n Bestellungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ordered</source>
        <translation>
            <numerusform>%n Karte bestellt</numerusform>
            <numerusform>%n Karten bestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) failed</source>
        <translation>
            <numerusform>%n Karte fehlgeschlagen</numerusform>
            <numerusform>%n Karten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production step(s) recorded</source>
        <translation>
            <numerusform>%n Produktionsschritt erfasst</numerusform>
            <numerusform>%n Produktionsschritte erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No directory is set in the settings; cardholders come from CSV files (--import-people).</source>
        <translation>In den Einstellungen ist kein Verzeichnis festgelegt; Karteninhaber kommen aus CSV-Dateien (--import-people).</translation>
    </message>
    <message numerus="yes">
        <source>%n expiry reminder(s) sent</source>
        <translation>
            <numerusform>%n Ablauferinnerung gesendet</numerusform>
            <numerusform>%n Ablauferinnerungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Erinnerungen: %1</translation>
    </message>
    <message>
        <source>tempcards is already running; its window was brought to the front.</source>
        <translation>tempcards läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>tempcards</name>
    <message>
        <source>the field &quot;%1&quot; is missing or is not a valid id</source>
        <translation>das Feld „%1“ fehlt oder ist keine gültige ID</translation>
    </message>
    <message>
        <source>the card id is missing or not valid</source>
        <translation>die Karten-ID fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>the card state &quot;%1&quot; is unknown</source>
        <translation>der Kartenstatus „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>the reported chip UID is not 8 to 20 hexadecimal digits</source>
        <translation>die gemeldete Chip-UID besteht nicht aus 8 bis 20 Hexadezimalziffern</translation>
    </message>
</context>
<context>
    <name>tempcards::AbortDialog</name>
    <message>
        <source>Abort the order of these temporary cards? Aborted cards are never ordered from Nexus GO Cards.</source>
        <translation>Die Bestellung dieser temporären Karten abbrechen? Abgebrochene Karten werden nie bei Nexus GO Cards bestellt.</translation>
    </message>
    <message>
        <source>Cards to abort</source>
        <translation>Abzubrechende Karten</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Card %1: aborted</source>
        <translation>Karte %1: abgebrochen</translation>
    </message>
    <message>
        <source>Card %1: not aborted. %2</source>
        <translation>Karte %1: nicht abgebrochen. %2</translation>
    </message>
    <message>
        <source>The selected cards, and after Next whether each was aborted</source>
        <translation>Die ausgewählten Karten und nach „Weiter“, ob jede abgebrochen wurde</translation>
    </message>
    <message>
        <source>Abort the order of the cards listed (Enter)</source>
        <translation>Die Bestellung der aufgeführten Karten abbrechen (Eingabe)</translation>
    </message>
    <message>
        <source>Close without aborting anything (Esc)</source>
        <translation>Schließen, ohne etwas abzubrechen (Esc)</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>tempcards::AbortTemporaryCardOrder</name>
    <message>
        <source>Choose the cards to abort.</source>
        <translation>Wählen Sie die abzubrechenden Karten.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Es gibt keine Karte %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2; only cards in processing can be aborted.</source>
        <translation>Karte %1 ist %2; nur Karten in Bearbeitung können abgebrochen werden.</translation>
    </message>
    <message>
        <source>The order of card %1 has been sent to Nexus GO Cards, which may have accepted it. It can be aborted only once Go Cards&apos; answer is known.</source>
        <translation>Die Bestellung von Karte %1 wurde an Nexus GO Cards gesendet, das sie angenommen haben kann. Sie kann erst abgebrochen werden, wenn die Antwort von Go Cards bekannt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) aborted.</source>
        <translation>
            <numerusform>%n Karte abgebrochen.</numerusform>
            <numerusform>%n Karten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was restored from a backup, and Nexus GO Cards may hold the order of card %1. It can be aborted only once the batch sync has asked Go Cards.</source>
        <translation>Die Datenbank wurde aus einer Sicherung wiederhergestellt, und Nexus GO Cards hat den Auftrag der Karte %1 vielleicht schon. Sie kann erst abgebrochen werden, wenn die Stapelsynchronisation Go Cards gefragt hat.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountAdministration</name>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>An administrator already exists. Log in instead.</source>
        <translation>Es gibt bereits einen Administrator. Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created.</source>
        <translation>Das Konto „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Konto ändern</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren; ein anderer Administrator kann es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be deactivated.</source>
        <translation>„%1“ ist der letzte aktive Administrator und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>„%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated.</source>
        <translation>„%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. It must be changed at the next login.</source>
        <translation>Das Passwort von „%1“ wurde zurückgesetzt. Es muss bei der nächsten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>You cannot change your own roles; another administrator must.</source>
        <translation>Sie können Ihre eigenen Rollen nicht ändern; das muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and must keep that role.</source>
        <translation>„%1“ ist der letzte aktive Administrator und muss diese Rolle behalten.</translation>
    </message>
    <message>
        <source>The roles of &quot;%1&quot; were changed.</source>
        <translation>Die Rollen von „%1“ wurden geändert.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountService</name>
    <message>
        <source>The user name or password is wrong, or the account is not active or locked for a while.</source>
        <translation>Benutzername oder Passwort ist falsch, oder das Konto ist nicht aktiv oder vorübergehend gesperrt.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Wählen Sie ein anderes als das aktuelle Passwort.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The database did not let you in: %1</source>
        <translation>Die Datenbank hat Sie nicht eingelassen: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is not active.</source>
        <translation>Benutzername oder Passwort ist falsch, oder das Konto ist nicht aktiv.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;ollen…</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>muss ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>The accounts, their roles and whether they are active</source>
        <translation>Die Konten, ihre Rollen und ob sie aktiv sind</translation>
    </message>
    <message>
        <source>Create an account and choose its roles</source>
        <translation>Ein Konto anlegen und seine Rollen wählen</translation>
    </message>
    <message>
        <source>Stop the selected account from logging in; its records stay</source>
        <translation>Das ausgewählte Konto an der Anmeldung hindern; seine Einträge bleiben</translation>
    </message>
    <message>
        <source>Let the selected account log in again</source>
        <translation>Das ausgewählte Konto wieder anmelden lassen</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Dem ausgewählten Konto ein neues Passwort geben</translation>
    </message>
    <message>
        <source>Change the roles of the selected account</source>
        <translation>Die Rollen des ausgewählten Kontos ändern</translation>
    </message>
    <message>
        <source>What the last change of an account did, or why it was refused</source>
        <translation>Was die letzte Änderung eines Kontos bewirkt hat oder warum sie abgelehnt wurde</translation>
    </message>
</context>
<context>
    <name>tempcards::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>Dem Desktop &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The appearance could not be kept for the next start: the settings file cannot be written.</source>
        <translation>Die Darstellung konnte nicht für den nächsten Start gespeichert werden: Die Einstellungsdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>tempcards follows the desktop&apos;s light or dark appearance.</source>
        <translation>tempcards folgt der hellen oder dunklen Darstellung des Desktops.</translation>
    </message>
    <message>
        <source>tempcards is light, whatever the desktop&apos;s appearance.</source>
        <translation>tempcards ist hell, unabhängig von der Darstellung des Desktops.</translation>
    </message>
    <message>
        <source>tempcards is dark, whatever the desktop&apos;s appearance.</source>
        <translation>tempcards ist dunkel, unabhängig von der Darstellung des Desktops.</translation>
    </message>
</context>
<context>
    <name>tempcards::AssignDialog</name>
    <message>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>Search for the person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation>Name oder Personalnummer</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Type a name or employee id; the people found are listed below</source>
        <translation>Geben Sie einen Namen oder eine Personalnummer ein; die gefundenen Personen stehen darunter</translation>
    </message>
    <message>
        <source>Pick the person who gets the card</source>
        <translation>Wählen Sie die Person, die die Karte erhält</translation>
    </message>
    <message>
        <source>Assign the card to the person picked (Enter)</source>
        <translation>Die Karte der gewählten Person zuweisen (Eingabe)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation>Karte %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>There is no unassigned card to hand out. Initialize a produced card, or order more.</source>
        <translation>Es gibt keine nicht zugewiesene Karte zum Ausgeben. Initialisieren Sie eine produzierte Karte oder bestellen Sie weitere.</translation>
    </message>
    <message>
        <source>The unassigned card the person gets</source>
        <translation>Die nicht zugewiesene Karte, die die Person erhält</translation>
    </message>
    <message>
        <source>Assign the card picked (Enter)</source>
        <translation>Die gewählte Karte zuweisen (Eingabe)</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>(in the directory, not brought in yet: at its next sync)</source>
        <translation>(im Verzeichnis, noch nicht übernommen: beim nächsten Abgleich)</translation>
    </message>
    <message>
        <source>(inactive in the directory)</source>
        <translation>(im Verzeichnis inaktiv)</translation>
    </message>
    <message>
        <source>The directory did not answer, so only the people already brought in are listed. %1</source>
        <translation>Das Verzeichnis hat nicht geantwortet, daher sind nur die bereits übernommenen Personen aufgeführt. %1</translation>
    </message>
    <message>
        <source>Who gets the card</source>
        <translation>Wer die Karte bekommt</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditChain</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record before it was removed, changed or moved.</source>
        <translation>Prüfeintrag %1 schließt nicht an den Eintrag davor an: ein früherer Eintrag wurde entfernt, geändert oder verschoben.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Prüfeintrag %1 wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head record is missing.</source>
        <translation>Der Kopfeintrag des Prüfprotokolls fehlt.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1, but it was last written up to record %2: records at its end were removed.</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, wurde aber zuletzt bis Eintrag %2 geschrieben: Einträge am Ende wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditCheckpoint</name>
    <message>
        <source>it is not a tempcards checkpoint</source>
        <translation>es ist kein tempcards-Kontrollpunkt</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation>ein Feld fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>Die Kontrollpunktdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3.</source>
        <translation>Zeile %1 von %2: %3.</translation>
    </message>
    <message>
        <source>The checkpoint file holds no checkpoint.</source>
        <translation>Die Kontrollpunktdatei enthält keinen Kontrollpunkt.</translation>
    </message>
    <message>
        <source>checkpoint %1 (%2, record %3)</source>
        <translation>Kontrollpunkt %1 (%2, Eintrag %3)</translation>
    </message>
    <message>
        <source>%1 is not signed by the checkpoint key %2: the file was changed, or another key signed it.</source>
        <translation>%1 ist nicht mit dem Kontrollpunktschlüssel %2 signiert: die Datei wurde geändert, oder ein anderer Schlüssel hat signiert.</translation>
    </message>
    <message>
        <source>The database ends at record %1, before %2: it was restored from a backup, or cut.</source>
        <translation>Die Datenbank endet bei Eintrag %1, vor %2: sie wurde aus einer Sicherung wiederhergestellt oder gekürzt.</translation>
    </message>
    <message>
        <source>Record %1 is not the one %2 saw: the history was rewritten, or this is another database.</source>
        <translation>Eintrag %1 ist nicht der, den %2 sah: die Geschichte wurde umgeschrieben, oder dies ist eine andere Datenbank.</translation>
    </message>
    <message>
        <source>%1 saw %2 records up to it; the database holds %3: records were removed or added.</source>
        <translation>%1 sah %2 Einträge bis dahin; die Datenbank enthält %3: Einträge wurden entfernt oder hinzugefügt.</translation>
    </message>
    <message>
        <source>No checkpoint holds.</source>
        <translation>Kein Kontrollpunkt stimmt.</translation>
    </message>
    <message>
        <source>The newest checkpoint that holds is number %1 of %2 (record %3).</source>
        <translation>Der neueste Kontrollpunkt, der stimmt, ist Nummer %1 von %2 (Eintrag %3).</translation>
    </message>
    <message numerus="yes">
        <source>All %n checkpoint(s), signed by key %1, hold.</source>
        <translation>
            <numerusform>Der %n Kontrollpunkt, signiert mit Schlüssel %1, stimmt.</numerusform>
            <numerusform>Alle %n Kontrollpunkte, signiert mit Schlüssel %1, stimmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first that does not: %1 %2</source>
        <translation>Der erste, der nicht stimmt: %1 %2</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditNames</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto wieder aktiviert</translation>
    </message>
    <message>
        <source>Password changed or reset</source>
        <translation>Passwort geändert oder zurückgesetzt</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Process started</source>
        <translation>Prozess gestartet</translation>
    </message>
    <message>
        <source>Card state changed</source>
        <translation>Kartenstatus geändert</translation>
    </message>
    <message>
        <source>Card validity changed</source>
        <translation>Gültigkeit der Karte geändert</translation>
    </message>
    <message>
        <source>Card refreshed from Go Cards</source>
        <translation>Karte bei Go Cards aktualisiert</translation>
    </message>
    <message>
        <source>Cards exported</source>
        <translation>Karten exportiert</translation>
    </message>
    <message>
        <source>Order sent to Go Cards</source>
        <translation>Bestellung an Go Cards gesendet</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personen importiert</translation>
    </message>
    <message>
        <source>People brought in from the directory</source>
        <translation>Personen aus dem Verzeichnis übernommen</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person hinzugefügt</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person geändert</translation>
    </message>
    <message>
        <source>Expiry reminder mailed</source>
        <translation>Ablauferinnerung verschickt</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Restored database found by the batch sync</source>
        <translation>Wiederhergestellte Datenbank von der Stapelsynchronisation erkannt</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditRecordDialog</name>
    <message>
        <source>Read only</source>
        <translation>Nur lesbar</translation>
    </message>
    <message>
        <source>Audit record %1</source>
        <translation>Protokolleintrag %1</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>A&amp;fter:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation>Arbeits&amp;platz:</translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation>&amp;Hash:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Den Eintrag schließen (Esc)</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditService</name>
    <message>
        <source>Read the audit trail</source>
        <translation>Das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Das Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Das Prüfprotokoll verifizieren</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation>Das Prüfprotokoll ist NICHT unversehrt. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditTrailDialog</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>e.g. card:42 or process:</source>
        <translation>z. B. card:42 oder process:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Load &amp;older records</source>
        <translation>Ä&amp;ltere Einträge laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Das Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash…</source>
        <translation>Der Hash jedes Eintrags wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Show only the records of this user name</source>
        <translation>Nur die Einträge dieses Benutzernamens anzeigen</translation>
    </message>
    <message>
        <source>Show only the records of this kind of action</source>
        <translation>Nur die Einträge dieser Art von Aktion anzeigen</translation>
    </message>
    <message>
        <source>Show only the records about this object, such as card:12 or account:anna</source>
        <translation>Nur die Einträge zu diesem Objekt anzeigen, etwa card:12 oder account:anna</translation>
    </message>
    <message>
        <source>Show only successes, failures or refusals</source>
        <translation>Nur Erfolge, Fehler oder Ablehnungen anzeigen</translation>
    </message>
    <message>
        <source>Show only the records from this day on</source>
        <translation>Nur die Einträge ab diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Show only the records up to this day</source>
        <translation>Nur die Einträge bis zu diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Show the records that match the filters</source>
        <translation>Die Einträge anzeigen, die zu den Filtern passen</translation>
    </message>
    <message>
        <source>The audit records, newest first</source>
        <translation>Die Prüfeinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Add the next page of older records to the list</source>
        <translation>Die nächste Seite älterer Einträge zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Save the records that match the filters as a CSV file</source>
        <translation>Die zu den Filtern passenden Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Check that no audit record was changed or removed since it was written</source>
        <translation>Prüfen, dass seit dem Schreiben kein Prüfeintrag geändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>How many records are shown, and the result of the last check or export</source>
        <translation>Wie viele Einträge angezeigt werden und das Ergebnis der letzten Prüfung oder des letzten Exports</translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation>Das Prüfprotokoll schließen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Verify against check&amp;points…</source>
        <translation>Gegen Kon&amp;trollpunkte prüfen…</translation>
    </message>
    <message>
        <source>Checkpoint file</source>
        <translation>Kontrollpunktdatei</translation>
    </message>
    <message>
        <source>Checkpoint files (*.checkpoints *.log *.txt);;All files (*)</source>
        <translation>Kontrollpunktdateien (*.checkpoints *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check the audit trail against a file of signed checkpoints kept outside the database, which catches a cut, rewritten or swapped history</source>
        <translation>Das Prüfprotokoll gegen eine Datei signierter Kontrollpunkte außerhalb der Datenbank prüfen; das deckt eine gekürzte, umgeschriebene oder ausgetauschte Historie auf</translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash and every checkpoint…</source>
        <translation>Der Hash jedes Eintrags und jeder Kontrollpunkt werden geprüft…</translation>
    </message>
    <message>
        <source>Show the whole record</source>
        <translation>Den ganzen Eintrag zeigen</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditVerification</name>
    <message>
        <source>--checkpoint-public-key is not an Ed25519 public key (base64, or a file holding it).</source>
        <translation>--checkpoint-public-key ist kein öffentlicher Ed25519-Schlüssel (Base64 oder eine Datei, die ihn enthält).</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation>Das Prüfprotokoll ist NICHT unversehrt. %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does NOT match its checkpoints. %1</source>
        <translation>Das Prüfprotokoll stimmt NICHT mit seinen Kontrollpunkten überein. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::Authorizer</name>
    <message>
        <source>Your account is no longer active, so &quot;%1&quot; was not started.</source>
        <translation>Ihr Konto ist nicht mehr aktiv, daher wurde „%1“ nicht gestartet.</translation>
    </message>
    <message>
        <source>Your roles do not allow &quot;%1&quot;.</source>
        <translation>Ihre Rollen erlauben „%1“ nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enabled. An administrator can enable it in the settings.</source>
        <translation>„%1“ ist nicht aktiviert. Ein Administrator kann es in den Einstellungen aktivieren.</translation>
    </message>
    <message>
        <source>Choose a new password first; &quot;%1&quot; was not started.</source>
        <translation>Wählen Sie zuerst ein neues Passwort; „%1“ wurde nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>tempcards::BatchResults</name>
    <message>
        <source>the answer does not list card %1</source>
        <translation>die Antwort führt Karte %1 nicht auf</translation>
    </message>
    <message>
        <source>the answer lists cards that were not ordered</source>
        <translation>die Antwort führt Karten auf, die nicht bestellt wurden</translation>
    </message>
</context>
<context>
    <name>tempcards::BatchSyncJob</name>
    <message>
        <source>The batch sync was stopped.</source>
        <translation>Die Stapelsynchronisation wurde angehalten.</translation>
    </message>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation>Die Datenbank konnte nicht gelesen werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>The queue could not be turned into an order; see the log.</source>
        <translation>Aus der Warteschlange konnte keine Bestellung gebildet werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an events page that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Ereignisseite gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Production events could not be stored; see the log.</source>
        <translation>Produktionsereignisse konnten nicht gespeichert werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Another process took over the batch sync; this run stopped and sent nothing more.</source>
        <translation>Ein anderer Prozess hat die Stapelsynchronisation übernommen; dieser Lauf wurde beendet und hat nichts mehr gesendet.</translation>
    </message>
</context>
<context>
    <name>tempcards::CardDetailsPane</name>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Bestellt:</translation>
    </message>
    <message>
        <source>Go Cards card id:</source>
        <translation>Go-Cards-Karten-ID:</translation>
    </message>
    <message>
        <source>Go Cards order:</source>
        <translation>Go-Cards-Bestellung:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Produziert:</translation>
    </message>
    <message>
        <source>Chip UID:</source>
        <translation>Chip-UID:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Holds it since:</source>
        <translation>Hat sie seit:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Who held the card</source>
        <translation>Wer die Karte hatte</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Which card is shown here</source>
        <translation>Welche Karte hier gezeigt wird</translation>
    </message>
    <message>
        <source>How often the card was handed out</source>
        <translation>Wie oft die Karte ausgegeben wurde</translation>
    </message>
    <message>
        <source>Everyone who held the card, newest first, with who handed it out and back</source>
        <translation>Alle, die die Karte hatten, die neuesten zuerst, mit wem sie ausgab und zurücknahm</translation>
    </message>
    <message>
        <source>Choose a card to see its details.</source>
        <translation>Wählen Sie eine Karte, um ihre Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen; choose one to see its details.</source>
        <translation>
            <numerusform>%n Karte gewählt; wählen Sie eine, um ihre Details zu sehen.</numerusform>
            <numerusform>%n Karten gewählt; wählen Sie eine, um ihre Details zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 is no longer there.</source>
        <translation>Karte %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Never handed out.</source>
        <translation>Nie ausgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Handed out %n time(s):</source>
        <translation>
            <numerusform>%n-mal ausgegeben:</numerusform>
            <numerusform>%n-mal ausgegeben:</numerusform>
        </translation>
    </message>
    <message>
        <source>The state the card is in now</source>
        <translation>Der Status, in dem die Karte jetzt ist</translation>
    </message>
    <message>
        <source>When the card was ordered, and by whom</source>
        <translation>Wann und von wem die Karte bestellt wurde</translation>
    </message>
    <message>
        <source>The card&apos;s id at Nexus GO Cards</source>
        <translation>Die ID der Karte bei Nexus GO Cards</translation>
    </message>
    <message>
        <source>The Nexus GO Cards order the card belongs to</source>
        <translation>Die Nexus-GO-Cards-Bestellung, zu der die Karte gehört</translation>
    </message>
    <message>
        <source>When Nexus GO Cards produced the card</source>
        <translation>Wann Nexus GO Cards die Karte produziert hat</translation>
    </message>
    <message>
        <source>The UID of the card&apos;s chip</source>
        <translation>Die UID des Chips der Karte</translation>
    </message>
    <message>
        <source>The person who holds the card, with the employee id</source>
        <translation>Die Person, die die Karte hat, mit Personalnummer</translation>
    </message>
    <message>
        <source>The holder&apos;s department</source>
        <translation>Die Abteilung des Inhabers</translation>
    </message>
    <message>
        <source>Since when the holder has the card</source>
        <translation>Seit wann der Inhaber die Karte hat</translation>
    </message>
    <message>
        <source>Until when the card may be used</source>
        <translation>Bis wann die Karte benutzt werden darf</translation>
    </message>
    <message>
        <source>Why the card came back, was locked, or failed</source>
        <translation>Warum die Karte zurückkam, gesperrt wurde oder fehlschlug</translation>
    </message>
</context>
<context>
    <name>tempcards::CardHandOut</name>
    <message>
        <source>Card %1 changed meanwhile; nothing was changed. Look again.</source>
        <translation>Karte %1 wurde inzwischen geändert; es wurde nichts geändert. Sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <source>Card %1 is %2; &quot;%3&quot; starts only from a card that is %4.</source>
        <translation>Karte %1 ist %2; „%3“ beginnt nur bei einer Karte, die %4 ist.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No usage anymore</source>
        <translation>Nicht mehr benötigt</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Der Grund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The reason holds a control or invisible character: %1</source>
        <translation>Der Grund enthält ein Steuer- oder unsichtbares Zeichen: %1</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Es gibt keine Karte %1.</translation>
    </message>
    <message>
        <source>There is no such cardholder; search again.</source>
        <translation>Diese Karteninhaberin bzw. diesen Karteninhaber gibt es nicht; suchen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot be given a card.</source>
        <translation>%1 ist inaktiv und kann keine Karte erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n temporary card(s); the options allow %2 at a time. Withdraw one first.</source>
        <translation>
            <numerusform>%1 hat bereits %n temporäre Karte; die Optionen erlauben %2 gleichzeitig. Nehmen Sie zuerst eine zurück.</numerusform>
            <numerusform>%1 hat bereits %n temporäre Karten; die Optionen erlauben %2 gleichzeitig. Nehmen Sie zuerst eine zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation>Karte %1 wurde inzwischen geändert; sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <source>Card %1 is assigned to %2, valid until %3.</source>
        <translation>Karte %1 ist %2 zugewiesen, gültig bis %3.</translation>
    </message>
    <message>
        <source>Card %1 is back from %2 (%3) and unassigned.</source>
        <translation>Karte %1 ist von %2 zurück (%3) und nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Card %1 is back (%2) and unassigned.</source>
        <translation>Karte %1 ist zurück (%2) und nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Select the cards to extend.</source>
        <translation>Wählen Sie die zu verlängernden Karten.</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2.</source>
        <translation>Karte %1 ist gültig bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are valid for %1 more days.</source>
        <translation>
            <numerusform>%n Karte ist %1 Tage länger gültig.</numerusform>
            <numerusform>%n Karten sind %1 Tage länger gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cards to lock.</source>
        <translation>Wählen Sie die zu sperrenden Karten.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) locked for good.</source>
        <translation>
            <numerusform>%n Karte endgültig gesperrt.</numerusform>
            <numerusform>%n Karten endgültig gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
</context>
<context>
    <name>tempcards::CardHistoryView</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>Der Verlauf der Karte</translation>
    </message>
    <message>
        <source>What happened to the card, newest first, from the audit trail; Enter opens a record in full</source>
        <translation>Was mit der Karte geschah, das Neueste zuerst, aus dem Prüfprotokoll; die Eingabetaste öffnet einen Eintrag vollständig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>How much of the card&apos;s history is shown</source>
        <translation>Wie viel vom Verlauf der Karte gezeigt wird</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Kein Verlauf aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>History, %n record(s):</source>
        <translation>
            <numerusform>Verlauf, %n Eintrag:</numerusform>
            <numerusform>Verlauf, %n Einträge:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, the newest %n records (the audit trail has them all):</source>
        <translation>
            <numerusform>Verlauf, der neueste %n Eintrag (das Prüfprotokoll hat alle):</numerusform>
            <numerusform>Verlauf, die neuesten %n Einträge (das Prüfprotokoll hat alle):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::CardListModel</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation>Go-Cards-Karten-ID</translation>
    </message>
    <message>
        <source>Go Cards order</source>
        <translation>Go-Cards-Bestellung</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tempcards::CardSortMenu</name>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
</context>
<context>
    <name>tempcards::CardStates</name>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>bestellt</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>in Produktion</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>produziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
</context>
<context>
    <name>tempcards::CertificateNotes</name>
    <message>
        <source>Whose certificates these are, who issued them and until when they hold</source>
        <translation>Wem die Zertifikate gehören, wer sie ausgestellt hat und bis wann sie gelten</translation>
    </message>
    <message>
        <source>No certificate can be read from this text.</source>
        <translation>Aus diesem Text lässt sich kein Zertifikat lesen.</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3.</source>
        <translation>%1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): renew it before then.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab: erneuern Sie es vorher.</numerusform>
            <numerusform>Läuft in %n Tagen ab: erneuern Sie es vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: connections with it are refused.</source>
        <translation>Abgelaufen: Verbindungen damit werden abgelehnt.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Nicht gültig vor %1.</translation>
    </message>
</context>
<context>
    <name>tempcards::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one of at least %1 characters before you go on.</source>
        <translation>Ein Administrator hat Ihr Passwort zurückgesetzt. Wählen Sie ein neues mit mindestens %1 Zeichen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Das neue Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Das Passwort wird geändert…</translation>
    </message>
    <message>
        <source>The password you logged in with</source>
        <translation>Das Passwort, mit dem Sie sich angemeldet haben</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Ihr neues Passwort</translation>
    </message>
    <message>
        <source>The new password again, to catch a typing mistake</source>
        <translation>Das neue Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Change your password (Enter)</source>
        <translation>Ihr Passwort ändern (Eingabe)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointKey</name>
    <message>
        <source>The checkpoint key %1 may be read by others; make it readable by its owner alone (chmod 600).</source>
        <translation>Der Kontrollpunktschlüssel %1 kann von anderen gelesen werden; machen Sie ihn nur für seinen Eigentümer lesbar (chmod 600).</translation>
    </message>
    <message>
        <source>The checkpoint key %1 cannot be read: %2</source>
        <translation>Der Kontrollpunktschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a tempcards checkpoint key.</source>
        <translation>%1 ist kein tempcards-Kontrollpunktschlüssel.</translation>
    </message>
    <message>
        <source>A checkpoint key could not be made.</source>
        <translation>Es konnte kein Kontrollpunktschlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The checkpoint key %1 could not be written: %2</source>
        <translation>Der Kontrollpunktschlüssel %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointPublisher</name>
    <message>
        <source>The audit trail&apos;s head could not be read for a checkpoint; see the log.</source>
        <translation>Der Kopf des Prüfprotokolls konnte für einen Kontrollpunkt nicht gelesen werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>The checkpoint could not be written to %1: %2</source>
        <translation>Der Kontrollpunkt konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::ChipReader</name>
    <message>
        <source>The card on %1 cannot be read: %2</source>
        <translation>Die Karte auf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the reader gave no answer to the request for the UID.</source>
        <translation>das Lesegerät hat auf die Frage nach der UID nicht geantwortet.</translation>
    </message>
    <message>
        <source>the reader cannot tell this card&apos;s UID (status %1).</source>
        <translation>das Lesegerät kann die UID dieser Karte nicht nennen (Status %1).</translation>
    </message>
    <message>
        <source>the card refused to give its UID (status %1).</source>
        <translation>die Karte hat die Herausgabe ihrer UID verweigert (Status %1).</translation>
    </message>
    <message numerus="yes">
        <source>the card gave a UID of %n byte(s), which no card has.</source>
        <translation>
            <numerusform>die Karte nannte eine UID von %n Byte, die keine Karte hat.</numerusform>
            <numerusform>die Karte nannte eine UID von %n Byte, die keine Karte hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader service is running (pcscd).</source>
        <translation>Kein Kartenleser-Dienst läuft (pcscd).</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Kein Kartenlesegerät ist angeschlossen.</translation>
    </message>
    <message>
        <source>The card reader went away: %1</source>
        <translation>Das Kartenlesegerät ist nicht mehr da: %1</translation>
    </message>
    <message>
        <source>No card was put on the reader.</source>
        <translation>Es wurde keine Karte auf das Lesegerät gelegt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationDialog</name>
    <message>
        <source>Cards out and stock</source>
        <translation>Ausgegebene Karten und Bestand</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Which cards to list</source>
        <translation>Welche Karten aufgeführt werden</translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way</source>
        <translation>Nicht zugewiesene Karten und Karten unterwegs</translation>
    </message>
    <message>
        <source>The cards of the chosen view</source>
        <translation>Die Karten der gewählten Ansicht</translation>
    </message>
    <message>
        <source>How many cards the view holds</source>
        <translation>Wie viele Karten die Ansicht enthält</translation>
    </message>
    <message>
        <source>Write every card of the view to a CSV file</source>
        <translation>Jede Karte der Ansicht in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Read the view again</source>
        <translation>Die Ansicht neu lesen</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n card(s); Export CSV… writes them all.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Karte; CSV exportieren… schreibt alle.</numerusform>
            <numerusform>Die ersten %1 von %n Karten; CSV exportieren… schreibt alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n Karte.</numerusform>
            <numerusform>%n Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way — below %3</source>
        <translation>Bestand: %1 nicht zugewiesen, %2 unterwegs — unter %3</translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way</source>
        <translation>Bestand: %1 nicht zugewiesen, %2 unterwegs</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The batch sync mails each holder their reminder; the Mail column says what was sent.</source>
        <translation>Die Stapelsynchronisation schickt jedem Inhaber seine Erinnerung per Mail; die Spalte Mail sagt, was gesendet wurde.</translation>
    </message>
    <message>
        <source>No mail server is set (Settings › Mail), so these reminders are only listed here and nothing is sent.</source>
        <translation>Es ist kein Mailserver eingestellt (Einstellungen › Mail), daher werden diese Erinnerungen nur hier aufgeführt und nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationModel</name>
    <message numerus="yes">
        <source>%1, %n day(s) before</source>
        <translation>
            <numerusform>%1, %n Tag vorher</numerusform>
            <numerusform>%1, %n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Erinnerung fällig</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Answer not known; sent again at the next run</source>
        <translation>Antwort unbekannt; wird beim nächsten Lauf erneut gesendet</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Listed only: no mail server is set</source>
        <translation>Nur aufgeführt: kein Mailserver eingestellt</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationQuery</name>
    <message>
        <source>Cards in circulation</source>
        <translation>Ausgegebene Karten</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Laufen in 7 Tagen ab</translation>
    </message>
    <message>
        <source>Expired and not returned</source>
        <translation>Abgelaufen und nicht zurückgegeben</translation>
    </message>
    <message>
        <source>Locked cards</source>
        <translation>Gesperrte Karten</translation>
    </message>
    <message>
        <source>Cards needing attention</source>
        <translation>Karten, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Reminders due today</source>
        <translation>Heute fällige Erinnerungen</translation>
    </message>
</context>
<context>
    <name>tempcards::ClientOptions</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The Nexus GO Cards address (default: the simulator on this computer).</source>
        <translation>Die Adresse von Nexus GO Cards (Standard: der Simulator auf diesem Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Go Cards client id.</source>
        <translation>Die Client-ID bei Go Cards.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The Go Cards organisation id.</source>
        <translation>Die Organisations-ID bei Go Cards.</translation>
    </message>
    <message>
        <source>The database file name must not be empty.</source>
        <translation>Der Name der Datenbankdatei darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.</source>
        <translation>Temporäre Ausweiskarten bei Nexus GO Cards bestellen und verfolgen, bis sie ausgegeben werden können.</translation>
    </message>
    <message>
        <source>The batch sync: orders the queued temporary cards from Nexus GO Cards and follows their production. Only one batch sync works on a database at a time.</source>
        <translation>Die Stapelsynchronisation: bestellt die vorgemerkten temporären Karten bei Nexus GO Cards und verfolgt ihre Produktion. Auf einer Datenbank arbeitet immer nur eine Stapelsynchronisation.</translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1.</source>
        <translation>Das Client-Geheimnis für Go Cards wird aus der Umgebungsvariablen %1 gelesen.</translation>
    </message>
    <message>
        <source>Run once and exit (for cron); the exit code is 0 when the run succeeded or another batch sync was running.</source>
        <translation>Einmal ausführen und beenden (für cron); der Exit-Code ist 0, wenn der Lauf gelang oder eine andere Stapelsynchronisation lief.</translation>
    </message>
    <message>
        <source>Run every &lt;seconds&gt; until stopped (default: the batchSyncIntervalSeconds option).</source>
        <translation>Alle &lt;seconds&gt; Sekunden ausführen, bis angehalten (Standard: die Option batchSyncIntervalSeconds).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Give either --once or --interval, not both.</source>
        <translation>Geben Sie entweder --once oder --interval an, nicht beides.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400.</source>
        <translation>--interval muss eine ganze Zahl von Sekunden zwischen 1 und 86400 sein.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, name the first bad record if any, and exit (0: intact, 1: not intact).</source>
        <translation>Die Hash-Kette des Prüfprotokolls prüfen, gegebenenfalls den ersten fehlerhaften Eintrag nennen und beenden (0: unversehrt, 1: nicht unversehrt).</translation>
    </message>
    <message>
        <source>Use a PostgreSQL database instead, given by libpq connection options, for example &quot;host=db.example dbname=tempcards user=tempcards sslmode=verify-full&quot; or &quot;service=tempcards&quot;. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Stattdessen eine PostgreSQL-Datenbank verwenden, angegeben durch libpq-Verbindungsoptionen, zum Beispiel „host=db.example dbname=tempcards user=tempcards sslmode=verify-full“ oder „service=tempcards“. Das Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>--postgres needs the connection options, such as &quot;host=db.example dbname=tempcards user=tempcards&quot;.</source>
        <translation>--postgres braucht die Verbindungsoptionen, etwa „host=db.example dbname=tempcards user=tempcards“.</translation>
    </message>
    <message>
        <source>Give either --database or --postgres, not both.</source>
        <translation>Geben Sie entweder --database oder --postgres an, nicht beides.</translation>
    </message>
    <message>
        <source>Do not put the database password on the command line, where other users can read it; use PGPASSWORD or ~/.pgpass.</source>
        <translation>Geben Sie das Datenbankpasswort nicht auf der Befehlszeile an, wo andere Benutzer es lesen können; verwenden Sie PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>How long another batch sync waits before it takes over from this one if this one dies in the middle of a run (10 to 3600, default 120). Renewed at a third of it while the run lasts.</source>
        <translation>Wie lange eine andere Stapelsynchronisation wartet, bevor sie übernimmt, falls diese mitten im Lauf abbricht (10 bis 3600, Standard 120). Wird während des Laufs nach einem Drittel davon erneuert.</translation>
    </message>
    <message>
        <source>--lease must be a whole number of seconds from 10 to 3600.</source>
        <translation>--lease muss eine ganze Zahl von Sekunden zwischen 10 und 3600 sein.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: the database chosen in the client&apos;s Database dialog, else %1).</source>
        <translation>Die SQLite-Datenbankdatei (Standard: die im Datenbank-Dialog des Clients gewählte, sonst %1).</translation>
    </message>
    <message>
        <source>Unexpected argument: &quot;%1&quot;</source>
        <translation>Unerwartetes Argument: „%1“</translation>
    </message>
    <message>
        <source>--postgres: %1</source>
        <translation>--postgres: %1</translation>
    </message>
    <message>
        <source>Append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records; with --verify-audit, check the database against every checkpoint in it.</source>
        <translation>Nach jedem Lauf und alle --checkpoint-every Einträge einen signierten Kontrollpunkt des Prüfprotokollkopfs an &lt;file&gt; (und das Systemprotokoll) anhängen; mit --verify-audit die Datenbank gegen jeden Kontrollpunkt darin prüfen.</translation>
    </message>
    <message>
        <source>The Ed25519 key that signs the checkpoints, made there (0600, with &lt;file&gt;.pub) when missing (default: %1).</source>
        <translation>Der Ed25519-Schlüssel, der die Kontrollpunkte signiert; wird dort erzeugt (0600, mit &lt;file&gt;.pub), wenn er fehlt (Standard: %1).</translation>
    </message>
    <message>
        <source>Records between two checkpoints while no run ends (1 to 1000000, default 1000).</source>
        <translation>Einträge zwischen zwei Kontrollpunkten, solange kein Lauf endet (1 bis 1000000, Standard 1000).</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>With --verify-audit: the public key the checkpoints must be signed with (base64, or a file holding it, such as the key&apos;s .pub).</source>
        <translation>Mit --verify-audit: der öffentliche Schlüssel, mit dem die Kontrollpunkte signiert sein müssen (Base64 oder eine Datei, die ihn enthält, etwa die .pub des Schlüssels).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>--checkpoint-every must be a whole number of records from 1 to 1000000.</source>
        <translation>--checkpoint-every muss eine ganze Zahl von Einträgen zwischen 1 und 1000000 sein.</translation>
    </message>
    <message>
        <source>On a workstation that runs the batch sync itself: append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records, and check the database against the file&apos;s last checkpoint when it is opened.</source>
        <translation>Auf einem Arbeitsplatz, der die Stapelsynchronisation selbst ausführt: nach jedem Lauf und alle --checkpoint-every Einträge einen signierten Kontrollpunkt des Kopfs des Prüfprotokolls an &lt;file&gt; (und das Systemprotokoll) anhängen, und die Datenbank beim Öffnen gegen den letzten Kontrollpunkt der Datei prüfen.</translation>
    </message>
    <message>
        <source>Import the cardholders of an HR export (CSV, UTF-8, a header naming the columns), whole or not at all, say what changed, and exit (0: imported, 1: refused; every bad line is named).</source>
        <translation>Die Karteninhaber eines Personalexports (CSV, UTF-8, eine Kopfzeile mit den Spaltennamen) ganz oder gar nicht importieren, sagen, was sich geändert hat, und beenden (0: importiert, 1: abgelehnt; jede fehlerhafte Zeile wird genannt).</translation>
    </message>
    <message>
        <source>With --import-people: the file lists everyone; people missing from it become inactive.</source>
        <translation>Mit --import-people: die Datei führt alle auf; wer darin fehlt, wird inaktiv.</translation>
    </message>
    <message>
        <source>With --import-people: the file lists only the people it changes.</source>
        <translation>Mit --import-people: die Datei führt nur die Personen auf, die sie ändert.</translation>
    </message>
    <message>
        <source>Give either --full or --partial, not both.</source>
        <translation>Geben Sie entweder --full oder --partial an, nicht beides.</translation>
    </message>
    <message>
        <source>--full and --partial go with --import-people.</source>
        <translation>--full und --partial gehören zu --import-people.</translation>
    </message>
    <message>
        <source>Bring the cardholders in from the directory saved in the settings, whole or not at all (people it no longer lists, or marks inactive, become inactive), say what changed, and exit (0: brought in, 1: refused or the directory could not be read).</source>
        <translation>Die Karteninhaber aus dem in den Einstellungen gespeicherten Verzeichnis übernehmen, ganz oder gar nicht (Personen, die es nicht mehr führt oder als inaktiv kennzeichnet, werden inaktiv), melden, was sich geändert hat, und beenden (0: übernommen, 1: abgelehnt oder das Verzeichnis war nicht lesbar).</translation>
    </message>
    <message>
        <source>--sync-people goes alone: not with --import-people, --once or --interval.</source>
        <translation>--sync-people steht allein: nicht mit --import-people, --once oder --interval.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -style, -platform and -reverse, are passed on to Qt.</source>
        <translation>Die eigenen Optionen von Qt, etwa -style, -platform und -reverse, werden an Qt weitergegeben.</translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1, else from the systemd credential %2 (LoadCredential=%2:&lt;file&gt; in the service unit).</source>
        <translation>Das Client-Geheimnis für Go Cards wird aus der Umgebungsvariablen %1 gelesen, sonst aus dem systemd-Credential %2 (LoadCredential=%2:&lt;Datei&gt; in der Service-Unit).</translation>
    </message>
</context>
<context>
    <name>tempcards::Credentials</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation>Ein Benutzername darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A user name may contain only letters a-z, digits and the characters . _ @ - and must start with a letter or digit.</source>
        <translation>Ein Benutzername darf nur die Buchstaben a-z, Ziffern und die Zeichen . _ @ - enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password can have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation>Das Passwort darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>The password must not contain invisible text-direction marks.</source>
        <translation>Das Passwort darf keine unsichtbaren Schreibrichtungszeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>tempcards::CredentialsForm</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>The name the new account logs in with: letters a-z, digits and . _ @ -</source>
        <translation>Der Name, mit dem sich das neue Konto anmeldet: Buchstaben a-z, Ziffern und . _ @ -</translation>
    </message>
    <message>
        <source>The new account&apos;s password; the rule it must meet is shown when it falls short</source>
        <translation>Das Passwort des neuen Kontos; die Regel, die es erfüllen muss, erscheint, wenn es nicht genügt</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
</context>
<context>
    <name>tempcards::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder %1 for the database could not be created.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; tempcards needs to write the database and its journal there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; tempcards muss dort die Datenbank und ihr Journal schreiben.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; tempcards needs to write to it. Check the file&apos;s permissions.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt; tempcards muss in sie schreiben. Prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so tempcards cannot use it. It was not changed.</source>
        <translation>%1 ist keine SQLite-Datenbank, daher kann tempcards sie nicht verwenden. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database file name &quot;%1&quot; contains control characters or invisible formatting marks; choose the file again.</source>
        <translation>Der Name der Datenbankdatei „%1“ enthält Steuerzeichen oder unsichtbare Formatierungszeichen; wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The database file name is too long (%1 characters): &quot;%2&quot;.</source>
        <translation>Der Name der Datenbankdatei ist zu lang (%1 Zeichen): „%2“.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer (one workstation)</source>
        <translation>&amp;SQLite-Datei auf diesem Computer (ein Arbeitsplatz)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several workstations share one card stock)</source>
        <translation>&amp;PostgreSQL-Server (mehrere Arbeitsplätze teilen einen Kartenbestand)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; use it across a network.</source>
        <translation>verify-full prüft das Zertifikat und den Namen des Servers; verwenden Sie es über ein Netzwerk.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>optional: an entry of pg_service.conf</source>
        <translation>optional: ein Eintrag aus pg_service.conf</translation>
    </message>
    <message>
        <source>More libpq options</source>
        <translation>Weitere libpq-Optionen</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten, nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Date&amp;nbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>&amp;More options:</source>
        <translation>W&amp;eitere Optionen:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keep the cards in a database file on this computer; only this workstation uses it</source>
        <translation>Die Karten in einer Datenbankdatei auf diesem Computer halten; nur dieser Arbeitsplatz verwendet sie</translation>
    </message>
    <message>
        <source>Keep the cards on a PostgreSQL server that several workstations share</source>
        <translation>Die Karten auf einem PostgreSQL-Server halten, den mehrere Arbeitsplätze teilen</translation>
    </message>
    <message>
        <source>The full path of the SQLite database file; a missing file is created</source>
        <translation>Der vollständige Pfad der SQLite-Datenbankdatei; eine fehlende Datei wird angelegt</translation>
    </message>
    <message>
        <source>Choose the database file in a file dialog</source>
        <translation>Die Datenbankdatei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>Der Name oder die Adresse des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>The port the PostgreSQL server listens on, usually 5432</source>
        <translation>Der Port, auf dem der PostgreSQL-Server lauscht, meist 5432</translation>
    </message>
    <message>
        <source>The name of the tempcards database on the server</source>
        <translation>Der Name der tempcards-Datenbank auf dem Server</translation>
    </message>
    <message>
        <source>The database user tempcards connects as</source>
        <translation>Der Datenbankbenutzer, als der sich tempcards verbindet</translation>
    </message>
    <message>
        <source>How the connection to the server is secured</source>
        <translation>Wie die Verbindung zum Server gesichert wird</translation>
    </message>
    <message>
        <source>A service name from the PostgreSQL service file, instead of host, port and user</source>
        <translation>Ein Dienstname aus der PostgreSQL-Dienstdatei statt Host, Port und Benutzer</translation>
    </message>
    <message>
        <source>Further libpq connection options, as name=value pairs separated by spaces</source>
        <translation>Weitere libpq-Verbindungsoptionen als Name=Wert-Paare, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>The database user&apos;s password, kept in memory for this session only</source>
        <translation>Das Passwort des Datenbankbenutzers, nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <source>Open this database and use it from now on (Enter)</source>
        <translation>Diese Datenbank öffnen und ab jetzt verwenden (Eingabe)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>SSL mode warning</source>
        <translation>Warnung zum SSL-Modus</translation>
    </message>
    <message>
        <source>What the chosen SSL mode leaves open</source>
        <translation>Was der gewählte SSL-Modus offen lässt</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseError</name>
    <message>
        <source>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</source>
        <translation>Die Datenbank ist mit der Änderung eines anderen Arbeitsplatzes beschäftigt. Es wurde nichts gespeichert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is read-only, so nothing could be saved. Check the file&apos;s permissions.</source>
        <translation>Die Datenbank ist schreibgeschützt, daher konnte nichts gespeichert werden. Prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a tempcards database. Nothing was saved.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine tempcards-Datenbank. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation>Der Datenträger der Datenbank ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database reported an error, so nothing was saved. Details are in the log.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet, daher wurde nichts gespeichert. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The database does not allow you this change. Nothing was saved. Details are in the log.</source>
        <translation>Die Datenbank erlaubt Ihnen diese Änderung nicht. Es wurde nichts gespeichert. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so nothing was saved. tempcards reconnects by itself; try again in a moment.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen, daher wurde nichts gespeichert. tempcards verbindet sich selbst neu; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while the change was being saved, and it did not come back in time to tell whether the change was saved. Check the card list once the database is back before trying again.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern abgebrochen und kam nicht rechtzeitig zurück, um zu klären, ob die Änderung gespeichert wurde. Prüfen Sie die Kartenliste, sobald die Datenbank wieder erreichbar ist, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseOpenJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseSettings</name>
    <message>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei.</translation>
    </message>
    <message>
        <source>The password is longer than 1,000 characters.</source>
        <translation>Das Passwort ist länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>The password contains control characters or invisible text-direction marks; type it again.</source>
        <translation>Das Passwort enthält Steuerzeichen oder unsichtbare Schreibrichtungszeichen; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The file name contains control characters or invisible formatting marks; choose the file again.</source>
        <translation>Der Dateiname enthält Steuerzeichen oder unsichtbare Formatierungszeichen; wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Give the database file&apos;s full path, starting with /, or choose it with Browse….</source>
        <translation>Geben Sie den vollständigen Pfad der Datenbankdatei an, beginnend mit /, oder wählen Sie sie mit „Durchsuchen…“.</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseStatusLabel</name>
    <message>
        <source>The database answers again.</source>
        <translation>Die Datenbank antwortet wieder.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Database unreachable, retrying… Last success: %1</source>
        <translation>Datenbank nicht erreichbar, neuer Versuch läuft… Zuletzt erfolgreich: %1</translation>
    </message>
    <message>
        <source>Shown while the database does not answer</source>
        <translation>Wird angezeigt, solange die Datenbank nicht antwortet</translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNews</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) produced</source>
        <translation>
            <numerusform>%n temporäre Karte produziert</numerusform>
            <numerusform>%n temporäre Karten produziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards %1 are on their way; initialize them when they arrive.</source>
        <translation>
            <numerusform>Karte %1 ist unterwegs; initialisieren Sie sie, wenn sie ankommt.</numerusform>
            <numerusform>Karten %1 sind unterwegs; initialisieren Sie sie, wenn sie ankommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 failed.</source>
        <translation>Karte %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Karte %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed.</source>
        <translation>
            <numerusform>%n weitere ist fehlgeschlagen.</numerusform>
            <numerusform>%n weitere sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) failed</source>
        <translation>
            <numerusform>%n temporäre Karte fehlgeschlagen</numerusform>
            <numerusform>%n temporäre Karten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync is failing</source>
        <translation>Die Stapelsynchronisation schlägt fehl</translation>
    </message>
    <message>
        <source>%1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation>%1 Karten warten in Bearbeitung, bis sie wieder funktioniert; sie versucht es weiter.</translation>
    </message>
    <message>
        <source>The batch sync works again</source>
        <translation>Die Stapelsynchronisation funktioniert wieder</translation>
    </message>
    <message>
        <source>The waiting cards are being ordered.</source>
        <translation>Die wartenden Karten werden bestellt.</translation>
    </message>
    <message>
        <source>Low stock of temporary cards</source>
        <translation>Geringer Bestand an temporären Karten</translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNotifier</name>
    <message>
        <source>Show tempcards</source>
        <translation>tempcards anzeigen</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConfig</name>
    <message>
        <source>The directory&apos;s address must be ldaps://host or ldap://host (with StartTLS).</source>
        <translation>Die Adresse des Verzeichnisses muss ldaps://Host oder ldap://Host (mit StartTLS) sein.</translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the base DN has a field of its own.</source>
        <translation>Die Adresse des Verzeichnisses nennt nur den Server; der Basis-DN hat ein eigenes Feld.</translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the bind DN and password have fields of their own.</source>
        <translation>Die Adresse des Verzeichnisses nennt nur den Server; Bind-DN und Passwort haben eigene Felder.</translation>
    </message>
    <message>
        <source>A directory setting is too long or holds control or invisible characters.</source>
        <translation>Eine Verzeichniseinstellung ist zu lang oder enthält Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The bind DN is missing.</source>
        <translation>Der Bind-DN fehlt.</translation>
    </message>
    <message>
        <source>The bind password is missing.</source>
        <translation>Das Bind-Passwort fehlt.</translation>
    </message>
    <message>
        <source>The bind password is too long.</source>
        <translation>Das Bind-Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The base DN is missing.</source>
        <translation>Der Basis-DN fehlt.</translation>
    </message>
    <message>
        <source>The people filter must be one filter in parentheses, such as (objectClass=inetOrgPerson).</source>
        <translation>Der Personenfilter muss ein Filter in Klammern sein, etwa (objectClass=inetOrgPerson).</translation>
    </message>
    <message>
        <source>The inactive filter must be one filter in parentheses, or empty.</source>
        <translation>Der Inaktiv-Filter muss ein Filter in Klammern sein oder leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation>„%1“ ist kein Attributname.</translation>
    </message>
    <message>
        <source>The directory&apos;s time limits or page size are out of range.</source>
        <translation>Die Zeitgrenzen oder die Seitengröße des Verzeichnisses liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The bind password holds control characters.</source>
        <translation>Das Bind-Passwort enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die vertrauenswürdigen Zertifikate sind keine PEM-Zertifikate („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>The interval between directory syncs is 0 (only when asked) to %1 minutes.</source>
        <translation>Der Abstand zwischen zwei Verzeichnisabgleichen beträgt 0 (nur auf Anforderung) bis %1 Minuten.</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConnectionService</name>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the directory&apos;s bind password, so the people are brought in there.</source>
        <translation>In dieser Datenbank kann nur der Batch-Sync (tempcards-sync) das Bind-Passwort des Verzeichnisses lesen; die Personen werden daher dort übernommen.</translation>
    </message>
    <message>
        <source>The directory&apos;s address is too long or holds control or invisible characters.</source>
        <translation>Die Adresse des Verzeichnisses ist zu lang oder enthält Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The address or the bind DN changed: type the bind password again to use it with %1.</source>
        <translation>Die Adresse oder der Bind-DN hat sich geändert: Geben Sie das Bind-Passwort erneut ein, um es mit %1 zu verwenden.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved bind password: type it again to test the directory from here.</source>
        <translation>In dieser Datenbank kann nur der Batch-Sync das gespeicherte Bind-Passwort lesen: Geben Sie es erneut ein, um das Verzeichnis von hier aus zu testen.</translation>
    </message>
    <message>
        <source>Save the directory settings</source>
        <translation>Verzeichniseinstellungen speichern</translation>
    </message>
    <message>
        <source>The directory settings were saved.</source>
        <translation>Die Verzeichniseinstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Remove the directory</source>
        <translation>Verzeichnis entfernen</translation>
    </message>
    <message>
        <source>No directory is set; cardholders come from CSV files.</source>
        <translation>Es ist kein Verzeichnis festgelegt; Karteninhaber kommen aus CSV-Dateien.</translation>
    </message>
    <message>
        <source>The directory was removed; cardholders come from CSV files again.</source>
        <translation>Das Verzeichnis wurde entfernt; Karteninhaber kommen wieder aus CSV-Dateien.</translation>
    </message>
    <message>
        <source>Test the directory</source>
        <translation>Verzeichnis testen</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryPage</name>
    <message>
        <source>Directory address</source>
        <translation>Verzeichnisadresse</translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation>Bind-DN</translation>
    </message>
    <message>
        <source>Bind password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <source>People filter</source>
        <translation>Personenfilter</translation>
    </message>
    <message>
        <source>Inactive filter</source>
        <translation>Inaktiv-Filter</translation>
    </message>
    <message>
        <source>Empty: everyone the people filter finds is active</source>
        <translation>Leer: Alle, die der Personenfilter findet, sind aktiv</translation>
    </message>
    <message>
        <source>Active &amp;Directory</source>
        <translation>Active &amp;Directory</translation>
    </message>
    <message>
        <source>Employee id attribute</source>
        <translation>Attribut der Personalnummer</translation>
    </message>
    <message>
        <source>Given name attribute</source>
        <translation>Attribut des Vornamens</translation>
    </message>
    <message>
        <source>Surname attribute</source>
        <translation>Attribut des Nachnamens</translation>
    </message>
    <message>
        <source>E-mail attribute</source>
        <translation>Attribut der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Department attribute</source>
        <translation>Attribut der Abteilung</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Nur für eine eigene Zertifizierungsstelle: ihre Zertifikate in PEM. Denen des Systems wird immer vertraut.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Abgleichsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked (tempcards-sync --sync-people)</source>
        <translation>Nur auf Anforderung (tempcards-sync --sync-people)</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>Adresse (&amp;URL):</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind-DN:</translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation>Bind-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Base D&amp;N:</source>
        <translation>Basis-D&amp;N:</translation>
    </message>
    <message>
        <source>People &amp;filter:</source>
        <translation>Personen&amp;filter:</translation>
    </message>
    <message>
        <source>&amp;Inactive when:</source>
        <translation>&amp;Inaktiv, wenn:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Abteilun&amp;g:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Ve&amp;rtrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Re&amp;move directory</source>
        <translation>Verzei&amp;chnis entfernen</translation>
    </message>
    <message>
        <source>ldaps://host, or ldap://host with StartTLS; the server&apos;s certificate is always verified</source>
        <translation>ldaps://host oder ldap://host mit StartTLS; das Zertifikat des Servers wird immer geprüft</translation>
    </message>
    <message>
        <source>The account tempcards reads the directory as</source>
        <translation>Das Konto, mit dem tempcards das Verzeichnis liest</translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation>Nur schreibbar: in der Datenbank für den Batch-Sync gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Where in the directory the people are</source>
        <translation>Wo im Verzeichnis die Personen stehen</translation>
    </message>
    <message>
        <source>The LDAP filter that selects the people who may hold a card</source>
        <translation>Der LDAP-Filter, der die Personen auswählt, die eine Karte erhalten dürfen</translation>
    </message>
    <message>
        <source>Of those people, the ones this LDAP filter also matches are inactive</source>
        <translation>Von diesen Personen sind die inaktiv, auf die auch dieser LDAP-Filter zutrifft</translation>
    </message>
    <message>
        <source>Inactive when Active Directory&apos;s account disabled flag is set (userAccountControl bit 2)</source>
        <translation>Inaktiv, wenn in Active Directory das Konto deaktiviert ist (userAccountControl Bit 2)</translation>
    </message>
    <message>
        <source>The attribute that holds the unique employee id</source>
        <translation>Das Attribut mit der eindeutigen Personalnummer</translation>
    </message>
    <message>
        <source>The attribute that holds the given name</source>
        <translation>Das Attribut mit dem Vornamen</translation>
    </message>
    <message>
        <source>The attribute that holds the surname</source>
        <translation>Das Attribut mit dem Nachnamen</translation>
    </message>
    <message>
        <source>The attribute that holds the e-mail address</source>
        <translation>Das Attribut mit der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The attribute that holds the department</source>
        <translation>Das Attribut mit der Abteilung</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the directory&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Zertifikate der Stellen, die das Zertifikat des Verzeichnisses signieren dürfen, in PEM; leer vertraut denen des Systems</translation>
    </message>
    <message>
        <source>How often the batch sync brings the people in from the directory; 0: only when asked</source>
        <translation>Wie oft der Batch-Sync die Personen aus dem Verzeichnis übernimmt; 0: nur auf Anforderung</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Das Ergebnis des letzten Tests oder Speicherns</translation>
    </message>
    <message>
        <source>The first people the last test found</source>
        <translation>Die ersten Personen, die der letzte Test gefunden hat</translation>
    </message>
    <message>
        <source>Read the first people from the directory with these settings without saving them</source>
        <translation>Die ersten Personen mit diesen Einstellungen aus dem Verzeichnis lesen, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>No directory any more: cardholders come from CSV files again</source>
        <translation>Kein Verzeichnis mehr: Karteninhaber kommen wieder aus CSV-Dateien</translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation>Gespeichert; geben Sie ein neues Passwort ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <source>No directory is set: cardholders come from CSV files (People › Import).</source>
        <translation>Es ist kein Verzeichnis festgelegt: Karteninhaber kommen aus CSV-Dateien (Personen › Importieren).</translation>
    </message>
    <message>
        <source>Reading the first people from the directory…</source>
        <translation>Die ersten Personen werden aus dem Verzeichnis gelesen…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Connected, but the people filter finds nobody with an employee id under the base DN.</source>
        <translation>Verbunden, aber der Personenfilter findet unter dem Basis-DN niemanden mit einer Personalnummer.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the first %n people the directory holds are listed below.</source>
        <translation>
            <numerusform>Verbunden: %n Person des Verzeichnisses steht unten.</numerusform>
            <numerusform>Verbunden: Die ersten %n Personen des Verzeichnisses stehen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empl&amp;oyee id:</source>
        <translation>Personalnu&amp;mmer:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <source>Sync &amp;with the directory every:</source>
        <translation>Pers&amp;onen übernehmen alle:</translation>
    </message>
    <message>
        <source>Language attribute</source>
        <translation>Sprachattribut</translation>
    </message>
    <message>
        <source>Empty: reminders are in English</source>
        <translation>Leer: Erinnerungen sind auf Englisch</translation>
    </message>
    <message>
        <source>Spo&amp;ken language:</source>
        <translation>&amp;Korrespondenzsprache:</translation>
    </message>
    <message>
        <source>The attribute that holds the language the expiry reminder is written in (en, de or sv)</source>
        <translation>Das Attribut mit der Sprache, in der die Ablauferinnerung geschrieben wird (en, de oder sv)</translation>
    </message>
    <message>
        <source>Which directory is saved, or that none is</source>
        <translation>Welches Verzeichnis gespeichert ist oder dass keines gespeichert ist</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryPeople</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the directory holds more than %1 people</source>
        <translation>das Verzeichnis enthält mehr als %1 Personen</translation>
    </message>
    <message>
        <source>the directory&apos;s people filter finds nobody with an employee id</source>
        <translation>der Personenfilter des Verzeichnisses findet niemanden mit einer Personalnummer</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryReadJob</name>
    <message>
        <source>%1: no %2</source>
        <translation>%1: kein %2</translation>
    </message>
    <message>
        <source>%1: employee id %2 is also %3</source>
        <translation>%1: die Personalnummer %2 hat auch %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectorySyncTimer</name>
    <message>
        <source>The people were not brought in from the directory: %1</source>
        <translation>Die Personen wurden nicht aus dem Verzeichnis übernommen: %1</translation>
    </message>
</context>
<context>
    <name>tempcards::DispatchBatchJob</name>
    <message>
        <source>Nexus GO Cards sent an order answer that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Bestellantwort gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an order answer that does not match the order (%1).</source>
        <translation>Nexus GO Cards hat eine Bestellantwort gesendet, die nicht zur Bestellung passt (%1).</translation>
    </message>
    <message>
        <source>Sending the order was stopped.</source>
        <translation>Das Senden der Bestellung wurde angehalten.</translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation>Jede Karte dieser Bestellung wurde vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>This order keeps changing; it was left for later.</source>
        <translation>Diese Bestellung ändert sich ständig; sie wurde für später zurückgestellt.</translation>
    </message>
    <message>
        <source>Another process is sending this order right now.</source>
        <translation>Ein anderer Prozess sendet diese Bestellung gerade.</translation>
    </message>
    <message>
        <source>Another process has taken over the batch sync; this one sent nothing more.</source>
        <translation>Ein anderer Prozess hat die Stapelsynchronisation übernommen; dieser hat nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused this order, which it may already hold (%1), and could not say whether it does: %2</source>
        <translation>Nexus GO Cards hat diesen Auftrag abgelehnt, den es vielleicht schon hat (%1), und konnte nicht sagen, ob es ihn hat: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards already holds %n of these cards from orders made before; they are ordered.</source>
        <translation>
            <numerusform>Nexus GO Cards hat %n dieser Karten schon aus früheren Aufträgen; sie ist bestellt.</numerusform>
            <numerusform>Nexus GO Cards hat %n dieser Karten schon aus früheren Aufträgen; sie sind bestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n card(s) wait in the queue for the batch sync.</source>
        <translation>
            <numerusform>Die andere %n Karte wartet in der Warteschlange auf die Stapelsynchronisation.</numerusform>
            <numerusform>Die anderen %n Karten warten in der Warteschlange auf die Stapelsynchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::EditRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Rollen speichern</translation>
    </message>
    <message>
        <source>Give the account the roles checked above (Enter)</source>
        <translation>Dem Konto die oben angekreuzten Rollen geben (Eingabe)</translation>
    </message>
</context>
<context>
    <name>tempcards::ExtendDialog</name>
    <message>
        <source>Extend these cards? Each stays with its holder, and its &quot;valid until&quot; moves on by the days the options give (TempCardsValidityDays).</source>
        <translation>Diese Karten verlängern? Jede bleibt bei ihrer Inhaberin bzw. ihrem Inhaber, und ihr „gültig bis“ rückt um die Tage der Optionen vor (TempCardsValidityDays).</translation>
    </message>
    <message>
        <source>Extend the cards listed (Enter)</source>
        <translation>Die aufgeführten Karten verlängern (Eingabe)</translation>
    </message>
</context>
<context>
    <name>tempcards::FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Den ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the user name and password of the first administrator. The password needs at least %1 characters.</source>
        <translation>Diese Datenbank hat noch keine Konten. Wählen Sie Benutzername und Passwort des ersten Administrators. Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Das Konto wird angelegt…</translation>
    </message>
    <message>
        <source>Create the first administrator account and log in with it (Enter)</source>
        <translation>Das erste Administratorkonto anlegen und sich damit anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Close tempcards without creating an account</source>
        <translation>tempcards schließen, ohne ein Konto anzulegen</translation>
    </message>
</context>
<context>
    <name>tempcards::GeneralSettingsTab</name>
    <message>
        <source>&amp;New-Process:</source>
        <translation>&amp;Neuer Prozess:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Process &amp;list:</source>
        <translation>Prozess&amp;liste:</translation>
    </message>
    <message>
        <source>Production type for temporary cards</source>
        <translation>Produktionsart für temporäre Karten</translation>
    </message>
    <message>
        <source>External (Nexus GO Cards)</source>
        <translation>Extern (Nexus GO Cards)</translation>
    </message>
    <message>
        <source>&amp;Queue temporary cards</source>
        <translation>Temporäre Karten &amp;vormerken</translation>
    </message>
    <message>
        <source>Queue temporary cards</source>
        <translation>Temporäre Karten vormerken</translation>
    </message>
    <message>
        <source>On: Next puts the cards in processing for the batch sync. Off: Next orders them from Nexus GO Cards at once.</source>
        <translation>Ein: „Weiter“ legt die Karten für die Stapelsynchronisation in Bearbeitung. Aus: „Weiter“ bestellt sie sofort bei Nexus GO Cards.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Production type for temporary cards:</source>
        <translation>&amp;Produktionsart für temporäre Karten:</translation>
    </message>
    <message>
        <source>The options script has an error; fix it on the Options script tab to change options here.</source>
        <translation>Das Optionsskript enthält einen Fehler; beheben Sie ihn auf der Registerkarte „Optionsskript“, um hier Optionen zu ändern.</translation>
    </message>
    <message>
        <source>Who produces the temporary cards</source>
        <translation>Wer die temporären Karten herstellt</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsActivity</name>
    <message>
        <source>Waiting for Nexus GO Cards…</source>
        <translation>Warten auf Nexus GO Cards…</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsClient</name>
    <message>
        <source>Nexus GO Cards sent a login answer that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Anmeldeantwort gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConfig</name>
    <message>
        <source>The Go Cards URL &quot;%1&quot; is not a valid absolute URL such as https://gocards.example.com.</source>
        <translation>Die Go-Cards-URL „%1“ ist keine gültige absolute URL wie https://gocards.example.com.</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Go-Cards-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; uses plain http to another machine; only https is allowed there (http is accepted for this computer only, for the simulator).</source>
        <translation>Die Go-Cards-URL „%1“ verwendet einfaches http zu einem anderen Rechner; dort ist nur https erlaubt (http wird nur für diesen Computer akzeptiert, für den Simulator).</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must not contain a user name, password, query or fragment.</source>
        <translation>Die Go-Cards-URL „%1“ darf keinen Benutzernamen, kein Passwort, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Enter the Go Cards address, such as https://gocards.example.com.</source>
        <translation>Geben Sie die Go-Cards-Adresse ein, etwa https://gocards.example.com.</translation>
    </message>
    <message>
        <source>The Go Cards address is %1 characters long; at most %2 are accepted.</source>
        <translation>Die Go-Cards-Adresse ist %1 Zeichen lang; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The Go Cards address &quot;%1&quot; contains control characters or invisible formatting marks; type it again.</source>
        <translation>Die Go-Cards-Adresse „%1“ enthält Steuerzeichen oder unsichtbare Formatierungszeichen; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Enter the Go Cards %1.</source>
        <translation>Geben Sie die %1 für Go Cards ein.</translation>
    </message>
    <message>
        <source>The Go Cards %1 can have at most %2 characters.</source>
        <translation>Die %1 für Go Cards darf höchstens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>The Go Cards %1 &quot;%2&quot; contains control characters or invisible formatting marks.</source>
        <translation>Die %1 für Go Cards „%2“ enthält Steuerzeichen oder unsichtbare Formatierungszeichen.</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Enter the Go Cards client secret.</source>
        <translation>Geben Sie das Client-Geheimnis für Go Cards ein.</translation>
    </message>
    <message>
        <source>The Go Cards client secret can have at most %1 characters.</source>
        <translation>Das Client-Geheimnis für Go Cards darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The Go Cards client secret contains control characters or invisible text-direction marks; type it again.</source>
        <translation>Das Client-Geheimnis für Go Cards enthält Steuerzeichen oder unsichtbare Schreibrichtungszeichen; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>A secret saved for another address is never sent to %1; give this address&apos;s own secret in TEMPCARDS_GOCARDS_CLIENT_SECRET.</source>
        <translation>Ein für eine andere Adresse gespeichertes Geheimnis wird nie an %1 gesendet; geben Sie das eigene Geheimnis dieser Adresse in TEMPCARDS_GOCARDS_CLIENT_SECRET an.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionCheckJob</name>
    <message>
        <source>Test the Go Cards connection</source>
        <translation>Die Go-Cards-Verbindung testen</translation>
    </message>
    <message>
        <source>Connected: Nexus GO Cards at %1 accepted client %2.</source>
        <translation>Verbunden: Nexus GO Cards unter %1 hat Client %2 akzeptiert.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionPage</name>
    <message>
        <source>Go Cards address</source>
        <translation>Go-Cards-Adresse</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Nur für eine private Zertifizierungsstelle: ihre Zertifikate in PEM. Die des Systems gelten immer als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Only when Go Cards asks for one: the certificate in PEM.</source>
        <translation>Nur wenn Go Cards eines verlangt: das Zertifikat in PEM.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Organisation id:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Ve&amp;rtrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Saved; type a new secret to replace it</source>
        <translation>Gespeichert; geben Sie ein neues Geheimnis ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>A key is saved; paste or load a new one to replace it.</source>
        <translation>Ein Schlüssel ist gespeichert; fügen Sie einen neuen ein oder laden Sie ihn, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>The private key of the client certificate, unencrypted PEM.</source>
        <translation>Der private Schlüssel des Client-Zertifikats, unverschlüsseltes PEM.</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <source>Not saved yet: this workstation uses the connection it was started with.</source>
        <translation>Noch nicht gespeichert: dieser Arbeitsplatz verwendet die Verbindung, mit der er gestartet wurde.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>On this workstation the command line or environment sets the %1; those win over the saved values.</source>
        <translation>Auf diesem Arbeitsplatz legen Befehlszeile oder Umgebung die %1 fest; diese haben Vorrang vor den gespeicherten Werten.</translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for a token…</source>
        <translation>Nexus GO Cards wird um ein Token gebeten…</translation>
    </message>
    <message>
        <source>Your organisation&apos;s id at Nexus GO Cards</source>
        <translation>Die ID Ihrer Organisation bei Nexus GO Cards</translation>
    </message>
    <message>
        <source>The id of the API client Nexus GO Cards issued for tempcards</source>
        <translation>Die ID des API-Clients, den Nexus GO Cards für tempcards ausgestellt hat</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign Go Cards&apos; server certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Zertifikate der Stellen, die das Serverzertifikat von Go Cards signieren dürfen, in PEM; leer vertraut denen des Systems</translation>
    </message>
    <message>
        <source>The certificate tempcards shows Go Cards when it asks for one, in PEM</source>
        <translation>Das Zertifikat, das tempcards Go Cards vorlegt, wenn es eines verlangt, in PEM</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM; stored in the database</source>
        <translation>Der private Schlüssel des Client-Zertifikats, in PEM; in der Datenbank gespeichert</translation>
    </message>
    <message>
        <source>The result of the last connection test or save</source>
        <translation>Das Ergebnis des letzten Verbindungstests oder Speicherns</translation>
    </message>
    <message>
        <source>Log in to Go Cards with these settings without saving them</source>
        <translation>Sich mit diesen Einstellungen bei Go Cards anmelden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>Adresse (&amp;URL):</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Loa&amp;d…</source>
        <translation>La&amp;den…</translation>
    </message>
    <message>
        <source>Lo&amp;ad…</source>
        <translation>Lade&amp;n…</translation>
    </message>
    <message>
        <source>Which connection is saved, or that none is</source>
        <translation>Welche Verbindung gespeichert ist oder dass keine gespeichert ist</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionService</name>
    <message>
        <source>The address changed: type the client secret again to use it with %1.</source>
        <translation>Die Adresse hat sich geändert: geben Sie das Client-Geheimnis erneut ein, um es mit %1 zu verwenden.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Save the Go Cards connection</source>
        <translation>Die Go-Cards-Verbindung speichern</translation>
    </message>
    <message>
        <source>The Go Cards connection was saved.</source>
        <translation>Die Go-Cards-Verbindung wurde gespeichert.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved client secret and key: type them again to test the connection from here.</source>
        <translation>Auf dieser Datenbank kann nur die Stapelsynchronisation das gespeicherte Client-Geheimnis und den Schlüssel lesen: Geben Sie sie erneut ein, um die Verbindung von hier aus zu testen.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsEvents</name>
    <message>
        <source>the events page has no events list or no next cursor</source>
        <translation>die Ereignisseite hat keine Ereignisliste oder keinen nächsten Cursor</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsMessages</name>
    <message>
        <source>the token type is not Bearer</source>
        <translation>der Token-Typ ist nicht Bearer</translation>
    </message>
    <message>
        <source>the field &quot;expiresIn&quot; is missing or out of range</source>
        <translation>das Feld „expiresIn“ fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the field &quot;createdAt&quot; is missing or is not a date</source>
        <translation>das Feld „createdAt“ fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <source>the field &quot;cards&quot; is missing or is not a list</source>
        <translation>das Feld „cards“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>a card has the unexpected state &quot;%1&quot;</source>
        <translation>eine Karte hat den unerwarteten Status „%1“</translation>
    </message>
    <message>
        <source>the field &quot;orders&quot; is missing or is not a list</source>
        <translation>das Feld &quot;orders&quot; fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>the field &quot;more&quot; is not true or false</source>
        <translation>das Feld &quot;more&quot; ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsRequestJob</name>
    <message>
        <source>Nexus GO Cards did not answer within %1 seconds.</source>
        <translation>Nexus GO Cards hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The request to Nexus GO Cards was cancelled.</source>
        <translation>Die Anfrage an Nexus GO Cards wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nexus GO Cards stopped sending for more than %1 seconds.</source>
        <translation>Nexus GO Cards hat mehr als %1 Sekunden lang nichts gesendet.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the order as invalid%1.</source>
        <translation>Nexus GO Cards hat die Bestellung als ungültig abgelehnt%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the credentials (client id, client secret or organisation id). An administrator must correct them.</source>
        <translation>Nexus GO Cards hat die Zugangsdaten abgelehnt (Client-ID, Client-Geheimnis oder Organisations-ID). Ein Administrator muss sie korrigieren.</translation>
    </message>
    <message>
        <source>Nexus GO Cards no longer accepts the login token.</source>
        <translation>Nexus GO Cards akzeptiert das Anmeldetoken nicht mehr.</translation>
    </message>
    <message>
        <source>Nexus GO Cards is still working on this order.</source>
        <translation>Nexus GO Cards arbeitet noch an dieser Bestellung.</translation>
    </message>
    <message>
        <source>Nexus GO Cards reports that this order&apos;s key was used before with different content. This is a fault in tempcards: the order was stopped and must be reported%1.</source>
        <translation>Nexus GO Cards meldet, dass der Schlüssel dieser Bestellung schon einmal mit anderem Inhalt verwendet wurde. Das ist ein Fehler in tempcards: die Bestellung wurde angehalten und muss gemeldet werden%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to wait %1 seconds before trying again.</source>
        <translation>Nexus GO Cards bat, %1 Sekunden zu warten, bevor es erneut versucht wird.</translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to slow down.</source>
        <translation>Nexus GO Cards bat, langsamer zu werden.</translation>
    </message>
    <message>
        <source>Nexus GO Cards reported a problem on its side (HTTP %1)%2.</source>
        <translation>Nexus GO Cards meldete ein Problem auf seiner Seite (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not be reached at %1%2.</source>
        <translation>Nexus GO Cards war unter %1 nicht erreichbar%2.</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with a redirect to %1; tempcards never follows redirects to Go Cards. Check the Go Cards URL.</source>
        <translation>Nexus GO Cards antwortete mit einer Umleitung nach %1; tempcards folgt Umleitungen zu Go Cards nie. Prüfen Sie die Go-Cards-URL.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer larger than 1 MiB; it was refused.</source>
        <translation>Nexus GO Cards hat eine Antwort über 1 MiB gesendet; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer that tempcards cannot read%1.</source>
        <translation>Nexus GO Cards hat eine Antwort gesendet, die tempcards nicht lesen kann%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with the unexpected HTTP status %1%2.</source>
        <translation>Nexus GO Cards antwortete mit dem unerwarteten HTTP-Status %1%2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2). If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden (%2). Wenn Go Cards ein Client-Zertifikat verlangt, muss ein Administrator eines festlegen.</translation>
    </message>
    <message>
        <source>If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation>Wenn Go Cards ein Client-Zertifikat verlangt, muss ein Administrator eines festlegen.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsTls</name>
    <message>
        <source>The trusted certificates for Go Cards are not PEM certificates.</source>
        <translation>Die vertrauenswürdigen Zertifikate für Go Cards sind keine PEM-Zertifikate.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen privaten Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate for Go Cards is not a PEM certificate.</source>
        <translation>Das Client-Zertifikat für Go Cards ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client key for Go Cards is not an unencrypted PEM RSA or EC private key.</source>
        <translation>Der Client-Schlüssel für Go Cards ist kein unverschlüsselter privater RSA- oder EC-Schlüssel in PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2, so the connection was refused.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen, daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2, so the connection was refused.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig, daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for another host (%2), so the connection was refused.</source>
        <translation>Das von %1 vorgelegte Zertifikat gilt für einen anderen Host (%2), daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it is self-signed, or its issuer is not among the trusted certificates. An administrator can add the issuer&apos;s certificate in the Go Cards settings.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: es ist selbstsigniert, oder sein Aussteller gehört nicht zu den vertrauenswürdigen Zertifikaten. Ein Administrator kann das Zertifikat des Ausstellers in den Go-Cards-Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutDialog</name>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, gültig bis %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The cards this process is for</source>
        <translation>Die Karten, für die dieser Prozess gilt</translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutService</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the export could not be recorded in the audit trail. %1</source>
        <translation>Es wurde nichts exportiert: Der Export konnte nicht im Prüfprotokoll vermerkt werden. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::HeldBatchDecisionJob</name>
    <message>
        <source>The held order could not be read; see the log.</source>
        <translation>Der zurückgehaltene Auftrag konnte nicht gelesen werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards could not say whether it holds the cards: %1</source>
        <translation>Nicht fehlgeschlagen gesetzt, weil Nexus GO Cards nicht sagen konnte, ob es die Karten hat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not failed, because Nexus GO Cards holds its cards in %n orders.</source>
        <translation>
            <numerusform>Nicht fehlgeschlagen gesetzt, weil Nexus GO Cards seine Karten in %n Auftrag hat.</numerusform>
            <numerusform>Nicht fehlgeschlagen gesetzt, weil Nexus GO Cards seine Karten in %n Aufträgen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards holds an order of these cards that does not match it (%1).</source>
        <translation>Nicht fehlgeschlagen gesetzt, weil Nexus GO Cards einen Auftrag dieser Karten hat, der nicht zu ihm passt (%1).</translation>
    </message>
    <message>
        <source>The held order was not failed: Nexus GO Cards holds it, so its cards are ordered.</source>
        <translation>Der zurückgehaltene Auftrag wurde nicht fehlgeschlagen gesetzt: Nexus GO Cards hat ihn, daher sind seine Karten bestellt.</translation>
    </message>
    <message>
        <source>Carrying out the decision was stopped; it is carried out at the next run.</source>
        <translation>Die Ausführung der Entscheidung wurde abgebrochen; sie wird beim nächsten Lauf ausgeführt.</translation>
    </message>
</context>
<context>
    <name>tempcards::HeldOrdersDialog</name>
    <message>
        <source>Held orders</source>
        <translation>Zurückgehaltene Aufträge</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered these orders in a way that sending them again cannot change, so they were set aside and the other orders went on. Send one again once the cause is fixed, or fail its cards with a reason. The batch sync carries out your decision, and asks Nexus GO Cards first whether it holds the cards.</source>
        <translation>Nexus GO Cards hat diese Aufträge so beantwortet, dass erneutes Senden nichts ändern kann; sie wurden daher zurückgehalten, und die anderen Aufträge liefen weiter. Senden Sie einen erneut, sobald die Ursache behoben ist, oder setzen Sie seine Karten mit einem Grund auf fehlgeschlagen. Die Stapelsynchronisation führt Ihre Entscheidung aus und fragt zuerst Nexus GO Cards, ob es die Karten hat.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Zurückgehalten seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why the cards fail</source>
        <translation>Warum die Karten fehlschlagen</translation>
    </message>
    <message>
        <source>Why the cards fail (needed to fail them)</source>
        <translation>Warum die Karten fehlschlagen (nötig, um sie fehlschlagen zu lassen)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Fail the cards</source>
        <translation>Karten &amp;fehlschlagen lassen</translation>
    </message>
    <message>
        <source>Each held order: its cards, since when, why, and the decision the batch sync has yet to carry out</source>
        <translation>Jeder zurückgehaltene Auftrag: seine Karten, seit wann, warum, und die Entscheidung, die die Stapelsynchronisation noch ausführen muss</translation>
    </message>
    <message>
        <source>The reason the failed cards will show</source>
        <translation>Der Grund, den die fehlgeschlagenen Karten zeigen werden</translation>
    </message>
    <message>
        <source>Send the selected order again at the next batch sync</source>
        <translation>Den ausgewählten Auftrag bei der nächsten Stapelsynchronisation erneut senden</translation>
    </message>
    <message>
        <source>Fail the selected order&apos;s cards with the reason, unless Nexus GO Cards holds them</source>
        <translation>Die Karten des ausgewählten Auftrags mit dem Grund fehlschlagen lassen, außer Nexus GO Cards hat sie</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>to send again (%1)</source>
        <translation>erneut senden (%1)</translation>
    </message>
    <message>
        <source>to fail (%1): %2</source>
        <translation>fehlschlagen lassen (%1): %2</translation>
    </message>
    <message>
        <source>No order is held.</source>
        <translation>Kein Auftrag ist zurückgehalten.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>tempcards::HoldingCells</name>
    <message>
        <source>holds it</source>
        <translation>hat sie</translation>
    </message>
</context>
<context>
    <name>tempcards::ImportPeopleDialog</name>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>HR export file</source>
        <translation>HR-Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>The whole staff</source>
        <translation>Das gesamte Personal</translation>
    </message>
    <message>
        <source>The &amp;whole staff: people it leaves out become inactive</source>
        <translation>Das &amp;gesamte Personal: nicht genannte Personen werden inaktiv</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Nur einige Personen</translation>
    </message>
    <message>
        <source>&amp;Only some people: the others stay as they are</source>
        <translation>&amp;Nur einige Personen: die anderen bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>HR export</source>
        <translation>HR-Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, with a header naming the columns</source>
        <translation>Die CSV-Datei, UTF-8, mit einer Kopfzeile, die die Spalten nennt</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <source>People the file does not name become inactive</source>
        <translation>Personen, die die Datei nicht nennt, werden inaktiv</translation>
    </message>
    <message>
        <source>People the file does not name are left alone</source>
        <translation>Personen, die die Datei nicht nennt, bleiben unverändert</translation>
    </message>
    <message>
        <source>Each line of the file that was refused, and why</source>
        <translation>Jede abgelehnte Zeile der Datei und warum</translation>
    </message>
    <message>
        <source>Add and update the people of the file</source>
        <translation>Die Personen der Datei hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation>%1 ist größer als %2 MB; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
</context>
<context>
    <name>tempcards::InitializeDialog</name>
    <message>
        <source>Chip UID</source>
        <translation>Chip-UID</translation>
    </message>
    <message>
        <source>The UID of the card&apos;s chip, as hexadecimal digits</source>
        <translation>Die UID des Kartenchips als Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Chip &amp;UID:</source>
        <translation>Chip-&amp;UID:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The cards of this delivery</source>
        <translation>Die Karten dieser Lieferung</translation>
    </message>
    <message>
        <source>Read the UID from the card with your card reader, or type it from the card.</source>
        <translation>Lesen Sie die UID mit Ihrem Kartenleser von der Karte, oder tippen Sie sie von der Karte ab.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The card to read now</source>
        <translation>Die Karte, die jetzt zu lesen ist</translation>
    </message>
    <message>
        <source>Where each card of the delivery stands</source>
        <translation>Wo jede Karte der Lieferung steht</translation>
    </message>
    <message>
        <source>Initialize this card with the chip UID (Enter)</source>
        <translation>Diese Karte mit der Chip-UID initialisieren (Eingabe)</translation>
    </message>
    <message>
        <source>Leave this card for later and go to the next</source>
        <translation>Diese Karte für später lassen und zur nächsten gehen</translation>
    </message>
    <message>
        <source>Stop here; the cards done stay done (Esc)</source>
        <translation>Hier aufhören; erledigte Karten bleiben erledigt (Esc)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Karte %1: %2</translation>
    </message>
    <message>
        <source>Card %1 (%2): %3</source>
        <translation>Karte %1 (%2): %3</translation>
    </message>
    <message>
        <source>Card %1 of %2: card %3, Go Cards card id %4.</source>
        <translation>Karte %1 von %2: Karte %3, Go-Cards-Karten-ID %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ready to hand out</source>
        <translation>bereit zur Ausgabe</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation>Karte %1 ist initialisiert und bereit zur Ausgabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) initialized and ready to hand out.</source>
        <translation>
            <numerusform>%n Karte initialisiert und bereit zur Ausgabe.</numerusform>
            <numerusform>%n Karten initialisiert und bereit zur Ausgabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether a card reader reads the UID</source>
        <translation>Ob ein Kartenlesegerät die UID liest</translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation>Kartenlesegerät wird gesucht …</translation>
    </message>
    <message>
        <source>Read from the card on %1.</source>
        <translation>Von der Karte auf %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 Type the UID from the card.</source>
        <translation>%1 Geben Sie die UID von der Karte ein.</translation>
    </message>
    <message>
        <source>%1 Put the card on the reader again, or type its UID.</source>
        <translation>%1 Legen Sie die Karte erneut auf das Lesegerät oder geben Sie ihre UID ein.</translation>
    </message>
</context>
<context>
    <name>tempcards::InitializeTemporaryCard</name>
    <message>
        <source>Enter the chip UID.</source>
        <translation>Geben Sie die Chip-UID ein.</translation>
    </message>
    <message>
        <source>A chip UID has only the hexadecimal digits 0-9 and A-F.</source>
        <translation>Eine Chip-UID hat nur die Hexadezimalziffern 0-9 und A-F.</translation>
    </message>
    <message>
        <source>A chip UID has 8, 14 or 20 hexadecimal digits (4, 7 or 10 bytes); this one has %1.</source>
        <translation>Eine Chip-UID hat 8, 14 oder 20 Hexadezimalziffern (4, 7 oder 10 Byte); diese hat %1.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Es gibt keine Karte %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2; only produced cards can be initialized.</source>
        <translation>Karte %1 ist %2; nur produzierte Karten können initialisiert werden.</translation>
    </message>
    <message>
        <source>The chip UID %1 is not the one Nexus GO Cards reported for card %2 (%3). Check that this is the right card.</source>
        <translation>Die Chip-UID %1 ist nicht die, die Nexus GO Cards für Karte %2 gemeldet hat (%3). Prüfen Sie, ob dies die richtige Karte ist.</translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation>Karte %1 hat sich inzwischen geändert; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation>Karte %1 ist initialisiert und kann ausgegeben werden.</translation>
    </message>
</context>
<context>
    <name>tempcards::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>tempcards will use %1 from the next start.</source>
        <translation>tempcards verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>The language could not be saved: %1 cannot be written.</source>
        <translation>Die Sprache konnte nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tempcards::LdapClient</name>
    <message>
        <source>The directory at %1 cannot be reached: %2</source>
        <translation>Das Verzeichnis unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The directory at %1 did not prove who it is: its certificate is not trusted or does not name %1.</source>
        <translation>Das Verzeichnis unter %1 hat nicht nachgewiesen, wer es ist: Seinem Zertifikat wird nicht vertraut, oder es nennt nicht %1.</translation>
    </message>
    <message>
        <source>The directory at %1 did not answer in time.</source>
        <translation>Das Verzeichnis unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The directory refused the bind DN or password.</source>
        <translation>Das Verzeichnis hat Bind-DN oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the directory</source>
        <translation>Das Lesen des Verzeichnisses</translation>
    </message>
    <message>
        <source>The directory&apos;s address cannot be used.</source>
        <translation>Die Adresse des Verzeichnisses ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The trusted certificates could not be prepared.</source>
        <translation>Die vertrauenswürdigen Zertifikate konnten nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>TLS could not be set up for the directory.</source>
        <translation>TLS konnte für das Verzeichnis nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>Binding to the directory</source>
        <translation>Die Anmeldung am Verzeichnis</translation>
    </message>
    <message>
        <source>The directory is not connected.</source>
        <translation>Das Verzeichnis ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>tempcards::LockDialog</name>
    <message>
        <source>A locked card can never be used again. The reason is kept with the card and in the audit trail.</source>
        <translation>Eine gesperrte Karte kann nie wieder benutzt werden. Der Grund bleibt bei der Karte und im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>For example: damaged, stolen, not returned</source>
        <translation>Zum Beispiel: beschädigt, gestohlen, nicht zurückgegeben</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why the cards are locked; required</source>
        <translation>Warum die Karten gesperrt werden; erforderlich</translation>
    </message>
    <message>
        <source>Lock the cards listed for good (Enter)</source>
        <translation>Die aufgeführten Karten endgültig sperren (Eingabe)</translation>
    </message>
</context>
<context>
    <name>tempcards::LoginDialog</name>
    <message>
        <source>Log in to tempcards</source>
        <translation>Bei tempcards anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose a new password.</source>
        <translation>Melden Sie sich erneut an, wenn Sie bereit sind, ein neues Passwort zu wählen.</translation>
    </message>
    <message>
        <source>Your tempcards user name</source>
        <translation>Ihr tempcards-Benutzername</translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation>Ihr tempcards-Passwort</translation>
    </message>
    <message>
        <source>Log in with this user name and password (Enter)</source>
        <translation>Mit diesem Benutzernamen und Passwort anmelden (Eingabe)</translation>
    </message>
    <message>
        <source>Close tempcards without logging in</source>
        <translation>tempcards schließen, ohne sich anzumelden</translation>
    </message>
</context>
<context>
    <name>tempcards::MailConfig</name>
    <message>
        <source>The mail server&apos;s host is missing.</source>
        <translation>Der Host des Mailservers fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The user name is too long or holds control or invisible characters.</source>
        <translation>Der Benutzername ist zu lang oder enthält Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The password is missing (without a user, no AUTH is used).</source>
        <translation>Das Passwort fehlt (ohne Benutzer wird kein AUTH verwendet).</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Das Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The password holds control characters.</source>
        <translation>Das Passwort enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The sender&apos;s address is missing.</source>
        <translation>Die Absenderadresse fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the sender.</source>
        <translation>„%1“ ist keine E-Mail-Adresse für den Absender.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the copy.</source>
        <translation>„%1“ ist keine E-Mail-Adresse für die Kopie.</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die vertrauenswürdigen Zertifikate sind keine PEM-Zertifikate („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limits are out of range.</source>
        <translation>Die Zeitgrenzen des Mailservers liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailConnectionService</name>
    <message>
        <source>Save the mail server settings</source>
        <translation>Mailserver-Einstellungen speichern</translation>
    </message>
    <message>
        <source>The mail server settings were saved.</source>
        <translation>Die Mailserver-Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Remove the mail server</source>
        <translation>Mailserver entfernen</translation>
    </message>
    <message>
        <source>The mail server was removed; due reminders are listed and not sent.</source>
        <translation>Der Mailserver wurde entfernt; fällige Erinnerungen werden aufgelistet und nicht gesendet.</translation>
    </message>
    <message>
        <source>No mail server is set; due reminders are listed and not sent.</source>
        <translation>Es ist kein Mailserver festgelegt; fällige Erinnerungen werden aufgelistet und nicht gesendet.</translation>
    </message>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the mail server&apos;s password, so the reminders are sent there.</source>
        <translation>In dieser Datenbank kann nur der Batch-Sync (tempcards-sync) das Passwort des Mailservers lesen; die Erinnerungen werden daher dort gesendet.</translation>
    </message>
    <message>
        <source>The host, port or user changed: type the password again to use it with %1.</source>
        <translation>Host, Port oder Benutzer hat sich geändert: Geben Sie das Passwort erneut ein, um es mit %1 zu verwenden.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved mail password: type it again to test the mail server from here.</source>
        <translation>In dieser Datenbank kann nur der Batch-Sync das gespeicherte Mail-Passwort lesen: Geben Sie es erneut ein, um den Mailserver von hier aus zu testen.</translation>
    </message>
    <message>
        <source>Test the mail server</source>
        <translation>Mailserver testen</translation>
    </message>
    <message>
        <source>Enter the operators&apos; copy address: the test message goes there, as mail goes only to a card&apos;s holder or to that address.</source>
        <translation>Geben Sie die Kopieadresse der Operatoren ein: Die Testnachricht geht dorthin, denn Mails gehen nur an den Inhaber einer Karte oder an diese Adresse.</translation>
    </message>
    <message>
        <source>tempcards: test message</source>
        <translation>tempcards: Testnachricht</translation>
    </message>
    <message>
        <source>This message was sent by %1 from the tempcards settings to test the mail server %2.</source>
        <translation>Diese Nachricht hat %1 aus den Einstellungen von tempcards gesendet, um den Mailserver %2 zu testen.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, von der gesendet werden kann.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The subject is too long or holds control or invisible characters.</source>
        <translation>Der Betreff ist zu lang oder enthält Steuer- oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The message id is not one.</source>
        <translation>Die Nachrichten-ID ist keine.</translation>
    </message>
    <message>
        <source>The message has no date.</source>
        <translation>Die Nachricht hat kein Datum.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailPage</name>
    <message>
        <source>Mail server host</source>
        <translation>Host des Mailservers</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS, usually port 465)</source>
        <translation>TLS von Anfang an (SMTPS, meist Port 465)</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>Mail-Benutzer</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Leer: der Server nimmt Mail ohne Anmeldung an</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopieadresse</translation>
    </message>
    <message>
        <source>Optional: the card desk&apos;s address, which gets a copy of every reminder</source>
        <translation>Optional: die Adresse der Kartenausgabe, die eine Kopie jeder Erinnerung erhält</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Nur für eine private CA: ihre Zertifikate in PEM. Denen des Systems wird immer vertraut.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Absen&amp;der:</translation>
    </message>
    <message>
        <source>Cop&amp;y to:</source>
        <translation>&amp;Kopie an:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Ve&amp;rtrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Re&amp;move mail server</source>
        <translation>Mailserver &amp;entfernen</translation>
    </message>
    <message>
        <source>The organisation&apos;s mail server, by host name or address</source>
        <translation>Der Mailserver der Organisation, als Hostname oder Adresse</translation>
    </message>
    <message>
        <source>The mail server&apos;s port: 587 for STARTTLS, 465 for SMTPS</source>
        <translation>Der Port des Mailservers: 587 für STARTTLS, 465 für SMTPS</translation>
    </message>
    <message>
        <source>How the connection is encrypted; mail is never sent in the clear, and the server&apos;s certificate is always verified</source>
        <translation>Wie die Verbindung verschlüsselt wird; Mail wird nie unverschlüsselt gesendet, und das Zertifikat des Servers wird immer geprüft</translation>
    </message>
    <message>
        <source>The account tempcards logs in to the mail server as</source>
        <translation>Das Konto, mit dem sich tempcards am Mailserver anmeldet</translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation>Nur schreibbar: in der Datenbank für die Stapelsynchronisation gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>The address the reminders come from</source>
        <translation>Die Adresse, von der die Erinnerungen kommen</translation>
    </message>
    <message>
        <source>An operators&apos; address that gets a copy of every reminder, and the test message; optional</source>
        <translation>Eine Adresse der Bediener, die eine Kopie jeder Erinnerung und die Testnachricht erhält; optional</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the mail server&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Zertifikate der Stellen, die das Zertifikat des Mailservers signieren dürfen, in PEM; leer vertraut denen des Systems</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Das Ergebnis des letzten Tests oder Speicherns</translation>
    </message>
    <message>
        <source>Send one test message to the copy address with these settings, without saving them</source>
        <translation>Eine Testnachricht mit diesen Einstellungen an die Kopieadresse senden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>No mail server any more: due reminders are listed and not sent</source>
        <translation>Kein Mailserver mehr: fällige Erinnerungen werden aufgeführt und nicht gesendet</translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation>Gespeichert; ein neues Passwort eingeben, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Required with a user</source>
        <translation>Mit einem Benutzer erforderlich</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>Der Mailserver hat die Testnachricht für %1 angenommen.</translation>
    </message>
    <message>
        <source>No mail server is set: due reminders are only listed, in View › Cards out and stock.</source>
        <translation>Es ist kein Mailserver eingestellt: fällige Erinnerungen werden nur aufgeführt, unter Ansicht › Ausgegebene Karten und Bestand.</translation>
    </message>
    <message>
        <source>Which mail server is saved, or that none is</source>
        <translation>Welcher Mailserver gespeichert ist oder dass keiner gespeichert ist</translation>
    </message>
</context>
<context>
    <name>tempcards::MailSendJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::MainWindow</name>
    <message>
        <source>tempcards — %1</source>
        <translation>tempcards — %1</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Choose what to search for and which processes to offer</source>
        <translation>Wählen Sie, wonach gesucht wird und welche Prozesse angeboten werden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>Temporäre Karte</translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation>S&amp;chnellsuche:</translation>
    </message>
    <message>
        <source>Choose what to work on in Quick search.</source>
        <translation>Wählen Sie in der Schnellsuche, woran Sie arbeiten möchten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About tempcards</source>
        <translation>Ü&amp;ber tempcards</translation>
    </message>
    <message>
        <source>About tempcards</source>
        <translation>Über tempcards</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;tempcards %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;tempcards %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Temporäre Ausweiskarten bei Nexus GO Cards bestellen und verfolgen, bis sie ausgegeben werden können.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0. Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Datenbank: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run the batch sync now</source>
        <translation>Stapelsynchronisation &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search cards</source>
        <translation>Karten &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Quick search</source>
        <translation>S&amp;chnellsuche</translation>
    </message>
    <message>
        <source>&amp;Held orders…</source>
        <translation>&amp;Zurückgehaltene Aufträge…</translation>
    </message>
    <message>
        <source>&amp;Unknown cards…</source>
        <translation>&amp;Unbekannte Karten…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Cards &amp;out and stock…</source>
        <translation>Ausgegebene Karten und &amp;Bestand…</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>The tools that do not fit in the window&apos;s width</source>
        <translation>Die Werkzeuge, die nicht in die Breite des Fensters passen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The batch sync, the database, the card stock and who is logged in</source>
        <translation>Die Stapelsynchronisation, die Datenbank, der Kartenbestand und wer angemeldet ist</translation>
    </message>
</context>
<context>
    <name>tempcards::Migrator</name>
    <message>
        <source>The database holds tables of another application, not of tempcards. Choose a new or a tempcards database; this one was not changed.</source>
        <translation>Die Datenbank enthält Tabellen einer anderen Anwendung, nicht von tempcards. Wählen Sie eine neue oder eine tempcards-Datenbank; diese wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of tempcards (schema version %1; this version knows up to %2). Use the newer version; the database was not changed.</source>
        <translation>Die Datenbank wurde von einer neueren Version von tempcards angelegt (Schemaversion %1; diese Version kennt bis %2). Verwenden Sie die neuere Version; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database could not be brought up to date, so it was left as it was. %1</source>
        <translation>Die Datenbank konnte nicht auf den neuesten Stand gebracht werden und blieb daher, wie sie war. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Das Konto wird angelegt…</translation>
    </message>
    <message>
        <source>Create the account with these roles (Enter)</source>
        <translation>Das Konto mit diesen Rollen anlegen (Eingabe)</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Anl&amp;egen</translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>What the last action did, or why it failed</source>
        <translation>Was die letzte Aktion bewirkt hat oder warum sie fehlschlug</translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationsMenu</name>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-Be&amp;nachrichtigungen</translation>
    </message>
    <message>
        <source>Cards &amp;produced</source>
        <translation>Karten &amp;produziert</translation>
    </message>
    <message>
        <source>Cards &amp;failed</source>
        <translation>Karten &amp;fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Batch sync failing or working again</source>
        <translation>&amp;Stapelsynchronisation schlägt fehl oder funktioniert wieder</translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation>&amp;Geringer Bestand</translation>
    </message>
    <message>
        <source>Tell the desktop when this happens, also while the window is hidden</source>
        <translation>Dem Desktop melden, wenn dies geschieht, auch während das Fenster verborgen ist</translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScript</name>
    <message>
        <source>expected an option name</source>
        <translation>Optionsname erwartet</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the option name</source>
        <translation>„=“ nach dem Optionsnamen erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the value; start a comment with //</source>
        <translation>unerwarteter Text nach dem Wert; beginnen Sie einen Kommentar mit //</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is set twice (first on line %2)</source>
        <translation>Option „%1“ ist doppelt gesetzt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>expected a value: a string in double quotes, a number, true, false or a list in [ ]</source>
        <translation>Wert erwartet: eine Zeichenkette in doppelten Anführungszeichen, eine Zahl, true, false oder eine Liste in [ ]</translation>
    </message>
    <message>
        <source>unknown escape sequence \%1 in a string</source>
        <translation>unbekannte Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line</source>
        <translation>die Zeichenkette ist vor dem Zeilenende nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the list is not closed with ]</source>
        <translation>die Liste ist nicht mit ] geschlossen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation>„,“ oder „]“ in der Liste erwartet</translation>
    </message>
    <message>
        <source>lists are nested more than %1 deep</source>
        <translation>Listen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScriptTab</name>
    <message>
        <source>Temporary card options script</source>
        <translation>Optionsskript der temporären Karte</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Version %1, %2, by %3</source>
        <translation>Version %1, %2, von %3</translation>
    </message>
    <message>
        <source>The built-in defaults</source>
        <translation>Die eingebauten Standardwerte</translation>
    </message>
    <message>
        <source>Restore the chosen version into the editor</source>
        <translation>Die gewählte Version in den Editor übernehmen</translation>
    </message>
    <message>
        <source>Sa&amp;ved versions:</source>
        <translation>Gespeicherte &amp;Versionen:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Nicht gültig: %1</translation>
    </message>
    <message>
        <source>The script is valid.</source>
        <translation>Das Skript ist gültig.</translation>
    </message>
    <message>
        <source>The options script of the temporary card; it is checked as you type</source>
        <translation>Das Optionsskript der temporären Karte; es wird beim Tippen geprüft</translation>
    </message>
    <message>
        <source>Earlier saved versions of the options script</source>
        <translation>Früher gespeicherte Versionen des Optionsskripts</translation>
    </message>
    <message>
        <source>Put the chosen earlier version into the editor; Save keeps it</source>
        <translation>Die gewählte frühere Version in den Editor setzen; „Speichern“ behält sie</translation>
    </message>
    <message>
        <source>Res&amp;tore into the editor</source>
        <translation>In den Editor &amp;übernehmen</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>Sk&amp;ript:</translation>
    </message>
    <message>
        <source>Whether the script as typed can be saved, or where it is wrong</source>
        <translation>Ob das Skript so gespeichert werden kann oder wo es falsch ist</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderDialog</name>
    <message>
        <source>Amount</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>How many temporary cards to order, from 1 to 9</source>
        <translation>Wie viele temporäre Karten bestellt werden, von 1 bis 9</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>Waiting for Nexus GO Cards</source>
        <translation>Warten auf Nexus GO Cards</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n card(s) from Nexus GO Cards…</source>
        <translation>
            <numerusform>%n Karte wird bei Nexus GO Cards bestellt…</numerusform>
            <numerusform>%n Karten werden bei Nexus GO Cards bestellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Order the chosen amount of temporary cards (Enter)</source>
        <translation>Die gewählte Anzahl temporärer Karten bestellen (Eingabe)</translation>
    </message>
    <message>
        <source>Close without ordering (Esc)</source>
        <translation>Schließen, ohne zu bestellen (Esc)</translation>
    </message>
    <message>
        <source>Send the same order to Nexus GO Cards again; no card is ordered twice</source>
        <translation>Dieselbe Bestellung erneut an Nexus GO Cards senden; keine Karte wird doppelt bestellt</translation>
    </message>
    <message>
        <source>Close this dialog; the cards stay as shown</source>
        <translation>Diesen Dialog schließen; die Karten bleiben wie angezeigt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLog</name>
    <message>
        <source>in order %1 of Nexus GO Cards; not in this database</source>
        <translation>im Auftrag %1 von Nexus GO Cards; nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown aborted in this database</source>
        <translation>im Auftrag %1 von Nexus GO Cards; in dieser Datenbank als abgebrochen geführt</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown failed in this database</source>
        <translation>im Auftrag %1 von Nexus GO Cards; in dieser Datenbank als fehlgeschlagen geführt</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; this database has no order for it</source>
        <translation>im Auftrag %1 von Nexus GO Cards; diese Datenbank hat keinen Auftrag dafür</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLogJob</name>
    <message>
        <source>Nexus GO Cards sent a page of its order log that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Seite seines Auftragsprotokolls gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Reading Nexus GO Cards&apos; order log was stopped.</source>
        <translation>Das Lesen des Auftragsprotokolls von Nexus GO Cards wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLookupJob</name>
    <message>
        <source>Nexus GO Cards sent a list of orders that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Auftragsliste gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for its orders was stopped.</source>
        <translation>Die Abfrage der Aufträge bei Nexus GO Cards wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCards</name>
    <message>
        <source>The amount must be a whole number from %1 to %2; &quot;%3&quot; is not a number.</source>
        <translation>Die Anzahl muss eine ganze Zahl von %1 bis %2 sein; „%3“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2.</source>
        <translation>Die Anzahl muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2, not %3.</source>
        <translation>Die Anzahl muss eine ganze Zahl von %1 bis %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>The production type &quot;%1&quot; cannot be ordered by this client.</source>
        <translation>Die Produktionsart „%1“ kann von diesem Client nicht bestellt werden.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCardsJob</name>
    <message numerus="yes">
        <source>%n temporary card(s) put in the queue (processing), waiting to be ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n temporäre Karte in die Warteschlange gelegt (in Bearbeitung), wartet auf die Bestellung bei Nexus GO Cards.</numerusform>
            <numerusform>%n temporäre Karten in die Warteschlange gelegt (in Bearbeitung), warten auf die Bestellung bei Nexus GO Cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n temporäre Karte bei Nexus GO Cards bestellt.</numerusform>
            <numerusform>%n temporäre Karten bei Nexus GO Cards bestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>%1 Die %n Karte dieser Bestellung ist jetzt fehlgeschlagen.</numerusform>
            <numerusform>%1 Die %n Karten dieser Bestellung sind jetzt fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) stay in processing with their order saved. The batch sync sends it again with the same order key, so Nexus GO Cards cannot create the cards twice.</source>
        <translation>
            <numerusform>Die %n Karte bleibt mit gespeicherter Bestellung in Bearbeitung. Die Stapelsynchronisation sendet sie erneut mit demselben Bestellschlüssel, sodass Nexus GO Cards die Karte nicht doppelt anlegen kann.</numerusform>
            <numerusform>Die %n Karten bleiben mit gespeicherter Bestellung in Bearbeitung. Die Stapelsynchronisation sendet sie erneut mit demselben Bestellschlüssel, sodass Nexus GO Cards die Karten nicht doppelt anlegen kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. The %n card(s) stay in processing with their order saved; the batch sync sends it as soon as Nexus GO Cards answers.</source>
        <translation>
            <numerusform>Es wurde nichts gesendet. Die %n Karte bleibt mit gespeicherter Bestellung in Bearbeitung; die Stapelsynchronisation sendet sie, sobald Nexus GO Cards antwortet.</numerusform>
            <numerusform>Es wurde nichts gesendet. Die %n Karten bleiben mit gespeicherter Bestellung in Bearbeitung; die Stapelsynchronisation sendet sie, sobald Nexus GO Cards antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation>Jede Karte dieser Bestellung wurde vor dem Senden abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards refused the order. The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>Nexus GO Cards hat die Bestellung abgelehnt. Die %n Karte dieser Bestellung ist jetzt fehlgeschlagen.</numerusform>
            <numerusform>Nexus GO Cards hat die Bestellung abgelehnt. Die %n Karten dieser Bestellung sind jetzt fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch sync has not sent this order yet. The %n card(s) stay in processing with their order saved and are sent with the same order key.</source>
        <translation>
            <numerusform>Die Stapelsynchronisation hat diese Bestellung noch nicht gesendet. Die %n Karte bleibt mit gespeicherter Bestellung in Bearbeitung und wird mit demselben Bestellschlüssel gesendet.</numerusform>
            <numerusform>Die Stapelsynchronisation hat diese Bestellung noch nicht gesendet. Die %n Karten bleiben mit gespeicherter Bestellung in Bearbeitung und werden mit demselben Bestellschlüssel gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No batch sync service is running (tempcards-sync; none has run for 10 minutes), and on this database only it sends orders. The %n card(s) stay in processing with their order saved and are sent when one runs.</source>
        <translation>
            <numerusform>Es läuft kein Stapelsynchronisationsdienst (tempcards-sync; seit 10 Minuten keiner), und auf dieser Datenbank sendet nur er Bestellungen. Die %n Karte bleibt mit gespeicherter Bestellung in Bearbeitung und wird gesendet, sobald einer läuft.</numerusform>
            <numerusform>Es läuft kein Stapelsynchronisationsdienst (tempcards-sync; seit 10 Minuten keiner), und auf dieser Datenbank sendet nur er Bestellungen. Die %n Karten bleiben mit gespeicherter Bestellung in Bearbeitung und werden gesendet, sobald einer läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The order was set aside for an administrator, who can send it again or fail it; the %n card(s) stay in processing until then.</source>
        <translation>
            <numerusform>%1 Der Auftrag wurde für einen Administrator zurückgehalten, der ihn erneut senden oder fehlschlagen lassen kann; die %n Karte bleibt bis dahin in Bearbeitung.</numerusform>
            <numerusform>%1 Der Auftrag wurde für einen Administrator zurückgehalten, der ihn erneut senden oder fehlschlagen lassen kann; die %n Karten bleiben bis dahin in Bearbeitung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PemField</name>
    <message>
        <source>Load %1 from a file</source>
        <translation>%1 aus einer Datei laden</translation>
    </message>
    <message>
        <source>Read the %1 from a PEM file</source>
        <translation>%1 aus einer PEM-Datei lesen</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a PEM file.</source>
        <translation>%1 ist größer als 1 MiB; das ist keine PEM-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleCsv</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <source>text follows a closing double quote; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one; put the whole field in quotes and write the quote twice</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Zeichen doppelt</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (CSV UTF-8) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8 (CSV UTF-8) and import it again</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x%1 an Position %2); speichern Sie sie als UTF-8 (CSV UTF-8) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line naming the columns.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>the header names the %1 column twice</source>
        <translation>die Kopfzeile nennt die Spalte %1 zweimal</translation>
    </message>
    <message>
        <source>the header has no %1 column (it names: %2)</source>
        <translation>die Kopfzeile hat keine Spalte %1 (sie nennt: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1</source>
        <translation>
            <numerusform>%n Feld, aber die Kopfzeile nennt %1</numerusform>
            <numerusform>%n Felder, aber die Kopfzeile nennt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation>die Personalnummer ist leer</translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation>die Person hat weder Vor- noch Nachnamen</translation>
    </message>
    <message>
        <source>the employee id %1 is also on line %2</source>
        <translation>die Personalnummer %1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>the file lists more than %1 people</source>
        <translation>die Datei führt mehr als %1 Personen auf</translation>
    </message>
    <message>
        <source>The file names no people, only its header.</source>
        <translation>Die Datei nennt keine Personen, nur ihre Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleImport</name>
    <message>
        <source>Import cardholders</source>
        <translation>Karteninhaber importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: it has %n problem(s), and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: die Datei hat %n Problem, und nichts wurde geändert. Das erste: %2</numerusform>
            <numerusform>%1 wurde nicht importiert: die Datei hat %n Probleme, und nichts wurde geändert. Das erste: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set inactive</source>
        <translation>
            <numerusform>%n inaktiv gesetzt</numerusform>
            <numerusform>%n inaktiv gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation>%1 importiert: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are held by people who are inactive; see Cards needing attention.</source>
        <translation>
            <numerusform>%n Karte ist bei einer inaktiven Person; siehe Karten, die Aufmerksamkeit brauchen.</numerusform>
            <numerusform>%n Karten sind bei inaktiven Personen; siehe Karten, die Aufmerksamkeit brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed: %2</source>
        <translation>%1 wurde nicht importiert, und nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>Bring cardholders in from the directory</source>
        <translation>Karteninhaber aus dem Verzeichnis übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>The people of %1 were not brought in: %n entry(s) cannot be taken, and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>Die Personen von %1 wurden nicht übernommen: %n Eintrag kann nicht übernommen werden, und nichts wurde geändert. Der erste: %2</numerusform>
            <numerusform>Die Personen von %1 wurden nicht übernommen: %n Einträge können nicht übernommen werden, und nichts wurde geändert. Der erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of %1 were brought in: %2.</source>
        <translation>Die Personen von %1 wurden übernommen: %2.</translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation>Die Personen von %1 wurden nicht übernommen, und nichts wurde geändert: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleSyncJob</name>
    <message>
        <source>The people were not brought in from the directory, and nothing was changed: %1</source>
        <translation>Die Personen wurden nicht aus dem Verzeichnis übernommen, und nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation>Die Personen von %1 wurden nicht übernommen, und nichts wurde geändert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) without an employee id, or with one already taken, were left out.</source>
        <translation>
            <numerusform>%n Eintrag ohne Personalnummer oder mit einer bereits vergebenen wurde ausgelassen.</numerusform>
            <numerusform>%n Einträge ohne Personalnummer oder mit einer bereits vergebenen wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleView</name>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation>Name oder Personalnummer</translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card…</source>
        <translation>Temporäre Karte &amp;zuweisen…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cards and history</source>
        <translation>Karten und Verlauf</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Status jetzt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <source>Find people by the start of a name or the employee id</source>
        <translation>Personen nach dem Anfang eines Namens oder der Personalnummer finden</translation>
    </message>
    <message>
        <source>Hand one of the unassigned cards to the chosen person</source>
        <translation>Der gewählten Person eine der nicht zugewiesenen Karten geben</translation>
    </message>
    <message>
        <source>The people found; choose one to see their cards</source>
        <translation>Die gefundenen Personen; wählen Sie eine, um ihre Karten zu sehen</translation>
    </message>
    <message>
        <source>How many people were found</source>
        <translation>Wie viele Personen gefunden wurden</translation>
    </message>
    <message>
        <source>Whose cards are listed below</source>
        <translation>Wessen Karten unten aufgeführt sind</translation>
    </message>
    <message>
        <source>Every card the person held, newest first</source>
        <translation>Jede Karte, die die Person hatte, die neueste zuerst</translation>
    </message>
    <message>
        <source>Add and update people from an HR export (CSV)</source>
        <translation>Personen aus einem HR-Export (CSV) hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <source>Type a name or an employee id.</source>
        <translation>Geben Sie einen Namen oder eine Personalnummer ein.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n people; type more to narrow it down.</source>
        <translation>
            <numerusform>Die erste %n Person; tippen Sie weiter, um einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Personen; tippen Sie weiter, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n Person gefunden.</numerusform>
            <numerusform>%n Personen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Choose a person to see their cards.</source>
        <translation>Wählen Sie eine Person, um ihre Karten zu sehen.</translation>
    </message>
    <message>
        <source>Cards of %1</source>
        <translation>Karten von %1</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Finden:</translation>
    </message>
</context>
<context>
    <name>tempcards::PermissionsPage</name>
    <message>
        <source>Who may start each process</source>
        <translation>Wer welchen Prozess starten darf</translation>
    </message>
    <message>
        <source>%1 may start %2</source>
        <translation>%1 darf %2 starten</translation>
    </message>
    <message>
        <source>A process is offered to an account when it is enabled and one of the account&apos;s roles may start it.</source>
        <translation>Ein Prozess wird einem Konto angeboten, wenn er aktiviert ist und eine der Rollen des Kontos ihn starten darf.</translation>
    </message>
    <message>
        <source>Which role may start which process; check a box to allow it</source>
        <translation>Welche Rolle welchen Prozess starten darf; kreuzen Sie ein Feld an, um es zu erlauben</translation>
    </message>
</context>
<context>
    <name>tempcards::PersonFields</name>
    <message>
        <source>employee id</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the %1 holds a control or invisible character: %2</source>
        <translation>%1 enthält ein Steuer- oder unsichtbares Zeichen: %2</translation>
    </message>
    <message>
        <source>the e-mail address %1 is not one</source>
        <translation>die E-Mail-Adresse %1 ist keine</translation>
    </message>
    <message>
        <source>the state is &quot;%1&quot;; it is active or inactive</source>
        <translation>der Status ist „%1“; er ist active oder inactive</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is not a language tag such as de or sv-SE</source>
        <translation>die Sprache „%1“ ist kein Sprachkürzel wie de oder sv-SE</translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation>die Personalnummer ist leer</translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation>die Person hat weder Vor- noch Nachnamen</translation>
    </message>
</context>
<context>
    <name>tempcards::PostgresParameters</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>%1 is longer than 1,000 characters.</source>
        <translation>%1 ist länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>%1 contains &quot;;&quot;, which the PostgreSQL driver cannot pass on.</source>
        <translation>%1 enthält „;“, das der PostgreSQL-Treiber nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL server&apos;s host name, or a service from pg_service.conf.</source>
        <translation>Geben Sie den Hostnamen des PostgreSQL-Servers an oder einen Dienst aus pg_service.conf.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The SSL mode must be one of %1.</source>
        <translation>Der SSL-Modus muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>More options must be libpq keyword=value pairs; &quot;%1&quot; is not one.</source>
        <translation>Weitere Optionen müssen libpq-Paare Schlüsselwort=Wert sein; „%1“ ist keines.</translation>
    </message>
    <message>
        <source>Do not save the database password in the settings, where other programs can read it; type it in the Password field for this session, or use ~/.pgpass.</source>
        <translation>Speichern Sie das Datenbankpasswort nicht in den Einstellungen, wo andere Programme es lesen können; geben Sie es für diese Sitzung im Feld „Passwort“ ein oder verwenden Sie ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 contains control characters or invisible formatting marks; type it again.</source>
        <translation>%1 enthält Steuerzeichen oder unsichtbare Formatierungszeichen; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>SSL mode verify-ca checks the server&apos;s certificate but not its name: any server with a certificate from the same authority is accepted. Use verify-full across a network.</source>
        <translation>Der SSL-Modus verify-ca prüft das Zertifikat des Servers, aber nicht seinen Namen: Jeder Server mit einem Zertifikat derselben Stelle wird akzeptiert. Verwenden Sie verify-full über ein Netzwerk.</translation>
    </message>
    <message>
        <source>SSL mode require encrypts the connection but does not check the server&apos;s certificate: whoever sits on the network path can pose as the server. Use verify-full across a network.</source>
        <translation>Der SSL-Modus require verschlüsselt die Verbindung, prüft aber das Zertifikat des Servers nicht: Wer auf dem Netzwerkweg sitzt, kann sich als der Server ausgeben. Verwenden Sie verify-full über ein Netzwerk.</translation>
    </message>
    <message>
        <source>SSL mode %1 may connect without encryption and never checks the server: whoever sits on the network path can read and change everything, your password included. Use verify-full across a network.</source>
        <translation>Der SSL-Modus %1 kann ohne Verschlüsselung verbinden und prüft den Server nie: Wer auf dem Netzwerkweg sitzt, kann alles mitlesen und ändern, auch Ihr Passwort. Verwenden Sie verify-full über ein Netzwerk.</translation>
    </message>
</context>
<context>
    <name>tempcards::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Other users of this computer can read or change the database %1, which holds the accounts&apos; password hashes and the Go Cards client secret. To make it yours alone, run: chmod 600 %2</source>
        <translation>Andere Benutzer dieses Computers können die Datenbank %1 lesen oder ändern, die die Passwort-Hashes der Konten und das Client-Geheimnis für Go Cards enthält. Damit nur Sie darauf zugreifen können, führen Sie aus: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tempcards::ProcessListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>The process to add to the list below</source>
        <translation>Der Prozess, der der Liste unten hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add the chosen process to the list</source>
        <translation>Den gewählten Prozess zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>The processes offered here to operators, in this order</source>
        <translation>Die Prozesse, die hier Operatoren angeboten werden, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Remove the selected process from the list</source>
        <translation>Den ausgewählten Prozess aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>tempcards::Processes</name>
    <message>
        <source>Order temporary cards</source>
        <translation>Temporäre Karten bestellen</translation>
    </message>
    <message>
        <source>Abort temporary card order</source>
        <translation>Bestellung temporärer Karten abbrechen</translation>
    </message>
    <message>
        <source>Initialize temporary card</source>
        <translation>Temporäre Karte initialisieren</translation>
    </message>
    <message>
        <source>Assign temporary card</source>
        <translation>Temporäre Karte zuweisen</translation>
    </message>
    <message>
        <source>Withdraw temporary card</source>
        <translation>Temporäre Karte zurücknehmen</translation>
    </message>
    <message>
        <source>Extend temporary card</source>
        <translation>Temporäre Karte verlängern</translation>
    </message>
    <message>
        <source>Lock temporary card</source>
        <translation>Temporäre Karte sperren</translation>
    </message>
</context>
<context>
    <name>tempcards::ReadChipUidJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReconcileJob</name>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation>Die Datenbank konnte nicht gelesen werden; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say which orders it holds, so nothing was sent: %1</source>
        <translation>Nexus GO Cards konnte nicht sagen, welche Aufträge es hat, deshalb wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say whether it holds the cards of an order whose answer is unknown, so nothing was sent: %1</source>
        <translation>Nexus GO Cards konnte nicht sagen, ob es die Karten eines Auftrags mit unbekannter Antwort hat, deshalb wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The batch sync was stopped.</source>
        <translation>Die Stapelsynchronisation wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>tempcards::RefreshCardJob</name>
    <message>
        <source>Refresh from Go Cards</source>
        <translation>Von Go Cards aktualisieren</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Es gibt keine Karte %1.</translation>
    </message>
    <message>
        <source>Card %1 has not been accepted by Nexus GO Cards yet, so there is nothing to ask.</source>
        <translation>Karte %1 wurde von Nexus GO Cards noch nicht angenommen, daher gibt es nichts zu erfragen.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent a card that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards hat eine Karte gesendet, die tempcards nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Card %1 is now %2.</source>
        <translation>Karte %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Card %1 is unchanged: %2.</source>
        <translation>Karte %1 ist unverändert: %2.</translation>
    </message>
    <message>
        <source>No batch sync service answered, and on this database only it asks Nexus GO Cards. Card %1 was not refreshed.</source>
        <translation>Kein Stapelsynchronisationsdienst hat geantwortet, und auf dieser Datenbank fragt nur er bei Nexus GO Cards nach. Karte %1 wurde nicht aktualisiert.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderMail</name>
    <message>
        <source>Your temporary card %1 expires on %2</source>
        <translation>Ihre temporäre Karte %1 läuft am %2 ab</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message numerus="yes">
        <source>the temporary card %1 you were given expires on %2 at %3 UTC, in %n day(s).</source>
        <translation>
            <numerusform>die temporäre Karte %1, die Sie erhalten haben, läuft am %2 um %3 UTC ab, also in %n Tag.</numerusform>
            <numerusform>die temporäre Karte %1, die Sie erhalten haben, läuft am %2 um %3 UTC ab, also in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please bring it back to the desk that gave it to you before then, or ask there for it to be extended.</source>
        <translation>Bitte bringen Sie sie vorher zu der Ausgabestelle zurück, die sie Ihnen gegeben hat, oder lassen Sie sie dort verlängern.</translation>
    </message>
    <message>
        <source>This message was sent by tempcards, the temporary card service. Replies are not read.</source>
        <translation>Diese Nachricht wurde von tempcards, dem Dienst für temporäre Karten, gesendet. Antworten werden nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderSendJob</name>
    <message>
        <source>The reminders were stopped.</source>
        <translation>Die Erinnerungen wurden angehalten.</translation>
    </message>
    <message>
        <source>The reminders to send could not be read; see the log.</source>
        <translation>Die zu sendenden Erinnerungen konnten nicht gelesen werden; siehe das Protokoll.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A reminder&apos;s send could not be recorded, so it was not sent; see the log.</source>
        <translation>Das Senden einer Erinnerung konnte nicht festgehalten werden, daher wurde sie nicht gesendet; siehe das Protokoll.</translation>
    </message>
    <message>
        <source>A reminder was sent but could not be recorded; see the log.</source>
        <translation>Eine Erinnerung wurde gesendet, konnte aber nicht festgehalten werden; siehe das Protokoll.</translation>
    </message>
    <message>
        <source>A reminder&apos;s failure could not be recorded; see the log.</source>
        <translation>Der Fehlschlag einer Erinnerung konnte nicht festgehalten werden; siehe das Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) could not be sent; they are tried again at the next run. The last reason: %1</source>
        <translation>
            <numerusform>%n Erinnerung konnte nicht gesendet werden; sie wird beim nächsten Lauf erneut versucht. Der letzte Grund: %1</numerusform>
            <numerusform>%n Erinnerungen konnten nicht gesendet werden; sie werden beim nächsten Lauf erneut versucht. Der letzte Grund: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server&apos;s settings could not be read; see the log.</source>
        <translation>Die Einstellungen des Mailservers konnten nicht gelesen werden; siehe das Protokoll.</translation>
    </message>
    <message>
        <source>The expiry reminders were not sent: %1</source>
        <translation>Die Ablauferinnerungen wurden nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>tempcards::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 will have to choose a new password at the next login. Resetting also lifts a lock.</source>
        <translation>%1 muss bei der nächsten Anmeldung ein neues Passwort wählen. Das Zurücksetzen hebt auch eine Sperre auf.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>The account&apos;s new password; its owner must change it at the next login</source>
        <translation>Das neue Passwort des Kontos; sein Inhaber muss es bei der nächsten Anmeldung ändern</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Give the account this password (Enter)</source>
        <translation>Dem Konto dieses Passwort geben (Eingabe)</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>tempcards::RoleChecks</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Orders temporary cards and starts the processes an administrator enabled</source>
        <translation>Bestellt temporäre Karten und startet die Prozesse, die ein Administrator aktiviert hat</translation>
    </message>
    <message>
        <source>Manages accounts, permissions, the Go Cards connection and the options</source>
        <translation>Verwaltet Konten, Berechtigungen, die Go-Cards-Verbindung und die Optionen</translation>
    </message>
    <message>
        <source>Reads and exports the audit trail</source>
        <translation>Liest und exportiert das Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministrator</translation>
    </message>
    <message>
        <source>Aud&amp;itor</source>
        <translation>Pr&amp;üfer</translation>
    </message>
</context>
<context>
    <name>tempcards::Roles</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>tempcards::ScriptError</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>tempcards::ServiceCredential</name>
    <message>
        <source>The credential %1 cannot be read: %2</source>
        <translation>Das Credential %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The credential %1 is larger than %2 bytes: it is not a client secret.</source>
        <translation>Das Credential %1 ist größer als %2 Byte: Es ist kein Client-Geheimnis.</translation>
    </message>
    <message>
        <source>The credential %1 is empty.</source>
        <translation>Das Credential %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Temporary card settings</source>
        <translation>Einstellungen der temporären Karte</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>Temporäre Karte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pro&amp;duced</source>
        <translation>Pro&amp;duziert</translation>
    </message>
    <message>
        <source>Additional commands</source>
        <translation>Zusätzliche Befehle</translation>
    </message>
    <message>
        <source>Command &amp;list:</source>
        <translation>Befehls&amp;liste:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Options script</source>
        <translation>&amp;Optionsskript</translation>
    </message>
    <message>
        <source>Go Cards connection</source>
        <translation>Go-Cards-Verbindung</translation>
    </message>
    <message>
        <source>Choose which settings to show</source>
        <translation>Wählen Sie, welche Einstellungen angezeigt werden</translation>
    </message>
    <message>
        <source>The settings of the temporary card: general, its processes and its options</source>
        <translation>Die Einstellungen der temporären Karte: Allgemeines, ihre Prozesse und ihre Optionen</translation>
    </message>
    <message>
        <source>Save the changed settings (Enter)</source>
        <translation>Die geänderten Einstellungen speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Schließen, ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <source>Proc&amp;essing</source>
        <translation>In &amp;Bearbeitung</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Bef&amp;ehl:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>Nicht &amp;zugewiesen</translation>
    </message>
    <message>
        <source>Ass&amp;igned</source>
        <translation>Zuge&amp;wiesen</translation>
    </message>
    <message>
        <source>E&amp;xpired</source>
        <translation>Abgela&amp;ufen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Temporary card or Permissions</source>
        <translation>Temporäre Karte oder Berechtigungen</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard what you changed on %1?</source>
        <translation>Verwerfen, was Sie auf %1 geändert haben?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsService</name>
    <message>
        <source>The options script was not saved. %1</source>
        <translation>Das Optionsskript wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>tempcards::SmtpClient</name>
    <message>
        <source>The mail client could not be set up.</source>
        <translation>Der Mail-Client konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The mail server at %1 cannot be reached (%2).</source>
        <translation>Der Mailserver unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time.</source>
        <translation>Der Mailserver unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not prove who it is, or would not use TLS (%2); nothing was sent.</source>
        <translation>Der Mailserver unter %1 hat nicht nachgewiesen, wer er ist, oder wollte kein TLS verwenden (%2); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the user name or password.</source>
        <translation>Der Mailserver unter %1 hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the message (%2).</source>
        <translation>Der Mailserver unter %1 hat die Nachricht abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The mail server at %1 cannot take the message now (%2); it is sent again later.</source>
        <translation>Der Mailserver unter %1 kann die Nachricht jetzt nicht annehmen (%2); sie wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection to the mail server at %1 broke (%2); whether it kept the message is not known.</source>
        <translation>Die Verbindung zum Mailserver unter %1 ist abgebrochen (%2); ob er die Nachricht behalten hat, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>tempcards::StockStatus</name>
    <message>
        <source>Low stock: %1 unassigned, %2 on the way; the threshold is %3.</source>
        <translation>Bestand niedrig: %1 nicht zugewiesen, %2 unterwegs; die Schwelle ist %3.</translation>
    </message>
    <message numerus="yes">
        <source>Order %n…</source>
        <translation>
            <numerusform>%n bestellen…</numerusform>
            <numerusform>%n bestellen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %n temporary card(s)</source>
        <translation>
            <numerusform>%n temporäre Karte bestellen</numerusform>
            <numerusform>%n temporäre Karten bestellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Order temporary cards with the amount that brings the stock back</source>
        <translation>Temporäre Karten bestellen mit der Anzahl öffnen, die den Bestand wieder auffüllt</translation>
    </message>
    <message>
        <source>Order temporary cards</source>
        <translation>Temporäre Karten bestellen</translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way, against the low-stock threshold</source>
        <translation>Nicht zugewiesene Karten und Karten unterwegs, gemessen an der Schwelle für niedrigen Bestand</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncMonitor</name>
    <message>
        <source>database unreachable since %1, retrying; last success %2</source>
        <translation>Datenbank nicht erreichbar seit %1, neuer Versuch läuft; zuletzt erfolgreich %2</translation>
    </message>
    <message>
        <source>The database is unreachable (%1); retrying, with nothing sent meanwhile. Last success: %2.</source>
        <translation>Die Datenbank ist nicht erreichbar (%1); neuer Versuch läuft, bis dahin wird nichts gesendet. Zuletzt erfolgreich: %2.</translation>
    </message>
    <message>
        <source>database answers again since %1</source>
        <translation>Datenbank antwortet wieder seit %1</translation>
    </message>
    <message>
        <source>The database answers again; the batch sync goes on.</source>
        <translation>Die Datenbank antwortet wieder; die Stapelsynchronisation läuft weiter.</translation>
    </message>
    <message>
        <source>another batch sync holds the lease (%1)</source>
        <translation>eine andere Stapelsynchronisation hält die Sperre (%1)</translation>
    </message>
    <message numerus="yes">
        <source>last run %1: %n card(s) ordered</source>
        <translation>
            <numerusform>letzter Lauf %1: %n Karte bestellt</numerusform>
            <numerusform>letzter Lauf %1: %n Karten bestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1 failed: %2</source>
        <translation>letzter Lauf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncNotifier</name>
    <message>
        <source>The batch sync failed: %1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation>Die Stapelsynchronisation ist fehlgeschlagen: %1 Karten warten in Bearbeitung, bis sie wieder funktioniert; sie versucht es weiter.</translation>
    </message>
    <message>
        <source>The batch sync works again; the waiting cards are being ordered.</source>
        <translation>Die Stapelsynchronisation funktioniert wieder; die wartenden Karten werden bestellt.</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncService</name>
    <message>
        <source>Say why the cards of this order fail.</source>
        <translation>Geben Sie an, warum die Karten dieses Auftrags fehlschlagen.</translation>
    </message>
    <message>
        <source>Decide on a held order</source>
        <translation>Über einen zurückgehaltenen Auftrag entscheiden</translation>
    </message>
    <message>
        <source>This order is no longer held, or a decision on it waits for the batch sync.</source>
        <translation>Dieser Auftrag ist nicht mehr zurückgehalten, oder eine Entscheidung darüber wartet auf die Stapelsynchronisation.</translation>
    </message>
    <message>
        <source>The batch sync sends the order again at its next run.</source>
        <translation>Die Stapelsynchronisation sendet den Auftrag bei ihrem nächsten Lauf erneut.</translation>
    </message>
    <message>
        <source>At its next run the batch sync asks Nexus GO Cards whether it holds the cards: if it does not, they fail; if it does, they are ordered.</source>
        <translation>Bei ihrem nächsten Lauf fragt die Stapelsynchronisation Nexus GO Cards, ob es die Karten hat: wenn nicht, schlagen sie fehl; wenn ja, sind sie bestellt.</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n card(s) waiting</source>
        <translation>
            <numerusform>%n Karte wartet</numerusform>
            <numerusform>%n Karten warten</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisation %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>noch keine erfolgreiche Synchronisation</translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation>letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The batch sync is not running right now.</source>
        <translation>Die Stapelsynchronisation läuft gerade nicht.</translation>
    </message>
    <message>
        <source>The batch sync is running in %1.</source>
        <translation>Die Stapelsynchronisation läuft in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held for an administrator</source>
        <translation>
            <numerusform>%n Auftrag für einen Administrator zurückgehalten</numerusform>
            <numerusform>%n Aufträge für einen Administrator zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) at Nexus GO Cards unknown here</source>
        <translation>
            <numerusform>%n Karte bei Nexus GO Cards hier unbekannt</numerusform>
            <numerusform>%n Karten bei Nexus GO Cards hier unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>database restored: %n order(s) wait for Nexus GO Cards&apos; word</source>
        <translation>
            <numerusform>Datenbank wiederhergestellt: %n Auftrag wartet auf die Antwort von Nexus GO Cards</numerusform>
            <numerusform>Datenbank wiederhergestellt: %n Aufträge warten auf die Antwort von Nexus GO Cards</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync: cards waiting, its last run, and what needs an administrator</source>
        <translation>Die Stapelsynchronisation: wartende Karten, ihr letzter Lauf und was einen Administrator braucht</translation>
    </message>
</context>
<context>
    <name>tempcards::TempCardOptions</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>eine Zeichenkette aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; must be %2</source>
        <translation>Option „%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>a list of at most %1 different whole numbers from 1 to 365, such as [7, 3]</source>
        <translation>eine Liste von höchstens %1 verschiedenen ganzen Zahlen von 1 bis 365, etwa [7, 3]</translation>
    </message>
</context>
<context>
    <name>tempcards::TemporaryCardView</name>
    <message>
        <source>Temporary cards</source>
        <translation>Temporäre Karten</translation>
    </message>
    <message>
        <source>No process is available to you here. An administrator can enable processes in the settings.</source>
        <translation>Hier steht Ihnen kein Prozess zur Verfügung. Ein Administrator kann Prozesse in den Einstellungen aktivieren.</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Card number, Go Cards card id or order id</source>
        <translation>Kartennummer, Go-Cards-Karten-ID oder Bestell-ID</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Refresh from Go Cards</source>
        <translation>Von Go Cards aktualisieren</translation>
    </message>
    <message>
        <source>Ask Nexus GO Cards for the state of the selected card now</source>
        <translation>Nexus GO Cards jetzt nach dem Status der ausgewählten Karte fragen</translation>
    </message>
    <message>
        <source>Show only the cards in this state</source>
        <translation>Nur die Karten in diesem Status anzeigen</translation>
    </message>
    <message>
        <source>&amp;Order temporary cards</source>
        <translation>Temporäre Karten &amp;bestellen</translation>
    </message>
    <message>
        <source>&amp;Abort temporary card order</source>
        <translation>Bestellung abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;Initialize temporary card</source>
        <translation>Temporäre Karte &amp;initialisieren</translation>
    </message>
    <message>
        <source>Find cards by number or Go Cards id</source>
        <translation>Karten nach Nummer oder Go-Cards-ID finden</translation>
    </message>
    <message>
        <source>Refresh from &amp;Go Cards</source>
        <translation>Von &amp;Go Cards aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the card from &amp;Go Cards</source>
        <translation>Karte von &amp;Go Cards aktualisieren</translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card</source>
        <translation>Temporäre Karte &amp;zuweisen</translation>
    </message>
    <message>
        <source>&amp;Withdraw temporary card</source>
        <translation>Temporäre Karte zurück&amp;nehmen</translation>
    </message>
    <message>
        <source>E&amp;xtend temporary card</source>
        <translation>Temporäre Karte ver&amp;längern</translation>
    </message>
    <message>
        <source>&amp;Lock temporary card</source>
        <translation>Temporäre Karte s&amp;perren</translation>
    </message>
    <message>
        <source>Order new temporary cards from Nexus GO Cards, 1 to 9 at a time</source>
        <translation>Neue temporäre Karten bei Nexus GO Cards bestellen, 1 bis 9 auf einmal</translation>
    </message>
    <message>
        <source>Take the chosen queued cards out of the queue before they are ordered</source>
        <translation>Die gewählten Karten aus der Warteschlange nehmen, bevor sie bestellt werden</translation>
    </message>
    <message>
        <source>Hand the chosen unassigned card to a cardholder</source>
        <translation>Die gewählte nicht zugewiesene Karte einem Karteninhaber geben</translation>
    </message>
    <message>
        <source>Take the chosen card back from its holder, as lost or as no longer needed</source>
        <translation>Die gewählte Karte vom Inhaber zurücknehmen, als verloren oder als nicht mehr benötigt</translation>
    </message>
    <message>
        <source>Move the chosen cards&apos; valid-until on by the validity option</source>
        <translation>Das Gültig-bis der gewählten Karten um die Gültigkeitsoption verschieben</translation>
    </message>
    <message>
        <source>Lock the chosen cards for good, with a reason</source>
        <translation>Die gewählten Karten endgültig sperren, mit einem Grund</translation>
    </message>
    <message>
        <source>Open the process for the card</source>
        <translation>Den Prozess für die Karte öffnen</translation>
    </message>
    <message>
        <source>Abort the order of the cards</source>
        <translation>Die Bestellung der Karten abbrechen</translation>
    </message>
    <message>
        <source>Check the chip UIDs of the chosen produced cards, one after the other, and make them ready to hand out</source>
        <translation>Die Chip-UIDs der gewählten produzierten Karten nacheinander prüfen und die Karten zur Ausgabe bereit machen</translation>
    </message>
    <message>
        <source>The temporary cards that match the filter, newest first unless sorted by a column header</source>
        <translation>Die temporären Karten, die zum Filter passen, neueste zuerst, sofern nicht nach einer Spalte sortiert</translation>
    </message>
</context>
<context>
    <name>tempcards::TrayIcon</name>
    <message>
        <source>&amp;Show tempcards</source>
        <translation>tempcards &amp;anzeigen</translation>
    </message>
    <message>
        <source>tempcards</source>
        <translation>tempcards</translation>
    </message>
    <message>
        <source>tempcards: the batch sync is failing</source>
        <translation>tempcards: die Stapelsynchronisation schlägt fehl</translation>
    </message>
</context>
<context>
    <name>tempcards::UnknownCardsDialog</name>
    <message>
        <source>Unknown cards</source>
        <translation>Unbekannte Karten</translation>
    </message>
    <message>
        <source>Nexus GO Cards reports these cards, which this database does not know: ordered after the backup it was restored from, or by another installation of your organisation. tempcards changes nothing for them; account for each with Nexus GO Cards.</source>
        <translation>Nexus GO Cards meldet diese Karten, die diese Datenbank nicht kennt: bestellt nach der Sicherung, aus der sie wiederhergestellt wurde, oder von einer anderen Installation Ihrer Organisation. tempcards ändert nichts an ihnen; klären Sie jede mit Nexus GO Cards.</translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation>Go-Cards-Karten-ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>State at Go Cards</source>
        <translation>Status bei Go Cards</translation>
    </message>
    <message>
        <source>Chip UID or reason</source>
        <translation>Chip-UID oder Grund</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Each card Nexus GO Cards reported that this database does not know, and what it last said of it</source>
        <translation>Jede Karte, die Nexus GO Cards gemeldet hat und die diese Datenbank nicht kennt, und was es zuletzt über sie sagte</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>Nexus GO Cards has reported no card that this database does not know.</source>
        <translation>Nexus GO Cards hat keine Karte gemeldet, die diese Datenbank nicht kennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) unknown here.</source>
        <translation>
            <numerusform>%n Karte ist hier unbekannt.</numerusform>
            <numerusform>%n Karten sind hier unbekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::UnlockDialog</name>
    <message>
        <source>tempcards is locked</source>
        <translation>tempcards ist gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>tempcards was locked after %n minute(s) without use. Enter the password of %1 to go on.</source>
        <translation>
            <numerusform>tempcards wurde nach %n Minute ohne Benutzung gesperrt. Geben Sie das Passwort von %1 ein, um weiterzuarbeiten.</numerusform>
            <numerusform>tempcards wurde nach %n Minuten ohne Benutzung gesperrt. Geben Sie das Passwort von %1 ein, um weiterzuarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Why the window is locked</source>
        <translation>Warum das Fenster gesperrt ist</translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation>Ihr tempcards-Passwort</translation>
    </message>
    <message>
        <source>Go on with this password (Enter)</source>
        <translation>Mit diesem Passwort weiterarbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>End the session; the next person logs in with their own name</source>
        <translation>Die Sitzung beenden; die nächste Person meldet sich mit ihrem eigenen Namen an</translation>
    </message>
</context>
<context>
    <name>tempcards::WithdrawDialog</name>
    <message>
        <source>Why does the card come back?</source>
        <translation>Warum kommt die Karte zurück?</translation>
    </message>
    <message>
        <source>&amp;Lost: the person&apos;s own card stays out of use</source>
        <translation>&amp;Verloren: die eigene Karte der Person bleibt gesperrt</translation>
    </message>
    <message>
        <source>No &amp;usage anymore: the person has their own card again</source>
        <translation>Nicht mehr &amp;benötigt: die Person hat ihre eigene Karte wieder</translation>
    </message>
    <message>
        <source>The person lost their own card</source>
        <translation>Die Person hat ihre eigene Karte verloren</translation>
    </message>
    <message>
        <source>The person needs no temporary card</source>
        <translation>Die Person braucht keine temporäre Karte</translation>
    </message>
    <message>
        <source>Take the card back, unassigned (Enter)</source>
        <translation>Die Karte zurücknehmen, nicht zugewiesen (Eingabe)</translation>
    </message>
</context>
</TS>
