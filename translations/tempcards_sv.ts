<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databas…</translation>
    </message>
    <message>
        <source>Use another database: a SQLite file or a PostgreSQL server</source>
        <translation>Använd en annan databas: en SQLite-fil eller en PostgreSQL-server</translation>
    </message>
    <message>
        <source>Why the last step was refused, or how it went</source>
        <translation>Varför det senaste steget nekades, eller hur det gick</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything (Esc)</source>
        <translation>Stäng dialogen utan att ändra något (Esc)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Töm fältet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Another batch sync is running on this database; nothing was done.</source>
        <translation>En annan batchsynkronisering körs mot den här databasen; inget gjordes.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sent</source>
        <translation>
            <numerusform>%n beställning skickad</numerusform>
            <numerusform>%n beställningar skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ordered</source>
        <translation>
            <numerusform>%n kort beställt</numerusform>
            <numerusform>%n kort beställda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) failed</source>
        <translation>
            <numerusform>%n kort misslyckades</numerusform>
            <numerusform>%n kort misslyckades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production step(s) recorded</source>
        <translation>
            <numerusform>%n produktionssteg registrerat</numerusform>
            <numerusform>%n produktionssteg registrerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>No directory is set in the settings; cardholders come from CSV files (--import-people).</source>
        <translation>Ingen katalog är angiven i inställningarna; korthållarna kommer från CSV-filer (--import-people).</translation>
    </message>
    <message numerus="yes">
        <source>%n expiry reminder(s) sent</source>
        <translation>
            <numerusform>%n påminnelse om utgång skickad</numerusform>
            <numerusform>%n påminnelser om utgång skickade</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Påminnelser: %1</translation>
    </message>
    <message>
        <source>tempcards is already running; its window was brought to the front.</source>
        <translation>tempcards körs redan; dess fönster har hämtats fram.</translation>
    </message>
</context>
<context>
    <name>tempcards</name>
    <message>
        <source>the field &quot;%1&quot; is missing or is not a valid id</source>
        <translation>fältet ”%1” saknas eller är inte ett giltigt id</translation>
    </message>
    <message>
        <source>the card id is missing or not valid</source>
        <translation>kortets id saknas eller är ogiltigt</translation>
    </message>
    <message>
        <source>the card state &quot;%1&quot; is unknown</source>
        <translation>kortstatusen ”%1” är okänd</translation>
    </message>
    <message>
        <source>the reported chip UID is not 8 to 20 hexadecimal digits</source>
        <translation>det rapporterade chip-UID:t är inte 8 till 20 hexadecimala siffror</translation>
    </message>
</context>
<context>
    <name>tempcards::AbortDialog</name>
    <message>
        <source>Abort the order of these temporary cards? Aborted cards are never ordered from Nexus GO Cards.</source>
        <translation>Avbryta beställningen av de här tillfälliga korten? Avbrutna kort beställs aldrig från Nexus GO Cards.</translation>
    </message>
    <message>
        <source>Cards to abort</source>
        <translation>Kort att avbryta</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Card %1: aborted</source>
        <translation>Kort %1: avbrutet</translation>
    </message>
    <message>
        <source>Card %1: not aborted. %2</source>
        <translation>Kort %1: inte avbrutet. %2</translation>
    </message>
    <message>
        <source>The selected cards, and after Next whether each was aborted</source>
        <translation>De valda korten, och efter Nästa om vart och ett avbröts</translation>
    </message>
    <message>
        <source>Abort the order of the cards listed (Enter)</source>
        <translation>Avbryt beställningen av korten i listan (Enter)</translation>
    </message>
    <message>
        <source>Close without aborting anything (Esc)</source>
        <translation>Stäng utan att avbryta något (Esc)</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng dialogen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>tempcards::AbortTemporaryCardOrder</name>
    <message>
        <source>Choose the cards to abort.</source>
        <translation>Välj korten som ska avbrytas.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2; only cards in processing can be aborted.</source>
        <translation>Kort %1 är %2; bara kort under behandling kan avbrytas.</translation>
    </message>
    <message>
        <source>The order of card %1 has been sent to Nexus GO Cards, which may have accepted it. It can be aborted only once Go Cards&apos; answer is known.</source>
        <translation>Beställningen av kort %1 har skickats till Nexus GO Cards, som kan ha tagit emot den. Den kan avbrytas först när svaret från Go Cards är känt.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) aborted.</source>
        <translation>
            <numerusform>%n kort avbrutet.</numerusform>
            <numerusform>%n kort avbrutna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was restored from a backup, and Nexus GO Cards may hold the order of card %1. It can be aborted only once the batch sync has asked Go Cards.</source>
        <translation>Databasen har återställts från en säkerhetskopia, och Nexus GO Cards kan redan ha beställningen av kort %1. Den kan avbrytas först när batchsynkroniseringen har frågat Go Cards.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountAdministration</name>
    <message>
        <source>Choose at least one role.</source>
        <translation>Välj minst en roll.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>Det finns ingen roll ”%1”.</translation>
    </message>
    <message>
        <source>An administrator already exists. Log in instead.</source>
        <translation>Det finns redan en administratör. Logga in i stället.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>Användarnamnet ”%1” är redan upptaget.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created.</source>
        <translation>Kontot ”%1” skapades.</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Ändra konto</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Kontot finns inte.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation>Du kan inte inaktivera ditt eget konto; en annan administratör kan göra det.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be deactivated.</source>
        <translation>”%1” är den sista aktiva administratören och kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation>”%1” är aktivt igen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated.</source>
        <translation>”%1” är inaktiverat.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. It must be changed at the next login.</source>
        <translation>Lösenordet för ”%1” återställdes. Det måste bytas vid nästa inloggning.</translation>
    </message>
    <message>
        <source>You cannot change your own roles; another administrator must.</source>
        <translation>Du kan inte ändra dina egna roller; det måste en annan administratör göra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and must keep that role.</source>
        <translation>”%1” är den sista aktiva administratören och måste behålla den rollen.</translation>
    </message>
    <message>
        <source>The roles of &quot;%1&quot; were changed.</source>
        <translation>Rollerna för ”%1” ändrades.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountService</name>
    <message>
        <source>The user name or password is wrong, or the account is not active or locked for a while.</source>
        <translation>Användarnamnet eller lösenordet är fel, eller så är kontot inte aktivt eller tillfälligt låst.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>Välj ett annat lösenord än det nuvarande.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ditt lösenord har bytts.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Ange ditt användarnamn.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ange ditt nuvarande lösenord.</translation>
    </message>
    <message>
        <source>The database did not let you in: %1</source>
        <translation>Databasen släppte inte in dig: %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is not active.</source>
        <translation>Användarnamnet eller lösenordet är fel, eller så är kontot inte aktivt.</translation>
    </message>
</context>
<context>
    <name>tempcards::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktivt</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Å&amp;teraktivera</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Återställ &amp;lösenord…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>R&amp;oller…</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>låst till %1</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>måste välja ett nytt lösenord</translation>
    </message>
    <message>
        <source>The accounts, their roles and whether they are active</source>
        <translation>Kontona, deras roller och om de är aktiva</translation>
    </message>
    <message>
        <source>Create an account and choose its roles</source>
        <translation>Skapa ett konto och välj dess roller</translation>
    </message>
    <message>
        <source>Stop the selected account from logging in; its records stay</source>
        <translation>Hindra det valda kontot från att logga in; dess poster finns kvar</translation>
    </message>
    <message>
        <source>Let the selected account log in again</source>
        <translation>Låt det valda kontot logga in igen</translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation>Ge det valda kontot ett nytt lösenord</translation>
    </message>
    <message>
        <source>Change the roles of the selected account</source>
        <translation>Ändra rollerna för det valda kontot</translation>
    </message>
    <message>
        <source>What the last change of an account did, or why it was refused</source>
        <translation>Vad den senaste ändringen av ett konto gjorde, eller varför den nekades</translation>
    </message>
</context>
<context>
    <name>tempcards::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>&amp;Följ skrivbordet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>The appearance could not be kept for the next start: the settings file cannot be written.</source>
        <translation>Utseendet kunde inte sparas till nästa start: inställningsfilen kan inte skrivas.</translation>
    </message>
    <message>
        <source>tempcards follows the desktop&apos;s light or dark appearance.</source>
        <translation>tempcards följer skrivbordets ljusa eller mörka utseende.</translation>
    </message>
    <message>
        <source>tempcards is light, whatever the desktop&apos;s appearance.</source>
        <translation>tempcards är ljust, oavsett skrivbordets utseende.</translation>
    </message>
    <message>
        <source>tempcards is dark, whatever the desktop&apos;s appearance.</source>
        <translation>tempcards är mörkt, oavsett skrivbordets utseende.</translation>
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
        <translation>Sök personen</translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation>Namn eller anställningsnummer</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <source>Type a name or employee id; the people found are listed below</source>
        <translation>Skriv ett namn eller anställningsnummer; de personer som hittas listas nedan</translation>
    </message>
    <message>
        <source>Pick the person who gets the card</source>
        <translation>Välj personen som får kortet</translation>
    </message>
    <message>
        <source>Assign the card to the person picked (Enter)</source>
        <translation>Tilldela kortet till den valda personen (Retur)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation>Kort %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Kort:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>There is no unassigned card to hand out. Initialize a produced card, or order more.</source>
        <translation>Det finns inget otilldelat kort att lämna ut. Initiera ett producerat kort eller beställ fler.</translation>
    </message>
    <message>
        <source>The unassigned card the person gets</source>
        <translation>Det otilldelade kort som personen får</translation>
    </message>
    <message>
        <source>Assign the card picked (Enter)</source>
        <translation>Tilldela det valda kortet (Retur)</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Ingen matchar ”%1”.</translation>
    </message>
    <message>
        <source>(in the directory, not brought in yet: at its next sync)</source>
        <translation>(i katalogen, inte hämtad än: vid nästa synkronisering)</translation>
    </message>
    <message>
        <source>(inactive in the directory)</source>
        <translation>(inaktiv i katalogen)</translation>
    </message>
    <message>
        <source>The directory did not answer, so only the people already brought in are listed. %1</source>
        <translation>Katalogen svarade inte, så bara de personer som redan hämtats visas. %1</translation>
    </message>
    <message>
        <source>Who gets the card</source>
        <translation>Vem som får kortet</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditChain</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record before it was removed, changed or moved.</source>
        <translation>Granskningspost %1 följer inte på posten före den: en tidigare post har tagits bort, ändrats eller flyttats.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Granskningspost %1 ändrades efter att den skrevs.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s head record is missing.</source>
        <translation>Granskningsloggens huvudpost saknas.</translation>
    </message>
    <message>
        <source>The audit trail ends at record %1, but it was last written up to record %2: records at its end were removed.</source>
        <translation>Granskningsloggen slutar vid post %1, men skrevs senast till post %2: poster i slutet har tagits bort.</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditCheckpoint</name>
    <message>
        <source>it is not a tempcards checkpoint</source>
        <translation>det är ingen tempcards-kontrollpunkt</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation>ett fält saknas eller är felaktigt</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>Kontrollpunktsfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3.</source>
        <translation>Rad %1 i %2: %3.</translation>
    </message>
    <message>
        <source>The checkpoint file holds no checkpoint.</source>
        <translation>Kontrollpunktsfilen innehåller ingen kontrollpunkt.</translation>
    </message>
    <message>
        <source>checkpoint %1 (%2, record %3)</source>
        <translation>kontrollpunkt %1 (%2, post %3)</translation>
    </message>
    <message>
        <source>%1 is not signed by the checkpoint key %2: the file was changed, or another key signed it.</source>
        <translation>%1 är inte signerad med kontrollpunktsnyckeln %2: filen ändrades, eller så signerade en annan nyckel.</translation>
    </message>
    <message>
        <source>The database ends at record %1, before %2: it was restored from a backup, or cut.</source>
        <translation>Databasen slutar vid post %1, före %2: den återställdes från en säkerhetskopia, eller kortades.</translation>
    </message>
    <message>
        <source>Record %1 is not the one %2 saw: the history was rewritten, or this is another database.</source>
        <translation>Post %1 är inte den som %2 såg: historiken skrevs om, eller så är detta en annan databas.</translation>
    </message>
    <message>
        <source>%1 saw %2 records up to it; the database holds %3: records were removed or added.</source>
        <translation>%1 såg %2 poster fram till den; databasen innehåller %3: poster togs bort eller lades till.</translation>
    </message>
    <message>
        <source>No checkpoint holds.</source>
        <translation>Ingen kontrollpunkt stämmer.</translation>
    </message>
    <message>
        <source>The newest checkpoint that holds is number %1 of %2 (record %3).</source>
        <translation>Den nyaste kontrollpunkten som stämmer är nummer %1 av %2 (post %3).</translation>
    </message>
    <message numerus="yes">
        <source>All %n checkpoint(s), signed by key %1, hold.</source>
        <translation>
            <numerusform>Den %n kontrollpunkten, signerad med nyckel %1, stämmer.</numerusform>
            <numerusform>Alla %n kontrollpunkter, signerade med nyckel %1, stämmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first that does not: %1 %2</source>
        <translation>Den första som inte stämmer: %1 %2</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditNames</name>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto skapat</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto inaktiverat</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto aktiverat igen</translation>
    </message>
    <message>
        <source>Password changed or reset</source>
        <translation>Lösenord ändrat eller återställt</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roller ändrade</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto låst</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto upplåst</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Granskningsloggen exporterad</translation>
    </message>
    <message>
        <source>Process started</source>
        <translation>Process startad</translation>
    </message>
    <message>
        <source>Card state changed</source>
        <translation>Kortets status ändrad</translation>
    </message>
    <message>
        <source>Card validity changed</source>
        <translation>Kortets giltighet ändrad</translation>
    </message>
    <message>
        <source>Card refreshed from Go Cards</source>
        <translation>Kortet uppdaterat från Go Cards</translation>
    </message>
    <message>
        <source>Cards exported</source>
        <translation>Kort exporterade</translation>
    </message>
    <message>
        <source>Order sent to Go Cards</source>
        <translation>Beställning skickad till Go Cards</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personer importerade</translation>
    </message>
    <message>
        <source>People brought in from the directory</source>
        <translation>Personer hämtade från katalogen</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person tillagd</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person ändrad</translation>
    </message>
    <message>
        <source>Expiry reminder mailed</source>
        <translation>Påminnelse om utgång skickad</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <source>Restored database found by the batch sync</source>
        <translation>Återställd databas upptäckt av batchsynkroniseringen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekad</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditRecordDialog</name>
    <message>
        <source>Read only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Audit record %1</source>
        <translation>Granskningspost %1</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roller:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Åt&amp;gärd:</translation>
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
        <translation>&amp;Före:</translation>
    </message>
    <message>
        <source>A&amp;fter:</source>
        <translation>&amp;Efter:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detalj:</translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation>Arbets&amp;station:</translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation>&amp;Hash:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation>Stäng posten (Esc)</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>&amp;Utfall:</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditService</name>
    <message>
        <source>Read the audit trail</source>
        <translation>Läs granskningsloggen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n post exporterad till %1.</numerusform>
            <numerusform>%n poster exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>Verifiera granskningsloggen</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>Granskningsloggen är intakt: %n post.</numerusform>
            <numerusform>Granskningsloggen är intakt: %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation>Granskningsloggen är INTE intakt. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditTrailDialog</name>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>e.g. card:42 or process:</source>
        <translation>t.ex. card:42 eller process:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekades</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Anv&amp;ändare:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjekt:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Granskningsposter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <source>Load &amp;older records</source>
        <translation>Läs in ä&amp;ldre poster</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Verifiera &amp;kedjan</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash…</source>
        <translation>Varje posts hash kontrolleras…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown.</source>
        <translation>
            <numerusform>%n post visas.</numerusform>
            <numerusform>%n poster visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Show only the records of this user name</source>
        <translation>Visa bara posterna för det här användarnamnet</translation>
    </message>
    <message>
        <source>Show only the records of this kind of action</source>
        <translation>Visa bara posterna för den här sortens åtgärd</translation>
    </message>
    <message>
        <source>Show only the records about this object, such as card:12 or account:anna</source>
        <translation>Visa bara posterna om det här objektet, till exempel card:12 eller account:anna</translation>
    </message>
    <message>
        <source>Show only successes, failures or refusals</source>
        <translation>Visa bara lyckade, misslyckade eller nekade</translation>
    </message>
    <message>
        <source>Show only the records from this day on</source>
        <translation>Visa bara posterna från och med den här dagen</translation>
    </message>
    <message>
        <source>Show only the records up to this day</source>
        <translation>Visa bara posterna till och med den här dagen</translation>
    </message>
    <message>
        <source>Show the records that match the filters</source>
        <translation>Visa posterna som matchar filtren</translation>
    </message>
    <message>
        <source>The audit records, newest first</source>
        <translation>Granskningsposterna, nyaste först</translation>
    </message>
    <message>
        <source>Add the next page of older records to the list</source>
        <translation>Lägg till nästa sida med äldre poster i listan</translation>
    </message>
    <message>
        <source>Save the records that match the filters as a CSV file</source>
        <translation>Spara posterna som matchar filtren som en CSV-fil</translation>
    </message>
    <message>
        <source>Check that no audit record was changed or removed since it was written</source>
        <translation>Kontrollera att ingen granskningspost har ändrats eller tagits bort sedan den skrevs</translation>
    </message>
    <message>
        <source>How many records are shown, and the result of the last check or export</source>
        <translation>Hur många poster som visas, och resultatet av den senaste kontrollen eller exporten</translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation>Stäng granskningsloggen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Verify against check&amp;points…</source>
        <translation>Verifiera mot kontroll&amp;punkter…</translation>
    </message>
    <message>
        <source>Checkpoint file</source>
        <translation>Kontrollpunktsfil</translation>
    </message>
    <message>
        <source>Checkpoint files (*.checkpoints *.log *.txt);;All files (*)</source>
        <translation>Kontrollpunktsfiler (*.checkpoints *.log *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Check the audit trail against a file of signed checkpoints kept outside the database, which catches a cut, rewritten or swapped history</source>
        <translation>Kontrollera granskningsloggen mot en fil med signerade kontrollpunkter utanför databasen, vilket avslöjar en kapad, omskriven eller utbytt historik</translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash and every checkpoint…</source>
        <translation>Kontrollerar varje posts hash och varje kontrollpunkt…</translation>
    </message>
    <message>
        <source>Show the whole record</source>
        <translation>Visa hela posten</translation>
    </message>
</context>
<context>
    <name>tempcards::AuditVerification</name>
    <message>
        <source>--checkpoint-public-key is not an Ed25519 public key (base64, or a file holding it).</source>
        <translation>--checkpoint-public-key är ingen offentlig Ed25519-nyckel (base64, eller en fil som innehåller den).</translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation>Granskningsloggen är INTE intakt. %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>Granskningsloggen är intakt: %n post.</numerusform>
            <numerusform>Granskningsloggen är intakt: %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does NOT match its checkpoints. %1</source>
        <translation>Granskningsloggen stämmer INTE med sina kontrollpunkter. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::Authorizer</name>
    <message>
        <source>Your account is no longer active, so &quot;%1&quot; was not started.</source>
        <translation>Ditt konto är inte längre aktivt, så ”%1” startades inte.</translation>
    </message>
    <message>
        <source>Your roles do not allow &quot;%1&quot;.</source>
        <translation>Dina roller tillåter inte ”%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enabled. An administrator can enable it in the settings.</source>
        <translation>”%1” är inte aktiverad. En administratör kan aktivera den i inställningarna.</translation>
    </message>
    <message>
        <source>Choose a new password first; &quot;%1&quot; was not started.</source>
        <translation>Välj ett nytt lösenord först; ”%1” startades inte.</translation>
    </message>
</context>
<context>
    <name>tempcards::BatchResults</name>
    <message>
        <source>the answer does not list card %1</source>
        <translation>svaret tar inte upp kort %1</translation>
    </message>
    <message>
        <source>the answer lists cards that were not ordered</source>
        <translation>svaret tar upp kort som inte beställts</translation>
    </message>
</context>
<context>
    <name>tempcards::BatchSyncJob</name>
    <message>
        <source>The batch sync was stopped.</source>
        <translation>Batchsynkroniseringen stoppades.</translation>
    </message>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation>Databasen kunde inte läsas; se loggen.</translation>
    </message>
    <message>
        <source>The queue could not be turned into an order; see the log.</source>
        <translation>Kön kunde inte göras om till en beställning; se loggen.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an events page that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade en händelsesida som tempcards inte kan läsa (%1).</translation>
    </message>
    <message>
        <source>Production events could not be stored; see the log.</source>
        <translation>Produktionshändelser kunde inte sparas; se loggen.</translation>
    </message>
    <message>
        <source>Another process took over the batch sync; this run stopped and sent nothing more.</source>
        <translation>En annan process har tagit över batchsynkroniseringen; den här körningen stoppades och skickade inget mer.</translation>
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
        <translation>Beställt:</translation>
    </message>
    <message>
        <source>Go Cards card id:</source>
        <translation>Go Cards kort-id:</translation>
    </message>
    <message>
        <source>Go Cards order:</source>
        <translation>Go Cards beställning:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Tillverkat:</translation>
    </message>
    <message>
        <source>Chip UID:</source>
        <translation>Chip-UID:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Innehavare:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Avdelning:</translation>
    </message>
    <message>
        <source>Holds it since:</source>
        <translation>Har det sedan:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Giltigt till:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Orsak:</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>Who held the card</source>
        <translation>Vem som haft kortet</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Which card is shown here</source>
        <translation>Vilket kort som visas här</translation>
    </message>
    <message>
        <source>How often the card was handed out</source>
        <translation>Hur ofta kortet lämnats ut</translation>
    </message>
    <message>
        <source>Everyone who held the card, newest first, with who handed it out and back</source>
        <translation>Alla som haft kortet, senaste först, med vem som lämnade ut och tog tillbaka det</translation>
    </message>
    <message>
        <source>Choose a card to see its details.</source>
        <translation>Välj ett kort för att se dess detaljer.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen; choose one to see its details.</source>
        <translation>
            <numerusform>%n kort valt; välj ett för att se dess detaljer.</numerusform>
            <numerusform>%n kort valda; välj ett för att se dess detaljer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 is no longer there.</source>
        <translation>Kort %1 finns inte längre.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Never handed out.</source>
        <translation>Aldrig utlämnat.</translation>
    </message>
    <message numerus="yes">
        <source>Handed out %n time(s):</source>
        <translation>
            <numerusform>Utlämnat %n gång:</numerusform>
            <numerusform>Utlämnat %n gånger:</numerusform>
        </translation>
    </message>
    <message>
        <source>The state the card is in now</source>
        <translation>Den status kortet har nu</translation>
    </message>
    <message>
        <source>When the card was ordered, and by whom</source>
        <translation>När och av vem kortet beställdes</translation>
    </message>
    <message>
        <source>The card&apos;s id at Nexus GO Cards</source>
        <translation>Kortets id hos Nexus GO Cards</translation>
    </message>
    <message>
        <source>The Nexus GO Cards order the card belongs to</source>
        <translation>Den Nexus GO Cards-beställning kortet hör till</translation>
    </message>
    <message>
        <source>When Nexus GO Cards produced the card</source>
        <translation>När Nexus GO Cards tillverkade kortet</translation>
    </message>
    <message>
        <source>The UID of the card&apos;s chip</source>
        <translation>UID för kortets chip</translation>
    </message>
    <message>
        <source>The person who holds the card, with the employee id</source>
        <translation>Personen som har kortet, med anställningsnummer</translation>
    </message>
    <message>
        <source>The holder&apos;s department</source>
        <translation>Innehavarens avdelning</translation>
    </message>
    <message>
        <source>Since when the holder has the card</source>
        <translation>Sedan när innehavaren har kortet</translation>
    </message>
    <message>
        <source>Until when the card may be used</source>
        <translation>Till när kortet får användas</translation>
    </message>
    <message>
        <source>Why the card came back, was locked, or failed</source>
        <translation>Varför kortet kom tillbaka, spärrades eller misslyckades</translation>
    </message>
</context>
<context>
    <name>tempcards::CardHandOut</name>
    <message>
        <source>Card %1 changed meanwhile; nothing was changed. Look again.</source>
        <translation>Kort %1 har ändrats under tiden; ingenting ändrades. Titta igen.</translation>
    </message>
    <message>
        <source>Card %1 is %2; &quot;%3&quot; starts only from a card that is %4.</source>
        <translation>Kort %1 är %2; ”%3” startar bara från ett kort som är %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorat</translation>
    </message>
    <message>
        <source>No usage anymore</source>
        <translation>Behövs inte längre</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Ange orsaken.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Orsaken är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The reason holds a control or invisible character: %1</source>
        <translation>Orsaken innehåller ett styrtecken eller osynligt tecken: %1</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>There is no such cardholder; search again.</source>
        <translation>Den kortinnehavaren finns inte; sök igen.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot be given a card.</source>
        <translation>%1 är inaktiv och kan inte få något kort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n temporary card(s); the options allow %2 at a time. Withdraw one first.</source>
        <translation>
            <numerusform>%1 har redan %n tillfälligt kort; alternativen tillåter %2 åt gången. Återta ett först.</numerusform>
            <numerusform>%1 har redan %n tillfälliga kort; alternativen tillåter %2 åt gången. Återta ett först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation>Kort %1 har ändrats under tiden; titta igen.</translation>
    </message>
    <message>
        <source>Card %1 is assigned to %2, valid until %3.</source>
        <translation>Kort %1 är tilldelat %2, giltigt till %3.</translation>
    </message>
    <message>
        <source>Card %1 is back from %2 (%3) and unassigned.</source>
        <translation>Kort %1 är tillbaka från %2 (%3) och otilldelat.</translation>
    </message>
    <message>
        <source>Card %1 is back (%2) and unassigned.</source>
        <translation>Kort %1 är tillbaka (%2) och otilldelat.</translation>
    </message>
    <message>
        <source>Select the cards to extend.</source>
        <translation>Välj korten som ska förlängas.</translation>
    </message>
    <message>
        <source>Card %1 is valid until %2.</source>
        <translation>Kort %1 är giltigt till %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are valid for %1 more days.</source>
        <translation>
            <numerusform>%n kort är giltigt %1 dagar till.</numerusform>
            <numerusform>%n kort är giltiga %1 dagar till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cards to lock.</source>
        <translation>Välj korten som ska spärras.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) locked for good.</source>
        <translation>
            <numerusform>%n kort spärrat för gott.</numerusform>
            <numerusform>%n kort spärrade för gott.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Spärrat: %1</translation>
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
        <translation>Kortets historik</translation>
    </message>
    <message>
        <source>What happened to the card, newest first, from the audit trail; Enter opens a record in full</source>
        <translation>Vad som hänt kortet, senaste först, ur granskningsloggen; Retur öppnar en post i sin helhet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>How much of the card&apos;s history is shown</source>
        <translation>Hur mycket av kortets historik som visas</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historiken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Ingen historik registrerad.</translation>
    </message>
    <message numerus="yes">
        <source>History, %n record(s):</source>
        <translation>
            <numerusform>Historik, %n post:</numerusform>
            <numerusform>Historik, %n poster:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, the newest %n records (the audit trail has them all):</source>
        <translation>
            <numerusform>Historik, den senaste %n posten (granskningsloggen har alla):</numerusform>
            <numerusform>Historik, de %n senaste posterna (granskningsloggen har alla):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::CardListModel</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation>Go Cards kort-id</translation>
    </message>
    <message>
        <source>Go Cards order</source>
        <translation>Go Cards-beställning</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>tempcards::CardSortMenu</name>
    <message>
        <source>Sort by</source>
        <translation>Sortera efter</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Stigande</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Fallande</translation>
    </message>
