<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation>carregado de uma pasta indicada com --catalog</translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation>atualização versão {version}</translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation>incluído na aplicação, versão {version}</translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation>{catalogue} de {date}</translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation>{catalogue}, {platforms}</translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation>{catalogue}; ignorados por serem inválidos: {files}</translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation>pacote autónomo</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>pacote Python</translation>
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
        <translation>Versão {version} ({kind})</translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation>Impedir que as plataformas treinem IA com os seus dados.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation>GNU General Public License, versão 3 ou qualquer versão posterior (GPL-3.0-or-later). Pode partilhar e modificar este programa nos termos dessa licença. O programa é fornecido sem qualquer garantia.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation>Copia as versões da aplicação, do Python, do Qt e do sistema, para um relatório de erro. Não inclui nada sobre si nem sobre os seus pedidos.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation>Copiado. Cole-o no relatório de erro; não contém nada sobre si.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation>Envie a carta e, depois, registe a data de envio: é a partir dela que corre o prazo.</translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation>A aguardar a resposta.</translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation>A aguardar a resposta: {left} (prazo: {deadline}).</translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation>As fontes utilizadas não indicam se a lei {law} permite à empresa prorrogar o prazo, pelo que a aplicação mantém este prazo; anote a data indicada pela empresa.</translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}; their answer is still due by the deadline.</source>
        <translation>Deviam ter confirmado a receção até {date}; a resposta continua devida dentro do prazo.</translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation>{days} de atraso: envie uma insistência.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation>interponha primeiro recurso junto da empresa: a lei {law} prevê um recurso. As fontes utilizadas não indicam um prazo para a resposta da empresa, pelo que a aplicação não pode datar uma carta de recurso; escreva à empresa, registe a resposta e, depois, apresente reclamação perante {after}.</translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation>interponha primeiro recurso junto da empresa: a lei {law} prevê um recurso, sobre o qual a empresa tem de decidir no prazo de {period} a contar da receção. Se a empresa indeferir o recurso, apresente reclamação perante {after}.</translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation>apresente primeiro reclamação à empresa: ao abrigo da lei {law}, pode apresentar reclamação diretamente ao responsável pelo tratamento ({citation}), e a autoridade de controlo espera este passo antes de receber uma reclamação. Se a resposta não resolver a questão, apresente reclamação perante {after}.</translation>
    </message>
    <message>
        <source>file a complaint with the data protection authority ({authority}).</source>
        <translation>apresente reclamação perante {authority}.</translation>
    </message>
    <message>
        <source>file a complaint with the authority where you live ({authority}), or with the lead authority ({alternative}).</source>
        <translation>apresente reclamação perante {authority} (a autoridade do local onde vive) ou perante {alternative}, a autoridade de controlo principal.</translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation>apresente reclamação; antes, porém, resolva este problema: {problem}.</translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation>Parcialmente satisfeito: envie uma insistência que indique o que falta.</translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation>Reclamação apresentada: registe aqui as respostas da autoridade.</translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation>Reclamação apresentada em {date}: registe aqui as respostas da autoridade.</translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation>Concluído: pedido satisfeito. Guarde a resposta como prova.</translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation>Concluído: pedido satisfeito em {date}. Guarde a resposta como prova.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Retirado.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation>Retirado em {date}.</translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation>Escrever insistência</translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation>Escrever recurso</translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation>Escrever reclamação</translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation>Escrever resposta</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>Escrever carta</translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation>{days} de atraso, insistência enviada em {date}: </translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation>Recusado ({reason}): se discordar, </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation>A empresa pediu mais informações: envie-as, anote o que enviou e, depois, registe a resposta seguinte.</translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation>Se a empresa pedir prova de identidade, escreva uma resposta ao pedido de identificação: a carta explica o que a lei {law} permite à empresa pedir.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation>Recusado por verificação insuficiente: escreva uma resposta ao pedido de identificação, que explica o que a lei {law} permite à empresa pedir; envie o que a empresa pode pedir e, depois, registe o pedido como reaberto.</translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation>Recusado por verificação insuficiente: envie os dados de identificação pedidos e, depois, registe o pedido como reaberto.</translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation>a autoridade de controlo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation>Não é possível abrir os seus dados: {error}</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation>interesse legítimo</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimento</translation>
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
        <translation>O catálogo indica, para cada plataforma, os controlos de treino de IA e os endereços. As atualizações são assinadas pelo projeto e verificadas antes de serem instaladas. A aplicação só se liga à Internet quando clica num botão desta secção ou ativa a verificação semanal.</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Endereço de atualização</translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation>Endereço de atualização:</translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation>Procurar atualizações uma vez por semana</translation>
    </message>
    <message>
        <source>Link health</source>
        <translation>Estado das ligações</translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation>Verifica todos os endereços web do catálogo para encontrar ligações inativas, redirecionadas ou lentas. Esta verificação contacta o sítio web de cada plataforma.</translation>
    </message>
    <message>
        <source>&amp;Check for updates</source>
        <translation>&amp;Procurar atualizações</translation>
    </message>
    <message>
        <source>&amp;Revert to shipped catalogue</source>
        <translation>&amp;Repor o catálogo original</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Verificar &amp;ligações</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation>Progresso da verificação de ligações</translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation>Resultados da verificação de ligações</translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation>introduza primeiro o endereço de atualização</translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation>A procurar uma atualização do catálogo...</translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation>a atualização não foi instalada: {problem}</translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation>não é possível remover a atualização instalada: {problem}</translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation>Voltou a ser utilizado o catálogo incluído na aplicação.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} de %n ligação</numerusform>
            <numerusform>{done} de %n ligações</numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation>A verificação de ligações falhou: {problem}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation>Está disponível o catálogo de {catalog}. Foram verificadas a assinatura e as entradas de todas as plataformas. Alterações:</translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation>{catalog}, instalado em {installed}. O catálogo incluído na aplicação continua disponível.</translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation>A atualização instalada não é utilizada: {reason}.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation>Está disponível o catálogo de {catalog}.</translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation>Foi instalado o catálogo de {catalog}.</translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation>{date}, {platforms}</translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation>Atualização do catálogo: {catalog}</translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation>Catálogo incluído na aplicação: {catalog}</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation>Assistentes de IA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Produtividade</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Colaboração</translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation>Ferramentas criativas</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Ferramentas de programação</translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation>Publicação e blogues</translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation>Armazenamento na nuvem</translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation>Assistentes de voz</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation>Bancos de imagens</translation>
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
        <translation>Encontros</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viagens</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correio</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulário web</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>Na aplicação</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>por correio</translation>
    </message>
    <message>
        <source>by web form</source>
        <translation>por formulário web</translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation>na aplicação da plataforma</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation>Concluídos: {done} de {controls}</translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation>, {due} a verificar de novo</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation>Oposição enviada</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail enviado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation>Uma atualização do catálogo recebida em {arrived} trouxe uma alteração da política de {platform} datada de {date}: {summary}</translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation>{platform} alterou a sua política em {date}, depois de ter feito isto: {summary}</translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation>Feito há {days}; as plataformas alteram ou reativam definições, por isso verifique-o a cada {interval}.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nenhuma ação necessária</translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation>Só por carta</translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation>Não verificado: ainda sem fonte citada</translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation>a própria página de {platform}</translation>
    </message>
    <message>
        <source>a third party</source>
        <translation>um terceiro</translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation>Fonte: {who}, consulta em {date}</translation>
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
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation>Percorrer, um de cada vez, todos os controlos das plataformas que utiliza</translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation>&amp;Passo a passo</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Pesquisar plataformas</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation>Só as que utilizo</translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation>Mostrar plataformas deste tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation>Mostrar plataformas com este estado</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation>Assinale as plataformas que utiliza; a barra de espaço assinala a selecionada</translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation>Assinale as plataformas que utiliza.</translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation>{company} · {category}</translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation>Ainda não escolheu plataformas</translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation>Verificar de novo ({controls}): {platforms}</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>Remover plataforma</translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation>Remover esta plataforma da sua lista? O progresso registado nesta plataforma será esquecido.</translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation>Assinale primeiro, na lista à esquerda, as plataformas que utiliza; depois, o modo passo a passo percorre cada uma das respetivas definições de treino de IA.</translation>
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
        <translation> (as fontes não indicam nenhum artigo da lei {law} para isto)</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; o formulário «{control}» de {platform} é mais rápido, e a carta dá-lhe um registo datado</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; o endereço de e-mail «{control}» de {platform} é mais rápido, e a carta dá-lhe um registo datado</translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation>; a definição «{control}» de {platform} é mais rápida, e a carta dá-lhe um registo datado</translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation>a publicidade direcionada</translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation>a venda dos seus dados</translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation>a definição de perfis para decisões com efeitos jurídicos ou efeitos igualmente significativos</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation>{platform} declara que treina IA com o seu consentimento; por isso, retire-o{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation>{platform} baseia o treino de IA em interesses legítimos, pelo que pode opor-se{under}{quicker}.</translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation>{platform} indica um contrato como fundamento do treino de IA, caso em que a oposição pode não se aplicar; por isso, pergunte que dados utiliza e porquê{under}.</translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation>{platform} não indica com que fundamento jurídico treina IA; por isso, pergunte para que finalidade utiliza os seus dados{under}.</translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation>Oponha-se ao mesmo tempo{under}, caso {platform} invoque interesses legítimos{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation>Um opt-out da venda ou da partilha{under} impede {platform} de vender ou partilhar as suas informações pessoais com terceiros, incluindo para o treino de IA desses terceiros; não impede {platform} de treinar a sua própria IA com os seus dados. Um navegador que envie o sinal Global Privacy Control também exerce por si o opt-out da venda e da partilha (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation>Um pedido de limitação da utilização de informações pessoais sensíveis{under} abrange a utilização feita pela própria plataforma {platform}, incluindo o treino de IA, mas apenas das informações sensíveis (como a localização precisa, a saúde ou o conteúdo das suas mensagens).</translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation>Um pedido de apagamento{under} pede a {platform} que apague as informações pessoais que recolheu junto de si, para que deixe de as poder utilizar no treino.</translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation> ({section})</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Um opt-out ao abrigo da lei {law}{under} abrange apenas {purposes}; não impede {platform} de treinar a sua própria IA com os seus dados{quicker}.</translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation>Um opt-out ao abrigo da lei {law}{under} abrange o que essa lei concede (as fontes utilizadas não indicam quais de entre venda, publicidade direcionada e definição de perfis); não impede {platform} de treinar a sua própria IA com os seus dados{quicker}.</translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation>Um pedido de apagamento ao abrigo da lei {law}{under} pede a {platform} que apague os dados pessoais que lhe dizem respeito, o que também os exclui do treino de IA de {platform}.</translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation>{platform} declara que treina IA com o seu consentimento; por isso, revogue-o{under}{quicker}.</translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation>Peça depois a {platform} que elimine os dados tratados com o seu consentimento{under}.</translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} baseia o treino de IA em interesses legítimos, e não no seu consentimento; por isso, oponha-se ao tratamento{under}: a LGPD permite-o quando o tratamento sem consentimento não cumpre a lei, e o pedido é gratuito{quicker}.</translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation>{platform} não declara que treina IA com o seu consentimento; por isso, oponha-se ao tratamento{under}: a LGPD permite-o quando o tratamento sem consentimento não cumpre a lei, e o pedido é gratuito{quicker}.</translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation>Peça ao mesmo tempo a {platform} a origem, os critérios e a finalidade da utilização dos seus dados{under}.</translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation>Segundo as fontes, os direitos previstos na PIPEDA não incluem a oposição ao treino de IA; por isso, pergunte por escrito a {platform} que dados tem sobre si e como os utiliza{under}{quicker}.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation>A aplicação não conhece nenhuma lei de proteção de dados para: {place}, pelo que nenhum pedido com fundamento legal é adequado; utilize as definições de {platform}, onde existirem.</translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation>Defina o seu país no perfil para ver que pedidos são adequados.</translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation>Defina o seu estado dos EUA no perfil: nos EUA, as leis de privacidade são leis estaduais.</translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation>A aplicação não conhece nenhuma lei de proteção de dados para: {place}, pelo que nenhum pedido com fundamento legal é adequado.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulário web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Sem controlo</translation>
    </message>
    <message>
        <source>per account</source>
        <translation>por conta</translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation>por espaço de trabalho</translation>
    </message>
    <message>
        <source>admin only</source>
        <translation>só administradores</translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation>os seus dados são utilizados se nada fizer</translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation>não anula o treino já feito</translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation>a plataforma confirma por e-mail</translation>
    </message>
    <message>
        <source>exists in: {regions}</source>
        <translation>existe em: {regions}</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Abrir definição</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Abrir formulário</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation>{control}, {platform}, conta {account}</translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation>Continua desativada</translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation>Voltou a verificar e a definição continua desativada; a contagem para a próxima verificação recomeça hoje</translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation>Nota sobre {control}</translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation>Nota (por exemplo: feito na aplicação do telemóvel)</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Verificar de novo: {reason}</translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation>Feito em {date}; verificar de novo até {next}.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota não guardada</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dia útil</numerusform>
            <numerusform>%n dias úteis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
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
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n controlo</numerusform>
            <numerusform>%n controlos</numerusform>
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
            <numerusform>%n nova alteração de política</numerusform>
            <numerusform>%n novas alterações de política</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n pedido em rascunho</numerusform>
            <numerusform>%n pedidos em rascunho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n ficheiro anexo</numerusform>
            <numerusform>%n ficheiros anexos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ficheiro</numerusform>
            <numerusform>%n ficheiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n cópia</numerusform>
            <numerusform>%n cópias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n controlo de opt-out</numerusform>
            <numerusform>%n controlos de opt-out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Ocorreu um problema: {error}</translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation>A aplicação tem de fechar.</translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation>A aplicação continua a funcionar. Se algo não parecer correto, guarde o seu trabalho e reinicie-a.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n erro até agora; este é o mais recente.</numerusform>
            <numerusform>%n erros até agora; este é o mais recente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation>O local onde ocorreu foi escrito no ficheiro de registo (sem os seus dados):
{path}</translation>
    </message>
    <message>
        <source>Technical details of the error</source>
        <translation>Detalhes técnicos do erro</translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation>Não é possível abrir os seus dados: {problem}.</translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation>Está guardada em {path} uma cópia dos seus dados de {time}.</translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation>Está guardada em {path} uma cópia dos seus dados.</translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation>Restaurá-la? Os dados danificados também ficam guardados na pasta de cópias de segurança.</translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation>Restaurar essa cópia</translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation>Não há nenhuma cópia guardada na pasta de cópias de segurança. Se fez um ficheiro de cópia de segurança, restaure-o; os dados danificados ficam guardados na pasta de cópias de segurança.</translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation>Restaurar um ficheiro de cópia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Cópia de segurança do Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation>O restauro falhou: {problem}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requer a sua atenção</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Abrir pedidos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Abrir a checklist</translation>
    </message>
    <message>
        <source>You</source>
        <translation>O seu perfil</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>Problemas do catálogo</translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation>Não foi possível ler estes ficheiros do catálogo, que foram ignorados:</translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation>{name} — {country} (aplicam-se as regras de: {region}).</translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation>Nome não definido</translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation>Defina o seu país em Definições &gt; Perfil para que a aplicação possa mostrar as regras aplicáveis.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation>{standing} {platform}, {request} (prazo: {date})</translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation>{check_again} {platform}, {control} — {reason}</translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation>Verificar de novo:</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
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
        <translation>Para as cartas ainda falta o seguinte: {fields} (Definições &gt; Perfil).</translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation>Ainda não há pedidos. Quando uma plataforma não oferece uma definição para desativar o treino, escreva uma carta na página Cartas e guarde-a aqui para acompanhar o prazo legal.</translation>
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
        <translation>Registar resposta</translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>e mais %n em atraso</numerusform>
            <numerusform>e mais %n em atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>e mais %n com prazo a terminar</numerusform>
            <numerusform>e mais %n com prazo a terminar</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation>Ainda não escolheu nenhuma plataforma. Abra a checklist, assinale as plataformas que utiliza e a aplicação mostra como desativar o treino de IA em cada uma.</translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation>{progress} em {platforms}.</translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation>Sem definição onde vive, o caminho é uma carta: {platforms}.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>e mais %n a verificar de novo</numerusform>
            <numerusform>e mais %n a verificar de novo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Folha de cálculo (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation>Todos os detalhes com cronologias (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation>Calendário de prazos (iCalendar)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ficheiros de calendário (*.ics)</translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation>Os seus dados ficam neste computador. Exporte os pedidos para uma folha de cálculo ou um calendário, guarde uma cópia de segurança de tudo ou restaure uma cópia. Os ficheiros aqui escritos contêm dados pessoais: só o utilizador os pode ler.</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation>Um único ficheiro com o perfil, as definições (nunca palavras-passe), a checklist, os pedidos com as respetivas cronologias e os ficheiros anexos.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Criar cópia de segurança…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar cópia de segurança…</translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation>Cópias guardadas antes de um restauro</translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation>Um restauro guarda na pasta de cópias de segurança os dados que substitui; as cópias mais antigas além deste número são removidas.</translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation>Cópias guardadas antes de um restauro:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation>Exportação para {path}: {requests}.</translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation>Cópia de segurança escrita em {path}. Contém os seus dados pessoais: guarde-a em local reservado.</translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation>Substituir todos os seus dados (perfil, definições, checklist, pedidos) pela cópia de segurança em {file}? Os dados atuais são primeiro guardados em {folder}; nessa pasta ficam apenas as cópias mais recentes ({copies}).</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restaurar a cópia de segurança?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation>Restaurado de {file}: {requests}, {accounts}, {attachments}.</translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation>Os dados que lá estavam ficam guardados em {folder}.</translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation>Removidas: {copies}; na pasta de cópias de segurança ficam as mais recentes ({kept}).</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} já existe em {folder}. Substituí-lo?</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o ficheiro?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation>Não guardado: {name} já existe.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Criar cópia de segurança</translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation>Cópia de segurança do Opt-Out Assistant (*.json)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
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
        <translation>{days} de atraso</translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation>terminou há {days}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termina hoje</translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation>termina dentro de {days}</translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation>Feriados: os feriados oficiais (bank holidays) de Inglaterra; a Escócia e a Irlanda do Norte têm outros.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation>Feriados: os feriados nacionais da Alemanha; os Länder têm outros feriados próprios, que não são contabilizados.</translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation>Feriados: os feriados nacionais do país ({country}); os feriados regionais não são contabilizados.</translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation>Feriados: os domingos e os dias indicados na s. 35(1) do Interpretation Act (Dia de Ano Novo, Sexta-Feira Santa, Segunda-Feira de Páscoa, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Dia de Natal); os feriados provinciais e municipais e os dias fixados por proclamação também contam lá, mas não constam deste calendário.</translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation>Não foi aplicado nenhum adiamento por feriados porque o país do responsável pelo tratamento é desconhecido: um prazo que aí terminasse num feriado passaria para o dia útil seguinte.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation>Os sábados e domingos continuam a adiá-lo, como prevê a regra de contagem.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation>{day} é feriado, pelo que o prazo passa para {date}.</translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation>{day} é sábado, pelo que o prazo passa para {date}.</translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation>{day} é domingo, pelo que o prazo passa para {date}.</translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation>Para uma insistência, indique a data em que o seu pedido original foi recebido: o prazo apresentado é o prazo desse pedido.</translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation>{reading} A outra interpretação ({label}) resulta em {date}.</translation>
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
        <translation>Envie os pedidos a partir da aplicação através da sua própria conta de e-mail. As páginas de ajuda do seu fornecedor indicam estas definições (muitas vezes em «SMTP» ou «outros programas de e-mail»).</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente porta 465)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente porta 587)</translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation>Nenhuma: só para um servidor de e-mail neste computador</translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation>normalmente o seu endereço de e-mail</translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation>Servidor (anfitrião SMTP)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation>A palavra-passe é guardada no cofre de palavras-passe do sistema (keyring), nunca nos ficheiros da aplicação.</translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation>Este computador não tem um cofre de palavras-passe (keyring) utilizável, pelo que a aplicação não pode guardar a palavra-passe. Pode mantê-la em memória até a aplicação fechar; da próxima vez, terá de a introduzir novamente. Sem palavra-passe, a aplicação continua a funcionar: envie as cartas a partir do seu próprio programa de e-mail.</translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation>Manter a palavra-passe em memória até a aplicação fechar</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Enviar &amp;mensagem de teste</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Forget pass&amp;word</source>
        <translation>Esquecer &amp;palavra-passe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation>Remove a palavra-passe guardada do keyring (ou da memória)</translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation>guardada no keyring; escreva para a substituir</translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation>em memória até a aplicação fechar; escreva para a substituir</translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation>{problem}. Assinale «Manter a palavra-passe em memória» para a utilizar até a aplicação fechar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation>Palavra-passe esquecida.</translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation>Não havia nenhuma palavra-passe guardada.</translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation>A ligar a {server}:{port}…</translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation>Mensagem de teste enviada para {address}. Verifique se chegou.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation>erro inesperado: {name}; os detalhes estão no ficheiro de registo</translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation>; adicione esse dado em Definições &gt; Perfil</translation>
    </message>
    <message>
        <source> (Outcome, under the earlier request)</source>
        <translation> (Resultado, no pedido anterior)</translation>
    </message>
    <message>
        <source> (Settings &gt; Profile, Land)</source>
        <translation> (Definições &gt; Perfil, Land)</translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation>; escolha uma lei ou defina o seu país em Definições &gt; Perfil</translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation>: introduza o seu servidor de e-mail em Definições &gt; E-mail</translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation>: introduza-a em Definições &gt; E-mail</translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation>; mova o ficheiro para outro local e, depois, inicie novamente a aplicação</translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation>: selecione esse pedido e, depois, utilize o respetivo botão Adicionar resposta</translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation>o pedido {id} não existe</translation>
    </message>
    <message>
        <source>no request has the id or reference {reference!r}</source>
        <translation>nenhum pedido tem o ID ou a referência {reference!r}</translation>
    </message>
    <message>
        <source>due within {days} days: give a number of days of 0 or more</source>
        <translation>prazo dentro de {days} dias: indique um número de dias igual ou superior a 0</translation>
    </message>
    <message>
        <source>a channel is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>um canal só é registado com &apos;sent&apos;, não com {kind!r}</translation>
    </message>
    <message>
        <source>say how request {reference} was sent: channel one of {channels}</source>
        <translation>indique como foi enviado o pedido {reference}: o canal tem de ser um de {channels}</translation>
    </message>
    <message>
        <source>sent date {date} is in the future</source>
        <translation>a data de envio {date} está no futuro</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request: {why}</source>
        <translation>a lei {law} não permite que a empresa prorrogue o prazo deste pedido: {why}</translation>
    </message>
    <message>
        <source>{law} does not allow the company to extend the deadline of this request</source>
        <translation>a lei {law} não permite que a empresa prorrogue o prazo deste pedido</translation>
    </message>
    <message>
        <source>request {reference} is not sent yet: record it as sent, with the received date</source>
        <translation>o pedido {reference} ainda não foi enviado: registe-o como enviado, com a data de receção</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid types: {types}</source>
        <translation>tipo de pedido desconhecido: {type!r}; tipos válidos: {types}</translation>
    </message>
    <message>
        <source>law {law!r} does not fit {type}; valid laws: {laws}</source>
        <translation>a lei {law!r} não é adequada ao tipo de pedido {type}; leis válidas: {laws}</translation>
    </message>
    <message>
        <source>language {language!r} is not available for {type} under {law}; choose one of {languages}</source>
        <translation>o idioma {language!r} não está disponível para o tipo de pedido {type} ao abrigo da lei {law}; escolha um de {languages}</translation>
    </message>
    <message>
        <source>channel {channel!r} is not one of {channels}</source>
        <translation>o canal {channel!r} não é um dos seguintes: {channels}</translation>
    </message>
    <message>
        <source>unknown objection ground {ground!r}; valid grounds: {grounds}</source>
        <translation>fundamento de oposição desconhecido: {ground!r}; fundamentos válidos: {grounds}</translation>
    </message>
    <message>
        <source>erasure scope {scope!r} is not one of {scopes}</source>
        <translation>o âmbito do apagamento {scope!r} não é um dos seguintes: {scopes}</translation>
    </message>
    <message>
        <source>earlier request date is required for {type}: the date you sent the first request</source>
        <translation>a data do pedido anterior é obrigatória para o tipo de pedido {type}: a data em que enviou o primeiro pedido</translation>
    </message>
    <message>
        <source>earlier request date {date} is in the future</source>
        <translation>a data do pedido anterior {date} está no futuro</translation>
    </message>
    <message>
        <source>correction is required for {type}: say which data are wrong and what is right</source>
        <translation>a retificação é obrigatória para o tipo de pedido {type}: indique que dados estão errados e quais são os corretos</translation>
    </message>
    <message>
        <source>agent is required for {type}: the name and contact of the person you authorize</source>
        <translation>o representante é obrigatório para o tipo de pedido {type}: o nome e o contacto da pessoa que autoriza</translation>
    </message>
    <message>
        <source>earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)</source>
        <translation>o resultado anterior {outcome!r} não é um dos seguintes: {outcomes} (ou vazio: sem resposta completa)</translation>
    </message>
    <message>
        <source>earlier outcome date {date} needs an earlier outcome: refused, partially_fulfilled or needs_info</source>
        <translation>a data do resultado anterior {date} exige um resultado anterior: refused, partially_fulfilled ou needs_info</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is in the future</source>
        <translation>a data do resultado anterior {date} está no futuro</translation>
    </message>
    <message>
        <source>earlier outcome date {date} is before the earlier request was sent ({sent})</source>
        <translation>a data do resultado anterior {date} é anterior ao envio do pedido anterior ({sent})</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled on {date}; reopen it before writing a letter that follows it up</source>
        <translation>o pedido {id} ({reference}) está registado como satisfeito em {date}; reabra-o antes de escrever uma carta de seguimento</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is recorded as fulfilled; reopen it before writing a letter that follows it up</source>
        <translation>o pedido {id} ({reference}) está registado como satisfeito; reabra-o antes de escrever uma carta de seguimento</translation>
    </message>
    <message>
        <source>earlier request type {type!r} cannot be followed up under {law}; valid types: {types}</source>
        <translation>o tipo do pedido anterior {type!r} não admite seguimento ao abrigo da lei {law}; tipos válidos: {types}</translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation>{field} é obrigatório para uma carta .{format}</translation>
    </message>
    <message>
        <source>no email address is known for {entity} (web form: {web_form}); send the letter by post or through the web form</source>
        <translation>não se conhece nenhum endereço de e-mail de {entity} (formulário web: {web_form}); envie a carta por correio ou através do formulário web</translation>
    </message>
    <message>
        <source>no email address is known for {entity}; send the letter by post or through the web form</source>
        <translation>não se conhece nenhum endereço de e-mail de {entity}; envie a carta por correio ou através do formulário web</translation>
    </message>
    <message>
        <source>SMTP host {host!r} is not a server name such as smtp.example.org</source>
        <translation>o anfitrião SMTP {host!r} não é um nome de servidor como smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP security {security!r} is not one of: {choices}</source>
        <translation>a segurança SMTP {security!r} não é uma das seguintes: {choices}</translation>
    </message>
    <message>
        <source>SMTP security &apos;none&apos; sends your password and letters unencrypted; it is allowed only for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls</source>
        <translation>a segurança SMTP &apos;none&apos; envia a sua palavra-passe e as suas cartas sem encriptação; só é permitida para um servidor neste computador ({local_hosts}), não para {host!r}: escolha ssl ou starttls</translation>
    </message>
    <message>
        <source>SMTP user is empty: a password is only needed with a user name</source>
        <translation>o utilizador SMTP está vazio: só é necessária uma palavra-passe com um nome de utilizador</translation>
    </message>
    <message>
        <source>the message has no recipient</source>
        <translation>a mensagem não tem destinatário</translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation>sem palavra-passe para o utilizador SMTP {user}</translation>
    </message>
    <message>
        <source>sending cancelled; nothing was sent</source>
        <translation>envio cancelado; nada foi enviado</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS, so your password and letter would travel unencrypted; nothing was sent. Use security ssl (usually port 465) or check the server settings of your mail provider</source>
        <translation>{server} não oferece STARTTLS, pelo que a sua palavra-passe e a sua carta seguiriam sem encriptação; nada foi enviado. Utilize a segurança ssl (normalmente porta 465) ou verifique as definições de servidor do seu fornecedor de e-mail</translation>
    </message>
    <message>
        <source>{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. Check the port and security setting</source>
        <translation>{server} não oferece início de sessão (SMTP AUTH) nesta ligação; nada foi enviado. Verifique a porta e a definição de segurança</translation>
    </message>
    <message>
        <source>no password for {user} on {host}; nothing was sent</source>
        <translation>sem palavra-passe para {user} em {host}; nada foi enviado</translation>
    </message>
    <message>
        <source>{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), as in {address}; nothing was sent. Use an address without them, or a mail server that supports them</source>
        <translation>{server} não aceita endereços com letras não ASCII antes do @ (SMTPUTF8), como em {address}; nada foi enviado. Utilize um endereço sem essas letras ou um servidor de e-mail que as suporte</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); only the copy to you went out, the company did not get the letter</source>
        <translation>{server} recusou o destinatário ({reply}); só foi enviada a cópia para si: a empresa não recebeu a carta</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({reply}); nothing was sent. Some providers need an app password for mail programs</source>
        <translation>{server} recusou o nome de utilizador ou a palavra-passe ({reply}); nada foi enviado. Alguns fornecedores exigem uma palavra-passe de aplicação para programas de e-mail</translation>
    </message>
    <message>
        <source>{server} refused the recipient ({reply}); nothing was sent</source>
        <translation>{server} recusou o destinatário ({reply}); nada foi enviado</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({reply}); nothing was sent. The sender usually has to be the address of your mail account</source>
        <translation>{server} recusou o endereço do remetente {sender} ({reply}); nada foi enviado. Normalmente, o remetente tem de ser o endereço da sua conta de e-mail</translation>
    </message>
    <message>
        <source>{server} refused the message ({reply}); nothing was sent</source>
        <translation>{server} recusou a mensagem ({reply}); nada foi enviado</translation>
    </message>
    <message>
        <source>{server} closed the connection before the message was accepted; nothing was sent. Check the port and security setting (ssl is usually port 465, starttls port 587)</source>
        <translation>{server} fechou a ligação antes de a mensagem ser aceite; nada foi enviado. Verifique a porta e a definição de segurança (ssl usa normalmente a porta 465; starttls, a porta 587)</translation>
    </message>
    <message>
        <source>{server} does not support a needed feature ({reason}); nothing was sent</source>
        <translation>{server} não suporta uma funcionalidade necessária ({reason}); nada foi enviado</translation>
    </message>
    <message>
        <source>{server} answered with an error ({reply}); nothing was sent</source>
        <translation>{server} respondeu com um erro ({reply}); nada foi enviado</translation>
    </message>
    <message>
        <source>the certificate of {server} could not be verified ({reason}); nothing was sent. Check the host name</source>
        <translation>não foi possível verificar o certificado de {server} ({reason}); nada foi enviado. Verifique o nome do anfitrião</translation>
    </message>
    <message>
        <source>a secure connection to {server} failed ({reason}); nothing was sent. Check that the security setting matches the port (ssl: 465, starttls: 587)</source>
        <translation>a ligação segura a {server} falhou ({reason}); nada foi enviado. Verifique se a definição de segurança corresponde à porta (ssl: 465, starttls: 587)</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds} seconds; nothing was sent</source>
        <translation>{server} não respondeu em {seconds} segundos; nada foi enviado</translation>
    </message>
    <message>
        <source>could not connect to {server}: connection refused (no mail server listens there); nothing was sent. Check the host and port</source>
        <translation>não foi possível ligar a {server}: ligação recusada (nenhum servidor de e-mail está à escuta nesse endereço); nada foi enviado. Verifique o anfitrião e a porta</translation>
    </message>
    <message>
        <source>the server name {host!r} could not be found; check it and your internet connection</source>
        <translation>não foi possível encontrar o nome de servidor {host!r}; verifique-o, bem como a sua ligação à Internet</translation>
    </message>
    <message>
        <source>could not connect to {server}: {reason}; nothing was sent</source>
        <translation>não foi possível ligar a {server}: {reason}; nada foi enviado</translation>
    </message>
    <message>
        <source>sending through {server} failed: {reason}; nothing was sent</source>
        <translation>o envio através de {server} falhou: {reason}; nada foi enviado</translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation>{path} já existe; escolha outro nome de ficheiro ou aceite substituí-lo</translation>
    </message>
    <message>
        <source>disk full: cannot create {path}; free some space and try again (nothing was changed)</source>
        <translation>disco cheio: não é possível criar {path}; liberte espaço e tente novamente (nada foi alterado)</translation>
    </message>
    <message>
        <source>disk full: cannot open {path}; free some space and try again (nothing was changed)</source>
        <translation>disco cheio: não é possível abrir {path}; liberte espaço e tente novamente (nada foi alterado)</translation>
    </message>
    <message>
        <source>disk full: cannot create data directory {path}; free some space and try again (nothing was changed)</source>
        <translation>disco cheio: não é possível criar a pasta de dados {path}; liberte espaço e tente novamente (nada foi alterado)</translation>
    </message>
    <message>
        <source>disk full: cannot write {path}; free some space and try again (nothing was changed)</source>
        <translation>disco cheio: não é possível escrever em {path}; liberte espaço e tente novamente (nada foi alterado)</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>está num sistema de ficheiros só de leitura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>o nome do ficheiro é demasiado longo</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>não é possível criar {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>não é possível abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot create data directory {path}: {reason}</source>
        <translation>não é possível criar a pasta de dados {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>não é possível escrever em {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>não é possível escrever em {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>não é possível escrever em {path}: {folder} não é uma pasta</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder; give a file name</source>
        <translation>não é possível escrever em {path}: é uma pasta; indique um nome de ficheiro</translation>
    </message>
    <message>
        <source>cannot write {path}: it is not a regular file</source>
        <translation>não é possível escrever em {path}: não é um ficheiro normal</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was not changed</source>
        <translation>{path} está danificado ({detail}); não foi alterado</translation>
    </message>
    <message>
        <source>it is empty, but the folder holds attachments or backups</source>
        <translation>está vazio, mas a pasta contém anexos ou cópias de segurança</translation>
    </message>
    <message>
        <source>cannot create a database in {path}: {reason}</source>
        <translation>não é possível criar uma base de dados em {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation>o disco onde se encontra {path} está cheio</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {version}, this version knows up to {known}); update the app to open it</source>
        <translation>{path} foi escrito por uma versão mais recente do Opt-Out Assistant (esquema {version}; esta versão conhece até ao {known}); atualize a aplicação para o abrir</translation>
    </message>
    <message>
        <source>{path} needs an update for this version of the app, but {reason}</source>
        <translation>{path} precisa de ser atualizado para esta versão da aplicação, mas {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {reason}; it was opened read-only</source>
        <translation>não é possível alterar os seus dados: {reason}; foram abertos só para leitura</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} não é um ficheiro de base de dados</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation>{path} não é uma base de dados SQLite</translation>
    </message>
    <message>
        <source>the data directory {path} is read-only</source>
        <translation>a pasta de dados {path} é só de leitura</translation>
    </message>
    <message>
        <source>the database {path} is read-only</source>
        <translation>a base de dados {path} é só de leitura</translation>
    </message>
    <message>
        <source>{path} is not a usable database: {reason}</source>
        <translation>{path} não é uma base de dados utilizável: {reason}</translation>
    </message>
    <message>
        <source>cannot change your data: {path} is read-only</source>
        <translation>não é possível alterar os seus dados: {path} é só de leitura</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it; try again in a moment</source>
        <translation>{path} está ocupado: outro programa está a escrever nele; tente novamente dentro de momentos</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>não é possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (not JSON: {reason})</source>
        <translation>{path} não é uma cópia de segurança do Opt-Out Assistant (não é JSON: {reason})</translation>
    </message>
    <message>
        <source>{path} is not an Opt-Out Assistant backup (format is not {format!r})</source>
        <translation>{path} não é uma cópia de segurança do Opt-Out Assistant (o formato não é {format!r})</translation>
    </message>
    <message>
        <source>{path}: backup version {version!r} is not supported</source>
        <translation>{path}: a versão de cópia de segurança {version!r} não é suportada</translation>
    </message>
    <message>
        <source>{path}: schema {schema!r} is not a schema number</source>
        <translation>{path}: o esquema {schema!r} não é um número de esquema</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Opt-Out Assistant (schema {schema!r}); update the app to restore it</source>
        <translation>{path} foi escrito por uma versão mais recente do Opt-Out Assistant (esquema {schema!r}); atualize a aplicação para o restaurar</translation>
    </message>
    <message>
        <source>{path} is not a copy of Opt-Out Assistant data (no {file_name})</source>
        <translation>{path} não é uma cópia dos dados do Opt-Out Assistant (falta {file_name})</translation>
    </message>
    <message>
        <source>the copy {path} is damaged too ({problems})</source>
        <translation>a cópia {path} também está danificada ({problems})</translation>
    </message>
    <message>
        <source>{path}: schema {schema} cannot be restored by this version of the app</source>
        <translation>{path}: o esquema {schema} não pode ser restaurado por esta versão da aplicação</translation>
    </message>
    <message>
        <source>the copy {path} cannot be read ({reason})</source>
        <translation>não é possível ler a cópia {path} ({reason})</translation>
    </message>
    <message>
        <source>{source}: &apos;tables&apos; is not an object</source>
        <translation>{source}: &apos;tables&apos; não é um objeto</translation>
    </message>
    <message>
        <source>{source}: the backup has tables this version does not know: {tables}</source>
        <translation>{source}: a cópia de segurança contém tabelas que esta versão não conhece: {tables}</translation>
    </message>
    <message>
        <source>{source}: table {table} is not a list of records</source>
        <translation>{source}: a tabela {table} não é uma lista de registos</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} is not an object</source>
        <translation>{source}: o registo {number} da tabela {table} não é um objeto</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} has columns this version does not know: {columns}</source>
        <translation>{source}: o registo {number} da tabela {table} tem colunas que esta versão não conhece: {columns}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}), field {column}: {problem}</source>
        <translation>{source}: registo {number} da tabela {table} ({key} {value}), campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}, field {column}: {problem}</source>
        <translation>{source}: registo {number} da tabela {table}, campo {column}: {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number} ({key} {value}): {problem}</source>
        <translation>{source}: registo {number} da tabela {table} ({key} {value}): {problem}</translation>
    </message>
    <message>
        <source>{source}: {table} record {number}: {problem}</source>
        <translation>{source}: registo {number} da tabela {table}: {problem}</translation>
    </message>
    <message>
        <source>id {value} appears twice</source>
        <translation>o id {value} aparece duas vezes</translation>
    </message>
    <message>
        <source>{column} {value!r} is not text</source>
        <translation>o valor {value!r} da coluna {column} não é texto</translation>
    </message>
    <message>
        <source>the backup may hold one profile, with id 1</source>
        <translation>a cópia de segurança só pode conter um perfil, com o id 1</translation>
    </message>
    <message>
        <source>setting name {key!r} is not a setting name</source>
        <translation>o nome de definição {key!r} não é válido</translation>
    </message>
    <message>
        <source>setting {key!r} is not a setting of this version of the app</source>
        <translation>a definição {key!r} não existe nesta versão da aplicação</translation>
    </message>
    <message>
        <source>setting {key!r} is a secret; secrets are never restored to disk</source>
        <translation>a definição {key!r} é secreta; os segredos nunca são restaurados para o disco</translation>
    </message>
    <message>
        <source>setting {key!r} appears twice</source>
        <translation>a definição {key!r} aparece duas vezes</translation>
    </message>
    <message>
        <source>account {name!r} of {platform} appears twice</source>
        <translation>a conta {name!r} de {platform} aparece duas vezes</translation>
    </message>
    <message>
        <source>account {id} is not in the backup</source>
        <translation>a conta {id} não consta da cópia de segurança</translation>
    </message>
    <message>
        <source>control {control} of account {id} appears twice</source>
        <translation>o controlo {control} da conta {id} aparece duas vezes</translation>
    </message>
    <message>
        <source>reference {reference} appears twice</source>
        <translation>a referência {reference} aparece duas vezes</translation>
    </message>
    <message>
        <source>a refusal reason goes with the status refused, and only with it</source>
        <translation>um motivo de recusa é obrigatório com o estado refused e só é permitido com ele</translation>
    </message>
    <message>
        <source>a {status} request needs the date it was sent and the channel</source>
        <translation>um pedido no estado {status} precisa da data de envio e do canal</translation>
    </message>
    <message>
        <source>{column} {day} needs a sent date on or before it</source>
        <translation>a data {day} da coluna {column} exige uma data de envio igual ou anterior</translation>
    </message>
    <message>
        <source>a received date and its basis go with a sent request, together</source>
        <translation>uma data de receção e a respetiva base só existem num pedido enviado, e sempre em conjunto</translation>
    </message>
    <message>
        <source>received_at {day} is before the request was sent</source>
        <translation>received_at {day} é anterior ao envio do pedido</translation>
    </message>
    <message>
        <source>received_at must be the sent date for basis {basis}</source>
        <translation>received_at tem de ser a data de envio com a base {basis}</translation>
    </message>
    <message>
        <source>request {id} is not in the backup</source>
        <translation>o pedido {id} não consta da cópia de segurança</translation>
    </message>
    <message>
        <source>event {id} is not in the backup</source>
        <translation>o evento {id} não consta da cópia de segurança</translation>
    </message>
    <message>
        <source>{path!r} is outside the attachments folder</source>
        <translation>{path!r} está fora da pasta de anexos</translation>
    </message>
    <message>
        <source>{path} is named by two attachments</source>
        <translation>{path} é indicado por dois anexos</translation>
    </message>
    <message>
        <source>sha256 {digest!r} is not 64 lower-case hex digits</source>
        <translation>o sha256 {digest!r} não é formado por 64 dígitos hexadecimais em minúsculas</translation>
    </message>
    <message>
        <source>content_base64 is not valid base64 text</source>
        <translation>content_base64 não é texto base64 válido</translation>
    </message>
    <message>
        <source>the content of {path} is not valid base64</source>
        <translation>o conteúdo de {path} não é base64 válido</translation>
    </message>
    <message>
        <source>the content of {path} is damaged (SHA-256 differs)</source>
        <translation>o conteúdo de {path} está danificado (o SHA-256 não coincide)</translation>
    </message>
    <message>
        <source>size {size} differs from the content&apos;s {length} bytes</source>
        <translation>o tamanho {size} não coincide com os {length} bytes do conteúdo</translation>
    </message>
    <message>
        <source>cannot restore into {path}: {reason}</source>
        <translation>não é possível restaurar para {path}: {reason}</translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation>a pasta de dados {path} já contém dados; restaure para uma pasta vazia</translation>
    </message>
    <message>
        <source>the backup does not fit this version&apos;s database: {reason}</source>
        <translation>a cópia de segurança não é compatível com a base de dados desta versão: {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) cannot be read: {reason}</source>
        <translation>não é possível ler o anexo {file_name} ({path}): {reason}</translation>
    </message>
    <message>
        <source>attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)</source>
        <translation>o anexo {file_name} ({path}) foi alterado desde que foi guardado (o SHA-256 não coincide)</translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation>já existe um pedido com a referência {reference}</translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation>o pedido {reference} foi alterado entretanto; tente novamente</translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation>o envio de e-mail não está configurado</translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation>é necessária uma lei: não se conhece nenhuma lei para o seu país</translation>
    </message>
    <message>
        <source>unknown authority {authority!r}; valid: {authorities}</source>
        <translation>autoridade desconhecida: {authority!r}; válidas: {authorities}</translation>
    </message>
    <message>
        <source>unknown state {state!r} for {country}; valid: {states}</source>
        <translation>estado desconhecido para {country}: {state!r}; válidos: {states}</translation>
    </message>
    <message>
        <source>no authority for {country} in the directory; countries with one: {countries}</source>
        <translation>o diretório não tem nenhuma autoridade para {country}; países com autoridade: {countries}</translation>
    </message>
    <message>
        <source>state (Land) is required for a complaint from Germany: the authority of your Land supervises companies, the federal BfDI does not (BDSG §§ 9 and 40); set your Land in your profile</source>
        <translation>o estado federado (Land) é obrigatório para uma reclamação a partir da Alemanha: as empresas estão sob a supervisão da autoridade do seu Land, não do BfDI federal (§§ 9 e 40 BDSG); indique o seu Land no perfil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and {country} is not where {law} applies; set your country in your profile</source>
        <translation>o país é obrigatório para uma reclamação ao abrigo da lei {law}: determina a autoridade que a recebe (art. 77.º, n.º 1), e {country} não é um país onde a lei {law} se aplique; defina o seu país no perfil</translation>
    </message>
    <message>
        <source>country is required for a complaint under {law}: it decides which authority receives it (Art. 77(1)), and no country is set; set your country in your profile</source>
        <translation>o país é obrigatório para uma reclamação ao abrigo da lei {law}: determina a autoridade que a recebe (art. 77.º, n.º 1), e não está definido nenhum país; defina o seu país no perfil</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US state {state}; states with one: {states}</source>
        <translation>o diretório não tem nenhuma autoridade reguladora para o estado norte-americano {state}; estados com autoridade: {states}</translation>
    </message>
    <message>
        <source>no regulator in the directory for the US without a state; states with one: {states}</source>
        <translation>o diretório não tem nenhuma autoridade reguladora para os EUA sem indicação de estado; estados com autoridade: {states}</translation>
    </message>
    <message>
        <source>unknown country {country!r}; use an ISO 3166 code such as DE, FR, GB or US, or an English name</source>
        <translation>país desconhecido: {country!r}; utilize um código ISO 3166, como DE, FR, GB ou US, ou um nome em inglês</translation>
    </message>
    <message>
        <source>the earlier request&apos;s deadline is {deadline}: until it has passed, the letter cannot say it was missed; state what the company answered, if it did</source>
        <translation>o prazo do pedido anterior termina em {deadline}: enquanto não tiver terminado, a carta não pode dizer que foi ultrapassado; indique o que a empresa respondeu, se respondeu</translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation>esta interface não consegue gerar um PDF</translation>
    </message>
    <message>
        <source>cannot write letters into {folder}: it is not a folder</source>
        <translation>não é possível escrever cartas em {folder}: não é uma pasta</translation>
    </message>
    <message>
        <source>format {format!r} is not one of {formats}</source>
        <translation>o formato {format!r} não é um dos seguintes: {formats}</translation>
    </message>
    <message>
        <source>{platform} has no control {control!r}; valid: {controls}</source>
        <translation>{platform} não tem o controlo {control!r}; válidos: {controls}</translation>
    </message>
    <message>
        <source>{host} is a mirror, shortener, scanner or paste site; cite the page itself</source>
        <translation>{host} é um espelho, um encurtador de ligações, um analisador ou um sítio de colagem de texto; cite a própria página</translation>
    </message>
    <message>
        <source>a proxy mirror of another site; cite the original page</source>
        <translation>um espelho (proxy) de outro sítio; cite a página original</translation>
    </message>
    <message>
        <source>code on {host} is not a source (only datenanfragen/data company records are)</source>
        <translation>o código em {host} não é uma fonte (só os registos de empresas de datenanfragen/data o são)</translation>
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
        <translation>plataforma desconhecida: {platform!r}; IDs válidos: {ids}</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}; did you mean {close}?</source>
        <translation>plataforma desconhecida: {platform!r}; queria dizer {close}?</translation>
    </message>
    <message>
        <source>unknown platform {platform!r}</source>
        <translation>plataforma desconhecida: {platform!r}</translation>
    </message>
    <message>
        <source>catalogue directory {path} does not exist or is not a folder</source>
        <translation>a pasta do catálogo {path} não existe ou não é uma pasta</translation>
    </message>
    <message>
        <source>duplicate platform id {id!r}</source>
        <translation>o ID de plataforma {id!r} está duplicado</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>não é TOML válido: {reason}</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>não é possível ler: {reason}</translation>
    </message>
    <message>
        <source>{id!r} does not match the file name {name!r}</source>
        <translation>{id!r} não corresponde ao nome do ficheiro {name!r}</translation>
    </message>
    <message>
        <source>must be {version} (see the schema in CONTRIBUTING.md)</source>
        <translation>tem de ser {version} (consulte o esquema em CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>{domain!r} is not a lowercase host name like example.com</source>
        <translation>{domain!r} não é um nome de anfitrião em minúsculas, como example.com</translation>
    </message>
    <message>
        <source>duplicate control id {id!r}</source>
        <translation>o ID de controlo {id!r} está duplicado</translation>
    </message>
    <message>
        <source>at least one control is required (kind = &quot;none&quot; if none exists), unless the platform states it does not train (ai_training with trains = &quot;no&quot;)</source>
        <translation>é necessário pelo menos um controlo (kind = &quot;none&quot; se não existir nenhum), a menos que a plataforma declare que não treina IA (ai_training com trains = &quot;no&quot;)</translation>
    </message>
    <message>
        <source>{region!r} is already in an earlier entry; a region has one entry</source>
        <translation>{region!r} já consta de uma entrada anterior; cada região tem uma só entrada</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} não é um dos seguintes: {choices}</translation>
    </message>
    <message>
        <source>a legal basis is only recorded for {regions}, whose laws have one; {region!r} does not (split the entry)</source>
        <translation>só se regista um fundamento jurídico para {regions}, cujas leis o preveem; {region!r} não está nesse caso (divida a entrada)</translation>
    </message>
    <message>
        <source>{until} is before since ({since})</source>
        <translation>{until} é anterior a since ({since})</translation>
    </message>
    <message>
        <source>{line!r}: one line per entry, without control characters</source>
        <translation>{line!r}: uma linha por entrada, sem caracteres de controlo</translation>
    </message>
    <message>
        <source>is required with an address (it decides the deadline&apos;s holidays)</source>
        <translation>é obrigatório quando há uma morada (determina os feriados considerados no prazo)</translation>
    </message>
    <message>
        <source>no source covers {name!r}; every contact field needs its source</source>
        <translation>nenhuma fonte abrange {name!r}; cada campo de contacto precisa da sua fonte</translation>
    </message>
    <message>
        <source>a {kind} needs at least one step</source>
        <translation>um controlo do tipo {kind} precisa de pelo menos um passo</translation>
    </message>
    <message>
        <source>is required: every fact needs a source</source>
        <translation>é obrigatório: cada facto precisa de uma fonte</translation>
    </message>
    <message>
        <source>{url}: {problem}</source>
        <translation>{url}: {problem}</translation>
    </message>
    <message>
        <source>{host} is not one of the platform&apos;s own hosts ({hosts}); add it to domains if it is, or choose another kind</source>
        <translation>{host} não é um dos anfitriões da própria plataforma ({hosts}); se for, adicione-o a domains; caso contrário, escolha outro valor de kind</translation>
    </message>
    <message>
        <source>{date} is in the future</source>
        <translation>{date} está no futuro</translation>
    </message>
    <message>
        <source>only controller sources say which fields they state</source>
        <translation>só as fontes do responsável pelo tratamento indicam os campos que comprovam</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>tem de ser uma tabela</translation>
    </message>
    <message>
        <source>{value!r} is not lowercase letters, digits, -</source>
        <translation>{value!r} não é composto só por letras minúsculas, algarismos e -</translation>
    </message>
    <message>
        <source>{value!r} is not an http(s) URL</source>
        <translation>{value!r} não é um URL http(s)</translation>
    </message>
    <message>
        <source>{value!r} is not one line of text</source>
        <translation>{value!r} não é uma única linha de texto</translation>
    </message>
    <message>
        <source>{value!r} is not one email address</source>
        <translation>{value!r} não é um único endereço de e-mail</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 code like IE</source>
        <translation>{value!r} não é um código ISO 3166-1 como IE</translation>
    </message>
    <message>
        <source>{value!r} is not &gt; 0</source>
        <translation>{value!r} não é &gt; 0</translation>
    </message>
    <message>
        <source>must be text, not {value!r}</source>
        <translation>tem de ser texto, não {value!r}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value!r}</source>
        <translation>tem de ser um número inteiro, não {value!r}</translation>
    </message>
    <message>
        <source>must be true or false, not {value!r}</source>
        <translation>tem de ser true ou false, não {value!r}</translation>
    </message>
    <message>
        <source>must be a date, not {value!r}</source>
        <translation>tem de ser uma data, não {value!r}</translation>
    </message>
    <message>
        <source>must be a table, not {value!r}</source>
        <translation>tem de ser uma tabela, não {value!r}</translation>
    </message>
    <message>
        <source>must be a list, not {value!r}</source>
        <translation>tem de ser uma lista, não {value!r}</translation>
    </message>
    <message>
        <source>unknown field (see the schema in CONTRIBUTING.md)</source>
        <translation>campo desconhecido (consulte o esquema em CONTRIBUTING.md)</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out instead)</source>
        <translation>não pode estar vazio (em vez disso, omita o campo)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must hold non-empty text only, not {value!r}</source>
        <translation>só pode conter texto não vazio, não {value!r}</translation>
    </message>
    <message>
        <source>is required: one or more of {regions}, us-ca...</source>
        <translation>é obrigatório: um ou mais de {regions}, us-ca...</translation>
    </message>
    <message>
        <source>{value!r} is not one of {regions} or a US state like us-ca</source>
        <translation>{value!r} não é um de {regions} nem um estado dos EUA como us-ca</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} (a refused request must be reopened before it can be fulfilled)</source>
        <translation>o pedido {reference} está no estado {status}: não pode ser marcado como {kind}; agora é permitido: {allowed} (um pedido recusado tem de ser reaberto antes de poder ser marcado como satisfeito)</translation>
    </message>
    <message>
        <source>request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}</source>
        <translation>o pedido {reference} está no estado {status}: não pode ser marcado como {kind}; agora é permitido: {allowed}</translation>
    </message>
    <message>
        <source>a reason is only recorded with &apos;refused&apos;, not with {kind!r}</source>
        <translation>um motivo só é registado com &apos;refused&apos;, não com {kind!r}</translation>
    </message>
    <message>
        <source>a received date is only recorded with &apos;sent&apos;, not with {kind!r}</source>
        <translation>uma data de receção só é registada com &apos;sent&apos;, não com {kind!r}</translation>
    </message>
    <message>
        <source>give the reason for the refusal: one of {reasons}</source>
        <translation>indique o motivo da recusa: um de {reasons}</translation>
    </message>
    <message>
        <source>{field} {value!r} is not one of: {choices}</source>
        <translation>o valor {value!r} de {field} não é um dos seguintes: {choices}</translation>
    </message>
    <message>
        <source>a request needs a {field}; it is empty</source>
        <translation>um pedido precisa do campo {field}; está vazio</translation>
    </message>
    <message>
        <source>reference {value!r} is not like 2026-K3F9Q2M</source>
        <translation>a referência {value!r} não tem a forma 2026-K3F9Q2M</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>law {value!r} is not a law id such as gdpr</source>
        <translation>a lei {value!r} não é um ID de lei como gdpr</translation>
    </message>
    <message>
        <source>date {day} is before the request was sent ({sent})</source>
        <translation>a data {day} é anterior ao envio do pedido ({sent})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json não é um objeto JSON</translation>
    </message>
    <message>
        <source>manifest format {format!r} is not supported (this app reads {known})</source>
        <translation>o formato de manifesto {format!r} não é suportado (esta aplicação lê {known})</translation>
    </message>
    <message>
        <source>manifest version {version} is not a whole number from 1 to {maximum}</source>
        <translation>a versão do manifesto {version} não é um número inteiro de 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest version {start}... ({digits} digits) is not a whole number from 1 to {maximum}</source>
        <translation>a versão do manifesto {start}... ({digits} algarismos) não é um número inteiro de 1 a {maximum}</translation>
    </message>
    <message>
        <source>manifest created {created!r} is not an ISO date and time</source>
        <translation>o valor created do manifesto, {created!r}, não é uma data e hora ISO</translation>
    </message>
    <message>
        <source>manifest files must be a non-empty list</source>
        <translation>o campo files do manifesto tem de ser uma lista não vazia</translation>
    </message>
    <message>
        <source>manifest file path {path!r} is not platforms/&lt;id&gt;.toml</source>
        <translation>o caminho de ficheiro {path!r} do manifesto não tem a forma platforms/&lt;id&gt;.toml</translation>
    </message>
    <message>
        <source>manifest sha256 of {path} is not 64 lowercase hex digits</source>
        <translation>o sha256 de {path} no manifesto não é formado por 64 dígitos hexadecimais em minúsculas</translation>
    </message>
    <message>
        <source>manifest lists {path} twice</source>
        <translation>o manifesto indica {path} duas vezes</translation>
    </message>
    <message>
        <source>public key {path} cannot be read: {reason}</source>
        <translation>não é possível ler a chave pública {path}: {reason}</translation>
    </message>
    <message>
        <source>public key {path} is not an Ed25519 key</source>
        <translation>a chave pública {path} não é uma chave Ed25519</translation>
    </message>
    <message>
        <source>signing key {path} cannot be read as an unencrypted PEM private key: {reason}</source>
        <translation>não é possível ler a chave de assinatura {path} como chave privada PEM não encriptada: {reason}</translation>
    </message>
    <message>
        <source>signing key {path} is not an Ed25519 private key</source>
        <translation>a chave de assinatura {path} não é uma chave privada Ed25519</translation>
    </message>
    <message>
        <source>catalogue {path} has invalid files, fix them first: {problems}</source>
        <translation>o catálogo {path} tem ficheiros inválidos; corrija-os primeiro: {problems}</translation>
    </message>
    <message>
        <source>catalogue {path} has no platform files</source>
        <translation>o catálogo {path} não tem ficheiros de plataforma</translation>
    </message>
    <message>
        <source>catalogue version must be a whole number from 1 to {maximum}</source>
        <translation>a versão do catálogo tem de ser um número inteiro de 1 a {maximum}</translation>
    </message>
    <message>
        <source>bundle is {size} bytes, over the limit of {limit}</source>
        <translation>o pacote tem {size} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>signature is {size} bytes; an Ed25519 signature is {length}</source>
        <translation>a assinatura tem {size} bytes; uma assinatura Ed25519 tem {length}</translation>
    </message>
    <message>
        <source>signature check failed: the bundle was changed, damaged, or signed with another key</source>
        <translation>a verificação da assinatura falhou: o pacote foi alterado, está danificado ou foi assinado com outra chave</translation>
    </message>
    <message>
        <source>bundle is not a zip archive: {reason}</source>
        <translation>o pacote não é um arquivo zip: {reason}</translation>
    </message>
    <message>
        <source>bundle holds the same file name twice</source>
        <translation>o pacote contém o mesmo nome de ficheiro duas vezes</translation>
    </message>
    <message>
        <source>bundle has no manifest.json</source>
        <translation>o pacote não contém manifest.json</translation>
    </message>
    <message>
        <source>bundle unpacks to more than {limit} bytes</source>
        <translation>o pacote descompactado ocupa mais de {limit} bytes</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing {missing}</source>
        <translation>o conteúdo do pacote não corresponde ao seu manifesto: não indicados: {extra}; em falta: {missing}</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed {extra}, missing none</source>
        <translation>o conteúdo do pacote não corresponde ao seu manifesto: não indicados: {extra}; em falta: nenhum</translation>
    </message>
    <message>
        <source>bundle content does not match its manifest: not listed none, missing {missing}</source>
        <translation>o conteúdo do pacote não corresponde ao seu manifesto: não indicados: nenhum; em falta: {missing}</translation>
    </message>
    <message>
        <source>bundle cannot be read: {reason}</source>
        <translation>não é possível ler o pacote: {reason}</translation>
    </message>
    <message>
        <source>{path} does not match its sha256 in the manifest</source>
        <translation>{path} não corresponde ao respetivo sha256 no manifesto</translation>
    </message>
    <message>
        <source>bundle has invalid platform entries: {problems}</source>
        <translation>o pacote tem entradas de plataforma inválidas: {problems}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}</source>
        <translation>não existe nenhuma conta {account!r} em {platform}</translation>
    </message>
    <message>
        <source>no account {account!r} for {platform}; nothing to undo</source>
        <translation>não existe nenhuma conta {account!r} em {platform}; nada a anular</translation>
    </message>
    <message>
        <source>data directory {path} is not a folder</source>
        <translation>a pasta de dados indicada, {path}, não é uma pasta</translation>
    </message>
    <message>
        <source>data directory {path} cannot be read</source>
        <translation>não é possível ler a pasta de dados {path}</translation>
    </message>
    <message>
        <source>request {reference} has no recipient email address; send it by post or through the company&apos;s web form instead</source>
        <translation>o pedido {reference} não tem endereço de e-mail do destinatário; em vez disso, envie-o por correio ou através do formulário web da empresa</translation>
    </message>
    <message>
        <source>request {reference} is {status} on {date}; only a draft can be sent</source>
        <translation>o pedido {reference} está no estado {status} (enviado em {date}); só é possível enviar um rascunho</translation>
    </message>
    <message>
        <source>request {reference} is {status}; only a draft can be sent</source>
        <translation>o pedido {reference} está no estado {status}; só é possível enviar um rascunho</translation>
    </message>
    <message>
        <source>the message was sent to {recipient}, but request {reference} could not be marked sent ({problem}); record it by hand with the date {date}</source>
        <translation>a mensagem foi enviada para {recipient}, mas não foi possível marcar o pedido {reference} como enviado ({problem}); registe-o manualmente com a data {date}</translation>
    </message>
    <message>
        <source>outcome {outcome!r} is not one of: {outcomes}</source>
        <translation>o resultado {outcome!r} não é um dos seguintes: {outcomes}</translation>
    </message>
    <message>
        <source>the pasted reply is empty</source>
        <translation>a resposta colada está vazia</translation>
    </message>
    <message>
        <source>{path} nests too many message parts inside each other to be read</source>
        <translation>{path} tem demasiadas partes de mensagem encaixadas umas nas outras para poder ser lido</translation>
    </message>
    <message>
        <source>the pasted text nests too many message parts inside each other to be read</source>
        <translation>o texto colado tem demasiadas partes de mensagem encaixadas umas nas outras para poder ser lido</translation>
    </message>
    <message>
        <source>the reply {path} is dated {date} (its Date header): {problem}</source>
        <translation>a resposta {path} tem a data {date} (cabeçalho Date): {problem}</translation>
    </message>
    <message>
        <source>the pasted reply is dated {date} (its Date header): {problem}</source>
        <translation>a resposta colada tem a data {date} (cabeçalho Date): {problem}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers</source>
        <translation>o texto colado não contém nenhuma referência de pedido (como 2026-K3F9Q2M); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>the pasted text names several references ({references}); choose the request it answers</source>
        <translation>o texto colado menciona várias referências ({references}); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>reply file {path} is larger than {megabytes} MB</source>
        <translation>o ficheiro de resposta {path} tem mais de {megabytes} MB</translation>
    </message>
    <message>
        <source>cannot read reply file {path}: {reason}</source>
        <translation>não é possível ler o ficheiro de resposta {path}: {reason}</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of {file}; choose the request it answers</source>
        <translation>o assunto de {file} não contém nenhuma referência de pedido (como 2026-K3F9Q2M); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; choose the request it answers</source>
        <translation>o assunto do texto colado não contém nenhuma referência de pedido (como 2026-K3F9Q2M); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>no request reference (like 2026-K3F9Q2M) in the text of {file}; choose the request it answers</source>
        <translation>o texto de {file} não contém nenhuma referência de pedido (como 2026-K3F9Q2M); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>the subject of {file} names several references ({references}); choose the request it answers</source>
        <translation>o assunto de {file} menciona várias referências ({references}); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>the subject of the pasted text names several references ({references}); choose the request it answers</source>
        <translation>o assunto do texto colado menciona várias referências ({references}); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>the text of {file} names several references ({references}); choose the request it answers</source>
        <translation>o texto de {file} menciona várias referências ({references}); escolha o pedido a que responde</translation>
    </message>
    <message>
        <source>export format {format!r} is not one of: {choices}</source>
        <translation>o formato de exportação {format!r} não é um dos seguintes: {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not where {law} applies; valid countries for {law_id}: {countries}</source>
        <translation>a lei {law} não se aplica no país {country!r}; países válidos para {law_id}: {countries}</translation>
    </message>
    <message>
        <source>request type {type!r} does not apply under {law}; valid types for {law_id}: {types}</source>
        <translation>o tipo de pedido {type!r} não se aplica ao abrigo da lei {law}; tipos válidos para {law_id}: {types}</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today})</source>
        <translation>a data de receção {date} está no futuro (hoje é {today})</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR or GB</source>
        <translation>código de país desconhecido: {country!r}; utilize um código ISO 3166, como DE, FR ou GB</translation>
    </message>
    <message>
        <source>the sources used give no period within which the company must decide an appeal under {law}, so an appeal letter cannot state a deadline; appeal in writing and record the company&apos;s answer</source>
        <translation>as fontes utilizadas não indicam um prazo dentro do qual a empresa tenha de decidir um recurso ao abrigo da lei {law}, pelo que uma carta de recurso não pode indicar um prazo; interponha recurso por escrito e registe a resposta da empresa</translation>
    </message>
    <message>
        <source>the sources give no response period for {type!r} under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>as fontes não indicam um prazo de resposta para {type!r} ao abrigo da lei {law}; tipos com prazo para {law_id}: {types}</translation>
    </message>
    <message>
        <source>the sources give no response period for &apos;a request&apos; under {law}; types with a deadline for {law_id}: {types}</source>
        <translation>as fontes não indicam um prazo de resposta para &apos;um pedido&apos; ao abrigo da lei {law}; tipos com prazo para {law_id}: {types}</translation>
    </message>
    <message>
        <source>unknown law {law!r}; valid: {laws}</source>
        <translation>lei desconhecida: {law!r}; válidas: {laws}</translation>
    </message>
    <message>
        <source>unknown request type {type!r}; valid: {types}</source>
        <translation>tipo de pedido desconhecido: {type!r}; válidos: {types}</translation>
    </message>
    <message>
        <source>unknown country code {country!r}; use an ISO 3166 code such as DE, FR, GB or US</source>
        <translation>código de país desconhecido: {country!r}; utilize um código ISO 3166, como DE, FR, GB ou US</translation>
    </message>
    <message>
        <source>state needs a country: set the country too</source>
        <translation>o estado exige um país: defina também o país</translation>
    </message>
    <message>
        <source>state {state!r}: the app does not use states for {country}</source>
        <translation>estado {state!r}: a aplicação não utiliza estados para {country}</translation>
    </message>
    <message>
        <source>state {state!r} is not a state of {country}; valid codes: {codes}</source>
        <translation>{state!r} não é um estado de {country}; códigos válidos: {codes}</translation>
    </message>
    <message>
        <source>language {language!r} is not offered; choose one of {choices}</source>
        <translation>o idioma {language!r} não está disponível; escolha um de {choices}</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany)</source>
        <translation>{country!r} não é um país que a aplicação conheça: indique o código ISO (DE, FR, GB, US) ou o nome em inglês (Germany)</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first}?</source>
        <translation>{country!r} não é um país que a aplicação conheça: indique o código ISO (DE, FR, GB, US) ou o nome em inglês (Germany); queria dizer {first}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second}?</source>
        <translation>{country!r} não é um país que a aplicação conheça: indique o código ISO (DE, FR, GB, US) ou o nome em inglês (Germany); queria dizer {first} ou {second}?</translation>
    </message>
    <message>
        <source>country {country!r} is not a country the app knows: give its ISO code (DE, FR, GB, US) or its English name (Germany); did you mean {first} or {second} or {third}?</source>
        <translation>{country!r} não é um país que a aplicação conheça: indique o código ISO (DE, FR, GB, US) ou o nome em inglês (Germany); queria dizer {first}, {second} ou {third}?</translation>
    </message>
    <message>
        <source>state is required for the United States (for example CA for California)</source>
        <translation>o estado é obrigatório para os Estados Unidos (por exemplo, CA para a Califórnia)</translation>
    </message>
    <message>
        <source>received date {date} is before the request was sent ({sent})</source>
        <translation>a data de receção {date} é anterior ao envio do pedido ({sent})</translation>
    </message>
    <message>
        <source>received date {date} is in the future (today is {today}); enter it once the company has the letter, or leave it empty for the estimate</source>
        <translation>a data de receção {date} está no futuro (hoje é {today}); introduza-a quando a empresa tiver recebido a carta, ou deixe o campo vazio para usar a estimativa</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>O catálogo não indica nenhum responsável pelo tratamento para os utilizadores de {platform} nesta região ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ({policy}) ou pergunte a {authority} como contactar a empresa. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>O catálogo não indica nenhum responsável pelo tratamento para os utilizadores de {platform} nesta região ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ({policy}). Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>O catálogo não indica nenhum responsável pelo tratamento para os utilizadores de {platform} nesta região ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ou pergunte a {authority} como contactar a empresa. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue names no controller for {platform} users in {region}. Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>O catálogo não indica nenhum responsável pelo tratamento para os utilizadores de {platform} nesta região ({region}). Procure um contacto de privacidade na política de privacidade da plataforma. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}), or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>O catálogo não tem endereço de e-mail, formulário nem morada de {entity} ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ({policy}) ou pergunte a {authority} como contactar a empresa. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy ({policy}). No letter was written without a recipient.</source>
        <translation>O catálogo não tem endereço de e-mail, formulário nem morada de {entity} ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ({policy}). Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy, or ask {authority} how to reach the company. No letter was written without a recipient.</source>
        <translation>O catálogo não tem endereço de e-mail, formulário nem morada de {entity} ({region}). Procure um contacto de privacidade na política de privacidade da plataforma ou pergunte a {authority} como contactar a empresa. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>The catalogue has no email, form or postal address for {entity} ({region}). Look for a privacy contact in the platform&apos;s privacy policy. No letter was written without a recipient.</source>
        <translation>O catálogo não tem endereço de e-mail, formulário nem morada de {entity} ({region}). Procure um contacto de privacidade na política de privacidade da plataforma. Não foi escrita nenhuma carta, pois não há destinatário.</translation>
    </message>
    <message>
        <source>password is empty; type the password or leave the field as it was</source>
        <translation>a palavra-passe está vazia; escreva a palavra-passe ou deixe o campo como estava</translation>
    </message>
    <message>
        <source>no usable password store (OS keyring) was found on this computer, so the password cannot be saved</source>
        <translation>não foi encontrado neste computador nenhum cofre de palavras-passe utilizável (keyring do sistema), pelo que não é possível guardar a palavra-passe</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the password ({error_type})</source>
        <translation>o keyring do sistema recusou guardar a palavra-passe ({error_type})</translation>
    </message>
    <message>
        <source>the OS keyring refused to delete the password ({error_type})</source>
        <translation>o keyring do sistema recusou eliminar a palavra-passe ({error_type})</translation>
    </message>
    <message>
        <source>attachment {path} is not a readable file</source>
        <translation>o anexo {path} não é um ficheiro legível</translation>
    </message>
    <message>
        <source>attachment {path} is {megabytes} MB; the limit is {limit} MB</source>
        <translation>o anexo {path} tem {megabytes} MB; o limite é {limit} MB</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {reason}</source>
        <translation>não é possível ler o anexo {path}: {reason}</translation>
    </message>
    <message>
        <source>update URL {url!r} is not a web address (https://host/path)</source>
        <translation>o URL de atualização {url!r} não é um endereço web (https://host/path)</translation>
    </message>
    <message>
        <source>update URL {url!r} uses plain HTTP; only https:// is allowed</source>
        <translation>o URL de atualização {url!r} utiliza HTTP simples; só é permitido https://</translation>
    </message>
    <message>
        <source>update URL {url!r} has scheme {scheme!r}; only https:// is allowed</source>
        <translation>o URL de atualização {url!r} tem o esquema {scheme!r}; só é permitido https://</translation>
    </message>
    <message>
        <source>cannot reach {url}: {reason}</source>
        <translation>não é possível aceder a {url}: {reason}</translation>
    </message>
    <message>
        <source>{url} redirects to {target!r}, refused: {reason}</source>
        <translation>{url} redireciona para {target!r}, recusado: {reason}</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} {reason}</source>
        <translation>{url} respondeu com HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>downloading {url} took longer than {seconds} seconds; download stopped</source>
        <translation>a transferência de {url} demorou mais de {seconds} segundos; a transferência foi interrompida</translation>
    </message>
    <message>
        <source>{url} redirects more than {count} times</source>
        <translation>{url} redireciona mais de {count} vezes</translation>
    </message>
    <message>
        <source>{url} is {size} bytes, over the limit of {limit}</source>
        <translation>{url} tem {size} bytes, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>{url} sent more than the limit of {limit} bytes; download stopped</source>
        <translation>{url} enviou mais do que o limite de {limit} bytes; a transferência foi interrompida</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {reason}</source>
        <translation>a transferência de {url} ficou incompleta: {reason}</translation>
    </message>
    <message>
        <source>download of {url} was incomplete: {received} of {size} bytes</source>
        <translation>a transferência de {url} ficou incompleta: {received} de {size} bytes</translation>
    </message>
    <message>
        <source>the catalogue is up to date (version {version})</source>
        <translation>o catálogo está atualizado (versão {version})</translation>
    </message>
    <message>
        <source>the catalogue offered at {url} is version {version}, older than the installed {installed}; refused</source>
        <translation>o catálogo disponibilizado em {url} é a versão {version}, anterior à instalada ({installed}); recusado</translation>
    </message>
    <message>
        <source>a file of it is missing</source>
        <translation>falta um dos seus ficheiros</translation>
    </message>
    <message>
        <source>bad folder name {folder!r}</source>
        <translation>nome de pasta inválido: {folder!r}</translation>
    </message>
    <message>
        <source>the installed catalogue claims version {claimed} in {folder}, but its signed bundle is version {version}: it was downgraded or edited</source>
        <translation>o catálogo instalado declara a versão {claimed} em {folder}, mas o seu pacote assinado é a versão {version}: foi revertido para uma versão anterior ou editado</translation>
    </message>
    <message>
        <source>the installed manifest.json differs from the signed one: it was edited</source>
        <translation>o manifest.json instalado difere do assinado: foi editado</translation>
    </message>
    <message>
        <source>platform files were added or removed after the update was installed</source>
        <translation>foram adicionados ou removidos ficheiros de plataforma depois de a atualização ter sido instalada</translation>
    </message>
    <message>
        <source>{path} was changed after the update was installed</source>
        <translation>{path} foi alterado depois de a atualização ter sido instalada</translation>
    </message>
    <message>
        <source>catalogue version {version} is not newer than the installed {installed}</source>
        <translation>a versão {version} do catálogo não é mais recente do que a instalada ({installed})</translation>
    </message>
    <message>
        <source>the record of the last catalogue update is unreadable ({reason})</source>
        <translation>o registo da última atualização do catálogo está ilegível ({reason})</translation>
    </message>
    <message>
        <source>{field} {value} is not text</source>
        <translation>o valor {value} de {field} não é texto</translation>
    </message>
    <message>
        <source>{field} must be on one line of plain text; it contains the control character {character} at position {position}</source>
        <translation>o campo {field} tem de ocupar uma única linha de texto simples; contém o carácter de controlo {character} na posição {position}</translation>
    </message>
    <message>
        <source>{field} contains the control character {character} at position {position}; only line breaks and tabs are kept in text</source>
        <translation>o campo {field} contém o carácter de controlo {character} na posição {position}; no texto só se mantêm quebras de linha e tabulações</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>o campo {field} não pode estar vazio</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {maximum})</source>
        <translation>o campo {field} é demasiado longo ({length} caracteres; máximo: {maximum})</translation>
    </message>
    <message>
        <source>{field} {value} is not an id (a-z, 0-9, - and _)</source>
        <translation>o valor {value} de {field} não é um ID (a-z, 0-9, - e _)</translation>
    </message>
    <message>
        <source>{field} {value} is not one of: {choices}</source>
        <translation>o valor {value} de {field} não é um dos seguintes: {choices}</translation>
    </message>
    <message>
        <source>{field} {value} is not a number from {minimum} to {maximum}</source>
        <translation>o valor {value} de {field} não é um número de {minimum} a {maximum}</translation>
    </message>
    <message>
        <source>{field} {value} is not a date in the form YYYY-MM-DD</source>
        <translation>o valor {value} de {field} não é uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date that exists</source>
        <translation>o valor {value!r} de {field} não é uma data existente</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time</source>
        <translation>o valor {value} de {field} não é uma data e hora</translation>
    </message>
    <message>
        <source>{field} {day} is in the future; give the date it happened (today at the latest)</source>
        <translation>a data {day} de {field} está no futuro; indique a data em que aconteceu (o mais tardar, hoje)</translation>
    </message>
    <message>
        <source>{field} {day} is before {start}, when the GDPR began to apply and the earliest date the app accepts</source>
        <translation>a data {day} de {field} é anterior a {start}, data em que o RGPD começou a aplicar-se e data mais antiga que a aplicação aceita</translation>
    </message>
    <message>
        <source>{field} {day} is before {law} took effect ({start})</source>
        <translation>a data {day} de {field} é anterior à entrada em vigor da lei {law} ({start})</translation>
    </message>
    <message>
        <source>{field} {value} is not a valid email address: {reason}</source>
        <translation>o valor {value} de {field} não é um endereço de e-mail válido: {reason}</translation>
    </message>
    <message>
        <source>before the @ sign it has characters no address can have: {characters}</source>
        <translation>antes do @ contém caracteres que nenhum endereço pode ter: {characters}</translation>
    </message>
    <message>
        <source>after the @ sign it has characters no address can have: {characters}</source>
        <translation>depois do @ contém caracteres que nenhum endereço pode ter: {characters}</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>falta o @</translation>
    </message>
    <message>
        <source>there is nothing before the @ sign</source>
        <translation>não há nada antes do @</translation>
    </message>
    <message>
        <source>there is nothing after the @ sign</source>
        <translation>não há nada depois do @</translation>
    </message>
    <message>
        <source>the part after the @ sign needs a dot, as in example.org</source>
        <translation>a parte depois do @ precisa de um ponto, como em example.org</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>tem dois pontos seguidos</translation>
    </message>
    <message>
        <source>it starts with a dot</source>
        <translation>começa com um ponto</translation>
    </message>
    <message>
        <source>it ends with a dot</source>
        <translation>termina com um ponto</translation>
    </message>
    <message>
        <source>it has a dot right before the @ sign</source>
        <translation>há um ponto logo antes do @</translation>
    </message>
    <message>
        <source>it has a dot right after the @ sign</source>
        <translation>há um ponto logo depois do @</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF is empty</source>
        <translation>não é possível escrever em {path}: o PDF está vazio</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Receção confirmada</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorrogado</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Faltam informações</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfeito</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Parcialmente satisfeito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamação apresentada</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Insistência enviada</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Resposta recebida</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reaberto</translation>
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
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado ou Land</translation>
    </message>
    <message>
        <source>language</source>
        <translation>língua</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>endereço do remetente</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>endereço de e-mail do destinatário</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>porta SMTP</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>utilizador SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>segurança SMTP</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nome da conta</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>copies to keep</source>
        <translation>número de cópias guardadas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>assunto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>O idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma da aplicação</translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation>Guardado. A aplicação usará o idioma escolhido a partir do próximo arranque.</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation>Defina o seu país em Definições &gt; Perfil para ver a lei de proteção de dados aplicável.</translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation>A aplicação ainda não conhece nenhuma lei de proteção de dados para {place}. Pode, ainda assim, utilizar a checklist e escrever às plataformas ao abrigo da lei do local onde estão estabelecidas (por exemplo, o RGPD para uma empresa na UE).</translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation>em vigor desde {date}</translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation>Resposta devida no prazo de {period}</translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation>no máximo {period} com prorrogação</translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation>receção a confirmar no prazo de {period}</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation>Um pedido enviado hoje tem de ser respondido até {date} (o mais tardar até {extended}, em caso de prorrogação).</translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation>Um pedido enviado hoje tem de ser respondido até {date}.</translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation>a empresa tem de decidir no prazo de {period}</translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation>as fontes utilizadas não indicam um prazo para a resposta da empresa</translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation>A lei permite-lhe interpor recurso junto da empresa se esta recusar ou não agir: {answer}. A aplicação sugere que interponha recurso antes de apresentar reclamação à autoridade de controlo.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Os seus direitos</translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation>Onde apresentar reclamação:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sítio web</translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation>formulário de reclamação</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation>O seu país (e, nos Estados Unidos, o seu estado) determina que lei de proteção de dados a aplicação utiliza para as cartas e os prazos. Pode alterá-lo no separador Perfil.</translation>
    </message>
