<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crossread::AnnotationsDock</name>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 of %n annotation shown</numerusform>
            <numerusform>%1 of %n annotations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleDetailsDialog</name>
    <message numerus="yes">
        <source>%1, %n invalid byte sequence(s) replaced</source>
        <translation>
            <numerusform>%1, %n invalid byte sequence replaced</numerusform>
            <numerusform>%1, %n invalid byte sequences replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ArticlePane</name>
    <message numerus="yes">
        <source>One of %n related figures about %1 (click to see them)</source>
        <translation>
            <numerusform>One of %n related figures about %1 (click to see them)</numerusform>
            <numerusform>One of %n related figures about %1 (click to see them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimsPanel</name>
    <message numerus="yes">
        <source>%1 of %n claim(s) reviewed</source>
        <translation>
            <numerusform>%1 of %n claim reviewed</numerusform>
            <numerusform>%1 of %n claims reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ConnectorBand</name>
    <message numerus="yes">
        <source>%n passage(s) in both</source>
        <translation>
            <numerusform>%n passage in both</numerusform>
            <numerusform>%n passages in both</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n identical</numerusform>
            <numerusform>%n identical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n reworded</numerusform>
            <numerusform>%n reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in %1</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n only in %1</numerusform>
            <numerusform>%n only in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) already exist. Replace them?</source>
        <translation>
            <numerusform>%n file already exists. Replace it?</numerusform>
            <numerusform>%n files already exist. Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::FactMatrix</name>
    <message numerus="yes">
        <source>%n fact(s) shown</source>
        <translation>
            <numerusform>%n fact shown</numerusform>
            <numerusform>%n facts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the story</source>
        <translation>
            <numerusform>%n conflict in the story</numerusform>
            <numerusform>%n conflicts in the story</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply</source>
        <translation>
            <numerusform>%n correction no longer applies</numerusform>
            <numerusform>%n corrections no longer apply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::Fetch</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s)</source>
        <translation>
            <numerusform>it redirects more than %n time</numerusform>
            <numerusform>it redirects more than %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::FileActions</name>
    <message numerus="yes">
        <source>Import cancelled; %n article(s) imported.</source>
        <translation>
            <numerusform>Import cancelled; %n article imported.</numerusform>
            <numerusform>Import cancelled; %n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n file could not be opened:</numerusform>
            <numerusform>%n files could not be opened:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::Import</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced by �.</source>
        <translation>
            <numerusform>%n invalid byte sequence was replaced by �.</numerusform>
            <numerusform>%n invalid byte sequences were replaced by �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n word(s) of article text were found; the page may not be an article.</source>
        <translation>
            <numerusform>Only %n word of article text was found; the page may not be an article.</numerusform>
            <numerusform>Only %n words of article text were found; the page may not be an article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1 have no text layer (images, perhaps scanned): page %2. Their text is not in the article.</source>
        <translation>
            <numerusform>%n page of %1 has no text layer (images, perhaps scanned): page %2. Its text is not in the article.</numerusform>
            <numerusform>%n pages of %1 have no text layer (images, perhaps scanned): page %2. Their text is not in the article.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importing %n article…</numerusform>
            <numerusform>Importing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n articles and the %1 on them?</source>
        <translation>
            <numerusform>Remove %n article and the %1 on it?</numerusform>
            <numerusform>Remove %n articles and the %1 on them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::OutletBar</name>
    <message numerus="yes">
        <source>%n article(s) name no outlet; the panes, the matrix and the reports show the file name instead.</source>
        <translation>
            <numerusform>%n article names no outlet; the panes, the matrix and the reports show the file name instead.</numerusform>
            <numerusform>%n articles name no outlet; the panes, the matrix and the reports show the file name instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::RecoveryDialog</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