</context>
<context>
    <name>tempcards::CardStates</name>
    <message>
        <source>processing</source>
        <translation>under behandling</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>beställt</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>i produktion</translation>
    </message>
    <message>
        <source>produced</source>
        <translation>producerat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckat</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>ej tilldelat</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>tilldelat</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>spärrat</translation>
    </message>
</context>
<context>
    <name>tempcards::CertificateNotes</name>
    <message>
        <source>Whose certificates these are, who issued them and until when they hold</source>
        <translation>Vems certifikaten är, vem som utfärdade dem och till när de gäller</translation>
    </message>
    <message>
        <source>No certificate can be read from this text.</source>
        <translation>Inget certifikat kan läsas ur den här texten.</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3.</source>
        <translation>%1, utfärdat av %2, giltigt till %3.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): renew it before then.</source>
        <translation>
            <numerusform>Går ut om %n dag: förnya det innan dess.</numerusform>
            <numerusform>Går ut om %n dagar: förnya det innan dess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: connections with it are refused.</source>
        <translation>Har gått ut: anslutningar med det avvisas.</translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Inte giltigt före %1.</translation>
    </message>
</context>
<context>
    <name>tempcards::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one of at least %1 characters before you go on.</source>
        <translation>En administratör har återställt ditt lösenord. Välj ett nytt med minst %1 tecken innan du fortsätter.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Det nya lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Byt lösenord</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Lösenordet byts…</translation>
    </message>
    <message>
        <source>The password you logged in with</source>
        <translation>Lösenordet du loggade in med</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Ditt nya lösenord</translation>
    </message>
    <message>
        <source>The new password again, to catch a typing mistake</source>
        <translation>Det nya lösenordet igen, för att upptäcka skrivfel</translation>
    </message>
    <message>
        <source>Change your password (Enter)</source>
        <translation>Byt ditt lösenord (Enter)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointKey</name>
    <message>
        <source>The checkpoint key %1 may be read by others; make it readable by its owner alone (chmod 600).</source>
        <translation>Kontrollpunktsnyckeln %1 kan läsas av andra; gör den läsbar endast för ägaren (chmod 600).</translation>
    </message>
    <message>
        <source>The checkpoint key %1 cannot be read: %2</source>
        <translation>Kontrollpunktsnyckeln %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a tempcards checkpoint key.</source>
        <translation>%1 är ingen tempcards-kontrollpunktsnyckel.</translation>
    </message>
    <message>
        <source>A checkpoint key could not be made.</source>
        <translation>Ingen kontrollpunktsnyckel kunde skapas.</translation>
    </message>
    <message>
        <source>The checkpoint key %1 could not be written: %2</source>
        <translation>Kontrollpunktsnyckeln %1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointPublisher</name>
    <message>
        <source>The audit trail&apos;s head could not be read for a checkpoint; see the log.</source>
        <translation>Granskningsloggens huvud kunde inte läsas för en kontrollpunkt; se loggen.</translation>
    </message>
    <message>
        <source>The checkpoint could not be written to %1: %2</source>
        <translation>Kontrollpunkten kunde inte skrivas till %1: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::ChipReader</name>
    <message>
        <source>The card on %1 cannot be read: %2</source>
        <translation>Kortet på %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the reader gave no answer to the request for the UID.</source>
        <translation>läsaren svarade inte på frågan om UID.</translation>
    </message>
    <message>
        <source>the reader cannot tell this card&apos;s UID (status %1).</source>
        <translation>läsaren kan inte ange kortets UID (status %1).</translation>
    </message>
    <message>
        <source>the card refused to give its UID (status %1).</source>
        <translation>kortet vägrade lämna sitt UID (status %1).</translation>
    </message>
    <message numerus="yes">
        <source>the card gave a UID of %n byte(s), which no card has.</source>
        <translation>
            <numerusform>kortet angav ett UID på %n byte, vilket inget kort har.</numerusform>
            <numerusform>kortet angav ett UID på %n byte, vilket inget kort har.</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader service is running (pcscd).</source>
        <translation>Ingen kortläsartjänst körs (pcscd).</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Ingen kortläsare är ansluten.</translation>
    </message>
    <message>
        <source>The card reader went away: %1</source>
        <translation>Kortläsaren försvann: %1</translation>
    </message>
    <message>
        <source>No card was put on the reader.</source>
        <translation>Inget kort lades på läsaren.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationDialog</name>
    <message>
        <source>Cards out and stock</source>
        <translation>Utlämnade kort och lager</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vy:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs om</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportera %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Which cards to list</source>
        <translation>Vilka kort som listas</translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way</source>
        <translation>Otilldelade kort och kort på väg</translation>
    </message>
    <message>
        <source>The cards of the chosen view</source>
        <translation>Korten i den valda vyn</translation>
    </message>
    <message>
        <source>How many cards the view holds</source>
        <translation>Hur många kort vyn innehåller</translation>
    </message>
    <message>
        <source>Write every card of the view to a CSV file</source>
        <translation>Skriv varje kort i vyn till en CSV-fil</translation>
    </message>
    <message>
        <source>Read the view again</source>
        <translation>Läs vyn igen</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Stäng fönstret</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n card(s); Export CSV… writes them all.</source>
        <translation>
            <numerusform>De första %1 av %n kort; Exportera CSV… skriver alla.</numerusform>
            <numerusform>De första %1 av %n kort; Exportera CSV… skriver alla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n kort.</numerusform>
            <numerusform>%n kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way — below %3</source>
        <translation>Lager: %1 otilldelade, %2 på väg — under %3</translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way</source>
        <translation>Lager: %1 otilldelade, %2 på väg</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>The batch sync mails each holder their reminder; the Mail column says what was sent.</source>
        <translation>Batchsynkroniseringen e-postar varje innehavare dess påminnelse; kolumnen E-post visar vad som skickades.</translation>
    </message>
    <message>
        <source>No mail server is set (Settings › Mail), so these reminders are only listed here and nothing is sent.</source>
        <translation>Ingen e-postserver är inställd (Inställningar › E-post), så de här påminnelserna listas bara här och ingenting skickas.</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationModel</name>
    <message numerus="yes">
        <source>%1, %n day(s) before</source>
        <translation>
            <numerusform>%1, %n dag före</numerusform>
            <numerusform>%1, %n dagar före</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Anställningsnummer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Påminnelse förfaller</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Skickad %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Inte skickad: %1</translation>
    </message>
    <message>
        <source>Answer not known; sent again at the next run</source>
        <translation>Svaret okänt; skickas igen vid nästa körning</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Inte skickad än</translation>
    </message>
    <message>
        <source>Listed only: no mail server is set</source>
        <translation>Bara listad: ingen e-postserver är inställd</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationQuery</name>
    <message>
        <source>Cards in circulation</source>
        <translation>Utlämnade kort</translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation>Går ut inom 7 dagar</translation>
    </message>
    <message>
        <source>Expired and not returned</source>
        <translation>Utgångna och inte återlämnade</translation>
    </message>
    <message>
        <source>Locked cards</source>
        <translation>Spärrade kort</translation>
    </message>
    <message>
        <source>Cards needing attention</source>
        <translation>Kort som behöver åtgärdas</translation>
    </message>
    <message>
        <source>Reminders due today</source>
        <translation>Påminnelser som ska ut i dag</translation>
    </message>
