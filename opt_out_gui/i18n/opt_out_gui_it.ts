<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>caricato da una cartella indicata con --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>aggiornamento versione {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>fornito con l’app, versione {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} del {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}; non validi e quindi ignorati: {files}</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>pacchetto autonomo</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>pacchetto Python</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Versione {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Impedire alle piattaforme di addestrare l’IA con i propri dati.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>GNU General Public License, versione 3 o qualsiasi versione successiva (GPL-3.0-or-later). Può condividere e modificare questo programma alle condizioni di tale licenza. Il programma è fornito senza alcuna garanzia.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copia &amp;diagnostica</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Copia le versioni dell’app, di Python, di Qt e del sistema, per una segnalazione di errore. Non include nulla su di lei o sulle sue richieste.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Copiato. Lo incolli nella segnalazione di errore: non contiene nulla su di lei.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Invii la lettera, poi registri la data di invio: da lì decorre il termine.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>In attesa della risposta.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>In attesa della risposta: {left} (termine: {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>Le fonti consultate non dicono se il {law} consenta all’azienda di prorogare il termine, quindi l’app mantiene questo termine; annoti la data indicata dall’azienda.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Avrebbero dovuto confermare la ricezione entro il {date}; la risposta resta dovuta entro il termine.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>In ritardo di {days}: invii un sollecito.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>presenti prima ricorso all’azienda: il {law} prevede un ricorso. Le fonti consultate non indicano un termine per la risposta dell’azienda, quindi l’app non può datare una lettera di ricorso; scriva all’azienda, registri la sua risposta, poi presenti reclamo presso {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>presenti prima ricorso all’azienda: il {law} prevede un ricorso, su cui l’azienda deve decidere entro {period} dal ricevimento. Se l’azienda respinge il ricorso, presenti reclamo presso {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>presenti prima reclamo all’azienda: ai sensi del {law} può presentare reclamo direttamente al titolare del trattamento ({citation}), e l’autorità di controllo si aspetta questo passaggio prima di un reclamo presso di essa. Se la risposta non risolve la questione, presenti reclamo presso {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>presenti reclamo presso {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>presenti reclamo presso {authority} (l’autorità del luogo in cui vive) oppure presso {alternative}, l’autorità capofila.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>presenti reclamo; prima, però, risolva questo problema: {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Soddisfatta in parte: invii un sollecito che elenchi ciò che manca.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Reclamo presentato: registri qui le risposte dell’autorità.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Reclamo presentato il {date}: registri qui le risposte dell’autorità.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Conclusa: richiesta soddisfatta. Conservi la risposta come prova.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Conclusa: richiesta soddisfatta il {date}. Conservi la risposta come prova.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Ritirata.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Ritirata il {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Scrivi sollecito</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Scrivi ricorso</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Scrivi reclamo</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Scrivi risposta</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Scrivi lettera</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>In ritardo di {days}, sollecito inviato il {date}: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Respinta ({reason}): se non è d’accordo, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>L’azienda ha chiesto altre informazioni: le invii, annoti che cosa ha inviato, poi registri la risposta successiva.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Se l’azienda chiede una prova dell’identità, scriva una risposta alla richiesta di documenti: la lettera spiega che cosa il {law} consente all’azienda di chiedere.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Respinta per verifica insufficiente: scriva una risposta alla richiesta di documenti, che spiega che cosa il {law} consente all’azienda di chiedere; invii ciò che l’azienda può chiedere, poi registri la richiesta come riaperta.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Respinta per verifica insufficiente: invii i dati di identificazione richiesti, poi registri la richiesta come riaperta.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>l’autorità di controllo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Impossibile aprire i suoi dati: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>legittimo interesse</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contratto</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation>Il catalogo elenca, per ogni piattaforma, le impostazioni sull’addestramento dell’IA e gli indirizzi. Gli aggiornamenti sono firmati dal progetto e verificati prima dell’installazione. L’app si collega a Internet solo quando fa clic su un pulsante di questa sezione o attiva il controllo settimanale.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Indirizzo degli aggiornamenti</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Indirizzo degli aggiornamenti:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Cerca aggiornamenti una volta alla settimana</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Stato dei link</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Controlla ogni indirizzo web del catalogo per trovare link non funzionanti, reindirizzati o lenti. Il controllo contatta il sito web di ciascuna piattaforma.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Cerca aggiornamenti</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>&amp;Ripristina catalogo originale</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Controlla i &amp;link</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Avanzamento del controllo dei link</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Risultati del controllo dei link</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>inserisca prima l’indirizzo degli aggiornamenti</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Ricerca di un aggiornamento del catalogo...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>l’aggiornamento non è stato installato: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>impossibile rimuovere l’aggiornamento installato: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>È di nuovo in uso il catalogo fornito con l’app.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} di %n link</numerusform>
            <numerusform>{done} di %n link</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>Il controllo dei link non è riuscito: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>È disponibile il catalogo del {catalog}. Sono stati verificati la firma e i dati di ogni piattaforma. Modifiche:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, installato il {installed}. Il catalogo fornito con l’app resta disponibile.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>L’aggiornamento installato non viene usato: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>È disponibile il catalogo del {catalog}.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Installato il catalogo del {catalog}.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Aggiornamento del catalogo: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Catalogo fornito con l’app: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Social network</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaggistica</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>Assistenti IA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produttività</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaborazione</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Strumenti creativi</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Strumenti per sviluppatori</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Editoria e blog</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Archiviazione cloud</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Assistenti vocali</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musica</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Immagini e video stock</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Software aziendale</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaggi</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Nell’app</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per posta</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>tramite modulo web</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>nell’app della piattaforma</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>Completati: {done} di {controls}</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} da ricontrollare</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Opposizione inviata</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail inviata</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Un aggiornamento del catalogo del {arrived} ha segnalato una modifica delle condizioni di {platform} datata {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} ha modificato le sue condizioni il {date}, dopo la sua azione: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Fatto {days} fa; le piattaforme cambiano o riattivano le impostazioni, quindi lo ricontrolli ogni {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Da ricontrollare</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nessuna azione necessaria</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Solo lettera</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Non verificato: nessuna fonte ancora citata</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>la pagina di {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>un soggetto terzo</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Fonte: {who}, consultazione del {date}</translation>
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
        <translation>Procedura guidata</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Passa in rassegna, uno alla volta, tutti i controlli delle piattaforme che usa</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Procedura guidata</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Cerca piattaforme</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tutte le piattaforme</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Solo quelle che uso</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Mostra le piattaforme di questo tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Mostra le piattaforme con questo stato</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Piattaforme</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Spunti le piattaforme che usa; la barra spaziatrice spunta quella selezionata</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Spunti le piattaforme che usa.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Nessuna piattaforma ancora scelta</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Da ricontrollare ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Rimuovi piattaforma</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Rimuovere questa piattaforma dal suo elenco? I progressi registrati per questa piattaforma andranno persi.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Spunti prima, nell’elenco a sinistra, le piattaforme che usa; poi la procedura guidata la accompagna attraverso ciascuna delle loro impostazioni sull’addestramento dell’IA.</translation>
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
        <translation> (le fonti non indicano alcun articolo del {law} a riguardo)</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; il modulo «{control}» di {platform} è più rapido, e la lettera le fornisce una prova datata</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; l’indirizzo e-mail «{control}» di {platform} è più rapido, e la lettera le fornisce una prova datata</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; l’impostazione «{control}» di {platform} è più rapida, e la lettera le fornisce una prova datata</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>la pubblicità mirata</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>la vendita dei suoi dati</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>la profilazione per decisioni che producono effetti giuridici o effetti analogamente significativi</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} dichiara di addestrare l’IA con il suo consenso, quindi lo revochi{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} fonda l’addestramento dell’IA sul legittimo interesse, quindi può opporsi{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} indica un contratto come base giuridica dell’addestramento dell’IA, caso in cui l’opposizione potrebbe non applicarsi; chieda quindi quali dati utilizza e perché{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} non indica su quale base giuridica addestra l’IA; chieda quindi per quali finalità utilizza i suoi dati{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Presenti allo stesso tempo opposizione{under}, nel caso in cui {platform} si basi sul legittimo interesse{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Un opt-out dalla vendita o dalla condivisione{under} impedisce a {platform} di vendere o condividere le sue informazioni personali con terzi, anche per l’addestramento della loro IA; non impedisce a {platform} di addestrare la propria IA con i suoi dati. Anche un browser che invia il segnale Global Privacy Control esercita per lei l’opt-out dalla vendita e dalla condivisione (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Una richiesta di limitare l’uso delle informazioni personali sensibili{under} riguarda l’uso che ne fa direttamente {platform}, compreso l’addestramento dell’IA, ma solo per le informazioni sensibili (come la posizione precisa, la salute o il contenuto dei suoi messaggi).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Una richiesta di cancellazione{under} chiede a {platform} di cancellare le informazioni personali raccolte presso di lei, in modo che non possa più usarle per l’addestramento.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Un opt-out ai sensi del {law}{under} riguarda solo {purposes}; non impedisce a {platform} di addestrare la propria IA con i suoi dati{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Un opt-out ai sensi del {law}{under} riguarda ciò che tale legge concede (le fonti consultate non indicano quali tra vendita, pubblicità mirata e profilazione); non impedisce a {platform} di addestrare la propria IA con i suoi dati{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Una richiesta di cancellazione ai sensi del {law}{under} chiede a {platform} di cancellare i dati personali che la riguardano, escludendoli così anche dall’addestramento dell’IA di {platform}.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} dichiara di addestrare l’IA con il suo consenso, quindi lo revochi{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Chieda poi a {platform} di cancellare i dati trattati con il suo consenso{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} fonda l’addestramento dell’IA sul legittimo interesse, non sul suo consenso; si opponga quindi al trattamento{under}: la LGPD lo consente quando un trattamento senza consenso non è conforme alla legge, e la richiesta è gratuita{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} non dichiara di addestrare l’IA con il suo consenso; si opponga quindi al trattamento{under}: la LGPD lo consente quando un trattamento senza consenso non è conforme alla legge, e la richiesta è gratuita{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Chieda allo stesso tempo a {platform} l’origine, i criteri e la finalità dell’uso dei suoi dati{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Secondo le fonti, i diritti previsti dal PIPEDA non comprendono l’opposizione all’addestramento dell’IA; chieda quindi per iscritto a {platform} quali dati detiene su di lei e come li utilizza{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>L’app non conosce alcuna legge sulla protezione dei dati per: {place}, quindi nessuna richiesta fondata sulla legge è adatta; usi le impostazioni di {platform}, dove esistono.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Imposti il suo Paese nel profilo per vedere quali richieste sono adatte.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Imposti il suo Stato USA nel profilo: negli Stati Uniti le leggi sulla privacy sono leggi dei singoli Stati.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>L’app non conosce alcuna legge sulla protezione dei dati per: {place}, quindi nessuna richiesta fondata sulla legge è adatta.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Modulo web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Nessun controllo</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>per account</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>per area di lavoro</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>solo amministratori</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>i suoi dati vengono usati se non interviene</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>non annulla l’addestramento già avvenuto</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>la piattaforma conferma via e-mail</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>disponibile in: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Apri impostazione</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Apri modulo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, {platform}, account {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Ancora disattivata</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Ha ricontrollato e l’impostazione è ancora disattivata; il conteggio per il prossimo controllo riparte da oggi</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Nota su {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Nota (ad esempio: fatto nell’app sul telefono)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Da ricontrollare: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Fatto il {date}; da ricontrollare entro il {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota non salvata</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n lettera</numerusform>
            <numerusform>%n lettere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n controllo</numerusform>
            <numerusform>%n controlli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n piattaforma</numerusform>
            <numerusform>%n piattaforme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n nuova modifica delle condizioni</numerusform>
            <numerusform>%n nuove modifiche delle condizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n richiesta in bozza</numerusform>
            <numerusform>%n richieste in bozza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n file allegato</numerusform>
            <numerusform>%n file allegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n copia</numerusform>
            <numerusform>%n copie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n controllo di opt-out</numerusform>
            <numerusform>%n controlli di opt-out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Si è verificato un problema: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>L’app deve chiudersi.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>L’app continua a funzionare. Se qualcosa non sembra corretto, salvi il suo lavoro e la riavvii.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n errore finora; questo è il più recente.</numerusform>
            <numerusform>%n errori finora; questo è il più recente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>Il punto in cui si è verificato è stato scritto nel file di log (senza i suoi dati):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Dettagli tecnici dell’errore</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Impossibile aprire i suoi dati: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Una copia dei suoi dati del {time} è conservata in {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Una copia dei suoi dati è conservata in {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>Ripristinarla? Anche i dati danneggiati vengono conservati nella cartella dei backup.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Ripristina quella copia</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>Nella cartella dei backup non è conservata alcuna copia. Se ha creato un file di backup, lo ripristini; i dati danneggiati vengono conservati nella cartella dei backup.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Ripristina un file di backup…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Backup di Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>Il ripristino non è riuscito: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Richiede la sua attenzione</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Apri le richieste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Apri la checklist</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Il suo profilo</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problemi del catalogo</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Non è stato possibile leggere questi file del catalogo, che sono stati ignorati:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (si applicano le norme per: {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Nome non impostato</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Imposti il suo Paese in Impostazioni &gt; Profilo, così l’app può mostrare le norme applicabili.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>indirizzo postale</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (termine: {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Da ricontrollare:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Per le lettere mancano ancora questi dati: {fields} (Impostazioni &gt; Profilo).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Ancora nessuna richiesta. Se una piattaforma non offre un’impostazione per disattivare l’addestramento, scriva una lettera nella pagina Lettere e la conservi qui per seguirne il termine di legge.</translation>
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
        <translation>Registra risposta</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>e %n altra in ritardo</numerusform>
            <numerusform>e altre %n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>e %n altra in scadenza</numerusform>
            <numerusform>e altre %n in scadenza</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Non ha ancora scelto nessuna piattaforma. Apra la checklist, spunti le piattaforme che usa e l’app le mostrerà come disattivare l’addestramento dell’IA su ciascuna.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress} su {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Nessuna impostazione dove vive, serve una lettera: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>e %n altro da ricontrollare</numerusform>
            <numerusform>e altri %n da ricontrollare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Foglio di calcolo (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Tutti i dettagli con cronologie (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Calendario delle scadenze (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>I suoi dati restano su questo computer. Esporti le richieste per un foglio di calcolo o un calendario, conservi un backup di tutto o ripristini un backup. I file scritti qui contengono dati personali: può leggerli solo lei.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Esporta richieste</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Un unico file con profilo, impostazioni (mai le password), checklist, richieste con le loro cronologie e file allegati.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Crea un backup…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Ripristina un backup…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Copie conservate prima di un ripristino</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Un ripristino conserva nella cartella dei backup i dati che sostituisce; le copie più vecchie oltre questo numero vengono rimosse.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Copie conservate prima di un ripristino:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>Esportazione in {path}: {requests}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Backup scritto in {path}. Contiene i suoi dati personali: lo conservi in modo riservato.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Sostituire tutti i suoi dati (profilo, impostazioni, checklist, richieste) con il backup contenuto in {file}? I dati attuali vengono prima conservati in {folder}; in quella cartella restano solo le copie più recenti ({copies}).</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Ripristinare il backup?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Ripristino da {file}: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>I dati presenti in precedenza sono conservati in {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>Rimosse: {copies}; nella cartella dei backup restano le più recenti ({kept}).</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} esiste già in {folder}. Sostituirlo?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Non salvato: {name} esiste già.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Crea un backup</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Backup di Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>aprile</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maggio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>giugno</translation>
    </message>
    <message>
        <source>July</source>
        <translation>luglio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>settembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dicembre</translation>
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
        <translation>in ritardo di {days}</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>scaduto da {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>ancora {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Festività: i bank holiday dell’Inghilterra; Scozia e Irlanda del Nord ne hanno di diversi.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Festività: le festività nazionali della Germania; i Länder hanno ulteriori festività proprie, che non vengono conteggiate.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Festività: le festività nazionali del Paese ({country}); le festività regionali non vengono conteggiate.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Festività: le domeniche e i giorni indicati nella s. 35(1) dell’Interpretation Act (Capodanno, Venerdì Santo, Lunedì di Pasqua, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Natale); anche le festività provinciali e municipali e i giorni fissati per proclamazione contano lì, ma non figurano in questo calendario.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Non è stato applicato alcun rinvio per festività perché il Paese del titolare del trattamento è sconosciuto: un termine che vi cadesse in un giorno festivo slitterebbe al giorno lavorativo successivo.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Sabati e domeniche lo fanno comunque slittare, come prevede la regola di calcolo.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>Il {day} è un giorno festivo, quindi il termine slitta al {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>Il {day} è sabato, quindi il termine slitta al {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>Il {day} è domenica, quindi il termine slitta al {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Per un sollecito, indichi la data in cui è stata ricevuta la sua richiesta originale: il termine indicato è quello di tale richiesta.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} L’altra interpretazione ({label}) porta al {date}.</translation>
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
        <translation>Invii le richieste dall’app tramite il suo account di posta. Le pagine di assistenza del suo provider indicano queste impostazioni (spesso alla voce «SMTP» o «altri programmi di posta»).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (di solito porta 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (di solito porta 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Nessuna: solo per un server di posta su questo computer</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>di solito il suo indirizzo e-mail</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Server (host SMTP)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>La password è conservata nell’archivio delle password del sistema (keyring), mai nei file dell’app.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Questo computer non dispone di un archivio delle password (keyring) utilizzabile, quindi l’app non può salvare la password. Può tenerla in memoria fino alla chiusura dell’app; la prossima volta dovrà digitarla di nuovo. Anche senza password l’app funziona: invii le lettere dal suo programma di posta.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Tieni la password in memoria fino alla chiusura dell’app</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Invia messaggio di prova</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>&amp;Dimentica password</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Rimuove la password salvata dal keyring (o dalla memoria)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>salvata nel keyring; digiti per sostituirla</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>in memoria fino alla chiusura dell’app; digiti per sostituirla</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Spunti «Tieni la password in memoria» per usarla fino alla chiusura dell’app</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Password dimenticata.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Nessuna password era salvata.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Connessione a {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Messaggio di prova inviato a {address}. Verifichi che sia arrivato.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>errore imprevisto: {name}; i dettagli sono nel file di log</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; aggiunga questo dato in Impostazioni &gt; Profilo</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Esito, nella richiesta precedente)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Impostazioni &gt; Profilo, Land)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; scelga una legge o imposti il suo Paese in Impostazioni &gt; Profilo</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: inserisca il suo server di posta in Impostazioni &gt; E-mail</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: la inserisca in Impostazioni &gt; E-mail</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; sposti il file altrove, poi riavvii l’app</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: selezioni quella richiesta, poi usi il suo pulsante Aggiungi risposta</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>la richiesta {id} non esiste</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>nessuna richiesta ha l’ID o il riferimento {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>in scadenza entro {days} giorni: indichi un numero di giorni pari o superiore a 0</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>un canale si registra solo con &apos;sent&apos;, non con {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>indichi come è stata inviata la richiesta {reference}: un canale tra {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>la data di invio {date} è nel futuro</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>{law} non consente all’azienda di prorogare il termine di questa richiesta: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>{law} non consente all’azienda di prorogare il termine di questa richiesta</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>la richiesta {reference} non è ancora stata inviata: la registri come inviata, con la data di ricezione</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>tipo di richiesta sconosciuto: {type!r}; tipi validi: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>la legge {law!r} non è adatta al tipo {type}; leggi valide: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>la lingua {language!r} non è disponibile per il tipo {type} ai sensi di {law}; scelga una tra {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>il canale {channel!r} non è tra {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>motivo di opposizione sconosciuto: {ground!r}; motivi validi: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>l’ambito di cancellazione {scope!r} non è tra {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>per il tipo {type} occorre la data della richiesta precedente: la data in cui ha inviato la prima richiesta</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>la data della richiesta precedente {date} è nel futuro</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>per il tipo {type} occorre la rettifica: indichi quali dati sono errati e che cosa è corretto</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>per il tipo {type} occorre il delegato: il nome e il recapito della persona che autorizza</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>l’esito precedente {outcome!r} non è tra {outcomes} (oppure vuoto: nessuna risposta completa)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>la data dell’esito precedente {date} richiede un esito precedente: refused, partially_fulfilled o needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>la data dell’esito precedente {date} è nel futuro</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>la data dell’esito precedente {date} è anteriore all’invio della richiesta precedente ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>la richiesta {id} ({reference}) è registrata come soddisfatta il {date}; la riapra prima di scrivere una lettera che faccia seguito a essa</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>la richiesta {id} ({reference}) è registrata come soddisfatta; la riapra prima di scrivere una lettera che faccia seguito a essa</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>a una richiesta precedente di tipo {type!r} non si può dare seguito ai sensi di {law}; tipi validi: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} è obbligatorio per una lettera .{format}</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>non è noto alcun indirizzo e-mail per {entity} (modulo web: {web_form}); invii la lettera per posta o tramite il modulo web</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>non è noto alcun indirizzo e-mail per {entity}; invii la lettera per posta o tramite il modulo web</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>l’host SMTP {host!r} non è un nome di server come smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>la sicurezza SMTP {security!r} non è uno dei valori ammessi: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>con la sicurezza SMTP &apos;none&apos; la password e le lettere vengono inviate senza cifratura; è consentita solo per un server su questo computer ({local_hosts}), non per {host!r}: scelga ssl o starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>l’utente SMTP è vuoto: la password serve solo con un nome utente</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>il messaggio non ha alcun destinatario</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>nessuna password per l’utente SMTP {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>invio annullato; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} non offre STARTTLS, quindi la password e la lettera viaggerebbero senza cifratura; non è stato inviato nulla. Usi la sicurezza ssl (di solito porta 465) o verifichi le impostazioni del server del suo provider di posta</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} non offre l’accesso (SMTP AUTH) su questa connessione; non è stato inviato nulla. Verifichi la porta e l’impostazione di sicurezza</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>nessuna password per {user} su {host}; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} non accetta indirizzi con lettere non ASCII prima della @ (SMTPUTF8), come {address}; non è stato inviato nulla. Usi un indirizzo senza tali lettere o un server di posta che le supporti</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} ha rifiutato il destinatario ({reply}); è partita solo la copia per lei, l’azienda non ha ricevuto la lettera</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} ha rifiutato il nome utente o la password ({reply}); non è stato inviato nulla. Alcuni provider richiedono una password per le app per i programmi di posta</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} ha rifiutato il destinatario ({reply}); non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} ha rifiutato l’indirizzo del mittente {sender} ({reply}); non è stato inviato nulla. Di solito il mittente deve essere l’indirizzo del suo account di posta</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} ha rifiutato il messaggio ({reply}); non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} ha chiuso la connessione prima di accettare il messaggio; non è stato inviato nulla. Verifichi la porta e l’impostazione di sicurezza (ssl usa di solito la porta 465, starttls la porta 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} non supporta una funzione necessaria ({reason}); non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} ha risposto con un errore ({reply}); non è stato inviato nulla</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>non è stato possibile verificare il certificato di {server} ({reason}); non è stato inviato nulla. Verifichi il nome dell’host</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>la connessione sicura a {server} non è riuscita ({reason}); non è stato inviato nulla. Verifichi che l’impostazione di sicurezza corrisponda alla porta (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} non ha risposto entro {seconds} secondi; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>impossibile connettersi a {server}: connessione rifiutata (nessun server di posta è in ascolto a quell’indirizzo); non è stato inviato nulla. Verifichi l’host e la porta</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>impossibile trovare il nome del server {host!r}; lo verifichi e controlli la connessione a Internet</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>impossibile connettersi a {server}: {reason}; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>l’invio tramite {server} non è riuscito: {reason}; non è stato inviato nulla</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} esiste già; scelga un altro nome di file o accetti di sostituirlo</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>disco pieno: impossibile creare {path}; liberi spazio e riprovi (non è stato modificato nulla)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>disco pieno: impossibile aprire {path}; liberi spazio e riprovi (non è stato modificato nulla)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>disco pieno: impossibile creare la cartella dei dati {path}; liberi spazio e riprovi (non è stato modificato nulla)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>disco pieno: impossibile scrivere {path}; liberi spazio e riprovi (non è stato modificato nulla)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>si trova su un file system di sola lettura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>il nome del file è troppo lungo</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>impossibile creare {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>impossibile aprire {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>impossibile creare la cartella dei dati {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>impossibile scrivere {path}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>impossibile scrivere {path}: {folder} non è una cartella</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>impossibile scrivere {path}: è una cartella; indichi un nome di file</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>impossibile scrivere {path}: non è un file regolare</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} è danneggiato ({detail}); non è stato modificato</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>è vuoto, ma la cartella contiene allegati o backup</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>impossibile creare un database in {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>il disco che contiene {path} è pieno</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} è stato scritto da una versione più recente di Opt-Out Assistant (schema {version}, questa versione arriva fino allo schema {known}); aggiorni l’app per aprirlo</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} deve essere aggiornato per questa versione dell’app, ma {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>impossibile modificare i suoi dati: {reason}; sono stati aperti in sola lettura</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} non è un file di database</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} non è un database SQLite</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>la cartella dei dati {path} è di sola lettura</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>il database {path} è di sola lettura</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} non è un database utilizzabile: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>impossibile modificare i suoi dati: {path} è di sola lettura</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} è occupato: un altro programma vi sta scrivendo; riprovi tra un momento</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} non è un backup di Opt-Out Assistant (non è JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} non è un backup di Opt-Out Assistant (il formato non è {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: la versione di backup {version!r} non è supportata</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: lo schema {schema!r} non è un numero di schema</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} è stato scritto da una versione più recente di Opt-Out Assistant (schema {schema!r}); aggiorni l’app per ripristinarlo</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} non è una copia dei dati di Opt-Out Assistant (manca {file_name})</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>anche la copia {path} è danneggiata ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: lo schema {schema} non può essere ripristinato da questa versione dell’app</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>impossibile leggere la copia {path} ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; non è un oggetto</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: il backup contiene tabelle che questa versione non conosce: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: la tabella {table} non è un elenco di record</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: il record {number} della tabella {table} non è un oggetto</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: il record {number} della tabella {table} ha colonne che questa versione non conosce: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: tabella {table}, record {number} ({key} {value}), campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: tabella {table}, record {number}, campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: tabella {table}, record {number} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: tabella {table}, record {number}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>id {value} compare due volte</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>{column} {value!r} non è un testo</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>il backup può contenere un solo profilo, con id 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>il nome di impostazione {key!r} non è valido</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>l’impostazione {key!r} non esiste in questa versione dell’app</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>l’impostazione {key!r} è un segreto; i segreti non vengono mai ripristinati su disco</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>l’impostazione {key!r} compare due volte</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>l’account {name!r} di {platform} compare due volte</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>l’account {id} non è presente nel backup</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>il controllo {control} dell’account {id} compare due volte</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>il riferimento {reference} compare due volte</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>un motivo di rifiuto va indicato con lo stato refused, e solo con esso</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>una richiesta con stato {status} richiede la data di invio e il canale</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>{column} {day} richiede una data di invio uguale o anteriore a essa</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>una data di ricezione e la relativa base vanno indicate insieme, e solo per una richiesta inviata</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} è anteriore all’invio della richiesta</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>con la base {basis}, received_at deve coincidere con la data di invio</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>la richiesta {id} non è presente nel backup</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>l’evento {id} non è presente nel backup</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} si trova fuori dalla cartella degli allegati</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} è indicato da due allegati</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>sha256 {digest!r} non è composto da 64 cifre esadecimali minuscole</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 non è un testo base64 valido</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>il contenuto di {path} non è base64 valido</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>il contenuto di {path} è danneggiato (lo SHA-256 non corrisponde)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>la dimensione {size} non corrisponde ai {length} byte del contenuto</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>impossibile eseguire il ripristino in {path}: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>la cartella dei dati {path} contiene già dati; esegua il ripristino in una cartella vuota</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>il backup non è compatibile con il database di questa versione: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>impossibile leggere l’allegato {file_name} ({path}): {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>l’allegato {file_name} ({path}) è stato modificato dopo essere stato archiviato (lo SHA-256 non corrisponde)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>esiste già una richiesta con il riferimento {reference}</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>la richiesta {reference} è stata modificata nel frattempo; riprovi</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>l’invio di e-mail non è configurato</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>è necessaria una legge: non è nota alcuna legge per il suo Paese</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>autorità sconosciuta: {authority!r}; valori validi: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>per {country} lo Stato {state!r} è sconosciuto; valori validi: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>nessuna autorità per {country} nell’elenco delle autorità; Paesi che ne hanno una: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>lo Stato federato (Land) è necessario per un reclamo dalla Germania: le imprese sono soggette all’autorità del Suo Land, non al BfDI federale (§§ 9 e 40 BDSG); indichi il Suo Land nel profilo</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>il Paese è necessario per un reclamo ai sensi di {law}: determina quale autorità lo riceve (articolo 77, paragrafo 1), e {law} non si applica in {country}; indichi il suo Paese nel profilo</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>il Paese è necessario per un reclamo ai sensi di {law}: determina quale autorità lo riceve (articolo 77, paragrafo 1), e non è indicato alcun Paese; indichi il suo Paese nel profilo</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>nessuna autorità di controllo nell’elenco per lo Stato USA {state}; Stati che ne hanno una: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>nessuna autorità di controllo nell’elenco per gli Stati Uniti senza uno Stato; Stati che ne hanno una: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>il Paese {country!r} è sconosciuto; usi un codice ISO 3166 come DE, FR, GB o US, oppure un nome inglese</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>il termine della richiesta precedente scade il {deadline}: finché non è scaduto, la lettera non può affermare che sia stato mancato; indichi che cosa ha risposto l’impresa, se ha risposto</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>questa interfaccia non può generare un PDF</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>impossibile scrivere lettere in {folder}: non è una cartella</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>il formato {format!r} non è tra {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} non ha il controllo {control!r}; valori validi: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} è un mirror, un servizio di URL brevi, uno scanner o un sito di paste; citi la pagina stessa</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>un mirror proxy di un altro sito; citi la pagina originale</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>il codice su {host} non è una fonte (lo sono solo i record delle aziende di datenanfragen/data)</translation>
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
        <translation>piattaforma sconosciuta: {platform!r}; ID validi: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>piattaforma sconosciuta: {platform!r}; intendeva {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>piattaforma sconosciuta: {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>la cartella del catalogo {path} non esiste o non è una cartella</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>l’ID di piattaforma {id!r} è duplicato</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>non è un TOML valido: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} non corrisponde al nome del file {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>deve essere {version} (si veda lo schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} non è un nome host in minuscolo come example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>l’ID di controllo {id!r} è duplicato</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>è necessario almeno un controllo (kind = &quot;none&quot; se non ne esiste alcuno), a meno che la piattaforma dichiari di non addestrare l’IA (ai_training con trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} compare già in una voce precedente; ogni regione ha una sola voce</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} non è tra {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>una base giuridica si registra solo per {regions}, le cui leggi la prevedono; {region!r} non la prevede (divida la voce)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} è anteriore a since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: una riga per voce, senza caratteri di controllo</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>è obbligatorio con un indirizzo (determina le festività di cui tiene conto il termine)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>nessuna fonte copre {name!r}; ogni campo di contatto richiede la sua fonte</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>un controllo di tipo {kind} richiede almeno un passaggio</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>è obbligatorio: ogni fatto richiede una fonte</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} non è tra gli host propri della piattaforma ({hosts}); se lo è, lo aggiunga a domains, altrimenti scelga un altro kind</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} è nel futuro</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>solo le fonti di un titolare del trattamento (controller) indicano quali campi riportano</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>deve essere una tabella</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} non è composto da lettere minuscole, cifre, -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} non è un URL http(s)</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} non è una singola riga di testo</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} non è un singolo indirizzo e-mail</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} non è un codice ISO 3166-1 come IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} non è &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>deve essere un testo, non {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>deve essere un numero intero, non {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>deve essere true o false, non {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>deve essere una data, non {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>deve essere una tabella, non {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>deve essere un elenco, non {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>campo sconosciuto (si veda lo schema in CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>non deve essere vuoto (ometta piuttosto il campo)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>deve contenere solo testi non vuoti, non {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>è obbligatorio: uno o più tra {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} non è tra {regions} né uno Stato USA come us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>la richiesta {reference} è nello stato {status}: non può essere segnata come {kind}; consentito ora: {allowed} (una richiesta respinta deve essere riaperta prima di poter essere soddisfatta)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>la richiesta {reference} è nello stato {status}: non può essere segnata come {kind}; consentito ora: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>un motivo si registra solo con &apos;refused&apos;, non con {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>una data di ricezione si registra solo con &apos;sent&apos;, non con {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>indichi il motivo del rifiuto: uno tra {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>{field} {value!r} non è uno dei valori ammessi: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>una richiesta deve avere il campo {field}; è vuoto</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>il riferimento {value!r} non ha la forma 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>la legge {value!r} non è un ID di legge come gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>la data {day} è anteriore all’invio della richiesta ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json non è un oggetto JSON</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>il formato del manifest {format!r} non è supportato (questa app legge {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>la versione del manifest {version} non è un numero intero da 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>la versione del manifest {start}... ({digits} cifre) non è un numero intero da 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>il campo created del manifest ({created!r}) non è una data e ora ISO</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>il campo files del manifest deve essere un elenco non vuoto</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>il percorso di file {path!r} nel manifest non ha la forma platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>lo sha256 di {path} nel manifest non è composto da 64 cifre esadecimali minuscole</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>il manifest elenca {path} due volte</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>impossibile leggere la chiave pubblica {path}: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>la chiave pubblica {path} non è una chiave Ed25519</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>la chiave di firma {path} non può essere letta come chiave privata PEM non cifrata: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>la chiave di firma {path} non è una chiave privata Ed25519</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>il catalogo {path} contiene file non validi, li corregga prima: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>il catalogo {path} non contiene file di piattaforma</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>la versione del catalogo deve essere un numero intero da 1 a {maximum}</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>il pacchetto è di {size} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>la firma è di {size} byte; una firma Ed25519 è di {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>verifica della firma non riuscita: il pacchetto è stato modificato, è danneggiato o è stato firmato con un’altra chiave</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>il pacchetto non è un archivio zip: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>il pacchetto contiene due volte lo stesso nome di file</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>il pacchetto non contiene manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>il pacchetto, una volta estratto, supera {limit} byte</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>il contenuto del pacchetto non corrisponde al suo manifest: non elencati {extra}, mancanti {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>il contenuto del pacchetto non corrisponde al suo manifest: non elencati {extra}, mancanti nessuno</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>il contenuto del pacchetto non corrisponde al suo manifest: non elencati nessuno, mancanti {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>impossibile leggere il pacchetto: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} non corrisponde al suo sha256 nel manifest</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>il pacchetto contiene voci di piattaforma non valide: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>nessun account {account!r} per {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>nessun account {account!r} per {platform}; niente da annullare</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>{path}, indicato come cartella dei dati, non è una cartella</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>impossibile leggere la cartella dei dati {path}</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>la richiesta {reference} non ha un indirizzo e-mail del destinatario; la invii invece per posta o tramite il modulo web dell’azienda</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>la richiesta {reference} è nello stato {status} dal {date}; si può inviare solo una bozza</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>la richiesta {reference} è nello stato {status}; si può inviare solo una bozza</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>il messaggio è stato inviato a {recipient}, ma non è stato possibile segnare come inviata la richiesta {reference} ({problem}); la registri manualmente con la data {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>l’esito {outcome!r} non è uno dei valori ammessi: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>la risposta incollata è vuota</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} contiene troppe parti di messaggio annidate l’una nell’altra per poter essere letto</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>il testo incollato contiene troppe parti di messaggio annidate l’una nell’altra per poter essere letto</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>la risposta {path} è datata {date} (intestazione Date): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>la risposta incollata è datata {date} (intestazione Date): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>nessun riferimento di richiesta (come 2026-K3F9Q2M) nel testo incollato; scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>il testo incollato indica più riferimenti ({references}); scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>il file di risposta {path} supera {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>impossibile leggere il file di risposta {path}: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>nessun riferimento di richiesta (come 2026-K3F9Q2M) nell’oggetto di {file}; scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>nessun riferimento di richiesta (come 2026-K3F9Q2M) nell’oggetto del testo incollato; scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>nessun riferimento di richiesta (come 2026-K3F9Q2M) nel testo di {file}; scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>l’oggetto di {file} indica più riferimenti ({references}); scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>l’oggetto del testo incollato indica più riferimenti ({references}); scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>il testo di {file} indica più riferimenti ({references}); scelga la richiesta a cui risponde</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>il formato di esportazione {format!r} non è uno dei valori ammessi: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>{law} non si applica nel Paese {country!r}; Paesi validi per {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>il tipo di richiesta {type!r} non è previsto ai sensi di {law}; tipi validi per {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>la data di ricezione {date} è nel futuro (oggi è il {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>codice Paese sconosciuto: {country!r}; usi un codice ISO 3166 come DE, FR o GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>le fonti consultate non indicano un termine entro cui l’azienda deve decidere su un ricorso ai sensi di {law}, quindi una lettera di ricorso non può indicare un termine; presenti ricorso per iscritto e registri la risposta dell’azienda</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>le fonti non indicano un termine di risposta per {type!r} ai sensi di {law}; tipi con un termine per {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>le fonti non indicano un termine di risposta per &apos;una richiesta&apos; ai sensi di {law}; tipi con un termine per {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>legge sconosciuta: {law!r}; valori validi: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>tipo di richiesta sconosciuto: {type!r}; valori validi: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>codice Paese sconosciuto: {country!r}; usi un codice ISO 3166 come DE, FR, GB o US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>lo Stato richiede un Paese: indichi anche il Paese</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>lo Stato {state!r} non è previsto: per {country} l’app non usa gli Stati</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} non è uno Stato di {country}; codici validi: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>la lingua {language!r} non è disponibile; scelga una tra {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>l’app non conosce il Paese {country!r}: ne indichi il codice ISO (DE, FR, GB, US) o il nome inglese (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>l’app non conosce il Paese {country!r}: ne indichi il codice ISO (DE, FR, GB, US) o il nome inglese (Germany); intendeva {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>l’app non conosce il Paese {country!r}: ne indichi il codice ISO (DE, FR, GB, US) o il nome inglese (Germany); intendeva {first} o {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>l’app non conosce il Paese {country!r}: ne indichi il codice ISO (DE, FR, GB, US) o il nome inglese (Germany); intendeva {first}, {second} o {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>per gli Stati Uniti lo Stato è obbligatorio (ad esempio CA per la California)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>la data di ricezione {date} è anteriore all’invio della richiesta ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>la data di ricezione {date} è nel futuro (oggi è il {today}); la inserisca quando l’azienda avrà ricevuto la lettera, oppure lasci il campo vuoto per usare la stima</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Il catalogo non indica alcun titolare del trattamento per gli utenti di {platform} in {region}. Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma ({policy}) oppure chieda a {authority} come contattare l’azienda. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Il catalogo non indica alcun titolare del trattamento per gli utenti di {platform} in {region}. Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma ({policy}). Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Il catalogo non indica alcun titolare del trattamento per gli utenti di {platform} in {region}. Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma oppure chieda a {authority} come contattare l’azienda. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Il catalogo non indica alcun titolare del trattamento per gli utenti di {platform} in {region}. Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Il catalogo non contiene alcun indirizzo e-mail, modulo o indirizzo postale per {entity} ({region}). Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma ({policy}) oppure chieda a {authority} come contattare l’azienda. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Il catalogo non contiene alcun indirizzo e-mail, modulo o indirizzo postale per {entity} ({region}). Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma ({policy}). Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Il catalogo non contiene alcun indirizzo e-mail, modulo o indirizzo postale per {entity} ({region}). Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma oppure chieda a {authority} come contattare l’azienda. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Il catalogo non contiene alcun indirizzo e-mail, modulo o indirizzo postale per {entity} ({region}). Cerchi un contatto per la privacy nell’informativa sulla privacy della piattaforma. Non è stata scritta alcuna lettera, perché manca il destinatario.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>la password è vuota; digiti la password o lasci il campo com’era</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>su questo computer non è stato trovato alcun archivio delle password (keyring del sistema) utilizzabile, quindi la password non può essere salvata</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>il keyring del sistema ha rifiutato di salvare la password ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>il keyring del sistema ha rifiutato di eliminare la password ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>l’allegato {path} non è un file leggibile</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>l’allegato {path} è di {megabytes} MB; il limite è {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>impossibile leggere l’allegato {path}: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>l’URL di aggiornamento {url!r} non è un indirizzo web (https://host/path)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>l’URL di aggiornamento {url!r} usa HTTP non cifrato; è consentito solo https://</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>l’URL di aggiornamento {url!r} ha lo schema {scheme!r}; è consentito solo https://</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>impossibile raggiungere {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} reindirizza a {target!r}, rifiutato: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} ha risposto HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>il download di {url} ha richiesto più di {seconds} secondi; download interrotto</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} reindirizza più di {count} volte</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} è di {size} byte, oltre il limite di {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} ha inviato più del limite di {limit} byte; download interrotto</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>il download di {url} è incompleto: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>il download di {url} è incompleto: {received} di {size} byte</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>il catalogo è aggiornato (versione {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>il catalogo offerto su {url} è la versione {version}, meno recente di quella installata ({installed}); rifiutato</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>ne manca un file</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>nome di cartella non valido: {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>il catalogo installato dichiara la versione {claimed} in {folder}, ma il suo pacchetto firmato è la versione {version}: è stato riportato a una versione precedente o modificato</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>il manifest.json installato differisce da quello firmato: è stato modificato</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>sono stati aggiunti o rimossi file di piattaforma dopo l’installazione dell’aggiornamento</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} è stato modificato dopo l’installazione dell’aggiornamento</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>la versione del catalogo {version} non è più recente di quella installata ({installed})</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>la registrazione dell’ultimo aggiornamento del catalogo è illeggibile ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>{field} {value} non è un testo</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>{field} deve essere una sola riga di testo semplice; contiene il carattere di controllo {character} alla posizione {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>{field} contiene il carattere di controllo {character} alla posizione {position}; nel testo si conservano solo gli a capo e le tabulazioni</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} non deve essere vuoto</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>{field} è troppo lungo ({length} caratteri, al massimo {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>{field} {value} non è un ID (a-z, 0-9, - e _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>{field} {value} non è uno dei valori ammessi: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>{field} {value} non è un numero da {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>{field} {value} non è una data nel formato AAAA-MM-GG</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>{field} {value!r} non è una data esistente</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>{field} {value} non è una data e ora</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>{field} {day} è nel futuro; indichi la data in cui è avvenuto (al più tardi oggi)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>{field} {day} è anteriore al {start}, data da cui si applica il GDPR e data più remota accettata dall’app</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>{field} {day} è anteriore all’entrata in vigore di {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>{field} {value} non è un indirizzo e-mail valido: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>prima della @ contiene caratteri che nessun indirizzo può avere: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>dopo la @ contiene caratteri che nessun indirizzo può avere: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>manca la @</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>prima della @ non c’è nulla</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>dopo la @ non c’è nulla</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>la parte dopo la @ deve contenere un punto, come in example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>contiene due punti di seguito</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>inizia con un punto</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>termina con un punto</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>c’è un punto subito prima della @</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>c’è un punto subito dopo la @</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>impossibile scrivere {path}: il PDF è vuoto</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorogata</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Servono informazioni</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Soddisfatta</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Soddisfatta in parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamo presentato</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Sollecito inviato</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Risposta ricevuta</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperta</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>email</source>
        <translation>indirizzo email</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo postale</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stato o Land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>indirizzo del mittente</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>indirizzo email del destinatario</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>server SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>porta SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>utente SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>sicurezza SMTP</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nome dell’account</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>numero di copie conservate</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>oggetto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>riferimento</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>La lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Lingua dell’app</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Salvato. L’app userà la lingua scelta dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Imposti il suo Paese in Impostazioni &gt; Profilo per vedere la legge che la tutela.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>L’app non conosce ancora alcuna legge sulla protezione dei dati per {place}. Può comunque usare la checklist e scrivere alle piattaforme in base alla legge del luogo in cui sono stabilite (ad esempio il GDPR per un’azienda nell’UE).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>in vigore dal {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Risposta dovuta entro {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>al massimo {period} con una proroga</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>ricezione da confermare entro {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Una richiesta inviata oggi deve ricevere risposta entro il {date} (al più tardi entro il {extended} in caso di proroga).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Una richiesta inviata oggi deve ricevere risposta entro il {date}.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>l’azienda deve decidere entro {period}</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>le fonti consultate non indicano un termine per la risposta dell’azienda</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>La legge le consente di presentare ricorso all’azienda se questa rifiuta o non agisce: {answer}. L’app suggerisce di presentare ricorso prima di un reclamo all’autorità di controllo.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>I suoi diritti</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Dove presentare reclamo:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sito web</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>modulo di reclamo</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Legge</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Il suo Paese (e, negli Stati Uniti, il suo Stato) determina quale legge sulla protezione dei dati l’app usa per le lettere e i termini. Può modificarlo nella scheda Profilo.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Opposizione all’addestramento dell’IA</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Si opponga all’uso dei suoi dati personali per l’addestramento di modelli di IA quando l’azienda si basa sul proprio legittimo interesse.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Richiesta di accesso con domande sull’IA</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Chieda una copia dei suoi dati e per quali scopi vengono usati, compreso se e come vengono usati per addestrare l’IA.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Richiesta di cancellazione</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Chieda all’azienda di cancellare i suoi dati personali, ad esempio dopo un’opposizione accolta o la revoca del consenso.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitazione del trattamento</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Chieda all’azienda di smettere di usare i suoi dati mentre esamina la sua opposizione.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Revoca del consenso</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Revochi il consenso che ha dato all’addestramento dell’IA; revocare il consenso deve essere facile quanto accordarlo.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Richiesta di rettifica</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Chieda all’azienda di rettificare i dati personali inesatti che la riguardano o di integrare i dati incompleti.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Richiesta di portabilità dei dati</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Chieda i dati che ha fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico, o la loro trasmissione a un’altra azienda (consenso o contratto, trattamento automatizzato).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Decisione automatizzata: intervento umano</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Contesti una decisione basata unicamente sul trattamento automatizzato, compresa la profilazione, che produce effetti giuridici che la riguardano o che incide in modo analogo significativamente sulla sua persona: chieda l’intervento umano ed esprima la sua opinione.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Risposta alla richiesta di prova dell’identità</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Risponda a un’azienda che chiede un documento d’identità prima di dare seguito alla sua richiesta: può chiederlo solo in presenza di ragionevoli dubbi, e solo per ciò che conferma la sua identità.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Reclamo al titolare del trattamento (Regno Unito)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Presenti reclamo all’azienda stessa per una violazione del UK GDPR relativa ai suoi dati; l’azienda deve confermarne la ricezione entro 30 giorni. L’ICO si aspetta questo passaggio prima che gli venga presentato un reclamo.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Sollecito dopo la scadenza del termine</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Ricordi all’azienda che il termine di risposta alla sua richiesta precedente è scaduto.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Reclamo all’autorità di controllo</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Presenti reclamo all’autorità per la protezione dei dati perché l’azienda non ha risposto o non ha ottemperato alla sua richiesta.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out dalla vendita o dalla condivisione</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Comunichi all’azienda di cessare la vendita o la condivisione delle sue informazioni personali con terzi. Ciò non impedisce all’azienda di usare essa stessa i suoi dati, ad esempio per addestrare la propria IA.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Limitazione dell’uso delle informazioni personali sensibili</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Comunichi all’azienda di limitare il proprio uso e la propria divulgazione delle sue informazioni personali sensibili a quanto richiesto dal servizio che offre; ciò riguarda anche l’addestramento della sua IA su tali dati.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Richiesta di cancellazione</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Chieda all’azienda di cancellare le informazioni personali che ha raccolto presso di lei.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Richiesta ai sensi del diritto di sapere</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Chieda quali informazioni personali l’azienda ha raccolto, venduto o condiviso, da dove provengono, perché e con chi.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Richiesta di correzione</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Chieda all’azienda di correggere le informazioni personali inesatte che la riguardano.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Risponda a un’azienda che, prima di dare seguito alla sua richiesta, chiede prove dell’identità maggiori di quanto consentano i regolamenti attuativi del CCPA.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Autorizzazione di un delegato</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Firmi un’autorizzazione che consente a una persona o a un’azienda di presentare richieste ai sensi del CCPA per suo conto; l’azienda può chiederle di confermarla, ma non può esigere una procura.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Ricordi all’azienda che il termine per la sua richiesta precedente è scaduto (15 giorni lavorativi per un opt-out o una richiesta di limitazione, 45 giorni per le altre richieste).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Reclamo alla California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Segnali a CalPrivacy un’azienda che ha ignorato o respinto la sua richiesta.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Richiesta di opt-out</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Eserciti l’opt-out per ciò che copre la legge del suo Stato: vendita, pubblicità mirata e, nella maggior parte degli Stati, profilazione finalizzata a decisioni che producono effetti giuridici o effetti analogamente significativi. Nessuno di questi opt-out impedisce all’azienda di addestrare la propria IA con i suoi dati.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Richiesta di accesso</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Chieda all’azienda di confermare se tratta i suoi dati personali e di fornirgliene una copia.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Richiesta di cancellazione</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Chieda all’azienda di cancellare i dati personali che la riguardano.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Ricorso contro un rifiuto</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Presenti ricorso all’azienda dopo che ha respinto la sua richiesta o non vi ha dato seguito.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Reclamo al procuratore generale dello Stato (Attorney General)</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Segnali al procuratore generale (Attorney General) del suo Stato un’azienda che ha ignorato o respinto la sua richiesta.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Richiesta di conferma e di accesso</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Chieda se l’azienda tratta i suoi dati, nonché una dichiarazione completa che ne indichi l’origine, i criteri utilizzati e la finalità del trattamento.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Chieda all’azienda di anonimizzare, bloccare o cancellare i suoi dati, oppure di cancellare i dati che tratta con il suo consenso.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Richiesta di correzione</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Chieda all’azienda di correggere dati incompleti, inesatti o non aggiornati.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Revoca del consenso</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Revochi il consenso che ha dato all’uso dei suoi dati, anche per l’addestramento dell’IA.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Opposizione al trattamento</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Si opponga a un trattamento che l’azienda fonda su una base diversa dal consenso (come il legittimo interesse) quando non è conforme alla LGPD, ad esempio un addestramento dell’IA di cui non ha ricevuto un’informazione chiara.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Petizione all’ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Presenti una petizione contro l’azienda all’autorità nazionale brasiliana per la protezione dei dati.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Chieda per iscritto all’organizzazione le informazioni personali che detiene su di lei e come le utilizza.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Ricordi all’organizzazione che il termine di 30 giorni per la sua richiesta di accesso è scaduto.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Reclamo al Privacy Commissioner</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Presenti reclamo contro l’organizzazione all’Office of the Privacy Commissioner of Canada.</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Regolamento generale sulla protezione dei dati (UE) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>UE e SEE</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Revocare il consenso</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Notifica ai destinatari</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilità dei dati</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Opporsi al trattamento fondato sul legittimo interesse o su un compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Opporsi al marketing diretto (se l’addestramento è finalizzato a esso)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Non essere sottoposto a decisioni basate unicamente sul trattamento automatizzato</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Risposta entro un mese</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Informazioni ulteriori per confermare l’identità solo in caso di ragionevoli dubbi</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Proporre reclamo a un’autorità di controllo</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>L’autorità di controllo del Paese in cui risiede abitualmente, in cui lavora o in cui si è verificata la presunta violazione (articolo 77, paragrafo 1, del GDPR).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Un mese termina alla stessa data del mese successivo o, se tale mese non ha quella data, l’ultimo giorno di quel mese; una scadenza che cade di sabato, di domenica o in un giorno festivo slitta al giorno lavorativo successivo (regolamento 1182/71, articolo 3, paragrafo 2, lettera c), e articolo 3, paragrafo 4; l’applicazione di tale regolamento ai termini del GDPR è un’interpretazione).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>Il titolare del trattamento può prorogare il termine di ulteriori due mesi, ma deve informarla entro il primo mese, indicandone i motivi (articolo 12, paragrafo 3, del GDPR).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>ulteriori due mesi calcolati dalla prima scadenza</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>La scadenza prorogata si calcola a tre mesi dal ricevimento (metodo dell’ICO, che dà la data più tardiva); nessuna fonte dell’UE stabilisce quale interpretazione si applichi.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Se l’autorità di controllo non l’ha informata dello stato o dell’esito del suo reclamo entro tre mesi, può proporre ricorso giurisdizionale contro di essa (articolo 78, paragrafo 2, del GDPR).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Proporre reclamo all’ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>L’ICO le chiede di presentare prima reclamo all’organizzazione, di sollecitarla se dopo 30 giorni non ha ricevuto risposta e di presentare reclamo all’ICO entro tre mesi dal suo ultimo contatto con l’organizzazione.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Dal 19 giugno 2026 può presentare reclamo al titolare del trattamento stesso per una violazione relativa ai suoi dati personali (DPA 2018 s. 164A, inserita dal Data (Use and Access) Act 2025 s. 103; entrata in vigore riportata su http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Metodo dell’ICO: dal giorno del ricevimento alla stessa data del mese successivo o, se tale mese non ha quella data, all’ultimo giorno di quel mese; una scadenza che cade nel fine settimana o in un giorno festivo slitta al giorno lavorativo successivo.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>Il termine decorre dal più tardivo tra il ricevimento della richiesta, quello delle informazioni sull’identità chieste dal titolare del trattamento e quello di un contributo spese (articolo 12A del UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>La scadenza prorogata si calcola a tre mesi dal ricevimento, come indica l’ICO.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>Il titolare del trattamento deve confermare la ricezione entro il periodo di 30 giorni che inizia con il ricevimento del reclamo (DPA 2018 s. 164A(3)): il giorno del ricevimento è il primo dei 30 giorni.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Deve poi, senza ingiustificato ritardo, adottare le misure appropriate per dare seguito al reclamo (tra cui svolgere accertamenti e tenerla informata sull’andamento) e comunicarle l’esito (s. 164A(4)-(5)); per l’esito non è previsto un termine fisso.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Legge federale sulla protezione dei dati (LPD riveduta)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>Il consenso è valido solo se espresso liberamente, per un trattamento determinato, dopo debita informazione</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>I dati sono distrutti o anonimizzati non appena non sono più necessari per lo scopo</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Accesso (informazioni sui suoi dati)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>Le informazioni contenute in ogni risposta (scopo, durata di conservazione, provenienza, destinatari...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Informazioni fornite gratuitamente</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Risposta entro 30 giorni</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Consegnare o trasmettere i dati che ha fornito, in un formato elettronico usuale</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Un trattamento contro la sua espressa volontà costituisce una lesione della personalità (ciò che fa valere un’opposizione)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Una lesione è illecita se non è giustificata dal consenso, da un interesse preponderante o dalla legge</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Pretese giuridiche: vietare il trattamento o la comunicazione, cancellare o distruggere i dati</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Segnalazione all’IFPDT</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>L’IFPDT informa la persona interessata che ha effettuato la segnalazione sulle misure adottate e sul loro esito</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>L’IFPDT apre un’inchiesta su segnalazione se vi sono indizi sufficienti di una violazione e può rinunciarvi nei casi di lieve entità (art. 49 LPD).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>La LPD non prevede né un diritto di revocare il consenso, né un diritto alla limitazione del trattamento, né un diritto generale di opposizione; le lettere per queste richieste si basano sull’art. 6 cpv. 6, sull’art. 30 cpv. 2 lett. b, sull’art. 31 cpv. 1 e sull’art. 32 e non citano alcun articolo per la richiesta stessa (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ sulla revoca; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection sull’opposizione).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>Quale capoverso dell’art. 32 menzioni la cancellazione non è stato verificato sul testo della legge; le lettere citano l’art. 32 nel suo complesso.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>I giorni si contano dal giorno successivo al ricevimento; un ultimo giorno che cade di sabato, di domenica o in un giorno festivo slitta al giorno lavorativo successivo (art. 77-78 del Codice delle obbligazioni; la loro applicazione ai termini della LPD è un’interpretazione).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>La LPD non prevede una proroga fissa: un titolare del trattamento che non può rispondere entro 30 giorni deve comunicarle entro quando lo farà (art. 18 cpv. 2 OPDa); annoti la data che indica.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>Il termine di 30 giorni è quello previsto dalla LPD per le richieste di accesso (art. 25 cpv. 7 LPD, art. 18 OPDa); le fonti non indicano alcun termine per questo tipo di richiesta, quindi la data è indicativa.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, come modificato dal CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>California, Stati Uniti</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Sapere che cosa viene raccolto</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Sapere che cosa viene venduto o condiviso e a chi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Esercitare l’opt-out dalla vendita o dalla condivisione</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Limitare l’uso e la divulgazione delle informazioni personali sensibili</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Nessuna discriminazione per l’esercizio dei diritti</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Risposta entro 45 giorni</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Presentare reclamo alla California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>Anche il procuratore generale (Attorney General) della California vigila sull’applicazione del CCPA; le azioni legali private sono possibili solo per determinate violazioni dei dati (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>«45 giorni» significa la data di ricevimento più 45: il primo giorno è escluso, e lo è anche l’ultimo giorno se è festivo (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Un ultimo giorno che cade di sabato, di domenica o in un giorno festivo slitta al giorno successivo che non sia nessuno di questi: il Code Civ. Proc. § 12a considera festivi «all day on Saturdays» (l’intera giornata del sabato) e le festività del § 135 (che comprendono tutte le domeniche, Gov. Code § 6700(a)(1)), per qualsiasi termine fissato da una legge o da un regolamento.</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Le festività sono quelle dello Stato della California come elencate dalla libreria holidays; le festività giudiziarie del Code Civ. Proc. § 135 e i giorni di chiusura di un ufficio pubblico (§ 12b) possono differire e non sono noti all’app.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>L’azienda può prorogare il termine una sola volta, di al massimo 45 giorni (90 in totale), se le comunica il motivo entro i primi 45 giorni (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>I giorni lavorativi escludono sabati, domeniche e festività della California (interpretazione: i regolamenti non definiscono i giorni lavorativi).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>contando il giorno del ricevimento come primo giorno, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>La scadenza cade 45 giorni dopo il giorno del ricevimento (Code Civ. Proc. § 12); non è stata trovata alcuna presa di posizione della CPPA su questo punto.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>L’azienda deve cessare la vendita o la condivisione non appena ciò sia concretamente possibile e al più tardi 15 giorni lavorativi dopo il ricevimento, e informarne i terzi interessati (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>L’11 CCR § 7026(f)(1) fissa un termine invariabile di 15 giorni lavorativi e non prevede proroghe.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>L’azienda deve limitare l’uso delle sue informazioni personali sensibili entro 15 giorni lavorativi dal ricevimento (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>L’11 CCR § 7027(g) fissa un termine invariabile di 15 giorni lavorativi e non prevede proroghe.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virginia, Stati Uniti</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Richieste dei consumatori e risposte</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Applicazione da parte del procuratore generale (Attorney General)</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>Le fonti indicano il termine di risposta e l’autorità competente per questa legge, ma non elencano, Stato per Stato, quali diritti dei consumatori (accesso, cancellazione, opt-out) essa conceda; verifichi il testo della legge prima di fare affidamento su un determinato diritto.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme della Virginia sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine una sola volta di 45 giorni, informandola entro i primi 45 giorni.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Dato riportato: il termine di 60 giorni per decidere su un ricorso proviene da sintesi; il testo della sottosezione non è stato reperito.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Colorado, Stati Uniti</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Anche i procuratori distrettuali (district attorneys) vigilano sull’applicazione della legge, oltre al procuratore generale (Attorney General).</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Un delegato autorizzato può esercitare l’opt-out per suo conto, anche tramite un’impostazione del browser o del dispositivo (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme del Colorado sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine di 45 giorni se ragionevolmente necessario.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, Stati Uniti</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>Se il ricorso è respinto, il titolare del trattamento deve indicarle come presentare reclamo al procuratore generale (Attorney General).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme del Connecticut sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine una sola volta di 45 giorni, informandola entro i primi 45 giorni.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>Il titolare del trattamento deve decidere sul ricorso entro 60 giorni dal suo ricevimento.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, Stati Uniti</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>Il procuratore generale (Attorney General) agisce per l’applicazione della legge su segnalazione della Division of Consumer Protection (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme dello Utah sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine una sola volta di 45 giorni, comunicandole la durata e i motivi prima della fine del primo termine.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Texas, Stati Uniti</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>Il procuratore generale (Attorney General) deve mettere a disposizione un sistema di reclamo online (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme del Texas sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine una sola volta di 45 giorni, informandola entro i primi 45 giorni.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, Stati Uniti</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Le richieste di opt-out non richiedono alcuna autenticazione (ORS § 646A.576(5)(e)); un delegato autorizzato può esercitare l’opt-out per suo conto (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme dell’Oregon sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine di ulteriori 45 giorni se ragionevolmente necessario, informandola entro i primi 45 giorni e spiegandone il motivo (sezione 4(5)(a) della legge, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>Il titolare del trattamento deve accogliere o respingere il ricorso entro 45 giorni dal suo ricevimento e, se lo respinge, indicarle come presentare reclamo al procuratore generale (Attorney General).</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, Stati Uniti</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Un delegato autorizzato può esercitare l’opt-out per suo conto (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme del Montana sul computo dei termini non sono state esaminate). Il titolare del trattamento può prorogare il termine di 45 giorni, informandola entro i primi 45 giorni.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, Stati Uniti</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Nessun diritto di azione privata (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme dell’Iowa sul computo dei termini non sono state esaminate). Le fonti basate sul testo di legge indicano 90 giorni; un set di dati indica 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se l’ICDPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Legge dell’Indiana sulla protezione dei dati dei consumatori (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, Stati Uniti</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Calcolato in giorni di calendario a partire dal giorno successivo al ricevimento (interpretazione: le norme dello Stato sul computo dei termini non sono state esaminate).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se la legge dell’Indiana consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Legge del Kentucky sulla protezione dei dati dei consumatori (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il KCDPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Legge del Rhode Island sulla trasparenza dei dati e sulla privacy (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, Stati Uniti</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>A una revoca del consenso deve essere dato seguito entro 15 giorni.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il RIDTPPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Legge del Nebraska sulla protezione dei dati personali (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, Stati Uniti</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>In vigore entro il 2026; la data esatta non è stata verificata.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il NDPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Legge del Delaware sulla protezione dei dati personali (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il DPDPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>Legge del New Hampshire sulla protezione dei dati personali (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>New Hampshire, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il NHDPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>Legge del New Jersey sulla protezione dei dati personali (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>New Jersey, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se la NJDPL consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il TIPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Legge del Minnesota sulla protezione dei dati dei consumatori (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se la legge del Minnesota consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Legge del Maryland sulla protezione dei dati online (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, Stati Uniti</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Le fonti consultate non dicono se il MODPA consenta al titolare del trattamento di prorogare questo termine; se il titolare dichiara una proroga, la registri con la data che indica.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Conferma del trattamento e accesso</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonimizzazione, blocco o cancellazione; cancellazione dei dati trattati con il consenso</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Opporsi al trattamento fondato su una base diversa dal consenso, quando non è conforme alla LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Risposta gratuita alle richieste</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Dichiarazione completa entro 15 giorni</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Presentare una petizione all’autorità nazionale (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Se il titolare del trattamento non può agire immediatamente, deve comunicarle che non è l’agente di trattamento (indicando quale sia, se possibile) o esporle i motivi (articolo 18, § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Calcolato come 15 giorni di calendario dalla richiesta; le norme brasiliane sul computo dei termini non sono state esaminate, quindi i fine settimana e le festività non vengono esclusi.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>Le fonti consultate non dicono se la LGPD consenta al titolare del trattamento di prorogare i 15 giorni.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>Il termine di 15 giorni è quello previsto dalla LGPD per la conferma e l’accesso (articolo 19); un termine di legge per gli altri diritti non è stato verificato (un set di dati applica 15 giorni a ogni richiesta ai sensi della LGPD), quindi la data è indicativa.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Canada (federale, settore privato)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>La richiesta di accesso si presenta per iscritto</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Proroga di al massimo 30 giorni, con avviso, motivi e diritto di presentare reclamo</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>La mancata risposta nei termini equivale a un rifiuto</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Le richieste di accesso devono essere presentate per iscritto (s. 8(1)); la mancata risposta nei termini equivale a un rifiuto (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>La disposizione del PIPEDA che conferisce il diritto di presentare reclamo al Commissioner non figura nelle fonti consultate.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>I giorni si contano dal giorno successivo al ricevimento; un termine che cade in un giorno festivo slitta al primo giorno successivo non festivo (Interpretation Act s. 26). La domenica è un giorno festivo ai sensi della s. 35(1); il sabato non lo è, quindi un termine che cade di sabato non slitta (interpretazione della s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>L’organizzazione può prorogare il termine di al massimo 30 giorni, comunicandole entro i primi 30 giorni il nuovo termine, i motivi e il suo diritto di presentare reclamo (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>Il termine di 30 giorni è quello previsto dal PIPEDA per le richieste di accesso (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Il mio lavoro creativo o professionale</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>I miei contenuti rivelano la mia vita privata</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Segreto professionale</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Protezione da molestie</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Contenuti di quando ero minorenne</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>solo i dati usati per l’addestramento dell’IA</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>tutti i miei dati (chiude l’account)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>nessuna risposta completa entro il termine</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>respinta</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>evasa solo in parte</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>richieste ulteriori informazioni</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>I suoi diritti</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Dopo una richiesta precedente</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Reclami a un’autorità</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; non è pubblicato alcun indirizzo e-mail per la privacy</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il suo nome</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>il suo Paese</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Una lettera è firmata con il suo nome e fondata sulla legge del Paese in cui vive: quali diritti ha, chi risponde ed entro quando. Aggiunga al suo profilo {missing} e la pagina le suggerirà la richiesta adatta a ogni piattaforma.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Prima di tutto: chi è e dove vive</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Apri Impostazioni &gt; Profilo</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Scelga una piattaforma</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Scelga una legge</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>La sua situazione, con parole sue</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Piattaforme a cui scrivere insieme</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Formato di file delle lettere</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Scelga una piattaforma, una legge e una richiesta: la lettera compare qui.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>Modifica &amp;testo</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Modifichi il testo della lettera prima di salvarla o inviarla</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Una lettera basata su un’altra legge serve solo se quella legge la tutela.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>La legge del luogo in cui vive, secondo il suo profilo.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>Dove vive si applica il {law}; una lettera basata su un’altra legge serve solo se quella legge la tutela.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Suggerita: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Scriva una richiesta fondata sulla legge: un’opposizione all’addestramento dell’IA, una richiesta di accesso, di cancellazione, una revoca del consenso o un opt-out ai sensi del CCPA. Se vuole, modifichi il testo, poi lo salvi o lo invii.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>e-mail, nome utente o URL del profilo</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Legge</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo di richiesta</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Perché viene suggerita questa richiesta</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Lingua della lettera</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Modalità di invio</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Come indicato dal destinatario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>La sua situazione</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>con parole sue (facoltativo)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>tutti i miei dati (predefinito)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Quali dati</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Da cancellare</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Richiesta precedente inviata il</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Tipo della richiesta precedente</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Si trattava di</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>nome e recapito della persona che autorizza</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>che cosa è errato e che cosa è corretto</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>che cosa è successo (facoltativo)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Più piattaforme insieme</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Spunti le piattaforme; ognuna riceve una propria lettera del tipo scelto.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>Apri le impostazioni del pr&amp;ofilo</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Salva anche ogni lettera come richiesta</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Conserva ogni lettera generata nella pagina Richieste come bozza</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testo della lettera</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Le sue modifiche sono conservate. Le modifiche a sinistra non cambiano più il testo.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Copia l’oggetto e la lettera negli appunti</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Piattaforma</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Legge</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lin&amp;gua</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>&amp;Invio tramite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>G&amp;enera nella cartella…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>A&amp;nnulla le mie modifiche</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salva come:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Salva la lettera come file .{format}</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Salva come .{format}</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copia lettera</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>&amp;Salva come richiesta</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Conserva questa lettera, con le sue modifiche, nella pagina Richieste come bozza</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Apri nell’app di posta</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Non si è aperto alcun programma di posta: su questo computer nessuno è configurato per i link di posta. Scriva a questo indirizzo dalla sua webmail; «Copia lettera» copia l’oggetto e il testo.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Apri modulo web</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>piattaforma sconosciuta: {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>la richiesta {id} ({reference}) è ancora una bozza; registri prima quando l’ha inviata</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>il tipo di richiesta {type} non può essere redatto ai sensi di {law}</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Non salvato: {file} esiste già.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Salvato {path}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Sostituire il file?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} esiste già in {folder}. Sostituirlo con questa lettera?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Salvata come richiesta {id} ({reference}), in bozza. La trova nella pagina Richieste: registri lì quando la invia, da quel momento decorre il termine.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>Lettere scritte in {folder}: {letters}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>Salvate: {requests} (pagina Richieste).</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Oggetto e lettera copiati.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>Per la lettera non è noto alcun indirizzo e-mail: è stata copiata, la incolli nel suo programma di posta.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>La lettera è troppo lunga per un link di posta: è stata copiata, la incolli nel suo programma di posta.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Passata al suo programma di posta: verifichi che il nuovo messaggio si sia aperto, poi lo invii.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>La lettera è stata copiata; la incolli nel modulo web che si è aperto.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>La lettera compare qui non appena il problema indicato sotto è risolto.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>A {recipient}: {how} · risposta dovuta entro il {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>A {recipient}: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Messaggio e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Salva lettera</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Cartella per le lettere</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>&amp;Esporta richieste</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Come &amp;foglio di calcolo (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>Con tutti i &amp;dettagli e le cronologie (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Come &amp;calendario delle scadenze (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Crea un &amp;backup…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Ripristina un backup…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>&amp;Salva lettera come richiesta</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Salva lettera come &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Trova in questa pagina</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copia lettera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Lettere</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Richieste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;Informazioni su Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: la piattaforma non ha rispettato il termine di legge. Apra Richieste per inviare un sollecito o presentare reclamo.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>Segna {reference} come inviata</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>Il termine di legge decorre dal giorno in cui l’azienda ha ricevuto la sua richiesta.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>Il giorno in cui l’azienda ha ricevuto la richiesta: da esso decorre il termine</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>facoltativo, ad es. numero della raccomandata</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviata il</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Inviata tramite</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Ricevuta dall’azienda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Segna come inviata</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Fonte: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Stima: %n giorno lavorativo dopo la spedizione, secondo lo standard di consegna pubblicato per la posta nazionale. Lo corregga quando conosce il giorno.</numerusform>
            <numerusform>Stima: %n giorni lavorativi dopo la spedizione, secondo lo standard di consegna pubblicato per la posta nazionale. Lo corregga quando conosce il giorno.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Per il percorso di questa lettera non è noto alcun tempo di consegna pubblicato, quindi come stima viene usato il giorno di invio. Lo corregga quando conosce il giorno.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>Le e-mail, i moduli web e le richieste nell’app arrivano all’azienda il giorno stesso dell’invio.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>Il termine decorrerà dal giorno che ha inserito.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Non si è aperto nulla: nessun programma è configurato per questo tipo di file. Ne copi il percorso e lo apra manualmente.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copia il link negli appunti</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Messaggio di errore</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Non si è aperto nulla: su questo computer nessun programma è configurato per aprire questo link. Copi il link e lo apra nel browser.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Incolla la risposta a {reference}</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Incolla una risposta</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Incolli la risposta dell’azienda. Includa le intestazioni (Da, Oggetto, Data) se il suo programma di posta le mostra.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Incolli la risposta dell’azienda. Includa le intestazioni (Da, Oggetto, Data) se il suo programma di posta le mostra: il riferimento nell’oggetto consente di trovare la richiesta.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Aggiungi risposta</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Spunti nell’elenco a sinistra le piattaforme che usa. Per ciascuna vedrà, passo per passo, le impostazioni sull’addestramento dell’IA disponibili dove vive e potrà segnarle come fatte. Dove non esiste alcuna impostazione, l’app la aiuta invece a scrivere una lettera.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Uso {platform}</translation>
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
        <translation>Ciascuno dei suoi account su questa piattaforma ha le proprie impostazioni</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>Il catalogo non contiene informazioni sull’addestramento dell’IA per: {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Nessuna azione necessaria: {platform} dichiara di non addestrare l’IA con i suoi dati. Ricontrolli quando cambiano le sue condizioni.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>«{quote}» — {who}, consultazione del {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Addestramento con i dati degli utenti in questa regione dal {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Dati usati: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Base giuridica dichiarata da {platform}: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>Che cosa fa {platform} con i Suoi dati, e quali controlli ha a disposizione, dipende da dove vive: indichi il Suo Paese in Impostazioni &gt; Profilo. Fino ad allora ogni controllo è elencato con le regioni in cui esiste.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>Aggiungi a&amp;ccount…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · controlli disponibili in: {region}</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · controlli di tutte le regioni (nessun Paese indicato)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} non offre alcuna impostazione sull’addestramento dell’IA in questa regione ({region}). Una lettera di richiesta (un’opposizione o, in California, un opt-out ai sensi del CCPA) è il modo per dire no.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} non offre alcuna impostazione sull’addestramento dell’IA in nessuna regione del catalogo. Una lettera di richiesta (un’opposizione o, in California, un opt-out ai sensi del CCPA) è il modo per dire no.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Scrivi una lettera…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Impostazioni che non sono opt-out dall’addestramento dell’IA</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Modifiche delle condizioni</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, consultazione del {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(fatto verificato meno recente: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(nessuna fonte ancora citata)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>Da dove provengono le informazioni di questa pagina</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>Le impostazioni, i passaggi e le note della piattaforma sono citati dal catalogo, in inglese.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Un nome per il suo altro account {platform} (ad es. lavoro):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Account non aggiunto</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Come deve comparire nelle sue lettere</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Via e numero civico
CAP e città</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome e cognome</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Indirizzo postale</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Lingua delle lettere</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Stato federato (Land)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Si applicheranno le leggi e le impostazioni di opt-out per: {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Si applicheranno le impostazioni di opt-out offerte a tutti gli utenti; l’app non conosce ancora alcuna legge sulla protezione dei dati per il suo Paese.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Il suo Paese determina quali leggi e impostazioni di opt-out si applicano.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Your letters are signed with these details. Your country decides which laws and opt-out settings apply everywhere in the app.</source>
        <translation>Le sue lettere sono firmate con questi dati. Il suo Paese determina quali leggi e impostazioni di opt-out si applicano in tutta l’app.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>I suoi dati sono archiviati in {folder} e non lasciano mai questo computer, a meno che non invii una lettera.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>il giorno dell’invio</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>la data da lei inserita</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>stimata</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>la data di invio, registrata prima che venissero conservate le date di ricezione</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Verifica insufficiente</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Richiesta non coperta</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Fuori giurisdizione</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Sospetta frode</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (Stati Uniti)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>UE/SEE</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Altrove</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>Che cosa dice la risposta a {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Registri che cosa ha risposto l’azienda, così il termine e il passo successivo si adeguano.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Accoglie la richiesta</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Ne accoglie una parte</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>La respinge</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Chiede un documento d’identità o altre informazioni</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Proroga il termine</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Che cosa dice la risposta</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Conserva solo la risposta (ancora nulla di deciso)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motivo del rifiuto</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>La risposta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Suggerito in base al testo della risposta: lo verifichi prima di registrarlo.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} in ritardo</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; lo corregga quando conosce la data</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Salvata come bozza</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Non ha ancora nessuna richiesta. Se una piattaforma non offre un’impostazione per fermare l’addestramento dell’IA, scriva una lettera nella pagina Lettere e la salvi come richiesta. L’app ne tiene il termine di legge, le ricorda quando è scaduto e le indica il passo successivo: un sollecito o un reclamo all’autorità per la protezione dei dati.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>In scadenza entro %n giorno</numerusform>
            <numerusform>In scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtro piattaforma</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Cerca riferimento, piattaforma, tipo, destinatario, note</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Cerca richieste</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Aggiunge la risposta di un’azienda alla richiesta indicata nel suo oggetto</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Colonne: faccia clic su una per ordinare in base a essa</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Registri la data di invio, così decorre il termine</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Oppure trascini qui il file .eml o .txt della risposta.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Lettera inviata</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Apre l’allegato selezionato (anche con un doppio clic)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Che cosa è successo (facoltativo)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Inviata tramite</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Invia per &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Scrivi una lettera</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>&amp;Importa risposta…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>L’&amp;ho inviata…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>Scrivi s&amp;ollecito</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Aggiungi ris&amp;posta…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>A&amp;llega file…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Re&amp;gistra</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tutte le piattaforme</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… di {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} di {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Nessuna richiesta corrisponde ai filtri.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Passo successivo: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>A: {recipient}
Oggetto: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Allegati ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Stato: {status} · Legge: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Inviata il {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>presa in carico il {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>ricezione da confermare entro il {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Termine calcolato dalla ricezione del {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Termine: {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>prorogato al {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Allega file a questo evento</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Da un file (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Incolla il testo…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Scegli la risposta</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Risposte (*.eml *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimasti</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non inviata</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Invia la richiesta {reference}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>A: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>nessun indirizzo e-mail noto</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Stato della richiesta: {status} (inviata il {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Stato della richiesta: {status}.</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Invia dall’app</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Allega la lettera in PDF</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Inviami una copia</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>password del suo account di posta</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>&amp;Annulla invio</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>L’invio di e-mail non è configurato: inserisca il suo server di posta in Impostazioni &gt; E-mail.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Tramite {server} da {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Inviami una copia ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Oppure invio manuale</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>La apra nel suo programma di posta, oppure la salvi per inviarla o stamparla; poi comunichi all’app di averla inviata.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Apri nel programma di posta</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Non si è aperto alcun programma di posta: su questo computer nessuno è configurato per i link di posta. Salvi il file .eml e lo apra, oppure scriva a questo indirizzo dalla sua webmail.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Invia ora</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>Salva .&amp;eml…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>L’ho inviata…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Invio a {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Inviata a {recipient} il {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>La risposta è dovuta entro il {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>la lettera è troppo lunga per un link di posta; salvi il file .eml e lo apra nel suo programma di posta</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Passata al suo programma di posta: verifichi che il messaggio si sia aperto. Dopo averla inviata, faccia clic su «L’ho inviata» perché decorra il termine.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Salva l’e-mail</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Messaggio e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Salva la lettera in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Salvato {path}. Dopo averla inviata, faccia clic su «L’ho inviata» perché decorra il termine.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Segnata come inviata il {date}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Legge</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>la pagina della piattaforma stessa</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>un’autorità per la protezione dei dati</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>un tribunale</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>un documento societario</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>la stampa</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorogata</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Servono informazioni</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Soddisfatta</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Soddisfatta in parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamo presentato</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Aggiornamento del catalogo</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Modifiche in questo aggiornamento</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: gli opt-out già effettuati su queste piattaforme saranno segnati come «da ricontrollare».</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installa</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Procedura guidata</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Rimanda questo controllo a più tardi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>&amp;Fatto</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Scrivi una &amp;lettera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Passo {number} di {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: nessuna impostazione qui</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} non offre alcuna impostazione sull’addestramento dell’IA dove vive. Ciò non significa che debba accettarlo: una lettera di richiesta (un’opposizione ai sensi del GDPR o un opt-out ai sensi di una legge statale degli Stati Uniti) obbliga la piattaforma a rispondere entro un termine di legge.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Da ricontrollare: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Questo controllo funziona via e-mail: invii il messaggio descritto sopra.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Apri impostazione</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Apri modulo</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Per ora è tutto</translation>
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
        <translation>{progress} sulle piattaforme che usa.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Appena fatti</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Lasciati per dopo</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Serve una lettera (nessuna impostazione dove vive)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Da ricontrollare</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Le diamo il benvenuto in Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Piattaforme come LinkedIn, Instagram e ChatGPT usano ciò che pubblica e digita per addestrare modelli di IA, spesso a meno che lei non dica di no. Questa app la aiuta a dire di no: la guida attraverso le impostazioni di opt-out di ogni piattaforma, scrive lettere di richiesta ai sensi del GDPR e del CCPA dove non esiste alcuna impostazione e tiene traccia di ogni risposta e di ogni termine di legge.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Tutto resta su questo computer, in
{folder}
L’app si collega a Internet solo quando glielo chiede (ad esempio per inviare un’e-mail).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Dica all’app chi è. Le sue lettere sono firmate con questi dati e il suo Paese determina quali leggi e impostazioni si applicano. Può modificarli in seguito in Impostazioni &gt; Profilo.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Salta per &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Salva e inizia</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Può compilare il profilo in seguito nelle Impostazioni</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Messaggio di errore</translation>
    </message>
</context>
</TS>
