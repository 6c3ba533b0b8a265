<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Crossread</name>
    <message>
        <source>There are no articles to compare.</source>
        <translation>Il n’y a aucun article à comparer.</translation>
    </message>
    <message>
        <source>Only one article: there is nothing to compare it with.</source>
        <translation>Un seul article&#xa0;: il n’y a rien à quoi le comparer.</translation>
    </message>
    <message>
        <source>%1 has no article text outside page furniture, so it takes no part in the comparison.</source>
        <translation>%1 ne contient aucun texte d’article hors de l’habillage de page&#xa0;; il n’est donc pas comparé.</translation>
    </message>
    <message>
        <source>%1 shares no passage with the other articles: it may tell another story or be in another language.</source>
        <translation>%1 n’a aucun passage en commun avec les autres articles&#xa0;: il traite peut-être d’un autre sujet ou est écrit dans une autre langue.</translation>
    </message>
    <message>
        <source>A story of %1 articles is more than Crossread compares at once (at most %2).</source>
        <translation>Un sujet de %1 articles dépasse ce que Crossread compare en une fois (%2 au plus).</translation>
    </message>
    <message>
        <source>Splitting sentences</source>
        <translation>Découpage des phrases</translation>
    </message>
    <message>
        <source>Aligning passages</source>
        <translation>Alignement des passages</translation>
    </message>
    <message>
        <source>Comparing facts</source>
        <translation>Comparaison des faits</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is no longer found among the figures and quotes</source>
        <translation>%1 ne figure plus parmi les chiffres et citations</translation>
    </message>
    <message>
        <source>the rows are already in one topic</source>
        <translation>les lignes sont déjà dans un même thème</translation>
    </message>
    <message>
        <source>the two are already in one row</source>
        <translation>les deux sont déjà dans une même ligne</translation>
    </message>
    <message>
        <source>a %1 and a %2 cannot be one row</source>
        <translation>un %1 et un %2 ne peuvent former une ligne</translation>
    </message>
    <message>
        <source>%1 is already in a row of its own</source>
        <translation>%1 est déjà seul sur sa ligne</translation>
    </message>
    <message>
        <source>the row is already alone in its topic</source>
        <translation>la ligne est déjà seule dans son thème</translation>
    </message>
    <message>
        <source>the new label is empty</source>
        <translation>le nouveau libellé est vide</translation>
    </message>
    <message>
        <source>the article of %1 is no longer in the story</source>
        <translation>l&apos;article de %1 ne fait plus partie du sujet</translation>
    </message>
    <message>
        <source>%1 is no longer in the article&apos;s text</source>
        <translation>%1 n&apos;est plus dans le texte de l&apos;article</translation>
    </message>
    <message>
        <source>%1 is in no passage (page furniture)</source>
        <translation>%1 ne fait partie d’aucun passage (habillage de page)</translation>
    </message>
    <message>
        <source>the two sentences are already in one passage</source>
        <translation>les deux phrases sont déjà dans un même passage</translation>
    </message>
    <message>
        <source>in %1 the two passages are not next to each other</source>
        <translation>dans %1, les deux passages ne se suivent pas</translation>
    </message>
    <message>
        <source>%1 is in no passage of its own</source>
        <translation>%1 n&apos;a pas de passage à lui</translation>
    </message>
    <message>
        <source>the passage at %1 cannot be split there: it starts there and no other outlet tells it</source>
        <translation>le passage à %1 ne peut être coupé là : il y commence et aucun autre média ne le raconte</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>Fusionner %1 avec %2</translation>
    </message>
    <message>
        <source>Split %1 into a row of its own</source>
        <translation>Séparer %1 sur sa propre ligne</translation>
    </message>
    <message>
        <source>Move the row of %1 into the topic of %2</source>
        <translation>Déplacer la ligne de %1 dans le thème de %2</translation>
    </message>
    <message>
        <source>Move the row of %1 out of its topic</source>
        <translation>Sortir la ligne de %1 de son thème</translation>
    </message>
    <message>
        <source>Rename the row of %1 to “%2”</source>
        <translation>Renommer la ligne de %1 en « %2 »</translation>
    </message>
    <message>
        <source>Mark the row of %1 not comparable</source>
        <translation>Marquer la ligne de %1 comme non comparable</translation>
    </message>
    <message>
        <source>Set the status of the row of %1 to %2</source>
        <translation>Mettre le statut de la ligne de %1 à %2</translation>
    </message>
    <message>
        <source>Join the passage of %1 with the passage of %2</source>
        <translation>Joindre le passage de %1 au passage de %2</translation>
    </message>
    <message>
        <source>Split the passage at %1</source>
        <translation>Couper le passage à %1</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>corrigé à la main</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>corrigé par %1</translation>
    </message>
    <message>
        <source>Merge Rows</source>
        <translation>Fusionner les lignes</translation>
    </message>
    <message>
        <source>Split Mention Out</source>
        <translation>Séparer la mention</translation>
    </message>
    <message>
        <source>Move Row into Topic</source>
        <translation>Déplacer la ligne dans le thème</translation>
    </message>
    <message>
        <source>Move Row out of Topic</source>
        <translation>Sortir la ligne du thème</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <source>Mark Not Comparable</source>
        <translation>Marquer non comparable</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Join Passages</source>
        <translation>Joindre les passages</translation>
    </message>
    <message>
        <source>the file is binary, not text, Markdown, HTML or PDF</source>
        <translation>le fichier est binaire, ni texte, ni Markdown, ni HTML, ni PDF</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>Couper le passage</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>l&apos;importation a été annulée</translation>
    </message>
    <message>
        <source>Reading figures</source>
        <translation>Lecture des chiffres</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Why this matters (optional)</source>
        <translation>Pourquoi c’est important (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationsDock</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Search text, notes and tags</source>
        <translation>Rechercher dans le texte, les notes et les étiquettes</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Rechercher dans les annotations</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Filtrer par article</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Enter jumps to the annotated text; Delete removes the annotation.</source>
        <translation>Entrée mène au texte annoté&#xa0;; Suppr supprime l’annotation.</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annotation note</source>
        <translation>Note de l’annotation</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Annotation tags</source>
        <translation>Étiquettes de l’annotation</translation>
    </message>
    <message>
        <source>Annotation colour</source>
        <translation>Couleur de l’annotation</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 annotation affichée sur %n</numerusform>
            <numerusform>%1 annotations affichées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>&amp;Aller au texte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
</context>
<context>
    <name>Crossread::AppSettings</name>
    <message>
        <source>Cover page and sources</source>
        <translation>Page de titre et sources</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Affirmations et verdicts</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Matrice des faits</translation>
    </message>
    <message>
        <source>Side-by-side passages</source>
        <translation>Passages côte à côte</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>S&amp;uivre le système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Crossread::Article</name>
    <message>
        <source>p. %1</source>
        <translation>p.&#xa0;%1</translation>
    </message>
    <message>
        <source>Fetched from %1 on %2 UTC</source>
        <translation>Récupéré depuis %1 le %2 UTC</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Fichier source&#xa0;:</translation>
    </message>
    <message>
        <source>Content hash (SHA-256):</source>
        <translation>Empreinte du contenu (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n invalid byte sequence(s) replaced</source>
        <translation>
            <numerusform>%1, %n séquence d’octets invalide remplacée</numerusform>
            <numerusform>%1, %n séquences d’octets invalides remplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé le&#xa0;:</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Fetched:</source>
        <translation>Récupéré&#xa0;:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <source>The story&apos;s &amp;source: compare every outlet with it</source>
        <translation>&amp;Source de l&apos;histoire : comparer chaque média avec elle</translation>
    </message>
    <message>
        <source>The press release, filing or report the coverage reports on. A story has one source: marking this article unmarks the other.</source>
        <translation>Le communiqué, le document ou le rapport dont parle la couverture. Une histoire a une seule source : marquer cet article retire la marque de l&apos;autre.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleModel</name>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>(no outlet) %1</source>
        <translation>(aucun média) %1</translation>
    </message>
    <message>
        <source>Nothing in the file names its outlet: name it in Article Details (Alt+Return).</source>
        <translation>Rien dans le fichier ne nomme le média : indiquez-le dans les détails de l&apos;article (Alt+Entrée).</translation>
    </message>
    <message>
        <source>The story&apos;s source: every outlet is compared with it.</source>
        <translation>La source de l&apos;histoire : chaque média est comparé avec elle.</translation>
    </message>
    <message>
        <source>§ %1 (source)</source>
        <translation>§ %1 (source)</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticlePane</name>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Article de %1</translation>
    </message>
    <message>
        <source>Mark Paragraph as Article Text</source>
        <translation>Marquer le paragraphe comme texte de l’article</translation>
    </message>
    <message>
        <source>Mark Paragraph as Boilerplate</source>
        <translation>Marquer le paragraphe comme habillage</translation>
    </message>
    <message>
        <source>quote variant</source>
        <translation>variante de citation</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>outlets agree</source>
        <translation>les médias concordent</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>un seul média</translation>
    </message>
    <message numerus="yes">
        <source>One of %n related figures about %1 (click to see them)</source>
        <translation>
            <numerusform>Un des %n chiffres liés à %1 (cliquer pour les voir)</numerusform>
            <numerusform>Un des %n chiffres liés à %1 (cliquer pour les voir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Seulement dans %1</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>§ Source: %1</source>
        <translation>§ Source : %1</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Delete C&amp;laim</source>
        <translation>Supprimer l’a&amp;ffirmation</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Filtrer par vérificateur</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l’affirmation</translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation>Énoncé de l’affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verdicts…</source>
        <translation>Verdicts…</translation>
    </message>
    <message>
        <source>Edit the verdicts this session uses</source>
        <translation>Modifier les verdicts de cette session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sources and evidence</source>
        <translation>Sources et preuves</translation>
    </message>
    <message>
        <source>Enter shows the text in its article; Delete removes a piece of evidence.</source>
        <translation>Entrée montre le texte dans son article&#xa0;; Suppr retire une preuve.</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Add Selection as…</source>
        <translation>Ajouter la sélection comme…</translation>
    </message>
    <message>
        <source>Add the text selected in an article as evidence for this claim</source>
        <translation>Ajouter le texte sélectionné dans un article comme preuve de cette affirmation</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notes du vérificateur</translation>
    </message>
    <message>
        <source>Why this verdict: sources checked, whom you asked</source>
        <translation>Pourquoi ce verdict&#xa0;: sources vérifiées, personnes consultées</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Scorecard per outlet</source>
        <translation>Bilan par média</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Tous les vérificateurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) reviewed</source>
        <translation>
            <numerusform>%1 affirmation vérifiée sur %n</numerusform>
            <numerusform>%1 affirmations vérifiées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>%1 (not in this session&apos;s verdicts)</source>
        <translation>%1 (absent des verdicts de cette session)</translation>
    </message>
    <message>
        <source>Claimed in</source>
        <translation>Affirmée dans</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Créée le %1 · modifiée le %2</translation>
    </message>
    <message>
        <source>verdict by %1</source>
        <translation>verdict de %1</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>&amp;Aller au texte</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>&amp;Retirer la preuve</translation>
    </message>
    <message>
        <source>&amp;Supports</source>
        <translation>&amp;Étaye</translation>
    </message>
    <message>
        <source>C&amp;ontradicts</source>
        <translation>&amp;Contredit</translation>
    </message>
    <message>
        <source>Co&amp;ntext</source>
        <translation>Con&amp;texte</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>Write the JSON to OUT (atomically) instead of standard output.</source>
        <translation>Écrire le JSON dans OUT (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Add each article&apos;s text (what the offsets point into).</source>
        <translation>Ajouter le texte de chaque article (ce que désignent les positions).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>no files given; try &apos;crossread analyse --help&apos;</source>
        <translation>aucun fichier indiqué&#xa0;; essayez &apos;crossread analyse --help&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>align the files&apos; passages and compare their facts; JSON out</source>
        <translation>aligner les passages des fichiers et comparer leurs faits&#xa0;; sortie JSON</translation>
    </message>
    <message>
        <source>print each file&apos;s article text (or --json) without page furniture</source>
        <translation>afficher le texte d’article de chaque fichier (ou --json) sans l’habillage de page</translation>
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
        <translation>Utilisation&#xa0;: crossread [FICHIER...]
               crossread COMMANDE [OPTIONS] FICHIER...

Sans commande, ouvre les fichiers dans la fenêtre de Crossread.

Options&#xa0;:
  --sample         ouvrir le sujet d’exemple fourni
  -h, --help       afficher cette aide
  -v, --version    afficher la version

Commandes (&apos;crossread COMMANDE --help&apos; affiche leurs options)&#xa0;:
</translation>
    </message>
    <message>
        <source>crossread extract: unknown option %1</source>
        <translation>crossread extract&#xa0;: option inconnue %1</translation>
    </message>
    <message>
        <source>crossread extract: no file given</source>
        <translation>crossread extract&#xa0;: aucun fichier indiqué</translation>
    </message>
    <message>
        <source>Aligns the passages of the files (articles of one story) and compares their facts; writes JSON.
Offsets are Unicode code points into each article&apos;s text, end exclusive.
Exit status: 0 all files analysed; 1 some files could not be read (named on stderr,
the others are analysed); 2 usage error or an output could not be written.</source>
        <translation>Aligne les passages des fichiers (articles d’un même sujet) et compare leurs faits&#xa0;; écrit du JSON.
Les positions sont des points de code Unicode dans le texte de chaque article, fin exclue.
Code de sortie&#xa0;: 0 tous les fichiers analysés&#xa0;; 1 certains fichiers illisibles (nommés sur stderr,
les autres sont analysés)&#xa0;; 2 erreur d’utilisation ou sortie impossible à écrire.</translation>
    </message>
    <message>
        <source>Also create the review session OUT.crossread holding the articles, ready to open in the window (only file names are kept, not their folders).</source>
        <translation>Créer aussi la session de vérification OUT.crossread contenant les articles, prête à ouvrir dans la fenêtre (seuls les noms de fichiers sont conservés, pas leurs dossiers).</translation>
    </message>
    <message>
        <source>OUT.crossread</source>
        <translation>OUT.crossread</translation>
    </message>
    <message>
        <source>print a session&apos;s articles, claims and verdict counts (or --json)</source>
        <translation>afficher les articles, les affirmations et le décompte des verdicts d’une session (ou --json)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Format version %1, saved by Crossread %2</source>
        <translation>Version de format %1, enregistrée par Crossread %2</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(aucun média)</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(aucun titre)</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Annotations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Affirmations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>Verdicts&#xa0;:</translation>
    </message>
    <message>
        <source>Prints what a review session holds: its articles (outlet, headline, file, SHA-256 of the
original bytes), the number of annotations, the claims and how many claims have each verdict.
The session is only read, never changed.
Exit status: 0 printed; 1 the session cannot be read; 2 usage error.</source>
        <translation>Affiche le contenu d’une session de vérification&#xa0;: ses articles (média, titre, fichier, SHA-256 des
octets d’origine), le nombre d’annotations, les affirmations et le nombre d’affirmations par verdict.
La session est seulement lue, jamais modifiée.
Code de sortie&#xa0;: 0 affiché&#xa0;; 1 la session est illisible&#xa0;; 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Afficher du JSON au lieu de texte, pour les scripts.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>A .crossread session file.</source>
        <translation>Un fichier de session .crossread.</translation>
    </message>
    <message>
        <source>give exactly one session file; try &apos;crossread info --help&apos;</source>
        <translation>indiquez exactement un fichier de session&#xa0;; essayez &apos;crossread info --help&apos;</translation>
    </message>
    <message>
        <source>write a session&apos;s report as PDF, CSV, JSON or Markdown</source>
        <translation>écrire le rapport d’une session en PDF, CSV, JSON ou Markdown</translation>
    </message>
    <message>
        <source>Writes the review report of a session as PDF, and its claims, facts and report as CSV, JSON
and Markdown. Every output is written completely or not at all.
Exit status: 0 all outputs written; 1 the session could not be read or an output could not
be written (named on stderr); 2 usage error.</source>
        <translation>Écrit le rapport de vérification d’une session en PDF, et ses affirmations, ses faits et son rapport en CSV, JSON
et Markdown. Chaque sortie est écrite entièrement ou pas du tout.
Code de sortie&#xa0;: 0 toutes les sorties écrites&#xa0;; 1 la session est illisible ou une sortie n’a pas pu
être écrite (nommée sur stderr)&#xa0;; 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Write the PDF report to OUT.</source>
        <translation>Écrire le rapport PDF dans OUT.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Write the claims as CSV (UTF-8 with BOM) to OUT.</source>
        <translation>Écrire les affirmations en CSV (UTF-8 avec BOM) dans OUT.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Write the compared facts as CSV to OUT.</source>
        <translation>Écrire les faits comparés en CSV dans OUT.</translation>
    </message>
    <message>
        <source>Write the claims, annotations and facts as JSON to OUT.</source>
        <translation>Écrire les affirmations, les annotations et les faits en JSON dans OUT.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>OUT.json</translation>
    </message>
    <message>
        <source>Write the report as Markdown to OUT.</source>
        <translation>Écrire le rapport en Markdown dans OUT.</translation>
    </message>
    <message>
        <source>OUT.md</source>
        <translation>OUT.md</translation>
    </message>
    <message>
        <source>Page size of the PDF: a4, letter or auto (from the locale; the default).</source>
        <translation>Format de page du PDF&#xa0;: a4, letter ou auto (selon les paramètres régionaux&#xa0;; par défaut).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print-friendly greys instead of colours.</source>
        <translation>Niveaux de gris pour l’impression au lieu des couleurs.</translation>
    </message>
    <message>
        <source>Articles side by side per page: 2 (default) or 3.</source>
        <translation>Articles côte à côte par page&#xa0;: 2 (par défaut) ou 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comma-separated sections to include: cover, summary, claims, facts, passages (default: all).</source>
        <translation>Sections à inclure, séparées par des virgules&#xa0;: cover, summary, claims, facts, passages (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>crossread export: give exactly one session file</source>
        <translation>crossread export&#xa0;: indiquez exactement un fichier de session</translation>
    </message>
    <message>
        <source>crossread export: nothing to write; give --pdf, --csv, --facts-csv, --json or --md</source>
        <translation>crossread export&#xa0;: rien à écrire&#xa0;; indiquez --pdf, --csv, --facts-csv, --json ou --md</translation>
    </message>
    <message>
        <source>crossread export: unknown page size %1 (use a4, letter or auto)</source>
        <translation>crossread export&#xa0;: format de page inconnu %1 (utilisez a4, letter ou auto)</translation>
    </message>
    <message>
        <source>crossread export: --columns must be 2 or 3</source>
        <translation>crossread export&#xa0;: --columns doit valoir 2 ou 3</translation>
    </message>
    <message>
        <source>crossread export: unknown section in %1 (use cover, summary, claims, facts, passages)</source>
        <translation>crossread export&#xa0;: section inconnue dans %1 (utilisez cover, summary, claims, facts, passages)</translation>
    </message>
    <message>
        <source>crossread export: the PDF needs a QGuiApplication (a build without main()&apos;s support)</source>
        <translation>crossread export&#xa0;: le PDF exige une QGuiApplication (une version compilée sans la prise en charge de main())</translation>
    </message>
    <message>
        <source>%1 files given; a story holds at most %2 articles</source>
        <translation>%1 fichiers donnés ; une histoire compte au plus %2 articles</translation>
    </message>
    <message>
        <source>crossread export: cannot write %1: %2</source>
        <translation>crossread export : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>warning: the text is not what these bytes give when imported again; the hash does not certify it</source>
        <translation>avertissement : le texte n’est pas ce que ces octets donnent à un nouvel import ; l’empreinte ne le certifie pas</translation>
    </message>
    <message>
        <source>Articles to compare: .txt, .md, .html, .mhtml or .pdf files, or http(s) addresses of web pages.</source>
        <translation>Articles à comparer&#xa0;: fichiers .txt, .md, .html, .mhtml ou .pdf, ou adresses http(s) de pages web.</translation>
    </message>
    <message>
        <source>FILE|URL...</source>
        <translation>FICHIER|URL...</translation>
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
        <translation>Utilisation&#xa0;: crossread extract [--body|--json] FICHIER|URL...

Affiche le texte d’article de chaque fichier ou page web sans l’habillage de page (navigation, publicités,
encarts d’inscription, légendes, liens connexes).

Options&#xa0;:
  --body       le texte de l’article, paragraphes séparés par des lignes vides (par défaut)&#xa0;;
               une ligne &quot;==&gt; FICHIER &lt;==&quot; précède chaque fichier s’il y en a plusieurs
  --json       les articles en JSON&#xa0;: métadonnées, texte et étendues d’habillage, positions
               en points de code Unicode (comme &apos;crossread analyse --with-text&apos;)
  -h, --help   afficher cette aide

Les fichiers illisibles sont signalés sur la sortie d’erreur&#xa0;; les autres sont tout de même
affichés, et le code de sortie vaut 1.
</translation>
    </message>
    <message>
        <source>Corrections of the analysis: %1</source>
        <translation>Corrections de l&apos;analyse : %1</translation>
    </message>
    <message>
        <source>The story&apos;s source (a press release, a filing, a report): imported with the other files and marked as the source, so every outlet is compared with it.</source>
        <translation>La source de l&apos;histoire (un communiqué, un document, un rapport) : importée avec les autres fichiers et marquée comme source, pour que chaque média soit comparé avec elle.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FICHIER|URL</translation>
    </message>
    <message>
        <source>--source needs a file or an address</source>
        <translation>--source demande un fichier ou une adresse</translation>
    </message>
    <message>
        <source>the source could not be read; the outlets are compared among themselves only</source>
        <translation>la source n&apos;a pas pu être lue ; les médias ne sont comparés qu&apos;entre eux</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Source : %1. %2</translation>
    </message>
    <message>
        <source>the story&apos;s source: every outlet is compared with it</source>
        <translation>la source de l&apos;histoire : chaque média est comparé avec elle</translation>
    </message>
</context>
<context>
    <name>Crossread::ConnectorBand</name>
    <message>
        <source>Connections between %1 and %2</source>
        <translation>Liens entre %1 et %2</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>seulement ici</translation>
    </message>
    <message>
        <source>Same words</source>
        <translation>Mêmes mots</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulé</translation>
    </message>
    <message>
        <source> · match confidence %1%</source>
        <translation> · confiance de l’appariement %1 %</translation>
    </message>
    <message>
        <source>Only %1 tells this</source>
        <translation>Seul %1 raconte cela</translation>
    </message>
    <message>
        <source>%1 does not tell this</source>
        <translation>%1 ne raconte pas cela</translation>
    </message>
    <message>
        <source>Bands will join the passages both articles tell once the analysis is done.</source>
        <translation>Une fois l’analyse terminée, des bandes relieront les passages que racontent les deux articles.</translation>
    </message>
    <message>
        <source>Between %1 and %2: %3 (%4, %5); %6; %7.</source>
        <comment>connector band summary: left outlet, right outlet, passages in both, identical, reworded, only left, only right</comment>
        <translation>Entre %1 et %2&#xa0;: %3 (%4, %5)&#xa0;; %6&#xa0;; %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in both</source>
        <translation>
            <numerusform>%n passage dans les deux</numerusform>
            <numerusform>%n passages dans les deux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n identique</numerusform>
            <numerusform>%n identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n reformulé</numerusform>
            <numerusform>%n reformulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in %1</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n seulement dans %1</numerusform>
            <numerusform>%n seulement dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::CorrectionActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>C&amp;orrect the Analysis</source>
        <translation>C&amp;orriger l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Merge with Row</source>
        <translation>Fusionner avec la &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;Split “%1” (%2) into Its Own Row</source>
        <translation>&amp;Séparer « %1 » (%2) sur sa propre ligne</translation>
    </message>
    <message>
        <source>Move into &amp;Topic</source>
        <translation>Déplacer dans le &amp;thème</translation>
    </message>
    <message>
        <source>Move &amp;out of Topic</source>
        <translation>S&amp;ortir du thème</translation>
    </message>
    <message>
        <source>&amp;Rename Row…</source>
        <translation>&amp;Renommer la ligne…</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <source>What the figures are about:</source>
        <translation>Ce que les chiffres désignent :</translation>
    </message>
    <message>
        <source>Mark Not &amp;Comparable</source>
        <translation>Marquer non &amp;comparable</translation>
    </message>
    <message>
        <source>Set Status &amp;by Hand</source>
        <translation>Définir le statut à la &amp;main</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;D&apos;accord</translation>
    </message>
    <message>
        <source>&amp;Conflict</source>
        <translation>&amp;Conflit</translation>
    </message>
    <message>
        <source>&amp;Only One Outlet</source>
        <translation>&amp;Un seul média</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Why (shown in the matrix and the report):</source>
        <translation>Pourquoi (affiché dans la matrice et le rapport) :</translation>
    </message>
    <message>
        <source>Correct &amp;Passages</source>
        <translation>Corriger les &amp;passages</translation>
    </message>
    <message>
        <source>&amp;Split Passage at This Sentence</source>
        <translation>&amp;Couper le passage à cette phrase</translation>
    </message>
    <message>
        <source>&amp;Mark Passage for Joining</source>
        <translation>&amp;Marquer le passage à joindre</translation>
    </message>
    <message>
        <source>&amp;Join with Marked Passage</source>
        <translation>&amp;Joindre au passage marqué</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageMap</name>
    <message>
        <source>Coverage map</source>
        <translation>Carte de couverture</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Absent de %1</translation>
    </message>
    <message>
        <source>Holds a conflicting figure</source>
        <translation>Contient un chiffre en conflit</translation>
    </message>
    <message>
        <source>One row per passage; filled cells show which articles tell it; hatched cells are reworded; a diamond marks a conflicting figure. Up and Down choose a passage, Enter goes there.</source>
        <translation>Une ligne par passage&#xa0;; les cases pleines montrent quels articles le racontent&#xa0;; les cases hachurées sont reformulées&#xa0;; un losange signale un chiffre en conflit. Haut et Bas choisissent un passage, Entrée y mène.</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>mêmes mots</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <source>told once</source>
        <translation>raconté une fois</translation>
    </message>
    <message>
        <source>Passage %1 (%2): no shown article tells it</source>
        <translation>Passage %1 (%2)&#xa0;: aucun article affiché ne le raconte</translation>
    </message>
    <message>
        <source>Passage %1 (%2): told by %3</source>
        <translation>Passage %1 (%2)&#xa0;: raconté par %3</translation>
    </message>
    <message>
        <source>From the source; every shown outlet carries it</source>
        <translation>De la source ; chaque média affiché la reprend</translation>
    </message>
    <message>
        <source>From the source; left out by %1</source>
        <translation>De la source ; omis par %1</translation>
    </message>
    <message>
        <source>Not in the source</source>
        <translation>Absent de la source</translation>
    </message>
    <message>
        <source>%1: the story&apos;s source</source>
        <translation>%1 : la source de l&apos;histoire</translation>
    </message>
    <message>
        <source>%1 carries %2 of the source&apos;s %3 passages; %4 figure(s) differ, %5 quote(s) altered</source>
        <translation>%1 reprend %2 des %3 passages de la source ; chiffres différents : %4, citations modifiées : %5</translation>
    </message>
</context>
<context>
    <name>Crossread::Export</name>
    <message>
        <source>Report date: %1</source>
        <translation>Date du rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Vérificateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Articles compared: %1. Passages in the story: %2.</source>
        <translation>Articles comparés&#xa0;: %1. Passages du sujet&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Passages told by all compared articles: %1 (%2 identical, %3 reworded).</source>
        <translation>Passages racontés par tous les articles comparés&#xa0;: %1 (%2 identiques, %3 reformulés).</translation>
    </message>
    <message>
        <source>Facts in conflict: %1 of %2 fact slots.</source>
        <translation>Faits en conflit&#xa0;: %1 sur %2 emplacements de faits.</translation>
    </message>
    <message>
        <source>Conflicting facts</source>
        <translation>Faits en conflit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passages told</source>
        <translation>Passages racontés</translation>
    </message>
    <message>
        <source>Only in this outlet</source>
        <translation>Seulement dans ce média</translation>
    </message>
    <message>
        <source>Figures in conflict</source>
        <translation>Chiffres en conflit</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Affirmations et verdicts</translation>
    </message>
    <message>
        <source>No claims were recorded in this review.</source>
        <translation>Aucune affirmation n’a été enregistrée dans cette vérification.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Scorecard by outlet</source>
        <translation>Bilan par média</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Matrice des faits</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Passages side by side</source>
        <translation>Passages côte à côte</translation>
    </message>
    <message>
        <source>Passage %1 (%2)</source>
        <translation>Passage %1 (%2)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translation>Texte surligné</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>continued on the next page →</source>
        <translation>suite à la page suivante →</translation>
    </message>
    <message>
        <source>Crossread review report</source>
        <translation>Rapport de vérification Crossread</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Articles compared: %1 of %2</source>
        <translation>Articles comparés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Annotations: %1 · Claims: %2</source>
        <translation>Annotations&#xa0;: %1 · Affirmations&#xa0;: %2</translation>
    </message>
    <message>
        <source>Outlet and article</source>
        <translation>Média et article</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié le&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Par média</translation>
    </message>
    <message>
        <source>Claims reviewed: %1 of %2.</source>
        <translation>Affirmations vérifiées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Carried by: %1</source>
        <translation>Repris par&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>aucune justification donnée</translation>
    </message>
    <message>
        <source>E%1 %2 · %3: %4</source>
        <translation>E%1 %2 · %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>no evidence linked</source>
        <translation>aucune preuve liée</translation>
    </message>
    <message>
        <source>One row per fact, one column per outlet; topics with a conflict first. ≠ the outlets conflict, ✓ they agree, ◆ one outlet only, ~ a quote worded differently.</source>
        <translation>Une ligne par fait, une colonne par média&#xa0;; les thèmes en conflit d’abord. ≠ les médias divergent, ✓ ils concordent, ◆ un seul média, ~ une citation formulée autrement.</translation>
    </message>
    <message>
        <source>No figures or quotes were found in the compared articles.</source>
        <translation>Aucun chiffre ni aucune citation n’a été trouvé dans les articles comparés.</translation>
    </message>
    <message>
        <source>Outlets %1–%2 of %3</source>
        <translation>Médias %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Seulement dans %1</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>Côte à côte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stripes: blue identical, amber reworded, purple only in one outlet. Underlined on a shaded ground: words that differ from the reference rendering; dotted: words other outlets left out or replaced. [n] marks an annotation; its note is at the foot of the page.</source>
        <translation>Bandes&#xa0;: bleu identique, ambre reformulé, violet dans un seul média. Souligné sur fond grisé&#xa0;: mots qui diffèrent de la version de référence&#xa0;; pointillé&#xa0;: mots que d’autres médias ont omis ou remplacés. [n] signale une annotation&#xa0;; sa note figure en bas de page.</translation>
    </message>
    <message>
        <source>not in this article</source>
        <translation>absent de cet article</translation>
    </message>
    <message>
        <source>Annotations on text outside the side-by-side passages (page furniture, or sentences that repeat another passage).</source>
        <translation>Annotations sur du texte hors des passages côte à côte (habillage de page, ou phrases qui répètent un autre passage).</translation>
    </message>
    <message>
        <source>Every annotation of the compared articles.</source>
        <translation>Toutes les annotations des articles comparés.</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Note et étiquettes</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Sujet sans titre</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>impossible de dessiner sur le périphérique de sortie</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1&#xa0;: impossible d’écrire le rapport&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the export was canceled; nothing was written</source>
        <translation>%1&#xa0;: l’exportation a été annulée&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Warning: the text below is not what these bytes give when imported again (edited after import, or read by another version of Crossread); the SHA-256 certifies the original bytes only.</source>
        <translation>Avertissement : le texte ci-dessous n’est pas ce que ces octets donnent à un nouvel import (modifié après l’import, ou lu par une autre version de Crossread) ; le SHA-256 ne certifie que les octets d’origine.</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>Corrections by reviewers</source>
        <translation>Corrections des vérificateurs</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non : %1</translation>
    </message>
    <message>
        <source>told at another place in this article</source>
        <translation>raconté ailleurs dans cet article</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 says</source>
        <translation>%1 dit</translation>
    </message>
    <message>
        <source>The source says</source>
        <translation>La source dit</translation>
    </message>
    <message>
        <source>%1 (p. %2)</source>
        <translation>%1 (p. %2)</translation>
    </message>
    <message>
        <source>Figure differs: %1</source>
        <translation>Chiffre différent : %1</translation>
    </message>
    <message>
        <source>Quote altered</source>
        <translation>Citation modifiée</translation>
    </message>
    <message>
        <source>Quote altered: %1</source>
        <translation>Citation modifiée : %1</translation>
    </message>
    <message>
        <source>Passage left out</source>
        <translation>Passage omis</translation>
    </message>
    <message>
        <source>Not supported by the source: %1</source>
        <translation>Non étayé par la source : %1</translation>
    </message>
    <message>
        <source>Carries %1 of the source&apos;s %2 passages; figures that differ: %3; quotes altered: %4; not supported by the source: %5.</source>
        <translation>Reprend %1 des %2 passages de la source ; chiffres différents : %3 ; citations modifiées : %4 ; non étayé par la source : %5.</translation>
    </message>
    <message>
        <source>Coverage against the source</source>
        <translation>La couverture face à la source</translation>
    </message>
    <message>
        <source>Every outlet compared with the story&apos;s source, %1: the figures it states otherwise, the quotes whose words it changed, the source&apos;s passages it leaves out, and what it says that the source does not support.</source>
        <translation>Chaque média comparé avec la source de l&apos;histoire, %1 : les chiffres qu&apos;il donne autrement, les citations dont il a changé les mots, les passages de la source qu&apos;il omet, et ce qu&apos;il affirme sans appui dans la source.</translation>
    </message>
</context>
<context>
    <name>Crossread::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Articles to include</source>
        <translation>Articles à inclure</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Selon les paramètres régionaux</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>2 articles per page</source>
        <translation>2 articles par page</translation>
    </message>
    <message>
        <source>3 articles per page</source>
        <translation>3 articles par page</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Côte à côte&#xa0;:</translation>
    </message>
    <message>
        <source>Print-friendly &amp;greyscale</source>
        <translation>Niveaux de &amp;gris pour l’impression</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>Fichiers à écrire</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>Rapport PDF (.pdf)</translation>
    </message>
    <message>
        <source>Claims as CSV (.claims.csv)</source>
        <translation>Affirmations en CSV (.claims.csv)</translation>
    </message>
    <message>
        <source>Facts as CSV (.facts.csv)</source>
        <translation>Faits en CSV (.facts.csv)</translation>
    </message>
    <message>
        <source>Claims, annotations and facts as JSON (.json)</source>
        <translation>Affirmations, annotations et faits en JSON (.json)</translation>
    </message>
    <message>
        <source>Markdown report (.md)</source>
        <translation>Rapport Markdown (.md)</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Nom de fichier sans extension</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;All files (*)</source>
        <translation>Rapport PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose at least one section, one article, one kind of file and a file name.</source>
        <translation>Choisissez au moins une section, un article, un type de fichier et un nom de fichier.</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before exporting.</source>
        <translation>Ouvrez des articles et attendez la fin de l’analyse avant d’exporter.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before printing.</source>
        <translation>Ouvrez des articles et attendez la fin de l’analyse avant d’imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist. Replace them?</source>
        <translation>
            <numerusform>%n fichier existe déjà. Le remplacer ?</numerusform>
            <numerusform>%n fichiers existent déjà. Les remplacer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The export was canceled after writing %1.</source>
        <translation>L’exportation a été annulée après l’écriture de %1.</translation>
    </message>
</context>
<context>
    <name>Crossread::FactMatrix</name>
    <message>
        <source>Fact matrix</source>
        <translation>Matrice des faits</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Show facts of kind</source>
        <translation>Afficher les faits du type</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Concordances</translation>
    </message>
    <message>
        <source>Only one outlet</source>
        <translation>Un seul média</translation>
    </message>
    <message>
        <source>Quote variants</source>
        <translation>Variantes de citation</translation>
    </message>
    <message>
        <source>Show facts with status</source>
        <translation>Afficher les faits au statut</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) shown</source>
        <translation>
            <numerusform>%n fait affiché</numerusform>
            <numerusform>%n faits affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the story</source>
        <translation>
            <numerusform>%n conflit dans le sujet</numerusform>
            <numerusform>%n conflits dans le sujet</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets agree</source>
        <translation>Les médias concordent</translation>
    </message>
    <message>
        <source>Figures conflict</source>
        <translation>Chiffres en conflit</translation>
    </message>
    <message>
        <source>Only one outlet has it</source>
        <translation>Un seul média l’a</translation>
    </message>
    <message>
        <source>Quote worded differently</source>
        <translation>Citation formulée autrement</translation>
    </message>
    <message>
        <source>One row per fact, one column per article; topics with conflicts first. Cells are marked ✓ agree, ≠ conflict, ◆ one outlet only, ~ quote worded differently. Press Enter to go to the mention.</source>
        <translation>Une ligne par fait, une colonne par article&#xa0;; les thèmes en conflit d’abord. Les cases sont marquées ✓ concordance, ≠ conflit, ◆ un seul média, ~ citation formulée autrement. Entrée mène à la mention.</translation>
    </message>
    <message>
        <source>Facts shown</source>
        <translation>Faits affichés</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply</source>
        <translation>
            <numerusform>%n correction ne s’applique plus</numerusform>
            <numerusform>%n corrections ne s’appliquent plus</numerusform>
        </translation>
    </message>
    <message>
        <source>What the source says</source>
        <translation>Ce que dit la source</translation>
    </message>
    <message>
        <source>The source says: %1</source>
        <translation>La source dit : %1</translation>
    </message>
    <message>
        <source>The first column is the story&apos;s source; each cell of the others says = matches the source, ✗ differs from it, ∅ not in the source</source>
        <translation>La première colonne est la source de l&apos;histoire ; chaque cellule des autres indique = conforme à la source, ✗ diffère d&apos;elle, ∅ absent de la source</translation>
    </message>
