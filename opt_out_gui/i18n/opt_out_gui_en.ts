<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogSettings</name>
    <message numerus="yes">
        <source>{done} of %n link(s)</source>
        <translation>
            <numerusform>{done} of %n link</numerusform>
            <numerusform>{done} of %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
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
            <numerusform>%n control</numerusform>
            <numerusform>%n controls</numerusform>
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
            <numerusform>%n new policy event</numerusform>
            <numerusform>%n new policy events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft request(s)</source>
        <translation>
            <numerusform>%n draft request</numerusform>
            <numerusform>%n draft requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cop(y/ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out control(s)</source>
        <translation>
            <numerusform>%n opt-out control</numerusform>
            <numerusform>%n opt-out controls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n error(s) so far; this is the latest.</source>
        <translation>
            <numerusform>%n error so far; this is the latest.</numerusform>
            <numerusform>%n errors so far; this is the latest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>and %n more overdue</source>
        <translation>
            <numerusform>and %n more overdue</numerusform>
            <numerusform>and %n more overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more due soon</source>
        <translation>
            <numerusform>and %n more due soon</numerusform>
            <numerusform>and %n more due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more to check again</source>
        <translation>
            <numerusform>and %n more to check again</numerusform>
            <numerusform>and %n more to check again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message numerus="yes">
        <source>Estimated: %n working day(s) after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</source>
        <translation>
            <numerusform>Estimated: %n working day after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</numerusform>
            <numerusform>Estimated: %n working days after posting, from the published delivery standard for post inside the country. Correct it when you know the day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