</context>
<context>
    <name>tempcards::ClientOptions</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>The Nexus GO Cards address (default: the simulator on this computer).</source>
        <translation>Adressen till Nexus GO Cards (standard: simulatorn på den här datorn).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Go Cards client id.</source>
        <translation>Klient-id hos Go Cards.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The Go Cards organisation id.</source>
        <translation>Organisations-id hos Go Cards.</translation>
    </message>
    <message>
        <source>The database file name must not be empty.</source>
        <translation>Databasfilens namn får inte vara tomt.</translation>
    </message>
    <message>
        <source>Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.</source>
        <translation>Beställ tillfälliga id-kort från Nexus GO Cards och följ dem tills de kan lämnas ut.</translation>
    </message>
    <message>
        <source>The batch sync: orders the queued temporary cards from Nexus GO Cards and follows their production. Only one batch sync works on a database at a time.</source>
        <translation>Batchsynkroniseringen: beställer de köade tillfälliga korten från Nexus GO Cards och följer deras produktion. Bara en batchsynkronisering i taget arbetar mot en databas.</translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1.</source>
        <translation>Klienthemligheten för Go Cards läses från miljövariabeln %1.</translation>
    </message>
    <message>
        <source>Run once and exit (for cron); the exit code is 0 when the run succeeded or another batch sync was running.</source>
        <translation>Kör en gång och avsluta (för cron); slutkoden är 0 när körningen lyckades eller en annan batchsynkronisering pågick.</translation>
    </message>
    <message>
        <source>Run every &lt;seconds&gt; until stopped (default: the batchSyncIntervalSeconds option).</source>
        <translation>Kör var &lt;seconds&gt;:e sekund tills den stoppas (standard: alternativet batchSyncIntervalSeconds).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>Give either --once or --interval, not both.</source>
        <translation>Ange antingen --once eller --interval, inte båda.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400.</source>
        <translation>--interval måste vara ett helt antal sekunder från 1 till 86400.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, name the first bad record if any, and exit (0: intact, 1: not intact).</source>
        <translation>Kontrollera granskningsloggens hashkedja, namnge den första felaktiga posten om det finns någon, och avsluta (0: intakt, 1: inte intakt).</translation>
    </message>
    <message>
        <source>Use a PostgreSQL database instead, given by libpq connection options, for example &quot;host=db.example dbname=tempcards user=tempcards sslmode=verify-full&quot; or &quot;service=tempcards&quot;. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Använd i stället en PostgreSQL-databas, angiven med libpq-anslutningsalternativ, till exempel ”host=db.example dbname=tempcards user=tempcards sslmode=verify-full” eller ”service=tempcards”. Lösenordet hämtas från PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>alternativ</translation>
    </message>
    <message>
        <source>--postgres needs the connection options, such as &quot;host=db.example dbname=tempcards user=tempcards&quot;.</source>
        <translation>--postgres behöver anslutningsalternativen, till exempel ”host=db.example dbname=tempcards user=tempcards”.</translation>
    </message>
    <message>
        <source>Give either --database or --postgres, not both.</source>
        <translation>Ange antingen --database eller --postgres, inte båda.</translation>
    </message>
    <message>
        <source>Do not put the database password on the command line, where other users can read it; use PGPASSWORD or ~/.pgpass.</source>
        <translation>Ange inte databaslösenordet på kommandoraden, där andra användare kan läsa det; använd PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>How long another batch sync waits before it takes over from this one if this one dies in the middle of a run (10 to 3600, default 120). Renewed at a third of it while the run lasts.</source>
        <translation>Hur länge en annan batchsynkronisering väntar innan den tar över om den här dör mitt i en körning (10 till 3600, standard 120). Förnyas efter en tredjedel av tiden medan körningen pågår.</translation>
    </message>
    <message>
        <source>--lease must be a whole number of seconds from 10 to 3600.</source>
        <translation>--lease måste vara ett helt antal sekunder från 10 till 3600.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: the database chosen in the client&apos;s Database dialog, else %1).</source>
        <translation>SQLite-databasfilen (standard: databasen som valts i klientens databasdialog, annars %1).</translation>
    </message>
    <message>
        <source>Unexpected argument: &quot;%1&quot;</source>
        <translation>Oväntat argument: ”%1”</translation>
    </message>
    <message>
        <source>--postgres: %1</source>
        <translation>--postgres: %1</translation>
    </message>
    <message>
        <source>Append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records; with --verify-audit, check the database against every checkpoint in it.</source>
        <translation>Lägg efter varje körning och var --checkpoint-every post till en signerad kontrollpunkt av granskningsloggens huvud i &lt;file&gt; (och systemloggen); med --verify-audit, kontrollera databasen mot varje kontrollpunkt i den.</translation>
    </message>
    <message>
        <source>The Ed25519 key that signs the checkpoints, made there (0600, with &lt;file&gt;.pub) when missing (default: %1).</source>
        <translation>Ed25519-nyckeln som signerar kontrollpunkterna; skapas där (0600, med &lt;file&gt;.pub) när den saknas (standard: %1).</translation>
    </message>
    <message>
        <source>Records between two checkpoints while no run ends (1 to 1000000, default 1000).</source>
        <translation>Poster mellan två kontrollpunkter medan ingen körning slutar (1 till 1000000, standard 1000).</translation>
    </message>
    <message>
        <source>records</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>With --verify-audit: the public key the checkpoints must be signed with (base64, or a file holding it, such as the key&apos;s .pub).</source>
        <translation>Med --verify-audit: den offentliga nyckel som kontrollpunkterna måste vara signerade med (base64, eller en fil som innehåller den, som nyckelns .pub).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nyckel</translation>
    </message>
    <message>
        <source>--checkpoint-every must be a whole number of records from 1 to 1000000.</source>
        <translation>--checkpoint-every måste vara ett heltal poster från 1 till 1000000.</translation>
    </message>
    <message>
        <source>On a workstation that runs the batch sync itself: append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records, and check the database against the file&apos;s last checkpoint when it is opened.</source>
        <translation>På en arbetsstation som själv kör batchsynkroniseringen: lägg efter varje körning och var --checkpoint-every:e post till en signerad kontrollpunkt av granskningsloggens huvud i &lt;file&gt; (och systemloggen), och kontrollera databasen mot filens sista kontrollpunkt när den öppnas.</translation>
    </message>
    <message>
        <source>Import the cardholders of an HR export (CSV, UTF-8, a header naming the columns), whole or not at all, say what changed, and exit (0: imported, 1: refused; every bad line is named).</source>
        <translation>Importera kortinnehavarna i en HR-export (CSV, UTF-8, en rubrikrad som namnger kolumnerna), helt eller inte alls, säga vad som ändrades och avsluta (0: importerad, 1: avvisad; varje felaktig rad nämns).</translation>
    </message>
    <message>
        <source>With --import-people: the file lists everyone; people missing from it become inactive.</source>
        <translation>Med --import-people: filen listar alla; de som saknas i den blir inaktiva.</translation>
    </message>
    <message>
        <source>With --import-people: the file lists only the people it changes.</source>
        <translation>Med --import-people: filen listar bara de personer den ändrar.</translation>
    </message>
    <message>
        <source>Give either --full or --partial, not both.</source>
        <translation>Ange antingen --full eller --partial, inte båda.</translation>
    </message>
    <message>
        <source>--full and --partial go with --import-people.</source>
        <translation>--full och --partial hör till --import-people.</translation>
    </message>
    <message>
        <source>Bring the cardholders in from the directory saved in the settings, whole or not at all (people it no longer lists, or marks inactive, become inactive), say what changed, and exit (0: brought in, 1: refused or the directory could not be read).</source>
        <translation>Hämta korthållarna från katalogen som sparats i inställningarna, helt eller inte alls (personer som den inte längre listar eller markerar som inaktiva blir inaktiva), tala om vad som ändrades och avsluta (0: hämtade, 1: avvisade eller katalogen kunde inte läsas).</translation>
    </message>
    <message>
        <source>--sync-people goes alone: not with --import-people, --once or --interval.</source>
        <translation>--sync-people anges ensamt: inte med --import-people, --once eller --interval.</translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -style, -platform and -reverse, are passed on to Qt.</source>
        <translation>Qt:s egna alternativ, som -style, -platform och -reverse, lämnas vidare till Qt.</translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1, else from the systemd credential %2 (LoadCredential=%2:&lt;file&gt; in the service unit).</source>
        <translation>Klienthemligheten för Go Cards läses från miljövariabeln %1, annars från systemd-autentiseringsuppgiften %2 (LoadCredential=%2:&lt;fil&gt; i tjänsteenheten).</translation>
    </message>
</context>
<context>
    <name>tempcards::Credentials</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Ange ett användarnamn.</translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation>Ett användarnamn får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>A user name may contain only letters a-z, digits and the characters . _ @ - and must start with a letter or digit.</source>
        <translation>Ett användarnamn får bara innehålla bokstäverna a-z, siffror och tecknen . _ @ - och måste börja med en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The password can have at most %1 characters.</source>
        <translation>Lösenordet får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation>Lösenordet får inte innehålla styrtecken.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
    </message>
    <message>
        <source>The password must not contain invisible text-direction marks.</source>
        <translation>Lösenordet får inte innehålla osynliga skrivriktningstecken.</translation>
    </message>
</context>
<context>
    <name>tempcards::CredentialsForm</name>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <source>The name the new account logs in with: letters a-z, digits and . _ @ -</source>
        <translation>Namnet som det nya kontot loggar in med: bokstäverna a-z, siffror och . _ @ -</translation>
    </message>
    <message>
        <source>The new account&apos;s password; the rule it must meet is shown when it falls short</source>
        <translation>Det nya kontots lösenord; regeln det måste uppfylla visas när det inte räcker</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation>Samma lösenord igen, för att upptäcka skrivfel</translation>
    </message>