</context>
<context>
    <name>LawText</name>
    <message>
        <source>Objection to AI training</source>
        <translation>Oposição ao treino de IA</translation>
    </message>
    <message>
        <source>Object to the use of your personal data for training AI models where the company relies on its legitimate interests.</source>
        <translation>Opor-se à utilização dos seus dados pessoais para treinar modelos de IA quando a empresa se baseia nos seus interesses legítimos.</translation>
    </message>
    <message>
        <source>Access request with AI questions</source>
        <translation>Pedido de acesso com perguntas sobre IA</translation>
    </message>
    <message>
        <source>Ask for a copy of your data and what it is used for, including whether and how it is used to train AI.</source>
        <translation>Pedir uma cópia dos seus dados e saber para que são utilizados, incluindo se e como são utilizados para treinar IA.</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Pedido de apagamento</translation>
    </message>
    <message>
        <source>Ask the company to delete your personal data, for example after a successful objection or withdrawn consent.</source>
        <translation>Pedir à empresa que apague os seus dados pessoais, por exemplo, após uma oposição procedente ou a retirada do consentimento.</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitação do tratamento</translation>
    </message>
    <message>
        <source>Ask the company to stop using your data while it checks your objection.</source>
        <translation>Pedir à empresa que deixe de utilizar os seus dados enquanto aprecia a sua oposição.</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>Retirada do consentimento</translation>
    </message>
    <message>
        <source>Withdraw consent you gave to AI training; withdrawing must be as easy as giving it.</source>
        <translation>Retirar o consentimento que deu para o treino de IA; retirá-lo deve ser tão fácil como dá-lo.</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Pedido de retificação</translation>
    </message>
    <message>
        <source>Ask the company to correct inaccurate personal data about you, or to complete incomplete data.</source>
        <translation>Pedir à empresa que retifique os dados pessoais inexatos que lhe dizem respeito ou que complete os dados incompletos.</translation>
    </message>
    <message>
        <source>Data portability request</source>
        <translation>Pedido de portabilidade</translation>
    </message>
    <message>
        <source>Ask for the data you provided in a structured, commonly used, machine-readable format, or for its transfer to another company (consent or contract, automated processing).</source>
        <translation>Pedir os dados que forneceu num formato estruturado, de uso corrente e de leitura automática, ou a sua transmissão a outra empresa (consentimento ou contrato, tratamento automatizado).</translation>
    </message>
    <message>
        <source>Automated decision: human review</source>
        <translation>Decisão automatizada: intervenção humana</translation>
    </message>
    <message>
        <source>Contest a decision based solely on automated processing, including profiling, that has legal or similarly significant effects on you: ask for human intervention and give your point of view.</source>
        <translation>Contestar uma decisão tomada exclusivamente com base no tratamento automatizado, incluindo a definição de perfis, que produza efeitos na sua esfera jurídica ou que o afete significativamente de forma similar: pedir intervenção humana e manifestar o seu ponto de vista.</translation>
    </message>
    <message>
        <source>Reply to a demand for ID</source>
        <translation>Resposta a um pedido de identificação</translation>
    </message>
    <message>
        <source>Answer a company that asks for an identity document before acting on your request: it may ask only with reasonable doubts, and only for what confirms your identity.</source>
        <translation>Responder a uma empresa que pede um documento de identificação antes de dar seguimento ao seu pedido: só o pode pedir se tiver dúvidas razoáveis, e apenas o que confirme a sua identidade.</translation>
    </message>
    <message>
        <source>Complaint to the controller (UK)</source>
        <translation>Reclamação ao responsável pelo tratamento (Reino Unido)</translation>
    </message>
    <message>
        <source>Complain to the company itself that it infringed the UK GDPR with your data; it must acknowledge within 30 days. The ICO expects this step before a complaint to it.</source>
        <translation>Apresentar reclamação à própria empresa por ter violado o UK GDPR com os seus dados; esta tem de acusar a receção no prazo de 30 dias. O ICO espera este passo antes de lhe ser apresentada uma reclamação.</translation>
    </message>
    <message>
        <source>Reminder after the deadline</source>
        <translation>Insistência após o fim do prazo</translation>
    </message>
    <message>
        <source>Remind the company that the response period for your earlier request has passed.</source>
        <translation>Recordar à empresa que o prazo de resposta ao seu pedido anterior já terminou.</translation>
    </message>
    <message>
        <source>Complaint to the supervisory authority</source>
        <translation>Reclamação à autoridade de controlo</translation>
    </message>
    <message>
        <source>Complain to the data protection authority that the company did not answer or did not comply.</source>
        <translation>Apresentar reclamação à autoridade de proteção de dados porque a empresa não respondeu ou não deu seguimento ao pedido.</translation>
    </message>
    <message>
        <source>Opt-out of sale or sharing</source>
        <translation>Opt-out da venda ou partilha</translation>
    </message>
    <message>
        <source>Tell the business to stop selling or sharing your personal information with third parties. It does not stop the business from using your data itself, for example to train its own AI.</source>
        <translation>Indicar à empresa que deixe de vender ou partilhar as suas informações pessoais com terceiros. Isto não impede a empresa de utilizar ela própria os seus dados, por exemplo para treinar a sua própria IA.</translation>
    </message>
    <message>
        <source>Limit use of sensitive personal information</source>
        <translation>Limitar a utilização de informações pessoais sensíveis</translation>
    </message>
    <message>
        <source>Tell the business to limit its own use and disclosure of your sensitive personal information to what its service needs; this reaches its own AI training on such data.</source>
        <translation>Indicar à empresa que limite a sua própria utilização e divulgação das suas informações pessoais sensíveis ao que o seu serviço necessita; isto abrange o treino da sua própria IA com esses dados.</translation>
    </message>
    <message>
        <source>Request to delete</source>
        <translation>Pedido de eliminação</translation>
    </message>
    <message>
        <source>Ask the business to delete the personal information it collected from you.</source>
        <translation>Pedir à empresa que elimine as informações pessoais que recolheu junto de si.</translation>
    </message>
    <message>
        <source>Request to know</source>
        <translation>Pedido de informação</translation>
    </message>
    <message>
        <source>Ask what personal information the business collected, sold or shared, where from, why and with whom.</source>
        <translation>Perguntar que informações pessoais a empresa recolheu, vendeu ou partilhou, de onde provêm, porquê e com quem.</translation>
    </message>
    <message>
        <source>Request to correct</source>
        <translation>Pedido de correção</translation>
    </message>
    <message>
        <source>Ask the business to correct inaccurate personal information about you.</source>
        <translation>Pedir à empresa que corrija as informações pessoais inexatas que lhe dizem respeito.</translation>
    </message>
    <message>
        <source>Answer a business that asks for more identity proof than the CCPA regulations allow before acting on your request.</source>
        <translation>Responder a uma empresa que, antes de dar seguimento ao seu pedido, exige mais provas de identidade do que as permitidas pelo regulamento do CCPA.</translation>
    </message>
    <message>
        <source>Authorization of an agent</source>
        <translation>Autorização de um representante</translation>
    </message>
    <message>
        <source>Sign a permission for a person or company to make CCPA requests for you; the business may ask you to confirm it, but may not require a power of attorney.</source>
        <translation>Assinar uma autorização para que uma pessoa ou empresa apresente pedidos ao abrigo do CCPA em seu nome; a empresa pode pedir-lhe que a confirme, mas não pode exigir uma procuração.</translation>
    </message>
    <message>
        <source>Remind the business that the period for your earlier request has passed (15 business days for an opt-out or a limit request, 45 days for the others).</source>
        <translation>Recordar à empresa que o prazo do seu pedido anterior já terminou (15 dias úteis para um opt-out ou um pedido de limitação, 45 dias para os restantes).</translation>
    </message>
    <message>
        <source>Complaint to the California Privacy Protection Agency</source>
        <translation>Reclamação à California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>Report a business that ignored or refused your request to CalPrivacy.</source>
        <translation>Denunciar à CalPrivacy uma empresa que ignorou ou recusou o seu pedido.</translation>
    </message>
    <message>
        <source>Opt-out request</source>
        <translation>Pedido de opt-out</translation>
    </message>
    <message>
        <source>Opt out of what your state&apos;s law covers: sale, targeted advertising and, in most states, profiling for decisions with legal or similarly significant effects. None of these stops the company training its own AI on your data.</source>
        <translation>Fazer o opt-out do que a lei do seu estado abrange: venda, publicidade direcionada e, na maioria dos estados, definição de perfis para decisões com efeitos jurídicos ou efeitos significativos similares. Nada disto impede a empresa de treinar a sua própria IA com os seus dados.</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Pedido de acesso</translation>
    </message>
    <message>
        <source>Ask the company to confirm whether it processes your personal data and to give you a copy.</source>
        <translation>Pedir à empresa que confirme se trata os seus dados pessoais e que lhe forneça uma cópia.</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>Pedido de eliminação</translation>
    </message>
    <message>
        <source>Ask the company to delete personal data about you.</source>
        <translation>Pedir à empresa que elimine os dados pessoais que lhe dizem respeito.</translation>
    </message>
    <message>
        <source>Appeal against a refusal</source>
        <translation>Recurso contra uma recusa</translation>
    </message>
    <message>
        <source>Appeal to the company after it refused or did not act on your request.</source>
        <translation>Interpor recurso junto da empresa depois de esta ter recusado o seu pedido ou não lhe ter dado seguimento.</translation>
    </message>
    <message>
        <source>Complaint to the state Attorney General</source>
        <translation>Reclamação ao Procurador-Geral do estado</translation>
    </message>
    <message>
        <source>Report a company that ignored or refused your request to the Attorney General of your state.</source>
        <translation>Denunciar ao Procurador-Geral (Attorney General) do seu estado uma empresa que ignorou ou recusou o seu pedido.</translation>
    </message>
    <message>
        <source>Confirmation and access request</source>
        <translation>Pedido de confirmação e acesso</translation>
    </message>
    <message>
        <source>Ask whether the company processes your data, and for a full statement of its origin, criteria and purpose.</source>
        <translation>Perguntar se a empresa trata os seus dados e pedir uma declaração completa que indique a sua origem, os critérios utilizados e a finalidade.</translation>
    </message>
    <message>
        <source>Ask the company to anonymise, block or delete your data, or to delete data it processes with your consent.</source>
        <translation>Pedir à empresa que anonimize, bloqueie ou elimine os seus dados, ou que elimine os dados que trata com o seu consentimento.</translation>
    </message>
    <message>
        <source>Correction request</source>
        <translation>Pedido de correção</translation>
    </message>
    <message>
        <source>Ask the company to correct incomplete, inaccurate or out-of-date data.</source>
        <translation>Pedir à empresa que corrija dados incompletos, inexatos ou desatualizados.</translation>
    </message>
    <message>
        <source>Revocation of consent</source>
        <translation>Revogação do consentimento</translation>
    </message>
    <message>
        <source>Revoke consent you gave to the use of your data, including for AI training.</source>
        <translation>Revogar o consentimento que deu para a utilização dos seus dados, incluindo para o treino de IA.</translation>
    </message>
    <message>
        <source>Opposition to processing</source>
        <translation>Oposição ao tratamento</translation>
    </message>
    <message>
        <source>Oppose processing that the company bases on a ground other than consent (such as legitimate interest) where it does not comply with the LGPD, e.g. AI training you were not clearly told about.</source>
        <translation>Opor-se a um tratamento que a empresa baseia num fundamento diferente do consentimento (como o interesse legítimo) quando este não cumpra a LGPD, p. ex., um treino de IA que não lhe foi claramente comunicado.</translation>
    </message>
    <message>
        <source>Petition to the ANPD</source>
        <translation>Petição à ANPD</translation>
    </message>
    <message>
        <source>Petition Brazil&apos;s national data protection authority against the company.</source>
        <translation>Apresentar uma petição contra a empresa à autoridade nacional de proteção de dados do Brasil.</translation>
    </message>
    <message>
        <source>Ask the organisation, in writing, for the personal information it holds about you and how it uses it.</source>
        <translation>Pedir à organização, por escrito, as informações pessoais que detém sobre si e a forma como as utiliza.</translation>
    </message>
    <message>
        <source>Remind the organisation that the 30-day period for your access request has passed.</source>
        <translation>Recordar à organização que o prazo de 30 dias do seu pedido de acesso já terminou.</translation>
    </message>
    <message>
        <source>Complaint to the Privacy Commissioner</source>
        <translation>Reclamação ao Comissário da Privacidade</translation>
    </message>
    <message>
        <source>Complain to the Office of the Privacy Commissioner of Canada about the organisation.</source>
        <translation>Apresentar reclamação contra a organização ao Gabinete do Comissário da Privacidade do Canadá (Office of the Privacy Commissioner of Canada).</translation>
    </message>
    <message>
        <source>General Data Protection Regulation (EU) 2016/679</source>
        <translation>Regulamento Geral sobre a Proteção de Dados (UE) 2016/679</translation>
    </message>
    <message>
        <source>EU and EEA</source>
        <translation>UE e EEE</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar o consentimento</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Retificação</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Apagamento</translation>
    </message>
    <message>
        <source>Notification of recipients</source>
        <translation>Notificação dos destinatários</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilidade dos dados</translation>
    </message>
    <message>
        <source>Object to processing based on legitimate interests or a public task</source>
        <translation>Opor-se ao tratamento baseado em interesses legítimos ou no exercício de funções de interesse público</translation>
    </message>
    <message>
        <source>Object to direct marketing (where the training serves it)</source>
        <translation>Opor-se à comercialização direta (quando o treino sirva esse fim)</translation>
    </message>
    <message>
        <source>Not to be subject to solely automated decisions</source>
        <translation>Não ficar sujeito a decisões exclusivamente automatizadas</translation>
    </message>
    <message>
        <source>Answer within one month</source>
        <translation>Resposta no prazo de um mês</translation>
    </message>
    <message>
        <source>Further information to confirm identity only with reasonable doubts</source>
        <translation>Informações adicionais para confirmar a identidade apenas em caso de dúvidas razoáveis</translation>
    </message>
    <message>
        <source>Complain to a supervisory authority</source>
        <translation>Apresentar reclamação a uma autoridade de controlo</translation>
    </message>
    <message>
        <source>The supervisory authority of your country of habitual residence, place of work or of the alleged infringement (Art. 77(1) GDPR).</source>
        <translation>A autoridade de controlo do país da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração (art. 77.º, n.º 1, do RGPD).</translation>
    </message>
    <message>
        <source>One month ends on the same date in the next month, or on that month&apos;s last day if it has no such date; a deadline on a Saturday, Sunday or public holiday moves to the next working day (Regulation 1182/71 Art. 3(2)(c) and 3(4); applying it to GDPR periods is a reading).</source>
        <translation>Um mês termina na mesma data do mês seguinte ou, se esse mês não tiver essa data, no seu último dia; um prazo que termine a um sábado, domingo ou feriado passa para o dia útil seguinte (Regulamento 1182/71, art. 3.º, n.º 2, alínea c), e n.º 4; aplicá-lo aos prazos do RGPD é uma interpretação).</translation>
    </message>
    <message>
        <source>The controller may extend by two further months but must tell you within the first month, with reasons (Art. 12(3) GDPR).</source>
        <translation>O responsável pelo tratamento pode prorrogar o prazo por mais dois meses, mas tem de lhe comunicar a prorrogação no primeiro mês, indicando os motivos (art. 12.º, n.º 3, do RGPD).</translation>
    </message>
    <message>
        <source>two further months counted from the first deadline</source>
        <translation>mais dois meses, contados a partir do primeiro prazo</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt (the ICO&apos;s method, the later date); no EU source settles which reading applies.</source>
        <translation>O prazo prorrogado é contado como três meses a partir da receção (o método do ICO, a data mais tardia); nenhuma fonte da UE esclarece qual das interpretações se aplica.</translation>
    </message>
    <message>
        <source>If the supervisory authority has not told you about the progress or outcome of your complaint within three months, you may go to court against it (Art. 78(2) GDPR).</source>
        <translation>Se a autoridade de controlo não lhe tiver comunicado, no prazo de três meses, o andamento ou o resultado da sua reclamação, pode intentar uma ação judicial contra ela (art. 78.º, n.º 2, do RGPD).</translation>
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
        <translation>Apresentar reclamação ao ICO</translation>
    </message>
    <message>
        <source>The ICO asks you to complain to the organisation first, follow up if there is no answer after 30 days, and complain to the ICO within three months of your last contact with the organisation.</source>
        <translation>O ICO pede que apresente primeiro reclamação à organização, que insista se não houver resposta ao fim de 30 dias e que apresente reclamação ao ICO no prazo de três meses a contar do seu último contacto com a organização.</translation>
    </message>
    <message>
        <source>Since 19 June 2026 you may complain to the controller itself about an infringement concerning your personal data (DPA 2018 s. 164A, inserted by the Data (Use and Access) Act 2025 s. 103; commencement reported at http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</source>
        <translation>Desde 19 de junho de 2026, pode apresentar reclamação ao próprio responsável pelo tratamento por uma infração relativa aos seus dados pessoais (DPA 2018 s. 164A, aditada pela Data (Use and Access) Act 2025 s. 103; entrada em vigor noticiada em http://www.stephensonharwood.com/insights/data-use-and-access-act-2025-new-data-complaint-handling-obligations).</translation>
    </message>
    <message>
        <source>ICO method: from the day of receipt to the same date in the next month, or the last day of that month if it has no such date; a deadline on a weekend or public holiday moves to the next working day.</source>
        <translation>Método do ICO: do dia da receção até à mesma data do mês seguinte ou, se esse mês não tiver essa data, até ao seu último dia; um prazo que termine num fim de semana ou feriado passa para o dia útil seguinte.</translation>
    </message>
    <message>
        <source>The clock starts at the latest of receipt of the request, of identity information the controller asked for, or of a fee (Art. 12A UK GDPR).</source>
        <translation>O prazo começa a correr na última destas datas: a receção do pedido, a das informações de identificação pedidas pelo responsável pelo tratamento ou a de uma taxa (art. 12A do UK GDPR).</translation>
    </message>
    <message>
        <source>The extended deadline counts three months from receipt, as the ICO says.</source>
        <translation>O prazo prorrogado é contado como três meses a partir da receção, como indica o ICO.</translation>
    </message>
    <message>
        <source>The controller must acknowledge receipt within the period of 30 days beginning when the complaint is received (DPA 2018 s. 164A(3)): the day of receipt is the first of the 30 days.</source>
        <translation>O responsável pelo tratamento tem de acusar a receção no prazo de 30 dias que começa quando a reclamação é recebida (DPA 2018 s. 164A(3)): o dia da receção é o primeiro dos 30 dias.</translation>
    </message>
    <message>
        <source>It must then, without undue delay, take appropriate steps to respond (including enquiries and keeping you informed of progress) and tell you the outcome (s. 164A(4)-(5)); no fixed period is set for the outcome.</source>
        <translation>Depois, tem de tomar, sem demora injustificada, as medidas adequadas para lhe dar resposta (incluindo realizar diligências e dar-lhe conhecimento do andamento) e comunicar-lhe o resultado (s. 164A(4)-(5)); não está fixado nenhum prazo para o resultado.</translation>
    </message>
    <message>
        <source>Swiss Federal Act on Data Protection (revised FADP)</source>
        <translation>Swiss Federal Act on Data Protection (revised FADP)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suíça</translation>
    </message>
    <message>
        <source>Consent is valid only if given voluntarily, for specific processing, after adequate information</source>
        <translation>O consentimento só é válido se for dado livremente, para um tratamento específico e após informação adequada</translation>
    </message>
    <message>
        <source>Data are destroyed or anonymised once no longer needed for the purpose</source>
        <translation>Os dados são destruídos ou anonimizados quando deixam de ser necessários para a finalidade</translation>
    </message>
    <message>
        <source>Access (information about your data)</source>
        <translation>Acesso (informações sobre os seus dados)</translation>
    </message>
    <message>
        <source>The information every answer contains (purpose, retention, origin, recipients...)</source>
        <translation>As informações que todas as respostas contêm (finalidade, conservação, origem, destinatários...)</translation>
    </message>
    <message>
        <source>Information free of charge</source>
        <translation>Informações gratuitas</translation>
    </message>
    <message>
        <source>Answer within 30 days</source>
        <translation>Resposta no prazo de 30 dias</translation>
    </message>
    <message>
        <source>Hand over or transfer data you provided, in a common electronic format</source>
        <translation>Entrega ou transmissão dos dados que forneceu, num formato eletrónico de uso corrente</translation>
    </message>
    <message>
        <source>Processing against your express wishes breaches personality rights (what an objection invokes)</source>
        <translation>Tratar dados contra a sua vontade expressa viola os direitos de personalidade (o que uma oposição invoca)</translation>
    </message>
    <message>
        <source>A breach is unlawful unless justified by consent, an overriding interest or law</source>
        <translation>Uma violação é ilícita, salvo se justificada pelo consentimento, por um interesse preponderante ou pela lei</translation>
    </message>
    <message>
        <source>Legal claims: prohibit processing or disclosure, delete or destroy data</source>
        <translation>Ações judiciais: proibir o tratamento ou a comunicação, apagar ou destruir os dados</translation>
    </message>
    <message>
        <source>Report to the FDPIC</source>
        <translation>Participação ao FDPIC</translation>
    </message>
    <message>
        <source>The FDPIC tells the reporting data subject what it did and the result</source>
        <translation>O FDPIC informa o titular dos dados que apresentou a participação sobre as medidas que tomou e o respetivo resultado</translation>
    </message>
    <message>
        <source>The FDPIC opens an investigation on a report when there are sufficient indications of a violation and may decline minor ones (Art. 49 FADP).</source>
        <translation>O FDPIC abre uma investigação na sequência de uma participação quando existem indícios suficientes de uma violação e pode recusar as de menor importância (art. 49.º da FADP).</translation>
    </message>
    <message>
        <source>The FADP states no right to withdraw consent, none to restriction of processing and no general right to object; letters for those requests rely on Arts. 6(6), 30(2)(b), 31(1) and 32 and cite no article for the request itself (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ on withdrawal; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection on objection).</source>
        <translation>A FADP não prevê nenhum direito de retirar o consentimento, nenhum direito à limitação do tratamento nem um direito geral de oposição; as cartas para esses pedidos baseiam-se nos arts. 6.º, n.º 6, 30.º, n.º 2, alínea b), 31.º, n.º 1, e 32.º e não citam nenhum artigo para o pedido em si (https://www.loyensloeff.ch/en/news/rights-to-withdraw-consent-object-and-lodge-a-complaint-with-a-supervisory-authority-under-the-gdpr-and-dpa/ sobre a retirada; https://www.fidinam.com/en/blog/switzerland-right-access-key-element-data-protection sobre a oposição).</translation>
    </message>
    <message>
        <source>Which paragraph of Art. 32 lists deletion was not confirmed from the statute text; letters cite Art. 32 as a whole.</source>
        <translation>Não foi confirmado no texto da lei qual o número do art. 32.º que prevê o apagamento; as cartas citam o art. 32.º no seu conjunto.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a last day on a Saturday, Sunday or public holiday moves to the next working day (Code of Obligations Arts. 77-78; applying them to FADP periods is a reading).</source>
        <translation>Os dias contam-se a partir do dia seguinte ao da receção; um último dia que calhe a um sábado, domingo ou feriado passa para o dia útil seguinte (arts. 77.º-78.º do Código das Obrigações; aplicá-los aos prazos da FADP é uma interpretação).</translation>
    </message>
    <message>
        <source>The FADP sets no fixed extension: a controller that cannot answer within 30 days must tell you by when it will (DPO Art. 18(2)); record the date it gives.</source>
        <translation>A FADP não fixa nenhuma prorrogação: um responsável pelo tratamento que não possa responder no prazo de 30 dias tem de lhe indicar até quando o fará (art. 18.º, n.º 2, da Ordenança sobre a Proteção de Dados, DPO); registe a data que indicar.</translation>
    </message>
    <message>
        <source>30 days is the FADP period for access requests (Art. 25(7) FADP, DPO Art. 18); the sources give no period for this kind of request, so the date is a guide.</source>
        <translation>30 dias é o prazo da FADP para os pedidos de acesso (art. 25.º, n.º 7, da FADP, art. 18.º da DPO); as fontes não indicam nenhum prazo para este tipo de pedido, pelo que a data é indicativa.</translation>
    </message>
    <message>
        <source>California Consumer Privacy Act, as amended by the CPRA</source>
        <translation>California Consumer Privacy Act, as amended by the CPRA</translation>
    </message>
    <message>
        <source>California, United States</source>
        <translation>Califórnia, Estados Unidos</translation>
    </message>
    <message>
        <source>Know what is collected</source>
        <translation>Saber o que é recolhido</translation>
    </message>
    <message>
        <source>Know what is sold or shared and to whom</source>
        <translation>Saber o que é vendido ou partilhado e com quem</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Opt out of sale or sharing</source>
        <translation>Opt-out da venda ou partilha</translation>
    </message>
    <message>
        <source>Limit use and disclosure of sensitive personal information</source>
        <translation>Limitar a utilização e a divulgação de informações pessoais sensíveis</translation>
    </message>
    <message>
        <source>No discrimination for exercising rights</source>
        <translation>Não discriminação pelo exercício de direitos</translation>
    </message>
    <message>
        <source>Answer within 45 days</source>
        <translation>Resposta no prazo de 45 dias</translation>
    </message>
    <message>
        <source>Complain to the California Privacy Protection Agency</source>
        <translation>Apresentar reclamação à California Privacy Protection Agency</translation>
    </message>
    <message>
        <source>The California Attorney General also enforces the CCPA; private lawsuits are possible only for certain data breaches (Civ. Code § 1798.150).</source>
        <translation>O Procurador-Geral (Attorney General) da Califórnia também assegura a aplicação do CCPA; as ações judiciais de particulares só são possíveis em certas violações de dados (Civ. Code § 1798.150).</translation>
    </message>
    <message>
        <source>45 days means the date of receipt plus 45: the first day is excluded and a last day that is a holiday is excluded too (Code Civ. Proc. § 12).</source>
        <translation>45 dias significa a data de receção mais 45: exclui-se o primeiro dia e exclui-se também um último dia que seja feriado (Code Civ. Proc. § 12).</translation>
    </message>
    <message>
        <source>A last day on a Saturday, Sunday or holiday moves to the next day that is none of these: Code Civ. Proc. § 12a counts &quot;all day on Saturdays&quot; and the holidays of § 135 (which include every Sunday, Gov. Code § 6700(a)(1)) as holidays, for any period set by a statute or regulation.</source>
        <translation>Um último dia que calhe a um sábado, domingo ou feriado passa para o dia seguinte que não seja nenhum destes: o Code Civ. Proc. § 12a considera feriados, para qualquer prazo fixado por lei ou regulamento, «todo o dia aos sábados» e os feriados do § 135 (que incluem todos os domingos, Gov. Code § 6700(a)(1)).</translation>
    </message>
    <message>
        <source>Public holidays are California&apos;s state holidays as the holidays library lists them; the judicial holidays of Code Civ. Proc. § 135 and days a public office is closed (§ 12b) may differ and are not known to the app.</source>
        <translation>Os feriados são os feriados estaduais da Califórnia, tal como a biblioteca holidays os enumera; os feriados judiciais do Code Civ. Proc. § 135 e os dias em que um serviço público está encerrado (§ 12b) podem ser diferentes e a aplicação não os conhece.</translation>
    </message>
    <message>
        <source>The business may extend once by up to 45 days (90 in total) if it tells you why within the first 45 days (11 CCR § 7021(b)).</source>
        <translation>A empresa pode prorrogar o prazo uma única vez, no máximo por 45 dias (90 no total), se lhe indicar o motivo nos primeiros 45 dias (11 CCR § 7021(b)).</translation>
    </message>
    <message>
        <source>Business days skip Saturdays, Sundays and California holidays (reading: the regulations do not define business days).</source>
        <translation>Os dias úteis excluem sábados, domingos e feriados da Califórnia (interpretação: o regulamento não define dias úteis).</translation>
    </message>
    <message>
        <source>counting the day of receipt as day one, 11 CCR § 7021(b)</source>
        <translation>contando o dia da receção como primeiro dia, 11 CCR § 7021(b)</translation>
    </message>
    <message>
        <source>The deadline counts 45 days after the day of receipt (Code Civ. Proc. § 12); no CPPA statement on this detail was found.</source>
        <translation>O prazo é contado como 45 dias após o dia da receção (Code Civ. Proc. § 12); não foi encontrada nenhuma declaração da CPPA sobre este pormenor.</translation>
    </message>
    <message>
        <source>The business must stop selling or sharing as soon as feasibly possible and no later than 15 business days after receipt, and tell the third parties concerned (11 CCR § 7026(f)(1)).</source>
        <translation>A empresa tem de deixar de vender ou partilhar os dados logo que tal seja viável e, o mais tardar, 15 dias úteis após a receção, e informar os terceiros em causa (11 CCR § 7026(f)(1)).</translation>
    </message>
    <message>
        <source>11 CCR § 7026(f)(1) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>O 11 CCR § 7026(f)(1) fixa um limite de 15 dias úteis e não prevê nenhuma prorrogação.</translation>
    </message>
    <message>
        <source>The business must limit its use of your sensitive personal information within 15 business days of receipt (11 CCR § 7027(g)).</source>
        <translation>A empresa tem de limitar a utilização das suas informações pessoais sensíveis no prazo de 15 dias úteis a contar da receção (11 CCR § 7027(g)).</translation>
    </message>
    <message>
        <source>11 CCR § 7027(g) sets a fixed limit of 15 business days and provides no extension.</source>
        <translation>O 11 CCR § 7027(g) fixa um limite de 15 dias úteis e não prevê nenhuma prorrogação.</translation>
    </message>
    <message>
        <source>Virginia Consumer Data Protection Act</source>
        <translation>Virginia Consumer Data Protection Act</translation>
    </message>
    <message>
        <source>Virginia, United States</source>
        <translation>Virgínia, Estados Unidos</translation>
    </message>
    <message>
        <source>Consumer requests and responses</source>
        <translation>Pedidos dos consumidores e respostas</translation>
    </message>
    <message>
        <source>Enforcement by the Attorney General</source>
        <translation>Aplicação da lei pelo Procurador-Geral</translation>
    </message>
    <message>
        <source>The sources give this law&apos;s response period and regulator but do not list, state by state, which consumer rights (access, deletion, opt-out) it grants; check the statute before relying on a particular right.</source>
        <translation>As fontes indicam o prazo de resposta e a autoridade competente desta lei, mas não enumeram, estado a estado, que direitos dos consumidores (acesso, eliminação, opt-out) confere; verifique a lei antes de invocar um direito específico.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Virginia&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras da Virgínia sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo uma única vez por 45 dias, comunicando-lhe a prorrogação nos primeiros 45 dias.</translation>
    </message>
    <message>
        <source>Reported: the 60-day period for deciding an appeal comes from summaries; the text of the subsection was not retrieved.</source>
        <translation>Informação de fontes secundárias: o prazo de 60 dias para decidir um recurso provém de resumos; o texto da subsecção não foi obtido.</translation>
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
        <translation>Os procuradores distritais, além do Procurador-Geral, asseguram a aplicação da lei.</translation>
    </message>
    <message>
        <source>An authorized agent may opt out for you, including through a browser or device setting (C.R.S. § 6-1-1306(1)(a)(II)).</source>
        <translation>Um representante autorizado pode fazer o opt-out em seu nome, incluindo através de uma definição do navegador ou do dispositivo (C.R.S. § 6-1-1306(1)(a)(II)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Colorado&apos;s rules for computing time were not researched). The controller may extend by 45 days where reasonably necessary.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Colorado sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo por 45 dias quando tal for razoavelmente necessário.</translation>
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
        <translation>Se o recurso for indeferido, o responsável pelo tratamento tem de lhe indicar como apresentar reclamação ao Procurador-Geral.</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Connecticut&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Connecticut sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo uma única vez por 45 dias, comunicando-lhe a prorrogação nos primeiros 45 dias.</translation>
    </message>
    <message>
        <source>The controller must decide the appeal within 60 days of receiving it.</source>
        <translation>O responsável pelo tratamento tem de decidir o recurso no prazo de 60 dias a contar da sua receção.</translation>
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
        <translation>O Procurador-Geral assegura a aplicação da lei quando a Division of Consumer Protection lhe remete o caso (Utah Code § 13-61-402).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Utah&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you the length and reasons before the first period ends.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Utah sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo uma única vez por 45 dias, indicando-lhe a duração e os motivos antes de terminar o primeiro prazo.</translation>
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
        <translation>O Procurador-Geral tem de disponibilizar um mecanismo de reclamação em linha (Tex. Bus. &amp; Com. Code § 541.152).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Texas&apos;s rules for computing time were not researched). The controller may extend once by 45 days, telling you within the first 45 days.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Texas sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo uma única vez por 45 dias, comunicando-lhe a prorrogação nos primeiros 45 dias.</translation>
    </message>
    <message>
        <source>Oregon Consumer Privacy Act</source>
        <translation>Oregon Consumer Privacy Act</translation>
    </message>
    <message>
        <source>Oregon, United States</source>
        <translation>Oregon, Estados Unidos</translation>
    </message>
    <message>
        <source>Opt-out requests need no authentication (ORS § 646A.576(5)(e)); an authorized agent may opt out for you (ORS § 646A.576(4)).</source>
        <translation>Os pedidos de opt-out não exigem autenticação (ORS § 646A.576(5)(e)); um representante autorizado pode fazer o opt-out em seu nome (ORS § 646A.576(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Oregon&apos;s rules for computing time were not researched). The controller may extend by an additional 45 days if reasonably necessary, telling you within the first 45 days and explaining why (Section 4(5)(a) of the Act, ORS 646A.576).</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Oregon sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo por mais 45 dias, se tal for razoavelmente necessário, comunicando-lhe a prorrogação nos primeiros 45 dias e explicando porquê (secção 4(5)(a) da lei, ORS 646A.576).</translation>
    </message>
    <message>
        <source>The controller must approve or deny the appeal within 45 days of receiving it and, if it denies it, tell you how to complain to the Attorney General.</source>
        <translation>O responsável pelo tratamento tem de deferir ou indeferir o recurso no prazo de 45 dias a contar da sua receção e, se o indeferir, indicar-lhe como apresentar reclamação ao Procurador-Geral.</translation>
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
        <translation>Um representante autorizado pode fazer o opt-out em seu nome (Mont. Code § 30-14-2809).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Montana&apos;s rules for computing time were not researched). The controller may extend by 45 days, telling you within the first 45 days.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Montana sobre a contagem de prazos não foram investigadas). O responsável pelo tratamento pode prorrogar o prazo por 45 dias, comunicando-lhe a prorrogação nos primeiros 45 dias.</translation>
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
        <translation>Sem direito de ação de particulares (Iowa Code § 715D.8(4)).</translation>
    </message>
    <message>
        <source>Counted as calendar days after the day of receipt (reading: Iowa&apos;s rules for computing time were not researched). The statute-based sources say 90 days; one dataset says 45.</source>
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do Iowa sobre a contagem de prazos não foram investigadas). As fontes baseadas na lei indicam 90 dias; um conjunto de dados indica 45.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the ICDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a ICDPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>Contado em dias de calendário a partir do dia seguinte ao da receção (interpretação: as regras do estado sobre a contagem de prazos não foram investigadas).</translation>
    </message>
    <message>
        <source>The sources used do not say whether Indiana&apos;s law lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a lei do Indiana permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>As fontes utilizadas não indicam se a KCDPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>Uma revogação do consentimento tem de ser atendida no prazo de 15 dias.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the RIDTPPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a RIDTPPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>Em vigor o mais tardar em 2026; a data exata não foi verificada.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a NDPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>As fontes utilizadas não indicam se a DPDPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
    </message>
    <message>
        <source>New Hampshire data privacy law (NHDPA, RSA 507-H)</source>
        <translation>New Hampshire data privacy law (NHDPA, RSA 507-H)</translation>
    </message>
    <message>
        <source>New Hampshire, United States</source>
        <translation>Nova Hampshire, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NHDPA lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a NHDPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
    </message>
    <message>
        <source>New Jersey data privacy law (NJDPL)</source>
        <translation>New Jersey data privacy law (NJDPL)</translation>
    </message>
    <message>
        <source>New Jersey, United States</source>
        <translation>Nova Jérsia, Estados Unidos</translation>
    </message>
    <message>
        <source>The sources used do not say whether the NJDPL lets the controller extend this period; if it claims an extension, record it with the date it gives.</source>
        <translation>As fontes utilizadas não indicam se a NJDPL permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>As fontes utilizadas não indicam se a TIPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>As fontes utilizadas não indicam se a lei do Minnesota permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>As fontes utilizadas não indicam se a MODPA permite ao responsável pelo tratamento prorrogar este prazo; se este invocar uma prorrogação, registe-a com a data que indicar.</translation>
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
        <translation>Confirmação do tratamento e acesso</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>Anonymisation, blocking or deletion; deletion of data processed with consent</source>
        <translation>Anonimização, bloqueio ou eliminação; eliminação dos dados tratados com consentimento</translation>
    </message>
    <message>
        <source>Oppose processing based on a ground other than consent, where it does not comply with the LGPD</source>
        <translation>Opor-se a um tratamento baseado num fundamento diferente do consentimento, quando este não cumpra a LGPD</translation>
    </message>
    <message>
        <source>Requests are answered free of charge</source>
        <translation>Os pedidos são atendidos gratuitamente</translation>
    </message>
    <message>
        <source>Full statement within 15 days</source>
        <translation>Declaração completa no prazo de 15 dias</translation>
    </message>
    <message>
        <source>Petition the national authority (ANPD)</source>
        <translation>Apresentar petição à autoridade nacional (ANPD)</translation>
    </message>
    <message>
        <source>If the controller cannot act immediately, it must tell you that it is not the processing agent (naming it if possible) or give its reasons (Art. 18 § 4).</source>
        <translation>Se o responsável pelo tratamento não puder agir de imediato, tem de lhe comunicar que não é o agente de tratamento (indicando, se possível, qual é) ou apresentar os seus motivos (art. 18, § 4º).</translation>
    </message>
    <message>
        <source>Counted as 15 calendar days from the request; Brazilian rules for computing time were not researched, so weekends and holidays are not skipped.</source>
        <translation>Contado como 15 dias de calendário a partir do pedido; as regras brasileiras sobre a contagem de prazos não foram investigadas, pelo que os fins de semana e feriados não são excluídos.</translation>
    </message>
    <message>
        <source>The sources used do not say whether the LGPD lets the controller extend the 15 days.</source>
        <translation>As fontes utilizadas não indicam se a LGPD permite ao responsável pelo tratamento prorrogar os 15 dias.</translation>
    </message>
    <message>
        <source>15 days is the LGPD period for confirmation and access (Art. 19); a statutory period for other rights was not verified (one dataset uses 15 days for every LGPD request), so the date is a guide.</source>
        <translation>15 dias é o prazo da LGPD para a confirmação e o acesso (art. 19); não foi verificado um prazo legal para os outros direitos (um conjunto de dados aplica 15 dias a todos os pedidos ao abrigo da LGPD), pelo que a data é indicativa.</translation>
    </message>
    <message>
        <source>Personal Information Protection and Electronic Documents Act</source>
        <translation>Personal Information Protection and Electronic Documents Act</translation>
    </message>
    <message>
        <source>Canada (federal, private sector)</source>
        <translation>Canadá (federal, setor privado)</translation>
    </message>
    <message>
        <source>An access request is made in writing</source>
        <translation>O pedido de acesso é feito por escrito</translation>
    </message>
    <message>
        <source>Extension by at most 30 days, with notice, reasons and the right to complain</source>
        <translation>Prorrogação de 30 dias no máximo, com aviso, motivos e o direito de apresentar reclamação</translation>
    </message>
    <message>
        <source>No answer in time is a refusal</source>
        <translation>A falta de resposta dentro do prazo equivale a uma recusa</translation>
    </message>
    <message>
        <source>Access requests must be in writing (s. 8(1)); no answer in time counts as a refusal (s. 8(5)).</source>
        <translation>Os pedidos de acesso têm de ser feitos por escrito (s. 8(1)); a falta de resposta dentro do prazo é considerada uma recusa (s. 8(5)).</translation>
    </message>
    <message>
        <source>The PIPEDA section that gives the right to complain to the Commissioner is not in the sources used.</source>
        <translation>A secção da PIPEDA que confere o direito de apresentar reclamação ao Comissário da Privacidade não consta das fontes utilizadas.</translation>
    </message>
    <message>
        <source>Days count from the day after receipt; a limit that falls on a holiday moves to the next day that is not a holiday (Interpretation Act s. 26). Sunday is a holiday under s. 35(1); Saturday is not, so a limit on a Saturday does not move (reading of s. 35(1)).</source>
        <translation>Os dias contam-se a partir do dia seguinte ao da receção; um prazo que termine num feriado passa para o dia seguinte que não seja feriado (Interpretation Act s. 26). O domingo é feriado nos termos da s. 35(1); o sábado não é, pelo que um prazo que termine num sábado não passa para outro dia (interpretação da s. 35(1)).</translation>
    </message>
    <message>
        <source>The organisation may extend by at most 30 days, telling you within the first 30 days with the new limit, its reasons and your right to complain (s. 8(4)).</source>
        <translation>A organização pode prorrogar o prazo por 30 dias no máximo, comunicando-lhe, nos primeiros 30 dias, o novo prazo, os motivos e o seu direito de apresentar reclamação (s. 8(4)).</translation>
    </message>
    <message>
        <source>30 days is the PIPEDA period for access requests (s. 8(3)).</source>
        <translation>30 dias é o prazo da PIPEDA para os pedidos de acesso (s. 8(3)).</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation>O meu trabalho criativo ou profissional</translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation>Os meus conteúdos revelam a minha vida privada</translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation>Sigilo profissional</translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation>Proteção contra assédio</translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation>Conteúdos da minha infância</translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation>só os dados utilizados para treino de IA</translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation>todos os meus dados (encerra a conta)</translation>
    </message>
    <message>
        <source>no complete answer by its deadline</source>
        <translation>sem resposta completa dentro do prazo</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>answered only in part</source>
        <translation>respondido apenas em parte</translation>
    </message>
    <message>
        <source>asked for more information</source>
        <translation>foram pedidas mais informações</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Os seus direitos</translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation>Após um pedido anterior</translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation>Reclamações a uma autoridade</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation>; não está publicado nenhum e-mail de privacidade</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>o seu nome</translation>
    </message>
    <message>
        <source>your country</source>
        <translation>o seu país</translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation>Uma carta é assinada com o seu nome e fundamentada na lei do país onde vive: que direitos tem, quem responde e até quando. Adicione ao seu perfil {missing} e a página sugere o pedido adequado a cada plataforma.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation>Primeiro, quem é e onde vive</translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation>Abrir Definições &gt; Perfil</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Escolha uma plataforma</translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation>Escolha uma lei</translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation>A sua situação, por palavras suas</translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation>Plataformas a que escrever de uma vez</translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation>Formato de ficheiro das cartas</translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation>Escolha uma plataforma, uma lei e um pedido: a carta aparece aqui.</translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation>Editar &amp;texto</translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation>Alterar o texto da carta antes de a guardar ou enviar</translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation>Uma carta ao abrigo de outra lei só é útil se essa lei se aplicar ao seu caso.</translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation>A lei do local onde vive, segundo o seu perfil.</translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation>Onde vive, aplica-se a lei {law}; uma carta ao abrigo de outra lei só é útil se essa lei se aplicar ao seu caso.</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Sugerido: {reason}</translation>
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
        <translation>Escreva um pedido com fundamento legal: uma oposição ao treino de IA, um pedido de acesso, de apagamento, a retirada do consentimento ou um opt-out ao abrigo do CCPA. Se quiser, edite o texto e, depois, guarde-o ou envie-o.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation>e-mail, nome de utilizador ou URL do perfil</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation>Porque é sugerido este pedido</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma da carta</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation>Conforme indicado pelo destinatário</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>A sua situação</translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation>por palavras suas (opcional)</translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation>todos os meus dados (predefinição)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Que dados</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation>Pedido anterior enviado em</translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation>Tipo do pedido anterior</translation>
    </message>
    <message>
        <source>It was a</source>
        <translation>Tratava-se de</translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation>nome e contacto da pessoa que autoriza</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation>o que está errado e o que está certo</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retificação</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>o que aconteceu (opcional)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation>Várias plataformas de uma vez</translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation>Assinale as plataformas; cada uma recebe a sua própria carta do tipo escolhido.</translation>
    </message>
    <message>
        <source>Open profile &amp;settings</source>
        <translation>A&amp;brir as definições do perfil</translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation>Guardar também cada carta como pedido</translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation>Guarda cada carta gerada na página Pedidos, como rascunho</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto da carta</translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation>As suas alterações são mantidas. As alterações à esquerda já não modificam o texto.</translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation>Copiar o assunto e a carta para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation>&amp;Lei</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Pe&amp;dido</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation>Envia&amp;r por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Generate into f&amp;older…</source>
        <translation>Gerar para pa&amp;sta…</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>Descartar &amp;alterações</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation>Guardar a carta como ficheiro .{format}</translation>
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
        <translation>&amp;Guardar como pedido</translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation>Guarda esta carta, com as suas alterações, na página Pedidos, como rascunho</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Abrir no e-mail</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation>Nenhum programa de e-mail foi aberto: nenhum está configurado para ligações de e-mail neste computador. Escreva para este endereço a partir do seu webmail; «Copiar carta» copia o assunto e o texto.</translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation>Abrir formulário web</translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation>plataforma desconhecida: {platform}</translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation>o pedido {id} ({reference}) ainda é um rascunho; registe primeiro quando o enviou</translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation>o tipo de pedido {type} não pode ser redigido ao abrigo da lei {law}</translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation>Não guardado: {file} já existe.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado: {path}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o ficheiro?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation>{file} já existe em {folder}. Substituí-lo por esta carta?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation>Guardado como pedido {id} ({reference}), em rascunho. Encontra-o na página Pedidos; registe aí quando o enviar: é a partir desse momento que corre o prazo.</translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation>Cartas escritas em {folder}: {letters}.</translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation>Guardados: {requests} (página Pedidos).</translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation>Assunto e carta copiados.</translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation>Não se conhece nenhum endereço de e-mail para esta carta: foi copiada; cole-a no seu programa de e-mail.</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation>A carta é demasiado longa para uma ligação de e-mail: foi copiada; cole-a no seu programa de e-mail.</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation>Entregue ao seu programa de e-mail: verifique se a nova mensagem abriu e, depois, envie-a.</translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation>A carta foi copiada; cole-a no formulário web que abriu.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não indicado)</translation>
    </message>
    <message>
        <source>The letter appears here once the problem below is solved.</source>
        <translation>A carta aparece aqui assim que o problema indicado abaixo estiver resolvido.</translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation>Para {recipient}: {how} · resposta devida até {date}</translation>
    </message>
    <message>
        <source>To {recipient}: {how}</source>
        <translation>Para {recipient}: {how}</translation>
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
        <translation>Mensagem de e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Guardar carta</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Pasta para as cartas</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation>&amp;Exportar pedidos</translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation>Como &amp;folha de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation>Com todos os &amp;detalhes e cronologias (JSON)…</translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation>Como &amp;calendário de prazos (iCalendar)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Criar &amp;cópia de segurança…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar cópia de segurança…</translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation>&amp;Guardar carta como pedido</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Guardar carta como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Procurar nesta página</translation>
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
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>C&amp;artas</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>P&amp;edidos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation>&amp;Acerca do Opt-Out Assistant</translation>
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
        <translation>Painel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation>{overdue}: a plataforma não cumpriu o prazo legal. Abra Pedidos para enviar uma insistência ou apresentar reclamação.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation>Marcar {reference} como enviado</translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation>O prazo legal conta a partir do dia em que a empresa recebeu o seu pedido.</translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation>O dia em que a empresa recebeu o seu pedido: o prazo conta a partir dele</translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation>opcional, p. ex. número do registo postal</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation>Recebido pela empresa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar como enviado</translation>
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
            <numerusform>Estimativa: %n dia útil após a expedição, segundo o padrão de entrega publicado para o correio nacional. Corrija-o quando souber o dia.</numerusform>
            <numerusform>Estimativa: %n dias úteis após a expedição, segundo o padrão de entrega publicado para o correio nacional. Corrija-o quando souber o dia.</numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation>Não se conhece nenhum prazo de entrega publicado para o percurso desta carta, pelo que o dia de envio é utilizado como estimativa. Corrija-o quando souber o dia.</translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation>O e-mail, os formulários web e os pedidos na aplicação chegam à empresa no próprio dia do envio.</translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation>O prazo contará a partir do dia que introduziu.</translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation>Nada foi aberto: nenhum programa está configurado para este tipo de ficheiro. Copie o caminho e abra-o manualmente.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar a ligação para a área de transferência</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation>Nada foi aberto: este computador não tem nenhum programa configurado para abrir esta ligação. Copie a ligação e abra-a no navegador.</translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation>Colar a resposta a {reference}</translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation>Colar uma resposta</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation>Cole a resposta da empresa. Inclua os cabeçalhos (De, Assunto, Data) se o seu programa de e-mail os mostrar.</translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation>Cole a resposta da empresa. Inclua os cabeçalhos (De, Assunto, Data) se o seu programa de e-mail os mostrar: a referência no assunto permite encontrar o pedido.</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto da resposta</translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation>Adicionar resposta</translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation>Assinale na lista à esquerda as plataformas que utiliza. Para cada uma, verá, passo a passo, as definições de treino de IA existentes onde vive e poderá marcá-las como concluídas. Onde não existir nenhuma definição, a aplicação ajuda a escrever uma carta.</translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation>Utilizo {platform}</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation>Cada uma das suas contas nesta plataforma tem as suas próprias definições</translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation>O catálogo não tem informações sobre treino de IA para: {region}.</translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation>Nenhuma ação necessária: {platform} declara que não treina IA com os seus dados. Verifique de novo quando a sua política mudar.</translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation>«{quote}» — {who}, consulta em {date}</translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation>Treino com dados dos utilizadores nesta região desde {date}</translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation>Dados utilizados: {data}</translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation>Fundamento jurídico invocado por {platform}: {basis}</translation>
    </message>
    <message>
        <source>What {platform} does with your data, and which controls you have, depends on where you live: set your country in Settings &gt; Profile. Until then every control is listed with the regions where it exists.</source>
        <translation>O que {platform} faz com os seus dados, e os controlos de que dispõe, dependem do local onde vive: indique o seu país em Definições &gt; Perfil. Até lá, cada controlo é apresentado com as regiões onde existe.</translation>
    </message>
    <message>
        <source>Add &amp;account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation>{progress} · controlos existentes em: {region}</translation>
    </message>
    <message>
        <source>{progress} · every region&apos;s controls (no country set)</source>
        <translation>{progress} · controlos de todas as regiões (país não indicado)</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} não oferece nenhuma definição de treino de IA nesta região ({region}). Uma carta de pedido (uma oposição ou, na Califórnia, um opt-out ao abrigo do CCPA) é a forma de dizer que não.</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in any region the catalogue covers. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation>{platform} não oferece nenhuma definição de treino de IA em nenhuma região abrangida pelo catálogo. Uma carta de pedido (uma oposição ou, na Califórnia, um opt-out ao abrigo do CCPA) é a forma de dizer que não.</translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation>Escrever uma carta…</translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation>Definições que não são opt-outs do treino de IA</translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation>{control}: {note}</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Alterações de política</translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation>{kind}, consulta em {date}</translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation>(facto verificado mais antigo: {date})</translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation>(ainda nenhuma citada)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation>De onde vêm as informações desta página</translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation>As definições, os passos e as notas da plataforma são citados do catálogo, em inglês.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation>Um nome para a sua outra conta {platform} (p. ex. trabalho):</translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation>Conta não adicionada</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation>Tal como deve aparecer nas suas cartas</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Rua e número
