<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>About</name>
    <message>
        <source>loaded from a folder given with --catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with the app, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalogue} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalogue}, {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalogue}, {files} skipped as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-contained bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop platforms from training AI on your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). You may share and change this program under its terms. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions of the app, Python, Qt and your system, for a bug report. Nothing about you or your requests is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your bug report; it holds nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Send the letter, then record the date you sent it so the deadline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the reply: {left} (deadline {deadline}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources used do not say whether {law} lets the company extend it, so the app keeps this deadline; note the date the company gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They should have confirmed receipt by {date}: you may send a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days}: send a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal. The sources used give no period for the company&apos;s answer, so the app cannot date an appeal letter; write to the company, record its answer, then complain to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal to the company first: {law} gives an appeal, which the company must decide within {period} of receiving it. If it denies the appeal, complain to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complain to the company first: under {law} you may complain to the controller itself ({citation}), and the regulator expects this step before a complaint to it. If its answer does not settle the matter, complain to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a complaint with {authority}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a complaint with {authority} (the authority where you live), or with {alternative}, the lead authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a complaint; first, {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly fulfilled: send a reminder that lists what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint filed: record the authority&apos;s replies here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint filed on {date}: record the authority&apos;s replies here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: fulfilled. Keep the reply as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: fulfilled on {date}. Keep the reply as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days}, reminded on {date}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused ({reason}): if you disagree, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company asked for more information: send it, note what you sent, then record their next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it asks for proof of your identity, write a reply to the demand for ID: it sets out what {law} allows the company to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for insufficient verification: write a reply to the demand for ID, which sets out what {law} allows the company to ask; send what it may ask for, then record the request as reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused for insufficient verification: send the identity information they ask for, then record the request as reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open your data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogSettings</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue lists every platform&apos;s AI-training controls and addresses. Updates are signed by the project and checked before they are installed. The app goes online only when you click a button here or turn on the weekly check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to shipped catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every web address in the catalogue for dead, redirected and slow links. This contacts each platform&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the update address first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a catalogue update...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update was not installed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the installed update: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue shipped with the app is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The link check failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The catalogue of {catalog} is available. Its signature and every platform entry were checked. Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalog}, installed {installed}. The catalogue shipped with the app stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed update is not used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue of {catalog} is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the catalogue of {catalog}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue update: {catalog}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue shipped with the app: {catalog}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing and blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the platform&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{done} of {controls} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {due} to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalogue update on {arrived} brought a policy change of {platform} dated {date}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} changed its policy on {date}, after you did this: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {days} ago; platforms change or re-enable settings, so check it every {interval}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: no source quoted for this yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {who}, read {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk me through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through every control of the platforms you use, one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk me through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ones I use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show platforms of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show platforms with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the platforms you use; Space ticks the one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the platforms you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} · {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platforms picked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again ({controls}): {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this platform from your list? Your progress on it will be forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First tick the platforms you use in the list on the left; then the walk-through takes you through each of their AI-training settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chooser</name>
    <message>
        <source> ({citation})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the sources give no {law} article for this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {platform}&apos;s own form &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {platform}&apos;s own email address &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {platform}&apos;s own setting &quot;{control}&quot; is quicker, and the letter gives you a dated record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targeted advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiling for decisions with legal or similarly significant effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so withdraw it{under}{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests for AI training, which you can object to{under}{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} names a contract as its basis for AI training, where an objection may not apply, so ask what data it uses and why{under}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not say on which legal basis it trains AI, so ask what it uses your data for{under}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object at the same time{under} in case {platform} relies on legitimate interests{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-out of sale or sharing{under} stops {platform} selling or sharing your personal information with third parties, including for their AI training; it does not stop {platform} training its own AI on your data. A browser sending Global Privacy Control opts you out of sale and sharing too (Civ. Code § 1798.135; 11 CCR § 7025){quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to limit the use of sensitive personal information{under} reaches {platform}&apos;s own use, including its AI training, but only of sensitive information (such as precise location, health or the contents of your messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to delete{under} asks {platform} to delete the personal information it collected from you, so that it can no longer train on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({section})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers {purposes} only; it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-out under the {law}{under} covers what that law grants (the sources used do not say which of sale, targeted advertising and profiling); it does not stop {platform} training its own AI on your data{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion request under the {law}{under} asks {platform} to delete personal data about you, which also keeps it out of {platform}&apos;s own AI training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} says it trains AI with your consent, so revoke it{under}{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then ask {platform} to delete the data it processed with your consent{under}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} relies on legitimate interests, not on your consent, for AI training, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not say that it trains AI with your consent, so oppose the processing{under}: the LGPD allows this where processing without consent does not comply with the law, and the request is free of charge{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {platform} at the same time for the origin, criteria and purpose of its use of your data{under}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIPEDA rights in the sources include no objection to AI training, so ask {platform} in writing what it holds about you and how it uses it{under}{quicker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits; use {platform}&apos;s own settings where they exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your country in your profile to see which requests fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your US state in your profile: privacy laws in the US are state laws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows no privacy law for {place}, so no legal request fits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlCard</name>
    <message>
        <source>your data is used unless you act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not undo past training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform confirms by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{control}, {platform} account {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: still off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You looked again and the setting is still off; the re-check clock restarts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (for example: done in the app on my phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {date}; check again by {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new policy event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running. If something looks wrong, save your work and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where it happened was written to the log file (without your data):
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedData</name>
    <message>
        <source>Your data cannot be opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your data from {time} is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your data is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it? The damaged data is kept in the backups folder too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore that copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy is kept in the backups folder. If you made a backup file, restore it; the damaged data is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not work: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These catalogue files could not be read and were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {country} ({region} rules apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your country in Settings &gt; Profile so the app can show the rules that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{standing} {platform}, {request} (due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check_again} {platform}, {control} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters still need your {fields} (Settings &gt; Profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Where a platform offers no switch, write a letter on the Letters page and keep it here to follow its legal deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests} — {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have not picked any platforms yet. Open the checklist, tick the platforms you use, and the app shows how to switch off AI training on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} on {platforms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No switch where you live, a letter is the way: {platforms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full detail with timelines (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of deadlines (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer. Export your requests for a spreadsheet or a calendar, keep a backup of everything, or restore one. Files written here hold personal data: only you can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with your profile, settings (never passwords), checklist, requests with their timelines, and attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore keeps the data it replaces in the backups folder; older copies beyond this number are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies kept before a restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {requests} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}. It holds your personal data: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all your data (profile, settings, checklist, requests) with the backup in {file}? The data there now is kept in {folder} first; that folder keeps the newest {copies}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {file}: {requests}, {accounts}, {attachments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data that was there is kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {copies}; the backups folder keeps the newest {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {name} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-Out Assistant backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Date</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed {days} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineNote</name>
    <message>
        <source>Public holidays: the bank holidays of England; Scotland and Northern Ireland have different ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of Germany; the Länder have further holidays of their own, which are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays: the nationwide holidays of {country}; regional holidays are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays: Sundays and the days named in s. 35(1) of the Interpretation Act (New Year&apos;s Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, National Day for Truth and Reconciliation, Remembrance Day, Christmas Day); provincial and municipal holidays and days fixed by proclamation also count there but are not in this calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll-forward for public holidays was applied because the controller&apos;s country is unknown: a deadline on a public holiday there would move to the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays and Sundays still move it, as the counting rule says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday}), so the deadline moves to {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is a Saturday, so the deadline moves to {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is a Sunday, so the deadline moves to {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a reminder, give the date your original request was received: the deadline shown is that request&apos;s deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reading} The other reading ({label}) gives {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailSettings</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests from the app through your own mail account. Your provider&apos;s help pages list these settings (often under “SMTP” or “other mail programs”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only for a mail server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (SMTP host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s password store (keyring), never in the app&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable password store (keyring), so the app cannot save your password. You can keep it in memory until the app closes; you will type it again next time. Without a password the app still works: send letters from your own mail program instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in memory until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved password from the keyring (or from memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keyring; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory until the app closes; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Tick “Keep the password in memory” to use it until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}:{port}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to {address}. Check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unexpected error: {name}; details are in the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add it in Settings &gt; Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; choose a law, or set your country in Settings &gt; Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: enter your mail server in Settings &gt; Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: enter it in Settings &gt; Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; move it away, then start the app again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: select that request, then use its Add reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {id} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request has the id or reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required for a .{format} letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for SMTP user {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists already; choose another file name or agree to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data directory {path} already holds data; restore into an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request with the reference {reference} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {reference} was changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email sending is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law is required: no law is known for your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this front end cannot draw a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The app speaks the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>Set your country in Settings &gt; Profile to see the law that protects you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app knows no data-protection law for {place} yet. You can still use the checklist, and write to platforms under the law of the place where they are established (for example the GDPR for a company in the EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due within {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {period} with an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt to be confirmed within {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date} (at the latest {extended} if extended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request sent today must be answered by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company must decide it within {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sources used give no period for the company&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law gives you an appeal to the company if it refuses or does not act: {answer}. The app suggests appealing before complaining to the regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to complain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law&apos;s name, periods, rights and notes are quoted from the app&apos;s sourced legal reference, in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country (and, in the US, your state) decides which data-protection law the app uses for your letters and deadlines. Change it in the Profile tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>My creative or professional work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My private life shows in my content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection from harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content from my childhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only data used for AI training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all my data (closes the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an earlier request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints to an authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>; no privacy email is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter is signed with your name and grounded in the law of the country you live in: which rights you have, who answers, and by when. Add {missing} to your profile, and the page will suggest the request that fits each platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, who you are and where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms to write to at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format of the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform, a law and a request: the letter appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the letter&apos;s wording before you save or send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter under another law helps only if that law covers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law where you live, from your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you live, the {law} applies; a letter under another law helps only if it covers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a legally grounded request: an objection to AI training, access, erasure, withdrawal of consent, or a CCPA opt-out. Edit the text if you like, then save or send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email, user name or profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this request is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the recipient offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your own words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all my data (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and contact of the person you authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is wrong, and what is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several platforms at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick platforms; each gets its own letter of the chosen type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate into folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save each letter as a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps every generated letter on the Requests page as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept. Changes on the left no longer alter the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject and the letter to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as a .{format} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .{format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this letter, with your edits, on the Requests page as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Write to this address from your webmail; “Copy letter” copies the subject and the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown platform {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {id} ({reference}) is still a draft; record when you sent it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request type {type} cannot be written under {law}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {file} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this letter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as request {id} ({reference}), a draft. Find it on the Requests page, and record there when you send it: that starts the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {letters} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests} saved (Requests page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and letter copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has no known email address: it is copied, paste it into your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is too long for a mail link: it is copied, paste it into your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the new message opened, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is copied; paste it into the web form that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The requests&apos; names and descriptions are from the law reference, in English.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {recipient}: {how} · answer due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full &amp;detail with timelines (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;calendar of deadlines (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save letter as request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Opt-Out Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue}: the platform missed its legal deadline. Open Requests to send a reminder or complain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark {reference} as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal deadline counts from the day the company received your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the company got your request: its deadline counts from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. registered letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{standard}
Source: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No published delivery time is known for this letter&apos;s route, so the day you sent it is used as an estimate. Correct it when you know the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, web forms and in-app requests reach the company the day they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline will count from the day you entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenLinkRow</name>
    <message>
        <source>Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened: this computer has no program set up to open this link. Copy the link and open it in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteReplyDialog</name>
    <message>
        <source>Paste the reply to {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the company&apos;s reply. Include the headers (From, Subject, Date) if your mail program shows them: the reference in the subject finds the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDetail</name>
    <message>
        <source>Tick the platforms you use in the list on the left. For each one you will see the AI-training settings that exist where you live, step by step, and you can mark them done. Where no setting exists, the app helps you write a letter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of your accounts on this platform has its own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your region (set your country in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no information on AI training for {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed: {platform} states that it does not train AI on your data. Check again when its policy changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” — {who}, read {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on users&apos; data here since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used: {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis {platform} claims: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · controls that exist in {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting in {region}. A request letter (an objection, or a CCPA opt-out in California) is the way to say no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that are not AI-training opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{control}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, read {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(oldest verified fact: {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none quoted yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the facts on this page come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s settings, steps and notes are quoted from the catalogue, in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for your other {platform} account (e.g. work):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>As it should appear on your letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal state (Land)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laws and opt-out settings for {region} will apply to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out settings offered to all users will apply; the app knows no data-protection law for your country yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country decides which laws and opt-out settings apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letters are signed with these details. Your country decides which laws and opt-out settings apply everywhere in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is stored in {folder} and never leaves this computer unless you send a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>the day it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date you entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the send date, recorded before receipt dates were kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Insufficient verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>{state} (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyOutcomeDialog</name>
    <message>
        <source>What does the reply to {reference} say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the company answered, so the deadline and the next step follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It grants the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It grants part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for ID or more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It extends the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reply says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reply only (nothing decided yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the reply&apos;s text: check it before you record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{requests} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; correct it when you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no requests yet. When a platform offers no switch to stop AI training, write a letter on the Letters page and save it as a request. The app then keeps its legal deadline, reminds you when it is overdue, and tells you the next step: a reminder, or a complaint to the data protection authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, platform, type, recipient, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company&apos;s reply to the request named in its subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: click one to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date you sent it, so the deadline starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop the reply&apos;s .eml or .txt file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected attachment (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: {request} ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {recipient}
Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · Law: {law}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt to be confirmed by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline counted from receipt on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file (.eml, .txt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (*.eml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send request {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is {status} (sent on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password for your mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sending is not set up: enter your mail server in Settings &gt; Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through {server} from {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy to me ({sender})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or send it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in your mail program, or save it to send or print; then tell the app you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened: none is set up for mail links on this computer. Save the .eml and open it, or write to this address from your webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {recipient} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is due by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter is too long for a mail link; save the .eml and open it in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to your mail program: check that the message opened. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}. When you have sent it, click “I sent it” so the deadline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked sent on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>the platform&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data protection authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the press</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Catalogue update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events}: opt-outs you already did on these platforms will be marked &quot;check again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughDialog</name>
    <message>
        <source>Walk me through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this one for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} ({account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {total} · {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: no switch here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} offers no AI-training setting where you live. That does not mean you have to accept it: a request letter (an objection under the GDPR, or an opt-out under US state law) makes the platform answer within a legal deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one works by email: send the message described above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: {platform}, {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} across the platforms you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need a letter (no switch where you live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {platform}, {control}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opt-Out Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms such as LinkedIn, Instagram and ChatGPT use what you post and type to train AI models, often unless you say no. This app helps you say no: it walks you through each platform&apos;s opt-out settings, writes GDPR and CCPA request letters where no setting exists, and keeps track of every answer and legal deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, in
{folder}
The app only goes online when you ask it to (to send an email, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the app who you are. Your letters are signed with these details, and your country decides which laws and settings apply. You can change them later in Settings &gt; Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can fill in your profile later in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