</context>
<context>
    <name>tempcards::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Ingen databasfil angavs.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>The folder %1 for the database could not be created.</source>
        <translation>Mappen %1 för databasen kunde inte skapas.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; tempcards needs to write the database and its journal there.</source>
        <translation>Mappen %1 är skrivskyddad; tempcards måste skriva databasen och dess journal där.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; tempcards needs to write to it. Check the file&apos;s permissions.</source>
        <translation>Databasfilen %1 är skrivskyddad; tempcards måste skriva till den. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation>Databasfilen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so tempcards cannot use it. It was not changed.</source>
        <translation>%1 är ingen SQLite-databas, så tempcards kan inte använda den. Den ändrades inte.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. %2</source>
        <translation>Databasen %1 kunde inte öppnas. %2</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Databasen %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>The database file name &quot;%1&quot; contains control characters or invisible formatting marks; choose the file again.</source>
        <translation>Databasfilens namn ”%1” innehåller styrtecken eller osynliga formateringstecken; välj filen igen.</translation>
    </message>
    <message>
        <source>The database file name is too long (%1 characters): &quot;%2&quot;.</source>
        <translation>Databasfilens namn är för långt (%1 tecken): ”%2”.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>Databasfilen %1 kunde inte skapas: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <translation>Välj databas</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-fil på den här datorn</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer (one workstation)</source>
        <translation>&amp;SQLite-fil på den här datorn (en arbetsstation)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several workstations share one card stock)</source>
        <translation>&amp;PostgreSQL-server (flera arbetsstationer delar ett kortlager)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasnamn</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasanvändare</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-läge</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; use it across a network.</source>
        <translation>verify-full kontrollerar serverns certifikat och namn; använd det över ett nätverk.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>optional: an entry of pg_service.conf</source>
        <translation>valfritt: en post i pg_service.conf</translation>
    </message>
    <message>
        <source>More libpq options</source>
        <translation>Fler libpq-alternativ</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>tomt: från ~/.pgpass eller PGPASSWORD</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved.</source>
        <translation>Hålls bara i minnet för den här sessionen, sparas aldrig.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Anv&amp;ändare:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SSL-lä&amp;ge:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;More options:</source>
        <translation>Fler alt&amp;ernativ:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Keep the cards in a database file on this computer; only this workstation uses it</source>
        <translation>Håll korten i en databasfil på den här datorn; bara den här arbetsstationen använder den</translation>
    </message>
    <message>
        <source>Keep the cards on a PostgreSQL server that several workstations share</source>
        <translation>Håll korten på en PostgreSQL-server som flera arbetsstationer delar</translation>
    </message>
    <message>
        <source>The full path of the SQLite database file; a missing file is created</source>
        <translation>Den fullständiga sökvägen till SQLite-databasfilen; en fil som saknas skapas</translation>
    </message>
    <message>
        <source>Choose the database file in a file dialog</source>
        <translation>Välj databasfilen i en fildialog</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>PostgreSQL-serverns namn eller adress</translation>
    </message>
    <message>
        <source>The port the PostgreSQL server listens on, usually 5432</source>
        <translation>Porten som PostgreSQL-servern lyssnar på, oftast 5432</translation>
    </message>
    <message>
        <source>The name of the tempcards database on the server</source>
        <translation>Namnet på tempcards-databasen på servern</translation>
    </message>
    <message>
        <source>The database user tempcards connects as</source>
        <translation>Databasanvändaren som tempcards ansluter som</translation>
    </message>
    <message>
        <source>How the connection to the server is secured</source>
        <translation>Hur anslutningen till servern skyddas</translation>
    </message>
    <message>
        <source>A service name from the PostgreSQL service file, instead of host, port and user</source>
        <translation>Ett tjänstnamn från PostgreSQL:s tjänstfil, i stället för värd, port och användare</translation>
    </message>
    <message>
        <source>Further libpq connection options, as name=value pairs separated by spaces</source>
        <translation>Fler libpq-anslutningsalternativ, som namn=värde-par åtskilda av mellanslag</translation>
    </message>
    <message>
        <source>The database user&apos;s password, kept in memory for this session only</source>
        <translation>Databasanvändarens lösenord, hålls bara i minnet för den här sessionen</translation>
    </message>
    <message>
        <source>Open this database and use it from now on (Enter)</source>
        <translation>Öppna den här databasen och använd den från och med nu (Enter)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>SSL mode warning</source>
        <translation>Varning om SSL-läget</translation>
    </message>
    <message>
        <source>What the chosen SSL mode leaves open</source>
        <translation>Vad det valda SSL-läget lämnar öppet</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseError</name>
    <message>
        <source>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</source>
        <translation>Databasen är upptagen med en annan arbetsstations ändring. Inget sparades; försök igen.</translation>
    </message>
    <message>
        <source>The database is read-only, so nothing could be saved. Check the file&apos;s permissions.</source>
        <translation>Databasen är skrivskyddad, så inget kunde sparas. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a tempcards database. Nothing was saved.</source>
        <translation>Databasfilen är skadad eller är ingen tempcards-databas. Inget sparades.</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation>Disken med databasen är full. Inget sparades.</translation>
    </message>
    <message>
        <source>The database reported an error, so nothing was saved. Details are in the log.</source>
        <translation>Databasen rapporterade ett fel, så inget sparades. Detaljer finns i loggen.</translation>
    </message>
    <message>
        <source>The database does not allow you this change. Nothing was saved. Details are in the log.</source>
        <translation>Databasen tillåter dig inte den här ändringen. Ingenting sparades. Detaljer finns i loggen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so nothing was saved. tempcards reconnects by itself; try again in a moment.</source>
        <translation>Anslutningen till databasen bröts, så inget sparades. tempcards ansluter igen av sig självt; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The connection to the database was lost while the change was being saved, and it did not come back in time to tell whether the change was saved. Check the card list once the database is back before trying again.</source>
        <translation>Anslutningen till databasen bröts medan ändringen sparades och kom inte tillbaka i tid för att avgöra om ändringen sparades. Kontrollera kortlistan när databasen är tillbaka innan du försöker igen.</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseOpenJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseSettings</name>
    <message>
        <source>Choose the database file.</source>
        <translation>Välj databasfilen.</translation>
    </message>
    <message>
        <source>The password is longer than 1,000 characters.</source>
        <translation>Lösenordet är längre än 1 000 tecken.</translation>
    </message>
    <message>
        <source>The password contains control characters or invisible text-direction marks; type it again.</source>
        <translation>Lösenordet innehåller styrtecken eller osynliga skrivriktningstecken; skriv det igen.</translation>
    </message>
    <message>
        <source>The file name contains control characters or invisible formatting marks; choose the file again.</source>
        <translation>Filnamnet innehåller styrtecken eller osynliga formateringstecken; välj filen igen.</translation>
    </message>
    <message>
        <source>Give the database file&apos;s full path, starting with /, or choose it with Browse….</source>
        <translation>Ange databasfilens fullständiga sökväg, som börjar med /, eller välj den med Bläddra….</translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseStatusLabel</name>
    <message>
        <source>The database answers again.</source>
        <translation>Databasen svarar igen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Database unreachable, retrying… Last success: %1</source>
        <translation>Databasen kan inte nås, försöker igen… Senast lyckad: %1</translation>
    </message>
    <message>
        <source>Shown while the database does not answer</source>
        <translation>Visas medan databasen inte svarar</translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNews</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 och %n till</numerusform>
            <numerusform>%1 och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) produced</source>
        <translation>
            <numerusform>%n tillfälligt kort tillverkat</numerusform>
            <numerusform>%n tillfälliga kort tillverkade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards %1 are on their way; initialize them when they arrive.</source>
        <translation>
            <numerusform>Kort %1 är på väg; initiera det när det kommer.</numerusform>
            <numerusform>Korten %1 är på väg; initiera dem när de kommer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 failed.</source>
        <translation>Kort %1 misslyckades.</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Kort %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed.</source>
        <translation>
            <numerusform>%n till misslyckades.</numerusform>
            <numerusform>%n till misslyckades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) failed</source>
        <translation>
            <numerusform>%n tillfälligt kort misslyckades</numerusform>
            <numerusform>%n tillfälliga kort misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync is failing</source>
        <translation>Batchsynkroniseringen misslyckas</translation>
    </message>
    <message>
        <source>%1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation>%1 Korten väntar i bearbetning tills den fungerar igen; den fortsätter att försöka.</translation>
    </message>
    <message>
        <source>The batch sync works again</source>
        <translation>Batchsynkroniseringen fungerar igen</translation>
    </message>
    <message>
        <source>The waiting cards are being ordered.</source>
        <translation>De väntande korten beställs.</translation>
    </message>
    <message>
        <source>Low stock of temporary cards</source>
        <translation>Lågt lager av tillfälliga kort</translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNotifier</name>
    <message>
        <source>Show tempcards</source>
        <translation>Visa tempcards</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConfig</name>
    <message>
        <source>The directory&apos;s address must be ldaps://host or ldap://host (with StartTLS).</source>
        <translation>Katalogens adress måste vara ldaps://värd eller ldap://värd (med StartTLS).</translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the base DN has a field of its own.</source>
        <translation>Katalogens adress anger bara servern; bas-DN har ett eget fält.</translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the bind DN and password have fields of their own.</source>
        <translation>Katalogens adress anger bara servern; bind-DN och lösenord har egna fält.</translation>
    </message>
    <message>
        <source>A directory setting is too long or holds control or invisible characters.</source>
        <translation>En kataloginställning är för lång eller innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <source>The bind DN is missing.</source>
        <translation>Bind-DN saknas.</translation>
    </message>
    <message>
        <source>The bind password is missing.</source>
        <translation>Bind-lösenordet saknas.</translation>
    </message>
    <message>
        <source>The bind password is too long.</source>
        <translation>Bind-lösenordet är för långt.</translation>
    </message>
    <message>
        <source>The base DN is missing.</source>
        <translation>Bas-DN saknas.</translation>
    </message>
    <message>
        <source>The people filter must be one filter in parentheses, such as (objectClass=inetOrgPerson).</source>
        <translation>Personfiltret måste vara ett filter inom parentes, till exempel (objectClass=inetOrgPerson).</translation>
    </message>
    <message>
        <source>The inactive filter must be one filter in parentheses, or empty.</source>
        <translation>Inaktiv-filtret måste vara ett filter inom parentes, eller tomt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation>”%1” är inte ett attributnamn.</translation>
    </message>
    <message>
        <source>The directory&apos;s time limits or page size are out of range.</source>
        <translation>Katalogens tidsgränser eller sidstorlek ligger utanför det tillåtna.</translation>
    </message>
    <message>
        <source>The bind password holds control characters.</source>
        <translation>Bindningslösenordet innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>De betrodda certifikaten är inte PEM-certifikat (”-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The interval between directory syncs is 0 (only when asked) to %1 minutes.</source>
        <translation>Intervallet mellan katalogsynkroniseringar är 0 (bara på begäran) till %1 minuter.</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConnectionService</name>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the directory&apos;s bind password, so the people are brought in there.</source>
        <translation>I den här databasen kan bara batchsynkroniseringen (tempcards-sync) läsa katalogens bindningslösenord, så personerna hämtas där.</translation>
    </message>
    <message>
        <source>The directory&apos;s address is too long or holds control or invisible characters.</source>
        <translation>Katalogens adress är för lång eller innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <source>The address or the bind DN changed: type the bind password again to use it with %1.</source>
        <translation>Adressen eller bindnings-DN har ändrats: skriv bindningslösenordet igen för att använda det med %1.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved bind password: type it again to test the directory from here.</source>
        <translation>I den här databasen kan bara batchsynkroniseringen läsa det sparade bindningslösenordet: skriv det igen för att testa katalogen härifrån.</translation>
    </message>
    <message>
        <source>Save the directory settings</source>
        <translation>Spara kataloginställningarna</translation>
    </message>
    <message>
        <source>The directory settings were saved.</source>
        <translation>Kataloginställningarna sparades.</translation>
    </message>
    <message>
        <source>Remove the directory</source>
        <translation>Ta bort katalogen</translation>
    </message>
    <message>
        <source>No directory is set; cardholders come from CSV files.</source>
        <translation>Ingen katalog är angiven; korthållarna kommer från CSV-filer.</translation>
    </message>
    <message>
        <source>The directory was removed; cardholders come from CSV files again.</source>
        <translation>Katalogen togs bort; korthållarna kommer från CSV-filer igen.</translation>
    </message>
    <message>
        <source>Test the directory</source>
        <translation>Testa katalogen</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryPage</name>
    <message>
        <source>Directory address</source>
        <translation>Katalogadress</translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation>Bindnings-DN</translation>
    </message>
    <message>
        <source>Bind password</source>
        <translation>Bindningslösenord</translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation>Bas-DN</translation>
    </message>
    <message>
        <source>People filter</source>
        <translation>Personfilter</translation>
    </message>
    <message>
        <source>Inactive filter</source>
        <translation>Inaktivfilter</translation>
    </message>
    <message>
        <source>Empty: everyone the people filter finds is active</source>
        <translation>Tomt: alla som personfiltret hittar är aktiva</translation>
    </message>
    <message>
        <source>Active &amp;Directory</source>
        <translation>Active &amp;Directory</translation>
    </message>
    <message>
        <source>Employee id attribute</source>
        <translation>Attribut för anställningsnummer</translation>
    </message>
    <message>
        <source>Given name attribute</source>
        <translation>Attribut för förnamn</translation>
    </message>
    <message>
        <source>Surname attribute</source>
        <translation>Attribut för efternamn</translation>
    </message>
    <message>
        <source>E-mail attribute</source>
        <translation>Attribut för e-postadress</translation>
    </message>
    <message>
        <source>Department attribute</source>
        <translation>Attribut för avdelning</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Läs in…</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>betrodda certifikat</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Bara för en egen certifikatutfärdare: dess certifikat i PEM. Systemets är alltid betrodda.</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synkroniseringsintervall i minuter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when asked (tempcards-sync --sync-people)</source>
        <translation>Bara på begäran (tempcards-sync --sync-people)</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>Adress (&amp;URL):</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bindnings-DN:</translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation>Bindningslösen&amp;ord:</translation>
    </message>
    <message>
        <source>Base D&amp;N:</source>
        <translation>Bas-D&amp;N:</translation>
    </message>
    <message>
        <source>People &amp;filter:</source>
        <translation>Person&amp;filter:</translation>
    </message>
    <message>
        <source>&amp;Inactive when:</source>
        <translation>&amp;Inaktiv när:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>A&amp;vdelning:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Betrodda &amp;certifikat:</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Hittade personer</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Anställningsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testa</translation>
    </message>
    <message>
        <source>Re&amp;move directory</source>
        <translation>Ta bort &amp;katalogen</translation>
    </message>
    <message>
        <source>ldaps://host, or ldap://host with StartTLS; the server&apos;s certificate is always verified</source>
        <translation>ldaps://värd eller ldap://värd med StartTLS; serverns certifikat kontrolleras alltid</translation>
    </message>
    <message>
        <source>The account tempcards reads the directory as</source>
        <translation>Kontot som tempcards läser katalogen som</translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation>Kan bara skrivas: sparas i databasen för batchsynkroniseringen; lämna tomt för att behålla det sparade</translation>
    </message>
    <message>
        <source>Where in the directory the people are</source>
        <translation>Var i katalogen personerna finns</translation>
    </message>
    <message>
        <source>The LDAP filter that selects the people who may hold a card</source>
        <translation>LDAP-filtret som väljer ut de personer som får ha ett kort</translation>
    </message>
    <message>
        <source>Of those people, the ones this LDAP filter also matches are inactive</source>
        <translation>Av de personerna är de inaktiva som även detta LDAP-filter matchar</translation>
    </message>
    <message>
        <source>Inactive when Active Directory&apos;s account disabled flag is set (userAccountControl bit 2)</source>
        <translation>Inaktiv när kontot är inaktiverat i Active Directory (userAccountControl bit 2)</translation>
    </message>
    <message>
        <source>The attribute that holds the unique employee id</source>
        <translation>Attributet med det unika anställningsnumret</translation>
    </message>
    <message>
        <source>The attribute that holds the given name</source>
        <translation>Attributet med förnamnet</translation>
    </message>
    <message>
        <source>The attribute that holds the surname</source>
        <translation>Attributet med efternamnet</translation>
    </message>
    <message>
        <source>The attribute that holds the e-mail address</source>
        <translation>Attributet med e-postadressen</translation>
    </message>
    <message>
        <source>The attribute that holds the department</source>
        <translation>Attributet med avdelningen</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the directory&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Certifikat för de utfärdare som får signera katalogens certifikat, i PEM; tomt litar på systemets</translation>
    </message>
    <message>
        <source>How often the batch sync brings the people in from the directory; 0: only when asked</source>
        <translation>Hur ofta batchsynkroniseringen hämtar personerna från katalogen; 0: bara på begäran</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Resultatet av det senaste testet eller sparandet</translation>
    </message>
    <message>
        <source>The first people the last test found</source>
        <translation>De första personerna som det senaste testet hittade</translation>
    </message>
    <message>
        <source>Read the first people from the directory with these settings without saving them</source>
        <translation>Läs de första personerna från katalogen med de här inställningarna utan att spara dem</translation>
    </message>
    <message>
        <source>No directory any more: cardholders come from CSV files again</source>
        <translation>Ingen katalog längre: korthållarna kommer från CSV-filer igen</translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation>Sparat; skriv ett nytt lösenord för att ersätta det</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriskt</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Sparad av %1 den %2.</translation>
    </message>
    <message>
        <source>No directory is set: cardholders come from CSV files (People › Import).</source>
        <translation>Ingen katalog är angiven: korthållarna kommer från CSV-filer (Personer › Importera).</translation>
    </message>
    <message>
        <source>Reading the first people from the directory…</source>
        <translation>Läser de första personerna från katalogen…</translation>
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
        <translation>Ansluten, men personfiltret hittar ingen med anställningsnummer under bas-DN.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the first %n people the directory holds are listed below.</source>
        <translation>
            <numerusform>Ansluten: %n person i katalogen visas nedan.</numerusform>
            <numerusform>Ansluten: katalogens första %n personer visas nedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empl&amp;oyee id:</source>
        <translation>Anställningsnu&amp;mmer:</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>Sync &amp;with the directory every:</source>
        <translation>&amp;Hämta personer var:</translation>
    </message>
    <message>
        <source>Language attribute</source>
        <translation>Språkattribut</translation>
    </message>
    <message>
        <source>Empty: reminders are in English</source>
        <translation>Tomt: påminnelserna är på engelska</translation>
    </message>
    <message>
        <source>Spo&amp;ken language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>The attribute that holds the language the expiry reminder is written in (en, de or sv)</source>
        <translation>Attributet med språket som påminnelsen om utgång skrivs på (en, de eller sv)</translation>
    </message>
    <message>
        <source>Which directory is saved, or that none is</source>
        <translation>Vilken katalog som är sparad, eller att ingen är det</translation>
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
        <translation>katalogen innehåller mer än %1 personer</translation>
    </message>
    <message>
        <source>the directory&apos;s people filter finds nobody with an employee id</source>
        <translation>katalogens personfilter hittar ingen med anställningsnummer</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryReadJob</name>
    <message>
        <source>%1: no %2</source>
        <translation>%1: inget %2</translation>
    </message>
    <message>
        <source>%1: employee id %2 is also %3</source>
        <translation>%1: anställningsnumret %2 har även %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>tempcards::DirectorySyncTimer</name>
    <message>
        <source>The people were not brought in from the directory: %1</source>
        <translation>Personerna hämtades inte från katalogen: %1</translation>
    </message>
</context>
<context>
    <name>tempcards::DispatchBatchJob</name>
    <message>
        <source>Nexus GO Cards sent an order answer that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade ett beställningssvar som tempcards inte kan läsa (%1).</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an order answer that does not match the order (%1).</source>
        <translation>Nexus GO Cards skickade ett beställningssvar som inte stämmer med beställningen (%1).</translation>
    </message>
    <message>
        <source>Sending the order was stopped.</source>
        <translation>Sändningen av beställningen stoppades.</translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation>Varje kort i beställningen avbröts innan den skickades.</translation>
    </message>
    <message>
        <source>This order keeps changing; it was left for later.</source>
        <translation>Den här beställningen ändras hela tiden; den lämnades till senare.</translation>
    </message>
    <message>
        <source>Another process is sending this order right now.</source>
        <translation>En annan process skickar den här beställningen just nu.</translation>
    </message>
    <message>
        <source>Another process has taken over the batch sync; this one sent nothing more.</source>
        <translation>En annan process har tagit över batchsynkroniseringen; den här skickade inget mer.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused this order, which it may already hold (%1), and could not say whether it does: %2</source>
        <translation>Nexus GO Cards avvisade den här beställningen, som det kanske redan har (%1), och kunde inte säga om det har den: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards already holds %n of these cards from orders made before; they are ordered.</source>
        <translation>
            <numerusform>Nexus GO Cards har redan %n av dessa kort från tidigare beställningar; det är beställt.</numerusform>
            <numerusform>Nexus GO Cards har redan %n av dessa kort från tidigare beställningar; de är beställda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n card(s) wait in the queue for the batch sync.</source>
        <translation>
            <numerusform>Det andra %n kortet väntar i kön på batchsynkroniseringen.</numerusform>
            <numerusform>De andra %n korten väntar i kön på batchsynkroniseringen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::EditRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Roller för %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Spara roller</translation>
    </message>
    <message>
        <source>Give the account the roles checked above (Enter)</source>
        <translation>Ge kontot rollerna som är markerade ovan (Enter)</translation>
    </message>
</context>
<context>
    <name>tempcards::ExtendDialog</name>
    <message>
        <source>Extend these cards? Each stays with its holder, and its &quot;valid until&quot; moves on by the days the options give (TempCardsValidityDays).</source>
        <translation>Förlänga de här korten? Vart och ett stannar hos sin innehavare, och dess ”giltigt till” flyttas fram med alternativens dagar (TempCardsValidityDays).</translation>
    </message>
    <message>
        <source>Extend the cards listed (Enter)</source>
        <translation>Förläng de listade korten (Retur)</translation>
    </message>
</context>
<context>
    <name>tempcards::FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Skapa den första administratören</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the user name and password of the first administrator. The password needs at least %1 characters.</source>
        <translation>Den här databasen har inga konton än. Välj användarnamn och lösenord för den första administratören. Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Skapa administratör</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Skapa administratör</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Kontot skapas…</translation>
    </message>
    <message>
        <source>Create the first administrator account and log in with it (Enter)</source>
        <translation>Skapa det första administratörskontot och logga in med det (Enter)</translation>
    </message>
    <message>
        <source>Close tempcards without creating an account</source>
        <translation>Stäng tempcards utan att skapa ett konto</translation>
    </message>
</context>
<context>
    <name>tempcards::GeneralSettingsTab</name>
    <message>
        <source>&amp;New-Process:</source>
        <translation>&amp;Ny process:</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processer</translation>
    </message>
    <message>
        <source>Process &amp;list:</source>
        <translation>Processlis&amp;ta:</translation>
    </message>
    <message>
        <source>Production type for temporary cards</source>
        <translation>Produktionstyp för tillfälliga kort</translation>
    </message>
    <message>
        <source>External (Nexus GO Cards)</source>
        <translation>Extern (Nexus GO Cards)</translation>
    </message>
    <message>
        <source>&amp;Queue temporary cards</source>
        <translation>&amp;Köa tillfälliga kort</translation>
    </message>
    <message>
        <source>Queue temporary cards</source>
        <translation>Köa tillfälliga kort</translation>
    </message>
    <message>
        <source>On: Next puts the cards in processing for the batch sync. Off: Next orders them from Nexus GO Cards at once.</source>
        <translation>På: Nästa lägger korten under behandling för batchsynkroniseringen. Av: Nästa beställer dem från Nexus GO Cards direkt.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>&amp;Production type for temporary cards:</source>
        <translation>&amp;Produktionstyp för tillfälliga kort:</translation>
    </message>
    <message>
        <source>The options script has an error; fix it on the Options script tab to change options here.</source>
        <translation>Alternativskriptet har ett fel; rätta det på fliken Alternativskript för att ändra alternativ här.</translation>
    </message>
    <message>
        <source>Who produces the temporary cards</source>
        <translation>Vem som tillverkar de tillfälliga korten</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsActivity</name>
    <message>
        <source>Waiting for Nexus GO Cards…</source>
        <translation>Väntar på Nexus GO Cards…</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsClient</name>
    <message>
        <source>Nexus GO Cards sent a login answer that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade ett inloggningssvar som tempcards inte kan läsa (%1).</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConfig</name>
    <message>
        <source>The Go Cards URL &quot;%1&quot; is not a valid absolute URL such as https://gocards.example.com.</source>
        <translation>Go Cards-URL:en ”%1” är inte en giltig absolut URL som https://gocards.example.com.</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must start with https://.</source>
        <translation>Go Cards-URL:en ”%1” måste börja med https://.</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; uses plain http to another machine; only https is allowed there (http is accepted for this computer only, for the simulator).</source>
        <translation>Go Cards-URL:en ”%1” använder vanlig http till en annan dator; där tillåts bara https (http godtas bara för den här datorn, för simulatorn).</translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must not contain a user name, password, query or fragment.</source>
        <translation>Go Cards-URL:en ”%1” får inte innehålla användarnamn, lösenord, fråga eller fragment.</translation>
    </message>
    <message>
        <source>Enter the Go Cards address, such as https://gocards.example.com.</source>
        <translation>Ange Go Cards-adressen, till exempel https://gocards.example.com.</translation>
    </message>
    <message>
        <source>The Go Cards address is %1 characters long; at most %2 are accepted.</source>
        <translation>Go Cards-adressen är %1 tecken lång; högst %2 godtas.</translation>
    </message>
    <message>
        <source>The Go Cards address &quot;%1&quot; contains control characters or invisible formatting marks; type it again.</source>
        <translation>Go Cards-adressen ”%1” innehåller styrtecken eller osynliga formateringstecken; skriv den igen.</translation>
    </message>
    <message>
        <source>Enter the Go Cards %1.</source>
        <translation>Ange %1 för Go Cards.</translation>
    </message>
    <message>
        <source>The Go Cards %1 can have at most %2 characters.</source>
        <translation>%1 för Go Cards får ha högst %2 tecken.</translation>
    </message>
    <message>
        <source>The Go Cards %1 &quot;%2&quot; contains control characters or invisible formatting marks.</source>
        <translation>%1 för Go Cards ”%2” innehåller styrtecken eller osynliga formateringstecken.</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>organisations-id</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>klient-id</translation>
    </message>
    <message>
        <source>Enter the Go Cards client secret.</source>
        <translation>Ange klienthemligheten för Go Cards.</translation>
    </message>
    <message>
        <source>The Go Cards client secret can have at most %1 characters.</source>
        <translation>Klienthemligheten för Go Cards får ha högst %1 tecken.</translation>
    </message>
    <message>
        <source>The Go Cards client secret contains control characters or invisible text-direction marks; type it again.</source>
        <translation>Klienthemligheten för Go Cards innehåller styrtecken eller osynliga skrivriktningstecken; skriv den igen.</translation>
    </message>
    <message>
        <source>A secret saved for another address is never sent to %1; give this address&apos;s own secret in TEMPCARDS_GOCARDS_CLIENT_SECRET.</source>
        <translation>En hemlighet som sparats för en annan adress skickas aldrig till %1; ange den här adressens egen hemlighet i TEMPCARDS_GOCARDS_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionCheckJob</name>
    <message>
        <source>Test the Go Cards connection</source>
        <translation>Testa anslutningen till Go Cards</translation>
    </message>
    <message>
        <source>Connected: Nexus GO Cards at %1 accepted client %2.</source>
        <translation>Ansluten: Nexus GO Cards på %1 godtog klient %2.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionPage</name>
    <message>
        <source>Go Cards address</source>
        <translation>Go Cards-adress</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Organisations-id</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Bara för en privat CA: dess certifikat i PEM. Systemets är alltid betrodda.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <source>Only when Go Cards asks for one: the certificate in PEM.</source>
        <translation>Bara när Go Cards begär ett: certifikatet i PEM.</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Klientnyckel</translation>
    </message>
    <message>
        <source>&amp;Organisation id:</source>
        <translation>&amp;Organisations-id:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Klient-i&amp;d:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Klient&amp;hemlighet:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Betrodda c&amp;ertifikat:</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>betrodda certifikat</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>klientcertifikat</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Klient&amp;nyckel:</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>klientnyckel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Saved; type a new secret to replace it</source>
        <translation>Sparad; skriv en ny hemlighet för att ersätta den</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <source>A key is saved; paste or load a new one to replace it.</source>
        <translation>En nyckel är sparad; klistra in eller läs in en ny för att ersätta den.</translation>
    </message>
    <message>
        <source>The private key of the client certificate, unencrypted PEM.</source>
        <translation>Klientcertifikatets privata nyckel, okrypterad PEM.</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Sparad av %1 %2.</translation>
    </message>
    <message>
        <source>Not saved yet: this workstation uses the connection it was started with.</source>
        <translation>Inte sparad än: den här arbetsstationen använder anslutningen den startades med.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>organisations-id</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>klient-id</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>klienthemlighet</translation>
    </message>
    <message>
        <source>On this workstation the command line or environment sets the %1; those win over the saved values.</source>
        <translation>På den här arbetsstationen anger kommandoraden eller miljön %1; de går före de sparade värdena.</translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for a token…</source>
        <translation>Begär en token från Nexus GO Cards…</translation>
    </message>
    <message>
        <source>Your organisation&apos;s id at Nexus GO Cards</source>
        <translation>Din organisations id hos Nexus GO Cards</translation>
    </message>
    <message>
        <source>The id of the API client Nexus GO Cards issued for tempcards</source>
        <translation>Id för API-klienten som Nexus GO Cards utfärdade för tempcards</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign Go Cards&apos; server certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Certifikat för de utfärdare som får signera Go Cards servercertifikat, i PEM; tomt litar på systemets</translation>
    </message>
    <message>
        <source>The certificate tempcards shows Go Cards when it asks for one, in PEM</source>
        <translation>Certifikatet som tempcards visar Go Cards när det begärs, i PEM</translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM; stored in the database</source>
        <translation>Klientcertifikatets privata nyckel, i PEM; sparas i databasen</translation>
    </message>
    <message>
        <source>The result of the last connection test or save</source>
        <translation>Resultatet av det senaste anslutningstestet eller sparandet</translation>
    </message>
    <message>
        <source>Log in to Go Cards with these settings without saving them</source>
        <translation>Logga in hos Go Cards med de här inställningarna utan att spara dem</translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation>Adress (&amp;URL):</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Läs in…</translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation>Klient&amp;certifikat:</translation>
    </message>
    <message>
        <source>Loa&amp;d…</source>
        <translation>L&amp;äs in…</translation>
    </message>
    <message>
        <source>Lo&amp;ad…</source>
        <translation>Läs &amp;in…</translation>
    </message>
    <message>
        <source>Which connection is saved, or that none is</source>
        <translation>Vilken anslutning som är sparad, eller att ingen är det</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionService</name>
    <message>
        <source>The address changed: type the client secret again to use it with %1.</source>
        <translation>Adressen ändrades: skriv klienthemligheten igen för att använda den med %1.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Ange klienthemligheten.</translation>
    </message>
    <message>
        <source>Save the Go Cards connection</source>
        <translation>Spara anslutningen till Go Cards</translation>
    </message>
    <message>
        <source>The Go Cards connection was saved.</source>
        <translation>Anslutningen till Go Cards sparades.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved client secret and key: type them again to test the connection from here.</source>
        <translation>I den här databasen kan bara batchsynkroniseringen läsa den sparade klienthemligheten och nyckeln: skriv dem igen för att testa anslutningen härifrån.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsEvents</name>
    <message>
        <source>the events page has no events list or no next cursor</source>
        <translation>händelsesidan har ingen händelselista eller ingen nästa markör</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsMessages</name>
    <message>
        <source>the token type is not Bearer</source>
        <translation>tokentypen är inte Bearer</translation>
    </message>
    <message>
        <source>the field &quot;expiresIn&quot; is missing or out of range</source>
        <translation>fältet ”expiresIn” saknas eller ligger utanför intervallet</translation>
    </message>
    <message>
        <source>the field &quot;createdAt&quot; is missing or is not a date</source>
        <translation>fältet ”createdAt” saknas eller är inget datum</translation>
    </message>
    <message>
        <source>the field &quot;cards&quot; is missing or is not a list</source>
        <translation>fältet ”cards” saknas eller är ingen lista</translation>
    </message>
    <message>
        <source>a card has the unexpected state &quot;%1&quot;</source>
        <translation>ett kort har den oväntade statusen ”%1”</translation>
    </message>
    <message>
        <source>the field &quot;orders&quot; is missing or is not a list</source>
        <translation>fältet &quot;orders&quot; saknas eller är ingen lista</translation>
    </message>
    <message>
        <source>the field &quot;more&quot; is not true or false</source>
        <translation>fältet &quot;more&quot; är varken true eller false</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsRequestJob</name>
    <message>
        <source>Nexus GO Cards did not answer within %1 seconds.</source>
        <translation>Nexus GO Cards svarade inte inom %1 sekunder.</translation>
    </message>
    <message>
        <source>The request to Nexus GO Cards was cancelled.</source>
        <translation>Begäran till Nexus GO Cards avbröts.</translation>
    </message>
    <message>
        <source>Nexus GO Cards stopped sending for more than %1 seconds.</source>
        <translation>Nexus GO Cards slutade skicka i mer än %1 sekunder.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the order as invalid%1.</source>
        <translation>Nexus GO Cards nekade beställningen som ogiltig%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the credentials (client id, client secret or organisation id). An administrator must correct them.</source>
        <translation>Nexus GO Cards nekade inloggningsuppgifterna (klient-id, klienthemlighet eller organisations-id). En administratör måste rätta dem.</translation>
    </message>
    <message>
        <source>Nexus GO Cards no longer accepts the login token.</source>
        <translation>Nexus GO Cards godtar inte längre inloggningstoken.</translation>
    </message>
    <message>
        <source>Nexus GO Cards is still working on this order.</source>
        <translation>Nexus GO Cards arbetar fortfarande med den här beställningen.</translation>
    </message>
    <message>
        <source>Nexus GO Cards reports that this order&apos;s key was used before with different content. This is a fault in tempcards: the order was stopped and must be reported%1.</source>
        <translation>Nexus GO Cards rapporterar att den här beställningens nyckel redan använts med annat innehåll. Det är ett fel i tempcards: beställningen stoppades och måste rapporteras%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to wait %1 seconds before trying again.</source>
        <translation>Nexus GO Cards bad om att vänta %1 sekunder innan nästa försök.</translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to slow down.</source>
        <translation>Nexus GO Cards bad om lägre takt.</translation>
    </message>
    <message>
        <source>Nexus GO Cards reported a problem on its side (HTTP %1)%2.</source>
        <translation>Nexus GO Cards rapporterade ett problem på sin sida (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not be reached at %1%2.</source>
        <translation>Nexus GO Cards kunde inte nås på %1%2.</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with a redirect to %1; tempcards never follows redirects to Go Cards. Check the Go Cards URL.</source>
        <translation>Nexus GO Cards svarade med en omdirigering till %1; tempcards följer aldrig omdirigeringar till Go Cards. Kontrollera Go Cards-URL:en.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>en annan adress</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer larger than 1 MiB; it was refused.</source>
        <translation>Nexus GO Cards skickade ett svar större än 1 MiB; det nekades.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer that tempcards cannot read%1.</source>
        <translation>Nexus GO Cards skickade ett svar som tempcards inte kan läsa%1.</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with the unexpected HTTP status %1%2.</source>
        <translation>Nexus GO Cards svarade med den oväntade HTTP-statusen %1%2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2). If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation>Den säkra anslutningen till %1 kunde inte upprättas (%2). Om Go Cards begär ett klientcertifikat måste en administratör ange ett.</translation>
    </message>
    <message>
        <source>If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation>Om Go Cards begär ett klientcertifikat måste en administratör ange ett.</translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsTls</name>
    <message>
        <source>The trusted certificates for Go Cards are not PEM certificates.</source>
        <translation>De betrodda certifikaten för Go Cards är inte PEM-certifikat.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation>Ett klientcertifikat behöver sin privata nyckel, och en nyckel sitt certifikat.</translation>
    </message>
    <message>
        <source>The client certificate for Go Cards is not a PEM certificate.</source>
        <translation>Klientcertifikatet för Go Cards är inte ett PEM-certifikat.</translation>
    </message>
    <message>
        <source>The client key for Go Cards is not an unencrypted PEM RSA or EC private key.</source>
        <translation>Klientnyckeln för Go Cards är inte en okrypterad privat RSA- eller EC-nyckel i PEM.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2, so the connection was refused.</source>
        <translation>Certifikatet för %1 gick ut %2, så anslutningen nekades.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2, so the connection was refused.</source>
        <translation>Certifikatet för %1 är giltigt först från %2, så anslutningen nekades.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for another host (%2), so the connection was refused.</source>
        <translation>Certifikatet som %1 visade gäller en annan värd (%2), så anslutningen nekades.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it is self-signed, or its issuer is not among the trusted certificates. An administrator can add the issuer&apos;s certificate in the Go Cards settings.</source>
        <translation>Certifikatet för %1 är inte betrott: det är självsignerat, eller så finns dess utfärdare inte bland de betrodda certifikaten. En administratör kan lägga till utfärdarens certifikat i Go Cards-inställningarna.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Certifikatet för %1 nekades: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutDialog</name>
    <message>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, giltigt till %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The cards this process is for</source>
        <translation>Korten som processen gäller</translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutService</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n rad exporterad till %1.</numerusform>
            <numerusform>%n rader exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the export could not be recorded in the audit trail. %1</source>
        <translation>Ingenting exporterades: exporten kunde inte registreras i granskningsloggen. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::HeldBatchDecisionJob</name>
    <message>
        <source>The held order could not be read; see the log.</source>
        <translation>Den kvarhållna beställningen kunde inte läsas; se loggen.</translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards could not say whether it holds the cards: %1</source>
        <translation>Inte misslyckad, eftersom Nexus GO Cards inte kunde säga om det har korten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not failed, because Nexus GO Cards holds its cards in %n orders.</source>
        <translation>
            <numerusform>Inte misslyckad, eftersom Nexus GO Cards har dess kort i %n beställning.</numerusform>
            <numerusform>Inte misslyckad, eftersom Nexus GO Cards har dess kort i %n beställningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards holds an order of these cards that does not match it (%1).</source>
        <translation>Inte misslyckad, eftersom Nexus GO Cards har en beställning av de här korten som inte stämmer med den (%1).</translation>
    </message>
    <message>
        <source>The held order was not failed: Nexus GO Cards holds it, so its cards are ordered.</source>
        <translation>Den kvarhållna beställningen markerades inte som misslyckad: Nexus GO Cards har den, så dess kort är beställda.</translation>
    </message>
    <message>
        <source>Carrying out the decision was stopped; it is carried out at the next run.</source>
        <translation>Genomförandet av beslutet stoppades; det genomförs vid nästa körning.</translation>
    </message>
</context>
<context>
    <name>tempcards::HeldOrdersDialog</name>
    <message>
        <source>Held orders</source>
        <translation>Kvarhållna beställningar</translation>
    </message>
    <message>
        <source>Nexus GO Cards answered these orders in a way that sending them again cannot change, so they were set aside and the other orders went on. Send one again once the cause is fixed, or fail its cards with a reason. The batch sync carries out your decision, and asks Nexus GO Cards first whether it holds the cards.</source>
        <translation>Nexus GO Cards svarade på de här beställningarna på ett sätt som ett nytt försök inte kan ändra, så de lades åt sidan och de andra beställningarna fortsatte. Skicka en igen när orsaken är åtgärdad, eller markera dess kort som misslyckade med en orsak. Batchsynkroniseringen genomför ditt beslut och frågar först Nexus GO Cards om det har korten.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Kvarhållen sedan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Why the cards fail</source>
        <translation>Varför korten misslyckas</translation>
    </message>
    <message>
        <source>Why the cards fail (needed to fail them)</source>
        <translation>Varför korten misslyckas (krävs för att markera dem som misslyckade)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Skicka igen</translation>
    </message>
    <message>
        <source>&amp;Fail the cards</source>
        <translation>&amp;Markera korten som misslyckade</translation>
    </message>
    <message>
        <source>Each held order: its cards, since when, why, and the decision the batch sync has yet to carry out</source>
        <translation>Varje kvarhållen beställning: dess kort, sedan när, varför, och beslutet som batchsynkroniseringen ännu inte har genomfört</translation>
    </message>
    <message>
        <source>The reason the failed cards will show</source>
        <translation>Orsaken som de misslyckade korten kommer att visa</translation>
    </message>
    <message>
        <source>Send the selected order again at the next batch sync</source>
        <translation>Skicka den valda beställningen igen vid nästa batchsynkronisering</translation>
    </message>
    <message>
        <source>Fail the selected order&apos;s cards with the reason, unless Nexus GO Cards holds them</source>
        <translation>Markera den valda beställningens kort som misslyckade med orsaken, om inte Nexus GO Cards har dem</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng dialogen</translation>
    </message>
    <message>
        <source>to send again (%1)</source>
        <translation>skicka igen (%1)</translation>
    </message>
    <message>
        <source>to fail (%1): %2</source>
        <translation>markera som misslyckad (%1): %2</translation>
    </message>
    <message>
        <source>No order is held.</source>
        <translation>Ingen beställning är kvarhållen.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
</context>
<context>
    <name>tempcards::HoldingCells</name>
    <message>
        <source>holds it</source>
        <translation>har det</translation>
    </message>
</context>
<context>
    <name>tempcards::ImportPeopleDialog</name>
    <message>
        <source>Import people</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <source>HR export file</source>
        <translation>HR-exportfil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>The whole staff</source>
        <translation>Hela personalen</translation>
    </message>
    <message>
        <source>The &amp;whole staff: people it leaves out become inactive</source>
        <translation>&amp;Hela personalen: personer som saknas blir inaktiva</translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation>Bara några personer</translation>
    </message>
    <message>
        <source>&amp;Only some people: the others stay as they are</source>
        <translation>Bara &amp;några personer: de andra förblir som de är</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>HR export</source>
        <translation>HR-export</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, with a header naming the columns</source>
        <translation>CSV-filen, UTF-8, med en rubrikrad som namnger kolumnerna</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>People the file does not name become inactive</source>
        <translation>Personer som filen inte nämner blir inaktiva</translation>
    </message>
    <message>
        <source>People the file does not name are left alone</source>
        <translation>Personer som filen inte nämner lämnas orörda</translation>
    </message>
    <message>
        <source>Each line of the file that was refused, and why</source>
        <translation>Varje rad i filen som avvisades, och varför</translation>
    </message>
    <message>
        <source>Add and update the people of the file</source>
        <translation>Lägg till och uppdatera personerna i filen</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Välj filen som ska importeras.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation>%1 är större än %2 MB; inget importerades.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Filen innehåller</translation>
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
        <translation>UID för kortets chip, som hexadecimala siffror</translation>
    </message>
    <message>
        <source>Chip &amp;UID:</source>
        <translation>Chip-&amp;UID:</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The cards of this delivery</source>
        <translation>Korten i den här leveransen</translation>
    </message>
    <message>
        <source>Read the UID from the card with your card reader, or type it from the card.</source>
        <translation>Läs UID från kortet med din kortläsare, eller skriv av det från kortet.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The card to read now</source>
        <translation>Kortet som ska läsas nu</translation>
    </message>
    <message>
        <source>Where each card of the delivery stands</source>
        <translation>Var varje kort i leveransen står</translation>
    </message>
    <message>
        <source>Initialize this card with the chip UID (Enter)</source>
        <translation>Initiera det här kortet med chip-UID (Enter)</translation>
    </message>
    <message>
        <source>Leave this card for later and go to the next</source>
        <translation>Lämna det här kortet till senare och gå till nästa</translation>
    </message>
    <message>
        <source>Stop here; the cards done stay done (Esc)</source>
        <translation>Sluta här; korten som är klara förblir klara (Esc)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Kort %1: %2</translation>
    </message>
    <message>
        <source>Card %1 (%2): %3</source>
        <translation>Kort %1 (%2): %3</translation>
    </message>
    <message>
        <source>Card %1 of %2: card %3, Go Cards card id %4.</source>
        <translation>Kort %1 av %2: kort %3, Go Cards kort-id %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>ready to hand out</source>
        <translation>redo att lämna ut</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>överhoppat</translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation>Kort %1 är initierat och redo att lämna ut.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) initialized and ready to hand out.</source>
        <translation>
            <numerusform>%n kort initierat och redo att lämna ut.</numerusform>
            <numerusform>%n kort initierade och redo att lämna ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether a card reader reads the UID</source>
        <translation>Om en kortläsare läser UID</translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation>Letar efter en kortläsare …</translation>
    </message>
    <message>
        <source>Read from the card on %1.</source>
        <translation>Läst från kortet på %1.</translation>
    </message>
    <message>
        <source>%1 Type the UID from the card.</source>
        <translation>%1 Skriv in UID från kortet.</translation>
    </message>
    <message>
        <source>%1 Put the card on the reader again, or type its UID.</source>
        <translation>%1 Lägg kortet på läsaren igen, eller skriv in dess UID.</translation>
    </message>