Código postal e localidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-m&amp;ail</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Morada</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Idioma das cartas</translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation>Estado federado (Land)</translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation>Serão aplicadas as leis e as definições de opt-out de: {region}.</translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation>Aplicam-se as definições de opt-out oferecidas a todos os utilizadores; a aplicação ainda não conhece nenhuma lei de proteção de dados para o seu país.</translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation>O seu país determina que leis e definições de opt-out se aplicam.</translation>
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
        <translation>As suas cartas são assinadas com estes dados. O seu país determina que leis e definições de opt-out se aplicam em toda a aplicação.</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Repor</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation>Os seus dados estão guardados em {folder} e nunca saem deste computador, a menos que envie uma carta.</translation>
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
        <translation>o dia do envio</translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation>a data que introduziu</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimada</translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation>a data de envio, registada antes de as datas de receção serem guardadas</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation>Verificação insuficiente</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sem correspondência</translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation>Pedido não abrangido</translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation>Fora da jurisdição</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiados pedidos</translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation>Suspeita de fraude</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
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
        <translation>Suíça</translation>
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
        <translation>Outro local</translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation>O que diz a resposta a {reference}?</translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation>Registe o que a empresa respondeu, para que o prazo e o passo seguinte se ajustem.</translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation>Satisfaz o pedido</translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation>Satisfaz parte do pedido</translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation>Recusa o pedido</translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation>Pede identificação ou mais informações</translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation>Prorroga o prazo</translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation>O que diz a resposta</translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation>Guardar só a resposta (ainda nada decidido)</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motivo da recusa</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>A resposta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation>Sugerido a partir do texto da resposta: verifique-o antes de o registar.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registar</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation>{requests} em atraso</translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation>; corrija-a quando souber</translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation>Guardado como rascunho</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation>Ainda não tem pedidos. Quando uma plataforma não oferece uma definição para parar o treino de IA, escreva uma carta na página Cartas e guarde-a como pedido. A aplicação acompanha então o prazo legal, avisa quando está em atraso e indica o passo seguinte: uma insistência ou uma reclamação à autoridade de proteção de dados.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todos os pedidos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Prazo dentro de %n dia</numerusform>
            <numerusform>Prazo dentro de %n dias</numerusform>
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
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation>Pesquisar referência, plataforma, tipo, destinatário, notas</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Pesquisar pedidos</translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation>Adiciona a resposta de uma empresa ao pedido indicado no respetivo assunto</translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation>Colunas: clique numa para ordenar por ela</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo seguinte</translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation>Registar a data de envio, para que o prazo comece a correr</translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation>Ou largue aqui o ficheiro .eml ou .txt da resposta.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation>Carta enviada</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an attachment</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation>Abrir o anexo selecionado (ou fazer duplo clique)</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>O que aconteceu (opcional)</translation>
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
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>Enviar por e-&amp;mail…</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>Escrever uma &amp;carta</translation>
    </message>
    <message>
        <source>&amp;Import reply…</source>
        <translation>&amp;Importar resposta…</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>&amp;Já enviei…</translation>
    </message>
    <message>
        <source>Write &amp;reminder</source>
        <translation>E&amp;screver insistência</translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation>Adicionar &amp;resposta…</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>&amp;Anexar ficheiro…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Re&amp;gistar</translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation>Regis&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
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
        <translation>Nenhum pedido corresponde aos filtros.</translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation>{platform}: {request} ({reference})</translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation>Passo seguinte: {advice}</translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation>Para: {recipient}