</context>
<context>
    <name>Crossread::FactModel</name>
    <message>
        <source>Source says
%1</source>
        <translation>La source dit
%1</translation>
    </message>
</context>
<context>
    <name>Crossread::Facts</name>
    <message>
        <source>a comma</source>
        <translation>une virgule</translation>
    </message>
    <message>
        <source>a full stop</source>
        <translation>un point</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>un point-virgule</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>deux-points</translation>
    </message>
    <message>
        <source>a dash</source>
        <translation>un tiret</translation>
    </message>
    <message>
        <source>a question mark</source>
        <translation>un point d’interrogation</translation>
    </message>
    <message>
        <source>an exclamation mark</source>
        <translation>un point d’exclamation</translation>
    </message>
    <message>
        <source>an ellipsis</source>
        <translation>des points de suspension</translation>
    </message>
    <message>
        <source>a bracket</source>
        <translation>une parenthèse</translation>
    </message>
    <message>
        <source>different wording</source>
        <translation>formulation différente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» au lieu de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>omits the beginning: &apos;%1&apos;</source>
        <translation>omet le début&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>omits the end: &apos;%1&apos;</source>
        <translation>omet la fin&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quotes more at the beginning: &apos;%1&apos;</source>
        <translation>cite davantage au début&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quotes more at the end: &apos;%1&apos;</source>
        <translation>cite davantage à la fin&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos;</source>
        <translation>ajoute «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos; at the end</source>
        <translation>ajoute «&#xa0;%1&#xa0;» à la fin</translation>
    </message>
    <message>
        <source>adds %1 after &apos;%2&apos;</source>
        <translation>ajoute %1 après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>omits %1 after &apos;%2&apos;</source>
        <translation>omet %1 après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 instead of %2 after &apos;%3&apos;</source>
        <translation>%1 au lieu de %2 après «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>omits &apos;%1&apos;</source>
        <translation>omet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quote: &apos;%1&apos;</source>
        <translation>citation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quote, %1</source>
        <translation>citation, %1</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>part de %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date of %1</source>
        <translation>date de %1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>, %1 tier</source>
        <translation>, palier %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; spelt &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» écrit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos; at an ellipsis</source>
        <translation>omet «&#xa0;%1&#xa0;» à une ellipse</translation>
    </message>
    <message>
        <source>quotes &apos;%1&apos; where the other leaves an ellipsis</source>
        <translation>cite «&#xa0;%1&#xa0;» là où l’autre met une ellipse</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos;</source>
        <translation>omet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>quotes more in the middle: &apos;%1&apos;</source>
        <translation>cite davantage au milieu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>share in &apos;%1&apos;</source>
        <translation>part dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>date in &apos;%1&apos;</source>
        <translation>date dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>amount in &apos;%1&apos;</source>
        <translation>montant dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>count in &apos;%1&apos;</source>
        <translation>nombre dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>date : %1</translation>
    </message>
    <message>
        <source>amount for %1</source>
        <translation>montant pour %1</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>time in &apos;%1&apos;</source>
        <translation>heure dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>heure</translation>
    </message>