</context>
<context>
    <name>tempcards::InitializeTemporaryCard</name>
    <message>
        <source>Enter the chip UID.</source>
        <translation>Ange chip-UID:t.</translation>
    </message>
    <message>
        <source>A chip UID has only the hexadecimal digits 0-9 and A-F.</source>
        <translation>Ett chip-UID har bara de hexadecimala siffrorna 0-9 och A-F.</translation>
    </message>
    <message>
        <source>A chip UID has 8, 14 or 20 hexadecimal digits (4, 7 or 10 bytes); this one has %1.</source>
        <translation>Ett chip-UID har 8, 14 eller 20 hexadecimala siffror (4, 7 eller 10 byte); det här har %1.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2; only produced cards can be initialized.</source>
        <translation>Kort %1 är %2; bara producerade kort kan initieras.</translation>
    </message>
    <message>
        <source>The chip UID %1 is not the one Nexus GO Cards reported for card %2 (%3). Check that this is the right card.</source>
        <translation>Chip-UID:t %1 är inte det som Nexus GO Cards rapporterade för kort %2 (%3). Kontrollera att det är rätt kort.</translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation>Kort %1 har ändrats under tiden; titta igen.</translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation>Kort %1 är initierat och klart att lämnas ut.</translation>
    </message>
</context>
<context>
    <name>tempcards::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>systemets språk</translation>
    </message>
    <message>
        <source>tempcards will use %1 from the next start.</source>
        <translation>tempcards använder %1 från nästa start.</translation>
    </message>
    <message>
        <source>The language could not be saved: %1 cannot be written.</source>
        <translation>Språket kunde inte sparas: %1 kan inte skrivas.</translation>
    </message>
</context>
<context>
    <name>tempcards::LdapClient</name>
    <message>
        <source>The directory at %1 cannot be reached: %2</source>
        <translation>Katalogen på %1 går inte att nå: %2</translation>
    </message>
    <message>
        <source>The directory at %1 did not prove who it is: its certificate is not trusted or does not name %1.</source>
        <translation>Katalogen på %1 bevisade inte vem den är: dess certifikat är inte betrott eller anger inte %1.</translation>
    </message>
    <message>
        <source>The directory at %1 did not answer in time.</source>
        <translation>Katalogen på %1 svarade inte i tid.</translation>
    </message>
    <message>
        <source>The directory refused the bind DN or password.</source>
        <translation>Katalogen avvisade bind-DN eller lösenord.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Reading the directory</source>
        <translation>Läsningen av katalogen</translation>
    </message>
    <message>
        <source>The directory&apos;s address cannot be used.</source>
        <translation>Katalogens adress går inte att använda.</translation>
    </message>
    <message>
        <source>The trusted certificates could not be prepared.</source>
        <translation>De betrodda certifikaten kunde inte förberedas.</translation>
    </message>
    <message>
        <source>TLS could not be set up for the directory.</source>
        <translation>TLS kunde inte ställas in för katalogen.</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>Binding to the directory</source>
        <translation>Inloggningen i katalogen</translation>
    </message>
    <message>
        <source>The directory is not connected.</source>
        <translation>Katalogen är inte ansluten.</translation>
    </message>
</context>
<context>
    <name>tempcards::LockDialog</name>
    <message>
        <source>A locked card can never be used again. The reason is kept with the card and in the audit trail.</source>
        <translation>Ett spärrat kort kan aldrig användas igen. Orsaken sparas med kortet och i granskningsloggen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>For example: damaged, stolen, not returned</source>
        <translation>Till exempel: skadat, stulet, inte återlämnat</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Why the cards are locked; required</source>
        <translation>Varför korten spärras; krävs</translation>
    </message>
    <message>
        <source>Lock the cards listed for good (Enter)</source>
        <translation>Spärra de listade korten för gott (Retur)</translation>
    </message>
