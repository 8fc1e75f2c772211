<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>aus einem mit --catalog angegebenen Ordner geladen</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>Update Version {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>mit der App ausgeliefert, Version {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} vom {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}, {files} als ungültig übersprungen</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>eigenständiges Paket</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python-Paket</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Version {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Verhindern Sie, dass Plattformen KI mit Ihren Daten trainieren.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>GNU General Public License, Version 3 oder jede spätere Version (GPL-3.0-or-later). Sie dürfen dieses Programm nach ihren Bedingungen weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Diagnosedaten &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Kopiert die Versionen der App, von Python, Qt und Ihrem System für einen Fehlerbericht. Nichts über Sie oder Ihre Anfragen ist enthalten.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Kopiert. Fügen Sie es in Ihren Fehlerbericht ein; es enthält nichts über Sie.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Senden Sie das Schreiben und tragen Sie dann das Versanddatum ein, damit die Frist beginnt.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>Warten auf die Antwort.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>Warten auf die Antwort: {left} (Frist {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob {law} dem Unternehmen eine Verlängerung erlaubt; die App behält daher diese Frist bei. Notieren Sie das Datum, das das Unternehmen genannt hat.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Der Eingang hätte bis zum {date} bestätigt werden müssen; die Antwort ist weiterhin bis zur Frist fällig.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>{days} überfällig: Senden Sie eine Erinnerung.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>legen Sie zuerst Einspruch beim Unternehmen ein: {law} sieht einen Einspruch vor. Die verwendeten Quellen nennen keine Frist für die Antwort des Unternehmens, daher kann die App kein Einspruchsschreiben datieren; schreiben Sie dem Unternehmen, tragen Sie seine Antwort ein und reichen Sie dann Beschwerde bei {after} ein.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>legen Sie zuerst Einspruch beim Unternehmen ein: {law} sieht einen Einspruch vor, über den das Unternehmen innerhalb von {period} nach Eingang entscheiden muss. Weist es den Einspruch zurück, reichen Sie Beschwerde bei {after} ein.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>beschweren Sie sich zuerst beim Unternehmen: Nach {law} können Sie sich beim Verantwortlichen selbst beschweren ({citation}), und die Aufsichtsbehörde erwartet diesen Schritt vor einer Beschwerde bei ihr. Klärt seine Antwort die Sache nicht, reichen Sie Beschwerde bei {after} ein.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>reichen Sie Beschwerde bei {authority} ein.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>reichen Sie Beschwerde bei {authority} (der Aufsichtsbehörde an Ihrem Wohnort) oder bei {alternative}, der federführenden Aufsichtsbehörde, ein.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>reichen Sie Beschwerde ein; zuerst: {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Teilweise erfüllt: Senden Sie eine Erinnerung, die aufführt, was fehlt.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Beschwerde eingereicht: Tragen Sie hier die Antworten der Aufsichtsbehörde ein.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Beschwerde am {date} eingereicht: Tragen Sie hier die Antworten der Aufsichtsbehörde ein.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Erledigt: erfüllt. Bewahren Sie die Antwort als Nachweis auf.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Erledigt: am {date} erfüllt. Bewahren Sie die Antwort als Nachweis auf.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Am {date} zurückgezogen.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Erinnerung schreiben</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Einspruch schreiben</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Beschwerde schreiben</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Antwort schreiben</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Schreiben verfassen</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>{days} überfällig, am {date} erinnert: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Abgelehnt ({reason}): Wenn Sie nicht einverstanden sind, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>Das Unternehmen hat weitere Informationen angefordert: Senden Sie diese, notieren Sie, was Sie gesendet haben, und tragen Sie dann die nächste Antwort ein.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Verlangt es einen Identitätsnachweis, schreiben Sie eine Antwort auf die Aufforderung zum Identitätsnachweis: Sie legt dar, was {law} dem Unternehmen zu verlangen erlaubt.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Wegen unzureichender Identitätsprüfung abgelehnt: Schreiben Sie eine Antwort auf die Aufforderung zum Identitätsnachweis, die darlegt, was {law} dem Unternehmen zu verlangen erlaubt; senden Sie, was es verlangen darf, und tragen Sie die Anfrage dann als wieder eröffnet ein.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Wegen unzureichender Identitätsprüfung abgelehnt: Senden Sie die verlangten Angaben zu Ihrer Identität und tragen Sie die Anfrage dann als wieder eröffnet ein.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>der Aufsichtsbehörde</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Ihre Daten lassen sich nicht öffnen: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>berechtigtes Interesse</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
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
        <translation>Der Katalog enthält die Einstellungen und Adressen jeder Plattform zum KI-Training. Updates sind vom Projekt signiert und werden vor der Installation geprüft. Die App geht nur online, wenn Sie hier auf eine Schaltfläche klicken oder die wöchentliche Prüfung einschalten.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Update-Adresse</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Update-Adresse:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Einmal pro Woche nach Updates suchen</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Zustand der Links</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Prüft jede Webadresse im Katalog auf tote, umgeleitete und langsame Links. Dabei wird die Website jeder Plattform aufgerufen.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Nach Updates suchen</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>Zum ausgelieferten Katalog &amp;zurückkehren</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Fortschritt der Linkprüfung</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Ergebnisse der Linkprüfung</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>geben Sie zuerst die Update-Adresse ein</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Suche nach einem Katalog-Update …</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>das Update wurde nicht installiert: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>das installierte Update lässt sich nicht entfernen: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>Der mit der App ausgelieferte Katalog ist wieder in Gebrauch.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} von %n Link</numerusform>
            <numerusform>{done} von %n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>Die Linkprüfung ist fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>Der Katalog ({catalog}) ist verfügbar. Seine Signatur und jeder Plattformeintrag wurden geprüft. Änderungen:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, installiert am {installed}. Der mit der App ausgelieferte Katalog bleibt verfügbar.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>Das installierte Update wird nicht verwendet: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>Der Katalog ({catalog}) ist verfügbar.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Der Katalog ({catalog}) wurde installiert.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Katalog-Update: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Mit der App ausgelieferter Katalog: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Soziale Netzwerke</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>KI-Assistenten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Kreativwerkzeuge</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Entwicklerwerkzeuge</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publizieren und Blogs</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Sprachassistenten</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Stock-Medien</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Unternehmenssoftware</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Dating</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>In der App</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per Post</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>über das Webformular</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>in der App der Plattform</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>{done} von {controls} erledigt</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} erneut zu prüfen</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Widerspruch gesendet</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Ein Katalog-Update vom {arrived} brachte eine Richtlinienänderung von {platform} vom {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} hat seine Richtlinien am {date} geändert, nachdem Sie dies erledigt hatten: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Erledigt, das ist {days} her; Plattformen ändern Einstellungen oder schalten sie wieder ein, prüfen Sie sie daher alle {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Nur per Schreiben</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Nicht belegt: Dafür wird noch keine Quelle angeführt</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>eigene Seite von {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>eine dritte Stelle</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Quelle: {who}, gelesen am {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Alle Optionen der Plattformen, die Sie nutzen, nacheinander durchgehen</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Schritt für Schritt</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Plattformen suchen</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Nur die, die ich nutze</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Plattformen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Plattformen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Haken Sie die Plattformen an, die Sie nutzen; die Leertaste hakt die ausgewählte an</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Haken Sie die Plattformen an, die Sie nutzen.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Noch keine Plattformen ausgewählt</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Erneut prüfen ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Plattform entfernen</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Diese Plattform aus Ihrer Liste entfernen? Ihr Fortschritt dort geht verloren.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Haken Sie zuerst in der Liste links die Plattformen an, die Sie nutzen; dann führt Sie „Schritt für Schritt“ durch jede ihrer Einstellungen zum KI-Training.</translation>
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
        <translation> (die Quellen nennen dafür keinen Artikel des {law})</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; das eigene Formular „{control}“ von {platform} ist schneller, und das Schreiben gibt Ihnen einen datierten Nachweis</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; die eigene E-Mail-Adresse „{control}“ von {platform} ist schneller, und das Schreiben gibt Ihnen einen datierten Nachweis</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; die eigene Einstellung „{control}“ von {platform} ist schneller, und das Schreiben gibt Ihnen einen datierten Nachweis</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>gezielte Werbung</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>den Verkauf Ihrer Daten</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>Profiling für Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} gibt an, KI mit Ihrer Einwilligung zu trainieren; widerrufen Sie sie daher{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} stützt das KI-Training auf berechtigte Interessen; dagegen können Sie Widerspruch einlegen{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} nennt einen Vertrag als Grundlage für das KI-Training, bei dem ein Widerspruch möglicherweise nicht greift; fragen Sie daher, welche Daten es wofür verwendet{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} gibt nicht an, auf welche Rechtsgrundlage es das KI-Training stützt; fragen Sie daher, wofür es Ihre Daten verwendet{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Legen Sie zugleich Widerspruch ein{under}, falls {platform} sich auf berechtigte Interessen stützt{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Ein Opt-out vom Verkauf oder der Weitergabe{under} hindert {platform} daran, Ihre personenbezogenen Daten an Dritte zu verkaufen oder weiterzugeben, auch für deren KI-Training; es hindert {platform} nicht daran, seine eigene KI mit Ihren Daten zu trainieren. Ein Browser, der Global Privacy Control sendet, erklärt ebenfalls ein Opt-out von Verkauf und Weitergabe (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Ein Antrag, die Verwendung sensibler personenbezogener Daten zu beschränken{under}, erfasst die eigene Verwendung durch {platform} einschließlich des KI-Trainings, aber nur für sensible Daten (etwa genauer Standort, Gesundheit oder der Inhalt Ihrer Nachrichten).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Ein Antrag auf Löschung{under} verlangt von {platform}, die bei Ihnen erhobenen personenbezogenen Daten zu löschen, sodass es nicht mehr damit trainieren kann.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Ein Opt-out nach dem {law}{under} erfasst nur {purposes}; es hindert {platform} nicht daran, seine eigene KI mit Ihren Daten zu trainieren{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Ein Opt-out nach dem {law}{under} erfasst, was dieses Gesetz gewährt (die verwendeten Quellen sagen nicht, welche von Verkauf, gezielter Werbung und Profiling); es hindert {platform} nicht daran, seine eigene KI mit Ihren Daten zu trainieren{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Ein Antrag auf Löschung nach dem {law}{under} verlangt von {platform}, personenbezogene Daten über Sie zu löschen, und hält sie so auch aus dem eigenen KI-Training von {platform} heraus.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} gibt an, KI mit Ihrer Einwilligung zu trainieren; widerrufen Sie sie daher{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Verlangen Sie dann von {platform}, die mit Ihrer Einwilligung verarbeiteten Daten zu löschen{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} stützt das KI-Training auf berechtigte Interessen, nicht auf Ihre Einwilligung; widersprechen Sie daher der Verarbeitung{under}: Das LGPD erlaubt dies, wo eine Verarbeitung ohne Einwilligung nicht gesetzeskonform ist, und der Antrag ist kostenlos{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} gibt nicht an, KI mit Ihrer Einwilligung zu trainieren; widersprechen Sie daher der Verarbeitung{under}: Das LGPD erlaubt dies, wo eine Verarbeitung ohne Einwilligung nicht gesetzeskonform ist, und der Antrag ist kostenlos{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Fragen Sie {platform} zugleich nach Herkunft, Kriterien und Zweck der Verwendung Ihrer Daten{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Die PIPEDA-Rechte in den Quellen umfassen keinen Widerspruch gegen KI-Training; fragen Sie {platform} daher schriftlich, was es über Sie gespeichert hat und wie es die Daten verwendet{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>Die App kennt kein Datenschutzgesetz für {place}, daher passt keine rechtliche Anfrage; nutzen Sie die eigenen Einstellungen von {platform}, wo es sie gibt.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Geben Sie in Ihrem Profil Ihr Land an, um zu sehen, welche Anfragen passen.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Geben Sie in Ihrem Profil Ihren US-Bundesstaat an: Datenschutzgesetze sind in den USA Gesetze der Bundesstaaten.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>Die App kennt kein Datenschutzgesetz für {place}, daher passt keine rechtliche Anfrage.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Keine Option</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>pro Konto</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>pro Arbeitsbereich</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>nur für Administratoren</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>Ihre Daten werden verwendet, solange Sie nichts unternehmen</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>macht früheres Training nicht rückgängig</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>die Plattform bestätigt per E-Mail</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>gibt es in: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Einstellung öffnen</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formular öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, Konto {account} bei {platform}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Geprüft: weiterhin aus</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Sie haben erneut nachgesehen und die Einstellung ist weiterhin aus; die Frist bis zur nächsten Prüfung beginnt heute neu</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Notiz zu {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Notiz (zum Beispiel: in der App auf meinem Telefon erledigt)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Erneut prüfen: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Erledigt am {date}; erneut prüfen bis zum {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n Schreiben</numerusform>
            <numerusform>%n Schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n Plattform</numerusform>
            <numerusform>%n Plattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n neue Richtlinienänderung</numerusform>
            <numerusform>%n neue Richtlinienänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n Anfrage als Entwurf</numerusform>
            <numerusform>%n Anfragen als Entwurf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n angehängte Datei</numerusform>
            <numerusform>%n angehängte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n Widerspruchsoption</numerusform>
            <numerusform>%n Widerspruchsoptionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>Die App muss beendet werden.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>Die App läuft weiter. Wenn etwas nicht stimmt, sichern Sie Ihre Arbeit und starten Sie sie neu.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n Fehler bisher; dies ist der neueste.</numerusform>
            <numerusform>%n Fehler bisher; dies ist der neueste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>Wo es geschah, steht in der Protokolldatei (ohne Ihre Daten):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Technische Einzelheiten des Fehlers</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Ihre Daten lassen sich nicht öffnen: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Eine Kopie Ihrer Daten vom {time} liegt in {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Eine Kopie Ihrer Daten liegt in {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>Diese wiederherstellen? Die beschädigten Daten werden ebenfalls im Ordner „backups“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Diese Kopie wiederherstellen</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>Im Ordner „backups“ liegt keine Kopie. Wenn Sie eine Sicherungsdatei erstellt haben, stellen Sie diese wieder her; die beschädigten Daten werden im Ordner „backups“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Sicherungsdatei wiederherstellen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Opt-Out-Assistant-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>Die Wiederherstellung hat nicht funktioniert: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Anfragen öffnen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Probleme im Katalog</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Diese Katalogdateien konnten nicht gelesen werden und wurden übersprungen:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (es gelten die Regeln für {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Ihr Name ist nicht angegeben</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Geben Sie unter Einstellungen &gt; Profil Ihr Land an, damit die App zeigen kann, welche Regeln gelten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (fällig am {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Erneut prüfen:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesland bzw. Bundesstaat</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Für Schreiben fehlt noch: {fields} (Einstellungen &gt; Profil).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Noch keine Anfragen. Wo eine Plattform keinen Schalter anbietet, schreiben Sie auf der Seite „Schreiben“ ein Schreiben und verfolgen hier seine gesetzliche Frist.</translation>
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
        <translation>Antwort eintragen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>und %n weitere überfällige</numerusform>
            <numerusform>und %n weitere überfällige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>und %n weitere bald fällige</numerusform>
            <numerusform>und %n weitere bald fällige</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Sie haben noch keine Plattformen ausgewählt. Öffnen Sie die Checkliste, haken Sie die Plattformen an, die Sie nutzen, und die App zeigt, wie Sie bei jeder das KI-Training abschalten.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress} bei {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Kein Schalter an Ihrem Wohnort, ein Schreiben ist der Weg: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>und %n weitere erneut zu prüfen</numerusform>
            <numerusform>und %n weitere erneut zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Vollständig mit Verlauf (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Kalender der Fristen (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. Exportieren Sie Ihre Anfragen für eine Tabelle oder einen Kalender, sichern Sie alles oder stellen Sie eine Sicherung wieder her. Hier geschriebene Dateien enthalten personenbezogene Daten: Nur Sie können sie lesen.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Eine Datei mit Ihrem Profil, Ihren Einstellungen (niemals Passwörtern), Ihrer Checkliste, Ihren Anfragen mit ihrem Verlauf und den angehängten Dateien.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Sicherung erstellen …</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Vor einer Wiederherstellung aufbewahrte Kopien</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Eine Wiederherstellung bewahrt die ersetzten Daten im Ordner „backups“ auf; ältere Kopien über diese Anzahl hinaus werden entfernt.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Vor einer Wiederherstellung aufbewahrte Kopien:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>{requests} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Sicherung nach {path} geschrieben. Sie enthält Ihre personenbezogenen Daten: Bewahren Sie sie vertraulich auf.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Alle Ihre Daten (Profil, Einstellungen, Checkliste, Anfragen) durch die Sicherung in {file} ersetzen? Die jetzigen Daten werden zuerst in {folder} aufbewahrt; dieser Ordner behält die neuesten {copies}.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Aus {file} wiederhergestellt: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>Die bisherigen Daten werden in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>{copies} entfernt; der Ordner „backups“ behält die neuesten {kept}.</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} existiert bereits in {folder}. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Nicht gespeichert: {name} existiert bereits.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Opt-Out-Assistant-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>overdue by {days}</source>
        <translation>{days} überfällig</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>{days} nach Fristablauf</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>noch {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Feiertage: die Bankfeiertage Englands; Schottland und Nordirland haben andere.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Feiertage: die bundesweiten Feiertage Deutschlands; die Länder haben weitere eigene Feiertage, die nicht berücksichtigt werden.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Feiertage: die landesweiten Feiertage von {country}; regionale Feiertage werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Feiertage: Sonntage und die in s. 35(1) des Interpretation Act genannten Tage (Neujahr, Karfreitag, Ostermontag, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Weihnachten); Feiertage der Provinzen und Gemeinden sowie durch Proklamation festgelegte Tage zählen dort ebenfalls, sind aber nicht in diesem Kalender.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Eine Verschiebung wegen Feiertagen wurde nicht angewendet, weil das Land des Verantwortlichen unbekannt ist: Eine Frist, die dort auf einen Feiertag fällt, würde sich auf den nächsten Werktag verschieben.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Samstage und Sonntage verschieben sie weiterhin, wie es die Zählregel vorsieht.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>Der {day} ist ein Feiertag, daher verschiebt sich die Frist auf den {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>Der {day} ist ein Samstag, daher verschiebt sich die Frist auf den {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>Der {day} ist ein Sonntag, daher verschiebt sich die Frist auf den {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Geben Sie für eine Erinnerung das Eingangsdatum Ihrer ursprünglichen Anfrage an: Die angezeigte Frist ist die Frist dieser Anfrage.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} Die andere Lesart ({label}) ergibt den {date}.</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Send requests from the app through your own mail account. Your provider&apos;s help pages list these settings (often under “SMTP” or “other mail programs”).</source>
        <translation>Senden Sie Anfragen aus der App über Ihr eigenes E-Mail-Konto. Die Hilfeseiten Ihres Anbieters nennen diese Einstellungen (oft unter „SMTP“ oder „andere E-Mail-Programme“).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Keine: nur für einen Mailserver auf diesem Computer</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Server (SMTP-Host)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>Das Passwort wird im Passwortspeicher Ihres Systems (Schlüsselbund) aufbewahrt, niemals in den Dateien der App.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Dieser Computer hat keinen nutzbaren Passwortspeicher (Schlüsselbund), daher kann die App Ihr Passwort nicht speichern. Sie können es bis zum Schließen der App im Arbeitsspeicher halten; beim nächsten Mal geben Sie es erneut ein. Ohne Passwort funktioniert die App trotzdem: Senden Sie Schreiben dann aus Ihrem eigenen E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Passwort bis zum Schließen der App im Arbeitsspeicher halten</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>&amp;Passwort vergessen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Das gespeicherte Passwort aus dem Schlüsselbund (oder aus dem Arbeitsspeicher) entfernen</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>bis zum Schließen der App im Arbeitsspeicher; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Haken Sie „Passwort bis zum Schließen der App im Arbeitsspeicher halten“ an, um es bis dahin zu verwenden</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Passwort vergessen.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Es war kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Verbindung zu {server}:{port} …</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Testnachricht an {address} gesendet. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>unerwarteter Fehler: {name}; Einzelheiten stehen in der Protokolldatei</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; ergänzen Sie es unter Einstellungen &gt; Profil</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Ergebnis, unter der früheren Anfrage)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Einstellungen &gt; Profil, Bundesland)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; wählen Sie ein Gesetz oder geben Sie unter Einstellungen &gt; Profil Ihr Land an</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: Geben Sie Ihren Mailserver unter Einstellungen &gt; E-Mail ein</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: Geben Sie es unter Einstellungen &gt; E-Mail ein</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; verschieben Sie die Datei an einen anderen Ort und starten Sie die App dann neu</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: Wählen Sie diese Anfrage aus und verwenden Sie dann ihre Schaltfläche „Antwort hinzufügen“</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>Anfrage {id} existiert nicht</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>es gibt keine Anfrage mit der ID oder Referenz {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>fällig innerhalb von {days} Tagen: Geben Sie eine Anzahl von Tagen ab 0 an</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>ein Kanal wird nur bei &apos;sent&apos; eingetragen, nicht bei {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>geben Sie an, wie die Anfrage {reference} gesendet wurde: als Kanal einer von {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>das Versanddatum {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>{law} erlaubt dem Unternehmen nicht, die Frist dieser Anfrage zu verlängern: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>{law} erlaubt dem Unternehmen nicht, die Frist dieser Anfrage zu verlängern</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>die Anfrage {reference} ist noch nicht gesendet: Tragen Sie sie zusammen mit dem Eingangsdatum als gesendet ein</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>unbekannte Anfrageart {type!r}; gültige Arten: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>das Gesetz {law!r} passt nicht zu {type}; gültige Gesetze: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>die Sprache {language!r} ist für {type} nach {law} nicht verfügbar; wählen Sie eine von {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>der Kanal {channel!r} ist keiner von {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>unbekannter Widerspruchsgrund {ground!r}; gültige Gründe: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>der Umfang der Löschung {scope!r} ist keiner von {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>das Datum der früheren Anfrage ist für {type} erforderlich: das Datum, an dem Sie die erste Anfrage gesendet haben</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>das Datum der früheren Anfrage {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>die Berichtigung ist für {type} erforderlich: Geben Sie an, welche Daten falsch sind und was richtig ist</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>die bevollmächtigte Person ist für {type} erforderlich: Name und Kontakt der Person, die Sie bevollmächtigen</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>das frühere Ergebnis {outcome!r} ist keines von {outcomes} (oder leer: keine vollständige Antwort)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>das Datum des früheren Ergebnisses {date} setzt ein früheres Ergebnis voraus: refused, partially_fulfilled oder needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>das Datum des früheren Ergebnisses {date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>das Datum des früheren Ergebnisses {date} liegt vor dem Versand der früheren Anfrage ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>die Anfrage {id} ({reference}) ist als am {date} erfüllt eingetragen; eröffnen Sie sie wieder, bevor Sie ein Folgeschreiben dazu verfassen</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>die Anfrage {id} ({reference}) ist als erfüllt eingetragen; eröffnen Sie sie wieder, bevor Sie ein Folgeschreiben dazu verfassen</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>zur früheren Anfrageart {type!r} ist nach {law} kein Folgeschreiben möglich; gültige Arten: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} ist für ein .{format}-Schreiben erforderlich</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>für {entity} ist keine E-Mail-Adresse bekannt (Webformular: {web_form}); senden Sie das Schreiben per Post oder über das Webformular</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>für {entity} ist keine E-Mail-Adresse bekannt; senden Sie das Schreiben per Post oder über das Webformular</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>der SMTP-Host {host!r} ist kein Servername wie smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>die SMTP-Sicherheit {security!r} ist keine von: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>die SMTP-Sicherheit &apos;none&apos; sendet Ihr Passwort und Ihre Schreiben unverschlüsselt; sie ist nur für einen Server auf diesem Computer ({local_hosts}) zulässig, nicht für {host!r}: Wählen Sie ssl oder starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>der SMTP-Benutzer ist leer: Ein Passwort wird nur zusammen mit einem Benutzernamen benötigt</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>die Nachricht hat keinen Empfänger</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>kein Passwort für den SMTP-Benutzer {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>der Versand wurde abgebrochen; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} bietet kein STARTTLS an, daher würden Ihr Passwort und Ihr Schreiben unverschlüsselt übertragen; es wurde nichts gesendet. Verwenden Sie die Sicherheit ssl (meist Port 465) oder prüfen Sie die Servereinstellungen Ihres E-Mail-Anbieters</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} bietet auf dieser Verbindung keine Anmeldung (SMTP AUTH) an; es wurde nichts gesendet. Prüfen Sie den Port und die Sicherheitseinstellung</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>kein Passwort für {user} auf {host}; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} akzeptiert keine Adressen mit Nicht-ASCII-Buchstaben vor dem @ (SMTPUTF8) wie {address}; es wurde nichts gesendet. Verwenden Sie eine Adresse ohne solche Buchstaben oder einen Mailserver, der sie unterstützt</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} hat den Empfänger abgelehnt ({reply}); nur die Kopie an Sie wurde versendet, das Unternehmen hat das Schreiben nicht erhalten</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} hat den Benutzernamen oder das Passwort abgelehnt ({reply}); es wurde nichts gesendet. Manche Anbieter verlangen für E-Mail-Programme ein App-Passwort</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} hat den Empfänger abgelehnt ({reply}); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} hat die Absenderadresse {sender} abgelehnt ({reply}); es wurde nichts gesendet. Als Absender ist meist die Adresse Ihres E-Mail-Kontos erforderlich</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} hat die Nachricht abgelehnt ({reply}); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} hat die Verbindung getrennt, bevor die Nachricht angenommen wurde; es wurde nichts gesendet. Prüfen Sie den Port und die Sicherheitseinstellung (ssl meist Port 465, starttls Port 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} unterstützt eine benötigte Funktion nicht ({reason}); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} hat mit einem Fehler geantwortet ({reply}); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>das Zertifikat von {server} konnte nicht überprüft werden ({reason}); es wurde nichts gesendet. Prüfen Sie den Hostnamen</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>eine sichere Verbindung zu {server} ist fehlgeschlagen ({reason}); es wurde nichts gesendet. Prüfen Sie, ob die Sicherheitseinstellung zum Port passt (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} hat nicht innerhalb von {seconds} Sekunden geantwortet; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>keine Verbindung zu {server} möglich: Verbindung abgelehnt (dort wartet kein Mailserver auf Verbindungen); es wurde nichts gesendet. Prüfen Sie Host und Port</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>der Servername {host!r} wurde nicht gefunden; prüfen Sie ihn und Ihre Internetverbindung</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>keine Verbindung zu {server} möglich: {reason}; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>der Versand über {server} ist fehlgeschlagen: {reason}; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Dateinamen oder stimmen Sie dem Ersetzen zu</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>der Datenträger ist voll: {path} kann nicht erstellt werden; geben Sie Speicherplatz frei und versuchen Sie es erneut (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>der Datenträger ist voll: {path} kann nicht geöffnet werden; geben Sie Speicherplatz frei und versuchen Sie es erneut (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>der Datenträger ist voll: Der Datenordner {path} kann nicht erstellt werden; geben Sie Speicherplatz frei und versuchen Sie es erneut (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>der Datenträger ist voll: {path} kann nicht geschrieben werden; geben Sie Speicherplatz frei und versuchen Sie es erneut (es wurde nichts geändert)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>{path} kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>der Datenordner {path} kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>{path} kann nicht geschrieben werden: {folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>{path} kann nicht geschrieben werden: Das ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>{path} kann nicht geschrieben werden: Das ist keine normale Datei</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} ist beschädigt ({detail}); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>die Datei ist leer, aber der Ordner enthält Anhänge oder Sicherungen</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>in {path} kann keine Datenbank angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>der Datenträger mit {path} ist voll</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} wurde von einer neueren Version von Opt-Out Assistant geschrieben (Schema {version}, diese Version kennt Schemata bis {known}); aktualisieren Sie die App, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} muss für diese Version der App aktualisiert werden, aber {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>an Ihren Daten kann nichts geändert werden: {reason}; sie wurden schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} ist keine Datenbankdatei</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>der Datenordner {path} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>die Datenbank {path} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} ist keine nutzbare Datenbank: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>an Ihren Daten kann nichts geändert werden: {path} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} ist belegt: Ein anderes Programm schreibt gerade hinein; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} ist keine Sicherung von Opt-Out Assistant (kein JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} ist keine Sicherung von Opt-Out Assistant (das Format ist nicht {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: Die Sicherungsversion {version!r} wird nicht unterstützt</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: Das Schema {schema!r} ist keine Schemanummer</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} wurde von einer neueren Version von Opt-Out Assistant geschrieben (Schema {schema!r}); aktualisieren Sie die App, um die Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} ist keine Kopie der Daten von Opt-Out Assistant ({file_name} fehlt)</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>die Kopie {path} ist ebenfalls beschädigt ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: Das Schema {schema} kann von dieser Version der App nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>die Kopie {path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: Die Sicherung enthält Tabellen, die diese Version nicht kennt: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: Die Tabelle {table} ist keine Liste von Datensätzen</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: Datensatz {number} in {table} ist kein Objekt</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: Datensatz {number} in {table} hat Spalten, die diese Version nicht kennt: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: Datensatz {number} in {table} ({key} {value}), Feld {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: Datensatz {number} in {table}, Feld {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: Datensatz {number} in {table} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: Datensatz {number} in {table}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>die ID {value} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>{column} {value!r} ist kein Text</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>die Sicherung darf nur ein Profil enthalten, und zwar mit der ID 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>der Einstellungsname {key!r} hat nicht die Form eines Einstellungsnamens</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>die Einstellung {key!r} gibt es in dieser Version der App nicht</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>die Einstellung {key!r} ist geheim; geheime Werte werden nie auf dem Datenträger wiederhergestellt</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>die Einstellung {key!r} kommt zweimal vor</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>das Konto {name!r} bei {platform} kommt zweimal vor</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>das Konto {id} ist nicht in der Sicherung enthalten</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>die Option {control} des Kontos {id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>die Referenz {reference} kommt zweimal vor</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>ein Ablehnungsgrund gehört zum Status refused, und nur zu diesem</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>eine Anfrage mit dem Status {status} braucht das Versanddatum und den Kanal</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>{column} {day} erfordert ein Versanddatum am selben Tag oder davor</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>ein Eingangsdatum und seine Grundlage gehören zusammen und nur zu einer gesendeten Anfrage</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} liegt vor dem Versand der Anfrage</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>received_at muss bei der Grundlage {basis} das Versanddatum sein</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>die Anfrage {id} ist nicht in der Sicherung enthalten</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>der Vorgang {id} ist nicht in der Sicherung enthalten</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} liegt außerhalb des Ordners für Anhänge</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} ist bei zwei Anhängen angegeben</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>sha256 {digest!r} besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 ist kein gültiger Base64-Text</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>der Inhalt von {path} ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>der Inhalt von {path} ist beschädigt (SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>die Größe {size} weicht von den {length} Byte des Inhalts ab</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>in {path} kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>Der Datenordner {path} enthält bereits Daten; stellen Sie in einen leeren Ordner wieder her</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>die Sicherung passt nicht zur Datenbank dieser Version: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>der Anhang {file_name} ({path}) kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>der Anhang {file_name} ({path}) wurde seit dem Speichern verändert (SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>eine Anfrage mit der Referenz {reference} existiert bereits</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>die Anfrage {reference} wurde zwischenzeitlich geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>der E-Mail-Versand ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>ein Gesetz ist erforderlich: Für Ihr Land ist kein Gesetz bekannt</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>unbekannte Behörde {authority!r}; gültig: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>{state!r} ist für {country} kein bekanntes Bundesland bzw. kein bekannter Bundesstaat; gültig: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>im Verzeichnis ist keine Behörde für {country} eingetragen; Länder mit Eintrag: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>das Bundesland ist für eine Beschwerde aus Deutschland erforderlich: Unternehmen beaufsichtigt die Datenschutzbehörde Ihres Bundeslandes, nicht die oder der BfDI des Bundes (§§ 9 und 40 BDSG); tragen Sie Ihr Bundesland in Ihrem Profil ein</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>das Land ist für eine Beschwerde nach {law} erforderlich: Es bestimmt, welche Aufsichtsbehörde sie erhält (Art. 77 Abs. 1), und {country} liegt nicht im Geltungsbereich von {law}; tragen Sie Ihr Land in Ihrem Profil ein</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>das Land ist für eine Beschwerde nach {law} erforderlich: Es bestimmt, welche Aufsichtsbehörde sie erhält (Art. 77 Abs. 1), und es ist kein Land angegeben; tragen Sie Ihr Land in Ihrem Profil ein</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>im Verzeichnis ist keine zuständige Behörde für den US-Bundesstaat {state} eingetragen; Bundesstaaten mit Eintrag: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>im Verzeichnis ist für die USA ohne Bundesstaat keine zuständige Behörde eingetragen; Bundesstaaten mit Eintrag: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>unbekanntes Land {country!r}; verwenden Sie einen ISO-3166-Code wie DE, FR, GB oder US oder einen englischen Namen</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>die Frist der früheren Anfrage endet am {deadline}: Bevor sie abgelaufen ist, kann das Schreiben nicht sagen, dass sie versäumt wurde; geben Sie an, was das Unternehmen geantwortet hat, falls es geantwortet hat</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>diese Oberfläche kann kein PDF erzeugen</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>in {folder} können keine Schreiben gespeichert werden: Das ist kein Ordner</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>das Format {format!r} ist keines von {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} hat keine Option {control!r}; gültig: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} ist ein Spiegel, URL-Kürzer, Scanner oder Paste-Dienst; führen Sie die Seite selbst als Quelle an</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>ein Proxy-Spiegel einer anderen Website; führen Sie die Originalseite als Quelle an</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>der Code auf {host} ist keine Quelle (nur die Unternehmensdatensätze von datenanfragen/data sind es)</translation>
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
        <translation>unbekannte Plattform {platform!r}; gültige IDs: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>unbekannte Plattform {platform!r}; meinten Sie {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>unbekannte Plattform {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>der Katalogordner {path} existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>doppelte Plattform-ID {id!r}</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} stimmt nicht mit dem Dateinamen {name!r} überein</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>muss {version} sein (siehe das Schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} ist kein Hostname in Kleinbuchstaben wie example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>doppelte Options-ID {id!r}</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>mindestens eine Option ist erforderlich (kind = &quot;none&quot;, wenn es keine gibt), es sei denn, die Plattform erklärt, dass sie nicht trainiert (ai_training mit trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} steht bereits in einem früheren Eintrag; jede Region hat nur einen Eintrag</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>eine Rechtsgrundlage wird nur für {regions} erfasst, deren Gesetze eine vorsehen; für {region!r} gilt das nicht (teilen Sie den Eintrag auf)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} liegt vor since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: eine Zeile pro Eintrag, ohne Steuerzeichen</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>ist bei einer Adresse erforderlich (das Land bestimmt die Feiertage der Frist)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>keine Quelle belegt {name!r}; jedes Kontaktfeld braucht eine eigene Quelle</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>eine Option der Art {kind} braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>ist erforderlich: Jede Angabe braucht eine Quelle</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} gehört nicht zu den eigenen Hosts der Plattform ({hosts}); fügen Sie ihn zu domains hinzu, falls er dazugehört, oder wählen Sie eine andere Art (kind)</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>nur Quellen des Verantwortlichen (controller) geben an, welche Felder sie belegen</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} besteht nicht nur aus Kleinbuchstaben, Ziffern und -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} ist keine einzelne Textzeile</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} ist nicht genau eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} ist kein ISO-3166-1-Code wie IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} ist nicht &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>muss Text sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>muss eine ganze Zahl sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>muss true oder false sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>muss ein Datum sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>muss eine Tabelle sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>muss eine Liste sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>unbekanntes Feld (siehe das Schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>darf nicht leer sein (lassen Sie das Feld stattdessen weg)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>darf nur nicht leere Texte enthalten, nicht {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>ist erforderlich: eine oder mehrere von {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} ist keine von {regions} und kein US-Bundesstaat wie us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>die Anfrage {reference} hat den Status {status} und kann nicht als {kind} eingetragen werden; jetzt möglich: {allowed} (eine abgelehnte Anfrage muss wieder eröffnet werden, bevor sie als erfüllt eingetragen werden kann)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>die Anfrage {reference} hat den Status {status} und kann nicht als {kind} eingetragen werden; jetzt möglich: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>ein Grund wird nur bei &apos;refused&apos; eingetragen, nicht bei {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>ein Eingangsdatum wird nur bei &apos;sent&apos; eingetragen, nicht bei {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>geben Sie den Grund der Ablehnung an: einer von {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>{field} {value!r} ist keiner der zulässigen Werte: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>eine Anfrage braucht einen Wert für {field}; das Feld ist leer</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>die Referenz {value!r} hat nicht die Form 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>das Gesetz {value!r} ist keine Gesetzes-ID wie gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>das Datum {day} liegt vor dem Versand der Anfrage ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>das Manifest-Format {format!r} wird nicht unterstützt (diese App liest {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>die Manifest-Version {version} ist keine ganze Zahl von 1 bis {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>die Manifest-Version {start}... ({digits} Ziffern) ist keine ganze Zahl von 1 bis {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>created {created!r} im Manifest ist keine ISO-Angabe von Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>files im Manifest muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>der Dateipfad {path!r} im Manifest hat nicht die Form platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>der sha256-Wert von {path} im Manifest besteht nicht aus 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>das Manifest führt {path} zweimal auf</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>der öffentliche Schlüssel {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>der öffentliche Schlüssel {path} ist kein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>der Signaturschlüssel {path} kann nicht als unverschlüsselter privater PEM-Schlüssel gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>der Signaturschlüssel {path} ist kein privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>der Katalog {path} enthält ungültige Dateien, korrigieren Sie diese zuerst: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>der Katalog {path} enthält keine Plattformdateien</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>die Katalogversion muss eine ganze Zahl von 1 bis {maximum} sein</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>das Paket ist {size} Byte groß und überschreitet die Grenze von {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>die Signatur ist {size} Byte groß; eine Ed25519-Signatur hat {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>die Signaturprüfung ist fehlgeschlagen: Das Paket wurde verändert, beschädigt oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>das Paket ist kein ZIP-Archiv: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>das Paket enthält denselben Dateinamen zweimal</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>das Paket enthält keine manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>das Paket ist entpackt größer als {limit} Byte</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>der Inhalt des Pakets stimmt nicht mit seinem Manifest überein: nicht aufgeführt {extra}, fehlend {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>der Inhalt des Pakets stimmt nicht mit seinem Manifest überein: nicht aufgeführt {extra}, fehlend keine</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>der Inhalt des Pakets stimmt nicht mit seinem Manifest überein: nicht aufgeführt keine, fehlend {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>das Paket kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} stimmt nicht mit seinem sha256-Wert im Manifest überein</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>das Paket enthält ungültige Plattformeinträge: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>kein Konto {account!r} bei {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>kein Konto {account!r} bei {platform}; es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>der Datenordner {path} ist kein Ordner</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>der Datenordner {path} kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>die Anfrage {reference} hat keine E-Mail-Adresse als Empfänger; senden Sie sie stattdessen per Post oder über das Webformular des Unternehmens</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>die Anfrage {reference} hat den Status {status} (gesendet am {date}); nur ein Entwurf kann gesendet werden</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>die Anfrage {reference} hat den Status {status}; nur ein Entwurf kann gesendet werden</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>die Nachricht wurde an {recipient} gesendet, aber die Anfrage {reference} konnte nicht als gesendet eingetragen werden ({problem}); tragen Sie sie von Hand mit dem Datum {date} ein</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>das Ergebnis {outcome!r} ist keines von: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>die eingefügte Antwort ist leer</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} kann nicht gelesen werden: Zu viele Nachrichtenteile sind ineinander verschachtelt</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>der eingefügte Text kann nicht gelesen werden: Zu viele Nachrichtenteile sind ineinander verschachtelt</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>die Antwort {path} ist auf den {date} datiert (ihr Date-Header): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>die Antwort im eingefügten Text ist auf den {date} datiert (ihr Date-Header): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>keine Anfrage-Referenz (wie 2026-K3F9Q2M) im eingefügten Text; wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>der eingefügte Text nennt mehrere Referenzen ({references}); wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>die Antwortdatei {path} ist größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>die Antwortdatei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>keine Anfrage-Referenz (wie 2026-K3F9Q2M) im Betreff von {file}; wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>keine Anfrage-Referenz (wie 2026-K3F9Q2M) im Betreff des eingefügten Textes; wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>keine Anfrage-Referenz (wie 2026-K3F9Q2M) im Text von {file}; wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>der Betreff von {file} nennt mehrere Referenzen ({references}); wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>der Betreff des eingefügten Textes nennt mehrere Referenzen ({references}); wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>der Text von {file} nennt mehrere Referenzen ({references}); wählen Sie die Anfrage aus, die damit beantwortet wird</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>das Exportformat {format!r} ist keines von: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>das Land {country!r} liegt nicht im Geltungsbereich von {law}; gültige Länder für {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>die Anfrageart {type!r} gibt es nach {law} nicht; gültige Arten für {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>das Eingangsdatum {date} liegt in der Zukunft (heute ist {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>unbekannter Ländercode {country!r}; verwenden Sie einen ISO-3166-Code wie DE, FR oder GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>die verwendeten Quellen nennen keine Frist, innerhalb derer das Unternehmen nach {law} über einen Einspruch entscheiden muss, daher kann ein Einspruchsschreiben keine Frist nennen; legen Sie schriftlich Einspruch ein und tragen Sie die Antwort des Unternehmens ein</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>die Quellen nennen keine Antwortfrist für {type!r} nach {law}; Arten mit Frist für {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>die Quellen nennen keine Antwortfrist für Anfragen allgemein nach {law}; Arten mit Frist für {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>unbekanntes Gesetz {law!r}; gültig: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>unbekannte Anfrageart {type!r}; gültig: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>unbekannter Ländercode {country!r}; verwenden Sie einen ISO-3166-Code wie DE, FR, GB oder US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>ein Bundesland bzw. Bundesstaat setzt ein Land voraus: Geben Sie auch das Land an</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>{state!r}: Für {country} verwendet die App keine Bundesländer oder Bundesstaaten</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} ist kein Bundesland bzw. Bundesstaat von {country}; gültige Codes: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>die Sprache {language!r} wird nicht angeboten; wählen Sie eine von {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>das Land {country!r} ist der App nicht bekannt: Geben Sie seinen ISO-Code (DE, FR, GB, US) oder seinen englischen Namen (Germany) an</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>das Land {country!r} ist der App nicht bekannt: Geben Sie seinen ISO-Code (DE, FR, GB, US) oder seinen englischen Namen (Germany) an; meinten Sie {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>das Land {country!r} ist der App nicht bekannt: Geben Sie seinen ISO-Code (DE, FR, GB, US) oder seinen englischen Namen (Germany) an; meinten Sie {first} oder {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>das Land {country!r} ist der App nicht bekannt: Geben Sie seinen ISO-Code (DE, FR, GB, US) oder seinen englischen Namen (Germany) an; meinten Sie {first}, {second} oder {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>für die Vereinigten Staaten ist der Bundesstaat erforderlich (zum Beispiel CA für Kalifornien)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>das Eingangsdatum {date} liegt vor dem Versand der Anfrage ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>das Eingangsdatum {date} liegt in der Zukunft (heute ist {today}); tragen Sie es ein, sobald das Unternehmen das Schreiben erhalten hat, oder lassen Sie das Feld leer, um das geschätzte Datum zu verwenden</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Der Katalog nennt keinen Verantwortlichen für Nutzer von {platform} in {region}. Suchen Sie in der Datenschutzerklärung der Plattform ({policy}) nach einem Kontakt für den Datenschutz oder fragen Sie {authority}, wie das Unternehmen zu erreichen ist. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Der Katalog nennt keinen Verantwortlichen für Nutzer von {platform} in {region}. Suchen Sie in der Datenschutzerklärung der Plattform ({policy}) nach einem Kontakt für den Datenschutz. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Der Katalog nennt keinen Verantwortlichen für Nutzer von {platform} in {region}. Suchen Sie in der Datenschutzerklärung der Plattform nach einem Kontakt für den Datenschutz oder fragen Sie {authority}, wie das Unternehmen zu erreichen ist. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Der Katalog nennt keinen Verantwortlichen für Nutzer von {platform} in {region}. Suchen Sie in der Datenschutzerklärung der Plattform nach einem Kontakt für den Datenschutz. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Der Katalog enthält keine E-Mail-Adresse, kein Formular und keine Postanschrift für {entity} ({region}). Suchen Sie in der Datenschutzerklärung der Plattform ({policy}) nach einem Kontakt für den Datenschutz oder fragen Sie {authority}, wie das Unternehmen zu erreichen ist. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Der Katalog enthält keine E-Mail-Adresse, kein Formular und keine Postanschrift für {entity} ({region}). Suchen Sie in der Datenschutzerklärung der Plattform ({policy}) nach einem Kontakt für den Datenschutz. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Der Katalog enthält keine E-Mail-Adresse, kein Formular und keine Postanschrift für {entity} ({region}). Suchen Sie in der Datenschutzerklärung der Plattform nach einem Kontakt für den Datenschutz oder fragen Sie {authority}, wie das Unternehmen zu erreichen ist. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Der Katalog enthält keine E-Mail-Adresse, kein Formular und keine Postanschrift für {entity} ({region}). Suchen Sie in der Datenschutzerklärung der Plattform nach einem Kontakt für den Datenschutz. Ohne Empfänger wurde kein Schreiben erstellt.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>das Passwort ist leer; geben Sie das Passwort ein oder lassen Sie das Feld unverändert</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>auf diesem Computer wurde kein nutzbarer Passwortspeicher (Schlüsselbund des Systems) gefunden, daher kann das Passwort nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>der Schlüsselbund des Systems hat das Speichern des Passworts verweigert ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>der Schlüsselbund des Systems hat das Löschen des Passworts verweigert ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>der Anhang {path} ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>der Anhang {path} ist {megabytes} MB groß; die Grenze liegt bei {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>der Anhang {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>die Update-URL {url!r} ist keine Webadresse (https://host/path)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>die Update-URL {url!r} verwendet unverschlüsseltes HTTP; nur https:// ist erlaubt</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>die Update-URL {url!r} hat das Schema {scheme!r}; nur https:// ist erlaubt</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>{url} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} leitet auf {target!r} weiter; die Weiterleitung wurde abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} hat mit HTTP {status} {reason} geantwortet</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>das Herunterladen von {url} dauerte länger als {seconds} Sekunden; Download abgebrochen</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} leitet mehr als {count}-mal weiter</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} ist {size} Byte groß und überschreitet die Grenze von {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} hat mehr als die Grenze von {limit} Byte gesendet; Download abgebrochen</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>der Download von {url} war unvollständig: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>der Download von {url} war unvollständig: {received} von {size} Byte</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>der Katalog ist auf dem neuesten Stand (Version {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>der unter {url} angebotene Katalog hat die Version {version} und ist älter als die installierte Version {installed}; abgelehnt</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>eine seiner Dateien fehlt</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>ungültiger Ordnername {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>der installierte Katalog gibt in {folder} die Version {claimed} an, sein signiertes Paket hat aber die Version {version}: Er wurde auf eine ältere Version zurückgesetzt oder bearbeitet</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>die installierte manifest.json weicht von der signierten ab: Sie wurde bearbeitet</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>nach der Installation des Updates wurden Plattformdateien hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} wurde nach der Installation des Updates verändert</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>die Katalogversion {version} ist nicht neuer als die installierte Version {installed}</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>die Aufzeichnung über das letzte Katalog-Update ist nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} ist kein Text</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>{field} muss aus einer Zeile reinem Text bestehen; der Wert enthält das Steuerzeichen {character} an Position {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>{field} enthält das Steuerzeichen {character} an Position {position}; in Texten bleiben nur Zeilenumbrüche und Tabulatoren erhalten</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>{field} ist zu lang ({length} Zeichen, höchstens {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>{field} {value} ist keine ID (a-z, 0-9, - und _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>{field} {value} ist keiner der zulässigen Werte: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>{field} {value} ist keine Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>{field} {value} ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>{field} {value!r} ist kein existierendes Datum</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>{field} {value} ist keine Angabe von Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>{field} {day} liegt in der Zukunft; geben Sie das Datum an, an dem es geschah (spätestens heute)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>{field} {day} liegt vor dem {start}, ab dem die DSGVO gilt; das ist das früheste Datum, das die App annimmt</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>{field} {day} liegt vor dem Inkrafttreten von {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>{field} {value} ist keine gültige E-Mail-Adresse: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>vor dem @-Zeichen stehen Zeichen, die keine Adresse enthalten darf: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>nach dem @-Zeichen stehen Zeichen, die keine Adresse enthalten darf: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>sie hat kein @-Zeichen</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>vor dem @-Zeichen steht nichts</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>nach dem @-Zeichen steht nichts</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>der Teil nach dem @-Zeichen braucht einen Punkt, wie in example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>sie hat zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>sie beginnt mit einem Punkt</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>sie endet mit einem Punkt</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>direkt vor dem @-Zeichen steht ein Punkt</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>direkt nach dem @-Zeichen steht ein Punkt</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>{path} kann nicht geschrieben werden: Das PDF ist leer</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Teilweise erfüllt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder eröffnet</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesland bzw. Bundesstaat</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>E-Mail-Adresse des Empfängers</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP-Sicherheit</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>Anzahl der aufbewahrten Kopien</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Sprache des Systems ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Gespeichert. Die App verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Geben Sie unter Einstellungen &gt; Profil Ihr Land an, um das Gesetz zu sehen, das Sie schützt.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>Die App kennt noch kein Datenschutzgesetz für {place}. Sie können trotzdem die Checkliste nutzen und Plattformen nach dem Recht des Ortes anschreiben, an dem sie niedergelassen sind (zum Beispiel nach der DSGVO bei einem Unternehmen in der EU).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>in Kraft seit {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Antwortfrist: {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>höchstens {period} mit Verlängerung</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>Frist für die Eingangsbestätigung: {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Eine heute gesendete Anfrage muss bis zum {date} beantwortet werden (spätestens bis zum {extended}, wenn verlängert).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Eine heute gesendete Anfrage muss bis zum {date} beantwortet werden.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>das Unternehmen muss darüber entscheiden (Frist: {period})</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>die verwendeten Quellen nennen keine Frist für die Antwort des Unternehmens</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>Das Gesetz gibt Ihnen einen Einspruch beim Unternehmen, wenn es ablehnt oder nicht tätig wird: {answer}. Die App empfiehlt, Einspruch einzulegen, bevor Sie sich bei der Aufsichtsbehörde beschweren.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Wo Sie sich beschweren können:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>Beschwerdeformular</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Ihr Land (und in den USA Ihr Bundesstaat) bestimmt, welches Datenschutzgesetz die App für Ihre Schreiben und Fristen verwendet. Ändern Sie es im Reiter „Profil“.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Widerspruch gegen KI-Training</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Widersprechen Sie der Verwendung Ihrer personenbezogenen Daten für das Training von KI-Modellen, wenn sich das Unternehmen auf seine berechtigten Interessen stützt.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Auskunftsersuchen mit Fragen zur KI</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Verlangen Sie eine Kopie Ihrer Daten und Auskunft darüber, wofür sie verwendet werden, auch ob und wie sie für das Training von KI verwendet werden.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Antrag auf Löschung</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Verlangen Sie vom Unternehmen die Löschung Ihrer personenbezogenen Daten, zum Beispiel nach einem erfolgreichen Widerspruch oder dem Widerruf Ihrer Einwilligung.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Einschränkung der Verarbeitung</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Verlangen Sie vom Unternehmen, Ihre Daten nicht zu verwenden, solange es Ihren Widerspruch prüft.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Widerrufen Sie eine Einwilligung, die Sie für KI-Training erteilt haben; der Widerruf muss so einfach sein wie die Erteilung.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Antrag auf Berichtigung</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Verlangen Sie vom Unternehmen, unrichtige personenbezogene Daten über Sie zu berichtigen oder unvollständige Daten zu vervollständigen.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Antrag auf Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Verlangen Sie die von Ihnen bereitgestellten Daten in einem strukturierten, gängigen und maschinenlesbaren Format oder ihre Übermittlung an ein anderes Unternehmen (Einwilligung oder Vertrag, automatisierte Verarbeitung).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Automatisierte Entscheidung: Überprüfung durch einen Menschen</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Fechten Sie eine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung an, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt: Verlangen Sie das Eingreifen einer Person und legen Sie Ihren Standpunkt dar.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Antwort auf eine Aufforderung zum Identitätsnachweis</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Antworten Sie einem Unternehmen, das ein Ausweisdokument verlangt, bevor es Ihre Anfrage bearbeitet: Es darf dies nur bei begründeten Zweifeln verlangen und nur das, was Ihre Identität bestätigt.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Beschwerde beim Verantwortlichen (UK)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Beschweren Sie sich beim Unternehmen selbst, dass es mit Ihren Daten gegen die UK GDPR verstoßen hat; es muss den Eingang innerhalb von 30 Tagen bestätigen. Das ICO erwartet diesen Schritt vor einer Beschwerde bei ihm.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Erinnerung nach Fristablauf</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Erinnern Sie das Unternehmen daran, dass die Antwortfrist für Ihre frühere Anfrage abgelaufen ist.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Beschwerde bei der Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Beschweren Sie sich bei der Datenschutzaufsichtsbehörde, dass das Unternehmen nicht geantwortet hat oder der Anfrage nicht nachgekommen ist.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out vom Verkauf oder der Weitergabe</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Fordern Sie das Unternehmen auf, Ihre personenbezogenen Daten nicht mehr an Dritte zu verkaufen oder weiterzugeben. Das hindert das Unternehmen nicht daran, Ihre Daten selbst zu verwenden, zum Beispiel um seine eigene KI zu trainieren.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Beschränkung der Verwendung sensibler personenbezogener Daten</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Fordern Sie das Unternehmen auf, die eigene Verwendung und Offenlegung Ihrer sensiblen personenbezogenen Daten auf das zu beschränken, was sein Dienst erfordert; das erfasst auch sein eigenes KI-Training mit solchen Daten.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Löschantrag</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Verlangen Sie vom Unternehmen, die personenbezogenen Daten zu löschen, die es bei Ihnen erhoben hat.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Antrag auf Auskunft</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Fragen Sie, welche personenbezogenen Daten das Unternehmen erhoben, verkauft oder weitergegeben hat, woher, warum und an wen.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Berichtigungsantrag</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Verlangen Sie vom Unternehmen, unrichtige personenbezogene Daten über Sie zu berichtigen.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Antworten Sie einem Unternehmen, das mehr Identitätsnachweise verlangt, als die Durchführungsvorschriften zum CCPA erlauben, bevor es Ihre Anfrage bearbeitet.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Ermächtigung eines Vertreters</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Unterzeichnen Sie eine Ermächtigung für eine Person oder ein Unternehmen, in Ihrem Namen Anfragen nach dem CCPA zu stellen; das Unternehmen darf Sie auffordern, sie zu bestätigen, aber keine förmliche Vollmacht (power of attorney) verlangen.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Erinnern Sie das Unternehmen daran, dass die Frist für Ihre frühere Anfrage abgelaufen ist (15 Geschäftstage für ein Opt-out oder einen Antrag auf Beschränkung, 45 Tage für die übrigen).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Beschwerde bei der California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Melden Sie CalPrivacy ein Unternehmen, das Ihre Anfrage ignoriert oder abgelehnt hat.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Opt-out-Antrag</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Erklären Sie das Opt-out für das, was das Gesetz Ihres Bundesstaats erfasst: Verkauf, gezielte Werbung und in den meisten Bundesstaaten Profiling für Entscheidungen mit rechtlichen oder ähnlich erheblichen Auswirkungen. Nichts davon hindert das Unternehmen daran, seine eigene KI mit Ihren Daten zu trainieren.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Auskunftsersuchen</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Verlangen Sie vom Unternehmen eine Bestätigung, ob es Ihre personenbezogenen Daten verarbeitet, und eine Kopie davon.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Löschantrag</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Verlangen Sie vom Unternehmen, personenbezogene Daten über Sie zu löschen.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Einspruch gegen eine Ablehnung</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Legen Sie beim Unternehmen Einspruch ein, nachdem es Ihre Anfrage abgelehnt hat oder nicht tätig geworden ist.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Beschwerde beim Generalstaatsanwalt (Attorney General) des Bundesstaats</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Melden Sie dem Generalstaatsanwalt (Attorney General) Ihres Bundesstaats ein Unternehmen, das Ihre Anfrage ignoriert oder abgelehnt hat.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Antrag auf Bestätigung und Auskunft</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Fragen Sie, ob das Unternehmen Ihre Daten verarbeitet, und verlangen Sie eine vollständige Erklärung über ihre Herkunft, die Kriterien und den Zweck.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Verlangen Sie vom Unternehmen, Ihre Daten zu anonymisieren, zu sperren oder zu löschen oder Daten zu löschen, die es mit Ihrer Einwilligung verarbeitet.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Berichtigungsantrag</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Verlangen Sie vom Unternehmen, unvollständige, unrichtige oder veraltete Daten zu berichtigen.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Widerrufen Sie eine Einwilligung, die Sie in die Verwendung Ihrer Daten erteilt haben, auch für KI-Training.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Widerspruch gegen die Verarbeitung</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Widersprechen Sie einer Verarbeitung, die das Unternehmen auf eine andere Grundlage als die Einwilligung stützt (etwa ein berechtigtes Interesse), wenn sie nicht mit der LGPD übereinstimmt, z. B. KI-Training, über das Sie nicht klar informiert wurden.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Eingabe bei der ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Richten Sie eine Eingabe gegen das Unternehmen an die nationale Datenschutzbehörde Brasiliens.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Verlangen Sie von der Organisation schriftlich Auskunft über die personenbezogenen Daten, die sie über Sie hat, und darüber, wie sie sie verwendet.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Erinnern Sie die Organisation daran, dass die 30-tägige Frist für Ihr Auskunftsersuchen abgelaufen ist.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Beschwerde beim Privacy Commissioner</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Beschweren Sie sich beim Office of the Privacy Commissioner of Canada über die Organisation.</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Datenschutz-Grundverordnung (EU) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>EU und EWR</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Mitteilung an die Empfänger</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Widerspruch gegen eine auf berechtigte Interessen oder eine öffentliche Aufgabe gestützte Verarbeitung</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Widerspruch gegen Direktwerbung (wenn das Training ihr dient)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Keiner ausschließlich automatisierten Entscheidung unterworfen werden</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Antwort innerhalb eines Monats</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Zusätzliche Informationen zur Bestätigung der Identität nur bei begründeten Zweifeln</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Beschwerde bei einer Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>Die Aufsichtsbehörde des Landes Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des mutmaßlichen Verstoßes (Art. 77 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Ein Monat endet am gleichen Datum des folgenden Monats oder, wenn es dieses Datum in jenem Monat nicht gibt, an dessen letztem Tag; eine Frist, die auf einen Samstag, Sonntag oder Feiertag fällt, verschiebt sich auf den nächsten Werktag (Art. 3 Abs. 2 lit. c und Abs. 4 Verordnung 1182/71; die Anwendung auf Fristen der DSGVO ist eine Lesart).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>Der Verantwortliche kann die Frist um zwei weitere Monate verlängern, muss Sie aber innerhalb des ersten Monats unter Angabe der Gründe darüber unterrichten (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>zwei weitere Monate, gerechnet ab dem Ende der ersten Frist</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>Die verlängerte Frist wird mit drei Monaten ab Eingang berechnet (die Methode des ICO, das spätere Datum); keine EU-Quelle klärt, welche Lesart gilt.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Hat die Aufsichtsbehörde Sie nicht innerhalb von drei Monaten über den Stand oder das Ergebnis Ihrer Beschwerde in Kenntnis gesetzt, können Sie gerichtlich gegen sie vorgehen (Art. 78 Abs. 2 DSGVO).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Beschwerde beim ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>Das ICO bittet Sie, sich zuerst bei der Organisation zu beschweren, nachzufassen, wenn nach 30 Tagen keine Antwort vorliegt, und sich innerhalb von drei Monaten nach Ihrem letzten Kontakt mit der Organisation beim ICO zu beschweren.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Seit dem 19. Juni 2026 können Sie sich beim Verantwortlichen selbst über einen Verstoß beschweren, der Ihre personenbezogenen Daten betrifft (DPA 2018 s. 164A, eingefügt durch Data (Use and Access) Act 2025 s. 103; Inkrafttreten gemeldet unter http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Methode des ICO: vom Tag des Eingangs bis zum gleichen Datum des folgenden Monats oder, wenn es dieses Datum in jenem Monat nicht gibt, bis zu dessen letztem Tag; eine Frist, die auf ein Wochenende oder einen Feiertag fällt, verschiebt sich auf den nächsten Werktag.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>Die Frist beginnt mit dem spätesten dieser Zeitpunkte: Eingang der Anfrage, Eingang der vom Verantwortlichen verlangten Angaben zur Identität oder Eingang einer Gebühr (Art. 12A UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>Die verlängerte Frist wird, wie das ICO angibt, mit drei Monaten ab Eingang berechnet.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>Der Verantwortliche muss den Eingang innerhalb des Zeitraums von 30 Tagen bestätigen, der mit dem Eingang der Beschwerde beginnt (DPA 2018 s. 164A(3)): Der Tag des Eingangs ist der erste der 30 Tage.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Anschließend muss er unverzüglich angemessene Schritte ergreifen, um auf die Beschwerde zu reagieren (einschließlich Nachforschungen und der Unterrichtung über den Fortgang), und Ihnen das Ergebnis mitteilen (s. 164A(4)-(5)); für das Ergebnis ist keine feste Frist vorgesehen.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Bundesgesetz über den Datenschutz (revidiertes DSG)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>Eine Einwilligung ist nur gültig, wenn sie freiwillig, für eine bestimmte Bearbeitung und nach angemessener Information erteilt wird</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Daten werden vernichtet oder anonymisiert, sobald sie für den Zweck nicht mehr erforderlich sind</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Auskunft (Informationen über Ihre Daten)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>Die Angaben, die jede Antwort enthält (Zweck, Aufbewahrungsdauer, Herkunft, Empfänger...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Kostenlose Auskunft</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Antwort innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Herausgabe oder Übertragung der von Ihnen bekanntgegebenen Daten in einem gängigen elektronischen Format</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Eine Bearbeitung entgegen Ihrer ausdrücklichen Willenserklärung verletzt Ihre Persönlichkeit (darauf beruft sich ein Widerspruch)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Eine Verletzung ist widerrechtlich, wenn sie nicht durch Einwilligung, ein überwiegendes Interesse oder Gesetz gerechtfertigt ist</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Rechtsansprüche: Verbot der Bearbeitung oder Bekanntgabe, Löschung oder Vernichtung von Daten</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Anzeige beim EDÖB</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>Der EDÖB informiert die anzeigende betroffene Person über die unternommenen Schritte und das Ergebnis</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>Der EDÖB eröffnet auf eine Anzeige hin eine Untersuchung, wenn genügend Anzeichen für einen Verstoß bestehen, und kann bei Verstößen von geringfügiger Bedeutung davon absehen (Art. 49 DSG).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>Das DSG sieht kein Recht auf Widerruf der Einwilligung, keines auf Einschränkung der Bearbeitung und kein allgemeines Widerspruchsrecht vor; Schreiben für diese Anfragen stützen sich auf Art. 6 Abs. 6, Art. 30 Abs. 2 lit. b, Art. 31 Abs. 1 und Art. 32 und nennen für die Anfrage selbst keinen Artikel (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ zum Widerruf; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection zum Widerspruch).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>In welchem Absatz von Art. 32 die Löschung genannt ist, wurde nicht anhand des Gesetzestextes bestätigt; die Schreiben zitieren Art. 32 als Ganzes.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Die Tage zählen ab dem Tag nach dem Eingang; ein letzter Tag, der auf einen Samstag, Sonntag oder Feiertag fällt, verschiebt sich auf den nächsten Werktag (Art. 77-78 OR; die Anwendung auf Fristen des DSG ist eine Lesart).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>Das DSG sieht keine feste Verlängerung vor: Ein Verantwortlicher, der nicht innerhalb von 30 Tagen antworten kann, muss Ihnen mitteilen, bis wann er antworten wird (Art. 18 Abs. 2 DSV); tragen Sie das Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>30 Tage sind die Frist des DSG für Auskunftsbegehren (Art. 25 Abs. 7 DSG, Art. 18 DSV); die Quellen nennen für diese Art von Anfrage keine Frist, daher ist das Datum ein Richtwert.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, geändert durch den CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>Kalifornien, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Auskunft darüber, was erhoben wird</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Auskunft darüber, was verkauft oder weitergegeben wird und an wen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Opt-out vom Verkauf oder der Weitergabe</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Beschränkung der Verwendung und Offenlegung sensibler personenbezogener Daten</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Keine Benachteiligung wegen der Ausübung von Rechten</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Antwort innerhalb von 45 Tagen</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Beschwerde bei der California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>Auch der Generalstaatsanwalt (Attorney General) von Kalifornien setzt den CCPA durch; private Klagen sind nur bei bestimmten Datenschutzverletzungen möglich (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>45 Tage bedeutet: Eingangsdatum plus 45; der erste Tag wird nicht mitgezählt, und ein letzter Tag, der ein Feiertag ist, ebenfalls nicht (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Ein letzter Tag, der auf einen Samstag, Sonntag oder Feiertag fällt, verschiebt sich auf den nächsten Tag, der keiner davon ist: Code Civ. Proc. § 12a behandelt „all day on Saturdays“ und die Feiertage nach § 135 (zu denen jeder Sonntag gehört, Gov. Code § 6700(a)(1)) als Feiertage, und zwar für jede durch Gesetz oder Verordnung bestimmte Frist.</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Als Feiertage gelten die Feiertage des Bundesstaats Kalifornien, wie die Bibliothek „holidays“ sie auflistet; die Gerichtsfeiertage nach Code Civ. Proc. § 135 und Tage, an denen eine Behörde geschlossen ist (§ 12b), können abweichen und sind der App nicht bekannt.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>Das Unternehmen kann die Frist einmal um bis zu 45 Tage verlängern (insgesamt 90), wenn es Ihnen innerhalb der ersten 45 Tage die Gründe mitteilt (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Geschäftstage sind alle Tage außer Samstagen, Sonntagen und kalifornischen Feiertagen (Lesart: Die Durchführungsvorschriften definieren Geschäftstage nicht).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>der Eingangstag zählt als erster Tag, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>Die Frist wird mit 45 Tagen nach dem Tag des Eingangs berechnet (Code Civ. Proc. § 12); eine Aussage der CPPA zu dieser Einzelheit wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>Das Unternehmen muss den Verkauf oder die Weitergabe so bald wie praktisch möglich, spätestens aber 15 Geschäftstage nach Eingang einstellen und die betroffenen Dritten benachrichtigen (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7026(f)(1) setzt eine feste Frist von 15 Geschäftstagen und sieht keine Verlängerung vor.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>Das Unternehmen muss die Verwendung Ihrer sensiblen personenbezogenen Daten innerhalb von 15 Geschäftstagen nach Eingang beschränken (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7027(g) setzt eine feste Frist von 15 Geschäftstagen und sieht keine Verlängerung vor.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virginia, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Anfragen von Verbrauchern und Antworten darauf</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Durchsetzung durch den Generalstaatsanwalt (Attorney General)</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>Die Quellen nennen die Antwortfrist und die Aufsichtsbehörde dieses Gesetzes, führen aber nicht für jeden Bundesstaat auf, welche Verbraucherrechte (Auskunft, Löschung, Opt-out) es gewährt; prüfen Sie den Gesetzestext, bevor Sie sich auf ein bestimmtes Recht stützen.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Virginias zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist einmal um 45 Tage verlängern, wenn er Sie innerhalb der ersten 45 Tage darüber informiert.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Aus Sekundärquellen: Die 60-tägige Frist für die Entscheidung über einen Einspruch stammt aus Zusammenfassungen; der Text des Unterabschnitts wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Colorado, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Neben dem Generalstaatsanwalt (Attorney General) setzen auch die Bezirksstaatsanwälte (District Attorneys) das Gesetz durch.</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Ein bevollmächtigter Vertreter kann das Opt-out für Sie erklären, auch über eine Browser- oder Geräteeinstellung (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Colorados zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist um 45 Tage verlängern, wenn dies vernünftigerweise erforderlich ist.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>Wird der Einspruch abgelehnt, muss Ihnen der Verantwortliche mitteilen, wie Sie sich beim Generalstaatsanwalt (Attorney General) beschweren können.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Connecticuts zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist einmal um 45 Tage verlängern, wenn er Sie innerhalb der ersten 45 Tage darüber informiert.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>Der Verantwortliche muss innerhalb von 60 Tagen nach Eingang über den Einspruch entscheiden.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>Der Generalstaatsanwalt (Attorney General) setzt das Gesetz auf Vorlage der Division of Consumer Protection durch (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Utahs zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist einmal um 45 Tage verlängern, wenn er Ihnen vor Ablauf der ersten Frist die Dauer und die Gründe mitteilt.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Texas, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>Der Generalstaatsanwalt (Attorney General) muss eine Möglichkeit zur Online-Beschwerde bereitstellen (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln von Texas zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist einmal um 45 Tage verlängern, wenn er Sie innerhalb der ersten 45 Tage darüber informiert.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Opt-out-Anträge erfordern keine Authentifizierung (ORS § 646A.576(5)(e)); ein bevollmächtigter Vertreter kann das Opt-out für Sie erklären (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Oregons zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist um weitere 45 Tage verlängern, wenn dies vernünftigerweise erforderlich ist; er muss Sie innerhalb der ersten 45 Tage darüber informieren und die Gründe erläutern (Section 4(5)(a) des Gesetzes, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>Der Verantwortliche muss dem Einspruch innerhalb von 45 Tagen nach Eingang stattgeben oder ihn ablehnen und Ihnen im Fall der Ablehnung mitteilen, wie Sie sich beim Generalstaatsanwalt (Attorney General) beschweren können.</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Ein bevollmächtigter Vertreter kann das Opt-out für Sie erklären (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Montanas zur Fristberechnung wurden nicht recherchiert). Der Verantwortliche kann die Frist um 45 Tage verlängern, wenn er Sie innerhalb der ersten 45 Tage darüber informiert.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Kein privates Klagerecht (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln Iowas zur Fristberechnung wurden nicht recherchiert). Die auf dem Gesetzestext beruhenden Quellen nennen 90 Tage; ein Datensatz nennt 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der ICDPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Verbraucherdatenschutzgesetz von Indiana (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Gezählt in Kalendertagen nach dem Tag des Eingangs (Lesart: Die Regeln des Bundesstaats zur Fristberechnung wurden nicht recherchiert).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob das Gesetz von Indiana dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Verbraucherdatenschutzgesetz von Kentucky (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der KCDPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Gesetz über Datentransparenz und Datenschutz von Rhode Island (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>Ein Widerruf der Einwilligung muss innerhalb von 15 Tagen umgesetzt werden.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der RIDTPPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Datenschutzgesetz von Nebraska (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>Spätestens 2026 in Kraft; das genaue Datum wurde nicht überprüft.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der NDPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Gesetz zum Schutz personenbezogener Daten von Delaware (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der DPDPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>Datenschutzgesetz von New Hampshire (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>New Hampshire, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der NHDPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>Datenschutzgesetz von New Jersey (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>New Jersey, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob das NJDPL dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der TIPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Verbraucherdatenschutzgesetz von Minnesota (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob das Gesetz von Minnesota dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Online-Datenschutzgesetz von Maryland (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, Vereinigte Staaten</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob der MODPA dem Verantwortlichen erlaubt, diese Frist zu verlängern; nimmt er eine Verlängerung in Anspruch, tragen Sie sie mit dem Datum ein, das er nennt.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Bestätigung der Verarbeitung und Auskunft</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonymisierung, Sperrung oder Löschung; Löschung von mit Einwilligung verarbeiteten Daten</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Widerspruch gegen eine Verarbeitung auf einer anderen Grundlage als der Einwilligung, wenn sie nicht mit der LGPD übereinstimmt</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Anfragen werden kostenlos beantwortet</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Vollständige Erklärung innerhalb von 15 Tagen</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Eingabe bei der nationalen Behörde (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Kann der Verantwortliche nicht sofort tätig werden, muss er Ihnen mitteilen, dass er nicht der Verarbeitungsakteur (agente de tratamento) ist, und diesen nach Möglichkeit benennen, oder seine Gründe angeben (Art. 18 § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Gezählt als 15 Kalendertage ab der Anfrage; die brasilianischen Regeln zur Fristberechnung wurden nicht recherchiert, daher werden Wochenenden und Feiertage nicht übersprungen.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>Die verwendeten Quellen sagen nicht, ob die LGPD dem Verantwortlichen erlaubt, die 15 Tage zu verlängern.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>15 Tage sind die Frist der LGPD für Bestätigung und Auskunft (Art. 19); eine gesetzliche Frist für andere Rechte wurde nicht überprüft (ein Datensatz verwendet 15 Tage für jede Anfrage nach der LGPD), daher ist das Datum ein Richtwert.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Kanada (Bundesebene, Privatsektor)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>Ein Auskunftsersuchen wird schriftlich gestellt</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Verlängerung um höchstens 30 Tage, mit Mitteilung, Begründung und Beschwerderecht</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>Keine fristgerechte Antwort gilt als Ablehnung</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Auskunftsersuchen müssen schriftlich gestellt werden (s. 8(1)); bleibt eine fristgerechte Antwort aus, gilt dies als Ablehnung (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>Die Bestimmung des PIPEDA, die das Recht auf Beschwerde beim Commissioner gewährt, ist in den verwendeten Quellen nicht enthalten.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Die Tage zählen ab dem Tag nach dem Eingang; eine Frist, die auf einen Feiertag fällt, verschiebt sich auf den nächsten Tag, der kein Feiertag ist (Interpretation Act s. 26). Der Sonntag ist nach s. 35(1) ein Feiertag, der Samstag nicht; eine Frist an einem Samstag verschiebt sich daher nicht (Lesart von s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>Die Organisation kann die Frist um höchstens 30 Tage verlängern; sie muss Ihnen innerhalb der ersten 30 Tage die neue Frist, ihre Gründe und Ihr Beschwerderecht mitteilen (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>30 Tage sind die Frist des PIPEDA für Auskunftsersuchen (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Meine kreative oder berufliche Arbeit</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Meine Inhalte zeigen mein Privatleben</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Berufliche Schweigepflicht</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Schutz vor Belästigung</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Inhalte aus meiner Kindheit</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>nur für KI-Training verwendete Daten</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>alle meine Daten (schließt das Konto)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>bis zur Frist keine vollständige Antwort</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>nur teilweise beantwortet</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>weitere Angaben verlangt</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Nach einer früheren Anfrage</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Beschwerden bei einer Aufsichtsbehörde</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; keine Datenschutz-E-Mail-Adresse veröffentlicht</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihren Namen</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Ein Schreiben wird mit Ihrem Namen unterzeichnet und stützt sich auf das Recht des Landes, in dem Sie leben: welche Rechte Sie haben, wer antwortet und bis wann. Ergänzen Sie {missing} in Ihrem Profil, dann schlägt die Seite für jede Plattform die passende Anfrage vor.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Zuerst: wer Sie sind und wo Sie leben</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Einstellungen &gt; Profil öffnen</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Plattform wählen</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Gesetz wählen</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>Ihre Situation in eigenen Worten</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Plattformen, die gleichzeitig angeschrieben werden</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Dateiformat der Schreiben</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Wählen Sie eine Plattform, ein Gesetz und eine Anfrage: Das Schreiben erscheint hier.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>&amp;Text bearbeiten</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Den Wortlaut des Schreibens ändern, bevor Sie es speichern oder senden</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Ein Schreiben nach einem anderen Gesetz hilft nur, wenn dieses Gesetz Sie schützt.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>Das Gesetz an Ihrem Wohnort, aus Ihrem Profil.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>An Ihrem Wohnort gilt {law}; ein Schreiben nach einem anderen Gesetz hilft nur, wenn dieses Sie schützt.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Vorgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Verfassen Sie eine rechtlich begründete Anfrage: einen Widerspruch gegen KI-Training, ein Auskunftsersuchen, einen Antrag auf Löschung, den Widerruf einer Einwilligung oder ein CCPA-Opt-out. Bearbeiten Sie den Text nach Belieben, dann speichern oder senden Sie ihn.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>E-Mail-Adresse, Benutzername oder Profil-URL</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Warum diese Anfrage vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Sprache des Schreibens</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Wie der Empfänger es anbietet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Ihre Situation</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>in eigenen Worten (optional)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>alle meine Daten (Standard)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Welche Daten</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Frühere Anfrage gesendet am</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Art der früheren Anfrage</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Es war ein(e)</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>Name und Kontakt der Person, die Sie bevollmächtigen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bevollmächtigte Person</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>was falsch ist und was richtig ist</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>was geschehen ist (optional)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Mehrere Plattformen auf einmal</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Haken Sie Plattformen an; jede erhält ihr eigenes Schreiben der gewählten Art.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>Profil-&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Jedes auch als Anfrage speichern</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Bewahrt jedes erzeugte Schreiben als Entwurf auf der Seite „Anfragen“ auf</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Text des Schreibens</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Ihre Änderungen bleiben erhalten. Änderungen links verändern den Text nicht mehr.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Betreff und Schreiben in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Gesetz</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>&amp;In einen Ordner erzeugen …</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>&amp;Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Das Schreiben als .{format}-Datei speichern</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Als .{format} speichern</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>Schreiben k&amp;opieren</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>Als Anfrage spei&amp;chern</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Dieses Schreiben mit Ihren Änderungen als Entwurf auf der Seite „Anfragen“ aufbewahren</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Kein E-Mail-Programm wurde geöffnet: Auf diesem Computer ist keines für E-Mail-Links eingerichtet. Schreiben Sie an diese Adresse aus Ihrem Webmail; „Schreiben kopieren“ kopiert Betreff und Text.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Webformular öffnen</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>unbekannte Plattform {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>Anfrage {id} ({reference}) ist noch ein Entwurf; tragen Sie zuerst ein, wann Sie sie gesendet haben</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>die Anfrageart {type} kann nicht nach {law} geschrieben werden</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Nicht gespeichert: {file} existiert bereits.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} existiert bereits in {folder}. Durch dieses Schreiben ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Als Anfrage {id} ({reference}) gespeichert, als Entwurf. Sie finden sie auf der Seite „Anfragen“; tragen Sie dort ein, wann Sie sie senden: Damit beginnt die Frist.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>{letters} nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>{requests} gespeichert (Seite „Anfragen“).</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Betreff und Schreiben kopiert.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>Für das Schreiben ist keine E-Mail-Adresse bekannt: Es ist kopiert, fügen Sie es in Ihr E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>Das Schreiben ist für einen E-Mail-Link zu lang: Es ist kopiert, fügen Sie es in Ihr E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>An Ihr E-Mail-Programm übergeben: Prüfen Sie, ob sich die neue Nachricht geöffnet hat, und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>Das Schreiben ist kopiert; fügen Sie es in das geöffnete Webformular ein.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>Das Schreiben erscheint hier, sobald das Problem unten behoben ist.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>An {recipient}: {how} · Antwort fällig am {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>An {recipient}: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Schreiben speichern</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Ordner für die Schreiben</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>Anfragen &amp;exportieren</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Als &amp;Tabelle (CSV) …</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>&amp;Vollständig mit Verlauf (JSON) …</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Als &amp;Kalender der Fristen (iCalendar) …</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Sicherung erstellen …</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>Schreiben als &amp;Anfrage speichern</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Schreiben als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>Auf dieser Seite &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>Schreiben &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;Über Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: Die Plattform hat ihre gesetzliche Frist versäumt. Öffnen Sie „Anfragen“, um eine Erinnerung zu senden oder sich zu beschweren.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>{reference} als gesendet eintragen</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>Die gesetzliche Frist beginnt an dem Tag, an dem das Unternehmen Ihre Anfrage erhalten hat.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>Der Tag, an dem das Unternehmen Ihre Anfrage erhalten hat: Ab ihm läuft die Frist</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>optional, z. B. Nummer des Einschreibens</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Beim Unternehmen eingegangen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet eintragen</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Quelle: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Geschätzt: %n Werktag nach Einlieferung, nach der veröffentlichten Laufzeitvorgabe für Inlandspost. Korrigieren Sie es, wenn Sie den Tag kennen.</numerusform>
            <numerusform>Geschätzt: %n Werktage nach Einlieferung, nach der veröffentlichten Laufzeitvorgabe für Inlandspost. Korrigieren Sie es, wenn Sie den Tag kennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Für den Weg dieses Schreibens ist keine veröffentlichte Laufzeit bekannt, daher wird der Versandtag als Schätzung verwendet. Korrigieren Sie es, wenn Sie den Tag kennen.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>E-Mails, Webformulare und Anfragen in der App erreichen das Unternehmen am Tag des Versands.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>Die Frist beginnt an dem von Ihnen eingegebenen Tag.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Nichts wurde geöffnet: Für diese Art von Datei ist kein Programm eingerichtet. Kopieren Sie den Pfad und öffnen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Den Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Nichts wurde geöffnet: Auf diesem Computer ist kein Programm zum Öffnen dieses Links eingerichtet. Kopieren Sie den Link und öffnen Sie ihn in Ihrem Browser.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Antwort auf {reference} einfügen</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Antwort einfügen</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Fügen Sie die Antwort des Unternehmens ein. Nehmen Sie die Kopfzeilen (Von, Betreff, Datum) mit, wenn Ihr E-Mail-Programm sie anzeigt.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Fügen Sie die Antwort des Unternehmens ein. Nehmen Sie die Kopfzeilen (Von, Betreff, Datum) mit, wenn Ihr E-Mail-Programm sie anzeigt: Die Referenz im Betreff findet die Anfrage.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Text der Antwort</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Antwort hinzufügen</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Haken Sie in der Liste links die Plattformen an, die Sie nutzen. Für jede sehen Sie Schritt für Schritt die Einstellungen zum KI-Training, die es an Ihrem Wohnort gibt, und können sie als erledigt markieren. Wo es keine Einstellung gibt, hilft Ihnen die App stattdessen, ein Schreiben zu verfassen.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Ich nutze {platform}</translation>
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
        <translation>Jedes Ihrer Konten auf dieser Plattform hat eigene Einstellungen</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>Der Katalog hat keine Angaben zum KI-Training für {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Nichts zu tun: {platform} erklärt, KI nicht mit Ihren Daten zu trainieren. Prüfen Sie erneut, wenn sich die Richtlinien ändern.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>„{quote}“ — {who}, gelesen am {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Training mit Nutzerdaten hier seit {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Verwendete Daten: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Von {platform} angegebene Rechtsgrundlage: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>Was {platform} mit Ihren Daten tut und welche Optionen Sie haben, hängt davon ab, wo Sie leben: Legen Sie Ihr Land unter Einstellungen &gt; Profil fest. Bis dahin steht bei jeder Option, in welchen Regionen es sie gibt.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>&amp;Konto hinzufügen …</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · Optionen, die es in {region} gibt</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · Optionen aller Regionen (kein Land festgelegt)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} bietet in {region} keine Einstellung zum KI-Training. Ein Schreiben (ein Widerspruch oder in Kalifornien ein CCPA-Opt-out) ist der Weg, Nein zu sagen.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} bietet in keiner Region des Katalogs eine Einstellung zum KI-Training. Ein Schreiben (ein Widerspruch oder in Kalifornien ein CCPA-Opt-out) ist der Weg, Nein zu sagen.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Schreiben verfassen …</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Einstellungen, die keine Widerspruchsoptionen gegen KI-Training sind</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Richtlinienänderungen</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, gelesen am {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(älteste belegte Angabe: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(noch keine angeführt)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>Woher die Angaben auf dieser Seite stammen</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>Einstellungen, Schritte und Hinweise der Plattform werden aus dem Katalog zitiert, auf Englisch.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Ein Name für Ihr weiteres Konto bei {platform} (z. B. Arbeit):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Konto nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>So, wie er auf Ihren Schreiben stehen soll</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Straße und Hausnummer
Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Vollständiger &amp;Name</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>Postansch&amp;rift</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Sprache der Schreiben</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Für Sie gelten die Gesetze und Widerspruchsoptionen für {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Es gelten die Widerspruchsoptionen, die allen Nutzern angeboten werden; die App kennt noch kein Datenschutzgesetz für Ihr Land.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Ihr Land bestimmt, welche Gesetze und Widerspruchsoptionen gelten.</translation>
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
        <translation>Ihre Schreiben werden mit diesen Angaben unterzeichnet. Ihr Land bestimmt, welche Gesetze und Widerspruchsoptionen überall in der App gelten.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Ihre Daten werden in {folder} gespeichert und verlassen diesen Computer nur, wenn Sie ein Schreiben senden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>der Tag des Versands</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>das von Ihnen eingegebene Datum</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>das Versanddatum, erfasst, bevor Eingangsdaten gespeichert wurden</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Unzureichende Identitätsprüfung</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Keine Übereinstimmung</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Anspruch nicht erfasst</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Außerhalb der Zuständigkeit</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Verdacht auf Betrug</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (Vereinigte Staaten)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>EU/EWR</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>übrige Welt</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>Was sagt die Antwort auf {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Tragen Sie ein, was das Unternehmen geantwortet hat, damit Frist und nächster Schritt sich danach richten.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Sie gibt der Anfrage statt</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Sie gibt ihr teilweise statt</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>Sie lehnt ab</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Sie verlangt einen Identitätsnachweis oder weitere Angaben</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Sie verlängert die Frist</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Was die Antwort sagt</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Nur die Antwort aufbewahren (noch nichts entschieden)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Aus dem Text der Antwort vorgeschlagen: Prüfen Sie es, bevor Sie es eintragen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintragen</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} überfällig</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; korrigieren Sie es, wenn Sie es wissen</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Als Entwurf gespeichert</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Sie haben noch keine Anfragen. Wenn eine Plattform keinen Schalter gegen KI-Training anbietet, verfassen Sie auf der Seite „Schreiben“ ein Schreiben und speichern es als Anfrage. Die App verfolgt dann seine gesetzliche Frist, erinnert Sie, wenn sie überschritten ist, und nennt den nächsten Schritt: eine Erinnerung oder eine Beschwerde bei der Datenschutzaufsichtsbehörde.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Fällig innerhalb von %n Tag</numerusform>
            <numerusform>Fällig innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Plattformfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Referenz, Plattform, Art, Empfänger, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Die Antwort eines Unternehmens zu der Anfrage hinzufügen, die in ihrem Betreff genannt ist</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Spalten: Klicken Sie auf eine, um danach zu sortieren</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Tragen Sie das Versanddatum ein, damit die Frist beginnt</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Oder ziehen Sie die .eml- oder .txt-Datei der Antwort hierher.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Schreiben wie gesendet</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Den ausgewählten Anhang öffnen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was geschehen ist (optional)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Per E-&amp;Mail senden …</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Schreiben verfassen</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>Antwort &amp;importieren …</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>Ich habe es &amp;gesendet …</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>E&amp;rinnerung schreiben</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Antwort hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Da&amp;tei anhängen …</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… von {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Keine Anfrage entspricht den Filtern.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Nächster Schritt: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>An: {recipient}
Betreff: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Anhänge ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Status: {status} · Gesetz: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Gesendet am {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>Eingang bestätigt am {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>Eingang zu bestätigen bis zum {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Frist gerechnet ab Eingang am {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Frist {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>verlängert bis zum {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Dateien an diesen Vorgang anhängen</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Aus einer Datei (.eml, .txt) …</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Text einfügen …</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Antwort auswählen</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Antworten (*.eml *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Anfrage {reference} senden</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>An: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>keine E-Mail-Adresse bekannt</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Diese Anfrage hat den Status „{status}“ (gesendet am {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Diese Anfrage hat den Status „{status}“.</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Aus der App senden</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Das Schreiben als PDF anhängen</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Eine Kopie an mich senden</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>Passwort Ihres E-Mail-Kontos</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>Der E-Mail-Versand ist nicht eingerichtet: Geben Sie Ihren Mailserver unter Einstellungen &gt; E-Mail ein.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Über {server} von {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Eine Kopie an mich senden ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Oder selbst senden</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Öffnen Sie es in Ihrem E-Mail-Programm oder speichern Sie es zum Senden oder Drucken; teilen Sie der App dann mit, dass Sie es gesendet haben.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Kein E-Mail-Programm wurde geöffnet: Auf diesem Computer ist keines für E-Mail-Links eingerichtet. Speichern Sie die .eml-Datei und öffnen Sie sie, oder schreiben Sie an diese Adresse aus Ihrem Webmail.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>.&amp;eml speichern …</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern …</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>Ich habe es gesendet …</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Wird an {recipient} gesendet …</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Am {date} an {recipient} gesendet.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>Die Antwort ist fällig bis zum {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>das Schreiben ist für einen E-Mail-Link zu lang; speichern Sie die .eml-Datei und öffnen Sie sie in Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>An Ihr E-Mail-Programm übergeben: Prüfen Sie, ob sich die Nachricht geöffnet hat. Wenn Sie sie gesendet haben, klicken Sie auf „Ich habe es gesendet“, damit die Frist beginnt.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Schreiben als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>{path} gespeichert. Wenn Sie es gesendet haben, klicken Sie auf „Ich habe es gesendet“, damit die Frist beginnt.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Am {date} als gesendet eingetragen.</translation>
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
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>die eigene Seite der Plattform</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>eine Datenschutzaufsichtsbehörde</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>ein Gericht</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>ein Unternehmenseintrag</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>die Presse</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Teilweise erfüllt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Katalog-Update</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Änderungen in diesem Update</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: Widersprüche, die Sie auf diesen Plattformen bereits erledigt haben, werden als „erneut prüfen“ markiert.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Diese für später aufheben</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>Ich habe es &amp;erledigt</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Schreiben &amp;verfassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Schritt {number} von {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: hier kein Schalter</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} bietet an Ihrem Wohnort keine Einstellung zum KI-Training. Das heißt nicht, dass Sie es hinnehmen müssen: Ein Schreiben (ein Widerspruch nach der DSGVO oder ein Opt-out nach dem Recht eines US-Bundesstaats) verpflichtet die Plattform, innerhalb einer gesetzlichen Frist zu antworten.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Erneut prüfen: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Dies funktioniert per E-Mail: Senden Sie die oben beschriebene Nachricht.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Einstellung öffnen</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Formular öffnen</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Für heute alles erledigt</translation>
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
        <translation>{progress} auf den Plattformen, die Sie nutzen.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Eben erledigt</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Für später aufgehoben</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Ein Schreiben nötig (kein Schalter an Ihrem Wohnort)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Willkommen bei Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Plattformen wie LinkedIn, Instagram und ChatGPT verwenden, was Sie posten und eingeben, um KI-Modelle zu trainieren, oft solange Sie nicht widersprechen. Diese App hilft Ihnen zu widersprechen: Sie führt Sie durch die Widerspruchsoptionen jeder Plattform, schreibt Anfragen nach DSGVO und CCPA, wo es keine Einstellung gibt, und verfolgt jede Antwort und jede gesetzliche Frist.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Alles bleibt auf diesem Computer, in
{folder}
Die App geht nur online, wenn Sie es verlangen (zum Beispiel, um eine E-Mail zu senden).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Sagen Sie der App, wer Sie sind. Ihre Schreiben werden mit diesen Angaben unterzeichnet, und Ihr Land bestimmt, welche Gesetze und Einstellungen gelten. Sie können sie später unter Einstellungen &gt; Profil ändern.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Speichern &amp;und beginnen</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Sie können Ihr Profil später unter Einstellungen ausfüllen</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
</TS>