</context>
<context>
    <name>Crossread::Fetch</name>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>non récupéré&#xa0;: Préférences ▸ Ne jamais utiliser le réseau est activé</translation>
    </message>
    <message>
        <source>the page is larger than the import limit of %1 MB</source>
        <translation>la page dépasse la limite d’import de %1&#xa0;Mo</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse complète en %n seconde</numerusform>
            <numerusform>pas de réponse complète en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>the address gives %1, not a web page or a PDF</source>
        <translation>l’adresse renvoie %1, ni une page web ni un PDF</translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s)</source>
        <translation>
            <numerusform>elle redirige plus de %n fois</numerusform>
            <numerusform>elle redirige plus de %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>it redirects to %1, which is not a web address</source>
        <translation>elle redirige vers %1, qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>the server&apos;s name %1 was not found (DNS)</source>
        <translation>le nom du serveur %1 est introuvable (DNS)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the secure connection failed (TLS): %1</source>
        <translation>la connexion sécurisée a échoué (TLS)&#xa0;: %1</translation>
    </message>
    <message>
        <source>it could not be fetched: %1</source>
        <translation>elle n’a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 n’est pas une adresse web</translation>
    </message>
    <message>
        <source>%1 is not a web address (only http and https are fetched)</source>
        <translation>%1 n’est pas une adresse web (seuls http et https sont récupérés)</translation>
    </message>
