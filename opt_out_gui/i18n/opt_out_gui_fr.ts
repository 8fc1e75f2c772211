<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>chargé depuis un dossier indiqué par --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>mise à jour, version {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>fourni avec l’application, version {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} du {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}&#x202f;; ignorés car non valides&#x202f;: {files}</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>paquet autonome</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>paquet Python</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Version {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Empêchez les plateformes d’entraîner l’IA avec vos données.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>Licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later). Vous pouvez partager et modifier ce programme selon ses conditions. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Copie les versions de l’application, de Python, de Qt et de votre système, pour un rapport de bogue. Rien sur vous ni sur vos demandes n’y figure.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Copié. Collez-le dans votre rapport de bogue&#x202f;; il ne contient rien sur vous.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Envoyez le courrier, puis indiquez la date d’envoi pour que le délai commence à courir.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>En attente de la réponse.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>En attente de la réponse&#x202f;: {left} (le {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>Les sources utilisées n’indiquent pas si le {law} permet à l’entreprise de le prolonger&#x202f;; l’application conserve donc ce délai. Notez la date indiquée par l’entreprise.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>La réception aurait dû être confirmée au plus tard le {date}&#x202f;; la réponse reste due d’ici l’échéance.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>En retard de {days}&#x202f;: envoyez une relance.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>formez d’abord un recours auprès de l’entreprise&#x202f;: le {law} prévoit un recours. Les sources utilisées n’indiquent aucun délai pour la réponse de l’entreprise&#x202f;; l’application ne peut donc pas dater un courrier de recours. Écrivez à l’entreprise, enregistrez sa réponse, puis adressez une réclamation à {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>formez d’abord un recours auprès de l’entreprise&#x202f;: le {law} prévoit un recours, sur lequel l’entreprise doit statuer dans un délai de {period} à compter de sa réception. Si elle le rejette, adressez une réclamation à {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>adressez d’abord une réclamation à l’entreprise&#x202f;: en vertu du {law}, vous pouvez vous adresser au responsable du traitement lui-même ({citation}), et l’autorité de contrôle attend cette démarche avant d’être saisie. Si sa réponse ne règle pas la question, adressez une réclamation à {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>déposez une réclamation auprès de {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>déposez une réclamation auprès de {authority} (l’autorité de votre lieu de résidence) ou auprès de {alternative}, l’autorité chef de file.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>déposez une réclamation&#x202f;; au préalable, {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Partiellement satisfaite&#x202f;: envoyez une relance indiquant ce qui manque.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Réclamation déposée&#x202f;: enregistrez ici les réponses de l’autorité.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Réclamation déposée le {date}&#x202f;: enregistrez ici les réponses de l’autorité.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Terminé&#x202f;: demande satisfaite. Conservez la réponse comme preuve.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Terminé&#x202f;: demande satisfaite le {date}. Conservez la réponse comme preuve.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirée.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Retirée le {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Rédiger une relance</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Rédiger un recours</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Rédiger une réclamation</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Rédiger une réponse</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>En retard de {days}, relancée le {date}&#x202f;: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Refusée ({reason})&#x202f;: si vous contestez ce refus, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>L’entreprise demande des informations complémentaires&#x202f;: envoyez-les, notez ce que vous avez envoyé, puis enregistrez sa réponse suivante.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Si elle demande un justificatif d’identité, rédigez une réponse à cette demande&#x202f;: elle expose ce que le {law} permet à l’entreprise d’exiger.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Refusée pour vérification insuffisante&#x202f;: rédigez une réponse à la demande de justificatif d’identité, qui expose ce que le {law} permet à l’entreprise d’exiger&#x202f;; envoyez ce qu’elle peut demander, puis enregistrez la demande comme rouverte.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Refusée pour vérification insuffisante&#x202f;: envoyez les informations d’identité demandées, puis enregistrez la demande comme rouverte.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>l’autorité de contrôle</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Impossible d’ouvrir vos données&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>intérêt légitime</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation>Le catalogue recense, pour chaque plateforme, les options relatives à l’entraînement de l’IA et les adresses. Les mises à jour sont signées par le projet et vérifiées avant leur installation. L’application ne se connecte à Internet que lorsque vous cliquez sur un bouton ici ou activez la vérification hebdomadaire.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Adresse de mise à jour</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Adresse de mise à jour&#x202f;:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Rechercher les mises à jour une fois par semaine</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>État des liens</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Vérifie chaque adresse web du catalogue pour repérer les liens morts, redirigés ou lents. Chaque site des plateformes est alors contacté.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Rechercher les mises à jour</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>Revenir au &amp;catalogue fourni</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>&amp;Vérifier les liens</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Avancement de la vérification des liens</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Résultats de la vérification des liens</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>saisissez d’abord l’adresse de mise à jour</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Recherche d’une mise à jour du catalogue...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>la mise à jour n’a pas été installée&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>impossible de supprimer la mise à jour installée&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>Le catalogue fourni avec l’application est de nouveau utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} sur %n lien</numerusform>
            <numerusform>{done} sur %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>La vérification des liens a échoué&#x202f;: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>Nouveau catalogue disponible&#x202f;: {catalog}. Sa signature et chaque fiche de plateforme ont été vérifiées. Modifications&#x202f;:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, installé le {installed}. Le catalogue fourni avec l’application reste disponible.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>La mise à jour installée n’est pas utilisée&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>Nouveau catalogue disponible&#x202f;: {catalog}.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Catalogue installé&#x202f;: {catalog}.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Mise à jour du catalogue&#x202f;: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Catalogue fourni avec l’application&#x202f;: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>Assistants d’IA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Outils de création</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Outils de développement</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publication et blogs</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Stockage en ligne</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Assistants vocaux</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Banques d’images</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Logiciels professionnels</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Sport et santé</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Achats</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Dans l’application</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>par courrier postal</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>par formulaire web</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>dans l’application de la plateforme</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>{done} sur {controls} effectuées</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} à revérifier</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Opposition envoyée</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Courriel envoyé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Une mise à jour du catalogue du {arrived} a signalé un changement de politique de {platform} daté du {date}&#x202f;: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} a modifié sa politique le {date}, après votre action&#x202f;: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Fait il y a {days}&#x202f;; les plateformes modifient ou réactivent leurs paramètres, vérifiez donc tous les {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Aucune action nécessaire</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Courrier uniquement</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Non vérifié&#x202f;: aucune source citée pour l’instant</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>la page de {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>un tiers</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Source&#x202f;: {who}, consultée le {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation>Me guider</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Parcourir une à une toutes les options des plateformes que vous utilisez</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Me guider</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Rechercher des plateformes</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Seulement celles que j’utilise</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Afficher les plateformes de ce type</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Afficher les plateformes ayant ce statut</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Cochez les plateformes que vous utilisez&#x202f;; la barre d’espace coche celle qui est sélectionnée</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Cochez les plateformes que vous utilisez.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Aucune plateforme choisie</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Revérifier ({controls})&#x202f;: {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Retirer la plateforme</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Retirer cette plateforme de votre liste&#x202f;? Votre progression sur celle-ci sera effacée.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Cochez d’abord les plateformes que vous utilisez dans la liste de gauche&#x202f;; le guide vous fera ensuite parcourir chacun de leurs paramètres d’entraînement de l’IA.</translation>
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
        <translation> (les sources n’indiquent aucun article du {law} à ce sujet)</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; le formulaire «&#x202f;{control}&#x202f;» de {platform} est plus rapide, et le courrier vous fournit une preuve datée</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; l’adresse électronique «&#x202f;{control}&#x202f;» de {platform} est plus rapide, et le courrier vous fournit une preuve datée</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; le paramètre «&#x202f;{control}&#x202f;» de {platform} est plus rapide, et le courrier vous fournit une preuve datée</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>la publicité ciblée</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>la vente de vos données</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>le profilage en vue de décisions produisant des effets juridiques ou des effets significatifs similaires</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} déclare entraîner son IA avec votre consentement&#x202f;; retirez-le donc{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} invoque ses intérêts légitimes pour l’entraînement de son IA&#x202f;; vous pouvez vous y opposer{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} invoque un contrat comme base juridique de l’entraînement de son IA, auquel cas une opposition peut ne pas s’appliquer&#x202f;; demandez donc quelles données sont utilisées et pourquoi{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} n’indique pas sur quelle base juridique repose l’entraînement de son IA&#x202f;; demandez donc à quelles fins vos données sont utilisées{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Opposez-vous en même temps{under}, au cas où {platform} invoquerait ses intérêts légitimes{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Un opt-out de la vente ou du partage{under} empêche {platform} de vendre ou de partager vos informations personnelles avec des tiers, y compris pour l’entraînement de leur IA&#x202f;; il n’empêche pas {platform} d’entraîner sa propre IA avec vos données. Un navigateur qui envoie le signal Global Privacy Control exerce lui aussi cet opt-out de la vente et du partage (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Une demande de limitation de l’utilisation des informations personnelles sensibles{under} vise aussi l’usage interne de ces informations par {platform}, y compris pour l’entraînement de son IA, mais uniquement pour les informations sensibles (comme la localisation précise, la santé ou le contenu de vos messages).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Une demande de suppression{under} invite {platform} à supprimer les informations personnelles collectées auprès de vous, afin qu’elles ne puissent plus servir à l’entraînement de son IA.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Un opt-out en vertu du {law}{under} ne couvre que {purposes}&#x202f;; il n’empêche pas {platform} d’entraîner sa propre IA avec vos données{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Un opt-out en vertu du {law}{under} couvre ce que cette loi accorde (les sources utilisées ne précisent pas s’il s’agit de la vente, de la publicité ciblée ou du profilage)&#x202f;; il n’empêche pas {platform} d’entraîner sa propre IA avec vos données{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Une demande de suppression en vertu du {law}{under} invite {platform} à supprimer les données personnelles vous concernant, ce qui les exclut aussi de l’entraînement de l’IA de {platform}.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} déclare entraîner son IA avec votre consentement&#x202f;; révoquez-le donc{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Demandez ensuite à {platform} de supprimer les données traitées avec votre consentement{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} fonde l’entraînement de son IA sur ses intérêts légitimes et non sur votre consentement&#x202f;; opposez-vous donc au traitement{under}&#x202f;: la LGPD le permet lorsqu’un traitement sans consentement n’est pas conforme à la loi, et la demande est gratuite{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} n’indique pas entraîner son IA avec votre consentement&#x202f;; opposez-vous donc au traitement{under}&#x202f;: la LGPD le permet lorsqu’un traitement sans consentement n’est pas conforme à la loi, et la demande est gratuite{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Demandez en même temps à {platform} l’origine, les critères et la finalité de l’utilisation de vos données{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Les droits au titre de la PIPEDA recensés dans les sources ne comprennent aucune opposition à l’entraînement de l’IA&#x202f;; demandez donc par écrit à {platform} quelles informations sont détenues sur vous et comment elles sont utilisées{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>L’application ne connaît aucune loi sur la protection des données pour ce lieu ({place})&#x202f;; aucune demande juridique ne convient donc. Utilisez les paramètres propres à {platform} lorsqu’ils existent.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Indiquez votre pays dans votre profil pour voir quelles demandes conviennent.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Indiquez votre État américain dans votre profil&#x202f;: aux États-Unis, les lois sur la protection des données sont des lois des États.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>L’application ne connaît aucune loi sur la protection des données pour ce lieu ({place})&#x202f;; aucune demande juridique ne convient donc.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Aucune option</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>par compte</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>par espace de travail</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>réservé aux administrateurs</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>vos données sont utilisées si vous n’agissez pas</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>n’annule pas l’entraînement passé</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>la plateforme confirme par courriel</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>disponible&#x202f;: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Ouvrir le paramètre</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Ouvrir le formulaire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, compte {platform} {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Vérifié&#x202f;: toujours désactivé</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Vous avez revérifié et le paramètre est toujours désactivé&#x202f;; le délai de revérification repart d’aujourd’hui</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Note sur {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Note (par exemple&#x202f;: fait dans l’application sur mon téléphone)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Revérifier&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Fait le {date}&#x202f;; revérifier d’ici le {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n courrier</numerusform>
            <numerusform>%n courriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n plateforme</numerusform>
            <numerusform>%n plateformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n nouveau changement de politique</numerusform>
            <numerusform>%n nouveaux changements de politique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n demande en brouillon</numerusform>
            <numerusform>%n demandes en brouillon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n fichier joint</numerusform>
            <numerusform>%n fichiers joints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n copie</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n option de refus</numerusform>
            <numerusform>%n options de refus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s’est produite&#x202f;: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>L’application doit se fermer.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>L’application continue de fonctionner. Si quelque chose semble anormal, enregistrez votre travail et redémarrez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n erreur jusqu’ici&#x202f;; voici la plus récente.</numerusform>
            <numerusform>%n erreurs jusqu’ici&#x202f;; voici la plus récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>L’endroit où l’erreur s’est produite a été consigné dans le fichier journal (sans vos données)&#x202f;:
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Détails techniques de l’erreur</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Impossible d’ouvrir vos données&#x202f;: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Une copie de vos données du {time} est conservée dans {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Une copie de vos données est conservée dans {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>La restaurer&#x202f;? Les données endommagées sont elles aussi conservées dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Restaurer cette copie</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>Aucune copie n’est conservée dans le dossier des sauvegardes. Si vous avez créé un fichier de sauvegarde, restaurez-le&#x202f;; les données endommagées sont conservées dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Restaurer un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Sauvegarde Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>La restauration a échoué&#x202f;: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Ouvrir les demandes</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Ouvrir la check-list</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problèmes du catalogue</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Ces fichiers du catalogue n’ont pas pu être lus et ont été ignorés&#x202f;:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (règles applicables&#x202f;: {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Votre nom n’est pas renseigné</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Indiquez votre pays dans Paramètres &gt; Profil pour que l’application affiche les règles applicables.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (échéance le {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Revérifier&#x202f;:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Pour les courriers, il manque encore&#x202f;: {fields} (Paramètres &gt; Profil).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Aucune demande pour l’instant. Lorsqu’une plateforme ne propose aucun paramètre, rédigez un courrier sur la page Courriers et conservez-le ici pour suivre son délai légal.</translation>
    </message>
    <message>
        <source>{status}: {number}</source>
        <translation>{status}&#x202f;: {number}</translation>
    </message>
    <message>
        <source>{requests} — {counts}.</source>
        <translation>{requests} — {counts}.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>et %n autre en retard</numerusform>
            <numerusform>et %n autres en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>et %n autre à échéance proche</numerusform>
            <numerusform>et %n autres à échéance proche</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Vous n’avez encore choisi aucune plateforme. Ouvrez la check-list et cochez les plateformes que vous utilisez&#x202f;: l’application indique comment désactiver l’entraînement de l’IA sur chacune.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress}, pour {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Aucun paramètre là où vous vivez, un courrier s’impose&#x202f;: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>et %n autre à revérifier</numerusform>
            <numerusform>et %n autres à revérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Détail complet avec historiques (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Calendrier des échéances (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Vos données restent sur cet ordinateur. Exportez vos demandes vers un tableur ou un calendrier, conservez une sauvegarde de l’ensemble ou restaurez-en une. Les fichiers écrits ici contiennent des données personnelles&#x202f;: ils ne sont lisibles que par vous.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exporter les demandes</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Un seul fichier avec votre profil, vos paramètres (jamais les mots de passe), votre check-list, vos demandes avec leur historique et les fichiers joints.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Créer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Copies conservées avant une restauration</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Une restauration conserve les données qu’elle remplace dans le dossier des sauvegardes&#x202f;; les copies plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Copies conservées avant une restauration&#x202f;:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>Export terminé&#x202f;: {requests} dans {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Sauvegarde écrite dans {path}. Elle contient vos données personnelles&#x202f;: gardez-la confidentielle.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Remplacer toutes vos données (profil, paramètres, check-list, demandes) par la sauvegarde {file}&#x202f;? Les données actuelles sont d’abord conservées dans {folder}&#x202f;; ce dossier garde les plus récentes ({copies}).</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restaurer la sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Restauration depuis {file}&#x202f;: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>Les données précédentes sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>Suppression effectuée&#x202f;: {copies}&#x202f;; le dossier des sauvegardes garde les plus récentes ({kept}).</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Non enregistré&#x202f;: {name} existe déjà.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Créer une sauvegarde</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Sauvegarde Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
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
        <translation>en retard de {days}</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>échéance dépassée depuis {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>échéance dans {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Jours fériés&#x202f;: les jours fériés officiels (bank holidays) d’Angleterre&#x202f;; l’Écosse et l’Irlande du Nord en ont d’autres.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Jours fériés&#x202f;: les jours fériés nationaux d’Allemagne&#x202f;; les Länder ont en outre leurs propres jours fériés, qui ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Jours fériés&#x202f;: les jours fériés nationaux ({country})&#x202f;; les jours fériés régionaux ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Jours fériés&#x202f;: les dimanches et les jours énumérés au paragraphe 35(1) de la Loi d’interprétation (jour de l’An, Vendredi saint, lundi de Pâques, fête de Victoria, fête du Canada, fête du Travail, Journée nationale de la vérité et de la réconciliation, jour du Souvenir, jour de Noël)&#x202f;; les jours fériés provinciaux et municipaux ainsi que les jours fixés par proclamation y comptent également, mais ne figurent pas dans ce calendrier.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Aucun report pour jour férié n’a été appliqué, car le pays du responsable du traitement est inconnu&#x202f;: un délai tombant un jour férié dans ce pays serait reporté au jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Les samedis et dimanches le reportent néanmoins, conformément à la règle de calcul.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>Le {day} est un jour férié&#x202f;; le délai est donc reporté au {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>Le {day} est un samedi&#x202f;; le délai est donc reporté au {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>Le {day} est un dimanche&#x202f;; le délai est donc reporté au {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Pour une relance, indiquez la date de réception de votre demande initiale&#x202f;: le délai affiché est celui de cette demande.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} L’autre interprétation ({label}) aboutit au {date}.</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Send requests from the app through your own mail account. Your provider&apos;s help pages list these settings (often under “SMTP” or “other mail programs”).</source>
        <translation>Envoyez vos demandes depuis l’application au moyen de votre propre compte de messagerie. Les pages d’aide de votre fournisseur indiquent ces paramètres (souvent sous «&#x202f;SMTP&#x202f;» ou «&#x202f;autres logiciels de messagerie&#x202f;»).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Aucune&#x202f;: uniquement pour un serveur de messagerie sur cet ordinateur</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>généralement votre adresse électronique</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Serveur (hôte SMTP)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d’expédition</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>Le mot de passe est conservé dans le trousseau de mots de passe de votre système (keyring), jamais dans les fichiers de l’application.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Cet ordinateur ne dispose d’aucun trousseau de mots de passe (keyring) utilisable&#x202f;: l’application ne peut donc pas enregistrer votre mot de passe. Vous pouvez le garder en mémoire jusqu’à la fermeture de l’application&#x202f;; vous le saisirez de nouveau la prochaine fois. Sans mot de passe, l’application fonctionne toujours&#x202f;: envoyez alors les courriers depuis votre propre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Garder le mot de passe en mémoire jusqu’à la fermeture de l’application</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>&amp;Oublier le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Supprimer le mot de passe enregistré du trousseau (ou de la mémoire)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>enregistré dans le trousseau&#x202f;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>gardé en mémoire jusqu’à la fermeture&#x202f;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Cochez «&#x202f;Garder le mot de passe en mémoire&#x202f;» pour l’utiliser jusqu’à la fermeture de l’application</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Mot de passe oublié.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Aucun mot de passe n’était enregistré.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Connexion à {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Message de test envoyé à {address}. Vérifiez qu’il est bien arrivé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>erreur inattendue&#x202f;: {name}&#x202f;; les détails figurent dans le fichier journal</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; ajoutez-le dans Paramètres &gt; Profil</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Résultat, sous la demande précédente)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Paramètres &gt; Profil, Land)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; choisissez une loi ou indiquez votre pays dans Paramètres &gt; Profil</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: indiquez votre serveur de messagerie dans Paramètres &gt; Courriel</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: indiquez-le dans Paramètres &gt; Courriel</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; déplacez-le ailleurs, puis redémarrez l’application</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: sélectionnez cette demande, puis utilisez son bouton Ajouter une réponse</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>la demande {id} n’existe pas</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>aucune demande ne porte l’identifiant ou la référence {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>échéance sous {days} jours&#x202f;: indiquez un nombre de jours égal ou supérieur à 0</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>un canal n’est enregistré qu’avec &apos;sent&apos;, et non avec {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>indiquez comment la demande {reference} a été envoyée&#x202f;: un canal parmi {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>la date d’envoi {date} est dans le futur</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>le {law} ne permet pas à l’entreprise de prolonger le délai de cette demande&#x202f;: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>le {law} ne permet pas à l’entreprise de prolonger le délai de cette demande</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>la demande {reference} n’a pas encore été envoyée&#x202f;: enregistrez-la comme envoyée, avec la date de réception</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>type de demande inconnu&#x202f;: {type!r}&#x202f;; types valides&#x202f;: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>la loi {law!r} ne convient pas au type {type}&#x202f;; lois valides&#x202f;: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>la langue {language!r} n’est pas disponible pour le type {type} en vertu du {law}&#x202f;; choisissez parmi {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>le canal {channel!r} ne figure pas parmi {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>motif d’opposition inconnu&#x202f;: {ground!r}&#x202f;; motifs valides&#x202f;: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>l’étendue de l’effacement {scope!r} ne figure pas parmi {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>la date de la demande antérieure est requise pour le type {type}&#x202f;: la date à laquelle vous avez envoyé la première demande</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>la date de la demande antérieure ({date}) est dans le futur</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>la rectification est requise pour le type {type}&#x202f;: indiquez quelles données sont inexactes et ce qui est exact</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>le mandataire est requis pour le type {type}&#x202f;: le nom et les coordonnées de la personne que vous mandatez</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>le résultat de la demande antérieure {outcome!r} ne figure pas parmi {outcomes} (ou vide&#x202f;: aucune réponse complète)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>la date du résultat de la demande antérieure ({date}) suppose que ce résultat soit indiqué&#x202f;: refused, partially_fulfilled ou needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>la date du résultat de la demande antérieure ({date}) est dans le futur</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>la date du résultat de la demande antérieure ({date}) est antérieure à l’envoi de cette demande ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>la demande {id} ({reference}) est enregistrée comme satisfaite le {date}&#x202f;; rouvrez-la avant de rédiger un courrier qui y fait suite</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>la demande {id} ({reference}) est enregistrée comme satisfaite&#x202f;; rouvrez-la avant de rédiger un courrier qui y fait suite</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>le type de demande antérieure {type!r} ne peut pas faire l’objet d’un suivi en vertu du {law}&#x202f;; types valides&#x202f;: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} est obligatoire pour un courrier .{format}</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>aucune adresse électronique n’est connue pour {entity} (formulaire web&#x202f;: {web_form})&#x202f;; envoyez le courrier par voie postale ou au moyen du formulaire web</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>aucune adresse électronique n’est connue pour {entity}&#x202f;; envoyez le courrier par voie postale ou au moyen du formulaire web</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>l’hôte SMTP {host!r} n’est pas un nom de serveur comme smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>la sécurité SMTP {security!r} ne fait pas partie des valeurs admises&#x202f;: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>la sécurité SMTP &apos;none&apos; envoie votre mot de passe et vos courriers sans chiffrement&#x202f;; elle n’est autorisée que pour un serveur situé sur cet ordinateur ({local_hosts}), et non pour {host!r}&#x202f;: choisissez ssl ou starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>l’utilisateur SMTP est vide&#x202f;: un mot de passe n’est nécessaire qu’avec un nom d’utilisateur</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>le message n’a aucun destinataire</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>aucun mot de passe pour l’utilisateur SMTP {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>envoi annulé&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} ne propose pas STARTTLS&#x202f;: votre mot de passe et votre courrier circuleraient sans chiffrement&#x202f;; rien n’a été envoyé. Utilisez la sécurité ssl (généralement port 465) ou vérifiez les paramètres de serveur de votre fournisseur de messagerie</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} ne propose pas d’authentification (SMTP AUTH) sur cette connexion&#x202f;; rien n’a été envoyé. Vérifiez le port et le paramètre de sécurité</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>aucun mot de passe pour {user} sur {host}&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} n’accepte pas les adresses contenant des lettres non ASCII avant le @ (SMTPUTF8), comme {address}&#x202f;; rien n’a été envoyé. Utilisez une adresse sans ces lettres, ou un serveur de messagerie qui les prend en charge</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} a refusé le destinataire ({reply})&#x202f;; seule la copie qui vous est destinée est partie, l’entreprise n’a pas reçu le courrier</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} a refusé le nom d’utilisateur ou le mot de passe ({reply})&#x202f;; rien n’a été envoyé. Certains fournisseurs exigent un mot de passe d’application pour les logiciels de messagerie</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} a refusé le destinataire ({reply})&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} a refusé l’adresse d’expédition {sender} ({reply})&#x202f;; rien n’a été envoyé. L’expéditeur doit généralement être l’adresse de votre compte de messagerie</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} a refusé le message ({reply})&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} a fermé la connexion avant que le message soit accepté&#x202f;; rien n’a été envoyé. Vérifiez le port et le paramètre de sécurité (ssl utilise généralement le port 465, starttls le port 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} ne prend pas en charge une fonction nécessaire ({reason})&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} a répondu par une erreur ({reply})&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>le certificat de {server} n’a pas pu être vérifié ({reason})&#x202f;; rien n’a été envoyé. Vérifiez le nom d’hôte</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>la connexion sécurisée à {server} a échoué ({reason})&#x202f;; rien n’a été envoyé. Vérifiez que le paramètre de sécurité correspond au port (ssl&#x202f;: 465, starttls&#x202f;: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} n’a pas répondu dans un délai de {seconds} secondes&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>impossible de se connecter à {server}&#x202f;: connexion refusée (aucun serveur de messagerie n’y écoute)&#x202f;; rien n’a été envoyé. Vérifiez l’hôte et le port</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>le nom de serveur {host!r} est introuvable&#x202f;; vérifiez-le, ainsi que votre connexion Internet</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>impossible de se connecter à {server}&#x202f;: {reason}&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>l’envoi via {server} a échoué&#x202f;: {reason}&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} existe déjà&#x202f;; choisissez un autre nom de fichier ou acceptez de le remplacer</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>disque plein&#x202f;: impossible de créer {path}&#x202f;; libérez de l’espace et réessayez (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>disque plein&#x202f;: impossible d’ouvrir {path}&#x202f;; libérez de l’espace et réessayez (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>disque plein&#x202f;: impossible de créer le dossier de données {path}&#x202f;; libérez de l’espace et réessayez (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>disque plein&#x202f;: impossible d’écrire {path}&#x202f;; libérez de l’espace et réessayez (rien n’a été modifié)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>il se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom de fichier est trop long</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>impossible de créer {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>impossible d’ouvrir {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>impossible de créer le dossier de données {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>impossible d’écrire {path}&#x202f;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>impossible d’écrire {path}&#x202f;: {folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>impossible d’écrire {path}&#x202f;: c’est un dossier&#x202f;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>impossible d’écrire {path}&#x202f;: ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} est endommagé ({detail})&#x202f;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>il est vide, mais le dossier contient des pièces jointes ou des sauvegardes</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>impossible de créer une base de données dans {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>le disque contenant {path} est plein</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} a été écrit par une version plus récente d’Opt-Out Assistant (schéma {version}&#x202f;; cette version connaît au plus le schéma {known})&#x202f;; mettez à jour l’application pour l’ouvrir</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} doit être mis à jour pour cette version de l’application, mais {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>impossible de modifier vos données&#x202f;: {reason}&#x202f;; elles ont été ouvertes en lecture seule</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>le dossier de données {path} est en lecture seule</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>la base de données {path} est en lecture seule</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} n’est pas une base de données utilisable&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>impossible de modifier vos données&#x202f;: {path} est en lecture seule</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} est occupé&#x202f;: un autre programme y écrit&#x202f;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} n’est pas une sauvegarde Opt-Out Assistant (pas du JSON&#x202f;: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} n’est pas une sauvegarde Opt-Out Assistant (le format n’est pas {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}&#x202f;: la version de sauvegarde {version!r} n’est pas prise en charge</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}&#x202f;: le schéma {schema!r} n’est pas un numéro de schéma</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} a été écrit par une version plus récente d’Opt-Out Assistant (schéma {schema!r})&#x202f;; mettez à jour l’application pour le restaurer</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} n’est pas une copie des données d’Opt-Out Assistant ({file_name} absent)</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>la copie {path} est elle aussi endommagée ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}&#x202f;: le schéma {schema} ne peut pas être restauré par cette version de l’application</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>impossible de lire la copie {path} ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}&#x202f;: &apos;tables&apos; n’est pas un objet</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}&#x202f;: la sauvegarde contient des tables inconnues de cette version&#x202f;: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}&#x202f;: la table {table} n’est pas une liste d’enregistrements</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}&#x202f;: l’enregistrement {number} de la table {table} n’est pas un objet</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}&#x202f;: l’enregistrement {number} de la table {table} contient des colonnes inconnues de cette version&#x202f;: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}&#x202f;: enregistrement {number} de la table {table} ({key} {value}), champ {column}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}&#x202f;: enregistrement {number} de la table {table}, champ {column}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}&#x202f;: enregistrement {number} de la table {table} ({key} {value})&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}&#x202f;: enregistrement {number} de la table {table}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>l’identifiant {value} apparaît deux fois</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>la valeur {value!r} du champ {column} n’est pas du texte</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>la sauvegarde ne peut contenir qu’un seul profil, avec l’identifiant 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>le nom de paramètre {key!r} n’est pas un nom de paramètre valide</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>le paramètre {key!r} n’existe pas dans cette version de l’application</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>le paramètre {key!r} est un secret&#x202f;; les secrets ne sont jamais restaurés sur le disque</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>le paramètre {key!r} apparaît deux fois</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>le compte {name!r} de {platform} apparaît deux fois</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>le compte {id} ne figure pas dans la sauvegarde</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>l’option {control} du compte {id} apparaît deux fois</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>la référence {reference} apparaît deux fois</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>un motif de refus va avec le statut refused, et uniquement avec celui-ci</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>une demande au statut {status} nécessite sa date d’envoi et le canal</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>la date {day} du champ {column} suppose une date d’envoi antérieure ou égale à celle-ci</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>une date de réception et sa base ne s’enregistrent qu’ensemble, et seulement pour une demande envoyée</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} est antérieur à l’envoi de la demande</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>received_at doit être la date d’envoi pour la base {basis}</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>la demande {id} ne figure pas dans la sauvegarde</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>l’événement {id} ne figure pas dans la sauvegarde</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} se trouve en dehors du dossier des pièces jointes</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} est désigné par deux pièces jointes</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>le sha256 {digest!r} n’est pas composé de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 n’est pas un texte base64 valide</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>le contenu de {path} n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>le contenu de {path} est endommagé (le SHA-256 diffère)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>la taille {size} diffère des {length} octets du contenu</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>impossible de restaurer dans {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>le dossier de données {path} contient déjà des données&#x202f;; restaurez dans un dossier vide</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>la sauvegarde ne correspond pas à la base de données de cette version&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>impossible de lire la pièce jointe {file_name} ({path})&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>la pièce jointe {file_name} ({path}) a été modifiée depuis son enregistrement (le SHA-256 diffère)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>une demande portant la référence {reference} existe déjà</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>la demande {reference} a été modifiée entre-temps&#x202f;; réessayez</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>l’envoi de courriels n’est pas configuré</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>une loi est requise&#x202f;: aucune loi n’est connue pour votre pays</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>autorité inconnue&#x202f;: {authority!r}&#x202f;; valeurs valides&#x202f;: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>l’État {state!r} est inconnu pour le pays {country}&#x202f;; valeurs valides&#x202f;: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>aucune autorité pour le pays {country} dans l’annuaire&#x202f;; pays disposant d’une autorité&#x202f;: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>le Land (État fédéré) est requis pour une réclamation depuis l’Allemagne&#x202f;: les entreprises relèvent de l’autorité de votre Land, et non du BfDI fédéral (§§ 9 et 40 BDSG)&#x202f;; indiquez votre Land dans votre profil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>le pays est requis pour une réclamation en vertu du {law}&#x202f;: il détermine l’autorité qui la reçoit (article 77, paragraphe 1), et le {law} ne s’applique pas dans le pays {country}&#x202f;; indiquez votre pays dans votre profil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>le pays est requis pour une réclamation en vertu du {law}&#x202f;: il détermine l’autorité qui la reçoit (article 77, paragraphe 1), et aucun pays n’est indiqué&#x202f;; indiquez votre pays dans votre profil</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>aucune autorité de contrôle dans l’annuaire pour l’État américain {state}&#x202f;; États disposant d’une autorité&#x202f;: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>aucune autorité de contrôle dans l’annuaire pour les États-Unis sans État précisé&#x202f;; États disposant d’une autorité&#x202f;: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>pays inconnu&#x202f;: {country!r}&#x202f;; utilisez un code ISO 3166 comme DE, FR, GB ou US, ou le nom anglais du pays</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>l’échéance de la demande précédente est le {deadline}&#x202f;: tant qu’elle n’est pas passée, le courrier ne peut pas dire qu’elle a été manquée&#x202f;; indiquez ce que l’entreprise a répondu, si elle l’a fait</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>cette interface ne peut pas produire de PDF</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>impossible d’écrire les courriers dans {folder}&#x202f;: ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>le format {format!r} ne figure pas parmi {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} n’a pas d’option {control!r}&#x202f;; valeurs valides&#x202f;: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} est un site miroir, un raccourcisseur d’URL, un scanner ou un site de partage de texte (paste)&#x202f;; citez la page elle-même</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>miroir proxy d’un autre site&#x202f;; citez la page d’origine</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>le code hébergé sur {host} n’est pas une source (seules les fiches d’entreprise de datenanfragen/data sont admises comme sources)</translation>
    </message>
    <message>
        <source>{file}: {key}: {problem}</source>
        <translation>{file}&#x202f;: {key}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{problems}; {more}</source>
        <translation>{problems}&#x202f;; {more}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; valid ids: {ids}</source>
        <translation>plateforme inconnue&#x202f;: {platform!r}&#x202f;; identifiants valides&#x202f;: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>plateforme inconnue&#x202f;: {platform!r}&#x202f;; vouliez-vous dire {close}&#x202f;?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>plateforme inconnue&#x202f;: {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>le dossier du catalogue {path} n’existe pas ou n’est pas un dossier</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>identifiant de plateforme en double&#x202f;: {id!r}</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>syntaxe TOML non valide&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>lecture impossible&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} ne correspond pas au nom de fichier {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>doit valoir {version} (voir le schéma dans CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} n’est pas un nom d’hôte en minuscules comme example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>identifiant d’option en double&#x202f;: {id!r}</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>au moins une option est requise (kind = &quot;none&quot; s’il n’en existe aucune), sauf si la plateforme déclare ne pas entraîner d’IA (ai_training avec trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} figure déjà dans une entrée précédente&#x202f;; une région n’a qu’une seule entrée</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} ne figure pas parmi {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>une base juridique n’est enregistrée que pour {regions}, dont les lois en prévoient une&#x202f;; ce n’est pas le cas de {region!r} (scindez l’entrée)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} est antérieur à since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}&#x202f;: une ligne par entrée, sans caractères de contrôle</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>obligatoire avec une adresse (le pays détermine les jours fériés pris en compte pour le délai)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>aucune source ne couvre {name!r}&#x202f;; chaque champ de contact doit avoir sa source</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>une option de type {kind} nécessite au moins une étape</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>obligatoire&#x202f;: chaque fait doit avoir une source</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} ne fait pas partie des hôtes propres à la plateforme ({hosts})&#x202f;; ajoutez-le à domains si c’en est un, ou choisissez une autre valeur pour kind</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} est dans le futur</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>seules les sources d’un responsable du traitement (controller) indiquent les champs qu’elles attestent</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} ne se compose pas uniquement de lettres minuscules, de chiffres et de -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} n’est pas une seule ligne de texte</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} n’est pas une seule adresse électronique</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} n’est pas un code ISO 3166-1 comme IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} n’est pas &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>doit être du texte, et non {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>doit être un nombre entier, et non {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>doit valoir true ou false, et non {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>doit être une date, et non {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>doit être une table, et non {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>doit être une liste, et non {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>champ inconnu (voir le schéma dans CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>ne doit pas être vide (omettez plutôt le champ)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>ne doit contenir que du texte non vide, et non {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>obligatoire&#x202f;: une ou plusieurs valeurs parmi {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} ne figure pas parmi {regions} et n’est pas un État américain comme us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>la demande {reference} a le statut {status}&#x202f;: elle ne peut pas être marquée {kind}&#x202f;; possible à présent&#x202f;: {allowed} (une demande refusée doit être rouverte avant de pouvoir être satisfaite)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>la demande {reference} a le statut {status}&#x202f;: elle ne peut pas être marquée {kind}&#x202f;; possible à présent&#x202f;: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>un motif n’est enregistré qu’avec &apos;refused&apos;, et non avec {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>une date de réception n’est enregistrée qu’avec &apos;sent&apos;, et non avec {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>indiquez le motif du refus&#x202f;: un motif parmi {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>la valeur {value!r} du champ {field} ne fait pas partie des valeurs admises&#x202f;: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>le champ {field} est obligatoire pour une demande&#x202f;; il est vide</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>la référence {value!r} n’est pas de la forme 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>{value!r} n’est pas un identifiant de loi comme gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>la date {day} est antérieure à l’envoi de la demande ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>le format de manifeste {format!r} n’est pas pris en charge (cette application lit {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>la version du manifeste {version} n’est pas un nombre entier compris entre 1 et {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>la version du manifeste {start}... ({digits} chiffres) n’est pas un nombre entier compris entre 1 et {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>le champ created du manifeste ({created!r}) n’est pas une date et une heure au format ISO</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>le champ files du manifeste doit être une liste non vide</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>le chemin de fichier {path!r} du manifeste n’est pas de la forme platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>le sha256 de {path} dans le manifeste n’est pas composé de 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>le manifeste mentionne {path} deux fois</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>impossible de lire la clé publique {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>la clé publique {path} n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>la clé de signature {path} ne peut pas être lue comme clé privée PEM non chiffrée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>la clé de signature {path} n’est pas une clé privée Ed25519</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>le catalogue {path} contient des fichiers non valides&#x202f;; corrigez-les d’abord&#x202f;: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>le catalogue {path} ne contient aucun fichier de plateforme</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>la version du catalogue doit être un nombre entier compris entre 1 et {maximum}</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>le paquet fait {size} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>la signature fait {size} octets&#x202f;; une signature Ed25519 en fait {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>échec de la vérification de la signature&#x202f;: le paquet a été modifié, endommagé ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>le paquet n’est pas une archive zip&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>le paquet contient deux fois le même nom de fichier</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>le paquet ne contient pas de manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>le paquet décompressé dépasse {limit} octets</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>le contenu du paquet ne correspond pas à son manifeste&#x202f;: non répertoriés&#x202f;: {extra}&#x202f;; manquants&#x202f;: {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>le contenu du paquet ne correspond pas à son manifeste&#x202f;: non répertoriés&#x202f;: {extra}&#x202f;; manquants&#x202f;: aucun</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>le contenu du paquet ne correspond pas à son manifeste&#x202f;: non répertoriés&#x202f;: aucun&#x202f;; manquants&#x202f;: {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>impossible de lire le paquet&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} ne correspond pas à son sha256 indiqué dans le manifeste</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>le paquet contient des fiches de plateforme non valides&#x202f;: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>aucun compte {account!r} pour {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>aucun compte {account!r} pour {platform}&#x202f;; rien à annuler</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>{path}, indiqué comme dossier de données, n’est pas un dossier</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>impossible de lire le dossier de données {path}</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>la demande {reference} n’a pas d’adresse électronique de destinataire&#x202f;; envoyez-la plutôt par voie postale ou au moyen du formulaire web de l’entreprise</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>la demande {reference} a le statut {status} (envoyée le {date})&#x202f;; seul un brouillon peut être envoyé</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>la demande {reference} a le statut {status}&#x202f;; seul un brouillon peut être envoyé</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>le message a été envoyé à {recipient}, mais la demande {reference} n’a pas pu être marquée comme envoyée ({problem})&#x202f;; enregistrez-la vous-même comme envoyée le {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>le résultat {outcome!r} ne fait pas partie des valeurs admises&#x202f;: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>la réponse collée est vide</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} imbrique trop de parties de message les unes dans les autres pour pouvoir être lu</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>le texte collé imbrique trop de parties de message les unes dans les autres pour pouvoir être lu</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>la réponse {path} est datée du {date} (son en-tête Date)&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>la réponse (texte collé) est datée du {date} (son en-tête Date)&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>aucune référence de demande (comme 2026-K3F9Q2M) dans le texte collé&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>le texte collé mentionne plusieurs références ({references})&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>le fichier de réponse {path} dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>impossible de lire le fichier de réponse {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>aucune référence de demande (comme 2026-K3F9Q2M) dans l’objet de {file}&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>aucune référence de demande (comme 2026-K3F9Q2M) dans l’objet du texte collé&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>aucune référence de demande (comme 2026-K3F9Q2M) dans le texte de {file}&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>l’objet de {file} mentionne plusieurs références ({references})&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>l’objet du texte collé mentionne plusieurs références ({references})&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>le texte de {file} mentionne plusieurs références ({references})&#x202f;; choisissez la demande à laquelle il répond</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>le format d’export {format!r} ne fait pas partie des valeurs admises&#x202f;: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>le {law} ne s’applique pas dans le pays {country!r}&#x202f;; pays valides pour {law_id}&#x202f;: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>le type de demande {type!r} ne s’applique pas en vertu du {law}&#x202f;; types valides pour {law_id}&#x202f;: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>la date de réception {date} est dans le futur (nous sommes le {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>code pays inconnu&#x202f;: {country!r}&#x202f;; utilisez un code ISO 3166 comme DE, FR ou GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>les sources utilisées n’indiquent aucun délai dans lequel l’entreprise doit statuer sur un recours en vertu du {law}&#x202f;; un courrier de recours ne peut donc pas indiquer d’échéance. Formez votre recours par écrit et enregistrez la réponse de l’entreprise</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>les sources n’indiquent aucun délai de réponse pour {type!r} en vertu du {law}&#x202f;; types assortis d’un délai pour {law_id}&#x202f;: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>les sources n’indiquent aucun délai de réponse pour «&#x202f;une demande&#x202f;» en vertu du {law}&#x202f;; types assortis d’un délai pour {law_id}&#x202f;: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>loi inconnue&#x202f;: {law!r}&#x202f;; valeurs valides&#x202f;: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>type de demande inconnu&#x202f;: {type!r}&#x202f;; valeurs valides&#x202f;: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>code pays inconnu&#x202f;: {country!r}&#x202f;; utilisez un code ISO 3166 comme DE, FR, GB ou US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>l’État suppose un pays&#x202f;: indiquez aussi le pays</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>l’État {state!r} n’est pas pris en compte&#x202f;: l’application n’utilise pas d’États pour le pays {country}</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} n’est pas un État du pays {country}&#x202f;; codes valides&#x202f;: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>la langue {language!r} n’est pas proposée&#x202f;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>{country!r} n’est pas un pays connu de l’application&#x202f;: indiquez son code ISO (DE, FR, GB, US) ou son nom anglais (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>{country!r} n’est pas un pays connu de l’application&#x202f;: indiquez son code ISO (DE, FR, GB, US) ou son nom anglais (Germany)&#x202f;; vouliez-vous dire {first}&#x202f;?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>{country!r} n’est pas un pays connu de l’application&#x202f;: indiquez son code ISO (DE, FR, GB, US) ou son nom anglais (Germany)&#x202f;; vouliez-vous dire {first} ou {second}&#x202f;?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>{country!r} n’est pas un pays connu de l’application&#x202f;: indiquez son code ISO (DE, FR, GB, US) ou son nom anglais (Germany)&#x202f;; vouliez-vous dire {first}, {second} ou {third}&#x202f;?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>l’État est requis pour les États-Unis (par exemple CA pour la Californie)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>la date de réception {date} est antérieure à l’envoi de la demande ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>la date de réception {date} est dans le futur (nous sommes le {today})&#x202f;; saisissez-la une fois que l’entreprise a reçu le courrier, ou laissez le champ vide pour utiliser l’estimation</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Le catalogue n’indique aucun responsable du traitement pour les utilisateurs de {platform} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ({policy}) ou demandez à {authority} comment joindre l’entreprise. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Le catalogue n’indique aucun responsable du traitement pour les utilisateurs de {platform} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ({policy}). Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Le catalogue n’indique aucun responsable du traitement pour les utilisateurs de {platform} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ou demandez à {authority} comment joindre l’entreprise. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Le catalogue n’indique aucun responsable du traitement pour les utilisateurs de {platform} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Le catalogue ne contient aucune adresse électronique, aucun formulaire ni aucune adresse postale pour {entity} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ({policy}) ou demandez à {authority} comment joindre l’entreprise. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>Le catalogue ne contient aucune adresse électronique, aucun formulaire ni aucune adresse postale pour {entity} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ({policy}). Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>Le catalogue ne contient aucune adresse électronique, aucun formulaire ni aucune adresse postale pour {entity} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme ou demandez à {authority} comment joindre l’entreprise. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>Le catalogue ne contient aucune adresse électronique, aucun formulaire ni aucune adresse postale pour {entity} ({region}). Cherchez un contact pour la protection des données dans la politique de confidentialité de la plateforme. Aucun courrier n’a été rédigé, faute de destinataire.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>le mot de passe est vide&#x202f;; saisissez le mot de passe ou laissez le champ tel quel</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>aucun trousseau de mots de passe (keyring du système) utilisable n’a été trouvé sur cet ordinateur&#x202f;; le mot de passe ne peut donc pas être enregistré</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>le trousseau du système (keyring) a refusé d’enregistrer le mot de passe ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>le trousseau du système (keyring) a refusé de supprimer le mot de passe ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>la pièce jointe {path} n’est pas un fichier lisible</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>la pièce jointe {path} fait {megabytes} Mo&#x202f;; la limite est de {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>impossible de lire la pièce jointe {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>l’URL de mise à jour {url!r} n’est pas une adresse web (https://hôte/chemin)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>l’URL de mise à jour {url!r} utilise le protocole HTTP non chiffré&#x202f;; seul https:// est autorisé</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>l’URL de mise à jour {url!r} utilise le schéma {scheme!r}&#x202f;; seul https:// est autorisé</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>impossible de joindre {url}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} redirige vers {target!r}, redirection refusée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} a répondu HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>le téléchargement de {url} a duré plus de {seconds} secondes&#x202f;; téléchargement interrompu</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} redirige plus de {count} fois</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} fait {size} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} a envoyé plus que la limite de {limit} octets&#x202f;; téléchargement interrompu</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>le téléchargement de {url} est incomplet&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>le téléchargement de {url} est incomplet&#x202f;: {received} octets sur {size}</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>le catalogue est à jour (version {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>le catalogue proposé à l’adresse {url} est en version {version}, plus ancienne que la version installée ({installed})&#x202f;; refusé</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>un de ses fichiers est manquant</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>nom de dossier incorrect&#x202f;: {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>le catalogue installé indique la version {claimed} dans {folder}, mais son paquet signé est en version {version}&#x202f;: il a été rétrogradé ou modifié</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>le fichier manifest.json installé diffère de celui qui a été signé&#x202f;: il a été modifié</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>des fichiers de plateforme ont été ajoutés ou supprimés après l’installation de la mise à jour</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} a été modifié après l’installation de la mise à jour</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>la version {version} du catalogue n’est pas plus récente que la version installée ({installed})</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>les informations sur la dernière mise à jour du catalogue sont illisibles ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>la valeur {value} du champ {field} n’est pas du texte</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>le champ {field} doit tenir sur une seule ligne de texte brut&#x202f;; il contient le caractère de contrôle {character} à la position {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>le champ {field} contient le caractère de contrôle {character} à la position {position}&#x202f;; seuls les sauts de ligne et les tabulations sont conservés dans le texte</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>le champ {field} ne doit pas être vide</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>le champ {field} est trop long ({length} caractères, {maximum} au maximum)</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>la valeur {value} du champ {field} n’est pas un identifiant (a-z, 0-9, - et _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>la valeur {value} du champ {field} ne fait pas partie des valeurs admises&#x202f;: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>la valeur {value} du champ {field} n’est pas un nombre compris entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>la valeur {value} du champ {field} n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>la valeur {value!r} du champ {field} n’est pas une date existante</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>la valeur {value} du champ {field} n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>la date {day} du champ {field} est dans le futur&#x202f;; indiquez la date à laquelle c’est arrivé (aujourd’hui au plus tard)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>la date {day} du champ {field} est antérieure au {start}, date à laquelle le RGPD est entré en application et date la plus ancienne acceptée par l’application</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>la date {day} du champ {field} est antérieure à l’entrée en vigueur du {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>la valeur {value} du champ {field} n’est pas une adresse électronique valide&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>avant le signe @, elle contient des caractères interdits dans une adresse&#x202f;: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>après le signe @, elle contient des caractères interdits dans une adresse&#x202f;: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>elle ne contient pas de signe @</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>il n’y a rien avant le signe @</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>il n’y a rien après le signe @</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>la partie après le signe @ doit contenir un point, comme dans example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>elle contient deux points consécutifs</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>elle commence par un point</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>elle se termine par un point</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>un point précède directement le signe @</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>un point suit directement le signe @</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>impossible d’écrire {path}&#x202f;: le PDF est vide</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Partiellement satisfaite</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Réclamation déposée</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Relance envoyée</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État ou Land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>adresse électronique du destinataire</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>port SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>utilisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>sécurité SMTP</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nom du compte</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>nombre de copies conservées</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Enregistré. L’application utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Indiquez votre pays dans Paramètres &gt; Profil pour voir la loi qui vous protège.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>L’application ne connaît encore aucune loi sur la protection des données pour le lieu indiqué ({place}). Vous pouvez néanmoins utiliser la check-list et écrire aux plateformes en vertu de la loi du lieu de leur établissement (par exemple le RGPD pour une entreprise établie dans l’UE).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>en vigueur depuis le {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Réponse due dans un délai de {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>au plus {period} en cas de prolongation</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>accusé de réception dans un délai de {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Une demande envoyée aujourd’hui doit recevoir une réponse au plus tard le {date} (le {extended} au plus tard en cas de prolongation).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Une demande envoyée aujourd’hui doit recevoir une réponse au plus tard le {date}.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>l’entreprise doit statuer dans un délai de {period}</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>les sources utilisées n’indiquent aucun délai pour la réponse de l’entreprise</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>La loi vous ouvre un recours auprès de l’entreprise si elle refuse ou n’agit pas&#x202f;: {answer}. L’application conseille de former ce recours avant de saisir l’autorité de contrôle.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Où déposer une réclamation&#x202f;:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulaire de réclamation</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#x202f;:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Votre pays (et, aux États-Unis, votre État) détermine la loi sur la protection des données que l’application applique à vos courriers et délais. Modifiez-le dans l’onglet Profil.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Opposition à l’entraînement de l’IA</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Opposez-vous à l’utilisation de vos données personnelles pour l’entraînement de modèles d’IA lorsque l’entreprise se fonde sur son intérêt légitime.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Demande d’accès avec questions sur l’IA</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Demandez une copie de vos données et l’usage qui en est fait, y compris si elles servent à entraîner l’IA et de quelle manière.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Demande d’effacement</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Demandez à l’entreprise d’effacer vos données personnelles, par exemple après une opposition accueillie ou le retrait de votre consentement.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Demandez à l’entreprise de cesser d’utiliser vos données pendant qu’elle examine votre opposition.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Retirez le consentement que vous avez donné à l’entraînement de l’IA&#x202f;; il doit être aussi simple de le retirer que de le donner.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Demande de rectification</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Demandez à l’entreprise de rectifier les données personnelles inexactes vous concernant ou de compléter les données incomplètes.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Demande de portabilité des données</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Demandez les données que vous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou leur transmission à une autre entreprise (consentement ou contrat, traitement automatisé).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Décision automatisée&#x202f;: intervention humaine</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Contestez une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, qui produit des effets juridiques vous concernant ou vous affecte de manière significative de façon similaire&#x202f;: demandez une intervention humaine et exprimez votre point de vue.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Réponse à une demande de justificatif d’identité</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Répondez à une entreprise qui demande une pièce d’identité avant de donner suite à votre demande&#x202f;: elle ne peut le faire qu’en cas de doutes raisonnables, et uniquement pour ce qui confirme votre identité.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Réclamation auprès du responsable du traitement (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Adressez une réclamation à l’entreprise elle-même pour violation du UK GDPR à l’égard de vos données&#x202f;; elle doit en accuser réception dans un délai de 30 jours. L’ICO attend cette démarche avant qu’une réclamation lui soit adressée.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Relance après expiration du délai</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Rappelez à l’entreprise que le délai de réponse à votre demande précédente est écoulé.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Réclamation auprès de l’autorité de contrôle</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Introduisez une réclamation auprès de l’autorité de protection des données au motif que l’entreprise n’a pas répondu ou n’a pas satisfait à votre demande.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out de la vente ou du partage</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Signifiez à l’entreprise qu’elle doit cesser de vendre ou de partager vos informations personnelles avec des tiers. Cela n’empêche pas l’entreprise d’utiliser elle-même vos données, par exemple pour entraîner sa propre IA.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Limitation de l’utilisation des informations personnelles sensibles</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Signifiez à l’entreprise qu’elle doit limiter sa propre utilisation et sa communication de vos informations personnelles sensibles à ce que requiert son service&#x202f;; cela s’étend à l’entraînement de sa propre IA sur ces données.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Demande de suppression</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Demandez à l’entreprise de supprimer les informations personnelles qu’elle a collectées auprès de vous.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Demande au titre du droit de savoir</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Demandez quelles informations personnelles l’entreprise a collectées, vendues ou partagées, d’où elles proviennent, pourquoi et avec qui.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Demande de correction</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Demandez à l’entreprise de corriger les informations personnelles inexactes vous concernant.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Répondez à une entreprise qui exige davantage de justificatifs d’identité que ne le permettent les règlements d’application du CCPA avant de donner suite à votre demande.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Autorisation d’un mandataire</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Signez une autorisation permettant à une personne ou à une entreprise de présenter des demandes CCPA en votre nom&#x202f;; l’entreprise peut vous demander de la confirmer, mais ne peut pas exiger de procuration.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Rappelez à l’entreprise que le délai applicable à votre demande précédente est écoulé (15 jours ouvrables pour un opt-out ou une demande de limitation, 45 jours pour les autres demandes).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Réclamation auprès de la California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Signalez à CalPrivacy une entreprise qui a ignoré ou refusé votre demande.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Demande d’opt-out</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Exercez l’opt-out pour ce que couvre la loi de votre État&#x202f;: la vente, la publicité ciblée et, dans la plupart des États, le profilage en vue de décisions produisant des effets juridiques ou des effets significatifs similaires. Aucun de ces opt-out n’empêche l’entreprise d’entraîner sa propre IA avec vos données.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Demande d’accès</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Demandez à l’entreprise de confirmer si elle traite vos données personnelles et de vous en fournir une copie.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Demande de suppression</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Demandez à l’entreprise de supprimer les données personnelles vous concernant.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Recours contre un refus</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Formez un recours auprès de l’entreprise lorsqu’elle a refusé votre demande ou n’y a pas donné suite.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Réclamation auprès du procureur général de l’État (Attorney General)</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Signalez au procureur général (Attorney General) de votre État une entreprise qui a ignoré ou refusé votre demande.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Demande de confirmation et d’accès</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Demandez si l’entreprise traite vos données, ainsi qu’une déclaration complète indiquant leur origine, les critères utilisés et la finalité du traitement.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Demandez à l’entreprise d’anonymiser, de bloquer ou de supprimer vos données, ou de supprimer les données qu’elle traite avec votre consentement.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Demande de correction</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Demandez à l’entreprise de corriger les données incomplètes, inexactes ou obsolètes.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Révocation du consentement</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Révoquez le consentement que vous avez donné à l’utilisation de vos données, y compris pour l’entraînement de l’IA.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Opposition au traitement</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Opposez-vous à un traitement que l’entreprise fonde sur une base autre que le consentement (comme l’intérêt légitime) lorsqu’il n’est pas conforme à la LGPD, par exemple un entraînement de l’IA dont vous n’avez pas été clairement informé.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Pétition auprès de l’ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Adressez une pétition contre l’entreprise à l’autorité nationale brésilienne de protection des données.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Demandez par écrit à l’organisation les renseignements personnels qu’elle détient à votre sujet et l’usage qu’elle en fait.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Rappelez à l’organisation que le délai de 30 jours applicable à votre demande d’accès est écoulé.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Plainte auprès du commissaire à la protection de la vie privée</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Déposez une plainte contre l’organisation auprès du Commissariat à la protection de la vie privée du Canada.</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Règlement général sur la protection des données (UE) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>UE et EEE</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Notification aux destinataires</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>S’opposer au traitement fondé sur l’intérêt légitime ou sur une mission d’intérêt public</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>S’opposer à la prospection (lorsque l’entraînement sert cette prospection)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Réponse dans un délai d’un mois</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Informations supplémentaires pour confirmer l’identité uniquement en cas de doutes raisonnables</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Introduire une réclamation auprès d’une autorité de contrôle</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>L’autorité de contrôle du pays de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise (article 77, paragraphe 1, du RGPD).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Un mois prend fin à la même date du mois suivant ou, si ce mois ne compte pas cette date, le dernier jour de ce mois&#x202f;; une échéance tombant un samedi, un dimanche ou un jour férié est reportée au jour ouvrable suivant (règlement 1182/71, article 3, paragraphe 2, point c), et article 3, paragraphe 4&#x202f;; l’application de ce règlement aux délais du RGPD est une interprétation).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>Le responsable du traitement peut prolonger le délai de deux mois supplémentaires, mais doit vous en informer au cours du premier mois en indiquant les motifs (article 12, paragraphe 3, du RGPD).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>deux mois supplémentaires comptés à partir de la première échéance</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>L’échéance prolongée se calcule à trois mois à compter de la réception (méthode de l’ICO, qui donne la date la plus tardive)&#x202f;; aucune source de l’UE ne tranche la question de savoir quelle interprétation s’applique.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Si l’autorité de contrôle ne vous a pas informé de l’état d’avancement ou de l’issue de votre réclamation dans un délai de trois mois, vous pouvez former un recours juridictionnel contre elle (article 78, paragraphe 2, du RGPD).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Introduire une réclamation auprès de l’ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>L’ICO vous demande d’adresser d’abord une réclamation à l’organisation, de la relancer si vous n’avez pas de réponse au bout de 30 jours, et d’introduire une réclamation auprès de l’ICO dans les trois mois suivant votre dernier contact avec l’organisation.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Depuis le 19 juin 2026, vous pouvez adresser une réclamation au responsable du traitement lui-même au sujet d’une violation concernant vos données personnelles (DPA 2018 s. 164A, inséré par le Data (Use and Access) Act 2025 s. 103&#x202f;; entrée en vigueur signalée sur http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Méthode de l’ICO&#x202f;: du jour de la réception jusqu’à la même date du mois suivant ou, si ce mois ne compte pas cette date, jusqu’au dernier jour de ce mois&#x202f;; une échéance tombant un week-end ou un jour férié est reportée au jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>Le délai court à compter de la plus tardive des réceptions suivantes&#x202f;: celle de la demande, celle des informations d’identité demandées par le responsable du traitement ou celle des frais (article 12A du UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>L’échéance prolongée se calcule à trois mois à compter de la réception, comme l’indique l’ICO.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>Le responsable du traitement doit accuser réception dans le délai de 30 jours commençant à la réception de la réclamation (DPA 2018 s. 164A(3))&#x202f;: le jour de la réception est le premier des 30 jours.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Il doit ensuite, sans retard injustifié, prendre les mesures appropriées pour y répondre (notamment procéder à des vérifications et vous tenir informé de l’avancement) et vous communiquer l’issue de la réclamation (s. 164A(4)-(5))&#x202f;; aucun délai fixe n’est prévu pour cette issue.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Loi fédérale sur la protection des données (LPD révisée)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>Le consentement n’est valable que s’il est donné librement, pour un traitement déterminé, après une information adéquate</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Les données sont détruites ou anonymisées dès qu’elles ne sont plus nécessaires au regard de la finalité</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Accès (renseignements sur vos données)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>Les informations que contient chaque réponse (finalité, durée de conservation, provenance, destinataires...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Renseignements fournis gratuitement</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Réponse dans un délai de 30 jours</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Remettre ou transmettre les données que vous avez fournies, dans un format électronique couramment utilisé</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Un traitement contraire à votre volonté expresse constitue une atteinte à la personnalité (ce qu’invoque une opposition)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Une atteinte est illicite, à moins d’être justifiée par le consentement, par un intérêt prépondérant ou par la loi</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Prétentions&#x202f;: interdire le traitement ou la communication, effacer ou détruire les données</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Dénonciation au PFPDT</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>Le PFPDT informe la personne concernée qui a fait la dénonciation des mesures qu’il a prises et de leur résultat</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>Le PFPDT ouvre une enquête sur dénonciation lorsque des indices suffisants font présumer une violation, et peut y renoncer pour les violations de peu d’importance (art. 49 LPD).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>La LPD ne prévoit ni droit de retirer son consentement, ni droit à la limitation du traitement, ni droit général d’opposition&#x202f;; les courriers pour ces demandes s’appuient sur l’art. 6, al. 6, l’art. 30, al. 2, let. b, l’art. 31, al. 1, et l’art. 32, et ne citent aucun article pour la demande elle-même (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ sur le retrait&#x202f;; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection sur l’opposition).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>L’alinéa de l’art. 32 qui mentionne l’effacement n’a pas été confirmé d’après le texte de la loi&#x202f;; les courriers citent l’art. 32 dans son ensemble.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Les jours se comptent à partir du lendemain de la réception&#x202f;; un dernier jour tombant un samedi, un dimanche ou un jour férié est reporté au jour ouvrable suivant (art. 77-78 du Code des obligations&#x202f;; leur application aux délais de la LPD est une interprétation).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>La LPD ne prévoit aucune prolongation fixe&#x202f;: un responsable du traitement qui ne peut pas répondre dans un délai de 30 jours doit vous indiquer dans quel délai il le fera (art. 18, al. 2, OPDo)&#x202f;; notez la date qu’il indique.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>Le délai de 30 jours est celui que prévoit la LPD pour les demandes d’accès (art. 25, al. 7, LPD, art. 18 OPDo)&#x202f;; les sources n’indiquent aucun délai pour ce type de demande, la date n’est donc qu’indicative.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, tel que modifié par le CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>Californie, États-Unis</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Savoir ce qui est collecté</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Savoir ce qui est vendu ou partagé, et à qui</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Exercer l’opt-out de la vente ou du partage</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Limiter l’utilisation et la communication des informations personnelles sensibles</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Aucune discrimination en raison de l’exercice de vos droits</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Réponse dans un délai de 45 jours</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Introduire une réclamation auprès de la California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>Le procureur général (Attorney General) de Californie veille lui aussi à l’application du CCPA&#x202f;; les actions en justice privées ne sont possibles que pour certaines violations de données (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>«&#x202f;45 jours&#x202f;» signifie la date de réception plus 45 jours&#x202f;: le premier jour est exclu, de même que le dernier jour s’il est férié (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Un dernier jour tombant un samedi, un dimanche ou un jour férié est reporté au jour suivant qui n’est aucun de ceux-ci&#x202f;: le Code Civ. Proc. § 12a compte comme jours fériés «&#x202f;all day on Saturdays&#x202f;» (toute la journée du samedi) et les jours fériés du § 135 (qui comprennent tous les dimanches, Gov. Code § 6700(a)(1)), pour tout délai fixé par une loi ou un règlement.</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Les jours fériés sont les jours fériés de l’État de Californie tels que les recense la bibliothèque holidays&#x202f;; les jours fériés judiciaires du Code Civ. Proc. § 135 et les jours de fermeture d’un service public (§ 12b) peuvent différer et ne sont pas connus de l’application.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>L’entreprise peut prolonger le délai une fois, de 45 jours au plus (90 au total), si elle vous en indique les raisons dans les 45 premiers jours (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Les jours ouvrables excluent les samedis, les dimanches et les jours fériés de Californie (interprétation&#x202f;: la réglementation ne définit pas les jours ouvrables).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>en comptant le jour de la réception comme premier jour, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>L’échéance tombe 45 jours après le jour de la réception (Code Civ. Proc. § 12)&#x202f;; aucune prise de position de la CPPA sur ce point n’a été trouvée.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>L’entreprise doit cesser la vente ou le partage dès que cela est matériellement possible et au plus tard 15 jours ouvrables après la réception, et en informer les tiers concernés (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>Le 11 CCR § 7026(f)(1) fixe un délai invariable de 15 jours ouvrables et ne prévoit aucune prolongation.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>L’entreprise doit limiter l’utilisation de vos informations personnelles sensibles dans un délai de 15 jours ouvrables à compter de la réception (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>Le 11 CCR § 7027(g) fixe un délai invariable de 15 jours ouvrables et ne prévoit aucune prolongation.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virginie, États-Unis</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Demandes des consommateurs et réponses</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Contrôle de l’application par le procureur général (Attorney General)</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>Les sources indiquent le délai de réponse et l’autorité compétente pour cette loi, mais ne précisent pas, État par État, quels droits des consommateurs (accès, suppression, opt-out) elle accorde&#x202f;; vérifiez le texte de la loi avant de vous prévaloir d’un droit particulier.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais de Virginie n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai une fois, de 45 jours, en vous en informant dans les 45 premiers jours.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Information rapportée&#x202f;: le délai de 60 jours pour statuer sur un recours provient de résumés&#x202f;; le texte de la sous-section n’a pas été consulté.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Colorado, États-Unis</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Les procureurs de district (district attorneys) veillent eux aussi à l’application de la loi, au même titre que le procureur général (Attorney General).</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Un mandataire autorisé peut exercer l’opt-out pour vous, y compris au moyen d’un paramètre du navigateur ou de l’appareil (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais du Colorado n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai de 45 jours lorsque cela est raisonnablement nécessaire.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, États-Unis</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>Si le recours est rejeté, le responsable du traitement doit vous indiquer comment adresser une réclamation au procureur général (Attorney General).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais du Connecticut n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai une fois, de 45 jours, en vous en informant dans les 45 premiers jours.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>Le responsable du traitement doit statuer sur le recours dans un délai de 60 jours à compter de sa réception.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, États-Unis</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>Le procureur général (Attorney General) veille à l’application de la loi sur saisine de la Division of Consumer Protection (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais de l’Utah n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai une fois, de 45 jours, en vous en indiquant la durée et les motifs avant la fin du premier délai.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Texas, États-Unis</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>Le procureur général (Attorney General) doit mettre à disposition un dispositif de réclamation en ligne (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais du Texas n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai une fois, de 45 jours, en vous en informant dans les 45 premiers jours.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, États-Unis</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Les demandes d’opt-out ne nécessitent aucune authentification (ORS § 646A.576(5)(e))&#x202f;; un mandataire autorisé peut exercer l’opt-out pour vous (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais de l’Oregon n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai de 45 jours supplémentaires si cela est raisonnablement nécessaire, en vous en informant dans les 45 premiers jours et en expliquant pourquoi (section 4(5)(a) de la loi, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>Le responsable du traitement doit accepter ou rejeter le recours dans un délai de 45 jours à compter de sa réception et, s’il le rejette, vous indiquer comment adresser une réclamation au procureur général (Attorney General).</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, États-Unis</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Un mandataire autorisé peut exercer l’opt-out pour vous (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais du Montana n’ont pas été étudiées). Le responsable du traitement peut prolonger le délai de 45 jours, en vous en informant dans les 45 premiers jours.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, États-Unis</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Aucun droit d’action privé (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais de l’Iowa n’ont pas été étudiées). Les sources fondées sur le texte de la loi indiquent 90 jours&#x202f;; un jeu de données indique 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si l’ICDPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Loi de l’Indiana sur la protection des données des consommateurs (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, États-Unis</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Délai compté en jours calendaires à partir du lendemain du jour de la réception (interprétation&#x202f;: les règles de computation des délais de cet État n’ont pas été étudiées).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si la loi de l’Indiana permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Loi du Kentucky sur la protection des données des consommateurs (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le KCDPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Loi du Rhode Island sur la transparence des données et la protection de la vie privée (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, États-Unis</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>Il doit être donné suite à une révocation du consentement dans un délai de 15 jours.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le RIDTPPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Loi du Nebraska sur la protection des données personnelles (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, États-Unis</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>En vigueur d’ici 2026&#x202f;; la date exacte n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le NDPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Loi du Delaware sur la protection des données personnelles (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le DPDPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>Loi du New Hampshire sur la protection des données personnelles (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>New Hampshire, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le NHDPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>Loi du New Jersey sur la protection des données personnelles (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>New Jersey, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si la NJDPL permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le TIPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Loi du Minnesota sur la protection des données des consommateurs (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si la loi du Minnesota permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Loi du Maryland sur la protection des données en ligne (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, États-Unis</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Les sources utilisées n’indiquent pas si le MODPA permet au responsable du traitement de prolonger ce délai&#x202f;; s’il invoque une prolongation, enregistrez-la avec la date qu’il indique.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Confirmation du traitement et accès</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonymisation, blocage ou suppression&#x202f;; suppression des données traitées avec le consentement</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>S’opposer au traitement fondé sur une base autre que le consentement, lorsqu’il n’est pas conforme à la LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Réponse gratuite aux demandes</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Déclaration complète dans un délai de 15 jours</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Adresser une pétition à l’autorité nationale (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Si le responsable du traitement ne peut pas agir immédiatement, il doit vous indiquer qu’il n’est pas l’agent de traitement (en désignant celui-ci si possible) ou vous exposer ses motifs (article 18, § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Délai compté comme 15 jours calendaires à compter de la demande&#x202f;; les règles brésiliennes de computation des délais n’ont pas été étudiées, de sorte que les week-ends et les jours fériés ne sont pas exclus.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>Les sources utilisées n’indiquent pas si la LGPD permet au responsable du traitement de prolonger le délai de 15 jours.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>Le délai de 15 jours est celui que prévoit la LGPD pour la confirmation et l’accès (article 19)&#x202f;; aucun délai légal n’a été vérifié pour les autres droits (un jeu de données applique 15 jours à toute demande fondée sur la LGPD), la date n’est donc qu’indicative.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Loi sur la protection des renseignements personnels et les documents électroniques</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Canada (fédéral, secteur privé)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>La demande d’accès est présentée par écrit</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Prorogation de 30 jours au plus, avec avis, motifs et droit de déposer une plainte</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>L’absence de réponse dans le délai vaut refus</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Les demandes d’accès doivent être présentées par écrit (paragraphe 8(1))&#x202f;; l’absence de réponse dans le délai vaut refus (paragraphe 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>La disposition de la LPRPDE qui confère le droit de déposer une plainte auprès du commissaire ne figure pas dans les sources utilisées.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Les jours se comptent à partir du lendemain de la réception&#x202f;; un délai qui expire un jour férié est reporté au premier jour suivant qui n’est pas férié (article 26 de la Loi d’interprétation). Le dimanche est un jour férié au sens du paragraphe 35(1)&#x202f;; le samedi ne l’est pas, de sorte qu’un délai qui expire un samedi n’est pas reporté (interprétation du paragraphe 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>L’organisation peut proroger le délai de 30 jours au plus, en vous en avisant dans les 30 premiers jours et en vous indiquant le nouveau délai, les motifs de la prorogation et votre droit de déposer une plainte (paragraphe 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>Le délai de 30 jours est celui que prévoit la LPRPDE pour les demandes d’accès (paragraphe 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Mon travail créatif ou professionnel</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Mes contenus révèlent ma vie privée</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Secret professionnel</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Protection contre le harcèlement</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Contenus datant de mon enfance</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>uniquement les données utilisées pour l’entraînement de l’IA</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>toutes mes données (ferme le compte)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>aucune réponse complète dans le délai</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>réponse seulement partielle</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>demande d’informations complémentaires</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Après une demande antérieure</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Réclamations auprès d’une autorité</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; aucune adresse électronique dédiée à la vie privée n’est publiée</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>votre pays</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Un courrier est signé de votre nom et fondé sur la loi du pays où vous vivez&#x202f;: quels droits vous avez, qui répond et dans quel délai. Ajoutez {missing} à votre profil, et la page vous proposera la demande adaptée à chaque plateforme.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>D’abord, qui vous êtes et où vous vivez</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Ouvrir Paramètres &gt; Profil</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Choisissez une plateforme</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Choisissez une loi</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>Votre situation, avec vos propres mots</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Plateformes auxquelles écrire en même temps</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Format de fichier des courriers</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Choisissez une plateforme, une loi et une demande&#x202f;: le courrier s’affiche ici.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>Modifier le &amp;texte</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Modifier la formulation du courrier avant de l’enregistrer ou de l’envoyer</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Un courrier fondé sur une autre loi n’est utile que si cette loi vous protège.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>La loi de votre lieu de résidence, d’après votre profil.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>Là où vous vivez, le {law} s’applique&#x202f;; un courrier fondé sur une autre loi n’est utile que si elle vous protège.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Suggérée&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Rédigez une demande fondée en droit&#x202f;: une opposition à l’entraînement de l’IA, une demande d’accès, d’effacement, un retrait du consentement ou un opt-out CCPA. Modifiez le texte si vous le souhaitez, puis enregistrez-le ou envoyez-le.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>adresse électronique, nom d’utilisateur ou URL du profil</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Pourquoi cette demande est suggérée</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Comme le destinataire le propose</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Votre situation</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>avec vos propres mots (facultatif)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>toutes mes données (par défaut)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Quelles données</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Demande antérieure envoyée le</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Sa référence</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Type de la demande antérieure</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Il s’agissait d’une</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>nom et coordonnées de la personne que vous mandatez</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>ce qui est inexact, et ce qui est exact</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>ce qui s’est passé (facultatif)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Plusieurs plateformes à la fois</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Cochez des plateformes&#x202f;; chacune reçoit son propre courrier du type choisi.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>O&amp;uvrir les paramètres du profil</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Enregistrer aussi chaque courrier comme demande</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Conserve chaque courrier généré sur la page Demandes comme brouillon</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Vos modifications sont conservées. Les changements à gauche ne modifient plus le texte.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Copier l’objet et le courrier dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Loi</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>Mode d’e&amp;nvoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>Générer dans un do&amp;ssier…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>A&amp;bandonner mes modifications</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer en&#x202f;:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Enregistrer le courrier dans un fichier .{format}</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Enregistrer en .{format}</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copier le courrier</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>En&amp;registrer comme demande</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Conserver ce courrier, avec vos modifications, sur la page Demandes comme brouillon</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Aucun logiciel de messagerie ne s’est ouvert&#x202f;: aucun n’est configuré pour les liens de courriel sur cet ordinateur. Écrivez à cette adresse depuis votre webmail&#x202f;; «&#x202f;Copier le courrier&#x202f;» copie l’objet et le texte.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Ouvrir le formulaire web</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>plateforme inconnue&#x202f;: {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>la demande {id} ({reference}) est encore un brouillon&#x202f;; indiquez d’abord la date à laquelle vous l’avez envoyée</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>le type de demande {type} ne peut pas être rédigé en vertu du {law}</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Non enregistré&#x202f;: {file} existe déjà.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} existe déjà dans {folder}. Le remplacer par ce courrier&#x202f;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Enregistré comme demande {id} ({reference}), en brouillon. Retrouvez-la sur la page Demandes et indiquez-y la date d’envoi&#x202f;: le délai commence alors à courir.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>Écrit dans {folder}&#x202f;: {letters}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>Enregistré sur la page Demandes&#x202f;: {requests}.</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Objet et courrier copiés.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>Aucune adresse électronique n’est connue pour ce courrier&#x202f;: il a été copié, collez-le dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>Le courrier est trop long pour un lien de courriel&#x202f;: il a été copié, collez-le dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Transmis à votre logiciel de messagerie&#x202f;: vérifiez que le nouveau message s’est ouvert, puis envoyez-le.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>Le courrier a été copié&#x202f;; collez-le dans le formulaire web qui s’est ouvert.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>Le courrier s’affiche ici dès que le problème ci-dessous est réglé.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>À {recipient}&#x202f;: {how} · réponse due le {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>À {recipient}&#x202f;: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des courriers</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>&amp;Exporter les demandes</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Sous forme de &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>En &amp;détail avec historiques (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Sous forme de &amp;calendrier des échéances (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Créer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>Enregistrer le courrier comme de&amp;mande</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Enregistrer le courrier en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Rechercher dans cette page</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copier le courrier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Check-list</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>C&amp;ourriers</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>À &amp;propos d’Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}&#x202f;: la plateforme n’a pas respecté son délai légal. Ouvrez Demandes pour envoyer une relance ou déposer une réclamation.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>Marquer {reference} comme envoyée</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>Le délai légal court à compter du jour où l’entreprise a reçu votre demande.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>Le jour où l’entreprise a reçu votre demande&#x202f;: son délai court à compter de cette date</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>facultatif, p. ex. numéro de lettre recommandée</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Reçue par l’entreprise le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Source&#x202f;: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Estimation&#x202f;: %n jour ouvrable après l’envoi, d’après le délai d’acheminement publié pour le courrier national. Corrigez-la lorsque vous connaissez le jour exact.</numerusform>
            <numerusform>Estimation&#x202f;: %n jours ouvrables après l’envoi, d’après le délai d’acheminement publié pour le courrier national. Corrigez-la lorsque vous connaissez le jour exact.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Aucun délai d’acheminement publié n’est connu pour le trajet de ce courrier&#x202f;: le jour de l’envoi est donc utilisé comme estimation. Corrigez-le lorsque vous connaissez le jour exact.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>Les courriels, formulaires web et demandes dans l’application parviennent à l’entreprise le jour de leur envoi.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>Le délai courra à compter du jour que vous avez indiqué.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Rien ne s’est ouvert&#x202f;: aucun programme n’est configuré pour ce type de fichier. Copiez son chemin et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copier le lien dans le presse-papiers</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Rien ne s’est ouvert&#x202f;: aucun programme n’est configuré sur cet ordinateur pour ouvrir ce lien. Copiez le lien et ouvrez-le dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Coller la réponse à {reference}</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Coller une réponse</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Collez la réponse de l’entreprise. Incluez les en-têtes (De, Objet, Date) si votre logiciel de messagerie les affiche.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Collez la réponse de l’entreprise. Incluez les en-têtes (De, Objet, Date) si votre logiciel de messagerie les affiche&#x202f;: la référence figurant dans l’objet permet de retrouver la demande.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Ajouter la réponse</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Cochez les plateformes que vous utilisez dans la liste de gauche. Pour chacune, vous verrez étape par étape les paramètres d’entraînement de l’IA qui existent là où vous vivez, et vous pourrez les marquer comme faits. Lorsqu’aucun paramètre n’existe, l’application vous aide plutôt à rédiger un courrier.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>J’utilise {platform}</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#x202f;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation>Chacun de vos comptes sur cette plateforme a ses propres paramètres</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>Le catalogue ne contient aucune information sur l’entraînement de l’IA pour&#x202f;: {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Aucune action nécessaire&#x202f;: {platform} déclare ne pas entraîner d’IA avec vos données. Revérifiez lorsque sa politique change.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>«&#x202f;{quote}&#x202f;» — {who}, consulté le {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Entraînement sur les données des utilisateurs ici depuis le {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Données utilisées&#x202f;: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Base juridique invoquée par {platform}&#x202f;: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>Ce que {platform} fait de vos données, et les options dont vous disposez, dépendent de votre lieu de résidence&#x202f;: indiquez votre pays dans Paramètres &gt; Profil. D’ici là, chaque option est présentée avec les régions où elle existe.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · options disponibles ({region})</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · options de toutes les régions (aucun pays indiqué)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} ne propose aucun paramètre d’entraînement de l’IA dans votre région ({region}). Un courrier de demande (une opposition, ou un opt-out CCPA en Californie) est le moyen de refuser.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} ne propose aucun paramètre d’entraînement de l’IA dans les régions couvertes par le catalogue. Un courrier de demande (une opposition, ou un opt-out CCPA en Californie) est le moyen de refuser.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Rédiger un courrier…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Paramètres qui ne sont pas des refus de l’entraînement de l’IA</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}&#x202f;: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Changements de politique</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, consulté le {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(fait vérifié le plus ancien&#x202f;: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(aucune citation pour l’instant)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>D’où proviennent les informations de cette page</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>Les paramètres, étapes et remarques de la plateforme sont cités d’après le catalogue, en anglais.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Un nom pour votre autre compte {platform} (p. ex. travail)&#x202f;:</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Compte non ajouté</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Tel qu’il doit figurer sur vos courriers</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Rue et numéro
Code postal et ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Adresse é&amp;lectronique</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>Adresse &amp;postale</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Langue des &amp;courriers</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Land (État fédéré)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Vous relèverez des lois et paramètres de refus prévus pour&#x202f;: {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Les paramètres de refus proposés à tous les utilisateurs s’appliqueront&#x202f;; l’application ne connaît encore aucune loi sur la protection des données pour votre pays.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Votre pays détermine les lois et les paramètres de refus applicables.</translation>
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
        <translation>Vos courriers sont signés avec ces informations. Votre pays détermine les lois et les paramètres de refus applicables partout dans l’application.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Enre&amp;gistrer le profil</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Vos données sont stockées dans {folder} et ne quittent jamais cet ordinateur, sauf si vous envoyez un courrier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>le jour de l’envoi</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>la date que vous avez indiquée</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimée</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>la date d’envoi, enregistrée avant que les dates de réception ne soient conservées</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Vérification insuffisante</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Non couverte par la loi</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Hors juridiction</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de demandes</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Fraude présumée</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (États-Unis)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>UE/EEE</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>Que dit la réponse à {reference}&#x202f;?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Enregistrez la réponse de l’entreprise, pour que le délai et l’étape suivante en tiennent compte.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Elle fait droit à la demande</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Elle y fait droit en partie</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>Elle refuse</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Elle demande une pièce d’identité ou des informations</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Elle prolonge le délai</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Contenu de la réponse</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Conserver seulement la réponse (rien n’est décidé)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Déduit du texte de la réponse&#x202f;: vérifiez-le avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} en retard</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; corrigez-la lorsque vous la connaissez</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Enregistrée comme brouillon</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Vous n’avez encore aucune demande. Lorsqu’une plateforme ne propose aucun paramètre pour refuser l’entraînement de l’IA, rédigez un courrier sur la page Courriers et enregistrez-le comme demande. L’application suit alors son délai légal, vous avertit lorsqu’il est dépassé et vous indique l’étape suivante&#x202f;: une relance ou une réclamation auprès de l’autorité de contrôle.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Échéance sous %n jour</numerusform>
            <numerusform>Échéance sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtre par plateforme</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Rechercher référence, plateforme, type, destinataire, notes</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Ajouter la réponse d’une entreprise à la demande indiquée dans son objet</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Colonnes&#x202f;: cliquez sur une colonne pour trier selon celle-ci</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Indiquez la date d’envoi pour que le délai commence à courir</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Ou déposez ici le fichier .eml ou .txt de la réponse.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Courrier tel qu’envoyé</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Ouvrir la pièce jointe sélectionnée (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s’est passé (facultatif)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Envoyer par &amp;courriel…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Rédiger &amp;un courrier</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>&amp;Importer une réponse…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>&amp;Je l’ai envoyé…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>Rédiger une re&amp;lance</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Ajouter une &amp;réponse…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>J&amp;oindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Enregis&amp;trer</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… sur {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Aucune demande ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}&#x202f;: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Étape suivante&#x202f;: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>À&#x202f;: {recipient}
Objet&#x202f;: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Pièces jointes ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Statut&#x202f;: {status} · Loi&#x202f;: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Envoyée le {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>réception confirmée le {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>accusé de réception attendu au plus tard le {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Délai calculé à compter de la réception le {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>prolongé jusqu’au {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Joindre des fichiers à cet événement</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Depuis un fichier (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Coller le texte…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Choisir la réponse</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Réponses (*.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Envoyer la demande {reference}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>À&#x202f;: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>aucune adresse électronique n’est connue</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet&#x202f;: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Cette demande a le statut «&#x202f;{status}&#x202f;» (envoyée le {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Cette demande a le statut «&#x202f;{status}&#x202f;».</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Envoyer depuis l’application</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Joindre le courrier en PDF</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>M’envoyer une copie</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>mot de passe de votre compte de messagerie</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>L’envoi de courriels n’est pas configuré&#x202f;: indiquez votre serveur de messagerie dans Paramètres &gt; Courriel.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Via {server}, depuis {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>M’envoyer une copie ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Ou envoyez-le vous-même</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Ouvrez-le dans votre logiciel de messagerie, ou enregistrez-le pour l’envoyer ou l’imprimer&#x202f;; indiquez ensuite à l’application que vous l’avez envoyé.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Aucun logiciel de messagerie ne s’est ouvert&#x202f;: aucun n’est configuré pour les liens de courriel sur cet ordinateur. Enregistrez le fichier .eml et ouvrez-le, ou écrivez à cette adresse depuis votre webmail.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>Enregistrer le .e&amp;ml…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>Je l’ai envoyé…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Envoi à {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Envoyé à {recipient} le {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>La réponse est attendue au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>le courrier est trop long pour un lien de courriel&#x202f;; enregistrez le fichier .eml et ouvrez-le dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Transmis à votre logiciel de messagerie&#x202f;: vérifiez que le message s’est ouvert. Une fois envoyé, cliquez sur «&#x202f;Je l’ai envoyé&#x202f;» pour que le délai commence à courir.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Enregistrer le courriel</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>{path} enregistré. Une fois le courrier envoyé, cliquez sur «&#x202f;Je l’ai envoyé&#x202f;» pour que le délai commence à courir.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Marquée comme envoyée le {date}.</translation>
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
        <translation>Loi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>la page de la plateforme</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>une autorité de protection des données</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>une juridiction</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>un registre d’entreprise</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>la presse</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Partiellement satisfaite</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Réclamation déposée</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Mise à jour du catalogue</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Modifications de cette mise à jour</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}&#x202f;: les refus que vous avez déjà effectués sur ces plateformes seront marqués «&#x202f;Revérifier&#x202f;».</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Me guider</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Laisser celle-ci pour plus tard</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>&amp;C’est fait</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Rédiger &amp;un courrier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Étape {number} sur {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}&#x202f;: aucun paramètre ici</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} ne propose aucun paramètre d’entraînement de l’IA là où vous vivez. Cela ne signifie pas que vous devez l’accepter&#x202f;: un courrier de demande (une opposition en vertu du RGPD, ou un opt-out en vertu d’une loi d’un État américain) oblige la plateforme à répondre dans un délai légal.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Revérifier&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Cette option fonctionne par courriel&#x202f;: envoyez le message décrit ci-dessus.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Ouvrir le paramètre</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Ouvrir le formulaire</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Terminé pour l’instant</translation>
    </message>
    <message>
        <source>{outcome}: {platform}, {control}</source>
        <translation>{outcome}&#x202f;: {platform}, {control}</translation>
    </message>
    <message>
        <source>{platform}: {control}</source>
        <translation>{platform}&#x202f;: {control}</translation>
    </message>
    <message>
        <source>{progress} across the platforms you use.</source>
        <translation>{progress}, toutes plateformes confondues.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Fait à l’instant</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Laissé pour plus tard</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Courrier nécessaire (aucun paramètre là où vous vivez)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}&#x202f;: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Bienvenue dans Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Des plateformes comme LinkedIn, Instagram et ChatGPT utilisent ce que vous publiez et saisissez pour entraîner des modèles d’IA, souvent sauf si vous refusez. Cette application vous aide à refuser&#x202f;: elle vous guide dans les paramètres de refus de chaque plateforme, rédige des demandes fondées sur le RGPD et le CCPA lorsqu’aucun paramètre n’existe, et suit chaque réponse et chaque délai légal.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Tout reste sur cet ordinateur, dans
{folder}
L’application ne se connecte à Internet que lorsque vous le lui demandez (pour envoyer un courriel, par exemple).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Indiquez à l’application qui vous êtes. Vos courriers sont signés avec ces informations, et votre pays détermine les lois et paramètres applicables. Vous pourrez les modifier plus tard dans Paramètres &gt; Profil.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Passer pour l’&amp;instant</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>En&amp;registrer et commencer</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Vous pourrez remplir votre profil plus tard dans Paramètres</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
</context>
</TS>
