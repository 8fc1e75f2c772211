<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>cargado desde una carpeta indicada con --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>actualización, versión {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>incluido con la aplicación, versión {version}</translation>
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
        <translation>{catalogue}; omitidos por no ser válidos: {files}</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>paquete autónomo</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>paquete de Python</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation>Versión {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Impida que las plataformas entrenen IA con sus datos.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later). Puede compartir y modificar este programa conforme a sus condiciones. Se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Copia las versiones de la aplicación, de Python, de Qt y de su sistema para un informe de errores. No incluye nada sobre usted ni sobre sus solicitudes.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Copiado. Péguelo en su informe de errores; no contiene nada sobre usted.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Envíe la carta y después registre la fecha de envío para que empiece a correr el plazo.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>A la espera de la respuesta.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>A la espera de la respuesta: {left} (el {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>Las fuentes utilizadas no indican si el {law} permite a la empresa prorrogarlo, por lo que la aplicación mantiene este plazo; anote la fecha que indique la empresa.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Debían haber confirmado la recepción a más tardar el {date}; la respuesta sigue debiéndose dentro del plazo.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>Plazo vencido hace {days}: envíe un recordatorio.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>recurra primero ante la empresa: el {law} prevé un recurso. Las fuentes utilizadas no indican ningún plazo para la respuesta de la empresa, por lo que la aplicación no puede fechar una carta de recurso; escriba a la empresa, registre su respuesta y después presente una reclamación ante {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>recurra primero ante la empresa: el {law} prevé un recurso, que la empresa debe resolver en un plazo de {period} desde su recepción. Si lo desestima, presente una reclamación ante {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>reclame primero ante la empresa: conforme al {law}, puede presentar una reclamación ante el propio responsable del tratamiento ({citation}), y la autoridad de control espera este paso antes de recibir una reclamación. Si su respuesta no resuelve el asunto, presente una reclamación ante {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>presente una reclamación ante {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>presente una reclamación ante {authority} (la autoridad de su lugar de residencia) o ante {alternative}, la autoridad principal.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>presente una reclamación; antes, {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Atendida en parte: envíe un recordatorio que indique lo que falta.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Reclamación presentada: registre aquí las respuestas de la autoridad.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Reclamación presentada el {date}: registre aquí las respuestas de la autoridad.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Terminada: solicitud atendida. Conserve la respuesta como prueba.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Terminada: solicitud atendida el {date}. Conserve la respuesta como prueba.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirada.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Retirada el {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Redactar recordatorio</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Redactar recurso</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Redactar reclamación</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Redactar respuesta</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Redactar carta</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>Plazo vencido hace {days}, recordatorio enviado el {date}: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Denegada ({reason}): si no está de acuerdo, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>La empresa ha pedido más información: envíela, anote lo que ha enviado y después registre su siguiente respuesta.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Si pide que acredite su identidad, redacte una respuesta a esa petición: en ella se expone lo que el {law} permite exigir a la empresa.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Denegada por verificación insuficiente: redacte una respuesta a la petición de acreditar su identidad, que expone lo que el {law} permite exigir a la empresa; envíe lo que pueda pedirle y después registre la solicitud como reabierta.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Denegada por verificación insuficiente: envíe los datos de identidad que le piden y después registre la solicitud como reabierta.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>la autoridad de control</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>No se pueden abrir sus datos: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>interés legítimo</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrato</translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation>El catálogo recoge, para cada plataforma, las opciones relativas al entrenamiento de IA y las direcciones. Las actualizaciones están firmadas por el proyecto y se verifican antes de instalarse. La aplicación solo se conecta a internet cuando usted pulsa un botón aquí o activa la comprobación semanal.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Dirección de actualización</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Dirección de actualización:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Buscar actualizaciones una vez por semana</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Estado de los enlaces</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Comprueba cada dirección web del catálogo en busca de enlaces rotos, redirigidos o lentos. Para ello se contacta con el sitio web de cada plataforma.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Buscar actualizaciones</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>Volver al catálogo &amp;incluido</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>&amp;Comprobar enlaces</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Progreso de la comprobación de enlaces</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Resultados de la comprobación de enlaces</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>introduzca primero la dirección de actualización</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>Buscando una actualización del catálogo...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>la actualización no se ha instalado: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>no se puede eliminar la actualización instalada: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>Vuelve a usarse el catálogo incluido con la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} de %n enlace</numerusform>
            <numerusform>{done} de %n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>La comprobación de enlaces ha fallado: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>Nuevo catálogo disponible: {catalog}. Se han comprobado su firma y cada ficha de plataforma. Cambios:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, instalado el {installed}. El catálogo incluido con la aplicación sigue disponible.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>La actualización instalada no se utiliza: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>Nuevo catálogo disponible: {catalog}.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Catálogo instalado: {catalog}.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Actualización del catálogo: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Catálogo incluido con la aplicación: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>Asistentes de IA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Herramientas creativas</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Herramientas para desarrolladores</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publicación y blogs</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Almacenamiento en la nube</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Asistentes de voz</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Bancos de imágenes</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Software empresarial</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Deporte y salud</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Compras</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>En la aplicación</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>mediante formulario web</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>en la aplicación de la plataforma</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>Completado: {done} de {controls}</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} por volver a comprobar</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Oposición enviada</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Una actualización del catálogo del {arrived} trajo un cambio de política de {platform} con fecha {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} cambió su política el {date}, después de que usted actuara: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Hecho hace {days}; las plataformas cambian o reactivan sus ajustes, así que compruébelo cada {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>No se requiere ninguna acción</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Solo por carta</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Sin verificar: aún no se cita ninguna fuente</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>la página de {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>un tercero</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Fuente: {who}, consultada el {date}</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Recorrer una a una todas las opciones de las plataformas que usa</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Recorrido guiado</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Buscar plataformas</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Solo las que uso</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Mostrar plataformas de este tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Mostrar plataformas con este estado</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Marque las plataformas que usa; la barra espaciadora marca la seleccionada</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Marque las plataformas que usa.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Aún no ha elegido ninguna plataforma</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Volver a comprobar ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Quitar plataforma</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>¿Quitar esta plataforma de su lista? Se perderá su progreso en ella.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Marque primero las plataformas que usa en la lista de la izquierda; después, el recorrido guiado le llevará por cada uno de sus ajustes de entrenamiento de IA.</translation>
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
        <translation> (las fuentes no indican ningún artículo del {law} al respecto)</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; el formulario «{control}» de {platform} es más rápido, y la carta le proporciona una constancia fechada</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; la dirección de correo electrónico «{control}» de {platform} es más rápida, y la carta le proporciona una constancia fechada</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; el ajuste «{control}» de {platform} es más rápido, y la carta le proporciona una constancia fechada</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>la publicidad dirigida</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>la venta de sus datos</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>la elaboración de perfiles para decisiones que produzcan efectos jurídicos o efectos significativos similares</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} declara que entrena su IA con el consentimiento de usted, así que retírelo{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} se basa en intereses legítimos para el entrenamiento de su IA, a lo que usted puede oponerse{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} invoca un contrato como base jurídica del entrenamiento de su IA, caso en el que una oposición podría no proceder, así que pregunte qué datos utiliza y por qué{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} no indica en qué base jurídica se apoya para entrenar su IA, así que pregunte para qué utiliza sus datos{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Opóngase al mismo tiempo{under}, por si {platform} se basa en intereses legítimos{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Una exclusión de la venta o el intercambio{under} impide que {platform} venda o comparta su información personal con terceros, también para el entrenamiento de la IA de estos; no impide que {platform} entrene su propia IA con los datos de usted. Un navegador que envía la señal Global Privacy Control también le excluye de la venta y el intercambio (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Una solicitud para limitar el uso de la información personal sensible{under} alcanza el uso propio que hace {platform}, incluido el entrenamiento de su IA, pero solo respecto de la información sensible (como la ubicación precisa, la salud o el contenido de sus mensajes).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Una solicitud de eliminación{under} pide a {platform} que elimine la información personal que recopiló de usted, de modo que ya no pueda entrenar con ella.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Una exclusión conforme al {law}{under} solo abarca {purposes}; no impide que {platform} entrene su propia IA con los datos de usted{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Una exclusión conforme al {law}{under} abarca lo que esa ley concede (las fuentes utilizadas no indican cuáles de entre la venta, la publicidad dirigida y la elaboración de perfiles); no impide que {platform} entrene su propia IA con los datos de usted{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Una solicitud de eliminación conforme al {law}{under} pide a {platform} que elimine los datos personales sobre usted, lo que también los excluye del entrenamiento de la IA propia de {platform}.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} declara que entrena su IA con el consentimiento de usted, así que revóquelo{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Después, pida a {platform} que elimine los datos que trató con su consentimiento{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} se basa en intereses legítimos, y no en el consentimiento de usted, para el entrenamiento de su IA, así que opóngase al tratamiento{under}: la LGPD lo permite cuando el tratamiento sin consentimiento no cumple la ley, y la solicitud es gratuita{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} no indica que entrene su IA con el consentimiento de usted, así que opóngase al tratamiento{under}: la LGPD lo permite cuando el tratamiento sin consentimiento no cumple la ley, y la solicitud es gratuita{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Pida al mismo tiempo a {platform} el origen, los criterios y la finalidad del uso de sus datos{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Los derechos de la PIPEDA recogidos en las fuentes no incluyen la oposición al entrenamiento de IA, así que pregunte por escrito a {platform} qué datos conserva sobre usted y cómo los utiliza{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>La aplicación no conoce ninguna ley de protección de datos para {place}, por lo que no procede ninguna solicitud legal; use los ajustes propios de {platform} cuando existan.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Indique su país en su perfil para ver qué solicitudes proceden.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Indique su estado de EE. UU. en su perfil: en EE. UU., las leyes de protección de datos son leyes estatales.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>La aplicación no conoce ninguna ley de protección de datos para {place}, por lo que no procede ninguna solicitud legal.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Ninguna opción</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>por cuenta</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>por espacio de trabajo</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>solo administradores</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>sus datos se usan salvo que actúe</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>no deshace el entrenamiento ya realizado</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>la plataforma confirma por correo electrónico</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>disponible en: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Abrir ajuste</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Abrir formulario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, cuenta de {platform} {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Comprobado: sigue desactivado</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Ha vuelto a mirar y el ajuste sigue desactivado; el plazo para volver a comprobarlo empieza de nuevo hoy</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Nota sobre {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Nota (por ejemplo: hecho en la aplicación de mi móvil)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Volver a comprobar: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Hecho el {date}; vuelva a comprobarlo antes del {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n plataforma</numerusform>
            <numerusform>%n plataformas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation>
            <numerusform>%n cambio de política nuevo</numerusform>
            <numerusform>%n cambios de política nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n solicitud en borrador</numerusform>
            <numerusform>%n solicitudes en borrador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n copia</numerusform>
            <numerusform>%n copias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n opción de exclusión</numerusform>
            <numerusform>%n opciones de exclusión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Se ha producido un error: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>La aplicación tiene que cerrarse.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>La aplicación sigue funcionando. Si algo no parece correcto, guarde su trabajo y reiníciela.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n error hasta ahora; este es el más reciente.</numerusform>
            <numerusform>%n errores hasta ahora; este es el más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>El lugar donde se produjo se ha anotado en el archivo de registro (sin sus datos):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Detalles técnicos del error</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>No se pueden abrir sus datos: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Se conserva una copia de sus datos del {time} en {path}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Se conserva una copia de sus datos en {path}.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>¿Restaurarla? Los datos dañados también se conservan en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Restaurar esa copia</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>No se conserva ninguna copia en la carpeta de copias de seguridad. Si hizo un archivo de copia de seguridad, restáurelo; los datos dañados se conservan en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Restaurar un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Copia de seguridad de Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>La restauración no ha funcionado: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Abrir solicitudes</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Abrir la lista de control</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problemas del catálogo</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>No se han podido leer estos archivos del catálogo y se han omitido:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (se aplican las normas de {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>No ha indicado su nombre</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Indique su país en Ajustes &gt; Perfil para que la aplicación muestre las normas aplicables.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>dirección postal</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (vence el {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Volver a comprobar:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation>Para las cartas aún falta: {fields} (Ajustes &gt; Perfil).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Aún no hay solicitudes. Cuando una plataforma no ofrezca ningún ajuste, redacte una carta en la página Cartas y guárdela aquí para seguir su plazo legal.</translation>
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
        <translation>Registrar respuesta</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>y %n más con plazo vencido</numerusform>
            <numerusform>y %n más con plazo vencido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>y %n más que vence pronto</numerusform>
            <numerusform>y %n más que vencen pronto</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Aún no ha elegido ninguna plataforma. Abra la lista de control y marque las plataformas que usa: la aplicación le muestra cómo desactivar el entrenamiento de IA en cada una.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress}, en {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Sin ajuste donde usted vive, la vía es una carta: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>y %n más por volver a comprobar</numerusform>
            <numerusform>y %n más por volver a comprobar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Detalle completo con historial (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Calendario de plazos (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Sus datos permanecen en este ordenador. Exporte sus solicitudes a una hoja de cálculo o a un calendario, guarde una copia de seguridad de todo o restaure una. Los archivos que se escriben aquí contienen datos personales: solo usted puede leerlos.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exportar solicitudes</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Un solo archivo con su perfil, sus ajustes (nunca contraseñas), su lista de control, sus solicitudes con su historial y los archivos adjuntos.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Hacer una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Copias conservadas antes de restaurar</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Al restaurar, los datos sustituidos se conservan en la carpeta de copias de seguridad; las copias más antiguas que superen este número se eliminan.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Copias conservadas antes de restaurar:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>Exportación completada: {requests} en {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Copia de seguridad escrita en {path}. Contiene sus datos personales: manténgala en privado.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>¿Sustituir todos sus datos (perfil, ajustes, lista de control, solicitudes) por la copia de seguridad {file}? Los datos actuales se conservan antes en {folder}; esa carpeta guarda las más recientes ({copies}).</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>¿Restaurar la copia de seguridad?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Restaurado desde {file}: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>Los datos anteriores se conservan en {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>Eliminación completada: {copies}; la carpeta de copias de seguridad guarda las más recientes ({kept}).</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} ya existe en {folder}. ¿Sustituirlo?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>No se ha guardado: {name} ya existe.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Copia de seguridad de Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>overdue by {days}</source>
        <translation>plazo vencido hace {days}</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>venció hace {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>vence en {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Festivos: los festivos oficiales (bank holidays) de Inglaterra; Escocia e Irlanda del Norte tienen otros.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Festivos: los festivos nacionales de Alemania; los Länder tienen además festivos propios, que no se tienen en cuenta.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Festivos: los festivos nacionales de {country}; los festivos regionales no se tienen en cuenta.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Festivos: los domingos y los días enumerados en el apartado 35(1) de la Interpretation Act (Año Nuevo, Viernes Santo, Lunes de Pascua, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Navidad); los festivos provinciales y municipales y los días fijados por proclamación también cuentan allí, pero no figuran en este calendario.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>No se ha aplicado ningún traslado por festivos porque se desconoce el país del responsable del tratamiento: un plazo que venza en un festivo de ese país se trasladaría al siguiente día hábil.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Los sábados y domingos sí lo trasladan, según la regla de cómputo.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>El {day} es festivo, por lo que el plazo se traslada al {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>El {day} es sábado, por lo que el plazo se traslada al {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>El {day} es domingo, por lo que el plazo se traslada al {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Para un recordatorio, indique la fecha en que se recibió su solicitud original: el plazo mostrado es el de esa solicitud.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} La otra interpretación ({label}) da como resultado el {date}.</translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Send requests from the app through your own mail account. Your provider&apos;s help pages list these settings (often under “SMTP” or “other mail programs”).</source>
        <translation>Envíe las solicitudes desde la aplicación a través de su propia cuenta de correo. Las páginas de ayuda de su proveedor indican estos ajustes (a menudo en «SMTP» o «otros programas de correo»).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Ninguna: solo para un servidor de correo en este ordenador</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>normalmente su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Servidor (host SMTP)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>La contraseña se guarda en el almacén de contraseñas de su sistema (keyring), nunca en los archivos de la aplicación.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas (keyring) utilizable, por lo que la aplicación no puede guardar su contraseña. Puede mantenerla en memoria hasta que se cierre la aplicación; la próxima vez tendrá que escribirla de nuevo. Sin contraseña, la aplicación sigue funcionando: envíe las cartas desde su propio programa de correo.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Mantener la contraseña en memoria hasta que se cierre la aplicación</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>&amp;Olvidar contraseña</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Eliminar la contraseña guardada del keyring (o de la memoria)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>guardada en el keyring; escriba otra para sustituirla</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>en memoria hasta que se cierre la aplicación; escriba otra para sustituirla</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Marque «Mantener la contraseña en memoria» para usarla hasta que se cierre la aplicación</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Contraseña olvidada.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>No había ninguna contraseña guardada.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>Conectando con {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Mensaje de prueba enviado a {address}. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>error inesperado: {name}; los detalles están en el archivo de registro</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; añádalo en Ajustes &gt; Perfil</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Resultado, en la solicitud anterior)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Ajustes &gt; Perfil, Land)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; elija una ley o indique su país en Ajustes &gt; Perfil</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: introduzca su servidor de correo en Ajustes &gt; Correo</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: introdúzcalo en Ajustes &gt; Correo</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; muévalo a otro lugar y vuelva a iniciar la aplicación</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: seleccione esa solicitud y use su botón Añadir respuesta</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>la solicitud {id} no existe</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>ninguna solicitud tiene el identificador o la referencia {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>vencen en {days} días: indique un número de días igual o superior a 0</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>el canal solo se registra con &apos;sent&apos;, no con {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>indique cómo se envió la solicitud {reference}: el canal debe ser uno de {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>la fecha de envío {date} está en el futuro</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>el {law} no permite a la empresa prorrogar el plazo de esta solicitud: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>el {law} no permite a la empresa prorrogar el plazo de esta solicitud</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>la solicitud {reference} aún no se ha enviado: regístrela como enviada, con la fecha de recepción</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>tipo de solicitud desconocido: {type!r}; tipos válidos: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>la ley {law!r} no corresponde al tipo {type}; leyes válidas: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>el idioma {language!r} no está disponible para el tipo {type} conforme al {law}; elija uno de estos: {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>el canal {channel!r} no es uno de estos: {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>motivo de oposición desconocido: {ground!r}; motivos válidos: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>el alcance de la supresión {scope!r} no es uno de estos: {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>la fecha de la solicitud anterior es obligatoria para el tipo {type}: la fecha en que envió la primera solicitud</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>la fecha de la solicitud anterior, {date}, está en el futuro</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>la rectificación es obligatoria para el tipo {type}: indique qué datos son incorrectos y cuáles son los correctos</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>el representante es obligatorio para el tipo {type}: el nombre y los datos de contacto de la persona a la que autoriza</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>el resultado anterior {outcome!r} no es uno de estos: {outcomes} (o vacío: sin respuesta completa)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>la fecha del resultado anterior, {date}, requiere un resultado anterior: refused, partially_fulfilled o needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>la fecha del resultado anterior, {date}, está en el futuro</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>la fecha del resultado anterior, {date}, es previa al envío de la solicitud anterior ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>la solicitud {id} ({reference}) consta como atendida el {date}; reábrala antes de redactar una carta de seguimiento</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>la solicitud {id} ({reference}) consta como atendida; reábrala antes de redactar una carta de seguimiento</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>el tipo de la solicitud anterior, {type!r}, no admite seguimiento conforme al {law}; tipos válidos: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} es obligatorio para una carta .{format}</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>no se conoce ninguna dirección de correo electrónico de {entity} (formulario web: {web_form}); envíe la carta por correo postal o mediante el formulario web</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>no se conoce ninguna dirección de correo electrónico de {entity}; envíe la carta por correo postal o mediante el formulario web</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>el host SMTP {host!r} no es un nombre de servidor como smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>la seguridad SMTP {security!r} no es una de estas: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>la seguridad SMTP &apos;none&apos; envía su contraseña y sus cartas sin cifrar; solo se permite para un servidor de este ordenador ({local_hosts}), no para {host!r}: elija ssl o starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>el usuario SMTP está vacío: solo se necesita una contraseña si hay un nombre de usuario</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>el mensaje no tiene destinatario</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>no hay contraseña para el usuario SMTP {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>envío cancelado; no se ha enviado nada</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} no ofrece STARTTLS, por lo que su contraseña y su carta viajarían sin cifrar; no se ha enviado nada. Use la seguridad ssl (normalmente, puerto 465) o compruebe los ajustes de servidor de su proveedor de correo</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} no ofrece inicio de sesión (SMTP AUTH) en esta conexión; no se ha enviado nada. Compruebe el puerto y el ajuste de seguridad</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>no hay contraseña para {user} en {host}; no se ha enviado nada</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} no acepta direcciones con letras no ASCII antes de la @ (SMTPUTF8), como {address}; no se ha enviado nada. Use una dirección sin ellas o un servidor de correo que las admita</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} ha rechazado el destinatario ({reply}); solo se ha enviado la copia dirigida a usted: la empresa no ha recibido la carta</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} ha rechazado el nombre de usuario o la contraseña ({reply}); no se ha enviado nada. Algunos proveedores exigen una contraseña de aplicación para los programas de correo</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} ha rechazado el destinatario ({reply}); no se ha enviado nada</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} ha rechazado la dirección del remitente {sender} ({reply}); no se ha enviado nada. Normalmente, el remitente debe ser la dirección de su cuenta de correo</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} ha rechazado el mensaje ({reply}); no se ha enviado nada</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} ha cerrado la conexión antes de aceptar el mensaje; no se ha enviado nada. Compruebe el puerto y el ajuste de seguridad (ssl suele usar el puerto 465; starttls, el 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} no admite una función necesaria ({reason}); no se ha enviado nada</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} ha respondido con un error ({reply}); no se ha enviado nada</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>no se ha podido verificar el certificado de {server} ({reason}); no se ha enviado nada. Compruebe el nombre del host</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>ha fallado la conexión segura con {server} ({reason}); no se ha enviado nada. Compruebe que el ajuste de seguridad corresponde al puerto (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} no ha respondido en {seconds} segundos; no se ha enviado nada</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>no se ha podido conectar con {server}: conexión rechazada (ningún servidor de correo escucha allí); no se ha enviado nada. Compruebe el host y el puerto</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>no se ha encontrado el nombre de servidor {host!r}; compruébelo, así como su conexión a internet</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>no se ha podido conectar con {server}: {reason}; no se ha enviado nada</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>ha fallado el envío a través de {server}: {reason}; no se ha enviado nada</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} ya existe; elija otro nombre de archivo o acepte sustituirlo</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>disco lleno: no se puede crear {path}; libere espacio e inténtelo de nuevo (no se ha modificado nada)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>disco lleno: no se puede abrir {path}; libere espacio e inténtelo de nuevo (no se ha modificado nada)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>disco lleno: no se puede crear la carpeta de datos {path}; libere espacio e inténtelo de nuevo (no se ha modificado nada)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>disco lleno: no se puede escribir {path}; libere espacio e inténtelo de nuevo (no se ha modificado nada)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>se encuentra en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>no se puede crear la carpeta de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>no se puede escribir {path}: {folder} no es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>no se puede escribir {path}: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>no se puede escribir {path}: no es un archivo normal</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} está dañado ({detail}); no se ha modificado</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>está vacío, pero la carpeta contiene adjuntos o copias de seguridad</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>no se puede crear una base de datos en {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>el disco que contiene {path} está lleno</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} se creó con una versión más reciente de Opt-Out Assistant (esquema {version}; esta versión admite hasta el {known}); actualice la aplicación para abrir este archivo</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} necesita una actualización para esta versión de la aplicación, pero {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>no se pueden modificar sus datos: {reason}; se abrieron en modo de solo lectura</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} no es un archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>la carpeta de datos {path} es de solo lectura</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>la base de datos {path} es de solo lectura</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} no es una base de datos utilizable: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>no se pueden modificar sus datos: {path} es de solo lectura</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} está ocupado: otro programa está escribiendo en él; inténtelo de nuevo dentro de un momento</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} no es una copia de seguridad de Opt-Out Assistant (no es JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} no es una copia de seguridad de Opt-Out Assistant (el formato no es {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: la versión de copia de seguridad {version!r} no es compatible</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: el esquema {schema!r} no es un número de esquema</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} se creó con una versión más reciente de Opt-Out Assistant (esquema {schema!r}); actualice la aplicación para restaurar esta copia</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} no es una copia de los datos de Opt-Out Assistant (falta {file_name})</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>la copia {path} también está dañada ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: esta versión de la aplicación no puede restaurar el esquema {schema}</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>no se puede leer la copia {path} ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; no es un objeto</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: la copia de seguridad contiene tablas que esta versión no conoce: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: la tabla {table} no es una lista de registros</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: el registro {number} de {table} no es un objeto</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: el registro {number} de {table} tiene columnas que esta versión no conoce: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: registro {number} de {table} ({key} {value}), campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: registro {number} de {table}, campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: registro {number} de {table} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: registro {number} de {table}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>el id {value} aparece dos veces</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>el valor {value!r} de la columna {column} no es texto</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>la copia de seguridad solo puede contener un perfil, con id 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>el nombre de ajuste {key!r} no es un nombre de ajuste válido</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>el ajuste {key!r} no existe en esta versión de la aplicación</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>el ajuste {key!r} es secreto; los secretos nunca se restauran en el disco</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>el ajuste {key!r} aparece dos veces</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>la cuenta {name!r} de {platform} aparece dos veces</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>la cuenta {id} no está en la copia de seguridad</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>la opción {control} de la cuenta {id} aparece dos veces</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>la referencia {reference} aparece dos veces</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>un motivo de denegación corresponde al estado refused, y solo a él</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>una solicitud en estado {status} necesita la fecha de envío y el canal</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>la fecha {day} de la columna {column} requiere una fecha de envío igual o anterior</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>la fecha de recepción y su criterio solo corresponden a una solicitud enviada, y siempre juntos</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at ({day}) es anterior al envío de la solicitud</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>received_at debe ser la fecha de envío con el criterio {basis}</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>la solicitud {id} no está en la copia de seguridad</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>el evento {id} no está en la copia de seguridad</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} está fuera de la carpeta de adjuntos</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} figura en dos adjuntos</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>el sha256 {digest!r} no consta de 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 no es un texto base64 válido</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>el contenido de {path} no es base64 válido</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>el contenido de {path} está dañado (el SHA-256 no coincide)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>el tamaño {size} no coincide con los {length} bytes del contenido</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>no se puede restaurar en {path}: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>la carpeta de datos {path} ya contiene datos; restaure en una vacía</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>la copia de seguridad no es compatible con la base de datos de esta versión: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>no se puede leer el adjunto {file_name} ({path}): {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>el adjunto {file_name} ({path}) se ha modificado desde que se guardó (el SHA-256 no coincide)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>ya existe una solicitud con la referencia {reference}</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>la solicitud {reference} se ha modificado entretanto; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>el envío de correo electrónico no está configurado</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>se necesita una ley: no se conoce ninguna ley para su país</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>autoridad desconocida: {authority!r}; valores válidos: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>estado desconocido para {country}: {state!r}; valores válidos: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>el directorio no incluye ninguna autoridad para {country}; países que tienen una: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>el estado federado (Land) es obligatorio para una reclamación desde Alemania: las empresas están bajo la supervisión de la autoridad de su Land, no del BfDI federal (§§ 9 y 40 BDSG); indique su Land en su perfil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>el país es obligatorio para una reclamación conforme al {law}: determina qué autoridad la recibe (art. 77.1), y {country} no está en el ámbito de aplicación del {law}; indique su país en su perfil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>el país es obligatorio para una reclamación conforme al {law}: determina qué autoridad la recibe (art. 77.1), y no hay ningún país indicado; indique su país en su perfil</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>el directorio no incluye ninguna autoridad reguladora para el estado de EE. UU. {state}; estados que tienen una: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>el directorio no incluye ninguna autoridad reguladora para EE. UU. sin indicar un estado; estados que tienen una: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>país desconocido: {country!r}; use un código ISO 3166, como DE, FR, GB o US, o un nombre en inglés</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>el plazo de la solicitud anterior vence el {deadline}: mientras no haya vencido, la carta no puede decir que se incumplió; indique lo que respondió la empresa, si lo hizo</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>esta interfaz no puede generar un PDF</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>no se pueden escribir cartas en {folder}: no es una carpeta</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>el formato {format!r} no es uno de estos: {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} no tiene la opción {control!r}; valores válidos: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} es un sitio espejo, un acortador de enlaces, un escáner o un sitio para pegar texto; cite directamente la página</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>un espejo (proxy) de otro sitio; cite la página original</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>el código alojado en {host} no es una fuente (solo lo son las fichas de empresas de datenanfragen/data)</translation>
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
        <translation>plataforma desconocida: {platform!r}; identificadores válidos: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>plataforma desconocida: {platform!r}; ¿quería decir {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>plataforma desconocida: {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>la carpeta del catálogo {path} no existe o no es una carpeta</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>id de plataforma duplicado: {id!r}</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>no es TOML válido: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} no coincide con el nombre del archivo, {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>debe ser {version} (véase el esquema en CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} no es un nombre de host en minúsculas como example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>id de opción duplicado: {id!r}</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>se necesita al menos una opción (kind = &quot;none&quot; si no existe ninguna), salvo que la plataforma declare que no entrena (ai_training con trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} ya figura en una entrada anterior; cada región tiene una sola entrada</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} no es uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>solo se registra una base jurídica para {regions}, cuyas leyes la prevén; {region!r} no la prevé (divida la entrada)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} es anterior a since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: una línea por entrada, sin caracteres de control</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>es obligatorio si hay una dirección (determina los días festivos del plazo)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>ninguna fuente cubre {name!r}; cada campo de contacto necesita su fuente</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>una opción de tipo {kind} necesita al menos un paso</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>es obligatorio: cada dato necesita una fuente</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} no es uno de los hosts propios de la plataforma ({hosts}); añádalo a domains si lo es, o elija otro valor de kind</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} está en el futuro</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>solo las fuentes de un responsable del tratamiento indican qué campos respaldan</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>debe ser una tabla</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} no consta solo de letras minúsculas, dígitos y -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} no es una URL http(s)</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} no es una sola línea de texto</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} no es una única dirección de correo electrónico</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} no es un código ISO 3166-1 como IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} no es &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>debe ser texto, no {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>debe ser un número entero, no {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>debe ser true o false, no {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>debe ser una fecha, no {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>debe ser una tabla, no {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>debe ser una lista, no {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>campo desconocido (véase el esquema en CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>no puede estar vacío (en su lugar, omita el campo)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>solo debe contener textos no vacíos, no {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>es obligatorio: uno o varios de {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} no es ninguno de {regions} ni un estado de EE. UU. como us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>la solicitud {reference} está en estado {status}: no puede marcarse como {kind}; ahora se permite: {allowed} (una solicitud denegada debe reabrirse antes de poder marcarse como atendida)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>la solicitud {reference} está en estado {status}: no puede marcarse como {kind}; ahora se permite: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>el motivo solo se registra con &apos;refused&apos;, no con {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>la fecha de recepción solo se registra con &apos;sent&apos;, no con {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>indique el motivo de la denegación: uno de {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>el valor {value!r} del campo {field} no es uno de estos: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>una solicitud necesita el campo {field}; está vacío</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>la referencia {value!r} no tiene la forma 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>la ley {value!r} no es un id de ley como gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>la fecha {day} es anterior al envío de la solicitud ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>el formato de manifiesto {format!r} no es compatible (esta aplicación lee {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>la versión del manifiesto, {version}, no es un número entero de 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>la versión del manifiesto, {start}... ({digits} dígitos), no es un número entero de 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>el valor created del manifiesto, {created!r}, no es una fecha y hora ISO</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>el valor files del manifiesto debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>la ruta de archivo {path!r} del manifiesto no tiene la forma platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>el sha256 de {path} en el manifiesto no consta de 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>el manifiesto incluye {path} dos veces</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>no se puede leer la clave pública {path}: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>la clave pública {path} no es una clave Ed25519</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>no se puede leer la clave de firma {path} como clave privada PEM sin cifrar: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>la clave de firma {path} no es una clave privada Ed25519</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>el catálogo {path} contiene archivos no válidos; corríjalos primero: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>el catálogo {path} no contiene archivos de plataformas</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>la versión del catálogo debe ser un número entero de 1 a {maximum}</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>el paquete ocupa {size} bytes, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>la firma ocupa {size} bytes; una firma Ed25519 ocupa {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>la verificación de la firma ha fallado: el paquete se ha modificado, está dañado o se firmó con otra clave</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>el paquete no es un archivo zip: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>el paquete contiene dos veces el mismo nombre de archivo</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>el paquete no contiene manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>el paquete ocupa más de {limit} bytes al descomprimirlo</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>el contenido del paquete no coincide con su manifiesto: no incluidos en él: {extra}; faltan: {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>el contenido del paquete no coincide con su manifiesto: no incluidos en él: {extra}; no falta ninguno</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>el contenido del paquete no coincide con su manifiesto: no incluidos en él: ninguno; faltan: {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>no se puede leer el paquete: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} no coincide con su sha256 del manifiesto</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>el paquete contiene fichas de plataforma no válidas: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>no hay ninguna cuenta {account!r} en {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>no hay ninguna cuenta {account!r} en {platform}; no hay nada que deshacer</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>{path}, indicada como carpeta de datos, no es una carpeta</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>no se puede leer la carpeta de datos {path}</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>la solicitud {reference} no tiene dirección de correo electrónico del destinatario; envíela por correo postal o mediante el formulario web de la empresa</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>la solicitud {reference} está en estado {status} (enviada el {date}); solo se puede enviar un borrador</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>la solicitud {reference} está en estado {status}; solo se puede enviar un borrador</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>el mensaje se ha enviado a {recipient}, pero la solicitud {reference} no se ha podido marcar como enviada ({problem}); regístrela manualmente con la fecha {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>el resultado {outcome!r} no es uno de estos: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>la respuesta pegada está vacía</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} anida demasiadas partes de mensaje unas dentro de otras para poder leerse</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>el texto pegado anida demasiadas partes de mensaje unas dentro de otras para poder leerse</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>la respuesta {path} tiene fecha {date} (según su encabezado Date): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>la respuesta pegada tiene fecha {date} (según su encabezado Date): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>el texto pegado no contiene ninguna referencia de solicitud (como 2026-K3F9Q2M); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>el texto pegado menciona varias referencias ({references}); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>el archivo de respuesta {path} ocupa más de {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>no se puede leer el archivo de respuesta {path}: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>el asunto de {file} no contiene ninguna referencia de solicitud (como 2026-K3F9Q2M); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>el asunto del texto pegado no contiene ninguna referencia de solicitud (como 2026-K3F9Q2M); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>el texto de {file} no contiene ninguna referencia de solicitud (como 2026-K3F9Q2M); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>el asunto de {file} menciona varias referencias ({references}); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>el asunto del texto pegado menciona varias referencias ({references}); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>el texto de {file} menciona varias referencias ({references}); elija la solicitud a la que responde</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>el formato de exportación {format!r} no es uno de estos: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>el país {country!r} no está en el ámbito de aplicación del {law}; países válidos para {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>el tipo de solicitud {type!r} no es aplicable conforme al {law}; tipos válidos para {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>la fecha de recepción {date} está en el futuro (hoy es {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>código de país desconocido: {country!r}; use un código ISO 3166, como DE, FR o GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>las fuentes utilizadas no indican ningún plazo en el que la empresa deba resolver un recurso conforme al {law}, por lo que una carta de recurso no puede indicar un plazo; recurra por escrito y registre la respuesta de la empresa</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>las fuentes no indican ningún plazo de respuesta para {type!r} conforme al {law}; tipos con plazo para {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>las fuentes no indican ningún plazo de respuesta para &apos;una solicitud&apos; conforme al {law}; tipos con plazo para {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>ley desconocida: {law!r}; valores válidos: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>tipo de solicitud desconocido: {type!r}; valores válidos: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>código de país desconocido: {country!r}; use un código ISO 3166, como DE, FR, GB o US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>el estado requiere un país: indique también el país</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>estado {state!r}: la aplicación no utiliza estados para {country}</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} no es un estado de {country}; códigos válidos: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>el idioma {language!r} no está disponible; elija uno de estos: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>la aplicación no conoce el país {country!r}: indique su código ISO (DE, FR, GB, US) o su nombre en inglés (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>la aplicación no conoce el país {country!r}: indique su código ISO (DE, FR, GB, US) o su nombre en inglés (Germany); ¿quería decir {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>la aplicación no conoce el país {country!r}: indique su código ISO (DE, FR, GB, US) o su nombre en inglés (Germany); ¿quería decir {first} o {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>la aplicación no conoce el país {country!r}: indique su código ISO (DE, FR, GB, US) o su nombre en inglés (Germany); ¿quería decir {first}, {second} o {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>el estado es obligatorio para Estados Unidos (por ejemplo, CA para California)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>la fecha de recepción {date} es anterior al envío de la solicitud ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>la fecha de recepción {date} está en el futuro (hoy es {today}); indíquela cuando la empresa haya recibido la carta, o déjela vacía para usar la estimación</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>El catálogo no indica ningún responsable del tratamiento para los usuarios de {platform} en la región {region}. Busque un contacto de privacidad en la política de privacidad de la plataforma ({policy}) o pregunte a {authority} cómo contactar con la empresa. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>El catálogo no indica ningún responsable del tratamiento para los usuarios de {platform} en la región {region}. Busque un contacto de privacidad en la política de privacidad de la plataforma ({policy}). No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>El catálogo no indica ningún responsable del tratamiento para los usuarios de {platform} en la región {region}. Busque un contacto de privacidad en la política de privacidad de la plataforma o pregunte a {authority} cómo contactar con la empresa. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>El catálogo no indica ningún responsable del tratamiento para los usuarios de {platform} en la región {region}. Busque un contacto de privacidad en la política de privacidad de la plataforma. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>El catálogo no contiene ninguna dirección de correo electrónico, formulario ni dirección postal de {entity} ({region}). Busque un contacto de privacidad en la política de privacidad de la plataforma ({policy}) o pregunte a {authority} cómo contactar con la empresa. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>El catálogo no contiene ninguna dirección de correo electrónico, formulario ni dirección postal de {entity} ({region}). Busque un contacto de privacidad en la política de privacidad de la plataforma ({policy}). No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>El catálogo no contiene ninguna dirección de correo electrónico, formulario ni dirección postal de {entity} ({region}). Busque un contacto de privacidad en la política de privacidad de la plataforma o pregunte a {authority} cómo contactar con la empresa. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>El catálogo no contiene ninguna dirección de correo electrónico, formulario ni dirección postal de {entity} ({region}). Busque un contacto de privacidad en la política de privacidad de la plataforma. No se ha redactado ninguna carta, ya que no hay destinatario.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>la contraseña está vacía; escriba la contraseña o deje el campo como estaba</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>no se ha encontrado en este ordenador ningún almacén de contraseñas (keyring del sistema) utilizable, por lo que no se puede guardar la contraseña</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>el keyring del sistema se ha negado a guardar la contraseña ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>el keyring del sistema se ha negado a eliminar la contraseña ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>el adjunto {path} no es un archivo legible</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>el adjunto {path} ocupa {megabytes} MB; el límite es de {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>no se puede leer el adjunto {path}: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>la URL de actualización {url!r} no es una dirección web (https://host/ruta)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>la URL de actualización {url!r} usa HTTP sin cifrar; solo se permite https://</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>la URL de actualización {url!r} tiene el esquema {scheme!r}; solo se permite https://</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>no se puede acceder a {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} redirige a {target!r}, redirección rechazada: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} ha respondido con HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>la descarga de {url} ha tardado más de {seconds} segundos; se ha detenido la descarga</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} redirige más de {count} veces</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} ocupa {size} bytes, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} ha enviado más del límite de {limit} bytes; se ha detenido la descarga</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>la descarga de {url} ha quedado incompleta: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>la descarga de {url} ha quedado incompleta: {received} de {size} bytes</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>el catálogo está actualizado (versión {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>el catálogo ofrecido en {url} es la versión {version}, anterior a la instalada ({installed}); rechazado</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>falta uno de sus archivos</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>nombre de carpeta no válido: {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>el catálogo instalado indica la versión {claimed} en {folder}, pero su paquete firmado es la versión {version}: se ha sustituido por una versión anterior o se ha editado</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>el manifest.json instalado difiere del firmado: se ha editado</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>se han añadido o eliminado archivos de plataformas después de instalar la actualización</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} se ha modificado después de instalar la actualización</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>la versión {version} del catálogo no es más reciente que la instalada ({installed})</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>no se puede leer el registro de la última actualización del catálogo ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>el valor {value} del campo {field} no es texto</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>el campo {field} debe ocupar una sola línea de texto sin formato; contiene el carácter de control {character} en la posición {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>el campo {field} contiene el carácter de control {character} en la posición {position}; en el texto solo se conservan los saltos de línea y las tabulaciones</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>el campo {field} no puede estar vacío</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>el campo {field} es demasiado largo ({length} caracteres; máximo {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>el valor {value} del campo {field} no es un identificador (a-z, 0-9, - y _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>el valor {value} del campo {field} no es uno de estos: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>el valor {value} del campo {field} no es un número de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>el valor {value} del campo {field} no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>el valor {value!r} del campo {field} no es una fecha existente</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>el valor {value} del campo {field} no es una fecha y hora</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>la fecha {day} del campo {field} está en el futuro; indique la fecha en que ocurrió (como muy tarde, hoy)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>la fecha {day} del campo {field} es anterior a {start}, fecha en que empezó a aplicarse el RGPD y la más temprana que admite la aplicación</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>la fecha {day} del campo {field} es anterior a la entrada en vigor del {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>el valor {value} del campo {field} no es una dirección de correo electrónico válida: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>antes de la @ contiene caracteres que ninguna dirección puede tener: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>después de la @ contiene caracteres que ninguna dirección puede tener: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>no contiene ninguna @</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>no hay nada después de la @</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>la parte después de la @ necesita un punto, como en example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>tiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>empieza por un punto</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>termina en un punto</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>hay un punto justo antes de la @</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>hay un punto justo después de la @</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>no se puede escribir {path}: el PDF está vacío</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recepción confirmada</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Plazo prorrogado</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Información solicitada</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Atendida en parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamación presentada</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Recordatorio enviado</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado o Land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>dirección del remitente</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>correo electrónico del destinatario</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>puerto SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>usuario SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>seguridad SMTP</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nombre de la cuenta</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>número de copias conservadas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Guardado. La aplicación usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Indique su país en Ajustes &gt; Perfil para ver la ley que le protege.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>La aplicación aún no conoce ninguna ley de protección de datos para el lugar indicado ({place}). Aun así, puede usar la lista de control y escribir a las plataformas conforme a la ley del lugar donde están establecidas (por ejemplo, el RGPD para una empresa de la UE).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>en vigor desde el {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Respuesta en un plazo de {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>como máximo {period} con prórroga</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>acuse de recibo en un plazo de {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Una solicitud enviada hoy debe responderse a más tardar el {date} (el {extended} a más tardar si se prorroga).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Una solicitud enviada hoy debe responderse a más tardar el {date}.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>la empresa debe resolverlo en un plazo de {period}</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>las fuentes utilizadas no indican ningún plazo para la respuesta de la empresa</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>La ley le permite recurrir ante la empresa si esta deniega su solicitud o no actúa: {answer}. La aplicación recomienda recurrir antes de presentar una reclamación ante la autoridad de control.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Sus derechos</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Dónde reclamar:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulario de reclamación</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>Su país (y, en EE. UU., su estado) determina qué ley de protección de datos usa la aplicación para sus cartas y plazos. Puede cambiarlo en la pestaña Perfil.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Oposición al entrenamiento de IA</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Oponerse al uso de sus datos personales para entrenar modelos de IA cuando la empresa se basa en su interés legítimo.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Solicitud de acceso con preguntas sobre IA</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Pedir una copia de sus datos y saber para qué se utilizan, incluido si se utilizan para entrenar IA y de qué modo.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Solicitud de supresión</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Pedir a la empresa que suprima sus datos personales, por ejemplo, tras una oposición estimada o la retirada del consentimiento.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitación del tratamiento</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Pedir a la empresa que deje de utilizar sus datos mientras examina su oposición.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retirada del consentimiento</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Retirar el consentimiento que dio para el entrenamiento de IA; retirarlo debe ser tan fácil como darlo.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Solicitud de rectificación</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Pedir a la empresa que rectifique los datos personales inexactos que le conciernen o que complete los datos incompletos.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Solicitud de portabilidad</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Pedir los datos que usted facilitó en un formato estructurado, de uso común y de lectura mecánica, o su transmisión a otra empresa (consentimiento o contrato, tratamiento automatizado).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Decisión automatizada: intervención humana</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Impugnar una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en usted o le afecte significativamente de modo similar: pedir la intervención humana y expresar su punto de vista.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Respuesta a una petición de identificación</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Responder a una empresa que pide un documento de identidad antes de atender su solicitud: solo puede pedirlo si tiene dudas razonables, y solo lo que confirme su identidad.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Reclamación ante el responsable del tratamiento (Reino Unido)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Reclamar ante la propia empresa por haber infringido el UK GDPR con sus datos; debe acusar recibo en un plazo de 30 días. El ICO espera este paso antes de que se presente una reclamación ante él.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Recordatorio tras el vencimiento del plazo</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Recordar a la empresa que ha vencido el plazo de respuesta de su solicitud anterior.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Reclamación ante la autoridad de control</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Reclamar ante la autoridad de protección de datos porque la empresa no respondió o no atendió la solicitud.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Exclusión de la venta o el intercambio</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Indicar a la empresa que deje de vender o compartir su información personal con terceros. No impide que la empresa utilice sus datos por sí misma, por ejemplo, para entrenar su propia IA.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Limitar el uso de información personal sensible</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Indicar a la empresa que limite su propio uso y divulgación de su información personal sensible a lo que su servicio necesita; esto alcanza al entrenamiento de su propia IA con esos datos.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Solicitud de eliminación</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Pedir a la empresa que elimine la información personal que recopiló de usted.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Solicitud de información</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Preguntar qué información personal recopiló, vendió o compartió la empresa, de dónde procede, por qué y con quién.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Solicitud de corrección</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Pedir a la empresa que corrija la información personal inexacta sobre usted.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Responder a una empresa que, antes de atender su solicitud, pide más pruebas de identidad de las que permite el reglamento de la CCPA.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Autorización de un agente</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Firmar un permiso para que una persona o empresa presente solicitudes conforme a la CCPA en su nombre; la empresa puede pedirle que lo confirme, pero no puede exigir un poder notarial.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Recordar a la empresa que ha vencido el plazo de su solicitud anterior (15 días hábiles para una exclusión o una solicitud de limitación, 45 días para las demás).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Reclamación ante la California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Denunciar ante CalPrivacy a una empresa que ignoró o denegó su solicitud.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Solicitud de exclusión</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Excluirse de lo que cubre la ley de su estado: la venta, la publicidad dirigida y, en la mayoría de los estados, la elaboración de perfiles para decisiones que produzcan efectos jurídicos o significativos similares. Nada de esto impide que la empresa entrene su propia IA con sus datos.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Solicitud de acceso</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Pedir a la empresa que confirme si trata sus datos personales y que le facilite una copia.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Solicitud de eliminación</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Pedir a la empresa que elimine los datos personales que le conciernen.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Recurso contra una denegación</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Recurrir ante la empresa después de que haya denegado su solicitud o no haya actuado al respecto.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Reclamación ante el Fiscal General del estado</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Denunciar ante el Fiscal General (Attorney General) de su estado a una empresa que ignoró o denegó su solicitud.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Solicitud de confirmación y acceso</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Preguntar si la empresa trata sus datos y pedir una declaración completa de su origen, de los criterios utilizados y de la finalidad.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Pedir a la empresa que anonimice, bloquee o elimine sus datos, o que elimine los datos que trata con su consentimiento.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Solicitud de corrección</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Pedir a la empresa que corrija los datos incompletos, inexactos o desactualizados.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Revocación del consentimiento</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Revocar el consentimiento que dio para el uso de sus datos, también para el entrenamiento de IA.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Oposición al tratamiento</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Oponerse a un tratamiento que la empresa basa en un fundamento distinto del consentimiento (como el interés legítimo) cuando no cumple la LGPD, p. ej., un entrenamiento de IA del que no se le informó con claridad.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Petición ante la ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Presentar una petición contra la empresa ante la autoridad nacional de protección de datos de Brasil.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Pedir a la organización, por escrito, la información personal que tiene sobre usted y cómo la utiliza.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Recordar a la organización que ha vencido el plazo de 30 días de su solicitud de acceso.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Reclamación ante el Comisionado de Privacidad</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Reclamar contra la organización ante la Oficina del Comisionado de Privacidad de Canadá (Office of the Privacy Commissioner of Canada).</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Reglamento General de Protección de Datos (UE) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>UE y EEE</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Supresión</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Notificación a los destinatarios</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilidad de los datos</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Oponerse al tratamiento basado en intereses legítimos o en una misión de interés público</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Oponerse a la mercadotecnia directa (cuando el entrenamiento sirva a ese fin)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>No ser objeto de decisiones basadas únicamente en el tratamiento automatizado</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Respuesta en el plazo de un mes</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Información adicional para confirmar la identidad solo en caso de dudas razonables</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Reclamar ante una autoridad de control</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>La autoridad de control del país de su residencia habitual, de su lugar de trabajo o del lugar de la supuesta infracción (art. 77.1 del RGPD).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Un mes termina en la misma fecha del mes siguiente o, si ese mes no tiene esa fecha, en su último día; un plazo que vence en sábado, domingo o festivo se traslada al siguiente día hábil (Reglamento 1182/71, art. 3.2.c) y 3.4; aplicarlo a los plazos del RGPD es una interpretación).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>El responsable del tratamiento puede prorrogar el plazo otros dos meses, pero debe informarle dentro del primer mes e indicar los motivos (art. 12.3 del RGPD).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>dos meses más, contados desde el primer vencimiento</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>El plazo prorrogado se cuenta como tres meses desde la recepción (el método del ICO, la fecha más tardía); ninguna fuente de la UE resuelve qué interpretación se aplica.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Si la autoridad de control no le ha informado en el plazo de tres meses sobre el curso o el resultado de su reclamación, puede recurrir contra ella ante los tribunales (art. 78.2 del RGPD).</translation>
    </message>
    <message>
        <source>UK GDPR and Data Protection Act 2018</source>
        <translation>UK GDPR and Data Protection Act 2018</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Complain to the ICO</source>
        <translation>Reclamar ante el ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>El ICO le pide que reclame primero ante la organización, que insista si no hay respuesta al cabo de 30 días y que reclame ante el ICO en el plazo de tres meses desde su último contacto con la organización.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Desde el 19 de junio de 2026 puede reclamar ante el propio responsable del tratamiento por una infracción relativa a sus datos personales (DPA 2018 s. 164A, introducida por la Data (Use and Access) Act 2025 s. 103; entrada en vigor indicada en http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Método del ICO: desde el día de la recepción hasta la misma fecha del mes siguiente o, si ese mes no tiene esa fecha, hasta su último día; un plazo que vence en fin de semana o festivo se traslada al siguiente día hábil.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>El plazo empieza a correr en la última de estas fechas: la recepción de la solicitud, la de los datos de identidad que pidió el responsable del tratamiento o la de una tasa (art. 12A del UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>El plazo prorrogado se cuenta como tres meses desde la recepción, como indica el ICO.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>El responsable del tratamiento debe acusar recibo en el plazo de 30 días que empieza cuando se recibe la reclamación (DPA 2018 s. 164A(3)): el día de la recepción es el primero de los 30 días.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Después debe, sin dilación indebida, adoptar las medidas adecuadas para responder (incluidas las averiguaciones y mantenerle informado de los avances) y comunicarle el resultado (s. 164A(4)-(5)); no se fija ningún plazo para el resultado.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Swiss Federal Act on Data Protection (revised FADP)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>El consentimiento solo es válido si se presta libremente, para un tratamiento determinado y tras una información adecuada</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Los datos se destruyen o anonimizan cuando dejan de ser necesarios para la finalidad</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Acceso (información sobre sus datos)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>La información que contiene toda respuesta (finalidad, conservación, origen, destinatarios...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Información gratuita</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Respuesta en el plazo de 30 días</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Entrega o transmisión de los datos que usted facilitó, en un formato electrónico de uso común</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Tratar datos en contra de su voluntad expresa vulnera los derechos de la personalidad (lo que invoca una oposición)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Una vulneración es ilícita salvo que la justifique el consentimiento, un interés preponderante o la ley</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Acciones judiciales: prohibir el tratamiento o la comunicación, suprimir o destruir los datos</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Denuncia ante el FDPIC</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>El FDPIC comunica al interesado autor de la denuncia las medidas que ha adoptado y su resultado</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>El FDPIC abre una investigación a raíz de una denuncia cuando hay indicios suficientes de una infracción y puede desestimar las de escasa importancia (art. 49 de la LPD).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>La LPD no establece ningún derecho a retirar el consentimiento, ninguno a la limitación del tratamiento ni un derecho general de oposición; las cartas para esas solicitudes se apoyan en los arts. 6.6, 30.2.b), 31.1 y 32 y no citan ningún artículo para la solicitud en sí (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ sobre la retirada; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection sobre la oposición).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>No se ha confirmado en el texto de la ley qué apartado del art. 32 recoge la supresión; las cartas citan el art. 32 en su conjunto.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Los días se cuentan desde el día siguiente a la recepción; un último día que cae en sábado, domingo o festivo se traslada al siguiente día hábil (arts. 77-78 del Código de Obligaciones; aplicarlos a los plazos de la LPD es una interpretación).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>La LPD no fija ninguna prórroga: un responsable del tratamiento que no pueda responder en 30 días debe indicarle para cuándo lo hará (art. 18.2 de la Ordenanza de Protección de Datos, DPO); registre la fecha que indique.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>30 días es el plazo de la LPD para las solicitudes de acceso (art. 25.7 de la LPD, art. 18 de la DPO); las fuentes no indican ningún plazo para este tipo de solicitud, por lo que la fecha es orientativa.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, as amended by the CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>California, Estados Unidos</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Saber qué se recopila</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Saber qué se vende o comparte y con quién</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Excluirse de la venta o el intercambio</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Limitar el uso y la divulgación de la información personal sensible</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>No discriminación por ejercer sus derechos</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Respuesta en el plazo de 45 días</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Reclamar ante la California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>El Fiscal General (Attorney General) de California también vela por el cumplimiento de la CCPA; las demandas privadas solo son posibles en determinadas violaciones de la seguridad de los datos (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>45 días significa la fecha de recepción más 45: se excluye el primer día y también un último día que sea festivo (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Un último día que cae en sábado, domingo o festivo se traslada al siguiente día que no sea ninguno de ellos: Code Civ. Proc. § 12a considera festivos, para cualquier plazo fijado por una ley o un reglamento, «todo el día de los sábados» y los festivos del § 135 (que incluyen todos los domingos, Gov. Code § 6700(a)(1)).</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Los festivos son los festivos estatales de California según los enumera la biblioteca holidays; los festivos judiciales de Code Civ. Proc. § 135 y los días en que una oficina pública está cerrada (§ 12b) pueden diferir y la aplicación no los conoce.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>La empresa puede prorrogar el plazo una sola vez, como máximo 45 días (90 en total), si le explica el motivo dentro de los primeros 45 días (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Los días hábiles excluyen sábados, domingos y festivos de California (interpretación: el reglamento no define los días hábiles).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>contando el día de la recepción como el primer día, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>El plazo se cuenta como 45 días después del día de la recepción (Code Civ. Proc. § 12); no se ha encontrado ninguna declaración de la CPPA sobre este detalle.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>La empresa debe dejar de vender o compartir los datos tan pronto como sea factible y, a más tardar, 15 días hábiles después de la recepción, e informar a los terceros afectados (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7026(f)(1) fija un límite de 15 días hábiles y no prevé ninguna prórroga.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>La empresa debe limitar el uso de su información personal sensible en un plazo de 15 días hábiles desde la recepción (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>11 CCR § 7027(g) fija un límite de 15 días hábiles y no prevé ninguna prórroga.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virginia, Estados Unidos</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Solicitudes de los consumidores y respuestas</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Aplicación de la ley por el Fiscal General</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>Las fuentes indican el plazo de respuesta y la autoridad competente de esta ley, pero no enumeran, estado por estado, qué derechos de los consumidores (acceso, eliminación, exclusión) concede; compruebe la ley antes de basarse en un derecho concreto.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Virginia sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo una sola vez por 45 días, informándole dentro de los primeros 45 días.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Dato de fuentes secundarias: el plazo de 60 días para resolver un recurso procede de resúmenes; no se ha obtenido el texto del apartado.</translation>
    </message>
    <message>
        <source>Colorado Privacy Act</source>
        <translation>Colorado Privacy Act</translation>
    </message>
    <message>
        <source>Colorado, United States</source>
        <translation>Colorado, Estados Unidos</translation>
    </message>
    <message>
        <source>District attorneys enforce the law as well as the Attorney General.</source>
        <translation>Los fiscales de distrito, además del Fiscal General, velan por el cumplimiento de la ley.</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Un agente autorizado puede solicitar la exclusión en su nombre, también mediante un ajuste del navegador o del dispositivo (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Colorado sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo por 45 días cuando sea razonablemente necesario.</translation>
    </message>
    <message>
        <source>Connecticut Data Privacy Act</source>
        <translation>Connecticut Data Privacy Act</translation>
    </message>
    <message>
        <source>Connecticut, United States</source>
        <translation>Connecticut, Estados Unidos</translation>
    </message>
    <message>
        <source>If the appeal is denied, the controller must tell you how to complain to the Attorney General.</source>
        <translation>Si se desestima el recurso, el responsable del tratamiento debe indicarle cómo reclamar ante el Fiscal General.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Connecticut sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo una sola vez por 45 días, informándole dentro de los primeros 45 días.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>El responsable del tratamiento debe resolver el recurso en un plazo de 60 días desde su recepción.</translation>
    </message>
    <message>
        <source>Utah Consumer Privacy Act</source>
        <translation>Utah Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Utah, United States</source>
        <translation>Utah, Estados Unidos</translation>
    </message>
    <message>
        <source>The Attorney General enforces the law on referral from the Division of Consumer Protection (Utah Code § 13-61-402).</source>
        <translation>El Fiscal General vela por el cumplimiento de la ley cuando la Division of Consumer Protection le remite el asunto (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Utah sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo una sola vez por 45 días, indicándole la duración y los motivos antes de que venza el primer plazo.</translation>
    </message>
    <message>
        <source>Texas Data Privacy and Security Act</source>
        <translation>Texas Data Privacy and Security Act</translation>
    </message>
    <message>
        <source>Texas, United States</source>
        <translation>Texas, Estados Unidos</translation>
    </message>
    <message>
        <source>The Attorney General must provide an online complaint mechanism (Tex. Bus. &amp; Com. Code § 541.152).</source>
        <translation>El Fiscal General debe ofrecer un mecanismo de reclamación en línea (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Texas sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo una sola vez por 45 días, informándole dentro de los primeros 45 días.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregón, Estados Unidos</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Las solicitudes de exclusión no requieren autenticación (ORS § 646A.576(5)(e)); un agente autorizado puede solicitar la exclusión en su nombre (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Oregón sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo otros 45 días si es razonablemente necesario, informándole dentro de los primeros 45 días y explicando el motivo (sección 4(5)(a) de la ley, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>El responsable del tratamiento debe estimar o desestimar el recurso en un plazo de 45 días desde su recepción y, si lo desestima, indicarle cómo reclamar ante el Fiscal General.</translation>
    </message>
    <message>
        <source>Montana Consumer Data Privacy Act</source>
        <translation>Montana Consumer Data Privacy Act</translation>
    </message>
    <message>
        <source>Montana, United States</source>
        <translation>Montana, Estados Unidos</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you (Mont. Code § 30-14-2809).</source>
        <translation>Un agente autorizado puede solicitar la exclusión en su nombre (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Montana sobre el cómputo de plazos). El responsable del tratamiento puede prorrogar el plazo por 45 días, informándole dentro de los primeros 45 días.</translation>
    </message>
    <message>
        <source>Iowa Consumer Data Protection Act</source>
        <translation>Iowa Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Iowa, United States</source>
        <translation>Iowa, Estados Unidos</translation>
    </message>
    <message>
        <source>No private right of action (Iowa Code § 715D.8(4)).</source>
        <translation>Sin derecho de acción privada (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas de Iowa sobre el cómputo de plazos). Las fuentes basadas en la ley indican 90 días; un conjunto de datos indica 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la ICDPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Indiana consumer data protection law (ICDPA)</source>
        <translation>Indiana consumer data protection law (ICDPA)</translation>
    </message>
    <message>
        <source>Indiana, United States</source>
        <translation>Indiana, Estados Unidos</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: the state&apos;s rules for computing time were not researched).</source>
        <translation>Contado en días naturales a partir del día siguiente a la recepción (interpretación: no se han investigado las normas del estado sobre el cómputo de plazos).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la ley de Indiana permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Kentucky consumer data protection law (KCDPA)</source>
        <translation>Kentucky consumer data protection law (KCDPA)</translation>
    </message>
    <message>
        <source>Kentucky, United States</source>
        <translation>Kentucky, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the KCDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la KCDPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Rhode Island data transparency and privacy law (RIDTPPA)</source>
        <translation>Rhode Island data transparency and privacy law (RIDTPPA)</translation>
    </message>
    <message>
        <source>Rhode Island, United States</source>
        <translation>Rhode Island, Estados Unidos</translation>
    </message>
    <message>
        <source>A revocation of consent must be acted on within 15 days.</source>
        <translation>Una revocación del consentimiento debe atenderse en un plazo de 15 días.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la RIDTPPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Nebraska data privacy law (NDPA)</source>
        <translation>Nebraska data privacy law (NDPA)</translation>
    </message>
    <message>
        <source>Nebraska, United States</source>
        <translation>Nebraska, Estados Unidos</translation>
    </message>
    <message>
        <source>In force by 2026; the exact date was not verified.</source>
        <translation>En vigor a más tardar en 2026; no se ha verificado la fecha exacta.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la NDPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Delaware personal data privacy law (DPDPA)</source>
        <translation>Delaware personal data privacy law (DPDPA)</translation>
    </message>
    <message>
        <source>Delaware, United States</source>
        <translation>Delaware, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the DPDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la DPDPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>New Hampshire data privacy law (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>Nuevo Hampshire, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la NHDPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>New Jersey data privacy law (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>Nueva Jersey, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la NJDPL permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Tennessee Information Protection Act (TIPA)</source>
        <translation>Tennessee Information Protection Act (TIPA)</translation>
    </message>
    <message>
        <source>Tennessee, United States</source>
        <translation>Tennessee, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether TIPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la TIPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Minnesota consumer data privacy law (MCDPA)</source>
        <translation>Minnesota consumer data privacy law (MCDPA)</translation>
    </message>
    <message>
        <source>Minnesota, United States</source>
        <translation>Minnesota, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether Minnesota&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la ley de Minnesota permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Maryland online data privacy law (MODPA)</source>
        <translation>Maryland online data privacy law (MODPA)</translation>
    </message>
    <message>
        <source>Maryland, United States</source>
        <translation>Maryland, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether MODPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>Las fuentes utilizadas no indican si la MODPA permite al responsable del tratamiento prorrogar este plazo; si alega una prórroga, regístrela con la fecha que indique.</translation>
    </message>
    <message>
        <source>Lei Geral de Proteção de Dados (Lei 13.709/2018)</source>
        <translation>Lei Geral de Proteção de Dados (Lei 13.709/2018)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Confirmation of processing and access</source>
        <translation>Confirmación del tratamiento y acceso</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonimización, bloqueo o eliminación; eliminación de los datos tratados con consentimiento</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Oponerse a un tratamiento basado en un fundamento distinto del consentimiento cuando no cumple la LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Las solicitudes se atienden gratuitamente</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Declaración completa en un plazo de 15 días</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Presentar una petición ante la autoridad nacional (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Si el responsable del tratamiento no puede actuar de inmediato, debe comunicarle que no es el agente de tratamiento (indicando cuál es, si es posible) o exponer sus motivos (art. 18, § 4).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Contado como 15 días naturales desde la solicitud; no se han investigado las normas brasileñas sobre el cómputo de plazos, por lo que no se excluyen los fines de semana ni los festivos.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>Las fuentes utilizadas no indican si la LGPD permite al responsable del tratamiento prorrogar los 15 días.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>15 días es el plazo de la LGPD para la confirmación y el acceso (art. 19); no se ha verificado un plazo legal para los demás derechos (un conjunto de datos aplica 15 días a toda solicitud conforme a la LGPD), por lo que la fecha es orientativa.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Canadá (federal, sector privado)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>La solicitud de acceso se presenta por escrito</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Prórroga de 30 días como máximo, con aviso, motivos y el derecho a reclamar</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>La falta de respuesta en plazo equivale a una denegación</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Las solicitudes de acceso deben presentarse por escrito (s. 8(1)); la falta de respuesta en plazo se considera una denegación (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>La sección de la PIPEDA que otorga el derecho a reclamar ante el Comisionado de Privacidad no figura en las fuentes utilizadas.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Los días se cuentan desde el día siguiente a la recepción; un plazo que vence en un día festivo se traslada al siguiente día que no sea festivo (Interpretation Act s. 26). El domingo es festivo según la s. 35(1); el sábado no lo es, por lo que un plazo que vence en sábado no se traslada (interpretación de la s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>La organización puede prorrogar el plazo 30 días como máximo, informándole, dentro de los primeros 30 días, del nuevo plazo, de sus motivos y de su derecho a reclamar (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>30 días es el plazo de la PIPEDA para las solicitudes de acceso (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>Mi trabajo creativo o profesional</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Mis contenidos revelan mi vida privada</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Secreto profesional</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Protección frente al acoso</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Contenidos de mi infancia</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>solo los datos usados para entrenar IA</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>todos mis datos (cierra la cuenta)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>ninguna respuesta completa dentro del plazo</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>denegación</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>respuesta solo parcial</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>petición de más información</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Sus derechos</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Tras una solicitud anterior</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Reclamaciones ante una autoridad</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; no se publica ningún correo electrónico de privacidad</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>su país</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Una carta se firma con su nombre y se basa en la ley del país donde vive: qué derechos tiene, quién responde y en qué plazo. Añada {missing} a su perfil y la página le sugerirá la solicitud adecuada para cada plataforma.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Primero, quién es usted y dónde vive</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Abrir Ajustes &gt; Perfil</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Elija una plataforma</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Elija una ley</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>Su situación con sus propias palabras</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Plataformas a las que escribir a la vez</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Formato de archivo de las cartas</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Elija una plataforma, una ley y una solicitud: la carta aparecerá aquí.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>Editar &amp;texto</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Cambie la redacción de la carta antes de guardarla o enviarla</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Una carta conforme a otra ley solo sirve si esa ley le ampara.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>La ley de su lugar de residencia, según su perfil.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>Donde usted vive se aplica el {law}; una carta conforme a otra ley solo sirve si esta le ampara.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Sugerida: {reason}</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation>Redacte una solicitud con fundamento jurídico: una oposición al entrenamiento de IA, una solicitud de acceso, de supresión, la retirada del consentimiento o una exclusión conforme a la CCPA. Edite el texto si lo desea y después guárdelo o envíelo.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>correo electrónico, nombre de usuario o URL del perfil</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Por qué se sugiere esta solicitud</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Medio de envío</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Según lo que ofrezca el destinatario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>con sus propias palabras (opcional)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>todos mis datos (predeterminado)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Qué datos</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Solicitud anterior enviada el</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Tipo de la solicitud anterior</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Era una</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>nombre y datos de contacto de la persona a la que autoriza</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>qué es incorrecto y qué es lo correcto</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>qué ocurrió (opcional)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Varias plataformas a la vez</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Marque plataformas; cada una recibe su propia carta del tipo elegido.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>Abrir los a&amp;justes del perfil</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Guardar también cada carta como solicitud</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Conserva cada carta generada en la página Solicitudes como borrador</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>Sus cambios se conservan. Lo que cambie a la izquierda ya no modifica el texto.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Copiar el asunto y la carta al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Cue&amp;nta</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Ley</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>&amp;Medio de envío</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>Generar en una ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>&amp;Descartar mis cambios</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Guardar la carta como archivo .{format}</translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation>Guardar como .{format}</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copiar carta</translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation>&amp;Guardar como solicitud</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Conservar esta carta, con sus cambios, en la página Solicitudes como borrador</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>No se ha abierto ningún programa de correo: ninguno está configurado para los enlaces de correo en este ordenador. Escriba a esta dirección desde su correo web; «Copiar carta» copia el asunto y el texto.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Abrir formulario web</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>plataforma desconocida: {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>la solicitud {id} ({reference}) sigue siendo un borrador; registre primero cuándo la envió</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>el tipo de solicitud {type} no puede redactarse conforme al {law}</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>No se ha guardado: {file} ya existe.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se ha guardado {path}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} ya existe en {folder}. ¿Sustituirlo por esta carta?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Guardada como solicitud {id} ({reference}), en borrador. Encuéntrela en la página Solicitudes y registre allí cuándo la envía: así empieza a correr el plazo.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>Escrito en {folder}: {letters}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>Guardado en la página Solicitudes: {requests}.</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Asunto y carta copiados.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>No se conoce ninguna dirección de correo electrónico para esta carta: se ha copiado, péguela en su programa de correo.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>La carta es demasiado larga para un enlace de correo: se ha copiado, péguela en su programa de correo.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Entregada a su programa de correo: compruebe que se ha abierto el nuevo mensaje y envíelo.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>La carta se ha copiado; péguela en el formulario web que se ha abierto.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>La carta aparecerá aquí en cuanto se resuelva el problema indicado abajo.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>A {recipient}: {how} · respuesta antes del {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>A {recipient}: {how}</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Guardar carta</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>&amp;Exportar solicitudes</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Como &amp;hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>Con todo &amp;detalle e historial (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Como &amp;calendario de plazos (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Hacer copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>&amp;Guardar carta como solicitud</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Guardar carta como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Buscar en esta página</translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation>&amp;Copiar carta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Lista de control</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;Acerca de Opt-Out Assistant</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: la plataforma no ha respetado su plazo legal. Abra Solicitudes para enviar un recordatorio o presentar una reclamación.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>Marcar {reference} como enviada</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>El plazo legal se cuenta desde el día en que la empresa recibió su solicitud.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>El día en que la empresa recibió su solicitud: su plazo se cuenta desde entonces</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>opcional, p. ej. número de carta certificada</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Medio de envío</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Recibida por la empresa el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation>{standard}
Fuente: {sources}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Estimación: %n día hábil después del envío, según el plazo de entrega publicado para el correo nacional. Corríjala cuando conozca el día.</numerusform>
            <numerusform>Estimación: %n días hábiles después del envío, según el plazo de entrega publicado para el correo nacional. Corríjala cuando conozca el día.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>No se conoce ningún plazo de entrega publicado para el trayecto de esta carta, por lo que se usa como estimación el día en que la envió. Corríjalo cuando conozca el día.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>El correo electrónico, los formularios web y las solicitudes dentro de la aplicación llegan a la empresa el mismo día en que se envían.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>El plazo se contará desde el día que ha indicado.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>No se ha abierto nada: no hay ningún programa configurado para este tipo de archivo. Copie su ruta y ábralo manualmente.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar el enlace al portapapeles</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>No se ha abierto nada: este ordenador no tiene ningún programa configurado para abrir este enlace. Copie el enlace y ábralo en su navegador.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Pegar la respuesta a {reference}</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Pegar una respuesta</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Pegue la respuesta de la empresa. Incluya los encabezados (De, Asunto, Fecha) si su programa de correo los muestra.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Pegue la respuesta de la empresa. Incluya los encabezados (De, Asunto, Fecha) si su programa de correo los muestra: la referencia del asunto permite encontrar la solicitud.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Añadir respuesta</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Marque las plataformas que usa en la lista de la izquierda. Para cada una verá, paso a paso, los ajustes de entrenamiento de IA que existen donde usted vive, y podrá marcarlos como hechos. Donde no exista ningún ajuste, la aplicación le ayuda a redactar una carta.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Uso {platform}</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation>Cada una de sus cuentas en esta plataforma tiene sus propios ajustes</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>El catálogo no contiene información sobre el entrenamiento de IA para: {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>No se requiere ninguna acción: {platform} declara que no entrena IA con sus datos. Vuelva a comprobarlo cuando cambie su política.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>«{quote}» — {who}, consultado el {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Entrenamiento con datos de los usuarios aquí desde el {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Datos utilizados: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Base jurídica que alega {platform}: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>Lo que {platform} hace con sus datos, y las opciones de que dispone, dependen de dónde viva: indique su país en Ajustes &gt; Perfil. Hasta entonces, cada opción se muestra con las regiones en las que existe.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>Añadir &amp;cuenta…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · opciones disponibles ({region})</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · opciones de todas las regiones (sin país indicado)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} no ofrece ningún ajuste de entrenamiento de IA en su región ({region}). Una carta de solicitud (una oposición o, en California, una exclusión conforme a la CCPA) es la forma de negarse.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} no ofrece ningún ajuste de entrenamiento de IA en ninguna región del catálogo. Una carta de solicitud (una oposición o, en California, una exclusión conforme a la CCPA) es la forma de negarse.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Redactar una carta…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Ajustes que no son exclusiones del entrenamiento de IA</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Cambios de política</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, consultado el {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(dato verificado más antiguo: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(aún sin citas)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>De dónde proceden los datos de esta página</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>Los ajustes, pasos y notas de la plataforma se citan del catálogo, en inglés.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Un nombre para su otra cuenta de {platform} (p. ej., trabajo):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Cuenta no añadida</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Tal como debe aparecer en sus cartas</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Calle y número
Código postal y localidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Idioma de las cartas</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Estado federado (Land)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Se le aplicarán las leyes y los ajustes de exclusión previstos para: {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Se aplicarán los ajustes de exclusión que se ofrecen a todos los usuarios; la aplicación aún no conoce ninguna ley de protección de datos para su país.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>Su país determina qué leyes y ajustes de exclusión se aplican.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Your letters are signed with these details. Your country decides which laws and opt-out settings apply everywhere in the app.</source>
        <translation>Sus cartas se firman con estos datos. Su país determina qué leyes y ajustes de exclusión se aplican en toda la aplicación.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Sus datos se guardan en {folder} y nunca salen de este ordenador, salvo que envíe una carta.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation>el día en que se envió</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>la fecha que usted indicó</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimada</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>la fecha de envío, registrada antes de que se guardaran las fechas de recepción</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Verificación insuficiente</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>No amparada por la ley</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Fuera de jurisdicción</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Sospecha de fraude</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation>{state} (Estados Unidos)</translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation>UE/EEE</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Otro lugar</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>¿Qué dice la respuesta a {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Registre lo que ha respondido la empresa, para que el plazo y el siguiente paso se ajusten a ello.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Atiende la solicitud</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>La atiende en parte</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>La deniega</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Pide identificación o más información</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Prorroga el plazo</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>Qué dice la respuesta</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Guardar solo la respuesta (aún no hay nada decidido)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motivo de la denegación</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Sugerido a partir del texto de la respuesta: compruébelo antes de registrarlo.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} fuera de plazo</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; corríjala cuando la conozca</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Guardada como borrador</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Aún no tiene solicitudes. Cuando una plataforma no ofrezca ningún ajuste para detener el entrenamiento de IA, redacte una carta en la página Cartas y guárdela como solicitud. La aplicación controlará entonces su plazo legal, le avisará cuando venza y le indicará el siguiente paso: un recordatorio o una reclamación ante la autoridad de control.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Vencen en %n día</numerusform>
            <numerusform>Vencen en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtro de plataforma</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Buscar referencia, plataforma, tipo, destinatario, notas</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Añadir la respuesta de una empresa a la solicitud indicada en su asunto</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Columnas: haga clic en una para ordenar por ella</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Registre la fecha de envío para que empiece a correr el plazo</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>O arrastre aquí el archivo .eml o .txt de la respuesta.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Carta tal como se envió</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Abrir el adjunto seleccionado (o hacer doble clic en él)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué ocurrió (opcional)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Medio de envío</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Enviar por c&amp;orreo…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Redactar una carta</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>&amp;Importar respuesta…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>La he envia&amp;do…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>Redactar re&amp;cordatorio</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Añadir &amp;respuesta…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Regis&amp;trar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation>… de {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Ninguna solicitud coincide con los filtros.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Siguiente paso: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>Para: {recipient}
Asunto: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Adjuntos ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Estado: {status} · Ley: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Enviada el {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>recepción confirmada el {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>acuse de recibo a más tardar el {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Plazo contado desde la recepción el {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Plazo: {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>prorrogado hasta el {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Adjuntar archivos a este evento</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>Desde un archivo (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Pegar el texto…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Elegir la respuesta</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Respuestas (*.eml *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Enviar la solicitud {reference}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Para: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>no se conoce ninguna dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Esta solicitud está en estado «{status}» (enviada el {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Esta solicitud está en estado «{status}».</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Enviar desde la aplicación</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Adjuntar la carta en PDF</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Enviarme una copia</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>contraseña de su cuenta de correo</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>Ca&amp;ncelar envío</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>El envío de correo electrónico no está configurado: introduzca su servidor de correo en Ajustes &gt; Correo.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>A través de {server}, desde {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Enviarme una copia ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>O envíela por su cuenta</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Ábrala en su programa de correo o guárdela para enviarla o imprimirla; después indique a la aplicación que la ha enviado.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>No se ha abierto ningún programa de correo: ninguno está configurado para los enlaces de correo en este ordenador. Guarde el .eml y ábralo, o escriba a esta dirección desde su correo web.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Save .&amp;eml…</source>
        <translation>&amp;Guardar .eml…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation>La he enviado…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Enviando a {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Enviada a {recipient} el {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>La respuesta debe llegar a más tardar el {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>la carta es demasiado larga para un enlace de correo; guarde el .eml y ábralo en su programa de correo</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Entregada a su programa de correo: compruebe que se ha abierto el mensaje. Cuando lo haya enviado, pulse «La he enviado» para que empiece a correr el plazo.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Guardar el correo</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Guardado {path}. Cuando la haya enviado, pulse «La he enviado» para que empiece a correr el plazo.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Marcada como enviada el {date}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>la página de la plataforma</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>una autoridad de protección de datos</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>un tribunal</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>un registro mercantil</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>la prensa</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Recepción confirmada</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Plazo prorrogado</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Información solicitada</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Atendida en parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamación presentada</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Actualización del catálogo</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Cambios de esta actualización</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: las exclusiones que ya hizo en estas plataformas se marcarán como «Volver a comprobar».</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Dejar esta para más tarde</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>&amp;Ya lo he hecho</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Redactar una carta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Paso {number} de {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: aquí no hay ajuste</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} no ofrece ningún ajuste de entrenamiento de IA donde usted vive. Eso no significa que tenga que aceptarlo: una carta de solicitud (una oposición conforme al RGPD o una exclusión conforme a la ley de un estado de EE. UU.) obliga a la plataforma a responder en un plazo legal.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Volver a comprobar: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Esta opción funciona por correo electrónico: envíe el mensaje descrito arriba.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Abrir ajuste</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Abrir formulario</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Todo listo por ahora</translation>
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
        <translation>{progress}, en todas las plataformas que usa.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Hecho ahora mismo</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Dejado para más tarde</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Requiere una carta (no hay ajuste donde vive)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Le damos la bienvenida a Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Plataformas como LinkedIn, Instagram y ChatGPT usan lo que usted publica y escribe para entrenar modelos de IA, a menudo salvo que usted se niegue. Esta aplicación le ayuda a negarse: le guía por los ajustes de exclusión de cada plataforma, redacta cartas de solicitud conforme al RGPD y a la CCPA donde no existe ningún ajuste, y lleva el seguimiento de cada respuesta y de cada plazo legal.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Todo permanece en este ordenador, en
{folder}
La aplicación solo se conecta a internet cuando usted se lo pide (por ejemplo, para enviar un correo electrónico).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Indique a la aplicación quién es usted. Sus cartas se firman con estos datos y su país determina qué leyes y ajustes se aplican. Puede cambiarlos más tarde en Ajustes &gt; Perfil.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>O&amp;mitir por ahora</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Guardar y empezar</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Puede completar su perfil más tarde en Ajustes</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
</TS>