</context>
<context>
    <name>Crossread::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open Session or Articles</source>
        <translation>Ouvrir une session ou des articles</translation>
    </message>
    <message>
        <source>Sessions and articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Crossread sessions (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;All files (*)</source>
        <translation>Sessions et articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Sessions Crossread (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>Recent Sess&amp;ions</source>
        <translation>Sessions ré&amp;centes</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>&amp;Coller comme article</translation>
    </message>
    <message>
        <source>Open &amp;Sample Story</source>
        <translation>Ouvrir le sujet d’&amp;exemple</translation>
    </message>
    <message>
        <source>This session is read-only: save it under a new name before adding articles.</source>
        <translation>Cette session est en lecture seule&#xa0;: enregistrez-la sous un nouveau nom avant d’ajouter des articles.</translation>
    </message>
    <message>
        <source>Dropped article</source>
        <translation>Article déposé</translation>
    </message>
    <message>
        <source>Sample Story</source>
        <translation>Sujet d’exemple</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Article collé</translation>
    </message>
    <message>
        <source>The clipboard holds no text or HTML to paste as an article.</source>
        <translation>Le presse-papiers ne contient ni texte ni HTML à coller comme article.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>Too Many Articles</source>
        <translation>Trop d’articles</translation>
    </message>
    <message>
        <source>A story holds at most %1 articles.</source>
        <translation>Un sujet compte au plus %1 articles.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n article(s) imported.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;; %n article importé.</numerusform>
            <numerusform>Importation annulée&#xa0;; %n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Files Could Not Be Opened</source>
        <translation>Certains fichiers n’ont pas pu être ouverts</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ouvert&#xa0;:</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ouverts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept for recovery: %1</source>
        <translation>Les modifications non enregistrées ne peuvent pas être conservées pour la récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Articles are being imported. Open the session when the import has finished.</source>
        <translation>Des articles sont en cours d’importation. Ouvrez la session une fois l’importation terminée.</translation>
    </message>
    <message>
        <source>Cannot Open Session</source>
        <translation>Impossible d’ouvrir la session</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>Impossible d’enregistrer la session</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Enregistrer la session sous</translation>
    </message>
    <message>
        <source>Crossread sessions (*.crossread)</source>
        <translation>Sessions Crossread (*.crossread)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Sujet sans titre</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your annotations, claims and articles are lost if you don&apos;t save them.</source>
        <translation>Vos annotations, affirmations et articles seront perdus si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1.</source>
        <translation>Travail non enregistré récupéré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>an untitled story</source>
        <translation>sujet sans titre</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Nombre d’occurrences</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Crossread::Import</name>
    <message>
        <source>the page nests elements more than %1 levels deep</source>
        <translation>la page imbrique des éléments sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the HTML parser returned no document</source>
        <translation>l’analyseur HTML n’a renvoyé aucun document</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the page holds no article text (it may be a home page, a gallery or an error page)</source>
        <translation>la page ne contient aucun texte d’article (page d’accueil, galerie ou page d’erreur&#xa0;?)</translation>
    </message>
    <message>
        <source>The page declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>La page ne déclare aucun encodage et n’est pas en UTF-8&#xa0;; elle a été lue en Windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced by �.</source>
        <translation>
            <numerusform>%n séquence d’octets invalide a été remplacée par �.</numerusform>
            <numerusform>%n séquences d’octets invalides ont été remplacées par �.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page&apos;s markup holds no article text; the text comes from the article data embedded in the page.</source>
        <translation>Le balisage de la page ne contient aucun texte d’article&#xa0;; le texte provient des données d’article intégrées à la page.</translation>
    </message>
    <message>
        <source>All the text found in the page is page furniture (navigation, ads, notices); it may not be an article.</source>
        <translation>Tout le texte trouvé dans la page est de l’habillage (navigation, publicités, avis)&#xa0;; ce n’est peut-être pas un article.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n word(s) of article text were found; the page may not be an article.</source>
        <translation>
            <numerusform>Seulement %n mot de texte d’article trouvé&#xa0;; la page n’est peut-être pas un article.</numerusform>
            <numerusform>Seulement %n mots de texte d’article trouvés&#xa0;; la page n’est peut-être pas un article.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>Le fichier ne déclare aucun encodage et n’est pas en UTF-8&#xa0;; il a été lu en Windows-1252.</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>le fichier ne contient aucun texte</translation>
    </message>
    <message>
        <source>The Markdown is too dense to lay out (thousands of marks or lines in one paragraph or list); it was read as plain text.</source>
        <translation>Le Markdown est trop dense pour être mis en page (des milliers de marques ou de lignes dans un paragraphe ou une liste)&#xa0;; il a été lu comme du texte brut.</translation>
    </message>
    <message>
        <source>The encoding the page declares does not fit its bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>L’encodage déclaré par la page ne correspond pas à ses octets, qui sont de l’UTF-8 valide ; elle a été lue en UTF-8.</translation>
    </message>
    <message>
        <source>%1: the same bytes as %2 (SHA-256 %3); not added twice</source>
        <translation>%1 : les mêmes octets que %2 (SHA-256 %3) ; pas ajouté deux fois</translation>
    </message>
    <message>
        <source>The encoding the server declared does not fit the page&apos;s bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>L’encodage déclaré par le serveur ne correspond pas aux octets de la page, qui sont de l’UTF-8 valide&#xa0;; elle a été lue en UTF-8.</translation>
    </message>
    <message>
        <source>it is not a single-file web page (MHTML): it has no MIME headers</source>
        <translation>ce n’est pas une page web en un seul fichier (MHTML)&#xa0;: elle n’a pas d’en-têtes MIME</translation>
    </message>
    <message>
        <source>the single-file web page (MHTML) holds no HTML part</source>
        <translation>la page web en un seul fichier (MHTML) ne contient aucune partie HTML</translation>
    </message>
    <message>
        <source>the PDF cannot be read: it is damaged or not a PDF</source>
        <translation>le PDF est illisible&#xa0;: il est endommagé ou n’est pas un PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted and opens only with a password, which Crossread does not ask for; open it in a PDF viewer and save or print a copy without encryption</source>
        <translation>le PDF est chiffré et ne s’ouvre qu’avec un mot de passe, que Crossread ne demande pas&#xa0;; ouvrez-le dans une visionneuse PDF et enregistrez ou imprimez une copie non chiffrée</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n’a aucune page</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; Crossread reads documents of at most %2 pages (extract the pages the story is about into a PDF of their own)</source>
        <translation>le PDF a %1 pages&#xa0;; Crossread lit des documents de %2 pages au plus (extrayez les pages concernées dans un PDF à part)</translation>
    </message>
    <message>
        <source>the PDF has no text layer: its pages are images (a scan?), and Crossread reads text only; run it through text recognition (OCR) first</source>
        <translation>le PDF n’a pas de couche de texte&#xa0;: ses pages sont des images (une numérisation&#xa0;?) et Crossread ne lit que du texte&#xa0;; passez-le d’abord dans une reconnaissance de texte (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1 have no text layer (images, perhaps scanned): page %2. Their text is not in the article.</source>
        <translation>
            <numerusform>%n page sur %1 n’a pas de couche de texte (images, peut-être numérisées)&#xa0;: page %2. Son texte ne figure pas dans l’article.</numerusform>
            <numerusform>%n pages sur %1 n’ont pas de couche de texte (images, peut-être numérisées)&#xa0;: page %2. Leur texte ne figure pas dans l’article.</numerusform>
        </translation>
    </message>
    <message>
        <source>this Crossread was built without PDF support (Poppler&apos;s Qt 6 library); it cannot read PDF files</source>
        <translation>ce Crossread a été compilé sans prise en charge du PDF (la bibliothèque Qt&#xa0;6 de Poppler)&#xa0;; il ne peut pas lire les fichiers PDF</translation>
    </message>
</context>
<context>
    <name>Crossread::Legend</name>
    <message>
        <source>same words</source>
        <translation>mêmes mots</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>un seul média</translation>
    </message>
    <message>
        <source>figures agree</source>
        <translation>chiffres concordants</translation>
    </message>
    <message>
        <source>figures conflict</source>
        <translation>chiffres en conflit</translation>
    </message>
    <message>
        <source>figure in one outlet</source>
        <translation>chiffre dans un seul média</translation>
    </message>
    <message>
        <source>quote worded differently</source>
        <translation>citation formulée autrement</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>matches the source</source>
        <translation>conforme à la source</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>diffère de la source</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>absent de la source</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Articles of the story</source>
        <translation>Articles du sujet</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Détails de l’article…</translation>
    </message>
    <message>
        <source>&amp;Remove Article from Story</source>
        <translation>&amp;Retirer l’article du sujet</translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation>Rec&amp;hercher dans tous les articles…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>No more in this direction.</source>
        <translation>Plus rien dans cette direction.</translation>
    </message>
    <message>
        <source>Next &amp;Difference</source>
        <translation>&amp;Différence suivante</translation>
    </message>
    <message>
        <source>Previous Di&amp;fference</source>
        <translation>Différence &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>&amp;Conflit suivant</translation>
    </message>
    <message>
        <source>Previous Co&amp;nflict</source>
        <translation>Conflit p&amp;récédent</translation>
    </message>
    <message>
        <source>Next &amp;Unique Passage</source>
        <translation>Passage &amp;unique suivant</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Passage</source>
        <translation>Passage uni&amp;que précédent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>&amp;Collapse Boilerplate</source>
        <translation>&amp;Replier l’habillage</translation>
    </message>
    <message>
        <source>Show &amp;Passages</source>
        <translation>Afficher les &amp;passages</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>&amp;Unique to One Outlet</source>
        <translation>&amp;Propres à un seul média</translation>
    </message>
    <message>
        <source>&amp;Missing from One Outlet</source>
        <translation>&amp;Absents d’un média</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Analyser à nouveau</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>À &amp;propos de Crossread</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importation de %n article…</numerusform>
            <numerusform>Importation de %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>À propos de Crossread</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read several outlets&apos; coverage of one story side by side: where they agree, where they disagree, and what only one of them says.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KSyntaxHighlighting: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Lisez côte à côte ce que plusieurs médias publient sur un même sujet&#xa0;: où ils concordent, où ils divergent, et ce qu’un seul d’entre eux rapporte.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;KSyntaxHighlighting&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>not available; built-in themes</source>
        <translation>non disponible&#xa0;; thèmes intégrés</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analyse annulée</translation>
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
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>One row per article; Alt+Enter edits its details, Delete removes it.</source>
        <translation>Une ligne par article&#xa0;; Alt+Entrée modifie ses détails, Suppr le retire.</translation>
    </message>
    <message>
        <source>Articles panel</source>
        <translation>Panneau des articles</translation>
    </message>
    <message>
        <source>Facts panel</source>
        <translation>Panneau des faits</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>État de l’analyse</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Article S&amp;ource</source>
        <translation>S&amp;ource de l’article</translation>
    </message>
    <message>
        <source>Fact &amp;Matrix</source>
        <translation>&amp;Matrice des faits</translation>
    </message>
    <message>
        <source>%1[*] — Crossread</source>
        <translation>%1[*] — Crossread</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Quote</source>
        <translation>Créer une &amp;affirmation depuis cette citation</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Fact</source>
        <translation>Créer une &amp;affirmation depuis ce fait</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>Panneau des annotations</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Claims panel</source>
        <translation>Panneau des affirmations</translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation>Session en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>This session was written by a newer version of Crossread and is open read-only. Use File ▸ Save Session As to keep a copy in this version&apos;s format.</source>
        <translation>Cette session a été écrite par une version plus récente de Crossread et est ouverte en lecture seule. Utilisez Fichier ▸ Enregistrer la session sous pour garder une copie au format de cette version.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Articl&amp;e List</source>
        <translation>&amp;Liste des articles</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation>Affirmat&amp;ions</translation>
    </message>
    <message>
        <source>No conflicts in this story.</source>
        <translation>Aucun conflit dans cette histoire.</translation>
    </message>
    <message>
        <source>No passage in this story is told by one outlet only.</source>
        <translation>Aucun passage de cette histoire n’est rapporté par un seul média.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>annotations and claims</comment>
        <translation>%1 et %2</translation>
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
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” and the %2 on it?</source>
        <translation>Retirer « %1 » et les %2 qui s’y rapportent ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n articles and the %1 on them?</source>
        <translation>
            <numerusform>Retirer %n article et les %1 qui s’y rapportent ?</numerusform>
            <numerusform>Retirer %n articles et les %1 qui s’y rapportent ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Panels and lists</source>
        <translation>Panneaux et listes</translation>
    </message>
    <message>
        <source>Mark Re&amp;worded Words</source>
        <translation>Marq&amp;uer les mots reformulés</translation>
    </message>
</context>
<context>
    <name>Crossread::OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <source>&amp;Web addresses of the articles, one per line:</source>
        <translation>Adresses &amp;web des articles, une par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>https://news.example.org/2026/12/harbour-strike</source>
        <translation>https://news.example.org/2026/12/greve-du-port</translation>
    </message>
    <message>
        <source>Only each page itself is fetched, never its images, scripts or styles, and no cookies are sent. The fetched page is kept in the session, so the session opens without the network.</source>
        <translation>Seule la page elle-même est récupérée, jamais ses images, scripts ou styles, et aucun cookie n’est envoyé. La page récupérée est conservée dans la session, qui s’ouvre donc sans le réseau.</translation>
    </message>
</context>
<context>
    <name>Crossread::OutletBar</name>
    <message>
        <source>&amp;Name Outlets…</source>
        <translation>&amp;Nommer les médias…</translation>
    </message>
    <message>
        <source>Hide until another article without an outlet arrives</source>
        <translation>Masquer jusqu&apos;à l&apos;arrivée d&apos;un autre article sans média</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no outlet; the panes, the matrix and the reports show the file name instead.</source>
        <translation>
            <numerusform>%n article ne nomme aucun média ; les volets, la matrice et les rapports montrent le nom du fichier.</numerusform>
            <numerusform>%n articles ne nomment aucun média ; les volets, la matrice et les rapports montrent le nom du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::OutletForm</name>
    <message>
        <source>Name the Outlets</source>
        <translation>Nommer les médias</translation>
    </message>
    <message>
        <source>Nothing in these files names who published them. Type each outlet&apos;s name; leave a field empty to keep the file name. Article Details (Alt+Return) edits the rest of an article&apos;s details.</source>
        <translation>Rien dans ces fichiers ne dit qui les a publiés. Saisissez le nom de chaque média ; un champ vide garde le nom du fichier. Les détails de l&apos;article (Alt+Entrée) modifient le reste de ses informations.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Outlet of %1</source>
        <translation>Média de %1</translation>
    </message>
</context>
<context>
    <name>Crossread::Output</name>
    <message>
        <source>this is the same file as %1; writing would destroy it</source>
        <translation>c’est le même fichier que %1 ; l’écrire le détruirait</translation>
    </message>
    <message>
        <source>this is a folder; give a file name</source>
        <translation>c’est un dossier ; donnez un nom de fichier</translation>
    </message>
    <message>
        <source>this is a block device; Crossread never writes to one</source>
        <translation>c’est un périphérique bloc ; Crossread n’y écrit jamais</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>c’est une socket, pas un fichier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 Crossread imports</source>
        <translation>le fichier dépasse les %1 que Crossread importe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Crossread imports</source>
        <translation>le fichier fait %1, plus que les %2 que Crossread importe</translation>
    </message>
</context>
<context>
    <name>Crossread::PreferencesDialog</name>
    <message>
        <source>Print-friendly &amp;greyscale instead of colour</source>
        <translation>Niveaux de &amp;gris, pour l’impression, au lieu de la couleur</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Celle du bureau</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font of the article panes</source>
        <translation>Police des volets d’articles</translation>
    </message>
    <message>
        <source>Font size of the article panes</source>
        <translation>Taille de police des volets d’articles</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Crossread starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Crossread.</translation>
    </message>
    <message>
        <source>Asked for when you first review a claim</source>
        <translation>Demandé lors de votre première vérification d’une affirmation</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom du vérificateur</translation>
    </message>
    <message>
        <source>Recorded with the verdicts you give and printed on reports.</source>
        <translation>Enregistré avec vos verdicts et imprimé dans les rapports.</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Selon les paramètres régionaux</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size of reports</source>
        <translation>Format de page des rapports</translation>
    </message>
    <message>
        <source>Sections of reports</source>
        <translation>Sections des rapports</translation>
    </message>
    <message>
        <source>Checked sections are included when you export; press Space to check or uncheck.</source>
        <translation>Les sections cochées sont incluses à l’exportation&#xa0;; Espace coche ou décoche.</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Language and review</source>
        <translation>Langue et vérification</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nom du &amp;vérificateur&#xa0;:</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Exportation par défaut</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Sections to &amp;include:</source>
        <translation>Sections à &amp;inclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Never use the network</source>
        <translation>&amp;Ne jamais utiliser le réseau</translation>
    </message>
    <message>
        <source>File ▸ Open URL and dropped links are refused; files and sessions never use the network.</source>
        <translation>Fichier ▸ Ouvrir une URL et les liens déposés sont refusés&#xa0;; les fichiers et les sessions n’utilisent jamais le réseau.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
</context>
<context>
    <name>Crossread::ReaderView</name>
    <message>
        <source>Comparison reader</source>
        <translation>Lecteur comparatif</translation>
    </message>
    <message>
        <source>Open articles about one story (File ▸ Open Articles, or drop files here) to read them side by side.
Help ▸ Open Sample Story shows how.</source>
        <translation>Ouvrez des articles sur un même sujet (Fichier ▸ Ouvrir des articles, ou déposez des fichiers ici) pour les lire côte à côte.
Aide ▸ Ouvrir le sujet d’exemple montre comment faire.</translation>
    </message>
</context>
<context>
    <name>Crossread::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Crossread did not close properly last time. This work was not saved:</source>
        <translation>Crossread ne s’est pas fermé correctement la dernière fois. Ce travail n’a pas été enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Unsaved stories</source>
        <translation>Sujets non enregistrés</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Sujet sans titre</translation>
    </message>
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
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Keep the unsaved work and ask again at the next start</source>
        <translation>Conserver le travail non enregistré et redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Discard the unsaved work of “%1”? This cannot be undone.</source>
        <translation>Abandonner le travail non enregistré de «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1: the file could not be removed, or another Crossread is using it.</source>
        <translation>%1&#xa0;: le fichier n’a pas pu être supprimé, ou un autre Crossread l’utilise.</translation>
    </message>
</context>
<context>
    <name>Crossread::Review</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Appuie</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>(article not in story)</source>
        <translation>(article absent du sujet)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter l&apos;affirmation</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;affirmation</translation>
    </message>
    <message>
        <source>Edit Reviewer Notes</source>
        <translation>Modifier les notes du vérificateur</translation>
    </message>
    <message>
        <source>Set Verdict</source>
        <translation>Définir le verdict</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <source>Remove Articles</source>
        <translation>Retirer les articles</translation>
    </message>
    <message>
        <source>Withdraw Correction</source>
        <translation>Retirer la correction</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Ajouter l&apos;annotation</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Change Verdicts</source>
        <translation>Modifier les verdicts</translation>
    </message>
    <message>
        <source>Mark as Source</source>
        <translation>Marquer comme source</translation>
    </message>
    <message>
        <source>Unmark Source</source>
        <translation>Retirer la marque de source</translation>
    </message>
</context>
<context>
    <name>Crossread::ReviewActions</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Annoter la sélection…</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Nouvelle a&amp;ffirmation depuis la sélection</translation>
    </message>
    <message>
        <source>New Claim from &amp;Passage</source>
        <translation>Nouvelle affirmation depuis le &amp;passage</translation>
    </message>
    <message>
        <source>Place the cursor in an analysed passage first.</source>
        <translation>Placez d’abord le curseur dans un passage analysé.</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Evidence</source>
        <translation>Ajouter la sélection comme p&amp;reuve</translation>
    </message>
    <message>
        <source>Select a claim in the Claims panel and text in an article first.</source>
        <translation>Sélectionnez d’abord une affirmation dans le panneau des affirmations et du texte dans un article.</translation>
    </message>
    <message>
        <source>Edit &amp;Verdicts…</source>
        <translation>Modifier les &amp;verdicts…</translation>
    </message>
    <message>
        <source>Select text in an article first.</source>
        <translation>Sélectionnez d’abord du texte dans un article.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>That article is no longer in the story.</source>
        <translation>Cet article ne fait plus partie du sujet.</translation>
    </message>
    <message>
        <source>New Claim from &amp;Selection</source>
        <translation>Nouvelle affirmation depuis la &amp;sélection</translation>
    </message>
    <message>
        <source>New Claim from This &amp;Passage</source>
        <translation>Nouvelle affirmation depuis ce &amp;passage</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Quote</source>
        <translation>Créer une affirmation depuis cette &amp;citation</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Fact</source>
        <translation>Créer une affirmation depuis ce &amp;fait</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Nom du vérificateur</translation>
    </message>
    <message>
        <source>Your name, recorded with the verdicts you set:</source>
        <translation>Votre nom, enregistré avec les verdicts que vous donnez&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Crossread::Session</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>c’est un dossier, pas un fichier de session</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most a session may hold</source>
        <translation>le fichier dépasse %1 Mo, le maximum pour une session</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a Crossread session (not an SQLite database)</source>
        <translation>ce n’est pas une session Crossread (pas une base SQLite)</translation>
    </message>
    <message>
        <source>the file is cut short (truncated)</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Crossread session</source>
        <translation>c’est une base SQLite d’un autre programme, pas une session Crossread</translation>
    </message>
    <message>
        <source>the file is cut short (truncated): %1 of %2 bytes</source>
        <translation>le fichier est tronqué&#xa0;: %1 octets sur %2</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>no temporary folder to upgrade it in: %1</source>
        <translation>aucun dossier temporaire pour la mettre à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>it could not be copied to be upgraded</source>
        <translation>impossible de la copier pour la mettre à niveau</translation>
    </message>
    <message>
        <source>This session was saved in an older format (version %1) and was upgraded. The file itself changes only when you save it.</source>
        <translation>Cette session a été enregistrée dans un format plus ancien (version %1) et a été mise à niveau. Le fichier lui-même ne change que lorsque vous l’enregistrez.</translation>
    </message>
    <message>
        <source>this version of Crossread cannot upgrade format version %1</source>
        <translation>cette version de Crossread ne sait pas mettre à niveau la version de format %1</translation>
    </message>
    <message>
        <source>upgrading from format version %1 to %2 failed: %3</source>
        <translation>la mise à niveau de la version de format %1 vers %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file has no format version</source>
        <translation>le fichier n’a pas de version de format</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Crossread (format %1; this version reads up to %2) and cannot be read: %3</source>
        <translation>elle a été enregistrée par une version plus récente de Crossread (format %1&#xa0;; cette version lit jusqu’au %2) et ne peut pas être lue&#xa0;: %3</translation>
    </message>
    <message>
        <source>This session was saved by a newer version of Crossread (format %1; this version reads up to %2). It is open read-only: what the newer version added is not shown, and Save As writes a copy in this version&apos;s format without it.</source>
        <translation>Cette session a été enregistrée par une version plus récente de Crossread (format %1&#xa0;; cette version lit jusqu’au %2). Elle est ouverte en lecture seule&#xa0;: ce que la version plus récente a ajouté n’est pas affiché, et «&#xa0;Enregistrer sous&#xa0;» écrit une copie au format de cette version, sans ces ajouts.</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the session would be larger than %1 MB, the most a session may hold</source>
        <translation>la session dépasserait %1 Mo, le maximum pour une session</translation>
    </message>
    <message>
        <source>it could not be written to disk: %1</source>
        <translation>impossible de l’écrire sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>it could not be replaced: %1</source>
        <translation>impossible de la remplacer&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is not a Crossread recovery journal</source>
        <translation>ce n’est pas un journal de récupération de Crossread</translation>
    </message>
    <message>
        <source>it was written by a newer version of Crossread (format %1)</source>
        <translation>il a été écrit par une version plus récente de Crossread (format %1)</translation>
    </message>
    <message>
        <source>the recovery journal was discarded</source>
        <translation>le journal de récupération a été abandonné</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created</source>
        <translation>impossible de créer le dossier de récupération</translation>
    </message>
    <message>
        <source>the recovery journal cannot be locked</source>
        <translation>impossible de verrouiller le journal de récupération</translation>
    </message>
    <message>
        <source>a running Crossread is using this recovery journal</source>
        <translation>un Crossread en cours d’exécution utilise ce journal de récupération</translation>
    </message>
    <message>
        <source>the table %1 holds an impossible value in column %2</source>
        <translation>la table %1 contient une valeur impossible dans la colonne %2</translation>
    </message>
    <message>
        <source>the table %1 is missing or damaged (%2)</source>
        <translation>la table %1 est absente ou endommagée (%2)</translation>
    </message>
    <message>
        <source>the session holds more than %1 articles</source>
        <translation>la session contient plus de %1 articles</translation>
    </message>
    <message>
        <source>article %1 (%2) does not match its content hash; the file was changed outside Crossread</source>
        <translation>l’article %1 (%2) ne correspond pas à son empreinte&#xa0;; le fichier a été modifié hors de Crossread</translation>
    </message>
    <message>
        <source>annotation %1 points outside its article</source>
        <translation>l’annotation %1 pointe hors de son article</translation>
    </message>
    <message>
        <source>the table annotation_tags names annotations that do not exist</source>
        <translation>la table annotation_tags cite des annotations qui n’existent pas</translation>
    </message>
    <message>
        <source>a source of claim %1 points outside its article</source>
        <translation>une source de l’affirmation %1 pointe hors de son article</translation>
    </message>
    <message>
        <source>claim %1 has two pieces of evidence numbered %2</source>
        <translation>l’affirmation %1 a deux preuves numérotées %2</translation>
    </message>
    <message>
        <source>evidence of claim %1 points outside its article</source>
        <translation>une preuve de l’affirmation %1 pointe hors de son article</translation>
    </message>
    <message>
        <source>sources or evidence name claims that do not exist</source>
        <translation>des sources ou des preuves citent des affirmations qui n’existent pas</translation>
    </message>
    <message>
        <source>the session has no verdicts</source>
        <translation>la session n’a aucun verdict</translation>
    </message>
    <message>
        <source>the table view holds impossible values</source>
        <translation>la table view contient des valeurs impossibles</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>the stored article differs</source>
        <translation>l’article enregistré diffère</translation>
    </message>
    <message>
        <source>the review&apos;s id counters are missing or wrong</source>
        <translation>les compteurs d’identifiants de la vérification sont absents ou faux</translation>
    </message>
    <message>
        <source>there is not enough space to write it (%1)</source>
        <translation>il n’y a pas assez de place pour l’écrire (%1)</translation>
    </message>
    <message>
        <source>this is not a Crossread session (%1)</source>
        <translation>ce n’est pas une session Crossread (%1)</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>impossible de l’écrire (%1)</translation>
    </message>
    <message>
        <source>reading it takes far more work than a session of its size needs; the file may be built to stall the reader</source>
        <translation>la lire demande bien plus de travail qu’une session de cette taille ; le fichier est peut-être conçu pour bloquer la lecture</translation>
    </message>
    <message>
        <source>article %1 (%2)</source>
        <translation>l’article %1 (%2)</translation>
    </message>
    <message>
        <source>The text of %1 is not what its original bytes give when imported again: it was edited after import, or another version of Crossread read the source differently. Its SHA-256 certifies the original bytes, not this text. The session is open read-only.</source>
        <translation>Le texte de %1 n’est pas ce que ses octets d’origine donnent à un nouvel import : il a été modifié après l’import, ou une autre version de Crossread a lu la source autrement. Son SHA-256 certifie les octets d’origine, pas ce texte. La session est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>reading it takes far more work than a journal of its size needs</source>
        <translation>le lire demande bien plus de travail qu’un journal de cette taille</translation>
    </message>
    <message>
        <source>the file is damaged: its schema cannot be read (%1)</source>
        <translation>le fichier est endommagé : son schéma est illisible (%1)</translation>
    </message>
    <message>
        <source>it holds a view (%1), which a session never does</source>
        <translation>il contient une vue (%1), ce qu’une session ne fait jamais</translation>
    </message>
    <message>
        <source>it holds a trigger (%1), which a session never does</source>
        <translation>il contient un déclencheur (%1), ce qu’une session ne fait jamais</translation>
    </message>
    <message>
        <source>it holds an index (%1) the session format does not define</source>
        <translation>il contient un index (%1) que le format de session ne définit pas</translation>
    </message>
    <message>
        <source>it holds an object of type %1 (%2) the session format does not define</source>
        <translation>il contient un objet de type %1 (%2) que le format de session ne définit pas</translation>
    </message>
    <message>
        <source>it holds a virtual table (%1), which a session never does</source>
        <translation>il contient une table virtuelle (%1), ce qu’une session ne fait jamais</translation>
    </message>
    <message>
        <source>it holds a table (%1) the session format does not define</source>
        <translation>il contient une table (%1) que le format de session ne définit pas</translation>
    </message>
    <message>
        <source>its table %1 is not defined as the session format defines it</source>
        <translation>sa table %1 n’est pas définie comme le format de session la définit</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>la table %1 manque</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle to secure</source>
        <translation>le pilote SQLite ne donne aucun descripteur de base à sécuriser</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode cannot be switched on</source>
        <translation>le mode défensif de SQLite ne peut pas être activé</translation>
    </message>
    <message>
        <source>an SQLite feature cannot be switched off (option %1)</source>
        <translation>une fonction de SQLite ne peut pas être désactivée (option %1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>correction %1 points outside its article</source>
        <translation>la correction %1 pointe hors de son article</translation>
    </message>
</context>
<context>
    <name>Crossread::Source</name>
    <message>
        <source>matches the source</source>
        <translation>conforme à la source</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>diffère de la source</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>absent de la source</translation>
    </message>
    <message>
        <source>not comparable with the source</source>
        <translation>non comparable avec la source</translation>
    </message>
    <message>
        <source>a claim the source contradicts</source>
        <translation>une affirmation que la source contredit</translation>
    </message>
    <message>
        <source>a claim no evidence in the source supports</source>
        <translation>une affirmation qu&apos;aucune preuve de la source n&apos;étaye</translation>
    </message>
    <message>
        <source>a quote the source does not hold</source>
        <translation>une citation absente de la source</translation>
    </message>
    <message>
        <source>a figure the source does not give</source>
        <translation>un chiffre que la source ne donne pas</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceActions</name>
    <message>
        <source>Story&apos;s &amp;Source</source>
        <translation>S&amp;ource de l’histoire</translation>
    </message>
    <message>
        <source>Mark the article as the story&apos;s source (the press release, filing or report the coverage reports on): every outlet is compared with it</source>
        <translation>Marquer l&apos;article comme source de l&apos;histoire (le communiqué, le document ou le rapport dont parle la couverture) : chaque média est comparé avec lui</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceMarks</name>
    <message>
        <source>§ the source</source>
        <translation>§ la source</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation>Source de %1</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Source d’origine</translation>
    </message>
</context>
<context>
    <name>Crossread::StoryDocument</name>
    <message>
        <source>the session has no file of its own yet, or is read-only: save it under a new name</source>
        <translation>la session n’a pas encore de fichier à elle ou est en lecture seule&#xa0;: enregistrez-la sous un nouveau nom</translation>
    </message>
</context>
<context>
    <name>Crossread::Verdict</name>
    <message>
        <source>Unreviewed</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeuse</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
</context>
<context>
    <name>Crossread::VerdictSetDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Verdicts of This Session</source>
        <translation>Verdicts de cette session</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Nouveau verdict</translation>
    </message>
    <message>
        <source>A review needs at least two verdicts: the first for claims not reviewed yet, and one more.</source>
        <translation>Une vérification demande au moins deux verdicts&#xa0;: le premier pour les affirmations pas encore vérifiées, et un autre.</translation>
    </message>
    <message>
        <source>“%1” (the first) marks claims not reviewed yet. Claims keep a verdict you remove; it is shown as written.</source>
        <translation>«&#xa0;%1&#xa0;» (le premier) marque les affirmations pas encore vérifiées. Les affirmations gardent un verdict que vous retirez&#xa0;; il s’affiche tel qu’il est écrit.</translation>
    </message>
</context>
<context>
    <name>Crossread::ViewActions</name>
    <message>
        <source>The new language takes effect the next time Crossread starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Crossread.</translation>
    </message>
    <message>
        <source>&amp;Automatic: Not When Most Passages Are Reworded</source>
        <translation>&amp;Automatique : pas quand la plupart des passages sont reformulés</translation>
    </message>
    <message>
        <source>Al&amp;ways</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
</context>
<context>
    <name>Crossread::WebImport</name>
    <message>
        <source>Stop Fetching</source>
        <translation>Arrêter la récupération</translation>
    </message>
    <message>
        <source>Fetching web pages: %1 of %2</source>
        <translation>Récupération des pages web&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>non récupéré&#xa0;: Préférences ▸ Ne jamais utiliser le réseau est activé</translation>
    </message>
</context>
</TS>
