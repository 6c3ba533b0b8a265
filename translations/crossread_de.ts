<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Crossread</name>
    <message>
        <source>There are no articles to compare.</source>
        <translation>Es gibt keine Artikel zum Vergleichen.</translation>
    </message>
    <message>
        <source>Only one article: there is nothing to compare it with.</source>
        <translation>Nur ein Artikel: Es gibt nichts, womit er verglichen werden kann.</translation>
    </message>
    <message>
        <source>%1 has no article text outside page furniture, so it takes no part in the comparison.</source>
        <translation>%1 enthält außerhalb des Seitenbeiwerks keinen Artikeltext und wird daher nicht verglichen.</translation>
    </message>
    <message>
        <source>%1 shares no passage with the other articles: it may tell another story or be in another language.</source>
        <translation>%1 hat keine Passage mit den anderen Artikeln gemeinsam: Vielleicht erzählt er eine andere Geschichte oder ist in einer anderen Sprache.</translation>
    </message>
    <message>
        <source>A story of %1 articles is more than Crossread compares at once (at most %2).</source>
        <translation>Eine Geschichte aus %1 Artikeln ist mehr, als Crossread auf einmal vergleicht (höchstens %2).</translation>
    </message>
    <message>
        <source>Splitting sentences</source>
        <translation>Sätze werden getrennt</translation>
    </message>
    <message>
        <source>Aligning passages</source>
        <translation>Passagen werden zugeordnet</translation>
    </message>
    <message>
        <source>Comparing facts</source>
        <translation>Fakten werden verglichen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is no longer found among the figures and quotes</source>
        <translation>%1 ist unter den Zahlen und Zitaten nicht mehr zu finden</translation>
    </message>
    <message>
        <source>the rows are already in one topic</source>
        <translation>die Zeilen sind schon in einem Thema</translation>
    </message>
    <message>
        <source>the two are already in one row</source>
        <translation>beide stehen schon in einer Zeile</translation>
    </message>
    <message>
        <source>a %1 and a %2 cannot be one row</source>
        <translation>%1 und %2 können keine gemeinsame Zeile sein</translation>
    </message>
    <message>
        <source>%1 is already in a row of its own</source>
        <translation>%1 steht schon in einer eigenen Zeile</translation>
    </message>
    <message>
        <source>the row is already alone in its topic</source>
        <translation>die Zeile ist schon allein in ihrem Thema</translation>
    </message>
    <message>
        <source>the new label is empty</source>
        <translation>die neue Bezeichnung ist leer</translation>
    </message>
    <message>
        <source>the article of %1 is no longer in the story</source>
        <translation>der Artikel von %1 gehört nicht mehr zur Geschichte</translation>
    </message>
    <message>
        <source>%1 is no longer in the article&apos;s text</source>
        <translation>%1 steht nicht mehr im Text des Artikels</translation>
    </message>
    <message>
        <source>%1 is in no passage (page furniture)</source>
        <translation>%1 gehört zu keiner Passage (Seitenbeiwerk)</translation>
    </message>
    <message>
        <source>the two sentences are already in one passage</source>
        <translation>die beiden Sätze sind schon in einer Passage</translation>
    </message>
    <message>
        <source>in %1 the two passages are not next to each other</source>
        <translation>in %1 stehen die beiden Passagen nicht nebeneinander</translation>
    </message>
    <message>
        <source>%1 is in no passage of its own</source>
        <translation>%1 steht in keiner eigenen Passage</translation>
    </message>
    <message>
        <source>the passage at %1 cannot be split there: it starts there and no other outlet tells it</source>
        <translation>die Passage bei %1 lässt sich dort nicht teilen: sie beginnt dort und kein anderes Medium erzählt sie</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Split %1 into a row of its own</source>
        <translation>%1 in eine eigene Zeile abtrennen</translation>
    </message>
    <message>
        <source>Move the row of %1 into the topic of %2</source>
        <translation>Die Zeile von %1 in das Thema von %2 verschieben</translation>
    </message>
    <message>
        <source>Move the row of %1 out of its topic</source>
        <translation>Die Zeile von %1 aus ihrem Thema nehmen</translation>
    </message>
    <message>
        <source>Rename the row of %1 to “%2”</source>
        <translation>Die Zeile von %1 in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Mark the row of %1 not comparable</source>
        <translation>Die Zeile von %1 als nicht vergleichbar markieren</translation>
    </message>
    <message>
        <source>Set the status of the row of %1 to %2</source>
        <translation>Den Status der Zeile von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Join the passage of %1 with the passage of %2</source>
        <translation>Die Passage von %1 mit der Passage von %2 verbinden</translation>
    </message>
    <message>
        <source>Split the passage at %1</source>
        <translation>Die Passage bei %1 teilen</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>von Hand korrigiert</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>korrigiert von %1</translation>
    </message>
    <message>
        <source>Merge Rows</source>
        <translation>Zeilen zusammenführen</translation>
    </message>
    <message>
        <source>Split Mention Out</source>
        <translation>Nennung abtrennen</translation>
    </message>
    <message>
        <source>Move Row into Topic</source>
        <translation>Zeile in Thema verschieben</translation>
    </message>
    <message>
        <source>Move Row out of Topic</source>
        <translation>Zeile aus Thema nehmen</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Zeile umbenennen</translation>
    </message>
    <message>
        <source>Mark Not Comparable</source>
        <translation>Als nicht vergleichbar markieren</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Join Passages</source>
        <translation>Passagen verbinden</translation>
    </message>
    <message>
        <source>the file is binary, not text, Markdown, HTML or PDF</source>
        <translation>die Datei ist binär, weder Text noch Markdown, HTML oder PDF</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>Passage teilen</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>Reading figures</source>
        <translation>Zahlen werden gelesen</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Anmerken</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Why this matters (optional)</source>
        <translation>Warum das wichtig ist (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationsDock</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Search text, notes and tags</source>
        <translation>Text, Notizen und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Anmerkungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Nach Artikel filtern</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Nach Farbe filtern</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Enter jumps to the annotated text; Delete removes the annotation.</source>
        <translation>Eingabe springt zum angemerkten Text; Entf löscht die Anmerkung.</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Annotation note</source>
        <translation>Notiz der Anmerkung</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Annotation tags</source>
        <translation>Schlagwörter der Anmerkung</translation>
    </message>
    <message>
        <source>Annotation colour</source>
        <translation>Farbe der Anmerkung</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 von %n Anmerkung angezeigt</numerusform>
            <numerusform>%1 von %n Anmerkungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>Zum &amp;Text gehen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
</context>
<context>
    <name>Crossread::AppSettings</name>
    <message>
        <source>Cover page and sources</source>
        <translation>Titelseite und Quellen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Behauptungen und Urteile</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Faktenmatrix</translation>
    </message>
    <message>
        <source>Side-by-side passages</source>
        <translation>Passagen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Crossread::Article</name>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>Fetched from %1 on %2 UTC</source>
        <translation>Abgerufen von %1 am %2 UTC</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Schlagzeile:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Quelldatei:</translation>
    </message>
    <message>
        <source>Content hash (SHA-256):</source>
        <translation>Inhalts-Hash (SHA-256):</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n invalid byte sequence(s) replaced</source>
        <translation>
            <numerusform>%1, %n ungültige Bytefolge ersetzt</numerusform>
            <numerusform>%1, %n ungültige Bytefolgen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Fetched:</source>
        <translation>Abgerufen:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>The story&apos;s &amp;source: compare every outlet with it</source>
        <translation>&amp;Quelle der Geschichte: jedes Medium damit vergleichen</translation>
    </message>
    <message>
        <source>The press release, filing or report the coverage reports on. A story has one source: marking this article unmarks the other.</source>
        <translation>Die Pressemitteilung, Akte oder der Bericht, über den berichtet wird. Eine Geschichte hat eine Quelle: Wird dieser Artikel markiert, verliert der andere die Markierung.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleModel</name>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>(no outlet) %1</source>
        <translation>(kein Medium) %1</translation>
    </message>
    <message>
        <source>Nothing in the file names its outlet: name it in Article Details (Alt+Return).</source>
        <translation>Nichts in der Datei nennt das Medium: tragen Sie es in den Artikeldetails ein (Alt+Eingabe).</translation>
    </message>
    <message>
        <source>The story&apos;s source: every outlet is compared with it.</source>
        <translation>Die Quelle der Geschichte: Jedes Medium wird mit ihr verglichen.</translation>
    </message>
    <message>
        <source>§ %1 (source)</source>
        <translation>§ %1 (Quelle)</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticlePane</name>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artikel von %1</translation>
    </message>
    <message>
        <source>Mark Paragraph as Article Text</source>
        <translation>Absatz als Artikeltext markieren</translation>
    </message>
    <message>
        <source>Mark Paragraph as Boilerplate</source>
        <translation>Absatz als Seitenbeiwerk markieren</translation>
    </message>
    <message>
        <source>quote variant</source>
        <translation>Zitatvariante</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>outlets agree</source>
        <translation>Medien stimmen überein</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>nur ein Medium</translation>
    </message>
    <message numerus="yes">
        <source>One of %n related figures about %1 (click to see them)</source>
        <translation>
            <numerusform>Eine von %n verwandten Zahlen zu %1 (klicken, um sie zu sehen)</numerusform>
            <numerusform>Eine von %n verwandten Zahlen zu %1 (klicken, um sie zu sehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>§ Source: %1</source>
        <translation>§ Quelle: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delete C&amp;laim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Urteil filtern</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Nach Prüfer filtern</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation>Wortlaut der Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Verdicts…</source>
        <translation>Urteile…</translation>
    </message>
    <message>
        <source>Edit the verdicts this session uses</source>
        <translation>Die Urteile dieser Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sources and evidence</source>
        <translation>Quellen und Belege</translation>
    </message>
    <message>
        <source>Enter shows the text in its article; Delete removes a piece of evidence.</source>
        <translation>Eingabe zeigt den Text in seinem Artikel; Entf entfernt einen Beleg.</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Add Selection as…</source>
        <translation>Auswahl hinzufügen als…</translation>
    </message>
    <message>
        <source>Add the text selected in an article as evidence for this claim</source>
        <translation>Den in einem Artikel ausgewählten Text als Beleg für diese Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notizen des Prüfers</translation>
    </message>
    <message>
        <source>Why this verdict: sources checked, whom you asked</source>
        <translation>Warum dieses Urteil: geprüfte Quellen, wen Sie gefragt haben</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Scorecard per outlet</source>
        <translation>Bilanz je Medium</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jedes Urteil</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Jeder Prüfer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) reviewed</source>
        <translation>
            <numerusform>%1 von %n Behauptung geprüft</numerusform>
            <numerusform>%1 von %n Behauptungen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>%1 (not in this session&apos;s verdicts)</source>
        <translation>%1 (nicht unter den Urteilen dieser Sitzung)</translation>
    </message>
    <message>
        <source>Claimed in</source>
        <translation>Behauptet in</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Erstellt %1 · geändert %2</translation>
    </message>
    <message>
        <source>verdict by %1</source>
        <translation>Urteil von %1</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>Zum &amp;Text gehen</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>Beleg &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Supports</source>
        <translation>&amp;Stützt</translation>
    </message>
    <message>
        <source>C&amp;ontradicts</source>
        <translation>&amp;Widerspricht</translation>
    </message>
    <message>
        <source>Co&amp;ntext</source>
        <translation>&amp;Kontext</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>Write the JSON to OUT (atomically) instead of standard output.</source>
        <translation>Das JSON (atomar) nach OUT schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Add each article&apos;s text (what the offsets point into).</source>
        <translation>Den Text jedes Artikels hinzufügen (worauf die Versätze zeigen).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>no files given; try &apos;crossread analyse --help&apos;</source>
        <translation>keine Dateien angegeben; siehe &apos;crossread analyse --help&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>align the files&apos; passages and compare their facts; JSON out</source>
        <translation>Passagen der Dateien zuordnen und ihre Fakten vergleichen; gibt JSON aus</translation>
    </message>
    <message>
        <source>print each file&apos;s article text (or --json) without page furniture</source>
        <translation>den Artikeltext jeder Datei (oder --json) ohne Seitenbeiwerk ausgeben</translation>
    </message>
    <message>
        <source>Usage: crossread [FILE...]
       crossread COMMAND [OPTIONS] FILE...

Without a command, opens the files in the Crossread window.

Options:
  --sample         open the bundled sample story
  -h, --help       show this help
  -v, --version    show the version

Commands (run &apos;crossread COMMAND --help&apos; for their options):
</source>
        <translation>Aufruf: crossread [DATEI...]
        crossread BEFEHL [OPTIONEN] DATEI...

Ohne Befehl werden die Dateien im Crossread-Fenster geöffnet.

Optionen:
  --sample         die mitgelieferte Beispielgeschichte öffnen
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen

Befehle (&apos;crossread BEFEHL --help&apos; zeigt ihre Optionen):
</translation>
    </message>
    <message>
        <source>crossread extract: unknown option %1</source>
        <translation>crossread extract: unbekannte Option %1</translation>
    </message>
    <message>
        <source>crossread extract: no file given</source>
        <translation>crossread extract: keine Datei angegeben</translation>
    </message>
    <message>
        <source>Aligns the passages of the files (articles of one story) and compares their facts; writes JSON.
Offsets are Unicode code points into each article&apos;s text, end exclusive.
Exit status: 0 all files analysed; 1 some files could not be read (named on stderr,
the others are analysed); 2 usage error or an output could not be written.</source>
        <translation>Ordnet die Passagen der Dateien (Artikel einer Geschichte) einander zu und vergleicht ihre Fakten; schreibt JSON.
Versätze sind Unicode-Codepunkte im Text jedes Artikels, Ende ausschließlich.
Rückgabewert: 0 alle Dateien analysiert; 1 einige Dateien konnten nicht gelesen werden (auf stderr genannt,
die anderen werden analysiert); 2 Aufruffehler oder die Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Also create the review session OUT.crossread holding the articles, ready to open in the window (only file names are kept, not their folders).</source>
        <translation>Zusätzlich die Prüfsitzung OUT.crossread mit den Artikeln anlegen, bereit zum Öffnen im Fenster (nur die Dateinamen werden gespeichert, nicht ihre Ordner).</translation>
    </message>
    <message>
        <source>OUT.crossread</source>
        <translation>OUT.crossread</translation>
    </message>
    <message>
        <source>print a session&apos;s articles, claims and verdict counts (or --json)</source>
        <translation>Artikel, Behauptungen und Urteilszahlen einer Sitzung ausgeben (oder --json)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Format version %1, saved by Crossread %2</source>
        <translation>Formatversion %1, gespeichert von Crossread %2</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(kein Medium)</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(keine Schlagzeile)</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Anmerkungen: %1</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Behauptungen: %1</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>Urteile:</translation>
    </message>
    <message>
        <source>Prints what a review session holds: its articles (outlet, headline, file, SHA-256 of the
original bytes), the number of annotations, the claims and how many claims have each verdict.
The session is only read, never changed.
Exit status: 0 printed; 1 the session cannot be read; 2 usage error.</source>
        <translation>Gibt aus, was eine Prüfsitzung enthält: ihre Artikel (Medium, Schlagzeile, Datei, SHA-256 der
ursprünglichen Bytes), die Zahl der Anmerkungen, die Behauptungen und wie viele Behauptungen welches Urteil haben.
Die Sitzung wird nur gelesen, nie verändert.
Rückgabewert: 0 ausgegeben; 1 die Sitzung kann nicht gelesen werden; 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>JSON statt Text ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>A .crossread session file.</source>
        <translation>Eine .crossread-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>give exactly one session file; try &apos;crossread info --help&apos;</source>
        <translation>genau eine Sitzungsdatei angeben; siehe &apos;crossread info --help&apos;</translation>
    </message>
    <message>
        <source>write a session&apos;s report as PDF, CSV, JSON or Markdown</source>
        <translation>den Bericht einer Sitzung als PDF, CSV, JSON oder Markdown schreiben</translation>
    </message>
    <message>
        <source>Writes the review report of a session as PDF, and its claims, facts and report as CSV, JSON
and Markdown. Every output is written completely or not at all.
Exit status: 0 all outputs written; 1 the session could not be read or an output could not
be written (named on stderr); 2 usage error.</source>
        <translation>Schreibt den Prüfbericht einer Sitzung als PDF und ihre Behauptungen, Fakten und den Bericht als CSV, JSON
und Markdown. Jede Ausgabe wird vollständig oder gar nicht geschrieben.
Rückgabewert: 0 alle Ausgaben geschrieben; 1 die Sitzung konnte nicht gelesen oder eine Ausgabe nicht
geschrieben werden (auf stderr genannt); 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Write the PDF report to OUT.</source>
        <translation>Den PDF-Bericht nach OUT schreiben.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Write the claims as CSV (UTF-8 with BOM) to OUT.</source>
        <translation>Die Behauptungen als CSV (UTF-8 mit BOM) nach OUT schreiben.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Write the compared facts as CSV to OUT.</source>
        <translation>Die verglichenen Fakten als CSV nach OUT schreiben.</translation>
    </message>
    <message>
        <source>Write the claims, annotations and facts as JSON to OUT.</source>
        <translation>Die Behauptungen, Anmerkungen und Fakten als JSON nach OUT schreiben.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>OUT.json</translation>
    </message>
    <message>
        <source>Write the report as Markdown to OUT.</source>
        <translation>Den Bericht als Markdown nach OUT schreiben.</translation>
    </message>
    <message>
        <source>OUT.md</source>
        <translation>OUT.md</translation>
    </message>
    <message>
        <source>Page size of the PDF: a4, letter or auto (from the locale; the default).</source>
        <translation>Papierformat des PDF: a4, letter oder auto (nach Gebietsschema; Standard).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print-friendly greys instead of colours.</source>
        <translation>Druckfreundliche Graustufen statt Farben.</translation>
    </message>
    <message>
        <source>Articles side by side per page: 2 (default) or 3.</source>
        <translation>Artikel nebeneinander je Seite: 2 (Standard) oder 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comma-separated sections to include: cover, summary, claims, facts, passages (default: all).</source>
        <translation>Aufzunehmende Abschnitte, durch Kommas getrennt: cover, summary, claims, facts, passages (Standard: alle).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>crossread export: give exactly one session file</source>
        <translation>crossread export: genau eine Sitzungsdatei angeben</translation>
    </message>
    <message>
        <source>crossread export: nothing to write; give --pdf, --csv, --facts-csv, --json or --md</source>
        <translation>crossread export: nichts zu schreiben; --pdf, --csv, --facts-csv, --json oder --md angeben</translation>
    </message>
    <message>
        <source>crossread export: unknown page size %1 (use a4, letter or auto)</source>
        <translation>crossread export: unbekanntes Papierformat %1 (a4, letter oder auto verwenden)</translation>
    </message>
    <message>
        <source>crossread export: --columns must be 2 or 3</source>
        <translation>crossread export: --columns muss 2 oder 3 sein</translation>
    </message>
    <message>
        <source>crossread export: unknown section in %1 (use cover, summary, claims, facts, passages)</source>
        <translation>crossread export: unbekannter Abschnitt in %1 (cover, summary, claims, facts, passages verwenden)</translation>
    </message>
    <message>
        <source>crossread export: the PDF needs a QGuiApplication (a build without main()&apos;s support)</source>
        <translation>crossread export: das PDF braucht eine QGuiApplication (ein Build ohne die Unterstützung von main())</translation>
    </message>
    <message>
        <source>%1 files given; a story holds at most %2 articles</source>
        <translation>%1 Dateien angegeben; eine Geschichte umfasst höchstens %2 Artikel</translation>
    </message>
    <message>
        <source>crossread export: cannot write %1: %2</source>
        <translation>crossread export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>warning: the text is not what these bytes give when imported again; the hash does not certify it</source>
        <translation>Warnung: der Text ist nicht, was diese Bytes beim erneuten Import ergeben; der Hash beglaubigt ihn nicht</translation>
    </message>
    <message>
        <source>Articles to compare: .txt, .md, .html, .mhtml or .pdf files, or http(s) addresses of web pages.</source>
        <translation>Zu vergleichende Artikel: .txt-, .md-, .html-, .mhtml- oder .pdf-Dateien oder http(s)-Adressen von Webseiten.</translation>
    </message>
    <message>
        <source>FILE|URL...</source>
        <translation>DATEI|URL...</translation>
    </message>
    <message>
        <source>Usage: crossread extract [--body|--json] FILE|URL...

Prints each file&apos;s or web page&apos;s article text with page furniture (navigation, ads, sign-up boxes,
captions, related links) left out.

Options:
  --body       the article text, paragraphs separated by blank lines (default);
               a &quot;==&gt; FILE &lt;==&quot; line heads each file when there are several
  --json       the articles as JSON: metadata, text and boilerplate spans, offsets
               in Unicode code points (as &apos;crossread analyse --with-text&apos;)
  -h, --help   show this help

Files that cannot be read are reported on standard error; the others are still
printed, and the exit code is 1.
</source>
        <translation>Aufruf: crossread extract [--body|--json] DATEI|URL...

Gibt den Artikeltext jeder Datei oder Webseite aus, ohne Seitenbeiwerk (Navigation, Werbung, Anmeldekästen,
Bildunterschriften, verwandte Links).

Optionen:
  --body       der Artikeltext, Absätze durch Leerzeilen getrennt (Standard);
               bei mehreren Dateien steht vor jeder eine Zeile &quot;==&gt; DATEI &lt;==&quot;
  --json       die Artikel als JSON: Metadaten, Text und Spannen des Seitenbeiwerks,
               Versätze in Unicode-Codepunkten (wie &apos;crossread analyse --with-text&apos;)
  -h, --help   diese Hilfe anzeigen

Dateien, die nicht gelesen werden können, werden auf der Standardfehlerausgabe gemeldet;
die anderen werden trotzdem ausgegeben, und der Rückgabewert ist 1.
</translation>
    </message>
    <message>
        <source>Corrections of the analysis: %1</source>
        <translation>Korrekturen der Analyse: %1</translation>
    </message>
    <message>
        <source>The story&apos;s source (a press release, a filing, a report): imported with the other files and marked as the source, so every outlet is compared with it.</source>
        <translation>Die Quelle der Geschichte (eine Pressemitteilung, eine Akte, ein Bericht): mit den anderen Dateien importiert und als Quelle markiert, sodass jedes Medium mit ihr verglichen wird.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>DATEI|URL</translation>
    </message>
    <message>
        <source>--source needs a file or an address</source>
        <translation>--source braucht eine Datei oder eine Adresse</translation>
    </message>
    <message>
        <source>the source could not be read; the outlets are compared among themselves only</source>
        <translation>die Quelle konnte nicht gelesen werden; die Medien werden nur untereinander verglichen</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Quelle: %1. %2</translation>
    </message>
    <message>
        <source>the story&apos;s source: every outlet is compared with it</source>
        <translation>die Quelle der Geschichte: jedes Medium wird mit ihr verglichen</translation>
    </message>
</context>
<context>
    <name>Crossread::ConnectorBand</name>
    <message>
        <source>Connections between %1 and %2</source>
        <translation>Verbindungen zwischen %1 und %2</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>Same words</source>
        <translation>Gleicher Wortlaut</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source> · match confidence %1%</source>
        <translation> · Sicherheit der Zuordnung %1 %</translation>
    </message>
    <message>
        <source>Only %1 tells this</source>
        <translation>Nur %1 bringt das</translation>
    </message>
    <message>
        <source>%1 does not tell this</source>
        <translation>%1 bringt das nicht</translation>
    </message>
    <message>
        <source>Bands will join the passages both articles tell once the analysis is done.</source>
        <translation>Sobald die Analyse fertig ist, verbinden Bänder die Passagen, die beide Artikel bringen.</translation>
    </message>
    <message>
        <source>Between %1 and %2: %3 (%4, %5); %6; %7.</source>
        <comment>connector band summary: left outlet, right outlet, passages in both, identical, reworded, only left, only right</comment>
        <translation>Zwischen %1 und %2: %3 (%4, %5); %6; %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in both</source>
        <translation>
            <numerusform>%n Passage in beiden</numerusform>
            <numerusform>%n Passagen in beiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n identisch</numerusform>
            <numerusform>%n identisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n umformuliert</numerusform>
            <numerusform>%n umformuliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in %1</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n nur in %1</numerusform>
            <numerusform>%n nur in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::CorrectionActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>C&amp;orrect the Analysis</source>
        <translation>Analyse k&amp;orrigieren</translation>
    </message>
    <message>
        <source>&amp;Merge with Row</source>
        <translation>Mit Zeile &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Split “%1” (%2) into Its Own Row</source>
        <translation>„%1“ (%2) in eigene Zeile &amp;abtrennen</translation>
    </message>
    <message>
        <source>Move into &amp;Topic</source>
        <translation>In &amp;Thema verschieben</translation>
    </message>
    <message>
        <source>Move &amp;out of Topic</source>
        <translation>Aus Thema &amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Rename Row…</source>
        <translation>Zeile &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Zeile umbenennen</translation>
    </message>
    <message>
        <source>What the figures are about:</source>
        <translation>Worum es bei den Zahlen geht:</translation>
    </message>
    <message>
        <source>Mark Not &amp;Comparable</source>
        <translation>Als nicht &amp;vergleichbar markieren</translation>
    </message>
    <message>
        <source>Set Status &amp;by Hand</source>
        <translation>Status von &amp;Hand setzen</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Übereinstimmend</translation>
    </message>
    <message>
        <source>&amp;Conflict</source>
        <translation>&amp;Widerspruch</translation>
    </message>
    <message>
        <source>&amp;Only One Outlet</source>
        <translation>Nur &amp;ein Medium</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Why (shown in the matrix and the report):</source>
        <translation>Warum (steht in der Matrix und im Bericht):</translation>
    </message>
    <message>
        <source>Correct &amp;Passages</source>
        <translation>&amp;Passagen korrigieren</translation>
    </message>
    <message>
        <source>&amp;Split Passage at This Sentence</source>
        <translation>Passage bei diesem Satz &amp;teilen</translation>
    </message>
    <message>
        <source>&amp;Mark Passage for Joining</source>
        <translation>Passage zum Verbinden &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Join with Marked Passage</source>
        <translation>Mit markierter Passage &amp;verbinden</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageMap</name>
    <message>
        <source>Coverage map</source>
        <translation>Abdeckungskarte</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>Holds a conflicting figure</source>
        <translation>Enthält eine widersprüchliche Zahl</translation>
    </message>
    <message>
        <source>One row per passage; filled cells show which articles tell it; hatched cells are reworded; a diamond marks a conflicting figure. Up and Down choose a passage, Enter goes there.</source>
        <translation>Eine Zeile je Passage; gefüllte Zellen zeigen, welche Artikel sie bringen; schraffierte Zellen sind umformuliert; eine Raute kennzeichnet eine widersprüchliche Zahl. Auf und Ab wählen eine Passage, Eingabe springt dorthin.</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>gleicher Wortlaut</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>told once</source>
        <translation>einmal erzählt</translation>
    </message>
    <message>
        <source>Passage %1 (%2): no shown article tells it</source>
        <translation>Passage %1 (%2): kein angezeigter Artikel bringt sie</translation>
    </message>
    <message>
        <source>Passage %1 (%2): told by %3</source>
        <translation>Passage %1 (%2): gebracht von %3</translation>
    </message>
    <message>
        <source>From the source; every shown outlet carries it</source>
        <translation>Aus der Quelle; jedes angezeigte Medium bringt sie</translation>
    </message>
    <message>
        <source>From the source; left out by %1</source>
        <translation>Aus der Quelle; weggelassen von %1</translation>
    </message>
    <message>
        <source>Not in the source</source>
        <translation>Nicht in der Quelle</translation>
    </message>
    <message>
        <source>%1: the story&apos;s source</source>
        <translation>%1: die Quelle der Geschichte</translation>
    </message>
    <message>
        <source>%1 carries %2 of the source&apos;s %3 passages; %4 figure(s) differ, %5 quote(s) altered</source>
        <translation>%1 bringt %2 der %3 Passagen der Quelle; abweichende Zahlen: %4, veränderte Zitate: %5</translation>
    </message>
</context>
<context>
    <name>Crossread::Export</name>
    <message>
        <source>Report date: %1</source>
        <translation>Datum des Berichts: %1</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Articles compared: %1. Passages in the story: %2.</source>
        <translation>Verglichene Artikel: %1. Passagen in der Geschichte: %2.</translation>
    </message>
    <message>
        <source>Passages told by all compared articles: %1 (%2 identical, %3 reworded).</source>
        <translation>Passagen, die alle verglichenen Artikel bringen: %1 (%2 identisch, %3 umformuliert).</translation>
    </message>
    <message>
        <source>Facts in conflict: %1 of %2 fact slots.</source>
        <translation>Widersprüchliche Fakten: %1 von %2 Faktenplätzen.</translation>
    </message>
    <message>
        <source>Conflicting facts</source>
        <translation>Widersprüchliche Fakten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passages told</source>
        <translation>Erzählte Passagen</translation>
    </message>
    <message>
        <source>Only in this outlet</source>
        <translation>Nur in diesem Medium</translation>
    </message>
    <message>
        <source>Figures in conflict</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Behauptungen und Urteile</translation>
    </message>
    <message>
        <source>No claims were recorded in this review.</source>
        <translation>In dieser Prüfung wurden keine Behauptungen erfasst.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Scorecard by outlet</source>
        <translation>Übersicht nach Medium</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Faktenmatrix</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Passages side by side</source>
        <translation>Passagen nebeneinander</translation>
    </message>
    <message>
        <source>Passage %1 (%2)</source>
        <translation>Passage %1 (%2)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translation>Hervorgehobener Text</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>continued on the next page →</source>
        <translation>Fortsetzung auf der nächsten Seite →</translation>
    </message>
    <message>
        <source>Crossread review report</source>
        <translation>Crossread-Prüfbericht</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Articles compared: %1 of %2</source>
        <translation>Verglichene Artikel: %1 von %2</translation>
    </message>
    <message>
        <source>Annotations: %1 · Claims: %2</source>
        <translation>Anmerkungen: %1 · Behauptungen: %2</translation>
    </message>
    <message>
        <source>Outlet and article</source>
        <translation>Medium und Artikel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Nach Medium</translation>
    </message>
    <message>
        <source>Claims reviewed: %1 of %2.</source>
        <translation>Geprüfte Behauptungen: %1 von %2.</translation>
    </message>
    <message>
        <source>Carried by: %1</source>
        <translation>Gebracht von: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>E%1 %2 · %3: %4</source>
        <translation>E%1 %2 · %3: %4</translation>
    </message>
    <message>
        <source>no evidence linked</source>
        <translation>kein Beleg verknüpft</translation>
    </message>
    <message>
        <source>One row per fact, one column per outlet; topics with a conflict first. ≠ the outlets conflict, ✓ they agree, ◆ one outlet only, ~ a quote worded differently.</source>
        <translation>Eine Zeile je Fakt, eine Spalte je Medium; Themen mit Widerspruch zuerst. ≠ die Medien widersprechen sich, ✓ sie stimmen überein, ◆ nur ein Medium, ~ ein anders formuliertes Zitat.</translation>
    </message>
    <message>
        <source>No figures or quotes were found in the compared articles.</source>
        <translation>In den verglichenen Artikeln wurden keine Zahlen oder Zitate gefunden.</translation>
    </message>
    <message>
        <source>Outlets %1–%2 of %3</source>
        <translation>Medien %1–%2 von %3</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>Nebeneinander: %1</translation>
    </message>
    <message>
        <source>Stripes: blue identical, amber reworded, purple only in one outlet. Underlined on a shaded ground: words that differ from the reference rendering; dotted: words other outlets left out or replaced. [n] marks an annotation; its note is at the foot of the page.</source>
        <translation>Streifen: blau identisch, bernsteinfarben umformuliert, violett nur in einem Medium. Unterstrichen auf getöntem Grund: Wörter, die von der Referenzfassung abweichen; gepunktet: Wörter, die andere Medien weggelassen oder ersetzt haben. [n] kennzeichnet eine Anmerkung; ihre Notiz steht am Fuß der Seite.</translation>
    </message>
    <message>
        <source>not in this article</source>
        <translation>nicht in diesem Artikel</translation>
    </message>
    <message>
        <source>Annotations on text outside the side-by-side passages (page furniture, or sentences that repeat another passage).</source>
        <translation>Anmerkungen zu Text außerhalb der nebeneinandergestellten Passagen (Seitenbeiwerk oder Sätze, die eine andere Passage wiederholen).</translation>
    </message>
    <message>
        <source>Every annotation of the compared articles.</source>
        <translation>Alle Anmerkungen der verglichenen Artikel.</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Notiz und Schlagwörter</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>auf das Ausgabegerät kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the export was canceled; nothing was written</source>
        <translation>%1: der Export wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Warning: the text below is not what these bytes give when imported again (edited after import, or read by another version of Crossread); the SHA-256 certifies the original bytes only.</source>
        <translation>Warnung: Der Text unten ist nicht, was diese Bytes beim erneuten Import ergeben (nach dem Import bearbeitet oder von einer anderen Crossread-Version gelesen); der SHA-256 beglaubigt nur die Originalbytes.</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>Corrections by reviewers</source>
        <translation>Korrekturen der Prüfenden</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewandt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>told at another place in this article</source>
        <translation>steht an anderer Stelle dieses Artikels</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>%1 says</source>
        <translation>%1 sagt</translation>
    </message>
    <message>
        <source>The source says</source>
        <translation>Die Quelle sagt</translation>
    </message>
    <message>
        <source>%1 (p. %2)</source>
        <translation>%1 (S. %2)</translation>
    </message>
    <message>
        <source>Figure differs: %1</source>
        <translation>Zahl weicht ab: %1</translation>
    </message>
    <message>
        <source>Quote altered</source>
        <translation>Zitat verändert</translation>
    </message>
    <message>
        <source>Quote altered: %1</source>
        <translation>Zitat verändert: %1</translation>
    </message>
    <message>
        <source>Passage left out</source>
        <translation>Passage weggelassen</translation>
    </message>
    <message>
        <source>Not supported by the source: %1</source>
        <translation>Von der Quelle nicht gestützt: %1</translation>
    </message>
    <message>
        <source>Carries %1 of the source&apos;s %2 passages; figures that differ: %3; quotes altered: %4; not supported by the source: %5.</source>
        <translation>Bringt %1 der %2 Passagen der Quelle; abweichende Zahlen: %3; veränderte Zitate: %4; von der Quelle nicht gestützt: %5.</translation>
    </message>
    <message>
        <source>Coverage against the source</source>
        <translation>Berichterstattung im Vergleich zur Quelle</translation>
    </message>
    <message>
        <source>Every outlet compared with the story&apos;s source, %1: the figures it states otherwise, the quotes whose words it changed, the source&apos;s passages it leaves out, and what it says that the source does not support.</source>
        <translation>Jedes Medium im Vergleich mit der Quelle der Geschichte, %1: die Zahlen, die es anders angibt, die Zitate, deren Wortlaut es geändert hat, die Passagen der Quelle, die es weglässt, und was es sagt, das die Quelle nicht stützt.</translation>
    </message>
</context>
<context>
    <name>Crossread::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles to include</source>
        <translation>Aufzunehmende Artikel</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Nach Gebietsschema</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Papierforma&amp;t:</translation>
    </message>
    <message>
        <source>2 articles per page</source>
        <translation>2 Artikel je Seite</translation>
    </message>
    <message>
        <source>3 articles per page</source>
        <translation>3 Artikel je Seite</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Nebeneinander:</translation>
    </message>
    <message>
        <source>Print-friendly &amp;greyscale</source>
        <translation>Druckfreundliche &amp;Graustufen</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>Zu schreibende Dateien</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>PDF-Bericht (.pdf)</translation>
    </message>
    <message>
        <source>Claims as CSV (.claims.csv)</source>
        <translation>Behauptungen als CSV (.claims.csv)</translation>
    </message>
    <message>
        <source>Facts as CSV (.facts.csv)</source>
        <translation>Fakten als CSV (.facts.csv)</translation>
    </message>
    <message>
        <source>Claims, annotations and facts as JSON (.json)</source>
        <translation>Behauptungen, Anmerkungen und Fakten als JSON (.json)</translation>
    </message>
    <message>
        <source>Markdown report (.md)</source>
        <translation>Markdown-Bericht (.md)</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Dateiname ohne Endung</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;All files (*)</source>
        <translation>PDF-Bericht (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose at least one section, one article, one kind of file and a file name.</source>
        <translation>Wählen Sie mindestens einen Abschnitt, einen Artikel, eine Dateiart und einen Dateinamen.</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before exporting.</source>
        <translation>Öffnen Sie Artikel und warten Sie vor dem Exportieren, bis die Analyse fertig ist.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before printing.</source>
        <translation>Öffnen Sie Artikel und warten Sie vor dem Drucken, bis die Analyse fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist. Replace them?</source>
        <translation>
            <numerusform>%n Datei existiert bereits. Ersetzen?</numerusform>
            <numerusform>%n Dateien existieren bereits. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The export was canceled after writing %1.</source>
        <translation>Der Export wurde abgebrochen, nachdem %1 geschrieben war.</translation>
    </message>
</context>
<context>
    <name>Crossread::FactMatrix</name>
    <message>
        <source>Fact matrix</source>
        <translation>Faktenmatrix</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbeträge</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Prozentangaben</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Show facts of kind</source>
        <translation>Fakten dieser Art zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Übereinstimmungen</translation>
    </message>
    <message>
        <source>Only one outlet</source>
        <translation>Nur ein Medium</translation>
    </message>
    <message>
        <source>Quote variants</source>
        <translation>Zitatvarianten</translation>
    </message>
    <message>
        <source>Show facts with status</source>
        <translation>Fakten mit diesem Zustand zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) shown</source>
        <translation>
            <numerusform>%n Fakt angezeigt</numerusform>
            <numerusform>%n Fakten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the story</source>
        <translation>
            <numerusform>%n Widerspruch in der Geschichte</numerusform>
            <numerusform>%n Widersprüche in der Geschichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets agree</source>
        <translation>Medien stimmen überein</translation>
    </message>
    <message>
        <source>Figures conflict</source>
        <translation>Zahlen widersprechen sich</translation>
    </message>
    <message>
        <source>Only one outlet has it</source>
        <translation>Nur ein Medium bringt es</translation>
    </message>
    <message>
        <source>Quote worded differently</source>
        <translation>Zitat anders formuliert</translation>
    </message>
    <message>
        <source>One row per fact, one column per article; topics with conflicts first. Cells are marked ✓ agree, ≠ conflict, ◆ one outlet only, ~ quote worded differently. Press Enter to go to the mention.</source>
        <translation>Eine Zeile je Fakt, eine Spalte je Artikel; Themen mit Widersprüchen zuerst. Zellen sind markiert: ✓ übereinstimmend, ≠ Widerspruch, ◆ nur ein Medium, ~ Zitat anders formuliert. Eingabe springt zur Fundstelle.</translation>
    </message>
    <message>
        <source>Facts shown</source>
        <translation>Angezeigte Fakten</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply</source>
        <translation>
            <numerusform>%n Korrektur greift nicht mehr</numerusform>
            <numerusform>%n Korrekturen greifen nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>What the source says</source>
        <translation>Was die Quelle sagt</translation>
    </message>
    <message>
        <source>The source says: %1</source>
        <translation>Die Quelle sagt: %1</translation>
    </message>
    <message>
        <source>The first column is the story&apos;s source; each cell of the others says = matches the source, ✗ differs from it, ∅ not in the source</source>
        <translation>Die erste Spalte ist die Quelle der Geschichte; jede Zelle der anderen sagt = stimmt mit der Quelle überein, ✗ weicht von ihr ab, ∅ nicht in der Quelle</translation>
    </message>
</context>
<context>
    <name>Crossread::FactModel</name>
    <message>
        <source>Source says
%1</source>
        <translation>Quelle sagt
%1</translation>
    </message>
</context>
<context>
    <name>Crossread::Facts</name>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
    <message>
        <source>a full stop</source>
        <translation>einen Punkt</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>ein Semikolon</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>einen Doppelpunkt</translation>
    </message>
    <message>
        <source>a dash</source>
        <translation>einen Gedankenstrich</translation>
    </message>
    <message>
        <source>a question mark</source>
        <translation>ein Fragezeichen</translation>
    </message>
    <message>
        <source>an exclamation mark</source>
        <translation>ein Ausrufezeichen</translation>
    </message>
    <message>
        <source>an ellipsis</source>
        <translation>Auslassungspunkte</translation>
    </message>
    <message>
        <source>a bracket</source>
        <translation>eine Klammer</translation>
    </message>
    <message>
        <source>different wording</source>
        <translation>anderer Wortlaut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for &apos;%2&apos;</source>
        <translation>„%1“ statt „%2“</translation>
    </message>
    <message>
        <source>omits the beginning: &apos;%1&apos;</source>
        <translation>lässt den Anfang weg: „%1“</translation>
    </message>
    <message>
        <source>omits the end: &apos;%1&apos;</source>
        <translation>lässt das Ende weg: „%1“</translation>
    </message>
    <message>
        <source>quotes more at the beginning: &apos;%1&apos;</source>
        <translation>zitiert am Anfang mehr: „%1“</translation>
    </message>
    <message>
        <source>quotes more at the end: &apos;%1&apos;</source>
        <translation>zitiert am Ende mehr: „%1“</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos;</source>
        <translation>fügt „%1“ hinzu</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos; at the end</source>
        <translation>fügt am Ende „%1“ hinzu</translation>
    </message>
    <message>
        <source>adds %1 after &apos;%2&apos;</source>
        <translation>fügt %1 nach „%2“ hinzu</translation>
    </message>
    <message>
        <source>omits %1 after &apos;%2&apos;</source>
        <translation>lässt %1 nach „%2“ weg</translation>
    </message>
    <message>
        <source>%1 instead of %2 after &apos;%3&apos;</source>
        <translation>%1 statt %2 nach „%3“</translation>
    </message>
    <message>
        <source>omits &apos;%1&apos;</source>
        <translation>lässt „%1“ weg</translation>
    </message>
    <message>
        <source>quote: &apos;%1&apos;</source>
        <translation>Zitat: „%1“</translation>
    </message>
    <message>
        <source>quote, %1</source>
        <translation>Zitat, %1</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date of %1</source>
        <translation>Datum von %1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>, %1 tier</source>
        <translation>, Stufe %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; spelt &apos;%2&apos;</source>
        <translation>„%1“ geschrieben „%2“</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos; at an ellipsis</source>
        <translation>lässt „%1“ an einer Auslassung weg</translation>
    </message>
    <message>
        <source>quotes &apos;%1&apos; where the other leaves an ellipsis</source>
        <translation>zitiert „%1“, wo die andere Fassung eine Auslassung hat</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos;</source>
        <translation>lässt „%1“ weg</translation>
    </message>
    <message>
        <source>quotes more in the middle: &apos;%1&apos;</source>
        <translation>zitiert mehr in der Mitte: „%1“</translation>
    </message>
    <message>
        <source>share in &apos;%1&apos;</source>
        <translation>Anteil in „%1“</translation>
    </message>
    <message>
        <source>date in &apos;%1&apos;</source>
        <translation>Datum in „%1“</translation>
    </message>
    <message>
        <source>amount in &apos;%1&apos;</source>
        <translation>Betrag in „%1“</translation>
    </message>
    <message>
        <source>count in &apos;%1&apos;</source>
        <translation>Anzahl in „%1“</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>amount for %1</source>
        <translation>Betrag für %1</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>time in &apos;%1&apos;</source>
        <translation>Uhrzeit in „%1“</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>Crossread::Fetch</name>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>nicht abgerufen: Einstellungen ▸ Nie das Netzwerk verwenden ist eingeschaltet</translation>
    </message>
    <message>
        <source>the page is larger than the import limit of %1 MB</source>
        <translation>die Seite ist größer als die Importgrenze von %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>the address gives %1, not a web page or a PDF</source>
        <translation>die Adresse liefert %1, keine Webseite und kein PDF</translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s)</source>
        <translation>
            <numerusform>sie leitet mehr als %n Mal weiter</numerusform>
            <numerusform>sie leitet mehr als %n Mal weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>it redirects to %1, which is not a web address</source>
        <translation>sie leitet zu %1 weiter, das keine Webadresse ist</translation>
    </message>
    <message>
        <source>the server&apos;s name %1 was not found (DNS)</source>
        <translation>der Servername %1 wurde nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the secure connection failed (TLS): %1</source>
        <translation>die sichere Verbindung ist gescheitert (TLS): %1</translation>
    </message>
    <message>
        <source>it could not be fetched: %1</source>
        <translation>sie konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1 is not a web address (only http and https are fetched)</source>
        <translation>%1 ist keine Webadresse (nur http und https werden abgerufen)</translation>
    </message>