Assunto: {subject}</translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation>Anexos ({number})</translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation>Estado: {status} · Lei: {law}</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Enviado em {date}</translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation>receção confirmada em {date}</translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation>receção a confirmar até {date}</translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation>Prazo contado a partir da receção em {date}</translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Prazo: {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>prorrogado até {date}</translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation>Anexar ficheiros a este evento</translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation>De um ficheiro (.eml, .txt)…</translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation>Colar o texto…</translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation>Escolher a resposta</translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation>Respostas (*.eml *.txt);;Todos os ficheiros (*)</translation>
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
        <translation>Envio</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviado</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation>Enviar o pedido {reference}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Para: {recipient}</translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation>não se conhece nenhum endereço de e-mail</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Assunto: {subject}</translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation>Estado do pedido: {status} (enviado em {date}).</translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation>Estado do pedido: {status}.</translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation>Enviar pela aplicação</translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation>Anexar a carta em PDF</translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation>Enviar-me uma cópia</translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation>palavra-passe da sua conta de e-mail</translation>
    </message>
    <message>
        <source>Cance&amp;l sending</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation>O envio de e-mail não está configurado: introduza o seu servidor de e-mail em Definições &gt; E-mail.</translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation>Através de {server}, a partir de {sender}.</translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation>Enviar-me uma cópia ({sender})</translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation>Ou enviar manualmente</translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation>Abra a mensagem no seu programa de e-mail ou guarde-a para a enviar ou imprimir; depois, indique à aplicação que a enviou.</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir no programa de e-mail</translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation>Nenhum programa de e-mail foi aberto: nenhum está configurado para ligações de e-mail neste computador. Guarde o ficheiro .eml e abra-o, ou escreva para este endereço a partir do seu webmail.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar agora</translation>
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
        <translation>Já enviei…</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>A enviar para {recipient}…</translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation>Enviado para {recipient} em {date}.</translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation>A resposta é devida até {date}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation>a carta é demasiado longa para uma ligação de e-mail; guarde o ficheiro .eml e abra-o no seu programa de e-mail</translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Entregue ao seu programa de e-mail: verifique se a mensagem abriu. Depois de a enviar, clique em «Já enviei» para que o prazo comece a correr.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Guardar o e-mail</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Mensagem de e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar a carta em PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation>Guardado: {path}. Depois de o enviar, clique em «Já enviei» para que o prazo comece a correr.</translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation>Marcado como enviado em {date}.</translation>
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
        <translation>Lei</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation>a própria página da plataforma</translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation>uma autoridade de proteção de dados</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>um tribunal</translation>
    </message>
    <message>
        <source>a company record</source>
        <translation>um registo comercial</translation>
    </message>
    <message>
        <source>the press</source>
        <translation>a imprensa</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Receção confirmada</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prorrogado</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Faltam informações</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfeito</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Parcialmente satisfeito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Reclamação apresentada</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation>Atualização do catálogo</translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation>Alterações nesta atualização</translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation>{events}: os opt-outs que já fez nestas plataformas serão marcados como «verificar de novo».</translation>
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
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation>Deixar este para mais tarde</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>Fei&amp;to</translation>
    </message>
    <message>
        <source>&amp;Write a letter</source>
        <translation>&amp;Escrever uma carta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation>{platform} ({account})</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation>Passo {number} de {total} · {platform}</translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation>{platform}: sem definição aqui</translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation>{platform} não oferece nenhuma definição de treino de IA onde vive. Isso não significa que tenha de o aceitar: uma carta de pedido (uma oposição ao abrigo do RGPD ou um opt-out ao abrigo de uma lei estadual dos EUA) obriga a plataforma a responder dentro de um prazo legal.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation>Verificar de novo: {reason}</translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation>Este controlo funciona por e-mail: envie a mensagem descrita acima.</translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation>Abrir definição</translation>
    </message>
    <message>
        <source>Open form</source>
        <translation>Abrir formulário</translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation>Tudo feito por agora</translation>
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
        <translation>{progress} nas plataformas que utiliza.</translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation>Feitos agora mesmo</translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation>Deixados para mais tarde</translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation>Precisam de carta (sem definição onde vive)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation>{when}: {platform}, {control}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation>Boas-vindas ao Opt-Out Assistant</translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation>Plataformas como o LinkedIn, o Instagram e o ChatGPT utilizam o que publica e escreve para treinar modelos de IA, muitas vezes a menos que diga que não. Esta aplicação ajuda a dizer que não: apresenta, passo a passo, as definições de opt-out de cada plataforma, escreve cartas de pedido ao abrigo do RGPD e do CCPA onde não existe nenhuma definição e acompanha cada resposta e cada prazo legal.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation>Tudo fica neste computador, em
{folder}
A aplicação só se liga à Internet quando lhe é pedido (para enviar um e-mail, por exemplo).</translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation>Indique à aplicação quem é. As suas cartas são assinadas com estes dados e o seu país determina que leis e definições se aplicam. Pode alterá-los mais tarde em Definições &gt; Perfil.</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Saltar por agora</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Guardar e começar</translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation>Pode preencher o perfil mais tarde nas Definições</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
</context>
</TS>
