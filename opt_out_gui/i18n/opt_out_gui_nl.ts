<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>geladen uit een map opgegeven met --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>update versie {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>meegeleverd met de app, versie {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} van {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}, {files} overgeslagen als ongeldig</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>zelfstandige bundel</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python-pakket</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Versie {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Voorkom dat platforms AI trainen met uw gegevens.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>GNU General Public License, versie 3 of een latere versie (GPL-3.0-or-later). U mag dit programma onder die voorwaarden delen en wijzigen. Het wordt geleverd zonder enige garantie.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Kopieert de versies van de app, Python, Qt en uw systeem, voor een foutmelding. Niets over u of uw verzoeken wordt meegenomen.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Gekopieerd. Plak het in uw foutmelding; het bevat niets over u.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Verstuur de brief en leg daarna de verzenddatum vast, zodat de termijn begint.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>Wachten op het antwoord.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>Wachten op het antwoord: {left} (termijn {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>De gebruikte bronnen vermelden niet of de {law} het bedrijf toestaat de termijn te verlengen; de app houdt daarom deze termijn aan. Noteer de datum die het bedrijf noemt.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Zij hadden de ontvangst uiterlijk op {date} moeten bevestigen; hun antwoord blijft verschuldigd binnen de termijn.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>{days} te laat: stuur een herinnering.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>ga eerst in beroep bij het bedrijf: de {law} voorziet in beroep. De gebruikte bronnen noemen geen termijn voor het antwoord van het bedrijf, dus de app kan geen datum aan een beroepsbrief koppelen; schrijf het bedrijf aan, leg het antwoord vast en dien daarna een klacht in bij {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>ga eerst in beroep bij het bedrijf: de {law} voorziet in beroep, waarover het bedrijf binnen {period} na ontvangst moet beslissen. Wijst het bedrijf het beroep af, dien dan een klacht in bij {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>dien eerst een klacht in bij het bedrijf: onder de {law} kunt u een klacht indienen bij de verwerkingsverantwoordelijke zelf ({citation}), en de toezichthouder verwacht deze stap vóór een klacht bij hem. Lost het antwoord de zaak niet op, dien dan een klacht in bij {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>dien een klacht in bij {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>dien een klacht in bij {authority} (de autoriteit in uw woonland) of bij {alternative}, de leidende autoriteit.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>dien een klacht in; eerst: {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Gedeeltelijk ingewilligd: stuur een herinnering waarin staat wat ontbreekt.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Klacht ingediend: leg hier de antwoorden van de autoriteit vast.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Klacht ingediend op {date}: leg hier de antwoorden van de autoriteit vast.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Afgerond: ingewilligd. Bewaar het antwoord als bewijs.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Afgerond: ingewilligd op {date}. Bewaar het antwoord als bewijs.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Ingetrokken.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Ingetrokken op {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Herinnering schrijven</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Beroep schrijven</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Klacht schrijven</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Antwoord schrijven</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Brief schrijven</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>{days} te laat, herinnering gestuurd op {date}: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Geweigerd ({reason}): bent u het daar niet mee eens, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>Het bedrijf heeft om meer informatie gevraagd: stuur die, noteer wat u hebt gestuurd en leg daarna het volgende antwoord vast.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Vraagt het bedrijf om een identiteitsbewijs, schrijf dan een antwoord op dat verzoek: daarin staat wat het bedrijf op grond van de {law} mag vragen.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Geweigerd wegens onvoldoende verificatie: schrijf een antwoord op het verzoek om identificatie, waarin staat wat het bedrijf op grond van de {law} mag vragen; stuur wat het mag vragen en leg het verzoek daarna vast als heropend.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Geweigerd wegens onvoldoende verificatie: stuur de gevraagde identiteitsgegevens en leg het verzoek daarna vast als heropend.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>de toezichthouder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Uw gegevens kunnen niet worden geopend: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>overeenkomst</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation>De catalogus vermeldt voor elk platform de instellingen voor AI-training en de adressen. Updates zijn ondertekend door het project en worden gecontroleerd voordat ze worden geïnstalleerd. De app gaat alleen online als u hier op een knop klikt of de wekelijkse controle inschakelt.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Updateadres</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Updateadres:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Eens per week op updates controleren</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Linkstatus</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Controleer elk webadres in de catalogus op dode, omgeleide en trage links. Hiervoor wordt contact gelegd met de website van elk platform.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Op updates controleren</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>&amp;Meegeleverde catalogus herstellen</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Links &amp;controleren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Voortgang linkcontrole</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Resultaat linkcontrole</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>vul eerst het updateadres in</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Controleren op een update van de catalogus...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>de update is niet geïnstalleerd: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>de geïnstalleerde update kan niet worden verwijderd: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>De met de app meegeleverde catalogus wordt weer gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} van %n link</numerusform>
            <numerusform>{done} van %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>De linkcontrole is mislukt: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>De catalogus van {catalog} is beschikbaar. De handtekening en elke platformvermelding zijn gecontroleerd. Wijzigingen:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, geïnstalleerd op {installed}. De met de app meegeleverde catalogus blijft beschikbaar.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>De geïnstalleerde update wordt niet gebruikt: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>De catalogus van {catalog} is beschikbaar.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>De catalogus van {catalog} is geïnstalleerd.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Catalogusupdate: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Met de app meegeleverde catalogus: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Sociale netwerken</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>AI-assistenten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productiviteit</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Creatieve tools</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Ontwikkeltools</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publiceren en blogs</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Cloudopslag</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Spraakassistenten</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muziek</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Stockmedia</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Bedrijfssoftware</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Dating</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Winkelen</translation>
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
        <translation>Post</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>In de app</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>via een webformulier</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>in de app van het platform</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>{done} van {controls} gedaan</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} te hercontroleren</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Bezwaar verstuurd</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail verstuurd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Een catalogusupdate op {arrived} bracht een beleidswijziging van {platform} van {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} heeft zijn beleid op {date} gewijzigd, nadat u dit had gedaan: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>{days} geleden gedaan; platforms wijzigen instellingen of zetten ze weer aan, dus hercontroleer dit elke {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Hercontroleren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Geen actie nodig</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Alleen per brief</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Niet geverifieerd: hiervoor is nog geen bron aangehaald</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>eigen pagina van {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>een derde partij</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Bron: {who}, gelezen op {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation>Stap voor stap</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Loop één voor één alle opties door van de platforms die u gebruikt</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Stap voor stap</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Platforms zoeken</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Alleen die ik gebruik</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Platforms van deze soort tonen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Platforms met deze status tonen</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Vink de platforms aan die u gebruikt; met de spatiebalk vinkt u het geselecteerde aan</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Vink de platforms aan die u gebruikt.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Nog geen platforms gekozen</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Hercontroleren ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Platform verwijderen</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Dit platform uit uw lijst verwijderen? Uw voortgang erop gaat verloren.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Vink eerst in de lijst links de platforms aan die u gebruikt; daarna leidt de stapsgewijze hulp u langs al hun instellingen voor AI-training.</translation>
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
        <translation> (de bronnen noemen hiervoor geen artikel van de {law})</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; het eigen formulier “{control}” van {platform} is sneller, en de brief geeft u een gedateerd bewijs</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; het eigen e-mailadres “{control}” van {platform} is sneller, en de brief geeft u een gedateerd bewijs</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; de eigen instelling “{control}” van {platform} is sneller, en de brief geeft u een gedateerd bewijs</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>gerichte reclame</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>de verkoop van uw gegevens</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>profilering voor besluiten met rechtsgevolgen of vergelijkbare aanzienlijke gevolgen</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} zegt AI te trainen met uw toestemming; trek die daarom in{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} baseert de AI-training op gerechtvaardigd belang; daartegen kunt u bezwaar maken{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} noemt een overeenkomst als rechtsgrond voor de AI-training, waarbij een bezwaar mogelijk niet geldt; vraag daarom welke gegevens het gebruikt en waarvoor{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} vermeldt niet op welke rechtsgrond het AI traint; vraag daarom waarvoor het uw gegevens gebruikt{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Maak tegelijk bezwaar{under} voor het geval {platform} zich op gerechtvaardigd belang beroept{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Een opt-out van verkoop of delen{under} voorkomt dat {platform} uw persoonsgegevens aan derden verkoopt of met hen deelt, ook voor hun AI-training; het voorkomt niet dat {platform} zijn eigen AI traint met uw gegevens. Een browser die Global Privacy Control verstuurt, geldt ook als opt-out van verkoop en delen (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Een verzoek om het gebruik van gevoelige persoonsgegevens te beperken{under} geldt voor het eigen gebruik door {platform}, ook voor AI-training, maar alleen van gevoelige gegevens (zoals precieze locatie, gezondheid of de inhoud van uw berichten).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Een verzoek om wissing{under} vraagt {platform} de persoonsgegevens te wissen die het bij u heeft verzameld, zodat het er niet meer mee kan trainen.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Een opt-out onder de {law}{under} geldt alleen voor {purposes}; het voorkomt niet dat {platform} zijn eigen AI traint met uw gegevens{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Een opt-out onder de {law}{under} geldt voor wat die wet toekent (de gebruikte bronnen vermelden niet welke van verkoop, gerichte reclame en profilering); het voorkomt niet dat {platform} zijn eigen AI traint met uw gegevens{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Een verzoek om wissing onder de {law}{under} vraagt {platform} persoonsgegevens over u te wissen, waardoor ze ook buiten de eigen AI-training van {platform} blijven.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} zegt AI te trainen met uw toestemming; herroep die daarom{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Vraag {platform} daarna de gegevens te wissen die het met uw toestemming heeft verwerkt{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} baseert de AI-training op gerechtvaardigd belang, niet op uw toestemming; maak daarom bezwaar tegen de verwerking{under}: de LGPD staat dit toe wanneer verwerking zonder toestemming niet aan de wet voldoet, en het verzoek is kosteloos{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} vermeldt niet dat het AI traint met uw toestemming; maak daarom bezwaar tegen de verwerking{under}: de LGPD staat dit toe wanneer verwerking zonder toestemming niet aan de wet voldoet, en het verzoek is kosteloos{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Vraag {platform} tegelijk naar de herkomst, de criteria en het doel van het gebruik van uw gegevens{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>De PIPEDA-rechten in de bronnen omvatten geen bezwaar tegen AI-training; vraag {platform} daarom schriftelijk welke gegevens het over u bewaart en hoe het die gebruikt{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>De app kent geen wet inzake gegevensbescherming voor {place}, dus er past geen juridisch verzoek; gebruik de eigen instellingen van {platform} waar die bestaan.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Stel in uw profiel uw land in om te zien welke verzoeken passen.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Stel in uw profiel uw Amerikaanse staat in: in de VS zijn wetten inzake gegevensbescherming wetten van de afzonderlijke staten.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>De app kent geen wet inzake gegevensbescherming voor {place}, dus er past geen juridisch verzoek.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Geen optie</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>per account</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>per werkruimte</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>alleen beheerder</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>uw gegevens worden gebruikt tenzij u iets doet</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>maakt eerdere training niet ongedaan</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>het platform bevestigt per e-mail</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>bestaat in: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Instelling openen</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formulier openen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, {platform}-account {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Gecontroleerd: nog steeds uit</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>U hebt opnieuw gekeken en de instelling staat nog steeds uit; de termijn voor de volgende controle begint vandaag opnieuw</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Notitie bij {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Notitie (bijvoorbeeld: gedaan in de app op mijn telefoon)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Hercontroleren: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Gedaan op {date}; hercontroleren uiterlijk op {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n werkdag</numerusform>
            <numerusform>%n werkdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n brief</numerusform>
            <numerusform>%n brieven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n optie</numerusform>
            <numerusform>%n opties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n nieuwe beleidswijziging</numerusform>
            <numerusform>%n nieuwe beleidswijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n conceptverzoek</numerusform>
            <numerusform>%n conceptverzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n bijgevoegd bestand</numerusform>
            <numerusform>%n bijgevoegde bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n kopie</numerusform>
            <numerusform>%n kopieën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n opt-outoptie</numerusform>
            <numerusform>%n opt-outopties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er is iets misgegaan: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>De app moet worden afgesloten.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>De app blijft actief. Als iets niet lijkt te kloppen, sla uw werk dan op en start de app opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>Tot nu toe %n fout; dit is de laatste.</numerusform>
            <numerusform>Tot nu toe %n fouten; dit is de laatste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>Waar het gebeurde, is vastgelegd in het logbestand (zonder uw gegevens):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Technische details van de fout</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Uw gegevens kunnen niet worden geopend: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Een kopie van uw gegevens van {time} is bewaard in {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Een kopie van uw gegevens is bewaard in {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>Deze kopie terugzetten? De beschadigde gegevens worden ook in de back-upmap bewaard.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Die kopie terugzetten</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>Er is geen kopie bewaard in de back-upmap. Als u een back-upbestand hebt gemaakt, zet dat dan terug; de beschadigde gegevens worden in de back-upmap bewaard.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Back-upbestand terugzetten…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Back-up van Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>Het terugzetten is mislukt: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Vraagt uw aandacht</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Verzoeken openen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Checklist openen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Uw profiel</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problemen met de catalogus</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Deze catalogusbestanden konden niet worden gelezen en zijn overgeslagen:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (regels van {region} van toepassing).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Uw naam is niet ingesteld</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Stel uw land in via Instellingen &gt; Profiel, zodat de app de regels kan tonen die van toepassing zijn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (termijn {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Hercontroleren:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>state</source>
        <translation>staat</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Voor brieven ontbreken nog uw {fields} (Instellingen &gt; Profiel).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Nog geen verzoeken. Biedt een platform geen schakelaar, schrijf dan een brief op de pagina Brieven en bewaar die hier om de wettelijke termijn te volgen.</translation>
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
        <translation>Antwoord vastleggen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>en nog %n te laat</numerusform>
            <numerusform>en nog %n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>en nog %n die binnenkort verloopt</numerusform>
            <numerusform>en nog %n die binnenkort verlopen</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>U hebt nog geen platforms gekozen. Open de checklist, vink de platforms aan die u gebruikt, en de app laat zien hoe u op elk platform AI-training uitschakelt.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress} op {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Geen schakelaar in uw woonland, een brief is de weg: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>en nog %n te hercontroleren</numerusform>
            <numerusform>en nog %n te hercontroleren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Volledig, met tijdlijnen (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Agenda van termijnen (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Uw gegevens blijven op deze computer. Exporteer uw verzoeken naar een spreadsheet of agenda, maak een back-up van alles of zet er een terug. Bestanden die hier worden geschreven bevatten persoonsgegevens: alleen u kunt ze lezen.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Verzoeken exporteren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Eén bestand met uw profiel, instellingen (nooit wachtwoorden), checklist, verzoeken met hun tijdlijnen en bijgevoegde bestanden.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Kopieën bewaard vóór het terugzetten</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Bij het terugzetten worden de vervangen gegevens in de back-upmap bewaard; oudere kopieën boven dit aantal worden verwijderd.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Kopieën bewaard vóór het terugzetten:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>{requests} geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Back-up geschreven naar {path}. Deze bevat uw persoonsgegevens: houd hem privé.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Al uw gegevens (profiel, instellingen, checklist, verzoeken) vervangen door de back-up in {file}? De huidige gegevens worden eerst bewaard in {folder}; die map bewaart de nieuwste {copies}.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Back-up terugzetten?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Teruggezet uit {file}: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>De gegevens die er stonden, zijn bewaard in {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>{copies} verwijderd; de back-upmap bewaart de nieuwste {kept}.</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} bestaat al in {folder}. Vervangen?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Niet opgeslagen: {name} bestaat al.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Back-up van Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
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
        <translation>{days} te laat</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>{days} geleden verstreken</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>verloopt vandaag</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>nog {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Feestdagen: de officiële feestdagen (bank holidays) van Engeland; Schotland en Noord-Ierland hebben andere.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Feestdagen: de landelijke feestdagen van Duitsland; de deelstaten (Länder) hebben daarnaast eigen feestdagen, die niet worden meegeteld.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Feestdagen: de landelijke feestdagen van {country}; regionale feestdagen worden niet meegeteld.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Feestdagen: zondagen en de dagen genoemd in s. 35(1) van de Interpretation Act (Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Eerste Kerstdag); provinciale en gemeentelijke feestdagen en bij proclamatie vastgestelde dagen tellen daar ook mee, maar staan niet in deze kalender.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Er is niet doorgeschoven wegens feestdagen, omdat het land van de verwerkingsverantwoordelijke onbekend is: een termijn die daar op een feestdag valt, zou naar de volgende werkdag verschuiven.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Zaterdagen en zondagen verschuiven de termijn wel, zoals de telregel bepaalt.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>{day} is een feestdag, dus de termijn verschuift naar {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>{day} is een zaterdag, dus de termijn verschuift naar {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>{day} is een zondag, dus de termijn verschuift naar {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Geef voor een herinnering de datum op waarop uw oorspronkelijke verzoek is ontvangen: de getoonde termijn is de termijn van dat verzoek.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} De andere lezing ({label}) komt uit op {date}.</translation>
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
        <translation>Verstuur verzoeken vanuit de app via uw eigen e-mailaccount. De helppagina&apos;s van uw provider vermelden deze instellingen (vaak onder “SMTP” of “andere e-mailprogramma&apos;s”).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meestal poort 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Geen: alleen voor een mailserver op deze computer</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>meestal uw e-mailadres</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Server (SMTP-host)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>Het wachtwoord wordt bewaard in de wachtwoordopslag van uw systeem (keyring), nooit in de bestanden van de app.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordopslag (keyring), dus de app kan uw wachtwoord niet opslaan. U kunt het in het geheugen bewaren tot de app sluit; de volgende keer typt u het opnieuw. Zonder wachtwoord werkt de app ook: verstuur de brieven dan vanuit uw eigen e-mailprogramma.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Wachtwoord in het geheugen bewaren tot de app sluit</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Testbericht versturen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>Wachtwoord &amp;vergeten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Het opgeslagen wachtwoord verwijderen uit de keyring (of uit het geheugen)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>opgeslagen in de keyring; typ om te vervangen</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>bewaard in het geheugen tot de app sluit; typ om te vervangen</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Vink “Wachtwoord in het geheugen bewaren” aan om het te gebruiken tot de app sluit</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Wachtwoord vergeten.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Er was geen wachtwoord opgeslagen.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Verbinding maken met {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Testbericht verstuurd naar {address}. Controleer of het is aangekomen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>onverwachte fout: {name}; details staan in het logbestand</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; voeg dit toe via Instellingen &gt; Profiel</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Uitkomst, bij het eerdere verzoek)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Instellingen &gt; Profiel, Land)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; kies een wet of stel uw land in via Instellingen &gt; Profiel</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: vul uw mailserver in via Instellingen &gt; E-mail</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: vul dit in via Instellingen &gt; E-mail</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; verplaats het en start de app opnieuw</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: selecteer dat verzoek en gebruik daarna de knop Antwoord toevoegen</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>verzoek {id} bestaat niet</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>er is geen verzoek met de id of referentie {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>verloopt binnen {days} dagen: geef een aantal dagen van 0 of meer op</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>een kanaal wordt alleen vastgelegd bij &apos;sent&apos;, niet bij {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>geef aan hoe verzoek {reference} is verstuurd: kanaal, een van {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>verzenddatum {date} ligt in de toekomst</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>de {law} staat het bedrijf niet toe de termijn van dit verzoek te verlengen: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>de {law} staat het bedrijf niet toe de termijn van dit verzoek te verlengen</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>verzoek {reference} is nog niet verstuurd: leg het vast als verstuurd, met de ontvangstdatum</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>onbekend soort verzoek {type!r}; geldige soorten: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>wet {law!r} past niet bij soort verzoek {type}; geldige wetten: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>taal {language!r} is niet beschikbaar voor soort verzoek {type} onder de {law}; kies een van {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>kanaal {channel!r} is niet een van {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>onbekende grond van bezwaar {ground!r}; geldige gronden: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>omvang van de wissing {scope!r} is niet een van {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>de datum van het eerdere verzoek is verplicht voor soort verzoek {type}: de datum waarop u het eerste verzoek hebt verstuurd</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>datum van het eerdere verzoek {date} ligt in de toekomst</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>rectificatie is verplicht voor soort verzoek {type}: geef aan welke gegevens onjuist zijn en wat juist is</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>gemachtigde is verplicht voor soort verzoek {type}: de naam en contactgegevens van de persoon die u machtigt</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>eerdere uitkomst {outcome!r} is niet een van {outcomes} (of leeg: geen volledig antwoord)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>datum van de eerdere uitkomst {date} vereist een eerdere uitkomst: refused, partially_fulfilled of needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>datum van de eerdere uitkomst {date} ligt in de toekomst</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>datum van de eerdere uitkomst {date} ligt vóór de verzending van het eerdere verzoek ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>verzoek {id} ({reference}) is vastgelegd als ingewilligd op {date}; heropen het voordat u een vervolgbrief schrijft</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>verzoek {id} ({reference}) is vastgelegd als ingewilligd; heropen het voordat u een vervolgbrief schrijft</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>op eerder soort verzoek {type!r} is onder de {law} geen vervolgbrief mogelijk; geldige soorten: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} is verplicht voor een .{format}-brief</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>voor {entity} is geen e-mailadres bekend (webformulier: {web_form}); verstuur de brief per post of via het webformulier</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>voor {entity} is geen e-mailadres bekend; verstuur de brief per post of via het webformulier</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>SMTP-host {host!r} is geen servernaam zoals smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>SMTP-beveiliging {security!r} is niet een van: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>SMTP-beveiliging &apos;none&apos; verstuurt uw wachtwoord en brieven onversleuteld; dit is alleen toegestaan voor een server op deze computer ({local_hosts}), niet voor {host!r}: kies ssl of starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>SMTP-gebruiker is leeg: een wachtwoord is alleen nodig bij een gebruikersnaam</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>het bericht heeft geen ontvanger</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>geen wachtwoord voor SMTP-gebruiker {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>versturen geannuleerd; er is niets verstuurd</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} biedt geen STARTTLS aan, waardoor uw wachtwoord en brief onversleuteld zouden worden verzonden; er is niets verstuurd. Gebruik beveiliging ssl (meestal poort 465) of controleer de serverinstellingen van uw e-mailprovider</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} biedt op deze verbinding geen aanmelding (SMTP AUTH) aan; er is niets verstuurd. Controleer de poort en de beveiligingsinstelling</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>geen wachtwoord voor {user} op {host}; er is niets verstuurd</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} accepteert geen adressen met niet-ASCII-tekens vóór de @ (SMTPUTF8), zoals {address}; er is niets verstuurd. Gebruik een adres zonder zulke tekens, of een mailserver die ze ondersteunt</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} heeft de ontvanger geweigerd ({reply}); alleen de kopie aan u is verstuurd, het bedrijf heeft de brief niet ontvangen</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} heeft de gebruikersnaam of het wachtwoord geweigerd ({reply}); er is niets verstuurd. Sommige providers vereisen een app-wachtwoord voor e-mailprogramma&apos;s</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} heeft de ontvanger geweigerd ({reply}); er is niets verstuurd</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} heeft het afzenderadres {sender} geweigerd ({reply}); er is niets verstuurd. De afzender moet meestal het adres van uw e-mailaccount zijn</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} heeft het bericht geweigerd ({reply}); er is niets verstuurd</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} heeft de verbinding verbroken voordat het bericht was geaccepteerd; er is niets verstuurd. Controleer de poort en de beveiligingsinstelling (ssl is meestal poort 465, starttls poort 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} ondersteunt een vereiste functie niet ({reason}); er is niets verstuurd</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} antwoordde met een fout ({reply}); er is niets verstuurd</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>het certificaat van {server} kon niet worden geverifieerd ({reason}); er is niets verstuurd. Controleer de hostnaam</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>een beveiligde verbinding met {server} is mislukt ({reason}); er is niets verstuurd. Controleer of de beveiligingsinstelling bij de poort past (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} heeft niet binnen {seconds} seconden geantwoord; er is niets verstuurd</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>kan geen verbinding maken met {server}: verbinding geweigerd (daar luistert geen mailserver); er is niets verstuurd. Controleer de host en de poort</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>de servernaam {host!r} is niet gevonden; controleer deze en uw internetverbinding</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>kan geen verbinding maken met {server}: {reason}; er is niets verstuurd</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>versturen via {server} is mislukt: {reason}; er is niets verstuurd</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} bestaat al; kies een andere bestandsnaam of sta toe dat het wordt vervangen</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>schijf vol: kan {path} niet aanmaken; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>schijf vol: kan {path} niet openen; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>schijf vol: kan gegevensmap {path} niet aanmaken; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>schijf vol: kan niet naar {path} schrijven; maak ruimte vrij en probeer het opnieuw (er is niets gewijzigd)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>het staat op een alleen-lezen bestandssysteem</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>de bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>kan {path} niet aanmaken: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>kan {path} niet openen: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>kan gegevensmap {path} niet aanmaken: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>kan niet naar {path} schrijven: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>kan niet naar {path} schrijven: map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>kan niet naar {path} schrijven: {folder} is geen map</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>kan niet naar {path} schrijven: dit is een map; geef een bestandsnaam op</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>kan niet naar {path} schrijven: dit is geen gewoon bestand</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} is beschadigd ({detail}); het is niet gewijzigd</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>het bestand is leeg, maar de map bevat bijlagen of back-ups</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>kan geen database aanmaken in {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>de schijf met {path} is vol</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} is geschreven door een nieuwere versie van Opt-Out Assistant (schema {version}, deze versie kent schema&apos;s tot en met {known}); werk de app bij om het te openen</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} moet worden bijgewerkt voor deze versie van de app, maar {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>kan uw gegevens niet wijzigen: {reason}; ze zijn alleen-lezen geopend</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} is geen databasebestand</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} is geen SQLite-database</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>de gegevensmap {path} is alleen-lezen</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>de database {path} is alleen-lezen</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} is geen bruikbare database: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>kan uw gegevens niet wijzigen: {path} is alleen-lezen</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} is bezet: een ander programma schrijft ernaar; probeer het zo meteen opnieuw</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} is geen back-up van Opt-Out Assistant (geen JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} is geen back-up van Opt-Out Assistant (het formaat is niet {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: back-upversie {version!r} wordt niet ondersteund</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: schema {schema!r} is geen schemanummer</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} is geschreven door een nieuwere versie van Opt-Out Assistant (schema {schema!r}); werk de app bij om deze back-up terug te zetten</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} is geen kopie van gegevens van Opt-Out Assistant (geen {file_name})</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>de kopie {path} is ook beschadigd ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: schema {schema} kan door deze versie van de app niet worden teruggezet</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>de kopie {path} kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; is geen object</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: de back-up bevat tabellen die deze versie niet kent: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: tabel {table} is geen lijst van records</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: record {number} van {table} is geen object</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: record {number} van {table} heeft kolommen die deze versie niet kent: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: record {number} van {table} ({key} {value}), veld {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: record {number} van {table}, veld {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: record {number} van {table} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: record {number} van {table}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>id {value} komt twee keer voor</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>{column} {value!r} is geen tekst</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>de back-up mag één profiel bevatten, met id 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>instellingsnaam {key!r} is geen instellingsnaam</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>instelling {key!r} is geen instelling van deze versie van de app</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>instelling {key!r} is geheim; geheimen worden nooit op schijf teruggezet</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>instelling {key!r} komt twee keer voor</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>account {name!r} van {platform} komt twee keer voor</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>account {id} staat niet in de back-up</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>optie {control} van account {id} komt twee keer voor</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>referentie {reference} komt twee keer voor</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>een reden van weigering hoort bij de status refused, en alleen daarbij</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>een verzoek met de status {status} vereist de verzenddatum en het kanaal</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>{column} {day} vereist een verzenddatum op of vóór die datum</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>een ontvangstdatum en de basis daarvan horen samen bij een verstuurd verzoek</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} ligt vóór de verzending van het verzoek</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>received_at moet gelijk zijn aan de verzenddatum bij basis {basis}</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>verzoek {id} staat niet in de back-up</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>gebeurtenis {id} staat niet in de back-up</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} ligt buiten de bijlagenmap</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} wordt door twee bijlagen genoemd</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>sha256 {digest!r} bestaat niet uit 64 hexadecimale cijfers in kleine letters</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 is geen geldige base64-tekst</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>de inhoud van {path} is geen geldige base64</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>de inhoud van {path} is beschadigd (SHA-256 wijkt af)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>grootte {size} wijkt af van de {length} bytes van de inhoud</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>kan niet terugzetten in {path}: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>gegevensmap {path} bevat al gegevens; zet terug in een lege map</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>de back-up past niet bij de database van deze versie: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>bijlage {file_name} ({path}) kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>bijlage {file_name} ({path}) is gewijzigd sinds ze werd opgeslagen (SHA-256 wijkt af)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>er bestaat al een verzoek met de referentie {reference}</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>verzoek {reference} is intussen gewijzigd; probeer het opnieuw</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>het versturen van e-mail is niet ingesteld</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>een wet is verplicht: voor uw land is geen wet bekend</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>onbekende autoriteit {authority!r}; geldig: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>onbekende staat {state!r} voor {country}; geldig: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>geen autoriteit voor {country} in de lijst; landen met een autoriteit: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>de deelstaat (Land) is vereist voor een klacht vanuit Duitsland: op bedrijven houdt de toezichthouder van uw Land toezicht, niet de federale BfDI (§§ 9 en 40 BDSG); vul uw Land in uw profiel in</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>een land is verplicht voor een klacht onder de {law}: het bepaalt welke autoriteit de klacht ontvangt (artikel 77, lid 1), en {country} is geen land waar de {law} van toepassing is; vul uw land in uw profiel in</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>een land is verplicht voor een klacht onder de {law}: het bepaalt welke autoriteit de klacht ontvangt (artikel 77, lid 1), en er is geen land ingesteld; vul uw land in uw profiel in</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>geen toezichthouder in de lijst voor de Amerikaanse staat {state}; staten met een toezichthouder: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>geen toezichthouder in de lijst voor de VS zonder staat; staten met een toezichthouder: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>onbekend land {country!r}; gebruik een ISO 3166-code zoals DE, FR, GB of US, of een Engelse naam</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>de termijn van het eerdere verzoek loopt af op {deadline}: zolang die niet is verstreken, kan de brief niet zeggen dat die is overschreden; vermeld wat het bedrijf heeft geantwoord, als het heeft geantwoord</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>deze weergave kan geen pdf maken</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>kan geen brieven schrijven in {folder}: dit is geen map</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>formaat {format!r} is niet een van {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} heeft geen optie {control!r}; geldig: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} is een mirror, URL-verkorter, scanner of plaksite; geef de pagina zelf als bron op</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>een proxy-mirror van een andere site; geef de oorspronkelijke pagina als bron op</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>code op {host} is geen bron (alleen bedrijfsrecords van datenanfragen/data zijn dat)</translation>
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
        <translation>onbekend platform {platform!r}; geldige id&apos;s: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>onbekend platform {platform!r}; bedoelde u {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>onbekend platform {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>catalogusmap {path} bestaat niet of is geen map</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>dubbele platform-id {id!r}</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>geen geldige TOML: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} komt niet overeen met de bestandsnaam {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>moet {version} zijn (zie het schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} is geen hostnaam in kleine letters zoals example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>dubbele id van optie {id!r}</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>er is minstens één optie vereist (kind = &quot;none&quot; als er geen bestaat), tenzij het platform verklaart niet te trainen (ai_training met trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} staat al in een eerdere vermelding; een regio heeft één vermelding</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} is niet een van {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>een rechtsgrond wordt alleen vastgelegd voor {regions}, waarvan de wetten er een kennen; {region!r} niet (splits de vermelding)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} ligt vóór since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: één regel per item, zonder stuurtekens</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>is verplicht bij een adres (het bepaalt de feestdagen voor de termijn)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>geen bron dekt {name!r}; elk contactveld heeft een eigen bron nodig</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>een optie van soort {kind} heeft minstens één stap nodig</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>is verplicht: elk feit heeft een bron nodig</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} is geen van de eigen hosts van het platform ({hosts}); voeg het toe aan domains als het dat wel is, of kies een ander soort bron (kind)</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} ligt in de toekomst</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>alleen bronnen bij een verwerkingsverantwoordelijke (controller) geven aan welke velden ze vermelden</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>moet een tabel zijn</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} bestaat niet alleen uit kleine letters, cijfers en -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} is geen http(s)-URL</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} is niet één regel tekst</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} is niet één e-mailadres</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} is geen ISO 3166-1-code zoals IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} is niet &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>moet tekst zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>moet een geheel getal zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>moet true of false zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>moet een datum zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>moet een tabel zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>moet een lijst zijn, niet {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>onbekend veld (zie het schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>mag niet leeg zijn (laat het veld in plaats daarvan weg)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>mag alleen niet-lege tekst bevatten, niet {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>is verplicht: een of meer van {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} is niet een van {regions} en ook geen Amerikaanse staat zoals us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>verzoek {reference} heeft de status {status} en kan niet worden gemarkeerd als {kind}; nu toegestaan: {allowed} (een geweigerd verzoek moet eerst worden heropend voordat het als ingewilligd kan worden gemarkeerd)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>verzoek {reference} heeft de status {status} en kan niet worden gemarkeerd als {kind}; nu toegestaan: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>een reden wordt alleen vastgelegd bij &apos;refused&apos;, niet bij {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>een ontvangstdatum wordt alleen vastgelegd bij &apos;sent&apos;, niet bij {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>geef de reden van de weigering: een van {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>{field} {value!r} is niet een van: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>een verzoek vereist {field}; het veld is leeg</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>referentie {value!r} heeft niet de vorm 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>wet {value!r} is geen wet-id zoals gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>datum {day} ligt vóór de verzending van het verzoek ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json is geen JSON-object</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>manifestformaat {format!r} wordt niet ondersteund (deze app leest {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>manifestversie {version} is geen geheel getal van 1 tot en met {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>manifestversie {start}... ({digits} cijfers) is geen geheel getal van 1 tot en met {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>aanmaaktijdstip (created) {created!r} in het manifest is geen ISO-datum met tijd</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>de bestandenlijst (files) in het manifest moet een niet-lege lijst zijn</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>bestandspad {path!r} in het manifest heeft niet de vorm platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>sha256 van {path} in het manifest bestaat niet uit 64 hexadecimale cijfers in kleine letters</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>het manifest vermeldt {path} twee keer</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>publieke sleutel {path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>publieke sleutel {path} is geen Ed25519-sleutel</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>ondertekeningssleutel {path} kan niet worden gelezen als onversleutelde PEM-privésleutel: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>ondertekeningssleutel {path} is geen Ed25519-privésleutel</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>catalogus {path} bevat ongeldige bestanden, corrigeer die eerst: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>catalogus {path} bevat geen platformbestanden</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>de catalogusversie moet een geheel getal van 1 tot en met {maximum} zijn</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>bundel is {size} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>handtekening is {size} bytes; een Ed25519-handtekening is {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>handtekeningcontrole mislukt: de bundel is gewijzigd, beschadigd of met een andere sleutel ondertekend</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>bundel is geen zip-archief: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>bundel bevat dezelfde bestandsnaam twee keer</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>bundel bevat geen manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>bundel is uitgepakt groter dan {limit} bytes</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>inhoud van de bundel komt niet overeen met het manifest: niet vermeld {extra}, ontbrekend {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>inhoud van de bundel komt niet overeen met het manifest: niet vermeld {extra}, ontbrekend geen</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>inhoud van de bundel komt niet overeen met het manifest: niet vermeld geen, ontbrekend {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>bundel kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} komt niet overeen met de sha256 in het manifest</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>bundel bevat ongeldige platformvermeldingen: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>geen account {account!r} voor {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>geen account {account!r} voor {platform}; er valt niets ongedaan te maken</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>gegevensmap {path} is geen map</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>gegevensmap {path} kan niet worden gelezen</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>verzoek {reference} heeft geen e-mailadres van een ontvanger; verstuur het in plaats daarvan per post of via het webformulier van het bedrijf</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>verzoek {reference} heeft de status {status} (op {date}); alleen een concept kan worden verstuurd</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>verzoek {reference} heeft de status {status}; alleen een concept kan worden verstuurd</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>het bericht is verstuurd naar {recipient}, maar verzoek {reference} kon niet als verstuurd worden gemarkeerd ({problem}); leg het handmatig vast met de datum {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>uitkomst {outcome!r} is niet een van: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>het geplakte antwoord is leeg</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} bevat te veel in elkaar geneste berichtdelen om te kunnen worden gelezen</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>de geplakte tekst bevat te veel in elkaar geneste berichtdelen om te kunnen worden gelezen</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>het antwoord {path} is gedateerd {date} (kopregel Date): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>het antwoord in de geplakte tekst is gedateerd {date} (kopregel Date): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>geen referentie van een verzoek (zoals 2026-K3F9Q2M) in de geplakte tekst; kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>de geplakte tekst noemt meerdere referenties ({references}); kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>antwoordbestand {path} is groter dan {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>kan antwoordbestand {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>geen referentie van een verzoek (zoals 2026-K3F9Q2M) in het onderwerp van {file}; kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>geen referentie van een verzoek (zoals 2026-K3F9Q2M) in het onderwerp van de geplakte tekst; kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>geen referentie van een verzoek (zoals 2026-K3F9Q2M) in de tekst van {file}; kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>het onderwerp van {file} noemt meerdere referenties ({references}); kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>het onderwerp van de geplakte tekst noemt meerdere referenties ({references}); kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>de tekst van {file} noemt meerdere referenties ({references}); kies het verzoek waarop dit antwoord betrekking heeft</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>exportformaat {format!r} is niet een van: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>land {country!r} is geen land waar de {law} van toepassing is; geldige landen voor {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>soort verzoek {type!r} is niet van toepassing onder de {law}; geldige soorten voor {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>ontvangstdatum {date} ligt in de toekomst (vandaag is het {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>onbekende landcode {country!r}; gebruik een ISO 3166-code zoals DE, FR of GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>de gebruikte bronnen noemen geen termijn waarbinnen het bedrijf onder de {law} over een beroep moet beslissen, dus een beroepsbrief kan geen termijn vermelden; ga schriftelijk in beroep en leg het antwoord van het bedrijf vast</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>de bronnen noemen geen antwoordtermijn voor {type!r} onder de {law}; soorten met een termijn voor {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>de bronnen noemen geen antwoordtermijn voor &apos;een verzoek&apos; onder de {law}; soorten met een termijn voor {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>onbekende wet {law!r}; geldig: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>onbekend soort verzoek {type!r}; geldig: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>onbekende landcode {country!r}; gebruik een ISO 3166-code zoals DE, FR, GB of US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>een staat vereist een land: vul ook het land in</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>staat {state!r}: de app gebruikt geen staten voor {country}</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>staat {state!r} is geen staat van {country}; geldige codes: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>taal {language!r} wordt niet aangeboden; kies een van {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>land {country!r} is geen land dat de app kent: geef de ISO-code (DE, FR, GB, US) of de Engelse naam (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>land {country!r} is geen land dat de app kent: geef de ISO-code (DE, FR, GB, US) of de Engelse naam (Germany); bedoelde u {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>land {country!r} is geen land dat de app kent: geef de ISO-code (DE, FR, GB, US) of de Engelse naam (Germany); bedoelde u {first} of {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>land {country!r} is geen land dat de app kent: geef de ISO-code (DE, FR, GB, US) of de Engelse naam (Germany); bedoelde u {first}, {second} of {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>een staat is verplicht voor de Verenigde Staten (bijvoorbeeld CA voor Californië)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>ontvangstdatum {date} ligt vóór de verzending van het verzoek ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>ontvangstdatum {date} ligt in de toekomst (vandaag is het {today}); vul deze in zodra het bedrijf de brief heeft, of laat het veld leeg voor de schatting</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>De catalogus noemt geen verwerkingsverantwoordelijke voor gebruikers van {platform} in {region}. Zoek een privacycontact in het privacybeleid van het platform ({policy}), of vraag {authority} hoe u het bedrijf kunt bereiken. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>De catalogus noemt geen verwerkingsverantwoordelijke voor gebruikers van {platform} in {region}. Zoek een privacycontact in het privacybeleid van het platform ({policy}). Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>De catalogus noemt geen verwerkingsverantwoordelijke voor gebruikers van {platform} in {region}. Zoek een privacycontact in het privacybeleid van het platform, of vraag {authority} hoe u het bedrijf kunt bereiken. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>De catalogus noemt geen verwerkingsverantwoordelijke voor gebruikers van {platform} in {region}. Zoek een privacycontact in het privacybeleid van het platform. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>De catalogus bevat geen e-mailadres, formulier of postadres voor {entity} ({region}). Zoek een privacycontact in het privacybeleid van het platform ({policy}), of vraag {authority} hoe u het bedrijf kunt bereiken. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>De catalogus bevat geen e-mailadres, formulier of postadres voor {entity} ({region}). Zoek een privacycontact in het privacybeleid van het platform ({policy}). Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>De catalogus bevat geen e-mailadres, formulier of postadres voor {entity} ({region}). Zoek een privacycontact in het privacybeleid van het platform, of vraag {authority} hoe u het bedrijf kunt bereiken. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>De catalogus bevat geen e-mailadres, formulier of postadres voor {entity} ({region}). Zoek een privacycontact in het privacybeleid van het platform. Zonder ontvanger is er geen brief geschreven.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>wachtwoord is leeg; typ het wachtwoord of laat het veld zoals het was</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>er is op deze computer geen bruikbare wachtwoordopslag (keyring van het besturingssysteem) gevonden, dus het wachtwoord kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>de keyring van het besturingssysteem weigerde het wachtwoord op te slaan ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>de keyring van het besturingssysteem weigerde het wachtwoord te verwijderen ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>bijlage {path} is geen leesbaar bestand</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>bijlage {path} is {megabytes} MB; de limiet is {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>kan bijlage {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>update-URL {url!r} is geen webadres (https://host/pad)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>update-URL {url!r} gebruikt onversleuteld HTTP; alleen https:// is toegestaan</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>update-URL {url!r} gebruikt het schema {scheme!r}; alleen https:// is toegestaan</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>kan {url} niet bereiken: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} verwijst door naar {target!r}, geweigerd: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} antwoordde met HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>het downloaden van {url} duurde langer dan {seconds} seconden; download gestopt</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} verwijst meer dan {count} keer door</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} is {size} bytes, boven de limiet van {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} stuurde meer dan de limiet van {limit} bytes; download gestopt</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>download van {url} was onvolledig: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>download van {url} was onvolledig: {received} van {size} bytes</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>de catalogus is actueel (versie {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>de catalogus die op {url} wordt aangeboden is versie {version}, ouder dan de geïnstalleerde {installed}; geweigerd</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>een bestand ervan ontbreekt</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>ongeldige mapnaam {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>de geïnstalleerde catalogus geeft versie {claimed} op in {folder}, maar de ondertekende bundel is versie {version}: de catalogus is naar een oudere versie teruggezet of bewerkt</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>het geïnstalleerde manifest.json wijkt af van het ondertekende: het is bewerkt</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>er zijn platformbestanden toegevoegd of verwijderd nadat de update was geïnstalleerd</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} is gewijzigd nadat de update was geïnstalleerd</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>catalogusversie {version} is niet nieuwer dan de geïnstalleerde {installed}</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>de registratie van de laatste catalogusupdate is onleesbaar ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} is geen tekst</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>{field} moet één regel platte tekst zijn; het bevat het stuurteken {character} op positie {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>{field} bevat het stuurteken {character} op positie {position}; in tekst blijven alleen regeleinden en tabs behouden</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} mag niet leeg zijn</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>{field} is te lang ({length} tekens, maximaal {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>{field} {value} is geen id (a-z, 0-9, - en _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>{field} {value} is niet een van: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>{field} {value} is geen getal van {minimum} tot en met {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>{field} {value} is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>{field} {value!r} is geen bestaande datum</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>{field} {value} is geen datum met tijd</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>{field} {day} ligt in de toekomst; geef de datum waarop het gebeurde (uiterlijk vandaag)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>{field} {day} ligt vóór {start}, de datum waarop de AVG van toepassing werd en de vroegste datum die de app accepteert</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>{field} {day} ligt vóór de inwerkingtreding van de {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>{field} {value} is geen geldig e-mailadres: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>vóór het @-teken staan tekens die geen adres mag bevatten: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>na het @-teken staan tekens die geen adres mag bevatten: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>het @-teken ontbreekt</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>vóór het @-teken staat niets</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>na het @-teken staat niets</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>het deel na het @-teken moet een punt bevatten, zoals in example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>het bevat twee punten achter elkaar</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>het begint met een punt</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>het eindigt op een punt</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>er staat een punt direct vóór het @-teken</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>er staat een punt direct na het @-teken</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>kan niet naar {path} schrijven: de pdf is leeg</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Info nodig</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Deels ingewilligd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Herinnering verstuurd</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Antwoord ontvangen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>state</source>
        <translation>staat of deelstaat</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>afzenderadres</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>e-mailadres van de ontvanger</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-poort</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP-gebruiker</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-beveiliging</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>accountnaam</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>aantal bewaarde kopieën</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>body</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Taal van het systeem ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Opgeslagen. De app gebruikt de gekozen taal vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Stel uw land in via Instellingen &gt; Profiel om de wet te zien die u beschermt.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>De app kent nog geen wet inzake gegevensbescherming voor {place}. U kunt de checklist nog steeds gebruiken en platforms aanschrijven onder de wet van de plaats waar zij gevestigd zijn (bijvoorbeeld de AVG voor een bedrijf in de EU).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>van kracht sinds {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Antwoord verplicht binnen {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>ten hoogste {period} met verlenging</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>ontvangst te bevestigen binnen {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Een verzoek dat vandaag wordt verstuurd, moet uiterlijk op {date} zijn beantwoord (uiterlijk op {extended} bij verlenging).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Een verzoek dat vandaag wordt verstuurd, moet uiterlijk op {date} zijn beantwoord.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>het bedrijf moet binnen {period} beslissen</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>de gebruikte bronnen noemen geen termijn voor het antwoord van het bedrijf</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>De wet geeft u de mogelijkheid in beroep te gaan bij het bedrijf als het weigert of niets doet: {answer}. De app raadt aan eerst in beroep te gaan en daarna een klacht in te dienen bij de toezichthouder.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Waar u een klacht indient:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>klachtformulier</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Bronnen:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Uw land (en in de VS uw staat) bepaalt welke wet inzake gegevensbescherming de app gebruikt voor uw brieven en termijnen. Wijzig het op het tabblad Profiel.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Bezwaar tegen AI-training</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Maak bezwaar tegen het gebruik van uw persoonsgegevens voor het trainen van AI-modellen als het bedrijf zich op zijn gerechtvaardigde belangen beroept.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Verzoek om inzage met vragen over AI</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Vraag om een kopie van uw gegevens en waarvoor ze worden gebruikt, ook of en hoe ze worden gebruikt om AI te trainen.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Verzoek om wissing</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Vraag het bedrijf uw persoonsgegevens te wissen, bijvoorbeeld na een gehonoreerd bezwaar of na intrekking van uw toestemming.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Beperking van de verwerking</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Vraag het bedrijf uw gegevens niet te gebruiken zolang het uw bezwaar beoordeelt.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Intrekking van toestemming</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Trek de toestemming in die u voor AI-training hebt gegeven; intrekken moet even eenvoudig zijn als toestemming geven.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Verzoek om rectificatie</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Vraag het bedrijf onjuiste persoonsgegevens over u te rectificeren of onvolledige gegevens aan te vullen.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Verzoek om overdraagbaarheid van gegevens</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Vraag om de gegevens die u hebt verstrekt in een gestructureerde, gangbare en machineleesbare vorm, of om de overdracht ervan aan een ander bedrijf (toestemming of overeenkomst, geautomatiseerde verwerking).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Geautomatiseerd besluit: menselijke beoordeling</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Vecht een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit aan waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft: vraag om menselijke tussenkomst en maak uw standpunt kenbaar.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Antwoord op een verzoek om identiteitsbewijs</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Antwoord een bedrijf dat om een identiteitsdocument vraagt voordat het uw verzoek behandelt: het mag dat alleen bij redelijke twijfel vragen, en alleen om wat uw identiteit bevestigt.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Klacht bij de verwerkingsverantwoordelijke (VK)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Dien bij het bedrijf zelf een klacht in dat het met uw gegevens inbreuk heeft gemaakt op de UK GDPR; het moet de ontvangst binnen 30 dagen bevestigen. De ICO verwacht deze stap vóór een klacht bij de ICO.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Herinnering na afloop van de termijn</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Herinner het bedrijf eraan dat de antwoordtermijn voor uw eerdere verzoek is verstreken.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Klacht bij de toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Dien een klacht in bij de toezichthoudende autoriteit omdat het bedrijf niet heeft geantwoord of niet aan het verzoek heeft voldaan.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out van verkoop of delen</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Laat het bedrijf weten dat het moet stoppen met het verkopen van uw persoonsgegevens aan of delen ervan met derden. Dit belet het bedrijf niet uw gegevens zelf te gebruiken, bijvoorbeeld om zijn eigen AI te trainen.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Beperking van het gebruik van gevoelige persoonsgegevens</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Laat het bedrijf weten dat het zijn eigen gebruik en openbaarmaking van uw gevoelige persoonsgegevens moet beperken tot wat zijn dienst nodig heeft; dit geldt ook voor zijn eigen AI-training met zulke gegevens.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Verzoek om verwijdering</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Vraag het bedrijf de persoonsgegevens te verwijderen die het bij u heeft verzameld.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Verzoek om informatie</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Vraag welke persoonsgegevens het bedrijf heeft verzameld, verkocht of gedeeld, waar vandaan, waarom en met wie.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Verzoek om correctie</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Vraag het bedrijf onjuiste persoonsgegevens over u te corrigeren.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Antwoord een bedrijf dat om meer identiteitsbewijs vraagt dan de uitvoeringsregels van de CCPA toestaan voordat het uw verzoek behandelt.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Machtiging van een vertegenwoordiger</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Onderteken een machtiging voor een persoon of bedrijf om namens u verzoeken op grond van de CCPA te doen; het bedrijf mag u vragen die te bevestigen, maar mag geen formele volmacht (power of attorney) eisen.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Herinner het bedrijf eraan dat de termijn voor uw eerdere verzoek is verstreken (15 werkdagen voor een opt-out of een verzoek om beperking, 45 dagen voor de overige).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Klacht bij de California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Meld bij CalPrivacy een bedrijf dat uw verzoek heeft genegeerd of geweigerd.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Verzoek om opt-out</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Kies voor een opt-out van wat de wet van uw staat dekt: verkoop, gerichte reclame en, in de meeste staten, profilering voor besluiten met rechtsgevolgen of gevolgen van vergelijkbaar belang. Geen daarvan belet het bedrijf zijn eigen AI met uw gegevens te trainen.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Verzoek om inzage</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Vraag het bedrijf te bevestigen of het uw persoonsgegevens verwerkt en u een kopie te geven.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Verzoek om verwijdering</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Vraag het bedrijf persoonsgegevens over u te verwijderen.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Beroep tegen een weigering</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Ga in beroep bij het bedrijf nadat het uw verzoek heeft geweigerd of er geen gevolg aan heeft gegeven.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Klacht bij de procureur-generaal (Attorney General) van de staat</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Meld bij de procureur-generaal (Attorney General) van uw staat een bedrijf dat uw verzoek heeft genegeerd of geweigerd.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Verzoek om bevestiging en inzage</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Vraag of het bedrijf uw gegevens verwerkt, en om een volledige verklaring over de herkomst ervan, de criteria en het doel.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Vraag het bedrijf uw gegevens te anonimiseren, af te schermen of te verwijderen, of gegevens te verwijderen die het met uw toestemming verwerkt.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Verzoek om correctie</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Vraag het bedrijf onvolledige, onjuiste of verouderde gegevens te corrigeren.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Intrekking van toestemming</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Trek de toestemming in die u hebt gegeven voor het gebruik van uw gegevens, ook voor AI-training.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Bezwaar tegen verwerking</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Maak bezwaar tegen een verwerking die het bedrijf op een andere grondslag dan toestemming baseert (zoals een gerechtvaardigd belang) als die niet voldoet aan de LGPD, bijvoorbeeld AI-training waarover u niet duidelijk bent geïnformeerd.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Verzoekschrift aan de ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Dien bij de nationale toezichthouder voor gegevensbescherming van Brazilië een verzoekschrift in tegen het bedrijf.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Vraag de organisatie schriftelijk om de persoonsgegevens die zij over u heeft en om informatie over hoe zij die gebruikt.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Herinner de organisatie eraan dat de termijn van 30 dagen voor uw verzoek om inzage is verstreken.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Klacht bij de Privacy Commissioner</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Dien bij het Office of the Privacy Commissioner of Canada een klacht in over de organisatie.</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Algemene verordening gegevensbescherming (EU) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>EU en EER</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Intrekking van toestemming</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Kennisgeving aan ontvangers</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Overdraagbaarheid van gegevens</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Bezwaar tegen verwerking op grond van gerechtvaardigde belangen of een taak van algemeen belang</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Bezwaar tegen direct marketing (als de training daartoe dient)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Niet onderworpen worden aan uitsluitend geautomatiseerde besluiten</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Antwoord binnen een maand</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Aanvullende informatie ter bevestiging van de identiteit alleen bij redelijke twijfel</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Klacht bij een toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>De toezichthoudende autoriteit van het land waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk plaatsvond (artikel 77, lid 1, AVG).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Een maand eindigt op dezelfde datum in de volgende maand, of op de laatste dag van die maand als die datum daarin niet voorkomt; een termijn die op een zaterdag, zondag of feestdag valt, verschuift naar de volgende werkdag (artikel 3, lid 2, onder c, en lid 4, van Verordening 1182/71; de toepassing daarvan op termijnen van de AVG is een lezing).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>De verwerkingsverantwoordelijke kan de termijn met nog twee maanden verlengen, maar moet u daarvan binnen de eerste maand in kennis stellen, met opgave van redenen (artikel 12, lid 3, AVG).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>nog twee maanden, gerekend vanaf het einde van de eerste termijn</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>De verlengde termijn loopt tot drie maanden na ontvangst (de methode van de ICO, de latere datum); geen enkele EU-bron stelt vast welke lezing geldt.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Heeft de toezichthoudende autoriteit u binnen drie maanden niet in kennis gesteld van de voortgang of de uitkomst van uw klacht, dan kunt u tegen haar naar de rechter stappen (artikel 78, lid 2, AVG).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Klacht bij de ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>De ICO vraagt u eerst een klacht in te dienen bij de organisatie, na 30 dagen zonder antwoord aan te dringen, en binnen drie maanden na uw laatste contact met de organisatie een klacht in te dienen bij de ICO.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Sinds 19 juni 2026 kunt u bij de verwerkingsverantwoordelijke zelf een klacht indienen over een inbreuk die uw persoonsgegevens betreft (DPA 2018 s. 164A, ingevoegd door de Data (Use and Access) Act 2025 s. 103; inwerkingtreding gemeld op http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Methode van de ICO: van de dag van ontvangst tot dezelfde datum in de volgende maand, of tot de laatste dag van die maand als die datum daarin niet voorkomt; een termijn die in een weekend of op een feestdag valt, verschuift naar de volgende werkdag.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>De termijn begint op het laatste van deze momenten: ontvangst van het verzoek, ontvangst van de identiteitsgegevens waarom de verwerkingsverantwoordelijke heeft gevraagd, of ontvangst van een vergoeding (artikel 12A UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>De verlengde termijn loopt tot drie maanden na ontvangst, zoals de ICO aangeeft.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>De verwerkingsverantwoordelijke moet de ontvangst bevestigen binnen de periode van 30 dagen die begint wanneer de klacht wordt ontvangen (DPA 2018 s. 164A(3)): de dag van ontvangst is de eerste van de 30 dagen.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Daarna moet hij zonder onnodige vertraging passende stappen nemen om op de klacht te reageren (waaronder onderzoek en u op de hoogte houden van de voortgang) en u de uitkomst meedelen (s. 164A(4)-(5)); voor de uitkomst geldt geen vaste termijn.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Swiss Federal Act on Data Protection (revised FADP)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>Toestemming is alleen geldig als zij vrijwillig, voor een specifieke verwerking en na passende informatie is gegeven</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Gegevens worden vernietigd of geanonimiseerd zodra ze voor het doel niet meer nodig zijn</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Inzage (informatie over uw gegevens)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>De informatie die elk antwoord bevat (doel, bewaartermijn, herkomst, ontvangers...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Kosteloze informatie</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Antwoord binnen 30 dagen</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Afgifte of overdracht van gegevens die u hebt verstrekt, in een gangbaar elektronisch formaat</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Verwerking tegen uw uitdrukkelijke wil in schendt uw persoonlijkheidsrechten (waarop een bezwaar zich beroept)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Een schending is onrechtmatig, tenzij gerechtvaardigd door toestemming, een zwaarder wegend belang of de wet</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Rechtsvorderingen: verbod op verwerking of bekendmaking, verwijdering of vernietiging van gegevens</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Melding bij de FDPIC</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>De FDPIC deelt de betrokkene die de melding deed mee wat hij heeft gedaan en wat het resultaat is</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>De FDPIC opent naar aanleiding van een melding een onderzoek als er voldoende aanwijzingen voor een overtreding zijn, en kan dat bij overtredingen van geringe betekenis achterwege laten (artikel 49 FADP).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>De FADP kent geen recht om toestemming in te trekken, geen recht op beperking van de verwerking en geen algemeen recht van bezwaar; brieven voor die verzoeken steunen op artikel 6, lid 6, artikel 30, lid 2, onder b, artikel 31, lid 1, en artikel 32 en noemen geen artikel voor het verzoek zelf (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ over intrekking; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection over bezwaar).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>In welk lid van artikel 32 verwijdering wordt genoemd, is niet aan de hand van de wettekst bevestigd; brieven verwijzen naar artikel 32 als geheel.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Dagen tellen vanaf de dag na ontvangst; een laatste dag op een zaterdag, zondag of feestdag verschuift naar de volgende werkdag (artikelen 77-78 van het Wetboek van Obligaties (Code of Obligations); de toepassing daarvan op termijnen van de FADP is een lezing).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>De FADP kent geen vaste verlenging: een verwerkingsverantwoordelijke die niet binnen 30 dagen kan antwoorden, moet u laten weten wanneer hij dat wel zal doen (artikel 18, lid 2, DPO); leg de datum vast die hij noemt.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>30 dagen is de termijn van de FADP voor verzoeken om inzage (artikel 25, lid 7, FADP, artikel 18 DPO); de bronnen noemen geen termijn voor dit soort verzoek, dus de datum is een richtdatum.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, zoals gewijzigd door de CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>Californië, Verenigde Staten</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Weten wat er wordt verzameld</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Weten wat er wordt verkocht of gedeeld en met wie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Opt-out van verkoop of delen</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Beperking van het gebruik en de openbaarmaking van gevoelige persoonsgegevens</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Geen discriminatie bij het uitoefenen van rechten</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Antwoord binnen 45 dagen</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Klacht bij de California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>Ook de procureur-generaal (Attorney General) van Californië handhaaft de CCPA; particuliere rechtszaken zijn alleen mogelijk bij bepaalde datalekken (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>45 dagen betekent de datum van ontvangst plus 45: de eerste dag telt niet mee, en een laatste dag die een feestdag is evenmin (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Een laatste dag op een zaterdag, zondag of feestdag verschuift naar de eerstvolgende dag die geen van deze is: Code Civ. Proc. § 12a beschouwt “all day on Saturdays” en de feestdagen van § 135 (waaronder elke zondag, Gov. Code § 6700(a)(1)) als feestdagen, voor elke termijn die bij wet of regeling is vastgesteld.</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Feestdagen zijn de feestdagen van de staat Californië zoals de bibliotheek holidays ze vermeldt; de gerechtelijke feestdagen van Code Civ. Proc. § 135 en dagen waarop een overheidsinstantie gesloten is (§ 12b) kunnen afwijken en zijn niet bekend bij de app.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>Het bedrijf kan de termijn eenmaal met ten hoogste 45 dagen verlengen (90 in totaal) als het u binnen de eerste 45 dagen laat weten waarom (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Werkdagen zijn alle dagen behalve zaterdagen, zondagen en Californische feestdagen (lezing: de uitvoeringsregels definiëren werkdagen niet).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>de dag van ontvangst geteld als dag één, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>De termijn loopt tot 45 dagen na de dag van ontvangst (Code Civ. Proc. § 12); er is geen standpunt van de CPPA over dit detail gevonden.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>Het bedrijf moet zo snel als redelijkerwijs mogelijk, en uiterlijk 15 werkdagen na ontvangst, stoppen met verkopen of delen en de betrokken derden op de hoogte stellen (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7026(f)(1) stelt een vaste termijn van 15 werkdagen en voorziet niet in verlenging.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>Het bedrijf moet het gebruik van uw gevoelige persoonsgegevens binnen 15 werkdagen na ontvangst beperken (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7027(g) stelt een vaste termijn van 15 werkdagen en voorziet niet in verlenging.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virginia, Verenigde Staten</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Verzoeken van consumenten en antwoorden daarop</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Handhaving door de procureur-generaal (Attorney General)</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>De bronnen vermelden de antwoordtermijn en de toezichthouder van deze wet, maar geven niet per staat aan welke consumentenrechten (inzage, verwijdering, opt-out) de wet toekent; raadpleeg de wettekst voordat u zich op een bepaald recht beroept.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Virginia voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn eenmaal met 45 dagen verlengen, als hij u dat binnen de eerste 45 dagen laat weten.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Uit secundaire bronnen: de termijn van 60 dagen voor de beslissing op een beroep komt uit samenvattingen; de tekst van de betreffende bepaling is niet geraadpleegd.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Colorado, Verenigde Staten</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Naast de procureur-generaal (Attorney General) handhaven ook de officieren van justitie van de districten (District Attorneys) de wet.</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Een gemachtigde vertegenwoordiger kan namens u een opt-out doen, ook via een browser- of apparaatinstelling (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Colorado voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn met 45 dagen verlengen als dat redelijkerwijs nodig is.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, Verenigde Staten</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>Wordt het beroep afgewezen, dan moet de verwerkingsverantwoordelijke u laten weten hoe u een klacht kunt indienen bij de procureur-generaal (Attorney General).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Connecticut voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn eenmaal met 45 dagen verlengen, als hij u dat binnen de eerste 45 dagen laat weten.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>De verwerkingsverantwoordelijke moet binnen 60 dagen na ontvangst op het beroep beslissen.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, Verenigde Staten</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>De procureur-generaal (Attorney General) handhaaft de wet na verwijzing door de Division of Consumer Protection (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Utah voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn eenmaal met 45 dagen verlengen, als hij u vóór het einde van de eerste termijn de duur en de redenen meedeelt.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Texas, Verenigde Staten</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>De procureur-generaal (Attorney General) moet een mogelijkheid bieden om online een klacht in te dienen (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Texas voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn eenmaal met 45 dagen verlengen, als hij u dat binnen de eerste 45 dagen laat weten.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, Verenigde Staten</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Verzoeken om opt-out vereisen geen authenticatie (ORS § 646A.576(5)(e)); een gemachtigde vertegenwoordiger kan namens u een opt-out doen (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Oregon voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn met nog eens 45 dagen verlengen als dat redelijkerwijs nodig is, als hij u dat binnen de eerste 45 dagen laat weten en uitlegt waarom (Section 4(5)(a) van de wet, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>De verwerkingsverantwoordelijke moet het beroep binnen 45 dagen na ontvangst toewijzen of afwijzen en u, als hij het afwijst, laten weten hoe u een klacht kunt indienen bij de procureur-generaal (Attorney General).</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, Verenigde Staten</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Een gemachtigde vertegenwoordiger kan namens u een opt-out doen (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Montana voor het berekenen van termijnen zijn niet onderzocht). De verwerkingsverantwoordelijke kan de termijn met 45 dagen verlengen, als hij u dat binnen de eerste 45 dagen laat weten.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, Verenigde Staten</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Geen eigen vorderingsrecht voor particulieren (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van Iowa voor het berekenen van termijnen zijn niet onderzocht). De bronnen die op de wettekst zijn gebaseerd, noemen 90 dagen; één dataset noemt 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de ICDPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Wet inzake de bescherming van consumentengegevens van Indiana (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, Verenigde Staten</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Geteld in kalenderdagen na de dag van ontvangst (lezing: de regels van de staat voor het berekenen van termijnen zijn niet onderzocht).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de wet van Indiana de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Wet inzake de bescherming van consumentengegevens van Kentucky (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de KCDPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Wet inzake gegevenstransparantie en privacy van Rhode Island (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, Verenigde Staten</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>Aan een intrekking van toestemming moet binnen 15 dagen gevolg worden gegeven.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de RIDTPPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Wet inzake gegevensprivacy van Nebraska (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, Verenigde Staten</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>Uiterlijk in 2026 in werking getreden; de precieze datum is niet geverifieerd.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de NDPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Wet inzake de privacy van persoonsgegevens van Delaware (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de DPDPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>Wet inzake gegevensprivacy van New Hampshire (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>New Hampshire, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de NHDPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>Wet inzake gegevensprivacy van New Jersey (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>New Jersey, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de NJDPL de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de TIPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Wet inzake de privacy van consumentengegevens van Minnesota (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de wet van Minnesota de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Wet inzake online gegevensprivacy van Maryland (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, Verenigde Staten</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>De gebruikte bronnen vermelden niet of de MODPA de verwerkingsverantwoordelijke toestaat deze termijn te verlengen; beroept hij zich op een verlenging, leg die dan vast met de datum die hij noemt.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazilië</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Bevestiging van verwerking en inzage</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonimisering, afscherming of verwijdering; verwijdering van gegevens die met toestemming worden verwerkt</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Bezwaar tegen verwerking op een andere grondslag dan toestemming, als die niet voldoet aan de LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Verzoeken worden kosteloos beantwoord</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Volledige verklaring binnen 15 dagen</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Verzoekschrift aan de nationale autoriteit (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Kan de verwerkingsverantwoordelijke niet onmiddellijk gevolg geven aan het verzoek, dan moet hij u laten weten dat hij niet de verwerkende partij (agente de tratamento) is, en die zo mogelijk noemen, of zijn redenen opgeven (artikel 18 § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Geteld als 15 kalenderdagen vanaf het verzoek; de Braziliaanse regels voor het berekenen van termijnen zijn niet onderzocht, dus weekenden en feestdagen worden niet overgeslagen.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>De gebruikte bronnen vermelden niet of de LGPD de verwerkingsverantwoordelijke toestaat de 15 dagen te verlengen.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>15 dagen is de termijn van de LGPD voor bevestiging en inzage (artikel 19); een wettelijke termijn voor andere rechten is niet geverifieerd (één dataset gebruikt 15 dagen voor elk verzoek op grond van de LGPD), dus de datum is een richtdatum.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Canada (federaal, particuliere sector)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>Een verzoek om inzage wordt schriftelijk gedaan</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Verlenging met ten hoogste 30 dagen, met kennisgeving, redenen en het recht om een klacht in te dienen</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>Geen tijdig antwoord geldt als weigering</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Verzoeken om inzage moeten schriftelijk worden gedaan (s. 8(1)); blijft een tijdig antwoord uit, dan geldt dat als weigering (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>De bepaling van de PIPEDA die het recht geeft om een klacht in te dienen bij de Commissioner, staat niet in de gebruikte bronnen.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Dagen tellen vanaf de dag na ontvangst; een termijn die op een feestdag valt, verschuift naar de eerstvolgende dag die geen feestdag is (Interpretation Act s. 26). Zondag is een feestdag volgens s. 35(1); zaterdag niet, dus een termijn die op een zaterdag valt, verschuift niet (lezing van s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>De organisatie kan de termijn met ten hoogste 30 dagen verlengen, als zij u binnen de eerste 30 dagen de nieuwe termijn, haar redenen en uw recht om een klacht in te dienen meedeelt (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>30 dagen is de termijn van de PIPEDA voor verzoeken om inzage (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Mijn creatieve of professionele werk</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Mijn privéleven blijkt uit mijn inhoud</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Bescherming tegen intimidatie</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Inhoud uit mijn jeugd</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>alleen gegevens gebruikt voor AI-training</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>al mijn gegevens (sluit het account)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>geen volledig antwoord binnen de termijn</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>slechts gedeeltelijk beantwoord</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>om meer informatie gevraagd</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Na een eerder verzoek</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Klachten bij een autoriteit</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; er is geen privacy-e-mailadres gepubliceerd</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>uw naam</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>uw land</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Een brief wordt ondertekend met uw naam en steunt op de wet van het land waar u woont: welke rechten u hebt, wie antwoordt en wanneer. Voeg {missing} toe aan uw profiel, dan stelt deze pagina voor elk platform het passende verzoek voor.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Eerst: wie u bent en waar u woont</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Instellingen &gt; Profiel openen</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Kies een platform</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Kies een wet</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>Uw situatie in uw eigen woorden</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Platforms om tegelijk aan te schrijven</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Bestandsformaat van de brieven</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Kies een platform, een wet en een verzoek: de brief verschijnt hier.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>&amp;Tekst bewerken</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>De tekst van de brief wijzigen voordat u hem opslaat of verstuurt</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Een brief onder een andere wet helpt alleen als die wet op u van toepassing is.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>De wet van uw woonplaats, volgens uw profiel.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>Waar u woont, geldt de {law}; een brief onder een andere wet helpt alleen als die op u van toepassing is.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Voorgesteld: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Schrijf een juridisch onderbouwd verzoek: bezwaar tegen AI-training, inzage, wissing, intrekking van toestemming of een opt-out onder de CCPA. Bewerk de tekst als u wilt en sla hem daarna op of verstuur hem.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>e-mailadres, gebruikersnaam of profiel-URL</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Soort verzoek</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Waarom dit verzoek wordt voorgesteld</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Taal van de brief</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Versturen via</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Zoals de ontvanger aanbiedt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Uw situatie</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>in uw eigen woorden (optioneel)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>al mijn gegevens (standaard)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Welke gegevens</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Eerder verzoek verstuurd</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Referentie daarvan</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Soort eerder verzoek</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Het was een</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>naam en contactgegevens van de persoon die u machtigt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gemachtigde</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>wat er onjuist is en wat juist is</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rectificatie</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>wat er is gebeurd (optioneel)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Meerdere platforms tegelijk</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Vink platforms aan; elk krijgt een eigen brief van het gekozen soort.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>Profiel&amp;instellingen openen</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Elke brief ook als verzoek opslaan</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Bewaart elke aangemaakte brief als concept op de pagina Verzoeken</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftekst</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Uw wijzigingen blijven bewaard. Wijzigingen links passen de tekst niet meer aan.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Het onderwerp en de brief naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>W&amp;et</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Ta&amp;al</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>Ver&amp;zenden via</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>Aanmaken in &amp;map…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>Wijzigingen ve&amp;rwerpen</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>De brief opslaan als .{format}-bestand</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Opslaan als .{format}</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>Brief &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>Als verzoek &amp;opslaan</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Deze brief, met uw wijzigingen, als concept bewaren op de pagina Verzoeken</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Openen in e-mailapp</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Geen e-mailprogramma geopend: op deze computer is er geen ingesteld voor e-maillinks. Schrijf vanuit uw webmail naar dit adres; “Brief kopiëren” kopieert het onderwerp en de tekst.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Webformulier openen</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>onbekend platform {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>verzoek {id} ({reference}) is nog een concept; leg eerst vast wanneer u het hebt verstuurd</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>soort verzoek {type} kan niet onder de {law} worden geschreven</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Niet opgeslagen: {file} bestaat al.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} bestaat al in {folder}. Vervangen door deze brief?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Opgeslagen als verzoek {id} ({reference}), een concept. U vindt het op de pagina Verzoeken; leg daar vast wanneer u het verstuurt: dan begint de termijn.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>{letters} geschreven naar {folder}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>{requests} opgeslagen (pagina Verzoeken).</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Onderwerp en brief gekopieerd.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>De brief heeft geen bekend e-mailadres: hij is gekopieerd, plak hem in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>De brief is te lang voor een e-maillink: hij is gekopieerd, plak hem in uw e-mailprogramma.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Doorgegeven aan uw e-mailprogramma: controleer of het nieuwe bericht is geopend en verstuur het dan.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>De brief is gekopieerd; plak hem in het webformulier dat is geopend.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>De brief verschijnt hier zodra het probleem hieronder is opgelost.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>Aan {recipient}: {how} · antwoord uiterlijk op {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>Aan {recipient}: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-mailbericht (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Map voor de brieven</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>Verzoeken &amp;exporteren</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Als &amp;spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>&amp;Volledig, met tijdlijnen (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Als &amp;agenda van termijnen (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>Brief als verzoek &amp;opslaan</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Brief als &amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Zoeken op deze pagina</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>Brief &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;Over Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: het platform heeft de wettelijke termijn overschreden. Open Verzoeken om een herinnering te sturen of een klacht in te dienen.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>{reference} markeren als verstuurd</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>De wettelijke termijn loopt vanaf de dag waarop het bedrijf uw verzoek heeft ontvangen.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>De dag waarop het bedrijf uw verzoek ontving: de termijn loopt vanaf die dag</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>optioneel, bijv. nummer van de aangetekende brief</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verstuurd via</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Ontvangen door het bedrijf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Markeren als verstuurd</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Bron: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Geschat: %n werkdag na verzending, volgens de gepubliceerde bezorgnorm voor binnenlandse post. Corrigeer dit als u de dag kent.</numerusform>
            <numerusform>Geschat: %n werkdagen na verzending, volgens de gepubliceerde bezorgnorm voor binnenlandse post. Corrigeer dit als u de dag kent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Voor de route van deze brief is geen gepubliceerde bezorgtijd bekend, dus de verzenddatum wordt als schatting gebruikt. Corrigeer dit als u de dag kent.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>E-mails, webformulieren en verzoeken in de app bereiken het bedrijf op de dag van verzending.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>De termijn loopt vanaf de dag die u hebt ingevuld.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Niets geopend: er is geen programma ingesteld voor dit soort bestand. Kopieer het pad en open het zelf.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>De link naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Niets geopend: op deze computer is geen programma ingesteld om deze link te openen. Kopieer de link en open hem in uw browser.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Antwoord op {reference} plakken</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Antwoord plakken</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Plak het antwoord van het bedrijf. Neem de kopregels (Van, Onderwerp, Datum) mee als uw e-mailprogramma die toont.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Plak het antwoord van het bedrijf. Neem de kopregels (Van, Onderwerp, Datum) mee als uw e-mailprogramma die toont: aan de referentie in het onderwerp wordt het verzoek herkend.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antwoordtekst</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Antwoord toevoegen</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Vink in de lijst links de platforms aan die u gebruikt. Voor elk platform ziet u stap voor stap de instellingen voor AI-training die er in uw woonland zijn, en u kunt ze als gedaan markeren. Waar geen instelling bestaat, helpt de app u in plaats daarvan een brief te schrijven.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Ik gebruik {platform}</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation>Elk van uw accounts op dit platform heeft eigen instellingen</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>De catalogus heeft geen informatie over AI-training voor {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Geen actie nodig: {platform} verklaart geen AI te trainen met uw gegevens. Controleer opnieuw als het beleid verandert.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>“{quote}” — {who}, gelezen op {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Traint hier sinds {date} met gegevens van gebruikers</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Gebruikte gegevens: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Rechtsgrond volgens {platform}: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>Wat {platform} met uw gegevens doet, en welke opties u hebt, hangt af van waar u woont: stel uw land in via Instellingen &gt; Profiel. Tot dan staat bij elke optie in welke regio’s die bestaat.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>&amp;Account toevoegen…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · opties die in {region} bestaan</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · opties van alle regio’s (geen land ingesteld)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} biedt in {region} geen instelling voor AI-training. Een verzoekbrief (een bezwaar, of een opt-out onder de CCPA in Californië) is de manier om nee te zeggen.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} biedt in geen enkele regio uit de catalogus een instelling voor AI-training. Een verzoekbrief (een bezwaar, of een opt-out onder de CCPA in Californië) is de manier om nee te zeggen.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Brief schrijven…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Instellingen die geen opt-out voor AI-training zijn</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Beleidswijzigingen</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, gelezen op {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(oudste geverifieerde feit: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(nog niets aangehaald)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>Waar de feiten op deze pagina vandaan komen</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>De instellingen, stappen en opmerkingen van het platform zijn overgenomen uit de catalogus, in het Engels.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Een naam voor uw andere {platform}-account (bijv. werk):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Account niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Zoals die op uw brieven moet staan</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straat en huisnummer
Postcode en plaats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Volledige &amp;naam</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Postadres</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Taal van de brieven</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Deelstaat (Land)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>De wetten en opt-outinstellingen voor {region} zijn op u van toepassing.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>De opt-outinstellingen die alle gebruikers krijgen, zijn van toepassing; de app kent nog geen wet inzake gegevensbescherming voor uw land.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Uw land bepaalt welke wetten en opt-outinstellingen van toepassing zijn.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Your letters are signed with these details. Your country decides which laws and opt-out settings apply everywhere in the app.</source>
        <translation>Uw brieven worden met deze gegevens ondertekend. Uw land bepaalt welke wetten en opt-outinstellingen overal in de app van toepassing zijn.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profiel &amp;opslaan</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Uw gegevens worden opgeslagen in {folder} en verlaten deze computer nooit, tenzij u een brief verstuurt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>de dag van verzending</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>de datum die u hebt ingevuld</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>de verzenddatum, vastgelegd voordat ontvangstdata werden bijgehouden</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Onvoldoende verificatie</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Verzoek niet gedekt</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Buiten de jurisdictie</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Te veel verzoeken</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Vermoeden van fraude</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (Verenigde Staten)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>EU/EER</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazilië</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>Wat staat er in het antwoord op {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Leg vast wat het bedrijf heeft geantwoord, zodat de termijn en de volgende stap daarop aansluiten.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Volledig ingewilligd</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Deels ingewilligd</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Vraagt om identificatie of meer informatie</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Verlengt de termijn</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Wat het antwoord zegt</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Alleen het antwoord bewaren (nog niets besloten)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reden van de weigering</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>Het antwoord</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Voorgesteld op basis van de tekst van het antwoord: controleer dit voordat u het vastlegt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} te laat</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; corrigeer dit als u het weet</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Opgeslagen als concept</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>U hebt nog geen verzoeken. Biedt een platform geen schakelaar om AI-training te stoppen, schrijf dan een brief op de pagina Brieven en sla die op als verzoek. De app houdt dan de wettelijke termijn bij, herinnert u eraan als die is overschreden en geeft de volgende stap aan: een herinnering of een klacht bij de toezichthoudende autoriteit.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle verzoeken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Verloopt binnen %n dag</numerusform>
            <numerusform>Verloopt binnen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filter op platform</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Zoek op referentie, platform, soort, ontvanger, notities</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Verzoeken zoeken</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Het antwoord van een bedrijf toevoegen aan het verzoek dat in het onderwerp wordt genoemd</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Kolommen: klik op een kolom om erop te sorteren</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Leg de verzenddatum vast, zodat de termijn begint</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Of sleep het .eml- of .txt-bestand van het antwoord hierheen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Brief zoals verstuurd</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>De geselecteerde bijlage openen (of dubbelklik erop)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Wat er gebeurde (optioneel)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verstuurd via</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Per e-&amp;mail versturen…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Brief &amp;schrijven</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>Antwoord &amp;importeren…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>Ik &amp;heb het verstuurd…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>He&amp;rinnering schrijven</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Antwoord &amp;toevoegen…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Bestan&amp;d bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Vastle&amp;ggen</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… van {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Geen verzoek voldoet aan de filters.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Volgende stap: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>Aan: {recipient}
Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Bijlagen ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Status: {status} · Wet: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Verstuurd op {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>ontvangst bevestigd op {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>ontvangst te bevestigen uiterlijk op {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Termijn loopt vanaf ontvangst op {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Termijn {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>verlengd tot {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Bestanden bij deze gebeurtenis voegen</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Uit een bestand (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>De tekst plakken…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Kies het antwoord</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Antwoorden (*.eml *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Verzoek {reference} versturen</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Aan: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>er is geen e-mailadres bekend</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Dit verzoek heeft de status {status} (verstuurd op {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Dit verzoek heeft de status {status}.</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Versturen vanuit de app</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>De brief als pdf bijvoegen</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Een kopie naar mij sturen</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>wachtwoord van uw e-mailaccount</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>Versturen &amp;annuleren</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>Het versturen van e-mail is niet ingesteld: vul uw mailserver in via Instellingen &gt; E-mail.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Via {server} vanaf {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Een kopie naar mij sturen ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Of verstuur het zelf</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Open het in uw e-mailprogramma of sla het op om te versturen of af te drukken; laat de app daarna weten dat u het hebt verstuurd.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Openen in e-mailprogramma</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Geen e-mailprogramma geopend: op deze computer is er geen ingesteld voor e-maillinks. Sla het .eml-bestand op en open het, of schrijf vanuit uw webmail naar dit adres.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Nu &amp;versturen</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>.&amp;eml opslaan…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;Pdf opslaan…</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>Ik heb het verstuurd…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Versturen naar {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Verstuurd naar {recipient} op {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>Het antwoord moet uiterlijk op {date} binnen zijn.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>de brief is te lang voor een e-maillink; sla het .eml-bestand op en open het in uw e-mailprogramma</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Doorgegeven aan uw e-mailprogramma: controleer of het bericht is geopend. Klik na het versturen op “Ik heb het verstuurd”, zodat de termijn begint.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>E-mail opslaan</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-mailbericht (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Brief opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>{path} opgeslagen. Klik na het versturen op “Ik heb het verstuurd”, zodat de termijn begint.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Gemarkeerd als verstuurd op {date}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>de eigen pagina van het platform</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>een toezichthoudende autoriteit</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>een rechter</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>een bedrijfsregister</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>de pers</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Info nodig</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Deels ingewilligd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Catalogusupdate</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Wijzigingen in deze update</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: opt-outs die u op deze platforms al hebt gedaan, worden gemarkeerd als &quot;hercontroleren&quot;.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installeren</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Stap voor stap</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Voor later bewaren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Brief schrijven</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Stap {number} van {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: hier geen schakelaar</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} biedt in uw woonland geen instelling voor AI-training. Dat betekent niet dat u het moet accepteren: met een verzoekbrief (een bezwaar onder de AVG, of een opt-out onder de wet van een Amerikaanse staat) moet het platform binnen een wettelijke termijn antwoorden.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Hercontroleren: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Dit werkt per e-mail: stuur het hierboven beschreven bericht.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Instelling openen</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formulier openen</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Alles gedaan voor nu</translation>
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
        <translation>{progress} op de platforms die u gebruikt.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Zojuist gedaan</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Voor later bewaard</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Brief nodig (geen schakelaar in uw woonland)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Hercontroleren</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Welkom bij Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Platforms zoals LinkedIn, Instagram en ChatGPT gebruiken wat u plaatst en typt om AI-modellen te trainen, vaak tenzij u nee zegt. Deze app helpt u nee te zeggen: hij leidt u langs de opt-outinstellingen van elk platform, schrijft verzoekbrieven op grond van de AVG en de CCPA waar geen instelling bestaat, en houdt elk antwoord en elke wettelijke termijn bij.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Alles blijft op deze computer, in
{folder}
De app gaat alleen online als u daarom vraagt (bijvoorbeeld om een e-mail te versturen).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Vertel de app wie u bent. Uw brieven worden met deze gegevens ondertekend, en uw land bepaalt welke wetten en instellingen van toepassing zijn. U kunt ze later wijzigen via Instellingen &gt; Profiel.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Nu o&amp;verslaan</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Opslaan en beginnen</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>U kunt uw profiel later invullen via Instellingen</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Foutmelding</translation>
    </message>
</context>
</TS>