</context>
<context>
    <name>Crossread::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open Session or Articles</source>
        <translation>Sitzung oder Artikel öffnen</translation>
    </message>
    <message>
        <source>Sessions and articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Crossread sessions (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;All files (*)</source>
        <translation>Sitzungen und Artikel (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Crossread-Sitzungen (*.crossread);;Artikel (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>U&amp;RL öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung s&amp;chließen</translation>
    </message>
    <message>
        <source>Recent Sess&amp;ions</source>
        <translation>Letzte &amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung s&amp;peichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>Als Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Open &amp;Sample Story</source>
        <translation>&amp;Beispielgeschichte öffnen</translation>
    </message>
    <message>
        <source>This session is read-only: save it under a new name before adding articles.</source>
        <translation>Diese Sitzung ist schreibgeschützt: Speichern Sie sie unter einem neuen Namen, bevor Sie Artikel hinzufügen.</translation>
    </message>
    <message>
        <source>Dropped article</source>
        <translation>Abgelegter Artikel</translation>
    </message>
    <message>
        <source>Sample Story</source>
        <translation>Beispielgeschichte</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Eingefügter Artikel</translation>
    </message>
    <message>
        <source>The clipboard holds no text or HTML to paste as an article.</source>
        <translation>Die Zwischenablage enthält keinen Text und kein HTML, das als Artikel eingefügt werden könnte.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>Too Many Articles</source>
        <translation>Zu viele Artikel</translation>
    </message>
    <message>
        <source>A story holds at most %1 articles.</source>
        <translation>Eine Geschichte umfasst höchstens %1 Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n article(s) imported.</source>
        <translation>
            <numerusform>Import abgebrochen; %n Artikel importiert.</numerusform>
            <numerusform>Import abgebrochen; %n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Files Could Not Be Opened</source>
        <translation>Einige Dateien konnten nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden:</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept for recovery: %1</source>
        <translation>Ungespeicherte Änderungen können nicht für die Wiederherstellung aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Articles are being imported. Open the session when the import has finished.</source>
        <translation>Artikel werden gerade importiert. Öffnen Sie die Sitzung, wenn der Import fertig ist.</translation>
    </message>
    <message>
        <source>Cannot Open Session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Crossread sessions (*.crossread)</source>
        <translation>Crossread-Sitzungen (*.crossread)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your annotations, claims and articles are lost if you don&apos;t save them.</source>
        <translation>Ihre Anmerkungen, Behauptungen und Artikel gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1.</source>
        <translation>Ungespeicherte Arbeit an %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>an untitled story</source>
        <translation>einer unbenannten Geschichte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>Crossread::Import</name>
    <message>
        <source>the page nests elements more than %1 levels deep</source>
        <translation>die Seite verschachtelt Elemente mehr als %1 Ebenen tief</translation>
    </message>
    <message>
        <source>the HTML parser returned no document</source>
        <translation>der HTML-Parser hat kein Dokument geliefert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the page holds no article text (it may be a home page, a gallery or an error page)</source>
        <translation>die Seite enthält keinen Artikeltext (vielleicht eine Startseite, eine Galerie oder eine Fehlerseite)</translation>
    </message>
    <message>
        <source>The page declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>Die Seite gibt keine Kodierung an und ist kein UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced by �.</source>
        <translation>
            <numerusform>%n ungültige Bytefolge wurde durch � ersetzt.</numerusform>
            <numerusform>%n ungültige Bytefolgen wurden durch � ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page&apos;s markup holds no article text; the text comes from the article data embedded in the page.</source>
        <translation>Das Markup der Seite enthält keinen Artikeltext; der Text stammt aus den in die Seite eingebetteten Artikeldaten.</translation>
    </message>
    <message>
        <source>All the text found in the page is page furniture (navigation, ads, notices); it may not be an article.</source>
        <translation>Der gesamte Text der Seite ist Seitenbeiwerk (Navigation, Werbung, Hinweise); vielleicht ist es kein Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n word(s) of article text were found; the page may not be an article.</source>
        <translation>
            <numerusform>Nur %n Wort Artikeltext gefunden; vielleicht ist die Seite kein Artikel.</numerusform>
            <numerusform>Nur %n Wörter Artikeltext gefunden; vielleicht ist die Seite kein Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei gibt keine Kodierung an und ist kein UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
    <message>
        <source>The Markdown is too dense to lay out (thousands of marks or lines in one paragraph or list); it was read as plain text.</source>
        <translation>Das Markdown ist zu dicht für das Layout (Tausende Zeichen oder Zeilen in einem Absatz oder einer Liste); es wurde als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The encoding the page declares does not fit its bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>Die von der Seite angegebene Kodierung passt nicht zu ihren Bytes, die gültiges UTF-8 sind; sie wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>%1: the same bytes as %2 (SHA-256 %3); not added twice</source>
        <translation>%1: dieselben Bytes wie %2 (SHA-256 %3); nicht doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>The encoding the server declared does not fit the page&apos;s bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>Die vom Server angegebene Kodierung passt nicht zu den Bytes der Seite, die gültiges UTF-8 sind; sie wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>it is not a single-file web page (MHTML): it has no MIME headers</source>
        <translation>es ist keine als eine Datei gespeicherte Webseite (MHTML): sie hat keine MIME-Kopfzeilen</translation>
    </message>
    <message>
        <source>the single-file web page (MHTML) holds no HTML part</source>
        <translation>die als eine Datei gespeicherte Webseite (MHTML) enthält keinen HTML-Teil</translation>
    </message>
    <message>
        <source>the PDF cannot be read: it is damaged or not a PDF</source>
        <translation>das PDF kann nicht gelesen werden: Es ist beschädigt oder kein PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted and opens only with a password, which Crossread does not ask for; open it in a PDF viewer and save or print a copy without encryption</source>
        <translation>das PDF ist verschlüsselt und öffnet sich nur mit einem Passwort, nach dem Crossread nicht fragt; öffnen Sie es in einem PDF-Betrachter und speichern oder drucken Sie eine unverschlüsselte Kopie</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; Crossread reads documents of at most %2 pages (extract the pages the story is about into a PDF of their own)</source>
        <translation>das PDF hat %1 Seiten; Crossread liest Dokumente mit höchstens %2 Seiten (ziehen Sie die Seiten, um die es geht, in ein eigenes PDF aus)</translation>
    </message>
    <message>
        <source>the PDF has no text layer: its pages are images (a scan?), and Crossread reads text only; run it through text recognition (OCR) first</source>
        <translation>das PDF hat keine Textebene: Seine Seiten sind Bilder (ein Scan?), und Crossread liest nur Text; lassen Sie zuerst eine Texterkennung (OCR) darüber laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1 have no text layer (images, perhaps scanned): page %2. Their text is not in the article.</source>
        <translation>
            <numerusform>%n von %1 Seiten hat keine Textebene (Bilder, vielleicht gescannt): Seite %2. Ihr Text fehlt im Artikel.</numerusform>
            <numerusform>%n von %1 Seiten haben keine Textebene (Bilder, vielleicht gescannt): Seite %2. Ihr Text fehlt im Artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>this Crossread was built without PDF support (Poppler&apos;s Qt 6 library); it cannot read PDF files</source>
        <translation>dieses Crossread wurde ohne PDF-Unterstützung (die Qt-6-Bibliothek von Poppler) gebaut; es kann keine PDF-Dateien lesen</translation>
    </message>
</context>
<context>
    <name>Crossread::Legend</name>
    <message>
        <source>same words</source>
        <translation>gleicher Wortlaut</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>nur ein Medium</translation>
    </message>
    <message>
        <source>figures agree</source>
        <translation>Zahlen gleich</translation>
    </message>
    <message>
        <source>figures conflict</source>
        <translation>Zahlen uneins</translation>
    </message>
    <message>
        <source>figure in one outlet</source>
        <translation>Zahl nur einmal</translation>
    </message>
    <message>
        <source>quote worded differently</source>
        <translation>Zitat abweichend</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>matches the source</source>
        <translation>stimmt mit der Quelle überein</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>weicht von der Quelle ab</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>nicht in der Quelle</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Articles of the story</source>
        <translation>Artikel der Geschichte</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>Article &amp;Details…</source>
        <translation>Artikel&amp;details…</translation>
    </message>
    <message>
        <source>&amp;Remove Article from Story</source>
        <translation>Artikel aus der Geschichte ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation>In allen Artikeln &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>No more in this direction.</source>
        <translation>In dieser Richtung gibt es nichts mehr.</translation>
    </message>
    <message>
        <source>Next &amp;Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>Previous Di&amp;fference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>Nächster &amp;Widerspruch</translation>
    </message>
    <message>
        <source>Previous Co&amp;nflict</source>
        <translation>Vorheriger Wider&amp;spruch</translation>
    </message>
    <message>
        <source>Next &amp;Unique Passage</source>
        <translation>Nächste Einzel&amp;passage</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Passage</source>
        <translation>Vorherige Einzelpass&amp;age</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>&amp;Synchron scrollen</translation>
    </message>
    <message>
        <source>&amp;Collapse Boilerplate</source>
        <translation>Seitenbeiwerk &amp;einklappen</translation>
    </message>
    <message>
        <source>Show &amp;Passages</source>
        <translation>&amp;Passagen zeigen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Unique to One Outlet</source>
        <translation>Nur in &amp;einem Medium</translation>
    </message>
    <message>
        <source>&amp;Missing from One Outlet</source>
        <translation>In einem Medium &amp;fehlend</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>&amp;Über Crossread</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>%n Artikel wird importiert…</numerusform>
            <numerusform>%n Artikel werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>Über Crossread</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read several outlets&apos; coverage of one story side by side: where they agree, where they disagree, and what only one of them says.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KSyntaxHighlighting: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Lesen Sie die Berichte mehrerer Medien über eine Geschichte nebeneinander: wo sie übereinstimmen, wo sie sich widersprechen und was nur eines von ihnen schreibt.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;KSyntaxHighlighting: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>not available; built-in themes</source>
        <translation>nicht verfügbar; eingebaute Farbschemata</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analyse abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Passage</numerusform>
            <numerusform>%n Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Widerspruch</numerusform>
            <numerusform>%n Widersprüche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>One row per article; Alt+Enter edits its details, Delete removes it.</source>
        <translation>Eine Zeile je Artikel; Alt+Eingabe bearbeitet seine Details, Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>Articles panel</source>
        <translation>Artikelbereich</translation>
    </message>
    <message>
        <source>Facts panel</source>
        <translation>Faktenbereich</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Stand der Analyse</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Article S&amp;ource</source>
        <translation>Artikel&amp;quelle</translation>
    </message>
    <message>
        <source>Fact &amp;Matrix</source>
        <translation>Fakten&amp;matrix</translation>
    </message>
    <message>
        <source>%1[*] — Crossread</source>
        <translation>%1[*] — Crossread</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Quote</source>
        <translation>&amp;Behauptung aus diesem Zitat erstellen</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Fact</source>
        <translation>&amp;Behauptung aus diesem Fakt erstellen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>Anmerkungsbereich</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Claims panel</source>
        <translation>Behauptungsbereich</translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation>Schreibgeschützte Sitzung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nmerkungen</translation>
    </message>
    <message>
        <source>This session was written by a newer version of Crossread and is open read-only. Use File ▸ Save Session As to keep a copy in this version&apos;s format.</source>
        <translation>Diese Sitzung wurde von einer neueren Crossread-Version geschrieben und ist schreibgeschützt geöffnet. Mit Datei ▸ Sitzung speichern unter behalten Sie eine Kopie im Format dieser Version.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Articl&amp;e List</source>
        <translation>Artikel&amp;liste</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation>&amp;Behauptungen</translation>
    </message>
    <message>
        <source>No conflicts in this story.</source>
        <translation>In dieser Geschichte gibt es keine Widersprüche.</translation>
    </message>
    <message>
        <source>No passage in this story is told by one outlet only.</source>
        <translation>Keine Passage dieser Geschichte steht nur bei einem Medium.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>annotations and claims</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” and the %2 on it?</source>
        <translation>„%1“ und die %2 darauf entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n articles and the %1 on them?</source>
        <translation>
            <numerusform>%n Artikel und die %1 darauf entfernen?</numerusform>
            <numerusform>%n Artikel und die %1 darauf entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Panels and lists</source>
        <translation>Leisten und Listen</translation>
    </message>
    <message>
        <source>Mark Re&amp;worded Words</source>
        <translation>Umformulierte &amp;Wörter markieren</translation>
    </message>
</context>
<context>
    <name>Crossread::OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>&amp;Web addresses of the articles, one per line:</source>
        <translation>&amp;Webadressen der Artikel, eine pro Zeile:</translation>
    </message>
    <message>
        <source>https://news.example.org/2026/12/harbour-strike</source>
        <translation>https://news.example.org/2026/12/hafenstreik</translation>
    </message>
    <message>
        <source>Only each page itself is fetched, never its images, scripts or styles, and no cookies are sent. The fetched page is kept in the session, so the session opens without the network.</source>
        <translation>Abgerufen wird nur jede Seite selbst, nie ihre Bilder, Skripte oder Stile, und es werden keine Cookies gesendet. Die abgerufene Seite wird in der Sitzung gespeichert, sodass sich die Sitzung ohne Netzwerk öffnet.</translation>
    </message>
</context>
<context>
    <name>Crossread::OutletBar</name>
    <message>
        <source>&amp;Name Outlets…</source>
        <translation>Medien &amp;benennen…</translation>
    </message>
    <message>
        <source>Hide until another article without an outlet arrives</source>
        <translation>Ausblenden, bis ein weiterer Artikel ohne Medium hinzukommt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no outlet; the panes, the matrix and the reports show the file name instead.</source>
        <translation>
            <numerusform>%n Artikel nennt kein Medium; Spalten, Matrix und Berichte zeigen stattdessen den Dateinamen.</numerusform>
            <numerusform>%n Artikel nennen kein Medium; Spalten, Matrix und Berichte zeigen stattdessen den Dateinamen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::OutletForm</name>
    <message>
        <source>Name the Outlets</source>
        <translation>Medien benennen</translation>
    </message>
    <message>
        <source>Nothing in these files names who published them. Type each outlet&apos;s name; leave a field empty to keep the file name. Article Details (Alt+Return) edits the rest of an article&apos;s details.</source>
        <translation>Nichts in diesen Dateien nennt, wer sie veröffentlicht hat. Geben Sie den Namen jedes Mediums ein; ein leeres Feld behält den Dateinamen. Die Artikeldetails (Alt+Eingabe) bearbeiten die übrigen Angaben eines Artikels.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Outlet of %1</source>
        <translation>Medium von %1</translation>
    </message>
</context>
<context>
    <name>Crossread::Output</name>
    <message>
        <source>this is the same file as %1; writing would destroy it</source>
        <translation>dies ist dieselbe Datei wie %1; Schreiben würde sie zerstören</translation>
    </message>
    <message>
        <source>this is a folder; give a file name</source>
        <translation>dies ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>this is a block device; Crossread never writes to one</source>
        <translation>dies ist ein Blockgerät; Crossread schreibt nie auf eines</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>dies ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 Crossread imports</source>
        <translation>die Datei ist größer als die %1, die Crossread importiert</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Crossread imports</source>
        <translation>die Datei ist %1 groß, mehr als die %2, die Crossread importiert</translation>
    </message>
</context>
<context>
    <name>Crossread::PreferencesDialog</name>
    <message>
        <source>Print-friendly &amp;greyscale instead of colour</source>
        <translation>Druckfreundliche Graustufen statt Far&amp;be</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font of the article panes</source>
        <translation>Schriftart der Artikelspalten</translation>
    </message>
    <message>
        <source>Font size of the article panes</source>
        <translation>Schriftgröße der Artikelspalten</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Crossread starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Crossread.</translation>
    </message>
    <message>
        <source>Asked for when you first review a claim</source>
        <translation>Wird bei der ersten Prüfung einer Behauptung erfragt</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Recorded with the verdicts you give and printed on reports.</source>
        <translation>Wird mit Ihren Urteilen gespeichert und in Berichte gedruckt.</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Nach Gebietsschema</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size of reports</source>
        <translation>Papierformat der Berichte</translation>
    </message>
    <message>
        <source>Sections of reports</source>
        <translation>Abschnitte der Berichte</translation>
    </message>
    <message>
        <source>Checked sections are included when you export; press Space to check or uncheck.</source>
        <translation>Angekreuzte Abschnitte werden beim Exportieren aufgenommen; Leertaste kreuzt an oder ab.</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language and review</source>
        <translation>Sprache und Prüfung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Name des &amp;Prüfers:</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Vorgaben für den Export</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Papierforma&amp;t:</translation>
    </message>
    <message>
        <source>Sections to &amp;include:</source>
        <translation>&amp;Enthaltene Abschnitte:</translation>
    </message>
    <message>
        <source>&amp;Never use the network</source>
        <translation>&amp;Nie das Netzwerk verwenden</translation>
    </message>
    <message>
        <source>File ▸ Open URL and dropped links are refused; files and sessions never use the network.</source>
        <translation>Datei ▸ URL öffnen und abgelegte Links werden abgelehnt; Dateien und Sitzungen verwenden nie das Netzwerk.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>Crossread::ReaderView</name>
    <message>
        <source>Comparison reader</source>
        <translation>Vergleichsansicht</translation>
    </message>
    <message>
        <source>Open articles about one story (File ▸ Open Articles, or drop files here) to read them side by side.
Help ▸ Open Sample Story shows how.</source>
        <translation>Öffnen Sie Artikel über eine Geschichte (Datei ▸ Artikel öffnen, oder Dateien hierher ziehen), um sie nebeneinander zu lesen.
Hilfe ▸ Beispielgeschichte öffnen zeigt, wie es geht.</translation>
    </message>
</context>
<context>
    <name>Crossread::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Crossread did not close properly last time. This work was not saved:</source>
        <translation>Crossread wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Arbeit wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Unsaved stories</source>
        <translation>Ungespeicherte Geschichten</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Geschichte</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep the unsaved work and ask again at the next start</source>
        <translation>Die ungespeicherte Arbeit behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Ungespeicherte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved work of “%1”? This cannot be undone.</source>
        <translation>Die ungespeicherte Arbeit an „%1“ verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1: the file could not be removed, or another Crossread is using it.</source>
        <translation>%1: die Datei konnte nicht entfernt werden, oder ein anderes Crossread verwendet sie.</translation>
    </message>
</context>
<context>
    <name>Crossread::Review</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>(article not in story)</source>
        <translation>(Artikel nicht in der Geschichte)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>Edit Reviewer Notes</source>
        <translation>Prüfnotizen bearbeiten</translation>
    </message>
    <message>
        <source>Set Verdict</source>
        <translation>Urteil setzen</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Beleg ändern</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Remove Articles</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Withdraw Correction</source>
        <translation>Korrektur zurückziehen</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Change Verdicts</source>
        <translation>Urteile ändern</translation>
    </message>
    <message>
        <source>Mark as Source</source>
        <translation>Als Quelle markieren</translation>
    </message>
    <message>
        <source>Unmark Source</source>
        <translation>Quellenmarkierung aufheben</translation>
    </message>
</context>
<context>
    <name>Crossread::ReviewActions</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl &amp;anmerken…</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Neue &amp;Behauptung aus der Auswahl</translation>
    </message>
    <message>
        <source>New Claim from &amp;Passage</source>
        <translation>Neue Behauptung aus der &amp;Passage</translation>
    </message>
    <message>
        <source>Place the cursor in an analysed passage first.</source>
        <translation>Setzen Sie zuerst die Schreibmarke in eine analysierte Passage.</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Evidence</source>
        <translation>Auswahl als B&amp;eleg hinzufügen</translation>
    </message>
    <message>
        <source>Select a claim in the Claims panel and text in an article first.</source>
        <translation>Wählen Sie zuerst eine Behauptung im Behauptungsbereich und Text in einem Artikel aus.</translation>
    </message>
    <message>
        <source>Edit &amp;Verdicts…</source>
        <translation>&amp;Urteile bearbeiten…</translation>
    </message>
    <message>
        <source>Select text in an article first.</source>
        <translation>Wählen Sie zuerst Text in einem Artikel aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>That article is no longer in the story.</source>
        <translation>Dieser Artikel ist nicht mehr in der Geschichte.</translation>
    </message>
    <message>
        <source>New Claim from &amp;Selection</source>
        <translation>Neue Behauptung aus der Aus&amp;wahl</translation>
    </message>
    <message>
        <source>New Claim from This &amp;Passage</source>
        <translation>Neue Behauptung aus dieser &amp;Passage</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Quote</source>
        <translation>Behauptung aus diesem &amp;Zitat erstellen</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Fact</source>
        <translation>Behauptung aus diesem &amp;Fakt erstellen</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Your name, recorded with the verdicts you set:</source>
        <translation>Ihr Name, der mit Ihren Urteilen gespeichert wird:</translation>
    </message>
</context>
<context>
    <name>Crossread::Session</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>dies ist ein Ordner, keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most a session may hold</source>
        <translation>die Datei ist größer als %1 MB, das Höchstmaß für eine Sitzung</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not a Crossread session (not an SQLite database)</source>
        <translation>dies ist keine Crossread-Sitzung (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>the file is cut short (truncated)</source>
        <translation>die Datei ist abgeschnitten (unvollständig)</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Crossread session</source>
        <translation>dies ist die SQLite-Datenbank eines anderen Programms, keine Crossread-Sitzung</translation>
    </message>
    <message>
        <source>the file is cut short (truncated): %1 of %2 bytes</source>
        <translation>die Datei ist abgeschnitten (unvollständig): %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>no temporary folder to upgrade it in: %1</source>
        <translation>kein temporärer Ordner für die Umwandlung: %1</translation>
    </message>
    <message>
        <source>it could not be copied to be upgraded</source>
        <translation>sie konnte für die Umwandlung nicht kopiert werden</translation>
    </message>
    <message>
        <source>This session was saved in an older format (version %1) and was upgraded. The file itself changes only when you save it.</source>
        <translation>Diese Sitzung wurde in einem älteren Format (Version %1) gespeichert und umgewandelt. Die Datei selbst ändert sich erst beim Speichern.</translation>
    </message>
    <message>
        <source>this version of Crossread cannot upgrade format version %1</source>
        <translation>diese Crossread-Version kann Formatversion %1 nicht umwandeln</translation>
    </message>
    <message>
        <source>upgrading from format version %1 to %2 failed: %3</source>
        <translation>die Umwandlung von Formatversion %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the file has no format version</source>
        <translation>die Datei hat keine Formatversion</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Crossread (format %1; this version reads up to %2) and cannot be read: %3</source>
        <translation>sie wurde von einer neueren Crossread-Version gespeichert (Format %1; diese Version liest bis %2) und kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>This session was saved by a newer version of Crossread (format %1; this version reads up to %2). It is open read-only: what the newer version added is not shown, and Save As writes a copy in this version&apos;s format without it.</source>
        <translation>Diese Sitzung wurde von einer neueren Crossread-Version gespeichert (Format %1; diese Version liest bis %2). Sie ist schreibgeschützt geöffnet: Was die neuere Version hinzugefügt hat, wird nicht angezeigt, und „Speichern unter“ schreibt eine Kopie im Format dieser Version ohne diese Teile.</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>dies ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>the session would be larger than %1 MB, the most a session may hold</source>
        <translation>die Sitzung würde größer als %1 MB, das Höchstmaß für eine Sitzung</translation>
    </message>
    <message>
        <source>it could not be written to disk: %1</source>
        <translation>sie konnte nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>it could not be replaced: %1</source>
        <translation>sie konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>this is not a Crossread recovery journal</source>
        <translation>dies ist kein Crossread-Wiederherstellungsjournal</translation>
    </message>
    <message>
        <source>it was written by a newer version of Crossread (format %1)</source>
        <translation>es wurde von einer neueren Crossread-Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>the recovery journal was discarded</source>
        <translation>das Wiederherstellungsjournal wurde verworfen</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created</source>
        <translation>der Wiederherstellungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the recovery journal cannot be locked</source>
        <translation>das Wiederherstellungsjournal kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>a running Crossread is using this recovery journal</source>
        <translation>ein laufendes Crossread verwendet dieses Wiederherstellungsjournal</translation>
    </message>
    <message>
        <source>the table %1 holds an impossible value in column %2</source>
        <translation>die Tabelle %1 enthält in Spalte %2 einen unmöglichen Wert</translation>
    </message>
    <message>
        <source>the table %1 is missing or damaged (%2)</source>
        <translation>die Tabelle %1 fehlt oder ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>the session holds more than %1 articles</source>
        <translation>die Sitzung enthält mehr als %1 Artikel</translation>
    </message>
    <message>
        <source>article %1 (%2) does not match its content hash; the file was changed outside Crossread</source>
        <translation>Artikel %1 (%2) passt nicht zu seinem Inhalts-Hash; die Datei wurde außerhalb von Crossread geändert</translation>
    </message>
    <message>
        <source>annotation %1 points outside its article</source>
        <translation>Anmerkung %1 zeigt außerhalb ihres Artikels</translation>
    </message>
    <message>
        <source>the table annotation_tags names annotations that do not exist</source>
        <translation>die Tabelle annotation_tags nennt Anmerkungen, die es nicht gibt</translation>
    </message>
    <message>
        <source>a source of claim %1 points outside its article</source>
        <translation>eine Quelle der Behauptung %1 zeigt außerhalb ihres Artikels</translation>
    </message>
    <message>
        <source>claim %1 has two pieces of evidence numbered %2</source>
        <translation>Behauptung %1 hat zwei Belege mit der Nummer %2</translation>
    </message>
    <message>
        <source>evidence of claim %1 points outside its article</source>
        <translation>ein Beleg der Behauptung %1 zeigt außerhalb seines Artikels</translation>
    </message>
    <message>
        <source>sources or evidence name claims that do not exist</source>
        <translation>Quellen oder Belege nennen Behauptungen, die es nicht gibt</translation>
    </message>
    <message>
        <source>the session has no verdicts</source>
        <translation>die Sitzung hat keine Urteile</translation>
    </message>
    <message>
        <source>the table view holds impossible values</source>
        <translation>die Tabelle view enthält unmögliche Werte</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>the stored article differs</source>
        <translation>der gespeicherte Artikel weicht ab</translation>
    </message>
    <message>
        <source>the review&apos;s id counters are missing or wrong</source>
        <translation>die Nummernzähler der Prüfung fehlen oder sind falsch</translation>
    </message>
    <message>
        <source>there is not enough space to write it (%1)</source>
        <translation>zum Schreiben ist nicht genug Platz (%1)</translation>
    </message>
    <message>
        <source>this is not a Crossread session (%1)</source>
        <translation>dies ist keine Crossread-Sitzung (%1)</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>sie kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>reading it takes far more work than a session of its size needs; the file may be built to stall the reader</source>
        <translation>das Lesen braucht weit mehr Arbeit, als eine Sitzung dieser Größe braucht; die Datei ist vielleicht gebaut, um das Lesen aufzuhalten</translation>
    </message>
    <message>
        <source>article %1 (%2)</source>
        <translation>Artikel %1 (%2)</translation>
    </message>
    <message>
        <source>The text of %1 is not what its original bytes give when imported again: it was edited after import, or another version of Crossread read the source differently. Its SHA-256 certifies the original bytes, not this text. The session is open read-only.</source>
        <translation>Der Text von %1 ist nicht, was seine Originalbytes beim erneuten Import ergeben: er wurde nach dem Import bearbeitet, oder eine andere Crossread-Version hat die Quelle anders gelesen. Sein SHA-256 beglaubigt die Originalbytes, nicht diesen Text. Die Sitzung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>reading it takes far more work than a journal of its size needs</source>
        <translation>das Lesen braucht weit mehr Arbeit, als ein Journal dieser Größe braucht</translation>
    </message>
    <message>
        <source>the file is damaged: its schema cannot be read (%1)</source>
        <translation>die Datei ist beschädigt: ihr Schema kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it holds a view (%1), which a session never does</source>
        <translation>sie enthält eine View (%1), was eine Sitzung nie tut</translation>
    </message>
    <message>
        <source>it holds a trigger (%1), which a session never does</source>
        <translation>sie enthält einen Trigger (%1), was eine Sitzung nie tut</translation>
    </message>
    <message>
        <source>it holds an index (%1) the session format does not define</source>
        <translation>sie enthält einen Index (%1), den das Sitzungsformat nicht vorsieht</translation>
    </message>
    <message>
        <source>it holds an object of type %1 (%2) the session format does not define</source>
        <translation>sie enthält ein Objekt vom Typ %1 (%2), das das Sitzungsformat nicht vorsieht</translation>
    </message>
    <message>
        <source>it holds a virtual table (%1), which a session never does</source>
        <translation>sie enthält eine virtuelle Tabelle (%1), was eine Sitzung nie tut</translation>
    </message>
    <message>
        <source>it holds a table (%1) the session format does not define</source>
        <translation>sie enthält eine Tabelle (%1), die das Sitzungsformat nicht vorsieht</translation>
    </message>
    <message>
        <source>its table %1 is not defined as the session format defines it</source>
        <translation>ihre Tabelle %1 ist nicht so definiert, wie das Sitzungsformat sie definiert</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle to secure</source>
        <translation>der SQLite-Treiber liefert kein Datenbank-Handle zum Absichern</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode cannot be switched on</source>
        <translation>der defensive Modus von SQLite lässt sich nicht einschalten</translation>
    </message>
    <message>
        <source>an SQLite feature cannot be switched off (option %1)</source>
        <translation>eine SQLite-Funktion lässt sich nicht abschalten (Option %1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>correction %1 points outside its article</source>
        <translation>Korrektur %1 zeigt aus ihrem Artikel hinaus</translation>
    </message>
</context>
<context>
    <name>Crossread::Source</name>
    <message>
        <source>matches the source</source>
        <translation>stimmt mit der Quelle überein</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>weicht von der Quelle ab</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>nicht in der Quelle</translation>
    </message>
    <message>
        <source>not comparable with the source</source>
        <translation>nicht mit der Quelle vergleichbar</translation>
    </message>
    <message>
        <source>a claim the source contradicts</source>
        <translation>eine Behauptung, der die Quelle widerspricht</translation>
    </message>
    <message>
        <source>a claim no evidence in the source supports</source>
        <translation>eine Behauptung, die kein Beleg in der Quelle stützt</translation>
    </message>
    <message>
        <source>a quote the source does not hold</source>
        <translation>ein Zitat, das nicht in der Quelle steht</translation>
    </message>
    <message>
        <source>a figure the source does not give</source>
        <translation>eine Zahl, die die Quelle nicht nennt</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceActions</name>
    <message>
        <source>Story&apos;s &amp;Source</source>
        <translation>&amp;Quelle der Geschichte</translation>
    </message>
    <message>
        <source>Mark the article as the story&apos;s source (the press release, filing or report the coverage reports on): every outlet is compared with it</source>
        <translation>Den Artikel als Quelle der Geschichte markieren (die Pressemitteilung, Akte oder der Bericht, über den berichtet wird): jedes Medium wird mit ihm verglichen</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceMarks</name>
    <message>
        <source>§ the source</source>
        <translation>§ die Quelle</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation>Quelle von %1</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Ursprüngliche Quelle</translation>
    </message>
</context>
<context>
    <name>Crossread::StoryDocument</name>
    <message>
        <source>the session has no file of its own yet, or is read-only: save it under a new name</source>
        <translation>die Sitzung hat noch keine eigene Datei oder ist schreibgeschützt: speichern Sie sie unter einem neuen Namen</translation>
    </message>
</context>
<context>
    <name>Crossread::Verdict</name>
    <message>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
</context>
<context>
    <name>Crossread::VerdictSetDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Verdicts of This Session</source>
        <translation>Urteile dieser Sitzung</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Neues Urteil</translation>
    </message>
    <message>
        <source>A review needs at least two verdicts: the first for claims not reviewed yet, and one more.</source>
        <translation>Eine Prüfung braucht mindestens zwei Urteile: das erste für noch nicht geprüfte Behauptungen und ein weiteres.</translation>
    </message>
    <message>
        <source>“%1” (the first) marks claims not reviewed yet. Claims keep a verdict you remove; it is shown as written.</source>
        <translation>„%1“ (das erste) kennzeichnet noch nicht geprüfte Behauptungen. Behauptungen behalten ein Urteil, das Sie entfernen; es wird so angezeigt, wie es geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>Crossread::ViewActions</name>
    <message>
        <source>The new language takes effect the next time Crossread starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Crossread.</translation>
    </message>
    <message>
        <source>&amp;Automatic: Not When Most Passages Are Reworded</source>
        <translation>&amp;Automatisch: nicht, wenn die meisten Passagen umformuliert sind</translation>
    </message>
    <message>
        <source>Al&amp;ways</source>
        <translation>&amp;Immer</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>Crossread::WebImport</name>
    <message>
        <source>Stop Fetching</source>
        <translation>Abrufen beenden</translation>
    </message>
    <message>
        <source>Fetching web pages: %1 of %2</source>
        <translation>Webseiten werden abgerufen: %1 von %2</translation>
    </message>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>nicht abgerufen: Einstellungen ▸ Nie das Netzwerk verwenden ist eingeschaltet</translation>
    </message>
</context>
</TS>
