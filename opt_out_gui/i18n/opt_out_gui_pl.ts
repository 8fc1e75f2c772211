<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>wczytany z folderu podanego opcją --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>aktualizacja w wersji {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>dostarczony z aplikacją, wersja {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} z {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}, pominięte jako nieprawidłowe: {files}</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>samodzielny pakiet</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>pakiet Pythona</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>O aplikacji {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Wersja {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Nie pozwól platformom trenować SI na swoich danych.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>GNU General Public License, wersja 3 lub dowolna późniejsza (GPL-3.0-or-later). Program można rozpowszechniać i zmieniać na jej warunkach. Jest dostarczany bez żadnej gwarancji.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Kopiuj diagnostykę</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Kopiuje wersje aplikacji, Pythona, Qt i systemu do zgłoszenia błędu. Nie zawiera żadnych informacji o użytkowniku ani o jego żądaniach.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Skopiowano. Wklej to do zgłoszenia błędu; nie zawiera żadnych danych osobowych.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Wyślij pismo, a następnie zapisz datę wysłania, aby rozpoczął się bieg terminu.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>Oczekiwanie na odpowiedź.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>Oczekiwanie na odpowiedź: {left} (termin {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>Wykorzystane źródła nie podają, czy {law} pozwala firmie przedłużyć termin, dlatego aplikacja zachowuje ten termin; zanotuj datę podaną przez firmę.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Potwierdzenie otrzymania powinno nastąpić do {date}; odpowiedź nadal należy się w terminie.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>Termin przekroczony o {days}: wyślij ponaglenie.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>najpierw odwołaj się do firmy: {law} przewiduje odwołanie. Wykorzystane źródła nie podają terminu na odpowiedź firmy, więc aplikacja nie może wyznaczyć daty dla pisma z odwołaniem; napisz do firmy, zapisz jej odpowiedź, a następnie złóż skargę do {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>najpierw odwołaj się do firmy: {law} przewiduje odwołanie, które firma musi rozpatrzyć w ciągu {period} od jego otrzymania. Jeśli odrzuci odwołanie, złóż skargę do {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>najpierw złóż skargę do firmy: na podstawie {law} można wnieść skargę bezpośrednio do administratora ({citation}), a organ nadzorczy oczekuje tego kroku przed wniesieniem skargi do niego. Jeśli odpowiedź nie rozwiąże sprawy, złóż skargę do {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>złóż skargę do {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>złóż skargę do {authority} (organ właściwy dla miejsca zamieszkania) lub do {alternative}, wiodącego organu nadzorczego.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>złóż skargę; najpierw: {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Żądanie spełnione częściowo: wyślij ponaglenie z wykazem brakujących elementów.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Skarga złożona: zapisuj tu odpowiedzi organu.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Skarga złożona {date}: zapisuj tu odpowiedzi organu.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Zakończone: żądanie spełnione. Zachowaj odpowiedź jako dowód.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Zakończone: żądanie spełnione {date}. Zachowaj odpowiedź jako dowód.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Wycofane.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Wycofane {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Napisz ponaglenie</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Napisz odwołanie</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Napisz skargę</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Napisz odpowiedź</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Napisz pismo</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>Termin przekroczony o {days}, ponaglenie wysłane {date}: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Odmowa ({reason}): jeśli odmowa jest nieuzasadniona, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nie podano powodu</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>Firma poprosiła o dodatkowe informacje: prześlij je, zanotuj, co zostało wysłane, a następnie zapisz jej kolejną odpowiedź.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Jeśli firma żąda potwierdzenia tożsamości, napisz odpowiedź na to żądanie: wskazuje ona, czego firma może żądać na podstawie {law}.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Odmowa z powodu niewystarczającej weryfikacji: napisz odpowiedź na żądanie potwierdzenia tożsamości, która wskazuje, czego firma może żądać na podstawie {law}; prześlij to, czego może żądać, a następnie oznacz żądanie jako wznowione.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Odmowa z powodu niewystarczającej weryfikacji: prześlij dane potwierdzające tożsamość, o które prosi firma, a następnie oznacz żądanie jako wznowione.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>organu nadzorczego</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Nie można otworzyć danych: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>prawnie uzasadniony interes</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>zgoda</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>umowa</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation>Katalog zawiera ustawienia trenowania SI i adresy każdej platformy. Aktualizacje są podpisywane przez projekt i sprawdzane przed instalacją. Aplikacja łączy się z internetem tylko po kliknięciu przycisku w tym miejscu lub po włączeniu cotygodniowego sprawdzania.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Adres aktualizacji</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Adres aktualizacji:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Sprawdzaj aktualizacje raz w tygodniu</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Stan linków</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Sprawdza każdy adres internetowy w katalogu pod kątem martwych, przekierowanych i wolnych linków. Wymaga to połączenia ze stroną każdej platformy.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Sprawdź aktualizacje</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>Przywróć &amp;dostarczony katalog</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Sprawdź &amp;linki</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Postęp sprawdzania linków</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Wyniki sprawdzania linków</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>najpierw wpisz adres aktualizacji</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Sprawdzanie aktualizacji katalogu...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>aktualizacja nie została zainstalowana: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>nie można usunąć zainstalowanej aktualizacji: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>Ponownie używany jest katalog dostarczony z aplikacją.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} z %n linku</numerusform>
            <numerusform>{done} z %n linków</numerusform>
            <numerusform>{done} z %n linków</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>Sprawdzanie linków nie powiodło się: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>Dostępny jest katalog: {catalog}. Sprawdzono jego podpis i wszystkie wpisy platform. Zmiany:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, zainstalowano {installed}. Katalog dostarczony z aplikacją pozostaje dostępny.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>Zainstalowana aktualizacja nie jest używana: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>Dostępny jest katalog: {catalog}.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Zainstalowano katalog: {catalog}.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Aktualizacja katalogu: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Katalog dostarczony z aplikacją: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Sieci społecznościowe</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Komunikatory</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>Asystenci SI</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwarki</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktywność</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Współpraca</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Narzędzia twórcze</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Narzędzia programistyczne</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publikowanie i blogi</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Przechowywanie w chmurze</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Asystenci głosowi</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muzyka</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Banki multimediów</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Oprogramowanie biznesowe</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Randki</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Podróże</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Zakupy</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>W aplikacji</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>e-mailem</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>pocztą</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>przez formularz</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>w aplikacji platformy</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>{controls}, wykonano: {done}</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, do ponownego sprawdzenia: {due}</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Wyłączono</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Sprzeciw wysłany</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail wysłany</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Aktualizacja katalogu z {arrived} przyniosła zmianę zasad serwisu {platform} z {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>Serwis {platform} zmienił swoje zasady {date}, już po wykonaniu tej czynności: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Wykonano {days} temu; platformy zmieniają ustawienia lub włączają je ponownie, dlatego należy to sprawdzać co {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nie trzeba nic robić</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Tylko pismo</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Niezweryfikowane: brak jeszcze cytowanego źródła</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>własna strona serwisu {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>strona trzecia</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Źródło: {who}, stan na {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation>Krok po kroku</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Przejdź kolejno przez wszystkie opcje używanych platform</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Krok po kroku</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Szukaj platform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Tylko używane</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Pokaż platformy tego rodzaju</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Pokaż platformy o tym statusie</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platformy</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Zaznacz używane platformy; spacja zaznacza wybraną</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Zaznacz używane platformy.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Nie wybrano jeszcze platform</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Do ponownego sprawdzenia ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Usuń platformę</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Usunąć tę platformę z listy? Postęp dotyczący tej platformy zostanie utracony.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Najpierw zaznacz na liście po lewej używane platformy; następnie przewodnik przeprowadzi przez wszystkie ich ustawienia trenowania SI.</translation>
    </message>
</context>
<context>
    <name>Chooser</name>
    <message>
        <source> ({citation})</source>
        <translation> ({citation})</translation>
    </message>
    <message>
        <source> (the sources give no {law} article for this)</source>
        <translation> (źródła nie podają w tej sprawie artykułu {law})</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; własny formularz „{control}” serwisu {platform} jest szybszy, a pismo daje datowany dowód</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; własny adres e-mail „{control}” serwisu {platform} jest szybszy, a pismo daje datowany dowód</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; własne ustawienie „{control}” serwisu {platform} jest szybsze, a pismo daje datowany dowód</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>reklamę ukierunkowaną</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>sprzedaż danych</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>profilowanie na potrzeby decyzji wywołujących skutki prawne lub w podobny sposób istotnie wpływających na osobę</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>Serwis {platform} deklaruje, że trenuje SI za zgodą użytkownika, więc cofnij zgodę{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>Serwis {platform} opiera trenowanie SI na prawnie uzasadnionym interesie, wobec czego można wnieść sprzeciw{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>Serwis {platform} wskazuje umowę jako podstawę trenowania SI, a wtedy sprzeciw może nie mieć zastosowania; zapytaj więc, jakie dane wykorzystuje i w jakim celu{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>Serwis {platform} nie podaje, na jakiej podstawie prawnej trenuje SI; zapytaj więc, do czego wykorzystuje dane{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Jednocześnie wnieś sprzeciw{under} na wypadek, gdyby serwis {platform} powoływał się na prawnie uzasadniony interes{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Opt-out ze sprzedaży lub udostępniania{under} powstrzymuje serwis {platform} przed sprzedażą lub udostępnianiem danych osobowych osobom trzecim, także do trenowania ich SI; nie powstrzymuje serwisu {platform} przed trenowaniem własnej SI na tych danych. Przeglądarka wysyłająca sygnał Global Privacy Control również zgłasza opt-out ze sprzedaży i udostępniania (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Żądanie ograniczenia wykorzystywania wrażliwych danych osobowych{under} obejmuje własne wykorzystywanie przez serwis {platform}, w tym do trenowania SI, ale tylko danych wrażliwych (takich jak dokładna lokalizacja, zdrowie czy treść wiadomości).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Żądanie usunięcia danych{under} wzywa serwis {platform} do usunięcia danych osobowych zebranych od użytkownika, tak aby nie mógł już na nich trenować.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Opt-out na podstawie {law}{under} obejmuje tylko {purposes}; nie powstrzymuje serwisu {platform} przed trenowaniem własnej SI na danych użytkownika{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Opt-out na podstawie {law}{under} obejmuje to, co przyznaje ta ustawa (wykorzystane źródła nie podają, czy chodzi o sprzedaż, reklamę ukierunkowaną czy profilowanie); nie powstrzymuje serwisu {platform} przed trenowaniem własnej SI na danych użytkownika{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Żądanie usunięcia danych na podstawie {law}{under} wzywa serwis {platform} do usunięcia danych osobowych użytkownika, co wyłącza je także z trenowania własnej SI serwisu {platform}.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>Serwis {platform} deklaruje, że trenuje SI za zgodą użytkownika, więc odwołaj zgodę{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Następnie zażądaj od serwisu {platform} usunięcia danych przetwarzanych na podstawie zgody{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>Serwis {platform} opiera trenowanie SI na prawnie uzasadnionym interesie, a nie na zgodzie, więc wnieś sprzeciw wobec przetwarzania{under}: LGPD pozwala na to, gdy przetwarzanie bez zgody nie jest zgodne z prawem, a żądanie jest bezpłatne{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>Serwis {platform} nie deklaruje, że trenuje SI za zgodą użytkownika, więc wnieś sprzeciw wobec przetwarzania{under}: LGPD pozwala na to, gdy przetwarzanie bez zgody nie jest zgodne z prawem, a żądanie jest bezpłatne{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Jednocześnie zapytaj serwis {platform} o pochodzenie danych oraz kryteria i cel ich wykorzystywania{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Prawa z PIPEDA wskazane w źródłach nie obejmują sprzeciwu wobec trenowania SI, więc zapytaj serwis {platform} na piśmie, jakie dane użytkownika przechowuje i jak je wykorzystuje{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>Aplikacja nie zna przepisów o ochronie danych dla: {place}, więc żadne żądanie prawne nie pasuje; skorzystaj z własnych ustawień serwisu {platform}, jeśli istnieją.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Ustaw kraj w profilu, aby zobaczyć, które żądania pasują.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Ustaw stan USA w profilu: w USA przepisy o ochronie prywatności są prawem stanowym.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>Aplikacja nie zna przepisów o ochronie danych dla: {place}, więc żadne żądanie prawne nie pasuje.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Brak opcji</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>dla konta</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>dla obszaru roboczego</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>tylko administrator</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>dane są wykorzystywane, chyba że zostanie zgłoszony sprzeciw</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>nie cofa wcześniejszego trenowania</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>platforma potwierdza e-mailem</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>dostępna w: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Otwórz ustawienie</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Otwórz formularz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, konto {platform} {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Sprawdzone: nadal wyłączone</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Ustawienie zostało ponownie sprawdzone i nadal jest wyłączone; odliczanie do kolejnego sprawdzenia zaczyna się od dziś</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Notatka do: {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Notatka (na przykład: wykonano w aplikacji na telefonie)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Sprawdź ponownie: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Wykonano {date}; sprawdź ponownie do {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nie zapisano notatki</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dzień roboczy</numerusform>
            <numerusform>%n dni robocze</numerusform>
            <numerusform>%n dni roboczych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n żądanie</numerusform>
            <numerusform>%n żądania</numerusform>
            <numerusform>%n żądań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n pismo</numerusform>
            <numerusform>%n pisma</numerusform>
            <numerusform>%n pism</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n opcja</numerusform>
            <numerusform>%n opcje</numerusform>
            <numerusform>%n opcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platforma</numerusform>
            <numerusform>%n platformy</numerusform>
            <numerusform>%n platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n nowa zmiana zasad</numerusform>
            <numerusform>%n nowe zmiany zasad</numerusform>
            <numerusform>%n nowych zmian zasad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n szkic żądania</numerusform>
            <numerusform>%n szkice żądań</numerusform>
            <numerusform>%n szkiców żądań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n załączony plik</numerusform>
            <numerusform>%n załączone pliki</numerusform>
            <numerusform>%n załączonych plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n kopia</numerusform>
            <numerusform>%n kopie</numerusform>
            <numerusform>%n kopii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n opcja rezygnacji</numerusform>
            <numerusform>%n opcje rezygnacji</numerusform>
            <numerusform>%n opcji rezygnacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Wystąpił błąd: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>Aplikacja musi zostać zamknięta.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>Aplikacja działa dalej. Jeśli coś wygląda nieprawidłowo, zapisz swoją pracę i uruchom aplikację ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>Dotąd %n błąd; to ostatni z nich.</numerusform>
            <numerusform>Dotąd %n błędy; to ostatni z nich.</numerusform>
            <numerusform>Dotąd %n błędów; to ostatni z nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>Miejsce wystąpienia zapisano w pliku dziennika (bez danych użytkownika):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Szczegóły techniczne błędu</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Nie można otworzyć danych: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Kopia danych z {time} jest przechowywana w {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Kopia danych jest przechowywana w {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>Przywrócić ją? Uszkodzone dane również zostaną zachowane w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Przywróć tę kopię</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>W folderze kopii zapasowych nie ma żadnej kopii. Jeśli utworzono plik kopii zapasowej, przywróć go; uszkodzone dane zostaną zachowane w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Przywróć plik kopii zapasowej…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Kopia zapasowa Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>Przywracanie nie powiodło się: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Otwórz żądania</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Otwórz listę kontrolną</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problemy z katalogiem</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Tych plików katalogu nie udało się odczytać i zostały pominięte:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (obowiązują przepisy: {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Nie podano imienia i nazwiska</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Ustaw kraj w sekcji Ustawienia &gt; Profil, aby aplikacja mogła pokazać obowiązujące przepisy.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adres pocztowy</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (termin: {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Sprawdź ponownie:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stan</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Do pism brakuje jeszcze danych: {fields} (Ustawienia &gt; Profil).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Brak żądań. Jeśli platforma nie oferuje przełącznika, napisz pismo na stronie Pisma i zachowaj je tutaj, aby śledzić ustawowy termin.</translation>
    </message>
    <message>
        <source>{status}: {number}</source>
        <translation>{status}: {number}</translation>
    </message>
    <message>
        <source>{requests} — {counts}.</source>
        <translation>{requests} — {counts}.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Zapisz odpowiedź</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>i jeszcze %n po terminie</numerusform>
            <numerusform>i jeszcze %n po terminie</numerusform>
            <numerusform>i jeszcze %n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>i jeszcze %n z bliskim terminem</numerusform>
            <numerusform>i jeszcze %n z bliskim terminem</numerusform>
            <numerusform>i jeszcze %n z bliskim terminem</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Nie wybrano jeszcze żadnych platform. Otwórz listę kontrolną i zaznacz używane platformy, a aplikacja pokaże, jak wyłączyć trenowanie SI na każdej z nich.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress} ({platforms}).</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Brak przełącznika w miejscu zamieszkania, rozwiązaniem jest pismo: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>i jeszcze %n do ponownego sprawdzenia</numerusform>
            <numerusform>i jeszcze %n do ponownego sprawdzenia</numerusform>
            <numerusform>i jeszcze %n do ponownego sprawdzenia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Arkusz kalkulacyjny (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Szczegółowo, z osiami czasu (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Kalendarz terminów (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Dane pozostają na tym komputerze. Tutaj można wyeksportować żądania do arkusza kalkulacyjnego lub kalendarza, utworzyć kopię zapasową wszystkich danych albo ją przywrócić. Zapisane tu pliki zawierają dane osobowe: tylko ich właściciel może je odczytać.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Eksport żądań</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format eksportu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Jeden plik z profilem, ustawieniami (nigdy z hasłami), listą kontrolną, żądaniami wraz z ich osiami czasu oraz załączonymi plikami.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Utwórz kopię zapasową…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Kopie zachowywane przed przywróceniem</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Przywrócenie zachowuje zastępowane dane w folderze kopii zapasowych; starsze kopie ponad tę liczbę są usuwane.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Kopie zachowywane przed przywróceniem:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>Wyeksportowano do {path}: {requests}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Kopię zapasową zapisano w {path}. Zawiera dane osobowe: należy ją chronić przed dostępem osób trzecich.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Zastąpić wszystkie dane (profil, ustawienia, listę kontrolną, żądania) kopią zapasową z pliku {file}? Obecne dane zostaną najpierw zachowane w {folder}; ten folder przechowuje tylko najnowsze kopie: {copies}.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Przywrócić kopię zapasową?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Przywrócono z {file}: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>Wcześniejsze dane zachowano w {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>Usunięto: {copies}; folder kopii zapasowych przechowuje najnowsze kopie (liczba: {kept}).</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} już istnieje w {folder}. Zastąpić?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Nie zapisano: {name} już istnieje.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Kopia zapasowa Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>stycznia</translation>
    </message>
    <message>
        <source>February</source>
        <translation>lutego</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>April</source>
        <translation>kwietnia</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maja</translation>
    </message>
    <message>
        <source>June</source>
        <translation>czerwca</translation>
    </message>
    <message>
        <source>July</source>
        <translation>lipca</translation>
    </message>
    <message>
        <source>August</source>
        <translation>sierpnia</translation>
    </message>
    <message>
        <source>September</source>
        <translation>września</translation>
    </message>
    <message>
        <source>October</source>
        <translation>października</translation>
    </message>
    <message>
        <source>November</source>
        <translation>listopada</translation>
    </message>
    <message>
        <source>December</source>
        <translation>grudnia</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>overdue by {days}</source>
        <translation>{days} po terminie</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>termin minął {days} temu</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin dzisiaj</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>jeszcze {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Święta: dni wolne od pracy (bank holidays) w Anglii; Szkocja i Irlandia Północna mają inne.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Święta: ogólnokrajowe święta w Niemczech; kraje związkowe (Länder) mają dodatkowe własne święta, których nie uwzględniono.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Święta: ogólnokrajowe dni wolne od pracy (kraj: {country}); święta regionalne nie są uwzględniane.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Święta: niedziele i dni wymienione w s. 35(1) Interpretation Act (Nowy Rok, Wielki Piątek, Poniedziałek Wielkanocny, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Boże Narodzenie); święta prowincji i gmin oraz dni ustanowione proklamacją również się tam liczą, ale nie ma ich w tym kalendarzu.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Nie przesunięto terminu ze względu na święta, ponieważ kraj administratora jest nieznany: termin przypadający tam na dzień świąteczny przesunąłby się na następny dzień roboczy.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Soboty i niedziele nadal go przesuwają, zgodnie z zasadą obliczania terminu.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>{day} to dzień świąteczny, więc termin przesuwa się na {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>{day} to sobota, więc termin przesuwa się na {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>{day} to niedziela, więc termin przesuwa się na {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>W przypadku ponaglenia podaj datę otrzymania pierwotnego żądania: wyświetlany termin jest terminem tego żądania.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} Według drugiej wykładni ({label}) termin upływa {date}.</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send requests from the app through your own mail account. Your provider&apos;s help pages list these settings (often under “SMTP” or “other mail programs”).</source>
        <translation>Wysyłaj żądania z aplikacji przez własne konto pocztowe. Te ustawienia podają strony pomocy dostawcy poczty (często w sekcji „SMTP” lub „inne programy pocztowe”).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (zwykle port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Brak: tylko dla serwera poczty na tym komputerze</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>zwykle adres e-mail</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Serwer (host SMTP)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>Hasło jest przechowywane w systemowym magazynie haseł (keyring), nigdy w plikach aplikacji.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Ten komputer nie ma działającego magazynu haseł (keyring), więc aplikacja nie może zapisać hasła. Można przechowywać je w pamięci do zamknięcia aplikacji; przy następnym uruchomieniu trzeba je wpisać ponownie. Bez hasła aplikacja również działa: pisma można wtedy wysyłać z własnego programu pocztowego.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Przechowuj hasło w pamięci do zamknięcia aplikacji</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Wyślij wiadomość &amp;testową</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>Zapomnij &amp;hasło</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Usuń zapisane hasło z magazynu haseł (lub z pamięci)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>zapisane w magazynie haseł; wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>przechowywane w pamięci do zamknięcia aplikacji; wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Zaznacz „Przechowuj hasło w pamięci”, aby używać go do zamknięcia aplikacji</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Hasło zapomniane.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Nie zapisano żadnego hasła.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Łączenie z {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Wiadomość testową wysłano na adres {address}. Sprawdź, czy dotarła.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>nieoczekiwany błąd: {name}; szczegóły są w pliku dziennika</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; uzupełnij to w sekcji Ustawienia &gt; Profil</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Wynik, przy wcześniejszym żądaniu)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Ustawienia &gt; Profil, kraj związkowy)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; wybierz prawo lub ustaw kraj w sekcji Ustawienia &gt; Profil</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: wpisz serwer poczty w sekcji Ustawienia &gt; E-mail</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: wpisz go w sekcji Ustawienia &gt; E-mail</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; przenieś go w inne miejsce i uruchom aplikację ponownie</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: zaznacz to żądanie i użyj jego przycisku Dodaj odpowiedź</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>żądanie {id} nie istnieje</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>żadne żądanie nie ma identyfikatora ani numeru referencyjnego {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>termin w ciągu {days} dni: podaj liczbę dni równą 0 lub większą</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>kanał zapisuje się tylko przy zdarzeniu &apos;sent&apos;, a nie przy {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>podaj, jak wysłano żądanie {reference}: kanał musi być jednym z: {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>data wysłania {date} jest w przyszłości</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>{law} nie pozwala firmie przedłużyć terminu na to żądanie: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>{law} nie pozwala firmie przedłużyć terminu na to żądanie</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>żądanie {reference} nie zostało jeszcze wysłane: zapisz je jako wysłane, podając datę otrzymania</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>nieznany typ żądania {type!r}; prawidłowe typy: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>prawo {law!r} nie pasuje do typu {type}; pasujące prawa: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>język {language!r} nie jest dostępny dla typu {type} na podstawie {law}; wybierz jeden z: {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>kanał {channel!r} nie jest jednym z: {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>nieznana podstawa sprzeciwu {ground!r}; prawidłowe podstawy: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>zakres usunięcia danych {scope!r} nie jest jednym z: {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>data wcześniejszego żądania jest wymagana dla typu {type}: data wysłania pierwszego żądania</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>data wcześniejszego żądania {date} jest w przyszłości</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>sprostowanie jest wymagane dla typu {type}: podaj, które dane są nieprawidłowe i jakie są prawidłowe</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>pełnomocnik jest wymagany dla typu {type}: imię i nazwisko oraz dane kontaktowe upoważnionej osoby</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>wcześniejszy wynik {outcome!r} nie jest jednym z: {outcomes} (ani wartością pustą, oznaczającą brak pełnej odpowiedzi)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>data wcześniejszego wyniku {date} wymaga podania wcześniejszego wyniku: refused, partially_fulfilled lub needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>data wcześniejszego wyniku {date} jest w przyszłości</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>data wcześniejszego wyniku {date} jest wcześniejsza niż data wysłania wcześniejszego żądania ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>żądanie {id} ({reference}) zostało zapisane jako spełnione {date}; wznów je przed napisaniem pisma, które jest jego kontynuacją</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>żądanie {id} ({reference}) zostało zapisane jako spełnione; wznów je przed napisaniem pisma, które jest jego kontynuacją</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>do wcześniejszego żądania typu {type!r} nie można napisać pisma będącego jego kontynuacją na podstawie {law}; prawidłowe typy: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} jest wymagane dla pisma w formacie .{format}</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>adres e-mail podmiotu {entity} nie jest znany (formularz internetowy: {web_form}); wyślij pismo pocztą lub przez formularz internetowy</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>adres e-mail podmiotu {entity} nie jest znany; wyślij pismo pocztą lub przez formularz internetowy</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>host SMTP {host!r} nie jest nazwą serwera, taką jak smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>zabezpieczenie SMTP {security!r} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>zabezpieczenie SMTP &apos;none&apos; przesyła hasło i pisma bez szyfrowania; jest dozwolone tylko dla serwera na tym komputerze ({local_hosts}), a nie dla {host!r}: wybierz ssl lub starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>nie podano użytkownika SMTP: hasło jest potrzebne tylko wraz z nazwą użytkownika</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>wiadomość nie ma odbiorcy</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>brak hasła dla użytkownika SMTP {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>wysyłanie anulowano; nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} nie oferuje STARTTLS, więc hasło i pismo zostałyby przesłane bez szyfrowania; nic nie zostało wysłane. Użyj zabezpieczenia ssl (zwykle port 465) lub sprawdź ustawienia serwera podane przez dostawcę poczty</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} nie oferuje logowania (SMTP AUTH) w tym połączeniu; nic nie zostało wysłane. Sprawdź port i ustawienie zabezpieczeń</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>brak hasła dla użytkownika {user} na serwerze {host}; nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} nie akceptuje adresów ze znakami spoza ASCII przed @ (SMTPUTF8), takich jak {address}; nic nie zostało wysłane. Użyj adresu bez takich znaków lub serwera poczty, który je obsługuje</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} odrzucił odbiorcę ({reply}); wysłano tylko kopię do nadawcy, firma nie otrzymała pisma</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} odrzucił nazwę użytkownika lub hasło ({reply}); nic nie zostało wysłane. Niektórzy dostawcy wymagają hasła aplikacji dla programów pocztowych</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} odrzucił odbiorcę ({reply}); nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} odrzucił adres nadawcy {sender} ({reply}); nic nie zostało wysłane. Nadawcą musi zwykle być adres używanego konta pocztowego</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} odrzucił wiadomość ({reply}); nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} zamknął połączenie, zanim wiadomość została przyjęta; nic nie zostało wysłane. Sprawdź port i ustawienie zabezpieczeń (ssl to zwykle port 465, starttls – port 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} nie obsługuje potrzebnej funkcji ({reason}); nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} odpowiedział błędem ({reply}); nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>nie udało się zweryfikować certyfikatu serwera {server} ({reason}); nic nie zostało wysłane. Sprawdź nazwę hosta</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>nie udało się nawiązać bezpiecznego połączenia z {server} ({reason}); nic nie zostało wysłane. Sprawdź, czy ustawienie zabezpieczeń odpowiada portowi (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} nie odpowiedział w ciągu {seconds} s; nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>nie można połączyć się z {server}: połączenie odrzucone (pod tym adresem nie działa serwer poczty); nic nie zostało wysłane. Sprawdź host i port</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>nie znaleziono serwera o nazwie {host!r}; sprawdź tę nazwę i połączenie z internetem</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>nie można połączyć się z {server}: {reason}; nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>wysyłanie przez {server} nie powiodło się: {reason}; nic nie zostało wysłane</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} już istnieje; wybierz inną nazwę pliku lub zgódź się na jego zastąpienie</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>dysk jest pełny: nie można utworzyć {path}; zwolnij trochę miejsca i spróbuj ponownie (nic nie zostało zmienione)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>dysk jest pełny: nie można otworzyć {path}; zwolnij trochę miejsca i spróbuj ponownie (nic nie zostało zmienione)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>dysk jest pełny: nie można utworzyć katalogu danych {path}; zwolnij trochę miejsca i spróbuj ponownie (nic nie zostało zmienione)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>dysk jest pełny: nie można zapisać {path}; zwolnij trochę miejsca i spróbuj ponownie (nic nie zostało zmienione)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>znajduje się w systemie plików tylko do odczytu</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>nazwa pliku jest za długa</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>nie można utworzyć {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>nie można otworzyć {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>nie można utworzyć katalogu danych {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>nie można zapisać {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>nie można zapisać {path}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>nie można zapisać {path}: {folder} nie jest folderem</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>nie można zapisać {path}: to jest folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>nie można zapisać {path}: to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>plik {path} jest uszkodzony ({detail}); nie został zmieniony</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>jest pusty, ale folder zawiera załączniki lub kopie zapasowe</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>nie można utworzyć bazy danych w {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>dysk, na którym znajduje się {path}, jest pełny</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>plik {path} został zapisany przez nowszą wersję Opt-Out Assistant (schemat {version}, ta wersja obsługuje schematy do {known}); zaktualizuj aplikację, aby go otworzyć</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>plik {path} wymaga aktualizacji do tej wersji aplikacji, ale {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>nie można zmienić danych: {reason}; zostały otwarte tylko do odczytu</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} nie jest plikiem bazy danych</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} nie jest bazą danych SQLite</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>katalog danych {path} jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>baza danych {path} jest tylko do odczytu</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>plik {path} nie jest działającą bazą danych: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>nie można zmienić danych: {path} jest tylko do odczytu</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>plik {path} jest zajęty: zapisuje do niego inny program; spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>nie można odczytać {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} nie jest kopią zapasową Opt-Out Assistant (to nie jest JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} nie jest kopią zapasową Opt-Out Assistant (format inny niż {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: wersja kopii zapasowej {version!r} nie jest obsługiwana</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: schemat {schema!r} nie jest numerem schematu</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>plik {path} został zapisany przez nowszą wersję Opt-Out Assistant (schemat {schema!r}); zaktualizuj aplikację, aby go przywrócić</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} nie jest kopią danych Opt-Out Assistant (brak {file_name})</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>kopia {path} również jest uszkodzona ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: ta wersja aplikacji nie może przywrócić danych w schemacie {schema}</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>nie można odczytać kopii {path} ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; nie jest obiektem</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: kopia zapasowa zawiera tabele nieznane tej wersji: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: tabela {table} nie jest listą rekordów</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: rekord {number} tabeli {table} nie jest obiektem</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: rekord {number} tabeli {table} zawiera kolumny nieznane tej wersji: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: rekord {number} tabeli {table} ({key} {value}), pole {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: rekord {number} tabeli {table}, pole {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: rekord {number} tabeli {table} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: rekord {number} tabeli {table}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>id {value} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>kolumna {column}: {value!r} nie jest tekstem</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>kopia zapasowa może zawierać tylko jeden profil, o id 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>{key!r} nie jest prawidłową nazwą ustawienia</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>ustawienie {key!r} nie istnieje w tej wersji aplikacji</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>ustawienie {key!r} jest poufne; poufnych danych nigdy nie przywraca się na dysk</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>ustawienie {key!r} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>konto {name!r} w serwisie {platform} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>konta {id} nie ma w kopii zapasowej</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>opcja {control} konta {id} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>numer referencyjny {reference} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>przyczynę odmowy zapisuje się przy statusie refused i tylko przy nim</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>żądanie o statusie {status} wymaga daty wysłania i kanału</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>kolumna {column} ({day}) wymaga daty wysłania przypadającej w tym samym dniu lub wcześniej</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>data otrzymania i jej podstawa należą do wysłanego żądania i muszą występować razem</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} przypada przed wysłaniem żądania</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>przy podstawie {basis} received_at musi być datą wysłania</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>żądania {id} nie ma w kopii zapasowej</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>zdarzenia {id} nie ma w kopii zapasowej</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} znajduje się poza folderem załączników</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>ścieżkę {path} wskazują dwa załączniki</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>sha256 {digest!r} nie składa się z 64 małych cyfr szesnastkowych</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 nie jest prawidłowym tekstem base64</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>zawartość {path} nie jest prawidłowym tekstem base64</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>zawartość {path} jest uszkodzona (SHA-256 się nie zgadza)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>rozmiar {size} nie zgadza się z rozmiarem zawartości ({length} B)</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>nie można przywrócić do {path}: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>katalog danych {path} zawiera już dane; przywróć do pustego katalogu</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>kopia zapasowa nie pasuje do bazy danych tej wersji: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>nie można odczytać załącznika {file_name} ({path}): {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>załącznik {file_name} ({path}) został zmieniony po zapisaniu (SHA-256 się nie zgadza)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>żądanie o numerze referencyjnym {reference} już istnieje</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>żądanie {reference} zostało w międzyczasie zmienione; spróbuj ponownie</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>wysyłanie e-maili nie jest skonfigurowane</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>wymagane jest prawo: dla kraju zamieszkania nie jest znane żadne prawo</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>nieznany organ {authority!r}; prawidłowe: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>nieznany stan lub kraj związkowy {state!r} dla kraju {country}; prawidłowe: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>w wykazie nie ma organu dla kraju {country}; kraje, dla których jest: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>kraj związkowy (Land) jest wymagany przy skardze z Niemiec: nadzór nad przedsiębiorstwami sprawuje organ właściwego kraju związkowego, a nie federalny BfDI (§§ 9 i 40 BDSG); należy podać kraj związkowy w profilu</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>kraj jest wymagany przy skardze na podstawie {law}: od niego zależy, który organ ją otrzyma (art. 77 ust. 1), a {country} nie jest krajem, w którym obowiązuje {law}; ustaw kraj w profilu</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>kraj jest wymagany przy skardze na podstawie {law}: od niego zależy, który organ ją otrzyma (art. 77 ust. 1), a kraj nie jest ustawiony; ustaw kraj w profilu</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>w wykazie nie ma organu nadzorczego dla stanu USA {state}; stany, dla których jest: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>w wykazie nie ma organu nadzorczego dla USA bez podania stanu; stany, dla których jest: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>nieznany kraj {country!r}; użyj kodu ISO 3166, np. DE, FR, GB lub US, albo angielskiej nazwy</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>termin wcześniejszego żądania upływa {deadline}: dopóki nie upłynie, pismo nie może stwierdzać, że go nie dotrzymano; należy podać, co odpowiedziała firma, jeśli odpowiedziała</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>ten interfejs nie może utworzyć pliku PDF</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>nie można zapisać pism w {folder}: to nie jest folder</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>format {format!r} nie jest jednym z: {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} nie ma opcji {control!r}; prawidłowe: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} to serwis lustrzany, skracacz linków, skaner lub serwis do wklejania tekstów; jako źródło podaj samą stronę</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>to kopia innej witryny udostępniana przez proxy; jako źródło podaj oryginalną stronę</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>kod w {host} nie jest źródłem (są nim tylko rekordy firm z datenanfragen/data)</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file}: {key}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{problems}; {more}</source>
        <translation>{problems}; {more}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; valid ids: {ids}</source>
        <translation>nieznana platforma {platform!r}; prawidłowe identyfikatory: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>nieznana platforma {platform!r}; czy chodziło o {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>nieznana platforma {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>folder katalogu {path} nie istnieje lub nie jest folderem</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>powtórzony id platformy {id!r}</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>nieprawidłowy TOML: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nie można odczytać: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} nie odpowiada nazwie pliku {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>musi mieć wartość {version} (zob. schemat w CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} nie jest nazwą hosta zapisaną małymi literami, np. example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>powtórzony id opcji {id!r}</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>wymagana jest co najmniej jedna opcja (kind = &quot;none&quot;, jeśli żadna nie istnieje), chyba że platforma oświadcza, że nie trenuje SI (ai_training z trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} występuje już we wcześniejszym wpisie; region może mieć tylko jeden wpis</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>podstawę prawną zapisuje się tylko dla {regions}, których prawo ją przewiduje; dla {region!r} tak nie jest (podziel wpis)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>data {until} jest wcześniejsza niż since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: jeden wiersz na wpis, bez znaków sterujących</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>pole wymagane, gdy podano adres (od niego zależą dni wolne przy liczeniu terminu)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>żadne źródło nie obejmuje {name!r}; każde pole kontaktowe wymaga źródła</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>opcja typu {kind} wymaga co najmniej jednego kroku</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>pole wymagane: każdy fakt wymaga źródła</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} nie należy do hostów samej platformy ({hosts}); jeśli należy, dodaj go do domains, a jeśli nie, wybierz inny rodzaj (kind)</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>data {date} jest w przyszłości</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>tylko źródła typu controller wskazują, które pola potwierdzają</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>musi być tabelą</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} nie składa się z małych liter, cyfr i -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} nie jest adresem URL http(s)</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} nie jest jednym wierszem tekstu</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} nie jest pojedynczym adresem e-mail</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} nie jest kodem ISO 3166-1, np. IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} nie jest &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>musi być tekstem, a nie {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>musi być liczbą całkowitą, a nie {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>musi mieć wartość true lub false, a nie {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>musi być datą, a nie {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>musi być tabelą, a nie {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>musi być listą, a nie {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>nieznane pole (zob. schemat w CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>nie może być puste (zamiast tego pomiń pole)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>pole wymagane</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>może zawierać tylko niepusty tekst, a nie {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>pole wymagane: co najmniej jeden z: {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} nie jest żadnym z: {regions} ani stanem USA, np. us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>żądanie {reference} ma status {status}: nie można oznaczyć go jako {kind}; obecnie dozwolone: {allowed} (żądanie, którego spełnienia odmówiono, trzeba wznowić, zanim będzie mogło zostać spełnione)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>żądanie {reference} ma status {status}: nie można oznaczyć go jako {kind}; obecnie dozwolone: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>przyczynę zapisuje się tylko przy &apos;refused&apos;, a nie przy {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>datę otrzymania zapisuje się tylko przy &apos;sent&apos;, a nie przy {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>podaj przyczynę odmowy, jedną z: {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>{field}: {value!r} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>żądanie wymaga pola {field}; jest ono puste</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>numer referencyjny {value!r} nie ma postaci takiej jak 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>prawo {value!r} nie jest identyfikatorem prawa, takim jak gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>data {day} jest wcześniejsza niż data wysłania żądania ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>format manifestu {format!r} nie jest obsługiwany (ta aplikacja odczytuje {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>wersja manifestu {version} nie jest liczbą całkowitą od 1 do {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>wersja manifestu {start}... (cyfry: {digits}) nie jest liczbą całkowitą od 1 do {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>pole created w manifeście ({created!r}) nie jest datą i godziną w formacie ISO</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>pole files w manifeście musi być niepustą listą</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>ścieżka pliku {path!r} w manifeście nie ma postaci platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>sha256 pliku {path} w manifeście nie składa się z 64 małych cyfr szesnastkowych</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>manifest wymienia {path} dwukrotnie</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>nie można odczytać klucza publicznego {path}: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>klucz publiczny {path} nie jest kluczem Ed25519</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>nie można odczytać klucza podpisującego {path} jako niezaszyfrowanego klucza prywatnego PEM: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>klucz podpisujący {path} nie jest kluczem prywatnym Ed25519</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>katalog {path} zawiera nieprawidłowe pliki; najpierw je popraw: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>katalog {path} nie zawiera plików platform</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>wersja katalogu musi być liczbą całkowitą od 1 do {maximum}</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>pakiet ma {size} B, co przekracza limit {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>podpis ma {size} B; podpis Ed25519 ma {length} B</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>weryfikacja podpisu nie powiodła się: pakiet został zmieniony, uszkodzony lub podpisany innym kluczem</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>pakiet nie jest archiwum zip: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>pakiet zawiera dwukrotnie tę samą nazwę pliku</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>pakiet nie zawiera pliku manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>po rozpakowaniu pakiet zajmuje więcej niż {limit} B</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>zawartość pakietu nie zgadza się z manifestem: niewymienione w nim: {extra}, brakujące: {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>zawartość pakietu nie zgadza się z manifestem: niewymienione w nim: {extra}, brakujące: brak</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>zawartość pakietu nie zgadza się z manifestem: niewymienione w nim: brak, brakujące: {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>nie można odczytać pakietu: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} nie zgadza się z sumą sha256 podaną w manifeście</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>pakiet zawiera nieprawidłowe wpisy platform: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>brak konta {account!r} w serwisie {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>brak konta {account!r} w serwisie {platform}; nie ma czego cofnąć</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>katalog danych {path} nie jest folderem</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>nie można odczytać katalogu danych {path}</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>żądanie {reference} nie ma adresu e-mail odbiorcy; wyślij je zamiast tego pocztą lub przez formularz internetowy firmy</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>żądanie {reference} ma status {status} od {date}; wysłać można tylko szkic</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>żądanie {reference} ma status {status}; wysłać można tylko szkic</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>wiadomość została wysłana do {recipient}, ale nie udało się oznaczyć żądania {reference} jako wysłanego ({problem}); zapisz to ręcznie z datą {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>wynik {outcome!r} nie jest jednym z: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>wklejona odpowiedź jest pusta</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>plik {path} zawiera zbyt wiele zagnieżdżonych w sobie części wiadomości, aby można go było odczytać</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>wklejony tekst zawiera zbyt wiele zagnieżdżonych w sobie części wiadomości, aby można go było odczytać</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>odpowiedź {path} nosi datę {date} (nagłówek Date): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>wklejona odpowiedź nosi datę {date} (nagłówek Date): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>brak numeru referencyjnego żądania (np. 2026-K3F9Q2M) we wklejonym tekście; wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>wklejony tekst zawiera kilka numerów referencyjnych ({references}); wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>plik odpowiedzi {path} jest większy niż {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>nie można odczytać pliku odpowiedzi {path}: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>brak numeru referencyjnego żądania (np. 2026-K3F9Q2M) w temacie wiadomości {file}; wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>brak numeru referencyjnego żądania (np. 2026-K3F9Q2M) w temacie wklejonego tekstu; wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>brak numeru referencyjnego żądania (np. 2026-K3F9Q2M) w treści {file}; wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>temat wiadomości {file} zawiera kilka numerów referencyjnych ({references}); wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>temat wklejonego tekstu zawiera kilka numerów referencyjnych ({references}); wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>treść {file} zawiera kilka numerów referencyjnych ({references}); wybierz żądanie, którego dotyczy odpowiedź</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>format eksportu {format!r} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>{law} nie obowiązuje w kraju {country!r}; prawidłowe kraje dla {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>typ żądania {type!r} nie ma zastosowania na podstawie {law}; prawidłowe typy dla {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>data otrzymania {date} jest w przyszłości (dzisiaj jest {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>nieznany kod kraju {country!r}; użyj kodu ISO 3166, np. DE, FR lub GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>wykorzystane źródła nie podają terminu, w którym firma musi rozpatrzyć odwołanie na podstawie {law}, więc pismo z odwołaniem nie może wskazać terminu; odwołaj się na piśmie i zapisz odpowiedź firmy</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>źródła nie podają terminu odpowiedzi dla {type!r} na podstawie {law}; typy z terminem dla {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>źródła nie podają terminu odpowiedzi na „żądanie” na podstawie {law}; typy z terminem dla {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>nieznane prawo {law!r}; prawidłowe: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>nieznany typ żądania {type!r}; prawidłowe: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>nieznany kod kraju {country!r}; użyj kodu ISO 3166, np. DE, FR, GB lub US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>stan lub kraj związkowy wymaga podania kraju: ustaw również kraj</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>stan lub kraj związkowy {state!r}: aplikacja nie używa stanów ani krajów związkowych dla kraju {country}</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} nie jest stanem ani krajem związkowym w kraju {country}; prawidłowe kody: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>język {language!r} nie jest dostępny; wybierz jeden z: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>kraj {country!r} nie jest znany aplikacji: podaj jego kod ISO (DE, FR, GB, US) lub angielską nazwę (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>kraj {country!r} nie jest znany aplikacji: podaj jego kod ISO (DE, FR, GB, US) lub angielską nazwę (Germany); czy chodziło o {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>kraj {country!r} nie jest znany aplikacji: podaj jego kod ISO (DE, FR, GB, US) lub angielską nazwę (Germany); czy chodziło o {first} lub {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>kraj {country!r} nie jest znany aplikacji: podaj jego kod ISO (DE, FR, GB, US) lub angielską nazwę (Germany); czy chodziło o {first}, {second} lub {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>dla Stanów Zjednoczonych wymagany jest stan (np. CA dla Kalifornii)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>data otrzymania {date} jest wcześniejsza niż data wysłania żądania ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>data otrzymania {date} jest w przyszłości (dzisiaj jest {today}); wpisz ją, gdy firma otrzyma pismo, lub pozostaw pole puste, aby użyć daty szacunkowej</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Katalog nie wskazuje administratora dla użytkowników serwisu {platform} w regionie {region}. Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy ({policy}) lub zapytaj {authority}, jak skontaktować się z firmą. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Katalog nie wskazuje administratora dla użytkowników serwisu {platform} w regionie {region}. Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy ({policy}). Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Katalog nie wskazuje administratora dla użytkowników serwisu {platform} w regionie {region}. Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy lub zapytaj {authority}, jak skontaktować się z firmą. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Katalog nie wskazuje administratora dla użytkowników serwisu {platform} w regionie {region}. Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Katalog nie zawiera adresu e-mail, formularza ani adresu pocztowego podmiotu {entity} ({region}). Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy ({policy}) lub zapytaj {authority}, jak skontaktować się z firmą. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Katalog nie zawiera adresu e-mail, formularza ani adresu pocztowego podmiotu {entity} ({region}). Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy ({policy}). Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Katalog nie zawiera adresu e-mail, formularza ani adresu pocztowego podmiotu {entity} ({region}). Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy lub zapytaj {authority}, jak skontaktować się z firmą. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Katalog nie zawiera adresu e-mail, formularza ani adresu pocztowego podmiotu {entity} ({region}). Poszukaj kontaktu w sprawach prywatności w polityce prywatności platformy. Nie utworzono pisma bez odbiorcy.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>hasło jest puste; wpisz hasło lub pozostaw pole bez zmian</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>na tym komputerze nie znaleziono działającego magazynu haseł (keyring systemu), więc nie można zapisać hasła</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>systemowy magazyn haseł (keyring) odmówił zapisania hasła ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>systemowy magazyn haseł (keyring) odmówił usunięcia hasła ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>załącznik {path} nie jest plikiem, który można odczytać</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>załącznik {path} ma {megabytes} MB; limit wynosi {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>nie można odczytać załącznika {path}: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>adres URL aktualizacji {url!r} nie jest adresem internetowym (https://host/ścieżka)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>adres URL aktualizacji {url!r} używa nieszyfrowanego HTTP; dozwolone jest tylko https://</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>adres URL aktualizacji {url!r} ma schemat {scheme!r}; dozwolone jest tylko https://</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>nie można połączyć się z {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} przekierowuje do {target!r}; odrzucono: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>odpowiedź z {url}: HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>pobieranie {url} trwało dłużej niż {seconds} s; pobieranie przerwano</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} przekierowuje więcej niż {count} razy</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} ma {size} B, co przekracza limit {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>z {url} przesłano więcej danych niż limit {limit} B; pobieranie przerwano</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>pobieranie {url} nie zostało dokończone: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>pobieranie {url} nie zostało dokończone: pobrano {received} z {size} B</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>katalog jest aktualny (wersja {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>katalog dostępny pod adresem {url} ma wersję {version}, starszą niż zainstalowana {installed}; odrzucono</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>brakuje jednego z jej plików</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>nieprawidłowa nazwa folderu {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>zainstalowany katalog deklaruje w {folder} wersję {claimed}, ale jego podpisany pakiet ma wersję {version}: został cofnięty do starszej wersji lub zmodyfikowany</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>zainstalowany plik manifest.json różni się od podpisanego: został zmodyfikowany</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>po zainstalowaniu aktualizacji dodano lub usunięto pliki platform</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>plik {path} został zmieniony po zainstalowaniu aktualizacji</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>wersja katalogu {version} nie jest nowsza niż zainstalowana {installed}</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>nie można odczytać zapisu ostatniej aktualizacji katalogu ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>{field}: {value} nie jest tekstem</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>{field}: wartość musi być jednym wierszem zwykłego tekstu; zawiera znak sterujący {character} na pozycji {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>{field}: wartość zawiera znak sterujący {character} na pozycji {position}; w tekście zachowywane są tylko podziały wierszy i tabulatory</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field}: wartość nie może być pusta</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>{field}: wartość jest za długa (znaki: {length}, maksymalnie {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>{field}: {value} nie jest identyfikatorem (a-z, 0-9, - i _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>{field}: {value} nie jest jednym z: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>{field}: {value} nie jest liczbą od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>{field}: {value} nie jest datą w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>{field}: {value!r} nie jest istniejącą datą</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>{field}: {value} nie jest datą i godziną</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>{field}: data {day} jest w przyszłości; podaj datę zdarzenia (najpóźniej dzisiejszą)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>{field}: data {day} jest wcześniejsza niż {start}, czyli dzień, od którego stosuje się RODO, i zarazem najwcześniejsza data akceptowana przez aplikację</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>{field}: data {day} jest wcześniejsza niż dzień wejścia w życie {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>{field}: {value} nie jest prawidłowym adresem e-mail: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>przed znakiem @ zawiera znaki niedozwolone w adresie: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>po znaku @ zawiera znaki niedozwolone w adresie: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>brakuje znaku @</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>przed znakiem @ nic nie ma</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>po znaku @ nic nie ma</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>część po znaku @ musi zawierać kropkę, jak w example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>zawiera dwie kropki z rzędu</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>zaczyna się od kropki</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>kończy się kropką</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>bezpośrednio przed znakiem @ jest kropka</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>bezpośrednio po znaku @ jest kropka</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>nie można zapisać {path}: plik PDF jest pusty</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzono odbiór</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Przedłużono termin</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Spełniono</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Spełniono częściowo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalacja</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Wysłano ponaglenie</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Otrzymano odpowiedź</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wznowiono</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adres e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres pocztowy</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stan lub kraj związkowy</translation>
    </message>
    <message>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adres nadawcy</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>adres e-mail odbiorcy</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>serwer SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>port SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>użytkownik SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>zabezpieczenie SMTP</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nazwa konta</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>liczba przechowywanych kopii</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>body</source>
        <translation>treść</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>numer referencyjny</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Zapisano. Aplikacja użyje wybranego języka od następnego uruchomienia.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Ustaw kraj w sekcji Ustawienia &gt; Profil, aby zobaczyć prawo, które chroni dane.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>Aplikacja nie zna jeszcze przepisów o ochronie danych dla: {place}. Nadal można korzystać z listy kontrolnej i pisać do platform na podstawie prawa miejsca ich siedziby (na przykład RODO w przypadku firmy z UE).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>obowiązuje od {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Termin na odpowiedź: {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>najwyżej {period} po przedłużeniu</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>termin na potwierdzenie otrzymania: {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Na żądanie wysłane dzisiaj należy odpowiedzieć do {date} (najpóźniej do {extended} w razie przedłużenia).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Na żądanie wysłane dzisiaj należy odpowiedzieć do {date}.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>firma musi je rozpatrzyć (termin: {period})</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>wykorzystane źródła nie podają terminu na odpowiedź firmy</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>Prawo przewiduje odwołanie do firmy, jeśli odmówi lub nie podejmie działań: {answer}. Aplikacja zaleca odwołanie przed złożeniem skargi do organu nadzorczego.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Przysługujące prawa</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Gdzie złożyć skargę:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>strona internetowa</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formularz skargi</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Prawo</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Kraj (a w USA także stan) decyduje, którego prawa o ochronie danych aplikacja używa w pismach i przy terminach. Można go zmienić na karcie Profil.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Sprzeciw wobec trenowania SI</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Wnieś sprzeciw wobec wykorzystywania swoich danych osobowych do trenowania modeli SI, jeżeli firma powołuje się na prawnie uzasadnione interesy.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Żądanie dostępu z pytaniami o SI</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Zażądaj kopii swoich danych oraz informacji o tym, do czego są wykorzystywane, w tym czy i w jaki sposób służą do trenowania SI.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Żądanie usunięcia danych</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Zażądaj od firmy usunięcia swoich danych osobowych, na przykład po skutecznym sprzeciwie lub cofnięciu zgody.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Ograniczenie przetwarzania</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Zażądaj od firmy wstrzymania wykorzystywania swoich danych na czas rozpatrywania sprzeciwu.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Cofnięcie zgody</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Cofnij zgodę wyrażoną na trenowanie SI; cofnięcie zgody musi być równie łatwe jak jej wyrażenie.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Żądanie sprostowania danych</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Zażądaj od firmy sprostowania nieprawidłowych danych osobowych na swój temat lub uzupełnienia niekompletnych danych.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Żądanie przeniesienia danych</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Zażądaj dostarczonych przez siebie danych w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego albo ich przesłania innej firmie (zgoda lub umowa, przetwarzanie w sposób zautomatyzowany).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Decyzja zautomatyzowana: weryfikacja przez człowieka</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Zakwestionuj decyzję w swojej sprawie opartą wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, która wywołuje wobec osoby, której dotyczy, skutki prawne lub w podobny sposób istotnie na nią wpływa: zażądaj interwencji ludzkiej i przedstaw własne stanowisko.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Odpowiedź na żądanie potwierdzenia tożsamości</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Odpowiedz firmie, która przed rozpatrzeniem żądania domaga się dokumentu tożsamości: może żądać informacji tylko w razie uzasadnionych wątpliwości i tylko takich, które potwierdzają tożsamość.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Skarga do administratora (UK)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Złóż do samej firmy skargę na naruszenie UK GDPR w odniesieniu do swoich danych; firma musi potwierdzić jej otrzymanie w ciągu 30 dni. ICO oczekuje tego kroku przed złożeniem skargi do ICO.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Ponaglenie po upływie terminu</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Przypomnij firmie, że upłynął termin na odpowiedź na wcześniejsze żądanie.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Skarga do organu nadzorczego</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Złóż do organu ochrony danych skargę na to, że firma nie odpowiedziała lub nie spełniła żądania.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out ze sprzedaży lub udostępniania</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Wezwij firmę do zaprzestania sprzedaży lub udostępniania swoich danych osobowych osobom trzecim. Nie powstrzymuje to firmy przed samodzielnym wykorzystywaniem tych danych, na przykład do trenowania własnej SI.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Ograniczenie wykorzystywania wrażliwych danych osobowych</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Zażądaj ograniczenia wykorzystywania i ujawniania swoich wrażliwych danych osobowych przez samą firmę do tego, czego wymaga jej usługa; obejmuje to również trenowanie przez nią własnej SI na takich danych.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Żądanie usunięcia danych</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Zażądaj od firmy usunięcia danych osobowych zebranych od siebie.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Żądanie informacji o danych</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Zażądaj informacji, jakie dane osobowe firma zebrała, sprzedała lub udostępniła, skąd, w jakim celu i komu.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Żądanie sprostowania danych</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Zażądaj od firmy sprostowania nieprawidłowych danych osobowych na swój temat.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Odpowiedz firmie, która przed rozpatrzeniem żądania domaga się dalej idącego potwierdzenia tożsamości, niż dopuszczają przepisy wykonawcze do CCPA.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Upoważnienie pełnomocnika</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Podpisz upoważnienie dla osoby lub firmy do składania w swoim imieniu żądań na podstawie CCPA; firma, do której kierowane są żądania, może poprosić o jego potwierdzenie, ale nie może wymagać pełnomocnictwa (power of attorney).</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Przypomnij firmie, że upłynął termin na rozpatrzenie wcześniejszego żądania (15 dni roboczych w przypadku opt-out lub żądania ograniczenia, 45 dni w przypadku pozostałych).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Skarga do California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Zgłoś do CalPrivacy firmę, która zignorowała żądanie lub odmówiła jego spełnienia.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Żądanie opt-out</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Zgłoś opt-out w zakresie objętym prawem swojego stanu: ze sprzedaży, reklamy ukierunkowanej oraz, w większości stanów, profilowania na potrzeby decyzji wywołujących skutki prawne lub w podobny sposób istotnie wpływających na osobę. Żadne z nich nie powstrzymuje firmy przed trenowaniem własnej SI na danych użytkownika.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Żądanie dostępu</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Zażądaj od firmy potwierdzenia, czy przetwarza ona dane osobowe osoby składającej żądanie, oraz kopii tych danych.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Żądanie usunięcia danych</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Zażądaj od firmy usunięcia danych osobowych na swój temat.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Odwołanie od odmowy</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Odwołaj się do firmy, jeśli odmówiła spełnienia żądania lub nie podjęła w jego sprawie działań.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Skarga do prokuratora generalnego stanu</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Zgłoś prokuratorowi generalnemu (Attorney General) swojego stanu firmę, która zignorowała żądanie lub odmówiła jego spełnienia.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Żądanie potwierdzenia i dostępu</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Zażądaj informacji, czy firma przetwarza dane osoby składającej żądanie, oraz pełnego oświadczenia o ich pochodzeniu, kryteriach i celu przetwarzania.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Zażądaj od firmy anonimizacji, zablokowania lub usunięcia swoich danych albo usunięcia danych przetwarzanych na podstawie swojej zgody.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Żądanie sprostowania danych</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Zażądaj od firmy sprostowania niekompletnych, nieprawidłowych lub nieaktualnych danych.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Odwołanie zgody</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Odwołaj zgodę wyrażoną na wykorzystywanie swoich danych, także do trenowania SI.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Sprzeciw wobec przetwarzania</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Wnieś sprzeciw wobec przetwarzania, które firma opiera na podstawie innej niż zgoda (takiej jak prawnie uzasadniony interes), jeżeli jest ono niezgodne z LGPD, np. wobec trenowania SI, o którym nie poinformowano w jasny sposób.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Petycja do ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Wnieś petycję przeciwko firmie do brazylijskiego krajowego organu ochrony danych.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Zwróć się na piśmie do organizacji o posiadane przez nią dane osobowe na swój temat oraz o informacje, jak je wykorzystuje.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Przypomnij organizacji, że upłynął 30-dniowy termin na rozpatrzenie żądania dostępu.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Skarga do Komisarza ds. Ochrony Prywatności</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Złóż skargę na organizację do Biura Komisarza ds. Ochrony Prywatności Kanady (Office of the Privacy Commissioner of Canada).</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Ogólne rozporządzenie o ochronie danych (UE) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>UE i EOG</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Cofnięcie zgody</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp do danych</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Sprostowanie danych</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Usunięcie danych</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Zawiadomienie odbiorców</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Przenoszenie danych</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Sprzeciw wobec przetwarzania opartego na prawnie uzasadnionych interesach lub na zadaniu realizowanym w interesie publicznym</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Sprzeciw wobec marketingu bezpośredniego (jeżeli trenowanie mu służy)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Niepodleganie decyzjom opartym wyłącznie na zautomatyzowanym przetwarzaniu</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Odpowiedź w terminie miesiąca</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Dodatkowe informacje do potwierdzenia tożsamości tylko w razie uzasadnionych wątpliwości</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Skarga do organu nadzorczego</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>Organ nadzorczy w państwie zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia (art. 77 ust. 1 RODO).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Miesiąc kończy się w dniu o tej samej dacie w następnym miesiącu, a jeżeli w tym miesiącu nie ma takiej daty – w jego ostatnim dniu; termin przypadający na sobotę, niedzielę lub dzień świąteczny przesuwa się na następny dzień roboczy (art. 3 ust. 2 lit. c i art. 3 ust. 4 rozporządzenia nr 1182/71; stosowanie go do terminów z RODO jest kwestią wykładni).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>Administrator może przedłużyć termin o kolejne dwa miesiące, lecz musi poinformować o tym osobę, której dane dotyczą, w ciągu pierwszego miesiąca, podając przyczyny (art. 12 ust. 3 RODO).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>kolejne dwa miesiące liczone od pierwotnego terminu</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>Przedłużony termin liczony jest jako trzy miesiące od otrzymania (metoda ICO, późniejsza z dwóch dat); żadne źródło unijne nie rozstrzyga, która wykładnia jest właściwa.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Jeżeli organ nadzorczy w ciągu trzech miesięcy nie poinformuje o postępach lub wyniku rozpatrzenia skargi, można wnieść przeciwko niemu skargę do sądu (art. 78 ust. 2 RODO).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Zjednoczone Królestwo</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Skarga do ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>ICO prosi, aby najpierw złożyć skargę do organizacji, ponowić kontakt, jeżeli po 30 dniach nie będzie odpowiedzi, a skargę do ICO złożyć w ciągu trzech miesięcy od ostatniego kontaktu z organizacją.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Od 19 czerwca 2026 r. można złożyć skargę bezpośrednio do administratora w sprawie naruszenia dotyczącego swoich danych osobowych (DPA 2018 s. 164A, dodana przez Data (Use and Access) Act 2025 s. 103; o wejściu przepisu w życie informuje http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Metoda ICO: od dnia otrzymania do dnia o tej samej dacie w następnym miesiącu, a jeżeli w tym miesiącu nie ma takiej daty – do jego ostatniego dnia; termin przypadający na weekend lub dzień świąteczny przesuwa się na następny dzień roboczy.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>Termin zaczyna biec od najpóźniejszego z tych zdarzeń: otrzymania żądania, otrzymania informacji o tożsamości, których zażądał administrator, lub otrzymania opłaty (art. 12A UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>Przedłużony termin liczony jest jako trzy miesiące od otrzymania, zgodnie ze stanowiskiem ICO.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>Administrator musi potwierdzić otrzymanie skargi w okresie 30 dni rozpoczynającym się z chwilą jej otrzymania (DPA 2018 s. 164A(3)): dzień otrzymania jest pierwszym z tych 30 dni.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Następnie musi bez zbędnej zwłoki podjąć odpowiednie kroki w celu rozpatrzenia skargi (w tym wyjaśnienia i informowanie skarżącego o postępach) i poinformować go o wyniku (s. 164A(4)-(5)); nie określono stałego terminu na przekazanie wyniku.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Swiss Federal Act on Data Protection (revised FADP)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>Zgoda jest ważna tylko wtedy, gdy została wyrażona dobrowolnie, w odniesieniu do konkretnego przetwarzania, po udzieleniu odpowiednich informacji</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Dane są niszczone lub anonimizowane, gdy nie są już potrzebne do celu przetwarzania</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Dostęp (informacje o własnych danych)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>Informacje zawarte w każdej odpowiedzi (cel, okres przechowywania, pochodzenie, odbiorcy...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Nieodpłatne udzielenie informacji</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Odpowiedź w terminie 30 dni</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Wydanie lub przekazanie danych dostarczonych przez osobę, której dotyczą, w powszechnie używanym formacie elektronicznym</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Przetwarzanie wbrew wyraźnej woli osoby narusza jej dobra osobiste (na to powołuje się sprzeciw)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Naruszenie jest bezprawne, chyba że jest uzasadnione zgodą, nadrzędnym interesem lub przepisem prawa</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Roszczenia prawne: zakaz przetwarzania lub ujawniania, usunięcie lub zniszczenie danych</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Zgłoszenie do FDPIC</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>FDPIC informuje osobę, której dane dotyczą i która dokonała zgłoszenia, o podjętych działaniach i ich wyniku</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>FDPIC wszczyna postępowanie wyjaśniające na podstawie zgłoszenia, jeżeli istnieją wystarczające przesłanki naruszenia, i może odstąpić od jego wszczęcia w przypadku naruszeń o niewielkim znaczeniu (art. 49 FADP).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>FADP nie przewiduje prawa do cofnięcia zgody, prawa do ograniczenia przetwarzania ani ogólnego prawa do sprzeciwu; pisma z tymi żądaniami opierają się na art. 6 ust. 6, art. 30 ust. 2 lit. b, art. 31 ust. 1 i art. 32 i nie wskazują artykułu dla samego żądania (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ – w sprawie cofnięcia zgody; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection – w sprawie sprzeciwu).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>Na podstawie tekstu ustawy nie potwierdzono, który ustęp art. 32 wymienia usunięcie danych; pisma powołują się na art. 32 jako całość.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Dni liczy się od dnia następującego po dniu otrzymania; ostatni dzień przypadający na sobotę, niedzielę lub dzień świąteczny przesuwa się na następny dzień roboczy (art. 77-78 Kodeksu zobowiązań; stosowanie ich do terminów z FADP jest kwestią wykładni).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>FADP nie przewiduje stałego przedłużenia terminu: administrator, który nie może udzielić odpowiedzi w ciągu 30 dni, musi poinformować, do kiedy to zrobi (art. 18 ust. 2 rozporządzenia DPO); zapisz podaną przez niego datę.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>30 dni to termin przewidziany w FADP dla żądań dostępu (art. 25 ust. 7 FADP, art. 18 rozporządzenia DPO); źródła nie podają terminu dla tego rodzaju żądania, dlatego data ma charakter orientacyjny.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, as amended by the CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>Kalifornia, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Informacja o tym, jakie dane są zbierane</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Informacja o tym, jakie dane są sprzedawane lub udostępniane i komu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usunięcie danych</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Sprostowanie danych</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Opt-out ze sprzedaży lub udostępniania</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Ograniczenie wykorzystywania i ujawniania wrażliwych danych osobowych</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Zakaz dyskryminacji za korzystanie z praw</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Odpowiedź w terminie 45 dni</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Skarga do California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>Przestrzeganie CCPA egzekwuje także prokurator generalny Kalifornii (Attorney General); powództwa prywatne są możliwe tylko w przypadku niektórych naruszeń ochrony danych (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>45 dni oznacza datę otrzymania plus 45 dni: pierwszego dnia się nie wlicza; nie wlicza się też ostatniego dnia, jeżeli jest dniem świątecznym (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Ostatni dzień przypadający na sobotę, niedzielę lub dzień świąteczny przesuwa się na najbliższy dzień, który nie jest żadnym z nich: Code Civ. Proc. § 12a uznaje za dni świąteczne „all day on Saturdays” (całe soboty) oraz święta z § 135 (do których należy każda niedziela, Gov. Code § 6700(a)(1)) w przypadku każdego terminu określonego w ustawie lub rozporządzeniu.</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Dni świąteczne to święta stanowe Kalifornii według biblioteki holidays; dni wolne od czynności sądowych z Code Civ. Proc. § 135 oraz dni, w których urząd publiczny jest zamknięty (§ 12b), mogą się od nich różnić i nie są znane aplikacji.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>Firma może jednokrotnie przedłużyć termin o najwyżej 45 dni (łącznie 90), jeżeli w ciągu pierwszych 45 dni poinformuje o przyczynach (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Do dni roboczych nie wlicza się sobót, niedziel ani świąt obowiązujących w Kalifornii (wykładnia: przepisy wykonawcze nie definiują dni roboczych).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>licząc dzień otrzymania jako pierwszy dzień, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>Termin liczony jest jako 45 dni po dniu otrzymania (Code Civ. Proc. § 12); nie znaleziono stanowiska CPPA w tej kwestii.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>Firma musi zaprzestać sprzedaży lub udostępniania danych tak szybko, jak to realnie możliwe, i nie później niż 15 dni roboczych po otrzymaniu żądania, a także powiadomić osoby trzecie, których to dotyczy (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7026(f)(1) określa sztywny termin 15 dni roboczych i nie przewiduje jego przedłużenia.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>Firma musi ograniczyć wykorzystywanie wrażliwych danych osobowych osoby składającej żądanie w ciągu 15 dni roboczych od otrzymania żądania (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7027(g) określa sztywny termin 15 dni roboczych i nie przewiduje jego przedłużenia.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Wirginia, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Żądania konsumentów i odpowiedzi na nie</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Egzekwowanie przepisów przez prokuratora generalnego (Attorney General)</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>Źródła podają termin na odpowiedź i organ nadzorczy dla tej ustawy, ale nie wymieniają, w podziale na stany, jakie prawa konsumentów (dostęp, usunięcie danych, opt-out) przyznaje; przed powołaniem się na konkretne prawo należy sprawdzić tekst ustawy.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Wirginii dotyczących obliczania terminów). Administrator może jednokrotnie przedłużyć termin o 45 dni, informując o tym w ciągu pierwszych 45 dni.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Według źródeł wtórnych: 60-dniowy termin na rozpatrzenie odwołania pochodzi ze streszczeń; tekstu tego ustępu nie pozyskano.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Kolorado, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Przestrzeganie ustawy egzekwują, obok prokuratora generalnego (Attorney General), także prokuratorzy okręgowi (district attorneys).</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Opt-out można zgłosić przez upoważnionego pełnomocnika, także za pomocą ustawienia przeglądarki lub urządzenia (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Kolorado dotyczących obliczania terminów). Administrator może przedłużyć termin o 45 dni w razie uzasadnionej potrzeby.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>W razie oddalenia odwołania administrator musi poinformować, jak złożyć skargę do prokuratora generalnego (Attorney General).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Connecticut dotyczących obliczania terminów). Administrator może jednokrotnie przedłużyć termin o 45 dni, informując o tym w ciągu pierwszych 45 dni.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>Administrator musi rozpatrzyć odwołanie w ciągu 60 dni od jego otrzymania.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>Prokurator generalny (Attorney General) egzekwuje przestrzeganie ustawy po przekazaniu mu sprawy przez stanowy wydział ochrony konsumentów – Division of Consumer Protection (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Utah dotyczących obliczania terminów). Administrator może jednokrotnie przedłużyć termin o 45 dni, informując przed upływem pierwszego terminu o długości przedłużenia i jego przyczynach.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Teksas, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>Prokurator generalny (Attorney General) musi udostępnić internetowy mechanizm składania skarg (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Teksasu dotyczących obliczania terminów). Administrator może jednokrotnie przedłużyć termin o 45 dni, informując o tym w ciągu pierwszych 45 dni.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Żądania opt-out nie wymagają uwierzytelnienia (ORS § 646A.576(5)(e)); opt-out można zgłosić przez upoważnionego pełnomocnika (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Oregonu dotyczących obliczania terminów). Administrator może przedłużyć termin o dodatkowe 45 dni w razie uzasadnionej potrzeby, informując o tym w ciągu pierwszych 45 dni i podając przyczyny (sekcja 4(5)(a) ustawy, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>Administrator musi uwzględnić lub oddalić odwołanie w ciągu 45 dni od jego otrzymania, a w razie oddalenia – poinformować, jak złożyć skargę do prokuratora generalnego (Attorney General).</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Opt-out można zgłosić przez upoważnionego pełnomocnika (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów Montany dotyczących obliczania terminów). Administrator może przedłużyć termin o 45 dni, informując o tym w ciągu pierwszych 45 dni.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Osobom prywatnym nie przysługuje prawo do wniesienia powództwa (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów stanu Iowa dotyczących obliczania terminów). Źródła oparte na tekście ustawy podają 90 dni; jeden zbiór danych podaje 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy ICDPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Indiana consumer data protection law (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Termin liczony w dniach kalendarzowych od dnia następującego po dniu otrzymania (wykładnia: nie zbadano przepisów tego stanu dotyczących obliczania terminów).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy prawo stanu Indiana pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Kentucky consumer data protection law (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy KCDPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Rhode Island data transparency and privacy law (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>Odwołanie zgody musi zostać uwzględnione w ciągu 15 dni.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy RIDTPPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Nebraska data privacy law (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>Obowiązuje najpóźniej od 2026 r.; dokładnej daty nie zweryfikowano.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy NDPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Delaware personal data privacy law (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy DPDPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>New Hampshire data privacy law (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>New Hampshire, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy NHDPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>New Jersey data privacy law (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>New Jersey, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy NJDPL pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy TIPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Minnesota consumer data privacy law (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy prawo stanu Minnesota pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Maryland online data privacy law (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, Stany Zjednoczone</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Wykorzystane źródła nie podają, czy MODPA pozwala administratorowi przedłużyć ten termin; jeżeli powoła się on na przedłużenie, zapisz je wraz z podaną przez niego datą.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Potwierdzenie przetwarzania i dostęp do danych</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Sprostowanie danych</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonimizacja, zablokowanie lub usunięcie danych; usunięcie danych przetwarzanych na podstawie zgody</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Sprzeciw wobec przetwarzania opartego na podstawie innej niż zgoda, jeżeli jest ono niezgodne z LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Żądania są rozpatrywane nieodpłatnie</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Pełne oświadczenie w terminie 15 dni</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Petycja do krajowego organu (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Jeżeli administrator nie może podjąć działań niezwłocznie, musi poinformować, że nie jest podmiotem, który przetwarza te dane (w miarę możliwości wskazując właściwy podmiot), lub podać przyczyny (art. 18 § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Termin liczony jako 15 dni kalendarzowych od złożenia żądania; nie zbadano brazylijskich przepisów dotyczących obliczania terminów, dlatego weekendy i święta nie są pomijane.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>Wykorzystane źródła nie podają, czy LGPD pozwala administratorowi przedłużyć termin 15 dni.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>15 dni to termin przewidziany w LGPD dla potwierdzenia przetwarzania i dostępu (art. 19); ustawowego terminu dla pozostałych praw nie zweryfikowano (jeden zbiór danych przyjmuje 15 dni dla każdego żądania na podstawie LGPD), dlatego data ma charakter orientacyjny.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Kanada (prawo federalne, sektor prywatny)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>Żądanie dostępu składa się na piśmie</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Przedłużenie o najwyżej 30 dni, z zawiadomieniem, uzasadnieniem i informacją o prawie do złożenia skargi</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>Brak odpowiedzi w terminie oznacza odmowę</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Żądania dostępu muszą być składane na piśmie (s. 8(1)); brak odpowiedzi w terminie uznaje się za odmowę (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>Przepisu PIPEDA przyznającego prawo do złożenia skargi do Komisarza ds. Ochrony Prywatności nie ma w wykorzystanych źródłach.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Dni liczy się od dnia następującego po dniu otrzymania; termin przypadający na dzień świąteczny przesuwa się na najbliższy dzień, który nie jest dniem świątecznym (Interpretation Act s. 26). Niedziela jest dniem świątecznym według s. 35(1); sobota nie jest, więc termin przypadający na sobotę się nie przesuwa (wykładnia s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>Organizacja może przedłużyć termin o najwyżej 30 dni, informując o tym w ciągu pierwszych 30 dni oraz podając nowy termin, przyczyny przedłużenia i informację o prawie do złożenia skargi (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>30 dni to termin przewidziany w PIPEDA dla żądań dostępu (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Moja twórczość lub praca zawodowa</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Moje treści ujawniają życie prywatne</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Tajemnica zawodowa</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Ochrona przed nękaniem</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Treści z dzieciństwa</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>tylko dane używane do trenowania SI</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>wszystkie moje dane (zamyka konto)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>brak pełnej odpowiedzi w terminie</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odmowa</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>tylko częściowa odpowiedź</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>prośba o dodatkowe informacje</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Przysługujące prawa</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Po wcześniejszym żądaniu</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Skargi do organu</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; nie opublikowano adresu e-mail ds. prywatności</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>kraj zamieszkania</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Pismo jest podpisywane imieniem i nazwiskiem i opiera się na prawie kraju zamieszkania: jakie prawa przysługują, kto odpowiada i w jakim terminie. Po uzupełnieniu w profilu tych danych: {missing}, strona zaproponuje żądanie odpowiednie dla każdej platformy.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Najpierw: tożsamość i miejsce zamieszkania</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Otwórz Ustawienia &gt; Profil</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Wybierz platformę</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Wybierz prawo</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>Sytuacja opisana własnymi słowami</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Platformy, do których pisma zostaną wysłane jednocześnie</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Format pliku pism</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Wybierz platformę, prawo i żądanie: pismo pojawi się tutaj.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>Ed&amp;ytuj tekst</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Zmień treść pisma przed zapisaniem lub wysłaniem</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Pismo na podstawie innego prawa pomoże tylko wtedy, gdy to prawo ma zastosowanie.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>Prawo miejsca zamieszkania, według profilu.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>W miejscu zamieszkania obowiązuje {law}; pismo na podstawie innego prawa pomoże tylko wtedy, gdy to prawo ma zastosowanie.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Sugerowane: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Pisma</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Napisz żądanie oparte na przepisach: sprzeciw wobec trenowania SI, żądanie dostępu, usunięcia danych, cofnięcie zgody lub opt-out na podstawie CCPA. W razie potrzeby zmień tekst, a następnie zapisz go lub wyślij.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>e-mail, nazwa użytkownika lub adres URL profilu</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Prawo</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Rodzaj żądania</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Dlaczego sugerowane jest to żądanie</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Język pisma</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Sposób wysyłki</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Zgodnie z ofertą odbiorcy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Sytuacja</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>własnymi słowami (opcjonalnie)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>wszystkie moje dane (domyślnie)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Jakie dane</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Do usunięcia</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Wcześniejsze żądanie wysłano</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Jego nr ref.</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Rodzaj wcześniejszego żądania</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Było to</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>imię, nazwisko i dane kontaktowe upoważnionej osoby</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Pełnomocnik</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>co jest nieprawidłowe i jak powinno brzmieć</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Sprostowanie</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>co się stało (opcjonalnie)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Kilka platform naraz</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Zaznacz platformy; każda otrzyma osobne pismo wybranego rodzaju.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>&amp;Otwórz ustawienia profilu</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Zapisz też każde pismo jako żądanie</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Zachowuje każde utworzone pismo jako szkic na stronie Żądania</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Treść pisma</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Zmiany zostały zachowane. Zmiany po lewej stronie nie wpływają już na tekst.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Kopiuj temat i pismo do schowka</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>Pl&amp;atforma</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>P&amp;rawo</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Typ żądania</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>Wy&amp;ślij przez</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>&amp;Utwórz w folderze…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>Odrzuć moje &amp;zmiany</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Zapisz jako:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Zapisz pismo jako plik .{format}</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Zapisz jako .{format}</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>Kop&amp;iuj pismo</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>Zapisz jako żą&amp;danie</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Zachowaj to pismo wraz ze zmianami jako szkic na stronie Żądania</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Otwórz w programie pocztowym</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Nie otwarto programu pocztowego: na tym komputerze żaden nie jest ustawiony do obsługi linków pocztowych. Napisz na ten adres z poczty internetowej; „Kopiuj pismo” kopiuje temat i tekst.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Otwórz formularz</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>nieznana platforma {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>żądanie {id} ({reference}) jest jeszcze szkicem; najpierw zapisz, kiedy zostało wysłane</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>żądania typu {type} nie można sporządzić na podstawie {law}</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Nie zapisano: {file} już istnieje.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Zapisano {path}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} już istnieje w {folder}. Zastąpić go tym pismem?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Zapisano jako żądanie {id} ({reference}), szkic. Znajduje się na stronie Żądania; tam należy zapisać datę wysłania: od niej biegnie termin.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>Zapisano w {folder}: {letters}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>Zapisano: {requests} (strona Żądania).</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Skopiowano temat i pismo.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>Pismo nie ma znanego adresu e-mail: zostało skopiowane, wklej je do programu pocztowego.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>Pismo jest za długie dla linku pocztowego: zostało skopiowane, wklej je do programu pocztowego.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Przekazano do programu pocztowego: sprawdź, czy otworzyła się nowa wiadomość, a następnie ją wyślij.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>Pismo zostało skopiowane; wklej je do otwartego formularza.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>Pismo pojawi się tutaj po rozwiązaniu problemu opisanego poniżej.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>Do {recipient}: {how} · termin odpowiedzi: {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>Do {recipient}: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Strona internetowa (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Wiadomość e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Zapisz pismo</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Folder na pisma</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>&amp;Eksportuj żądania</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Jako &amp;arkusz (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>&amp;Szczegółowo, z osiami czasu (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Jako &amp;kalendarz terminów (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Utwórz &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>&amp;Zapisz pismo jako żądanie</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Zapisz pismo jako &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zak&amp;ończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Znajdź na tej stronie</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Kopiuj pismo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Przegląd</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Lista kontrolna</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>P&amp;isma</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>Żą&amp;dania</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;O programie Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>O aplikacji {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Pisma</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: platforma nie dotrzymała ustawowego terminu. Otwórz Żądania, aby wysłać ponaglenie lub złożyć skargę.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>Oznacz {reference} jako wysłane</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>Ustawowy termin biegnie od dnia, w którym firma otrzymała żądanie.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>Dzień, w którym firma otrzymała żądanie: od niego biegnie termin</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>opcjonalnie, np. numer listu poleconego</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sposób wysyłki</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Otrzymane przez firmę</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Oznacz jako wysłane</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Źródło: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Szacunkowo: %n dzień roboczy po nadaniu, według opublikowanego standardu doręczeń dla poczty krajowej. Popraw, gdy dzień będzie znany.</numerusform>
            <numerusform>Szacunkowo: %n dni robocze po nadaniu, według opublikowanego standardu doręczeń dla poczty krajowej. Popraw, gdy dzień będzie znany.</numerusform>
            <numerusform>Szacunkowo: %n dni roboczych po nadaniu, według opublikowanego standardu doręczeń dla poczty krajowej. Popraw, gdy dzień będzie znany.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Dla trasy tego pisma nie jest znany opublikowany czas doręczenia, dlatego jako szacunek przyjęto dzień wysłania. Popraw, gdy dzień będzie znany.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>E-maile, formularze i żądania w aplikacji docierają do firmy w dniu wysłania.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>Termin będzie liczony od wpisanego dnia.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Niczego nie otwarto: żaden program nie jest ustawiony do obsługi tego rodzaju plików. Skopiuj ścieżkę i otwórz plik samodzielnie.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Kopiuj link do schowka</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Komunikat o błędzie</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Niczego nie otwarto: na tym komputerze żaden program nie jest ustawiony do otwierania tego linku. Skopiuj link i otwórz go w przeglądarce.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Wklej odpowiedź na {reference}</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Wklej odpowiedź</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Wklej odpowiedź firmy. Dołącz nagłówki (Od, Temat, Data), jeśli program pocztowy je wyświetla.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Wklej odpowiedź firmy. Dołącz nagłówki (Od, Temat, Data), jeśli program pocztowy je wyświetla: numer referencyjny w temacie pozwala odnaleźć żądanie.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Dodaj odpowiedź</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Zaznacz na liście po lewej używane platformy. Dla każdej z nich widać krok po kroku ustawienia trenowania SI dostępne w miejscu zamieszkania i można oznaczać je jako wykonane. Tam, gdzie takie ustawienie nie istnieje, aplikacja pomaga zamiast tego napisać pismo.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Korzystam z serwisu {platform}</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation>Każde konto na tej platformie ma własne ustawienia</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>Katalog nie zawiera informacji o trenowaniu SI dla regionu {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Nie trzeba nic robić: serwis {platform} deklaruje, że nie trenuje SI na danych użytkowników. Sprawdź ponownie, gdy zmienią się jego zasady.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>„{quote}” — {who}, stan na {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Trenowanie na danych użytkowników w tym regionie od {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Wykorzystywane dane: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Podstawa prawna wskazana przez serwis {platform}: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>To, co serwis {platform} robi z danymi, i dostępne opcje zależą od miejsca zamieszkania: należy podać kraj w sekcji Ustawienia &gt; Profil. Do tego czasu przy każdej opcji podano regiony, w których jest dostępna.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · opcje dostępne w regionie {region}</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · opcje ze wszystkich regionów (nie podano kraju)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>Serwis {platform} nie oferuje w regionie {region} żadnego ustawienia trenowania SI. Sposobem na odmowę jest pismo z żądaniem (sprzeciw lub, w Kalifornii, opt-out na podstawie CCPA).</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>Serwis {platform} nie oferuje w żadnym regionie objętym katalogiem ustawienia trenowania SI. Sposobem na odmowę jest pismo z żądaniem (sprzeciw lub, w Kalifornii, opt-out na podstawie CCPA).</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Napisz pismo…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Ustawienia, które nie służą rezygnacji z trenowania SI</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Zmiany zasad</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, stan na {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(najstarszy zweryfikowany fakt: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(brak cytatów)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>Skąd pochodzą informacje na tej stronie</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>Ustawienia, kroki i uwagi platformy są cytowane po angielsku z katalogu.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Nazwa drugiego konta w serwisie {platform} (np. praca):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Nie dodano konta</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Tak, jak ma się pojawiać w pismach</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Ulica i numer
Kod pocztowy i miejscowość</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Adres pocztowy</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Język pism</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Kraj związkowy (Land)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Zastosowanie będą miały przepisy i ustawienia rezygnacji dla regionu {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Zastosowanie będą miały ustawienia rezygnacji dostępne dla wszystkich użytkowników; aplikacja nie zna jeszcze przepisów o ochronie danych dla tego kraju.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Kraj decyduje, które przepisy i ustawienia rezygnacji mają zastosowanie.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Your letters are signed with these details. Your country decides which laws and opt-out settings apply everywhere in the app.</source>
        <translation>Pisma są podpisywane tymi danymi. Kraj decyduje, które przepisy i ustawienia rezygnacji mają zastosowanie w całej aplikacji.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Zapisz profil</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Dane są przechowywane w {folder} i nigdy nie opuszczają tego komputera, chyba że zostanie wysłane pismo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>dzień wysłania</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>wpisana data</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>szacunkowo</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>data wysłania, zapisana, zanim aplikacja zaczęła przechowywać daty otrzymania</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Niewystarczająca weryfikacja</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nie znaleziono danych</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Nieobjęte przepisami</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Poza jurysdykcją</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zbyt wiele żądań</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Podejrzenie oszustwa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (Stany Zjednoczone)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>UE/EOG</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Gdzie indziej</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>Co zawiera odpowiedź na {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Zapisz, co odpowiedziała firma, aby termin i następny krok zostały do tego dostosowane.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Spełnia żądanie</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Spełnia je częściowo</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>Odmawia</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Prosi o dokument tożsamości lub informacje</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Przedłuża termin</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Tylko zachowaj odpowiedź (nic jeszcze nie rozstrzygnięto)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Powód odmowy</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Sugestia na podstawie treści odpowiedzi: sprawdź ją przed zapisaniem.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} po terminie</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; popraw, gdy data będzie znana</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Zapisano jako szkic</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Brak żądań. Jeśli platforma nie oferuje przełącznika, który wyłącza trenowanie SI, napisz pismo na stronie Pisma i zapisz je jako żądanie. Aplikacja będzie wtedy pilnować ustawowego terminu, przypomni o jego przekroczeniu i wskaże następny krok: ponaglenie lub skargę do organu nadzorczego.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Wszystkie żądania</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Termin w ciągu %n dnia</numerusform>
            <numerusform>Termin w ciągu %n dni</numerusform>
            <numerusform>Termin w ciągu %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtr platform</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Szukaj: nr ref., platforma, rodzaj, odbiorca, notatki</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Szukaj żądań</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Dodaj odpowiedź firmy do żądania wskazanego w jej temacie</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Kolumny: kliknij kolumnę, aby według niej sortować</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Zapisz datę wysłania, aby rozpoczął się bieg terminu</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Można też przeciągnąć tutaj plik .eml lub .txt z odpowiedzią.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Pismo w wysłanej postaci</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Otwórz zaznaczony załącznik (lub kliknij go dwukrotnie)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Co się stało (opcjonalnie)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sposób wysyłki</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Wyślij e-&amp;mailem…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Napi&amp;sz pismo</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>&amp;Importuj odpowiedź…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>Pismo &amp;wysłane…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>Napisz p&amp;onaglenie</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>&amp;Dodaj odpowiedź…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Załącz p&amp;lik…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Zd&amp;arzenie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… z {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} z {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Żadne żądanie nie pasuje do filtrów.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Następny krok: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>Do: {recipient}
Temat: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Załączniki ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Status: {status} · Prawo: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Wysłano {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>potwierdzono {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>potwierdzenie otrzymania do {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Termin liczony od otrzymania {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Termin {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>przedłużono do {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Załącz pliki do tego zdarzenia</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Z pliku (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Wklej tekst…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Wybierz odpowiedź</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Odpowiedzi (*.eml *.txt);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nie wysłano</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Wyślij żądanie {reference}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Do: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>nie jest znany żaden adres e-mail</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Status tego żądania: {status} (wysłano {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Status tego żądania: {status}.</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Wyślij z aplikacji</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Załącz pismo jako PDF</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Wyślij mi kopię</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>hasło do konta pocztowego</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>&amp;Anuluj wysyłanie</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>Wysyłanie e-maili nie jest skonfigurowane: wpisz serwer poczty w sekcji Ustawienia &gt; E-mail.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Przez {server} z adresu {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Wyślij mi kopię ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Lub wyślij samodzielnie</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Otwórz je w programie pocztowym lub zapisz, aby wysłać albo wydrukować; następnie poinformuj aplikację o wysłaniu.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Otwórz w programie pocztowym</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Nie otwarto programu pocztowego: na tym komputerze żaden nie jest ustawiony do obsługi linków pocztowych. Zapisz plik .eml i otwórz go lub napisz na ten adres z poczty internetowej.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Wyślij teraz</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>Zapisz .&amp;eml…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>Pismo wysłane…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Wysyłanie do {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Wysłano do {recipient} {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>Termin odpowiedzi upływa {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>pismo jest za długie dla linku pocztowego; zapisz plik .eml i otwórz go w programie pocztowym</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Przekazano do programu pocztowego: sprawdź, czy wiadomość się otworzyła. Po wysłaniu kliknij „Pismo wysłane”, aby rozpoczął się bieg terminu.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Zapisz e-mail</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Wiadomość e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Zapisz pismo jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Zapisano {path}. Po wysłaniu kliknij „Pismo wysłane”, aby rozpoczął się bieg terminu.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Oznaczono jako wysłane {date}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Prawo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>własna strona platformy</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>organ ochrony danych</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>sąd</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>rejestr przedsiębiorstw</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>prasa</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Przedłużone</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Do uzupełnienia</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Spełnione</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Częściowo spełnione</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalowane</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Aktualizacja katalogu</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Zmiany w tej aktualizacji</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: wykonane już rezygnacje na tych platformach zostaną oznaczone jako &quot;sprawdź ponownie&quot;.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Zainstaluj</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Krok po kroku</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Zostaw na później</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>Z&amp;robione</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Napisz pismo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Krok {number} z {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: brak przełącznika</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>Serwis {platform} nie oferuje w miejscu zamieszkania żadnego ustawienia trenowania SI. Nie oznacza to konieczności akceptacji: pismo z żądaniem (sprzeciw na podstawie RODO lub opt-out na podstawie prawa stanowego USA) zobowiązuje platformę do odpowiedzi w ustawowym terminie.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Sprawdź ponownie: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Ta opcja działa przez e-mail: wyślij wiadomość opisaną powyżej.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Otwórz ustawienie</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Otwórz formularz</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Na razie wszystko zrobione</translation>
    </message>
    <message>
        <source>{outcome}: {platform}, {control}</source>
        <translation>{outcome}: {platform}, {control}</translation>
    </message>
    <message>
        <source>{platform}: {control}</source>
        <translation>{platform}: {control}</translation>
    </message>
    <message>
        <source>{progress} across the platforms you use.</source>
        <translation>{progress} — na używanych platformach.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Właśnie wykonane</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Zostawione na później</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Potrzebne pismo (brak przełącznika w miejscu zamieszkania)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Witamy w Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Platformy takie jak LinkedIn, Instagram i ChatGPT wykorzystują publikowane i wpisywane treści do trenowania modeli SI, często dopóki użytkownik się nie sprzeciwi. Ta aplikacja pomaga odmówić: prowadzi przez ustawienia rezygnacji każdej platformy, tam, gdzie takich ustawień nie ma, tworzy pisma z żądaniami na podstawie RODO i CCPA, a także śledzi każdą odpowiedź i każdy ustawowy termin.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Wszystko pozostaje na tym komputerze, w
{folder}
Aplikacja łączy się z internetem tylko na żądanie (na przykład, aby wysłać e-mail).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Podaj swoje dane. Pisma są podpisywane tymi danymi, a kraj decyduje, które przepisy i ustawienia mają zastosowanie. Można je później zmienić w sekcji Ustawienia &gt; Profil.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Pomiń na &amp;razie</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Zapisz i zacznij</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Profil można uzupełnić później w Ustawieniach</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Komunikat o błędzie</translation>
    </message>
</context>
</TS>