</context>
<context>
    <name>tempcards::LoginDialog</name>
    <message>
        <source>Log in to tempcards</source>
        <translation>Logga in i tempcards</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose a new password.</source>
        <translation>Logga in igen när du är redo att välja ett nytt lösenord.</translation>
    </message>
    <message>
        <source>Your tempcards user name</source>
        <translation>Ditt användarnamn i tempcards</translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation>Ditt lösenord i tempcards</translation>
    </message>
    <message>
        <source>Log in with this user name and password (Enter)</source>
        <translation>Logga in med det här användarnamnet och lösenordet (Enter)</translation>
    </message>
    <message>
        <source>Close tempcards without logging in</source>
        <translation>Stäng tempcards utan att logga in</translation>
    </message>
</context>
<context>
    <name>tempcards::MailConfig</name>
    <message>
        <source>The mail server&apos;s host is missing.</source>
        <translation>E-postserverns värd saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>”%1” är inget värdnamn och ingen adress.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>The user name is too long or holds control or invisible characters.</source>
        <translation>Användarnamnet är för långt eller innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <source>The password is missing (without a user, no AUTH is used).</source>
        <translation>Lösenordet saknas (utan användare används ingen AUTH).</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Lösenordet är för långt.</translation>
    </message>
    <message>
        <source>The password holds control characters.</source>
        <translation>Lösenordet innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The sender&apos;s address is missing.</source>
        <translation>Avsändarens adress saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the sender.</source>
        <translation>”%1” är ingen e-postadress för avsändaren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the copy.</source>
        <translation>”%1” är ingen e-postadress för kopian.</translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>De betrodda certifikaten är inte PEM-certifikat (”-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limits are out of range.</source>
        <translation>E-postserverns tidsgränser ligger utanför tillåtna värden.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailConnectionService</name>
    <message>
        <source>Save the mail server settings</source>
        <translation>Spara e-postserverns inställningar</translation>
    </message>
    <message>
        <source>The mail server settings were saved.</source>
        <translation>E-postserverns inställningar sparades.</translation>
    </message>
    <message>
        <source>Remove the mail server</source>
        <translation>Ta bort e-postservern</translation>
    </message>
    <message>
        <source>The mail server was removed; due reminders are listed and not sent.</source>
        <translation>E-postservern togs bort; förfallna påminnelser listas och skickas inte.</translation>
    </message>
    <message>
        <source>No mail server is set; due reminders are listed and not sent.</source>
        <translation>Ingen e-postserver är angiven; förfallna påminnelser listas och skickas inte.</translation>
    </message>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the mail server&apos;s password, so the reminders are sent there.</source>
        <translation>I den här databasen kan bara batchsynkroniseringen (tempcards-sync) läsa e-postserverns lösenord, så påminnelserna skickas där.</translation>
    </message>
    <message>
        <source>The host, port or user changed: type the password again to use it with %1.</source>
        <translation>Värden, porten eller användaren har ändrats: skriv lösenordet igen för att använda det med %1.</translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved mail password: type it again to test the mail server from here.</source>
        <translation>I den här databasen kan bara batchsynkroniseringen läsa det sparade e-postlösenordet: skriv det igen för att testa e-postservern härifrån.</translation>
    </message>
    <message>
        <source>Test the mail server</source>
        <translation>Testa e-postservern</translation>
    </message>
    <message>
        <source>Enter the operators&apos; copy address: the test message goes there, as mail goes only to a card&apos;s holder or to that address.</source>
        <translation>Ange operatörernas kopieadress: testmeddelandet går dit, eftersom e-post bara går till ett korts innehavare eller till den adressen.</translation>
    </message>
    <message>
        <source>tempcards: test message</source>
        <translation>tempcards: testmeddelande</translation>
    </message>
    <message>
        <source>This message was sent by %1 from the tempcards settings to test the mail server %2.</source>
        <translation>Det här meddelandet skickades av %1 från inställningarna i tempcards för att testa e-postservern %2.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>”%1” är ingen e-postadress att skicka från.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Meddelandet har ingen mottagare.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>The subject is too long or holds control or invisible characters.</source>
        <translation>Ämnet är för långt eller innehåller styrtecken eller osynliga tecken.</translation>
    </message>
    <message>
        <source>The message id is not one.</source>
        <translation>Meddelande-id:t är inget giltigt id.</translation>
    </message>
    <message>
        <source>The message has no date.</source>
        <translation>Meddelandet har inget datum.</translation>
    </message>
</context>
<context>
    <name>tempcards::MailPage</name>
    <message>
        <source>Mail server host</source>
        <translation>E-postserverns värd</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>E-postserverns port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (oftast port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS, usually port 465)</source>
        <translation>TLS från början (SMTPS, oftast port 465)</translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation>E-postanvändare</translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation>Tomt: servern tar emot e-post utan inloggning</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-postlösenord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Avsändaradress</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopieadress</translation>
    </message>
    <message>
        <source>Optional: the card desk&apos;s address, which gets a copy of every reminder</source>
        <translation>Valfritt: kortdiskens adress, som får en kopia av varje påminnelse</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>Läs &amp;in…</translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation>betrodda certifikat</translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation>Bara för en privat CA: dess certifikat i PEM. Systemets är alltid betrodda.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Avsän&amp;dare:</translation>
    </message>
    <message>
        <source>Cop&amp;y to:</source>
        <translation>Ko&amp;pia till:</translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation>Betrodda &amp;certifikat:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testa</translation>
    </message>
    <message>
        <source>Re&amp;move mail server</source>
        <translation>Ta &amp;bort e-postservern</translation>
    </message>
    <message>
        <source>The organisation&apos;s mail server, by host name or address</source>
        <translation>Organisationens e-postserver, med värdnamn eller adress</translation>
    </message>
    <message>
        <source>The mail server&apos;s port: 587 for STARTTLS, 465 for SMTPS</source>
        <translation>E-postserverns port: 587 för STARTTLS, 465 för SMTPS</translation>
    </message>
    <message>
        <source>How the connection is encrypted; mail is never sent in the clear, and the server&apos;s certificate is always verified</source>
        <translation>Hur anslutningen krypteras; e-post skickas aldrig okrypterad, och serverns certifikat kontrolleras alltid</translation>
    </message>
    <message>
        <source>The account tempcards logs in to the mail server as</source>
        <translation>Kontot som tempcards loggar in på e-postservern som</translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation>Bara för skrivning: sparas i databasen för batchsynkroniseringen; lämna tomt för att behålla det sparade</translation>
    </message>
    <message>
        <source>The address the reminders come from</source>
        <translation>Adressen som påminnelserna kommer från</translation>
    </message>
    <message>
        <source>An operators&apos; address that gets a copy of every reminder, and the test message; optional</source>
        <translation>En adress för operatörerna som får en kopia av varje påminnelse och testmeddelandet; valfri</translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the mail server&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation>Certifikat för de utfärdare som får signera e-postserverns certifikat, i PEM; tomt litar på systemets</translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation>Resultatet av det senaste testet eller sparandet</translation>
    </message>
    <message>
        <source>Send one test message to the copy address with these settings, without saving them</source>
        <translation>Skicka ett testmeddelande till kopieadressen med de här inställningarna, utan att spara dem</translation>
    </message>
    <message>
        <source>No mail server any more: due reminders are listed and not sent</source>
        <translation>Ingen e-postserver längre: förfallna påminnelser listas och skickas inte</translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation>Sparat; skriv ett nytt lösenord för att ersätta det</translation>
    </message>
    <message>
        <source>Required with a user</source>
        <translation>Krävs med en användare</translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation>Sparad av %1 den %2.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Skickar ett testmeddelande till %1…</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>E-postservern tog emot testmeddelandet till %1.</translation>
    </message>
    <message>
        <source>No mail server is set: due reminders are only listed, in View › Cards out and stock.</source>
        <translation>Ingen e-postserver är inställd: förfallna påminnelser listas bara, under Visa › Utlämnade kort och lager.</translation>
    </message>
    <message>
        <source>Which mail server is saved, or that none is</source>
        <translation>Vilken e-postserver som är sparad, eller att ingen är det</translation>
    </message>
</context>
<context>
    <name>tempcards::MailSendJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
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
        <translation>Snabbsök</translation>
    </message>
    <message>
        <source>Choose what to search for and which processes to offer</source>
        <translation>Välj vad du söker efter och vilka processer som erbjuds</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>Tillfälligt kort</translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation>Snabb&amp;sök:</translation>
    </message>
    <message>
        <source>Choose what to work on in Quick search.</source>
        <translation>Välj i Snabbsök vad du vill arbeta med.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About tempcards</source>
        <translation>&amp;Om tempcards</translation>
    </message>
    <message>
        <source>About tempcards</source>
        <translation>Om tempcards</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;tempcards %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;tempcards %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Beställ tillfälliga id-kort från Nexus GO Cards och följ dem tills de kan lämnas ut.&lt;/p&gt;&lt;p&gt;Licensierat under Apache License 2.0. Byggt med Qt %2.&lt;/p&gt;&lt;p&gt;Databas: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run the batch sync now</source>
        <translation>&amp;Kör batchsynkroniseringen nu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Search cards</source>
        <translation>Sö&amp;k kort</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Läs om listan</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>&amp;Quick search</source>
        <translation>Snabb&amp;sök</translation>
    </message>
    <message>
        <source>&amp;Held orders…</source>
        <translation>Kvar&amp;hållna beställningar…</translation>
    </message>
    <message>
        <source>&amp;Unknown cards…</source>
        <translation>&amp;Okända kort…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Cards &amp;out and stock…</source>
        <translation>Utlämnade k&amp;ort och lager…</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Fler verktyg</translation>
    </message>
    <message>
        <source>The tools that do not fit in the window&apos;s width</source>
        <translation>Verktygen som inte får plats i fönstrets bredd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The batch sync, the database, the card stock and who is logged in</source>
        <translation>Batchsynkroniseringen, databasen, kortlagret och vem som är inloggad</translation>
    </message>
</context>
<context>
    <name>tempcards::Migrator</name>
    <message>
        <source>The database holds tables of another application, not of tempcards. Choose a new or a tempcards database; this one was not changed.</source>
        <translation>Databasen innehåller tabeller från ett annat program, inte från tempcards. Välj en ny databas eller en tempcards-databas; den här ändrades inte.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of tempcards (schema version %1; this version knows up to %2). Use the newer version; the database was not changed.</source>
        <translation>Databasen skapades av en nyare version av tempcards (schemaversion %1; den här versionen känner till upp till %2). Använd den nyare versionen; databasen ändrades inte.</translation>
    </message>
    <message>
        <source>The database could not be brought up to date, so it was left as it was. %1</source>
        <translation>Databasen kunde inte uppdateras, så den lämnades som den var. %1</translation>
    </message>
</context>
<context>
    <name>tempcards::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Kontot skapas…</translation>
    </message>
    <message>
        <source>Create the account with these roles (Enter)</source>
        <translation>Skapa kontot med de här rollerna (Enter)</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>S&amp;kapa</translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationBar</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>What the last action did, or why it failed</source>
        <translation>Vad den senaste åtgärden gjorde, eller varför den misslyckades</translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationsMenu</name>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Skrivbords&amp;aviseringar</translation>
    </message>
    <message>
        <source>Cards &amp;produced</source>
        <translation>Kort &amp;tillverkade</translation>
    </message>
    <message>
        <source>Cards &amp;failed</source>
        <translation>Kort &amp;misslyckade</translation>
    </message>
    <message>
        <source>&amp;Batch sync failing or working again</source>
        <translation>&amp;Batchsynkronisering misslyckas eller fungerar igen</translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation>&amp;Lågt lager</translation>
    </message>
    <message>
        <source>Tell the desktop when this happens, also while the window is hidden</source>
        <translation>Meddela skrivbordet när detta händer, även när fönstret är dolt</translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScript</name>
    <message>
        <source>expected an option name</source>
        <translation>ett alternativnamn väntades</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the option name</source>
        <translation>&apos;=&apos; väntades efter alternativnamnet</translation>
    </message>
    <message>
        <source>unexpected text after the value; start a comment with //</source>
        <translation>oväntad text efter värdet; börja en kommentar med //</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is set twice (first on line %2)</source>
        <translation>alternativet &apos;%1&apos; anges två gånger (först på rad %2)</translation>
    </message>
    <message>
        <source>expected a value: a string in double quotes, a number, true, false or a list in [ ]</source>
        <translation>ett värde väntades: en sträng inom dubbla citattecken, ett tal, true, false eller en lista inom [ ]</translation>
    </message>
    <message>
        <source>unknown escape sequence \%1 in a string</source>
        <translation>okänd escape-sekvens \%1 i en sträng</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line</source>
        <translation>strängen avslutas inte före radens slut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; är inget tal</translation>
    </message>
    <message>
        <source>the list is not closed with ]</source>
        <translation>listan avslutas inte med ]</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation>&apos;,&apos; eller &apos;]&apos; väntades i listan</translation>
    </message>
    <message>
        <source>lists are nested more than %1 deep</source>
        <translation>listor är nästlade djupare än %1 nivåer</translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScriptTab</name>
    <message>
        <source>Temporary card options script</source>
        <translation>Alternativskript för tillfälligt kort</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Sparade versioner</translation>
    </message>
    <message>
        <source>Version %1, %2, by %3</source>
        <translation>Version %1, %2, av %3</translation>
    </message>
    <message>
        <source>The built-in defaults</source>
        <translation>De inbyggda standardvärdena</translation>
    </message>
    <message>
        <source>Restore the chosen version into the editor</source>
        <translation>Återställ den valda versionen till redigeraren</translation>
    </message>
    <message>
        <source>Sa&amp;ved versions:</source>
        <translation>Sparade versi&amp;oner:</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ogiltigt: %1</translation>
    </message>
    <message>
        <source>The script is valid.</source>
        <translation>Skriptet är giltigt.</translation>
    </message>
    <message>
        <source>The options script of the temporary card; it is checked as you type</source>
        <translation>Alternativskriptet för tillfälligt kort; det kontrolleras medan du skriver</translation>
    </message>
    <message>
        <source>Earlier saved versions of the options script</source>
        <translation>Tidigare sparade versioner av alternativskriptet</translation>
    </message>
    <message>
        <source>Put the chosen earlier version into the editor; Save keeps it</source>
        <translation>Lägg den valda tidigare versionen i redigeraren; Spara behåller den</translation>
    </message>
    <message>
        <source>Res&amp;tore into the editor</source>
        <translation>Åt&amp;erställ till redigeraren</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>S&amp;kript:</translation>
    </message>
    <message>
        <source>Whether the script as typed can be saved, or where it is wrong</source>
        <translation>Om skriptet som det är skrivet kan sparas, eller var det är fel</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderDialog</name>
    <message>
        <source>Amount</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>How many temporary cards to order, from 1 to 9</source>
        <translation>Hur många tillfälliga kort som ska beställas, från 1 till 9</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Anta&amp;l:</translation>
    </message>
    <message>
        <source>Waiting for Nexus GO Cards</source>
        <translation>Väntar på Nexus GO Cards</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n card(s) from Nexus GO Cards…</source>
        <translation>
            <numerusform>Beställer %n kort från Nexus GO Cards…</numerusform>
            <numerusform>Beställer %n kort från Nexus GO Cards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Sluta vänta</translation>
    </message>
    <message>
        <source>Order the chosen amount of temporary cards (Enter)</source>
        <translation>Beställ det valda antalet tillfälliga kort (Enter)</translation>
    </message>
    <message>
        <source>Close without ordering (Esc)</source>
        <translation>Stäng utan att beställa (Esc)</translation>
    </message>
    <message>
        <source>Send the same order to Nexus GO Cards again; no card is ordered twice</source>
        <translation>Skicka samma beställning till Nexus GO Cards igen; inget kort beställs två gånger</translation>
    </message>
    <message>
        <source>Close this dialog; the cards stay as shown</source>
        <translation>Stäng dialogen; korten förblir som de visas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLog</name>
    <message>
        <source>in order %1 of Nexus GO Cards; not in this database</source>
        <translation>i beställning %1 hos Nexus GO Cards; finns inte i denna databas</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown aborted in this database</source>
        <translation>i beställning %1 hos Nexus GO Cards; visas som avbrutet i denna databas</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown failed in this database</source>
        <translation>i beställning %1 hos Nexus GO Cards; visas som misslyckat i denna databas</translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; this database has no order for it</source>
        <translation>i beställning %1 hos Nexus GO Cards; denna databas har ingen beställning för det</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLogJob</name>
    <message>
        <source>Nexus GO Cards sent a page of its order log that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade en sida av sin beställningslogg som tempcards inte kan läsa (%1).</translation>
    </message>
    <message>
        <source>Reading Nexus GO Cards&apos; order log was stopped.</source>
        <translation>Läsningen av Nexus GO Cards beställningslogg stoppades.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLookupJob</name>
    <message>
        <source>Nexus GO Cards sent a list of orders that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade en lista med beställningar som tempcards inte kan läsa (%1).</translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for its orders was stopped.</source>
        <translation>Frågan till Nexus GO Cards om dess beställningar stoppades.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCards</name>
    <message>
        <source>The amount must be a whole number from %1 to %2; &quot;%3&quot; is not a number.</source>
        <translation>Antalet måste vara ett heltal från %1 till %2; ”%3” är inget tal.</translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2.</source>
        <translation>Antalet måste vara ett heltal från %1 till %2.</translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2, not %3.</source>
        <translation>Antalet måste vara ett heltal från %1 till %2, inte %3.</translation>
    </message>
    <message>
        <source>The production type &quot;%1&quot; cannot be ordered by this client.</source>
        <translation>Produktionstypen ”%1” kan inte beställas av den här klienten.</translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCardsJob</name>
    <message numerus="yes">
        <source>%n temporary card(s) put in the queue (processing), waiting to be ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n tillfälligt kort lagt i kön (under behandling), väntar på att beställas från Nexus GO Cards.</numerusform>
            <numerusform>%n tillfälliga kort lagda i kön (under behandling), väntar på att beställas från Nexus GO Cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n tillfälligt kort beställt från Nexus GO Cards.</numerusform>
            <numerusform>%n tillfälliga kort beställda från Nexus GO Cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>%1 Beställningens %n kort är nu misslyckat.</numerusform>
            <numerusform>%1 Beställningens %n kort är nu misslyckade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) stay in processing with their order saved. The batch sync sends it again with the same order key, so Nexus GO Cards cannot create the cards twice.</source>
        <translation>
            <numerusform>Det %n kortet förblir under behandling med sin beställning sparad. Batchsynkroniseringen skickar den igen med samma beställningsnyckel, så Nexus GO Cards kan inte skapa kortet två gånger.</numerusform>
            <numerusform>De %n korten förblir under behandling med sin beställning sparad. Batchsynkroniseringen skickar den igen med samma beställningsnyckel, så Nexus GO Cards kan inte skapa korten två gånger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. The %n card(s) stay in processing with their order saved; the batch sync sends it as soon as Nexus GO Cards answers.</source>
        <translation>
            <numerusform>Inget skickades. Det %n kortet förblir under behandling med sin beställning sparad; batchsynkroniseringen skickar den så snart Nexus GO Cards svarar.</numerusform>
            <numerusform>Inget skickades. De %n korten förblir under behandling med sin beställning sparad; batchsynkroniseringen skickar den så snart Nexus GO Cards svarar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation>Varje kort i beställningen avbröts innan den skickades.</translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards refused the order. The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>Nexus GO Cards avvisade beställningen. Det %n kortet i beställningen är nu misslyckat.</numerusform>
            <numerusform>Nexus GO Cards avvisade beställningen. De %n korten i beställningen är nu misslyckade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch sync has not sent this order yet. The %n card(s) stay in processing with their order saved and are sent with the same order key.</source>
        <translation>
            <numerusform>Batchsynkroniseringen har inte skickat den här beställningen än. Det %n kortet stannar i bearbetning med beställningen sparad och skickas med samma beställningsnyckel.</numerusform>
            <numerusform>Batchsynkroniseringen har inte skickat den här beställningen än. De %n korten stannar i bearbetning med beställningen sparad och skickas med samma beställningsnyckel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No batch sync service is running (tempcards-sync; none has run for 10 minutes), and on this database only it sends orders. The %n card(s) stay in processing with their order saved and are sent when one runs.</source>
        <translation>
            <numerusform>Ingen batchsynkroniseringstjänst körs (tempcards-sync; ingen har körts på 10 minuter), och i den här databasen är det bara den som skickar beställningar. Det %n kortet stannar i bearbetning med beställningen sparad och skickas när en körs.</numerusform>
            <numerusform>Ingen batchsynkroniseringstjänst körs (tempcards-sync; ingen har körts på 10 minuter), och i den här databasen är det bara den som skickar beställningar. De %n korten stannar i bearbetning med beställningen sparad och skickas när en körs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The order was set aside for an administrator, who can send it again or fail it; the %n card(s) stay in processing until then.</source>
        <translation>
            <numerusform>%1 Beställningen lades åt sidan för en administratör, som kan skicka den igen eller markera den som misslyckad; det %n kortet stannar i bearbetning tills dess.</numerusform>
            <numerusform>%1 Beställningen lades åt sidan för en administratör, som kan skicka den igen eller markera den som misslyckad; de %n korten stannar i bearbetning tills dess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PemField</name>
    <message>
        <source>Load %1 from a file</source>
        <translation>Läs in %1 från en fil</translation>
    </message>
    <message>
        <source>Read the %1 from a PEM file</source>
        <translation>Läs %1 från en PEM-fil</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Läs in %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-filer (*.pem *.crt *.cer *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a PEM file.</source>
        <translation>%1 är större än 1 MiB; det är ingen PEM-fil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleCsv</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>ett citerat fält som börjar på rad %1 avslutas aldrig</translation>
    </message>
    <message>
        <source>text follows a closing double quote; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>text följer efter ett avslutande citattecken; ett citattecken i ett citerat fält skrivs två gånger (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one; put the whole field in quotes and write the quote twice</source>
        <translation>ett citattecken i ett fält som inte börjar med ett; sätt hela fältet inom citattecken och skriv tecknet två gånger</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… och %n problem till.</numerusform>
            <numerusform>… och %n problem till.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Filen är större än %1 MiB.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation>Filen är UTF-16-text; spara den som UTF-8 (CSV UTF-8) och importera den igen.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8 (CSV UTF-8) and import it again</source>
        <translation>filen är inte UTF-8-text (byte 0x%1 på position %2); spara den som UTF-8 (CSV UTF-8) och importera den igen</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line naming the columns.</source>
        <translation>Filen är tom; den behöver en rubrikrad som namnger kolumnerna.</translation>
    </message>
    <message>
        <source>the header names the %1 column twice</source>
        <translation>rubrikraden namnger kolumnen %1 två gånger</translation>
    </message>
    <message>
        <source>the header has no %1 column (it names: %2)</source>
        <translation>rubrikraden har ingen kolumn %1 (den namnger: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1</source>
        <translation>
            <numerusform>%n fält, men rubrikraden namnger %1</numerusform>
            <numerusform>%n fält, men rubrikraden namnger %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation>anställningsnumret är tomt</translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation>personen har varken förnamn eller efternamn</translation>
    </message>
    <message>
        <source>the employee id %1 is also on line %2</source>
        <translation>anställningsnumret %1 finns också på rad %2</translation>
    </message>
    <message>
        <source>the file lists more than %1 people</source>
        <translation>filen listar fler än %1 personer</translation>
    </message>
    <message>
        <source>The file names no people, only its header.</source>
        <translation>Filen namnger inga personer, bara sin rubrikrad.</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleImport</name>
    <message>
        <source>Import cardholders</source>
        <translation>Importera kortinnehavare</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: it has %n problem(s), and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>%1 importerades inte: filen har %n problem, och ingenting ändrades. Det första: %2</numerusform>
            <numerusform>%1 importerades inte: filen har %n problem, och ingenting ändrades. Det första: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n tillagd</numerusform>
            <numerusform>%n tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set inactive</source>
        <translation>
            <numerusform>%n satt som inaktiv</numerusform>
            <numerusform>%n satta som inaktiva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation>%1 importerad: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are held by people who are inactive; see Cards needing attention.</source>
        <translation>
            <numerusform>%n kort innehas av en inaktiv person; se Kort som behöver åtgärdas.</numerusform>
            <numerusform>%n kort innehas av inaktiva personer; se Kort som behöver åtgärdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Kolumner som inte används: %1.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed: %2</source>
        <translation>%1 importerades inte, och ingenting ändrades: %2</translation>
    </message>
    <message>
        <source>Bring cardholders in from the directory</source>
        <translation>Hämta korthållare från katalogen</translation>
    </message>
    <message numerus="yes">
        <source>The people of %1 were not brought in: %n entry(s) cannot be taken, and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>Personerna i %1 hämtades inte: %n post kan inte tas med, och inget ändrades. Den första: %2</numerusform>
            <numerusform>Personerna i %1 hämtades inte: %n poster kan inte tas med, och inget ändrades. Den första: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of %1 were brought in: %2.</source>
        <translation>Personerna i %1 hämtades: %2.</translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation>Personerna i %1 hämtades inte, och inget ändrades: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleSyncJob</name>
    <message>
        <source>The people were not brought in from the directory, and nothing was changed: %1</source>
        <translation>Personerna hämtades inte från katalogen, och inget ändrades: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation>Personerna i %1 hämtades inte, och inget ändrades: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) without an employee id, or with one already taken, were left out.</source>
        <translation>
            <numerusform>%n post utan anställningsnummer, eller med ett som redan används, utelämnades.</numerusform>
            <numerusform>%n poster utan anställningsnummer, eller med ett som redan används, utelämnades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleView</name>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation>Namn eller anställningsnummer</translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card…</source>
        <translation>&amp;Tilldela temporärt kort…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Anställningsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cards and history</source>
        <translation>Kort och historik</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Status nu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importera personer…</translation>
    </message>
    <message>
        <source>Find people by the start of a name or the employee id</source>
        <translation>Hitta personer på början av ett namn eller anställningsnumret</translation>
    </message>
    <message>
        <source>Hand one of the unassigned cards to the chosen person</source>
        <translation>Ge den valda personen ett av de otilldelade korten</translation>
    </message>
    <message>
        <source>The people found; choose one to see their cards</source>
        <translation>De hittade personerna; välj en för att se korten</translation>
    </message>
    <message>
        <source>How many people were found</source>
        <translation>Hur många personer som hittades</translation>
    </message>
    <message>
        <source>Whose cards are listed below</source>
        <translation>Vems kort som listas nedan</translation>
    </message>
    <message>
        <source>Every card the person held, newest first</source>
        <translation>Varje kort personen har haft, det senaste först</translation>
    </message>
    <message>
        <source>Add and update people from an HR export (CSV)</source>
        <translation>Lägg till och uppdatera personer från en HR-export (CSV)</translation>
    </message>
    <message>
        <source>Type a name or an employee id.</source>
        <translation>Skriv ett namn eller ett anställningsnummer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n people; type more to narrow it down.</source>
        <translation>
            <numerusform>Den första %n personen; skriv mer för att begränsa.</numerusform>
            <numerusform>De första %n personerna; skriv mer för att begränsa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person hittad.</numerusform>
            <numerusform>%n personer hittade.</numerusform>
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
        <translation>Välj en person för att se personens kort.</translation>
    </message>
    <message>
        <source>Cards of %1</source>
        <translation>Kort för %1</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Sök &amp;person:</translation>
    </message>
</context>
<context>
    <name>tempcards::PermissionsPage</name>
    <message>
        <source>Who may start each process</source>
        <translation>Vem som får starta varje process</translation>
    </message>
    <message>
        <source>%1 may start %2</source>
        <translation>%1 får starta %2</translation>
    </message>
    <message>
        <source>A process is offered to an account when it is enabled and one of the account&apos;s roles may start it.</source>
        <translation>En process erbjuds ett konto när den är aktiverad och en av kontots roller får starta den.</translation>
    </message>
    <message>
        <source>Which role may start which process; check a box to allow it</source>
        <translation>Vilken roll som får starta vilken process; markera en ruta för att tillåta det</translation>
    </message>
</context>
<context>
    <name>tempcards::PersonFields</name>
    <message>
        <source>employee id</source>
        <translation>anställningsnummer</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 är längre än %2 tecken</translation>
    </message>
    <message>
        <source>the %1 holds a control or invisible character: %2</source>
        <translation>%1 innehåller ett styrtecken eller osynligt tecken: %2</translation>
    </message>
    <message>
        <source>the e-mail address %1 is not one</source>
        <translation>e-postadressen %1 är ingen e-postadress</translation>
    </message>
    <message>
        <source>the state is &quot;%1&quot;; it is active or inactive</source>
        <translation>statusen är ”%1”; den är active eller inactive</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is not a language tag such as de or sv-SE</source>
        <translation>språket ”%1” är ingen språkkod som de eller sv-SE</translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation>anställningsnumret är tomt</translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation>personen har varken förnamn eller efternamn</translation>
    </message>
</context>
<context>
    <name>tempcards::PostgresParameters</name>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Fler alternativ</translation>
    </message>
    <message>
        <source>%1 is longer than 1,000 characters.</source>
        <translation>%1 är längre än 1 000 tecken.</translation>
    </message>
    <message>
        <source>%1 contains &quot;;&quot;, which the PostgreSQL driver cannot pass on.</source>
        <translation>%1 innehåller ”;”, som PostgreSQL-drivrutinen inte kan skicka vidare.</translation>
    </message>
    <message>
        <source>Give the PostgreSQL server&apos;s host name, or a service from pg_service.conf.</source>
        <translation>Ange PostgreSQL-serverns värdnamn, eller en tjänst från pg_service.conf.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Porten måste vara ett tal från 1 till 65535.</translation>
    </message>
    <message>
        <source>The SSL mode must be one of %1.</source>
        <translation>SSL-läget måste vara ett av %1.</translation>
    </message>
    <message>
        <source>More options must be libpq keyword=value pairs; &quot;%1&quot; is not one.</source>
        <translation>Fler alternativ måste vara libpq-par nyckelord=värde; ”%1” är inget sådant.</translation>
    </message>
    <message>
        <source>Do not save the database password in the settings, where other programs can read it; type it in the Password field for this session, or use ~/.pgpass.</source>
        <translation>Spara inte databaslösenordet i inställningarna, där andra program kan läsa det; skriv det i fältet Lösenord för den här sessionen, eller använd ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 contains control characters or invisible formatting marks; type it again.</source>
        <translation>%1 innehåller styrtecken eller osynliga formateringstecken; skriv det igen.</translation>
    </message>
    <message>
        <source>SSL mode verify-ca checks the server&apos;s certificate but not its name: any server with a certificate from the same authority is accepted. Use verify-full across a network.</source>
        <translation>SSL-läget verify-ca kontrollerar serverns certifikat men inte dess namn: varje server med ett certifikat från samma utfärdare godtas. Använd verify-full över ett nätverk.</translation>
    </message>
    <message>
        <source>SSL mode require encrypts the connection but does not check the server&apos;s certificate: whoever sits on the network path can pose as the server. Use verify-full across a network.</source>
        <translation>SSL-läget require krypterar anslutningen men kontrollerar inte serverns certifikat: den som sitter på nätverksvägen kan utge sig för att vara servern. Använd verify-full över ett nätverk.</translation>
    </message>
    <message>
        <source>SSL mode %1 may connect without encryption and never checks the server: whoever sits on the network path can read and change everything, your password included. Use verify-full across a network.</source>
        <translation>SSL-läget %1 kan ansluta utan kryptering och kontrollerar aldrig servern: den som sitter på nätverksvägen kan läsa och ändra allt, även ditt lösenord. Använd verify-full över ett nätverk.</translation>
    </message>
</context>
<context>
    <name>tempcards::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Other users of this computer can read or change the database %1, which holds the accounts&apos; password hashes and the Go Cards client secret. To make it yours alone, run: chmod 600 %2</source>
        <translation>Andra användare på den här datorn kan läsa eller ändra databasen %1, som innehåller kontonas lösenordshashar och klienthemligheten för Go Cards. Kör detta så att bara du kommer åt den: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>tempcards::ProcessListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Lägg till i listan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Ta bort från listan</translation>
    </message>
    <message>
        <source>The process to add to the list below</source>
        <translation>Processen som ska läggas till i listan nedan</translation>
    </message>
    <message>
        <source>Add the chosen process to the list</source>
        <translation>Lägg till den valda processen i listan</translation>
    </message>
    <message>
        <source>The processes offered here to operators, in this order</source>
        <translation>Processerna som erbjuds operatörer här, i den här ordningen</translation>
    </message>
    <message>
        <source>Remove the selected process from the list</source>
        <translation>Ta bort den valda processen från listan</translation>
    </message>
</context>
<context>
    <name>tempcards::Processes</name>
    <message>
        <source>Order temporary cards</source>
        <translation>Beställ tillfälliga kort</translation>
    </message>
    <message>
        <source>Abort temporary card order</source>
        <translation>Avbryt beställning av tillfälliga kort</translation>
    </message>
    <message>
        <source>Initialize temporary card</source>
        <translation>Initiera tillfälligt kort</translation>
    </message>
    <message>
        <source>Assign temporary card</source>
        <translation>Tilldela tillfälligt kort</translation>
    </message>
    <message>
        <source>Withdraw temporary card</source>
        <translation>Återta tillfälligt kort</translation>
    </message>
    <message>
        <source>Extend temporary card</source>
        <translation>Förläng tillfälligt kort</translation>
    </message>
    <message>
        <source>Lock temporary card</source>
        <translation>Spärra tillfälligt kort</translation>
    </message>
</context>
<context>
    <name>tempcards::ReadChipUidJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReconcileJob</name>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation>Databasen kunde inte läsas; se loggen.</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say which orders it holds, so nothing was sent: %1</source>
        <translation>Nexus GO Cards kunde inte säga vilka beställningar det har, så inget skickades: %1</translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say whether it holds the cards of an order whose answer is unknown, so nothing was sent: %1</source>
        <translation>Nexus GO Cards kunde inte säga om det har korten i en beställning vars svar är okänt, så inget skickades: %1</translation>
    </message>
    <message>
        <source>The batch sync was stopped.</source>
        <translation>Batchsynkroniseringen stoppades.</translation>
    </message>
</context>
<context>
    <name>tempcards::RefreshCardJob</name>
    <message>
        <source>Refresh from Go Cards</source>
        <translation>Uppdatera från Go Cards</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Det finns inget kort %1.</translation>
    </message>
    <message>
        <source>Card %1 has not been accepted by Nexus GO Cards yet, so there is nothing to ask.</source>
        <translation>Kort %1 har inte tagits emot av Nexus GO Cards än, så det finns inget att fråga om.</translation>
    </message>
    <message>
        <source>Nexus GO Cards sent a card that tempcards cannot read (%1).</source>
        <translation>Nexus GO Cards skickade ett kort som tempcards inte kan läsa (%1).</translation>
    </message>
    <message>
        <source>Card %1 is now %2.</source>
        <translation>Kort %1 är nu %2.</translation>
    </message>
    <message>
        <source>Card %1 is unchanged: %2.</source>
        <translation>Kort %1 är oförändrat: %2.</translation>
    </message>
    <message>
        <source>No batch sync service answered, and on this database only it asks Nexus GO Cards. Card %1 was not refreshed.</source>
        <translation>Ingen batchsynkroniseringstjänst svarade, och i den här databasen är det bara den som frågar Nexus GO Cards. Kort %1 uppdaterades inte.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderMail</name>
    <message>
        <source>Your temporary card %1 expires on %2</source>
        <translation>Ditt tillfälliga kort %1 går ut %2</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hej %1,</translation>
    </message>
    <message numerus="yes">
        <source>the temporary card %1 you were given expires on %2 at %3 UTC, in %n day(s).</source>
        <translation>
            <numerusform>det tillfälliga kortet %1 som du fick går ut %2 klockan %3 UTC, om %n dag.</numerusform>
            <numerusform>det tillfälliga kortet %1 som du fick går ut %2 klockan %3 UTC, om %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please bring it back to the desk that gave it to you before then, or ask there for it to be extended.</source>
        <translation>Lämna tillbaka det till disken som gav dig det före dess, eller be där om att få det förlängt.</translation>
    </message>
    <message>
        <source>This message was sent by tempcards, the temporary card service. Replies are not read.</source>
        <translation>Det här meddelandet skickades av tempcards, tjänsten för tillfälliga kort. Svar läses inte.</translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderSendJob</name>
    <message>
        <source>The reminders were stopped.</source>
        <translation>Påminnelserna stoppades.</translation>
    </message>
    <message>
        <source>The reminders to send could not be read; see the log.</source>
        <translation>Påminnelserna som ska skickas kunde inte läsas; se loggen.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation>%1 har ingen e-postadress.</translation>
    </message>
    <message>
        <source>A reminder&apos;s send could not be recorded, so it was not sent; see the log.</source>
        <translation>Att en påminnelse skickas kunde inte registreras, så den skickades inte; se loggen.</translation>
    </message>
    <message>
        <source>A reminder was sent but could not be recorded; see the log.</source>
        <translation>En påminnelse skickades men kunde inte registreras; se loggen.</translation>
    </message>
    <message>
        <source>A reminder&apos;s failure could not be recorded; see the log.</source>
        <translation>Att en påminnelse misslyckades kunde inte registreras; se loggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) could not be sent; they are tried again at the next run. The last reason: %1</source>
        <translation>
            <numerusform>%n påminnelse kunde inte skickas; den försöks igen vid nästa körning. Det senaste skälet: %1</numerusform>
            <numerusform>%n påminnelser kunde inte skickas; de försöks igen vid nästa körning. Det senaste skälet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server&apos;s settings could not be read; see the log.</source>
        <translation>E-postserverns inställningar kunde inte läsas; se loggen.</translation>
    </message>
    <message>
        <source>The expiry reminders were not sent: %1</source>
        <translation>Påminnelserna om utgång skickades inte: %1</translation>
    </message>
</context>
<context>
    <name>tempcards::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Återställ lösenordet för %1</translation>
    </message>
    <message>
        <source>%1 will have to choose a new password at the next login. Resetting also lifts a lock.</source>
        <translation>%1 måste välja ett nytt lösenord vid nästa inloggning. Återställningen häver också ett lås.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Återställ lösenordet</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenordet</translation>
    </message>
    <message>
        <source>The account&apos;s new password; its owner must change it at the next login</source>
        <translation>Kontots nya lösenord; dess ägare måste byta det vid nästa inloggning</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation>Samma lösenord igen, för att upptäcka skrivfel</translation>
    </message>
    <message>
        <source>Give the account this password (Enter)</source>
        <translation>Ge kontot det här lösenordet (Enter)</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
</context>
<context>
    <name>tempcards::RoleChecks</name>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Orders temporary cards and starts the processes an administrator enabled</source>
        <translation>Beställer tillfälliga kort och startar processerna som en administratör har aktiverat</translation>
    </message>
    <message>
        <source>Manages accounts, permissions, the Go Cards connection and the options</source>
        <translation>Hanterar konton, behörigheter, anslutningen till Go Cards och alternativen</translation>
    </message>
    <message>
        <source>Reads and exports the audit trail</source>
        <translation>Läser och exporterar granskningsloggen</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operatör</translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation>A&amp;dministratör</translation>
    </message>
    <message>
        <source>Aud&amp;itor</source>
        <translation>&amp;Granskare</translation>
    </message>
</context>
<context>
    <name>tempcards::Roles</name>
    <message>
        <source>Operator</source>
        <translation>Operatör</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Granskare</translation>
    </message>
</context>
<context>
    <name>tempcards::ScriptError</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
</context>
<context>
    <name>tempcards::ServiceCredential</name>
    <message>
        <source>The credential %1 cannot be read: %2</source>
        <translation>Autentiseringsuppgiften %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The credential %1 is larger than %2 bytes: it is not a client secret.</source>
        <translation>Autentiseringsuppgiften %1 är större än %2 byte: det är ingen klienthemlighet.</translation>
    </message>
    <message>
        <source>The credential %1 is empty.</source>
        <translation>Autentiseringsuppgiften %1 är tom.</translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Inställningsavsnitt</translation>
    </message>
    <message>
        <source>Temporary card settings</source>
        <translation>Inställningar för tillfälligt kort</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allm&amp;änt</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>Tillfälligt kort</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Pro&amp;duced</source>
        <translation>P&amp;roducerat</translation>
    </message>
    <message>
        <source>Additional commands</source>
        <translation>Ytterligare kommandon</translation>
    </message>
    <message>
        <source>Command &amp;list:</source>
        <translation>Kommandolis&amp;ta:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>&amp;Options script</source>
        <translation>Alternati&amp;vskript</translation>
    </message>
    <message>
        <source>Go Cards connection</source>
        <translation>Go Cards-anslutning</translation>
    </message>
    <message>
        <source>Choose which settings to show</source>
        <translation>Välj vilka inställningar som visas</translation>
    </message>
    <message>
        <source>The settings of the temporary card: general, its processes and its options</source>
        <translation>Inställningarna för tillfälligt kort: allmänt, dess processer och dess alternativ</translation>
    </message>
    <message>
        <source>Save the changed settings (Enter)</source>
        <translation>Spara de ändrade inställningarna (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Stäng utan att spara (Esc)</translation>
    </message>
    <message>
        <source>Proc&amp;essing</source>
        <translation>&amp;Under behandling</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Kommando:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>Ej tilldela&amp;d</translation>
    </message>
    <message>
        <source>Ass&amp;igned</source>
        <translation>T&amp;illdelat</translation>
    </message>
    <message>
        <source>E&amp;xpired</source>
        <translation>Utg&amp;ånget</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Temporary card or Permissions</source>
        <translation>Tillfälligt kort eller Behörigheter</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kasta ändringarna?</translation>
    </message>
    <message>
        <source>Discard what you changed on %1?</source>
        <translation>Kasta det du ändrade på %1?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Kasta ändringarna</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Fortsätt &amp;redigera</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 sparades inte: %2</translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsService</name>
    <message>
        <source>The options script was not saved. %1</source>
        <translation>Alternativskriptet sparades inte. %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Inställningarna sparades.</translation>
    </message>
</context>
<context>
    <name>tempcards::SmtpClient</name>
    <message>
        <source>The mail client could not be set up.</source>
        <translation>E-postklienten kunde inte ställas in.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The mail server at %1 cannot be reached (%2).</source>
        <translation>E-postservern på %1 kan inte nås (%2).</translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time.</source>
        <translation>E-postservern på %1 svarade inte i tid.</translation>
    </message>
    <message>
        <source>The mail server at %1 did not prove who it is, or would not use TLS (%2); nothing was sent.</source>
        <translation>E-postservern på %1 bevisade inte vem den är, eller ville inte använda TLS (%2); inget skickades.</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the user name or password.</source>
        <translation>E-postservern på %1 avvisade användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The mail server at %1 refused the message (%2).</source>
        <translation>E-postservern på %1 avvisade meddelandet (%2).</translation>
    </message>
    <message>
        <source>The mail server at %1 cannot take the message now (%2); it is sent again later.</source>
        <translation>E-postservern på %1 kan inte ta emot meddelandet nu (%2); det skickas igen senare.</translation>
    </message>
    <message>
        <source>The connection to the mail server at %1 broke (%2); whether it kept the message is not known.</source>
        <translation>Anslutningen till e-postservern på %1 bröts (%2); om den behöll meddelandet är okänt.</translation>
    </message>
</context>
<context>
    <name>tempcards::StockStatus</name>
    <message>
        <source>Low stock: %1 unassigned, %2 on the way; the threshold is %3.</source>
        <translation>Lågt lager: %1 otilldelade, %2 på väg; gränsen är %3.</translation>
    </message>
    <message numerus="yes">
        <source>Order %n…</source>
        <translation>
            <numerusform>Beställ %n…</numerusform>
            <numerusform>Beställ %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %n temporary card(s)</source>
        <translation>
            <numerusform>Beställ %n tillfälligt kort</numerusform>
            <numerusform>Beställ %n tillfälliga kort</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Order temporary cards with the amount that brings the stock back</source>
        <translation>Öppna Beställ tillfälliga kort med det antal som fyller på lagret igen</translation>
    </message>
    <message>
        <source>Order temporary cards</source>
        <translation>Beställ tillfälliga kort</translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way, against the low-stock threshold</source>
        <translation>Otilldelade kort och kort på väg, mot gränsen för lågt lager</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncMonitor</name>
    <message>
        <source>database unreachable since %1, retrying; last success %2</source>
        <translation>databasen kan inte nås sedan %1, försöker igen; senast lyckad %2</translation>
    </message>
    <message>
        <source>The database is unreachable (%1); retrying, with nothing sent meanwhile. Last success: %2.</source>
        <translation>Databasen kan inte nås (%1); försöker igen, och inget skickas under tiden. Senast lyckad: %2.</translation>
    </message>
    <message>
        <source>database answers again since %1</source>
        <translation>databasen svarar igen sedan %1</translation>
    </message>
    <message>
        <source>The database answers again; the batch sync goes on.</source>
        <translation>Databasen svarar igen; batchsynkroniseringen fortsätter.</translation>
    </message>
    <message>
        <source>another batch sync holds the lease (%1)</source>
        <translation>en annan batchsynkronisering håller låset (%1)</translation>
    </message>
    <message numerus="yes">
        <source>last run %1: %n card(s) ordered</source>
        <translation>
            <numerusform>senaste körningen %1: %n kort beställt</numerusform>
            <numerusform>senaste körningen %1: %n kort beställda</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1 failed: %2</source>
        <translation>senaste körningen %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>startad</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncNotifier</name>
    <message>
        <source>The batch sync failed: %1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation>Batchsynkroniseringen misslyckades: %1 Kort väntar under behandling tills den fungerar igen; den fortsätter att försöka.</translation>
    </message>
    <message>
        <source>The batch sync works again; the waiting cards are being ordered.</source>
        <translation>Batchsynkroniseringen fungerar igen; de väntande korten beställs.</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncService</name>
    <message>
        <source>Say why the cards of this order fail.</source>
        <translation>Ange varför korten i den här beställningen misslyckas.</translation>
    </message>
    <message>
        <source>Decide on a held order</source>
        <translation>Besluta om en kvarhållen beställning</translation>
    </message>
    <message>
        <source>This order is no longer held, or a decision on it waits for the batch sync.</source>
        <translation>Den här beställningen är inte längre kvarhållen, eller så väntar ett beslut om den på batchsynkroniseringen.</translation>
    </message>
    <message>
        <source>The batch sync sends the order again at its next run.</source>
        <translation>Batchsynkroniseringen skickar beställningen igen vid nästa körning.</translation>
    </message>
    <message>
        <source>At its next run the batch sync asks Nexus GO Cards whether it holds the cards: if it does not, they fail; if it does, they are ordered.</source>
        <translation>Vid nästa körning frågar batchsynkroniseringen Nexus GO Cards om det har korten: om inte, misslyckas de; om det har dem, är de beställda.</translation>
    </message>
</context>
<context>
    <name>tempcards::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n card(s) waiting</source>
        <translation>
            <numerusform>%n kort väntar</numerusform>
            <numerusform>%n kort väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>senaste synkronisering %1</translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation>ingen lyckad synkronisering än</translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation>senaste försöket misslyckades: %1</translation>
    </message>
    <message>
        <source>The batch sync is not running right now.</source>
        <translation>Batchsynkroniseringen körs inte just nu.</translation>
    </message>
    <message>
        <source>The batch sync is running in %1.</source>
        <translation>Batchsynkroniseringen körs i %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held for an administrator</source>
        <translation>
            <numerusform>%n beställning kvarhållen för en administratör</numerusform>
            <numerusform>%n beställningar kvarhållna för en administratör</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) at Nexus GO Cards unknown here</source>
        <translation>
            <numerusform>%n kort hos Nexus GO Cards okänt här</numerusform>
            <numerusform>%n kort hos Nexus GO Cards okända här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>database restored: %n order(s) wait for Nexus GO Cards&apos; word</source>
        <translation>
            <numerusform>databasen återställd: %n beställning väntar på besked från Nexus GO Cards</numerusform>
            <numerusform>databasen återställd: %n beställningar väntar på besked från Nexus GO Cards</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync: cards waiting, its last run, and what needs an administrator</source>
        <translation>Batchsynkroniseringen: väntande kort, dess senaste körning och vad som behöver en administratör</translation>
    </message>
</context>
<context>
    <name>tempcards::TempCardOptions</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>ett av: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a string of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>en sträng med 1 till 64 bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>okänt alternativ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; must be %2</source>
        <translation>alternativet &apos;%1&apos; måste vara %2</translation>
    </message>
    <message>
        <source>a list of at most %1 different whole numbers from 1 to 365, such as [7, 3]</source>
        <translation>en lista med högst %1 olika heltal från 1 till 365, till exempel [7, 3]</translation>
    </message>
</context>
<context>
    <name>tempcards::TemporaryCardView</name>
    <message>
        <source>Temporary cards</source>
        <translation>Tillfälliga kort</translation>
    </message>
    <message>
        <source>No process is available to you here. An administrator can enable processes in the settings.</source>
        <translation>Ingen process är tillgänglig för dig här. En administratör kan aktivera processer i inställningarna.</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Card number, Go Cards card id or order id</source>
        <translation>Kortnummer, Go Cards kort-id eller beställnings-id</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <source>Refresh from Go Cards</source>
        <translation>Uppdatera från Go Cards</translation>
    </message>
    <message>
        <source>Ask Nexus GO Cards for the state of the selected card now</source>
        <translation>Fråga Nexus GO Cards om det valda kortets status nu</translation>
    </message>
    <message>
        <source>Show only the cards in this state</source>
        <translation>Visa bara korten med den här statusen</translation>
    </message>
    <message>
        <source>&amp;Order temporary cards</source>
        <translation>&amp;Beställ tillfälliga kort</translation>
    </message>
    <message>
        <source>&amp;Abort temporary card order</source>
        <translation>Avbr&amp;yt beställning</translation>
    </message>
    <message>
        <source>&amp;Initialize temporary card</source>
        <translation>&amp;Initiera tillfälligt kort</translation>
    </message>
    <message>
        <source>Find cards by number or Go Cards id</source>
        <translation>Hitta kort efter nummer eller Go Cards-id</translation>
    </message>
    <message>
        <source>Refresh from &amp;Go Cards</source>
        <translation>Uppdatera från &amp;Go Cards</translation>
    </message>
    <message>
        <source>Refresh the card from &amp;Go Cards</source>
        <translation>Uppdatera kortet från &amp;Go Cards</translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card</source>
        <translation>Till&amp;dela tillfälligt kort</translation>
    </message>
    <message>
        <source>&amp;Withdraw temporary card</source>
        <translation>&amp;Återta tillfälligt kort</translation>
    </message>
    <message>
        <source>E&amp;xtend temporary card</source>
        <translation>&amp;Förläng tillfälligt kort</translation>
    </message>
    <message>
        <source>&amp;Lock temporary card</source>
        <translation>S&amp;pärra tillfälligt kort</translation>
    </message>
    <message>
        <source>Order new temporary cards from Nexus GO Cards, 1 to 9 at a time</source>
        <translation>Beställ nya tillfälliga kort från Nexus GO Cards, 1 till 9 åt gången</translation>
    </message>
    <message>
        <source>Take the chosen queued cards out of the queue before they are ordered</source>
        <translation>Ta de valda köade korten ur kön innan de beställs</translation>
    </message>
    <message>
        <source>Hand the chosen unassigned card to a cardholder</source>
        <translation>Lämna det valda otilldelade kortet till en kortinnehavare</translation>
    </message>
    <message>
        <source>Take the chosen card back from its holder, as lost or as no longer needed</source>
        <translation>Ta tillbaka det valda kortet från innehavaren, som förlorat eller som inte längre behövt</translation>
    </message>
    <message>
        <source>Move the chosen cards&apos; valid-until on by the validity option</source>
        <translation>Flytta fram de valda kortens giltig-till med giltighetsalternativet</translation>
    </message>
    <message>
        <source>Lock the chosen cards for good, with a reason</source>
        <translation>Spärra de valda korten för gott, med ett skäl</translation>
    </message>
    <message>
        <source>Open the process for the card</source>
        <translation>Öppna processen för kortet</translation>
    </message>
    <message>
        <source>Abort the order of the cards</source>
        <translation>Avbryt beställningen av korten</translation>
    </message>
    <message>
        <source>Check the chip UIDs of the chosen produced cards, one after the other, and make them ready to hand out</source>
        <translation>Kontrollera chip-UID för de valda tillverkade korten, ett i taget, och gör dem redo att lämna ut</translation>
    </message>
    <message>
        <source>The temporary cards that match the filter, newest first unless sorted by a column header</source>
        <translation>De tillfälliga kort som matchar filtret, nyaste först om de inte sorteras efter en kolumn</translation>
    </message>
</context>
<context>
    <name>tempcards::TrayIcon</name>
    <message>
        <source>&amp;Show tempcards</source>
        <translation>&amp;Visa tempcards</translation>
    </message>
    <message>
        <source>tempcards</source>
        <translation>tempcards</translation>
    </message>
    <message>
        <source>tempcards: the batch sync is failing</source>
        <translation>tempcards: batchsynkroniseringen misslyckas</translation>
    </message>
</context>
<context>
    <name>tempcards::UnknownCardsDialog</name>
    <message>
        <source>Unknown cards</source>
        <translation>Okända kort</translation>
    </message>
    <message>
        <source>Nexus GO Cards reports these cards, which this database does not know: ordered after the backup it was restored from, or by another installation of your organisation. tempcards changes nothing for them; account for each with Nexus GO Cards.</source>
        <translation>Nexus GO Cards rapporterar de här korten, som den här databasen inte känner till: beställda efter säkerhetskopian den återställdes från, eller av en annan installation i er organisation. tempcards ändrar inget för dem; stäm av var och ett med Nexus GO Cards.</translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation>Go Cards kort-id</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <source>State at Go Cards</source>
        <translation>Status hos Go Cards</translation>
    </message>
    <message>
        <source>Chip UID or reason</source>
        <translation>Chip-UID eller orsak</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Senaste rapport</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Each card Nexus GO Cards reported that this database does not know, and what it last said of it</source>
        <translation>Varje kort som Nexus GO Cards rapporterade och som den här databasen inte känner till, och vad det senast sa om det</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Stäng dialogen</translation>
    </message>
    <message>
        <source>Nexus GO Cards has reported no card that this database does not know.</source>
        <translation>Nexus GO Cards har inte rapporterat något kort som den här databasen inte känner till.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) unknown here.</source>
        <translation>
            <numerusform>%n kort är okänt här.</numerusform>
            <numerusform>%n kort är okända här.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::UnlockDialog</name>
    <message>
        <source>tempcards is locked</source>
        <translation>tempcards är låst</translation>
    </message>
    <message numerus="yes">
        <source>tempcards was locked after %n minute(s) without use. Enter the password of %1 to go on.</source>
        <translation>
            <numerusform>tempcards låstes efter %n minut utan användning. Ange lösenordet för %1 för att fortsätta.</numerusform>
            <numerusform>tempcards låstes efter %n minuter utan användning. Ange lösenordet för %1 för att fortsätta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Logga u&amp;t</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Why the window is locked</source>
        <translation>Varför fönstret är låst</translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation>Ditt lösenord för tempcards</translation>
    </message>
    <message>
        <source>Go on with this password (Enter)</source>
        <translation>Fortsätt med det här lösenordet (Enter)</translation>
    </message>
    <message>
        <source>End the session; the next person logs in with their own name</source>
        <translation>Avsluta sessionen; nästa person loggar in med sitt eget namn</translation>
    </message>
</context>
<context>
    <name>tempcards::WithdrawDialog</name>
    <message>
        <source>Why does the card come back?</source>
        <translation>Varför kommer kortet tillbaka?</translation>
    </message>
    <message>
        <source>&amp;Lost: the person&apos;s own card stays out of use</source>
        <translation>&amp;Förlorat: personens eget kort förblir ur bruk</translation>
    </message>
    <message>
        <source>No &amp;usage anymore: the person has their own card again</source>
        <translation>&amp;Behövs inte längre: personen har sitt eget kort igen</translation>
    </message>
    <message>
        <source>The person lost their own card</source>
        <translation>Personen har förlorat sitt eget kort</translation>
    </message>
    <message>
        <source>The person needs no temporary card</source>
        <translation>Personen behöver inget tillfälligt kort</translation>
    </message>
    <message>
        <source>Take the card back, unassigned (Enter)</source>
        <translation>Ta tillbaka kortet, otilldelat (Retur)</translation>
    </message>
</context>
</TS>
