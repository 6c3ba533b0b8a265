<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Crossread</name>
    <message>
        <source>There are no articles to compare.</source>
        <translation>No hay artículos que comparar.</translation>
    </message>
    <message>
        <source>Only one article: there is nothing to compare it with.</source>
        <translation>Solo hay un artículo: no hay nada con qué compararlo.</translation>
    </message>
    <message>
        <source>%1 has no article text outside page furniture, so it takes no part in the comparison.</source>
        <translation>%1 no tiene texto de artículo fuera de los elementos de página, así que no participa en la comparación.</translation>
    </message>
    <message>
        <source>%1 shares no passage with the other articles: it may tell another story or be in another language.</source>
        <translation>%1 no comparte ningún pasaje con los demás artículos: quizá trate otra noticia o esté en otro idioma.</translation>
    </message>
    <message>
        <source>A story of %1 articles is more than Crossread compares at once (at most %2).</source>
        <translation>Una noticia de %1 artículos supera lo que Crossread compara a la vez (como máximo %2).</translation>
    </message>
    <message>
        <source>Splitting sentences</source>
        <translation>Separando frases</translation>
    </message>
    <message>
        <source>Aligning passages</source>
        <translation>Alineando pasajes</translation>
    </message>
    <message>
        <source>Comparing facts</source>
        <translation>Comparando datos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is no longer found among the figures and quotes</source>
        <translation>%1 ya no aparece entre las cifras y citas</translation>
    </message>
    <message>
        <source>the rows are already in one topic</source>
        <translation>las filas ya están en un mismo tema</translation>
    </message>
    <message>
        <source>the two are already in one row</source>
        <translation>ambas ya están en una misma fila</translation>
    </message>
    <message>
        <source>a %1 and a %2 cannot be one row</source>
        <translation>un %1 y un %2 no pueden ser una fila</translation>
    </message>
    <message>
        <source>%1 is already in a row of its own</source>
        <translation>%1 ya está en una fila propia</translation>
    </message>
    <message>
        <source>the row is already alone in its topic</source>
        <translation>la fila ya está sola en su tema</translation>
    </message>
    <message>
        <source>the new label is empty</source>
        <translation>la nueva etiqueta está vacía</translation>
    </message>
    <message>
        <source>the article of %1 is no longer in the story</source>
        <translation>el artículo de %1 ya no está en la historia</translation>
    </message>
    <message>
        <source>%1 is no longer in the article&apos;s text</source>
        <translation>%1 ya no está en el texto del artículo</translation>
    </message>
    <message>
        <source>%1 is in no passage (page furniture)</source>
        <translation>%1 no está en ningún pasaje (elementos de página)</translation>
    </message>
    <message>
        <source>the two sentences are already in one passage</source>
        <translation>las dos frases ya están en un mismo pasaje</translation>
    </message>
    <message>
        <source>in %1 the two passages are not next to each other</source>
        <translation>en %1 los dos pasajes no están seguidos</translation>
    </message>
    <message>
        <source>%1 is in no passage of its own</source>
        <translation>%1 no está en un pasaje propio</translation>
    </message>
    <message>
        <source>the passage at %1 cannot be split there: it starts there and no other outlet tells it</source>
        <translation>el pasaje en %1 no se puede dividir ahí: empieza ahí y ningún otro medio lo cuenta</translation>
    </message>
    <message>
        <source>Merge %1 with %2</source>
        <translation>Unir %1 con %2</translation>
    </message>
    <message>
        <source>Split %1 into a row of its own</source>
        <translation>Separar %1 en una fila propia</translation>
    </message>
    <message>
        <source>Move the row of %1 into the topic of %2</source>
        <translation>Mover la fila de %1 al tema de %2</translation>
    </message>
    <message>
        <source>Move the row of %1 out of its topic</source>
        <translation>Sacar la fila de %1 de su tema</translation>
    </message>
    <message>
        <source>Rename the row of %1 to “%2”</source>
        <translation>Renombrar la fila de %1 como «%2»</translation>
    </message>
    <message>
        <source>Mark the row of %1 not comparable</source>
        <translation>Marcar la fila de %1 como no comparable</translation>
    </message>
    <message>
        <source>Set the status of the row of %1 to %2</source>
        <translation>Poner el estado de la fila de %1 en %2</translation>
    </message>
    <message>
        <source>Join the passage of %1 with the passage of %2</source>
        <translation>Unir el pasaje de %1 con el pasaje de %2</translation>
    </message>
    <message>
        <source>Split the passage at %1</source>
        <translation>Dividir el pasaje en %1</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>corregido a mano</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>corregido por %1</translation>
    </message>
    <message>
        <source>Merge Rows</source>
        <translation>Unir filas</translation>
    </message>
    <message>
        <source>Split Mention Out</source>
        <translation>Separar mención</translation>
    </message>
    <message>
        <source>Move Row into Topic</source>
        <translation>Mover fila al tema</translation>
    </message>
    <message>
        <source>Move Row out of Topic</source>
        <translation>Sacar fila del tema</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Renombrar fila</translation>
    </message>
    <message>
        <source>Mark Not Comparable</source>
        <translation>Marcar como no comparable</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Fijar estado</translation>
    </message>
    <message>
        <source>Join Passages</source>
        <translation>Unir pasajes</translation>
    </message>
    <message>
        <source>the file is binary, not text, Markdown, HTML or PDF</source>
        <translation>el archivo es binario, no es texto, Markdown, HTML ni PDF</translation>
    </message>
    <message>
        <source>Split Passage</source>
        <translation>Dividir pasaje</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>la importación se canceló</translation>
    </message>
    <message>
        <source>Reading figures</source>
        <translation>Leyendo las cifras</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Why this matters (optional)</source>
        <translation>Por qué importa (opcional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationModel</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>Crossread::AnnotationsDock</name>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Search text, notes and tags</source>
        <translation>Buscar en texto, notas y etiquetas</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Buscar anotaciones</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Filtrar por artículo</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrar por color</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Enter jumps to the annotated text; Delete removes the annotation.</source>
        <translation>Intro lleva al texto anotado; Supr elimina la anotación.</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Eliminar la anotación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Annotation note</source>
        <translation>Nota de la anotación</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Annotation tags</source>
        <translation>Etiquetas de la anotación</translation>
    </message>
    <message>
        <source>Annotation colour</source>
        <translation>Color de la anotación</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 de %n anotación mostrada</numerusform>
            <numerusform>%1 de %n anotaciones mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Cualquier color</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>&amp;Ir al texto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar la anotación</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
</context>
<context>
    <name>Crossread::AppSettings</name>
    <message>
        <source>Cover page and sources</source>
        <translation>Portada y fuentes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Afirmaciones y veredictos</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Matriz de datos</translation>
    </message>
    <message>
        <source>Side-by-side passages</source>
        <translation>Pasajes en paralelo</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>Crossread::Article</name>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>Fetched from %1 on %2 UTC</source>
        <translation>Descargado de %1 el %2 UTC</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Archivo de origen:</translation>
    </message>
    <message>
        <source>Content hash (SHA-256):</source>
        <translation>Hash del contenido (SHA-256):</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n invalid byte sequence(s) replaced</source>
        <translation>
            <numerusform>%1, %n secuencia de bytes no válida sustituida</numerusform>
            <numerusform>%1, %n secuencias de bytes no válidas sustituidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Fetched:</source>
        <translation>Descargado:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>The story&apos;s &amp;source: compare every outlet with it</source>
        <translation>&amp;Fuente de la historia: comparar cada medio con ella</translation>
    </message>
    <message>
        <source>The press release, filing or report the coverage reports on. A story has one source: marking this article unmarks the other.</source>
        <translation>El comunicado, el expediente o el informe del que trata la cobertura. Una historia tiene una fuente: marcar este artículo desmarca el otro.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticleModel</name>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>(no outlet) %1</source>
        <translation>(sin medio) %1</translation>
    </message>
    <message>
        <source>Nothing in the file names its outlet: name it in Article Details (Alt+Return).</source>
        <translation>Nada en el archivo nombra el medio: indíquelo en los detalles del artículo (Alt+Intro).</translation>
    </message>
    <message>
        <source>The story&apos;s source: every outlet is compared with it.</source>
        <translation>La fuente de la historia: cada medio se compara con ella.</translation>
    </message>
    <message>
        <source>§ %1 (source)</source>
        <translation>§ %1 (fuente)</translation>
    </message>
</context>
<context>
    <name>Crossread::ArticlePane</name>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artículo de %1</translation>
    </message>
    <message>
        <source>Mark Paragraph as Article Text</source>
        <translation>Marcar el párrafo como texto del artículo</translation>
    </message>
    <message>
        <source>Mark Paragraph as Boilerplate</source>
        <translation>Marcar el párrafo como elemento de página</translation>
    </message>
    <message>
        <source>quote variant</source>
        <translation>variante de cita</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>outlets agree</source>
        <translation>los medios coinciden</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>solo un medio</translation>
    </message>
    <message numerus="yes">
        <source>One of %n related figures about %1 (click to see them)</source>
        <translation>
            <numerusform>Una de %n cifras relacionadas con %1 (haga clic para verlas)</numerusform>
            <numerusform>Una de %n cifras relacionadas con %1 (haga clic para verlas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Solo en %1</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>§ Source: %1</source>
        <translation>§ Fuente: %1</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimModel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>Crossread::ClaimsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Delete C&amp;laim</source>
        <translation>Eliminar la a&amp;firmación</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por veredicto</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Filtrar por revisor</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Eliminar la afirmación</translation>
    </message>
    <message>
        <source>Claim statement</source>
        <translation>Enunciado de la afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Verdicts…</source>
        <translation>Veredictos…</translation>
    </message>
    <message>
        <source>Edit the verdicts this session uses</source>
        <translation>Editar los veredictos de esta sesión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sources and evidence</source>
        <translation>Fuentes y pruebas</translation>
    </message>
    <message>
        <source>Enter shows the text in its article; Delete removes a piece of evidence.</source>
        <translation>Intro muestra el texto en su artículo; Supr quita una prueba.</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Quitar la prueba</translation>
    </message>
    <message>
        <source>Add Selection as…</source>
        <translation>Añadir la selección como…</translation>
    </message>
    <message>
        <source>Add the text selected in an article as evidence for this claim</source>
        <translation>Añadir el texto seleccionado en un artículo como prueba de esta afirmación</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notas del revisor</translation>
    </message>
    <message>
        <source>Why this verdict: sources checked, whom you asked</source>
        <translation>Por qué este veredicto: fuentes consultadas, a quién preguntó</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredicto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Scorecard per outlet</source>
        <translation>Balance por medio</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Cualquier revisor</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) reviewed</source>
        <translation>
            <numerusform>%1 de %n afirmación revisada</numerusform>
            <numerusform>%1 de %n afirmaciones revisadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>%1 (not in this session&apos;s verdicts)</source>
        <translation>%1 (no está entre los veredictos de esta sesión)</translation>
    </message>
    <message>
        <source>Claimed in</source>
        <translation>Afirmada en</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Creada %1 · actualizada %2</translation>
    </message>
    <message>
        <source>verdict by %1</source>
        <translation>veredicto de %1</translation>
    </message>
    <message>
        <source>&amp;Go to Text</source>
        <translation>&amp;Ir al texto</translation>
    </message>
    <message>
        <source>&amp;Remove Evidence</source>
        <translation>&amp;Quitar la prueba</translation>
    </message>
    <message>
        <source>&amp;Supports</source>
        <translation>&amp;Respalda</translation>
    </message>
    <message>
        <source>C&amp;ontradicts</source>
        <translation>&amp;Contradice</translation>
    </message>
    <message>
        <source>Co&amp;ntext</source>
        <translation>C&amp;ontexto</translation>
    </message>
</context>
<context>
    <name>Crossread::Cli</name>
    <message>
        <source>Write the JSON to OUT (atomically) instead of standard output.</source>
        <translation>Escribir el JSON en OUT (de forma atómica) en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Add each article&apos;s text (what the offsets point into).</source>
        <translation>Añadir el texto de cada artículo (al que apuntan las posiciones).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>no files given; try &apos;crossread analyse --help&apos;</source>
        <translation>no se indicó ningún archivo; pruebe &apos;crossread analyse --help&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>align the files&apos; passages and compare their facts; JSON out</source>
        <translation>alinear los pasajes de los archivos y comparar sus datos; salida JSON</translation>
    </message>
    <message>
        <source>print each file&apos;s article text (or --json) without page furniture</source>
        <translation>mostrar el texto de artículo de cada archivo (o --json) sin los elementos de página</translation>
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
        <translation>Uso: crossread [ARCHIVO...]
     crossread ORDEN [OPCIONES] ARCHIVO...

Sin una orden, abre los archivos en la ventana de Crossread.

Opciones:
  --sample         abrir la noticia de ejemplo incluida
  -h, --help       mostrar esta ayuda
  -v, --version    mostrar la versión

Órdenes (&apos;crossread ORDEN --help&apos; muestra sus opciones):
</translation>
    </message>
    <message>
        <source>crossread extract: unknown option %1</source>
        <translation>crossread extract: opción desconocida %1</translation>
    </message>
    <message>
        <source>crossread extract: no file given</source>
        <translation>crossread extract: no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>Aligns the passages of the files (articles of one story) and compares their facts; writes JSON.
Offsets are Unicode code points into each article&apos;s text, end exclusive.
Exit status: 0 all files analysed; 1 some files could not be read (named on stderr,
the others are analysed); 2 usage error or an output could not be written.</source>
        <translation>Alinea los pasajes de los archivos (artículos de una noticia) y compara sus datos; escribe JSON.
Las posiciones son puntos de código Unicode en el texto de cada artículo, final excluido.
Estado de salida: 0 todos los archivos analizados; 1 algunos archivos no se pudieron leer (se nombran en stderr,
los demás se analizan); 2 error de uso o no se pudo escribir la salida.</translation>
    </message>
    <message>
        <source>Also create the review session OUT.crossread holding the articles, ready to open in the window (only file names are kept, not their folders).</source>
        <translation>Crear también la sesión de revisión OUT.crossread con los artículos, lista para abrir en la ventana (solo se guardan los nombres de archivo, no sus carpetas).</translation>
    </message>
    <message>
        <source>OUT.crossread</source>
        <translation>OUT.crossread</translation>
    </message>
    <message>
        <source>print a session&apos;s articles, claims and verdict counts (or --json)</source>
        <translation>mostrar los artículos, las afirmaciones y el recuento de veredictos de una sesión (o --json)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Format version %1, saved by Crossread %2</source>
        <translation>Versión de formato %1, guardada por Crossread %2</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Artículos: %1</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(sin medio)</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sin titular)</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>archivo: %1</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>Anotaciones: %1</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Afirmaciones: %1</translation>
    </message>
    <message>
        <source>Verdicts:</source>
        <translation>Veredictos:</translation>
    </message>
    <message>
        <source>Prints what a review session holds: its articles (outlet, headline, file, SHA-256 of the
original bytes), the number of annotations, the claims and how many claims have each verdict.
The session is only read, never changed.
Exit status: 0 printed; 1 the session cannot be read; 2 usage error.</source>
        <translation>Muestra lo que contiene una sesión de revisión: sus artículos (medio, titular, archivo, SHA-256 de los
bytes originales), el número de anotaciones, las afirmaciones y cuántas afirmaciones tienen cada veredicto.
La sesión solo se lee, nunca se modifica.
Estado de salida: 0 mostrado; 1 no se puede leer la sesión; 2 error de uso.</translation>
    </message>
    <message>
        <source>Print JSON instead of text, for scripts.</source>
        <translation>Mostrar JSON en lugar de texto, para scripts.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESIÓN</translation>
    </message>
    <message>
        <source>A .crossread session file.</source>
        <translation>Un archivo de sesión .crossread.</translation>
    </message>
    <message>
        <source>give exactly one session file; try &apos;crossread info --help&apos;</source>
        <translation>indique exactamente un archivo de sesión; pruebe &apos;crossread info --help&apos;</translation>
    </message>
    <message>
        <source>write a session&apos;s report as PDF, CSV, JSON or Markdown</source>
        <translation>escribir el informe de una sesión en PDF, CSV, JSON o Markdown</translation>
    </message>
    <message>
        <source>Writes the review report of a session as PDF, and its claims, facts and report as CSV, JSON
and Markdown. Every output is written completely or not at all.
Exit status: 0 all outputs written; 1 the session could not be read or an output could not
be written (named on stderr); 2 usage error.</source>
        <translation>Escribe el informe de revisión de una sesión en PDF, y sus afirmaciones, datos e informe en CSV, JSON
y Markdown. Cada salida se escribe entera o no se escribe.
Estado de salida: 0 todas las salidas escritas; 1 no se pudo leer la sesión o no se pudo escribir
una salida (se nombra en stderr); 2 error de uso.</translation>
    </message>
    <message>
        <source>Write the PDF report to OUT.</source>
        <translation>Escribir el informe PDF en OUT.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Write the claims as CSV (UTF-8 with BOM) to OUT.</source>
        <translation>Escribir las afirmaciones como CSV (UTF-8 con BOM) en OUT.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Write the compared facts as CSV to OUT.</source>
        <translation>Escribir los datos comparados como CSV en OUT.</translation>
    </message>
    <message>
        <source>Write the claims, annotations and facts as JSON to OUT.</source>
        <translation>Escribir las afirmaciones, anotaciones y datos como JSON en OUT.</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>OUT.json</translation>
    </message>
    <message>
        <source>Write the report as Markdown to OUT.</source>
        <translation>Escribir el informe como Markdown en OUT.</translation>
    </message>
    <message>
        <source>OUT.md</source>
        <translation>OUT.md</translation>
    </message>
    <message>
        <source>Page size of the PDF: a4, letter or auto (from the locale; the default).</source>
        <translation>Tamaño de página del PDF: a4, letter o auto (según la configuración regional; predeterminado).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Print-friendly greys instead of colours.</source>
        <translation>Grises para imprimir en lugar de colores.</translation>
    </message>
    <message>
        <source>Articles side by side per page: 2 (default) or 3.</source>
        <translation>Artículos en paralelo por página: 2 (predeterminado) o 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comma-separated sections to include: cover, summary, claims, facts, passages (default: all).</source>
        <translation>Secciones que incluir, separadas por comas: cover, summary, claims, facts, passages (predeterminado: todas).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>crossread export: give exactly one session file</source>
        <translation>crossread export: indique exactamente un archivo de sesión</translation>
    </message>
    <message>
        <source>crossread export: nothing to write; give --pdf, --csv, --facts-csv, --json or --md</source>
        <translation>crossread export: nada que escribir; indique --pdf, --csv, --facts-csv, --json o --md</translation>
    </message>
    <message>
        <source>crossread export: unknown page size %1 (use a4, letter or auto)</source>
        <translation>crossread export: tamaño de página desconocido %1 (use a4, letter o auto)</translation>
    </message>
    <message>
        <source>crossread export: --columns must be 2 or 3</source>
        <translation>crossread export: --columns debe ser 2 o 3</translation>
    </message>
    <message>
        <source>crossread export: unknown section in %1 (use cover, summary, claims, facts, passages)</source>
        <translation>crossread export: sección desconocida en %1 (use cover, summary, claims, facts, passages)</translation>
    </message>
    <message>
        <source>crossread export: the PDF needs a QGuiApplication (a build without main()&apos;s support)</source>
        <translation>crossread export: el PDF necesita una QGuiApplication (una compilación sin el soporte de main())</translation>
    </message>
    <message>
        <source>%1 files given; a story holds at most %2 articles</source>
        <translation>se dieron %1 archivos; una historia tiene como máximo %2 artículos</translation>
    </message>
    <message>
        <source>crossread export: cannot write %1: %2</source>
        <translation>crossread export: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>warning: the text is not what these bytes give when imported again; the hash does not certify it</source>
        <translation>aviso: el texto no es lo que dan estos bytes al importarlos de nuevo; el hash no lo certifica</translation>
    </message>
    <message>
        <source>Articles to compare: .txt, .md, .html, .mhtml or .pdf files, or http(s) addresses of web pages.</source>
        <translation>Artículos que comparar: archivos .txt, .md, .html, .mhtml o .pdf, o direcciones http(s) de páginas web.</translation>
    </message>
    <message>
        <source>FILE|URL...</source>
        <translation>ARCHIVO|URL...</translation>
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
        <translation>Uso: crossread extract [--body|--json] ARCHIVO|URL...

Muestra el texto de artículo de cada archivo o página web sin los elementos de página (navegación, anuncios,
cuadros de suscripción, pies de foto, enlaces relacionados).

Opciones:
  --body       el texto del artículo, párrafos separados por líneas en blanco (predeterminado);
               una línea &quot;==&gt; ARCHIVO &lt;==&quot; encabeza cada archivo cuando hay varios
  --json       los artículos como JSON: metadatos, texto y tramos de elementos de página,
               posiciones en puntos de código Unicode (como &apos;crossread analyse --with-text&apos;)
  -h, --help   mostrar esta ayuda

Los archivos que no se pueden leer se notifican en la salida de error; los demás se
muestran igualmente y el código de salida es 1.
</translation>
    </message>
    <message>
        <source>Corrections of the analysis: %1</source>
        <translation>Correcciones del análisis: %1</translation>
    </message>
    <message>
        <source>The story&apos;s source (a press release, a filing, a report): imported with the other files and marked as the source, so every outlet is compared with it.</source>
        <translation>La fuente de la historia (un comunicado, un expediente, un informe): se importa con los demás archivos y se marca como fuente, de modo que cada medio se compara con ella.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>ARCHIVO|URL</translation>
    </message>
    <message>
        <source>--source needs a file or an address</source>
        <translation>--source necesita un archivo o una dirección</translation>
    </message>
    <message>
        <source>the source could not be read; the outlets are compared among themselves only</source>
        <translation>no se pudo leer la fuente; los medios solo se comparan entre sí</translation>
    </message>
    <message>
        <source>Source: %1. %2</source>
        <translation>Fuente: %1. %2</translation>
    </message>
    <message>
        <source>the story&apos;s source: every outlet is compared with it</source>
        <translation>la fuente de la historia: cada medio se compara con ella</translation>
    </message>
</context>
<context>
    <name>Crossread::ConnectorBand</name>
    <message>
        <source>Connections between %1 and %2</source>
        <translation>Conexiones entre %1 y %2</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>solo aquí</translation>
    </message>
    <message>
        <source>Same words</source>
        <translation>Mismas palabras</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <source> · match confidence %1%</source>
        <translation> · confianza de la correspondencia %1 %</translation>
    </message>
    <message>
        <source>Only %1 tells this</source>
        <translation>Solo %1 cuenta esto</translation>
    </message>
    <message>
        <source>%1 does not tell this</source>
        <translation>%1 no cuenta esto</translation>
    </message>
    <message>
        <source>Bands will join the passages both articles tell once the analysis is done.</source>
        <translation>Cuando termine el análisis, unas bandas unirán los pasajes que cuentan ambos artículos.</translation>
    </message>
    <message>
        <source>Between %1 and %2: %3 (%4, %5); %6; %7.</source>
        <comment>connector band summary: left outlet, right outlet, passages in both, identical, reworded, only left, only right</comment>
        <translation>Entre %1 y %2: %3 (%4, %5); %6; %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in both</source>
        <translation>
            <numerusform>%n pasaje en ambos</numerusform>
            <numerusform>%n pasajes en ambos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n idéntico</numerusform>
            <numerusform>%n idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n reformulado</numerusform>
            <numerusform>%n reformulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in %1</source>
        <comment>passages</comment>
        <translation>
            <numerusform>%n solo en %1</numerusform>
            <numerusform>%n solo en %1</numerusform>
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
        <translation>C&amp;orregir el análisis</translation>
    </message>
    <message>
        <source>&amp;Merge with Row</source>
        <translation>&amp;Unir con la fila</translation>
    </message>
    <message>
        <source>&amp;Split “%1” (%2) into Its Own Row</source>
        <translation>&amp;Separar «%1» (%2) en una fila propia</translation>
    </message>
    <message>
        <source>Move into &amp;Topic</source>
        <translation>Mover al &amp;tema</translation>
    </message>
    <message>
        <source>Move &amp;out of Topic</source>
        <translation>&amp;Sacar del tema</translation>
    </message>
    <message>
        <source>&amp;Rename Row…</source>
        <translation>&amp;Renombrar fila…</translation>
    </message>
    <message>
        <source>Rename Row</source>
        <translation>Renombrar fila</translation>
    </message>
    <message>
        <source>What the figures are about:</source>
        <translation>De qué tratan las cifras:</translation>
    </message>
    <message>
        <source>Mark Not &amp;Comparable</source>
        <translation>Marcar como no &amp;comparable</translation>
    </message>
    <message>
        <source>Set Status &amp;by Hand</source>
        <translation>Fijar estado a &amp;mano</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>&amp;Coinciden</translation>
    </message>
    <message>
        <source>&amp;Conflict</source>
        <translation>C&amp;onflicto</translation>
    </message>
    <message>
        <source>&amp;Only One Outlet</source>
        <translation>Solo &amp;un medio</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Fijar estado</translation>
    </message>
    <message>
        <source>Why (shown in the matrix and the report):</source>
        <translation>Por qué (se muestra en la matriz y el informe):</translation>
    </message>
    <message>
        <source>Correct &amp;Passages</source>
        <translation>Corregir &amp;pasajes</translation>
    </message>
    <message>
        <source>&amp;Split Passage at This Sentence</source>
        <translation>&amp;Dividir el pasaje en esta frase</translation>
    </message>
    <message>
        <source>&amp;Mark Passage for Joining</source>
        <translation>&amp;Marcar pasaje para unir</translation>
    </message>
    <message>
        <source>&amp;Join with Marked Passage</source>
        <translation>U&amp;nir con el pasaje marcado</translation>
    </message>
</context>
<context>
    <name>Crossread::CoverageMap</name>
    <message>
        <source>Coverage map</source>
        <translation>Mapa de cobertura</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>No está en %1</translation>
    </message>
    <message>
        <source>Holds a conflicting figure</source>
        <translation>Contiene una cifra en conflicto</translation>
    </message>
    <message>
        <source>One row per passage; filled cells show which articles tell it; hatched cells are reworded; a diamond marks a conflicting figure. Up and Down choose a passage, Enter goes there.</source>
        <translation>Una fila por pasaje; las celdas llenas muestran qué artículos lo cuentan; las celdas rayadas están reformuladas; un rombo marca una cifra en conflicto. Arriba y Abajo eligen un pasaje, Intro lleva a él.</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>mismas palabras</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulado</translation>
    </message>
    <message>
        <source>told once</source>
        <translation>contado una vez</translation>
    </message>
    <message>
        <source>Passage %1 (%2): no shown article tells it</source>
        <translation>Pasaje %1 (%2): ningún artículo mostrado lo cuenta</translation>
    </message>
    <message>
        <source>Passage %1 (%2): told by %3</source>
        <translation>Pasaje %1 (%2): lo cuenta %3</translation>
    </message>
    <message>
        <source>From the source; every shown outlet carries it</source>
        <translation>De la fuente; todos los medios mostrados la recogen</translation>
    </message>
    <message>
        <source>From the source; left out by %1</source>
        <translation>De la fuente; omitido por %1</translation>
    </message>
    <message>
        <source>Not in the source</source>
        <translation>No está en la fuente</translation>
    </message>
    <message>
        <source>%1: the story&apos;s source</source>
        <translation>%1: la fuente de la historia</translation>
    </message>
    <message>
        <source>%1 carries %2 of the source&apos;s %3 passages; %4 figure(s) differ, %5 quote(s) altered</source>
        <translation>%1 recoge %2 de los %3 pasajes de la fuente; cifras distintas: %4, citas alteradas: %5</translation>
    </message>
</context>
<context>
    <name>Crossread::Export</name>
    <message>
        <source>Report date: %1</source>
        <translation>Fecha del informe: %1</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Revisores: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Articles compared: %1. Passages in the story: %2.</source>
        <translation>Artículos comparados: %1. Pasajes de la noticia: %2.</translation>
    </message>
    <message>
        <source>Passages told by all compared articles: %1 (%2 identical, %3 reworded).</source>
        <translation>Pasajes que cuentan todos los artículos comparados: %1 (%2 idénticos, %3 reformulados).</translation>
    </message>
    <message>
        <source>Facts in conflict: %1 of %2 fact slots.</source>
        <translation>Datos en conflicto: %1 de %2 casillas de datos.</translation>
    </message>
    <message>
        <source>Conflicting facts</source>
        <translation>Datos en conflicto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Passages told</source>
        <translation>Pasajes contados</translation>
    </message>
    <message>
        <source>Only in this outlet</source>
        <translation>Solo en este medio</translation>
    </message>
    <message>
        <source>Figures in conflict</source>
        <translation>Cifras en conflicto</translation>
    </message>
    <message>
        <source>Claims and verdicts</source>
        <translation>Afirmaciones y veredictos</translation>
    </message>
    <message>
        <source>No claims were recorded in this review.</source>
        <translation>No se registró ninguna afirmación en esta revisión.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Scorecard by outlet</source>
        <translation>Balance por medio</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Fact matrix</source>
        <translation>Matriz de datos</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Passages side by side</source>
        <translation>Pasajes en paralelo</translation>
    </message>
    <message>
        <source>Passage %1 (%2)</source>
        <translation>Pasaje %1 (%2)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translation>Texto resaltado</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>continued on the next page →</source>
        <translation>continúa en la página siguiente →</translation>
    </message>
    <message>
        <source>Crossread review report</source>
        <translation>Informe de revisión de Crossread</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Informe de revisión</translation>
    </message>
    <message>
        <source>Articles compared: %1 of %2</source>
        <translation>Artículos comparados: %1 de %2</translation>
    </message>
    <message>
        <source>Annotations: %1 · Claims: %2</source>
        <translation>Anotaciones: %1 · Afirmaciones: %2</translation>
    </message>
    <message>
        <source>Outlet and article</source>
        <translation>Medio y artículo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>Por medio</translation>
    </message>
    <message>
        <source>Claims reviewed: %1 of %2.</source>
        <translation>Afirmaciones revisadas: %1 de %2.</translation>
    </message>
    <message>
        <source>Carried by: %1</source>
        <translation>Publicada por: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>no rationale given</source>
        <translation>sin justificación</translation>
    </message>
    <message>
        <source>E%1 %2 · %3: %4</source>
        <translation>E%1 %2 · %3: %4</translation>
    </message>
    <message>
        <source>no evidence linked</source>
        <translation>ninguna prueba vinculada</translation>
    </message>
    <message>
        <source>One row per fact, one column per outlet; topics with a conflict first. ≠ the outlets conflict, ✓ they agree, ◆ one outlet only, ~ a quote worded differently.</source>
        <translation>Una fila por dato, una columna por medio; primero los temas con conflicto. ≠ los medios discrepan, ✓ coinciden, ◆ un solo medio, ~ una cita con otras palabras.</translation>
    </message>
    <message>
        <source>No figures or quotes were found in the compared articles.</source>
        <translation>No se encontraron cifras ni citas en los artículos comparados.</translation>
    </message>
    <message>
        <source>Outlets %1–%2 of %3</source>
        <translation>Medios %1–%2 de %3</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Solo en %1</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>En paralelo: %1</translation>
    </message>
    <message>
        <source>Stripes: blue identical, amber reworded, purple only in one outlet. Underlined on a shaded ground: words that differ from the reference rendering; dotted: words other outlets left out or replaced. [n] marks an annotation; its note is at the foot of the page.</source>
        <translation>Franjas: azul idéntico, ámbar reformulado, morado solo en un medio. Subrayado sobre fondo sombreado: palabras que difieren de la versión de referencia; punteado: palabras que otros medios omitieron o sustituyeron. [n] señala una anotación; su nota está al pie de la página.</translation>
    </message>
    <message>
        <source>not in this article</source>
        <translation>no está en este artículo</translation>
    </message>
    <message>
        <source>Annotations on text outside the side-by-side passages (page furniture, or sentences that repeat another passage).</source>
        <translation>Anotaciones sobre texto fuera de los pasajes en paralelo (elementos de página, o frases que repiten otro pasaje).</translation>
    </message>
    <message>
        <source>Every annotation of the compared articles.</source>
        <translation>Todas las anotaciones de los artículos comparados.</translation>
    </message>
    <message>
        <source>Note and tags</source>
        <translation>Nota y etiquetas</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Noticia sin título</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>no se puede dibujar en el dispositivo de salida</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: no se puede escribir el informe: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the export was canceled; nothing was written</source>
        <translation>%1: la exportación se canceló; no se escribió nada</translation>
    </message>
    <message>
        <source>Warning: the text below is not what these bytes give when imported again (edited after import, or read by another version of Crossread); the SHA-256 certifies the original bytes only.</source>
        <translation>Aviso: el texto de abajo no es lo que dan estos bytes al importarlos de nuevo (editado tras la importación o leído por otra versión de Crossread); el SHA-256 certifica solo los bytes originales.</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>Corrections by reviewers</source>
        <translation>Correcciones de los revisores</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>told at another place in this article</source>
        <translation>contado en otro lugar de este artículo</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>%1 says</source>
        <translation>%1 dice</translation>
    </message>
    <message>
        <source>The source says</source>
        <translation>La fuente dice</translation>
    </message>
    <message>
        <source>%1 (p. %2)</source>
        <translation>%1 (p. %2)</translation>
    </message>
    <message>
        <source>Figure differs: %1</source>
        <translation>Cifra distinta: %1</translation>
    </message>
    <message>
        <source>Quote altered</source>
        <translation>Cita alterada</translation>
    </message>
    <message>
        <source>Quote altered: %1</source>
        <translation>Cita alterada: %1</translation>
    </message>
    <message>
        <source>Passage left out</source>
        <translation>Pasaje omitido</translation>
    </message>
    <message>
        <source>Not supported by the source: %1</source>
        <translation>No respaldado por la fuente: %1</translation>
    </message>
    <message>
        <source>Carries %1 of the source&apos;s %2 passages; figures that differ: %3; quotes altered: %4; not supported by the source: %5.</source>
        <translation>Recoge %1 de los %2 pasajes de la fuente; cifras distintas: %3; citas alteradas: %4; no respaldado por la fuente: %5.</translation>
    </message>
    <message>
        <source>Coverage against the source</source>
        <translation>La cobertura frente a la fuente</translation>
    </message>
    <message>
        <source>Every outlet compared with the story&apos;s source, %1: the figures it states otherwise, the quotes whose words it changed, the source&apos;s passages it leaves out, and what it says that the source does not support.</source>
        <translation>Cada medio comparado con la fuente de la historia, %1: las cifras que da de otro modo, las citas cuyas palabras cambió, los pasajes de la fuente que omite y lo que dice sin respaldo en la fuente.</translation>
    </message>
</context>
<context>
    <name>Crossread::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Articles to include</source>
        <translation>Artículos que incluir</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Según la configuración regional</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>2 articles per page</source>
        <translation>2 artículos por página</translation>
    </message>
    <message>
        <source>3 articles per page</source>
        <translation>3 artículos por página</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Lado a lado:</translation>
    </message>
    <message>
        <source>Print-friendly &amp;greyscale</source>
        <translation>Escala de &amp;grises para imprimir</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>Archivos que escribir</translation>
    </message>
    <message>
        <source>PDF report (.pdf)</source>
        <translation>Informe PDF (.pdf)</translation>
    </message>
    <message>
        <source>Claims as CSV (.claims.csv)</source>
        <translation>Afirmaciones como CSV (.claims.csv)</translation>
    </message>
    <message>
        <source>Facts as CSV (.facts.csv)</source>
        <translation>Datos como CSV (.facts.csv)</translation>
    </message>
    <message>
        <source>Claims, annotations and facts as JSON (.json)</source>
        <translation>Afirmaciones, anotaciones y datos como JSON (.json)</translation>
    </message>
    <message>
        <source>Markdown report (.md)</source>
        <translation>Informe Markdown (.md)</translation>
    </message>
    <message>
        <source>File name without extension</source>
        <translation>Nombre de archivo sin extensión</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;All files (*)</source>
        <translation>Informe PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose at least one section, one article, one kind of file and a file name.</source>
        <translation>Elija al menos una sección, un artículo, un tipo de archivo y un nombre de archivo.</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before exporting.</source>
        <translation>Abra artículos y espere a que termine el análisis antes de exportar.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Open articles and wait for the analysis to finish before printing.</source>
        <translation>Abra artículos y espere a que termine el análisis antes de imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist. Replace them?</source>
        <translation>
            <numerusform>%n archivo ya existe. ¿Reemplazarlo?</numerusform>
            <numerusform>%n archivos ya existen. ¿Reemplazarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>The export was canceled after writing %1.</source>
        <translation>La exportación se canceló después de escribir %1.</translation>
    </message>
</context>
<context>
    <name>Crossread::FactMatrix</name>
    <message>
        <source>Fact matrix</source>
        <translation>Matriz de datos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Porcentajes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Show facts of kind</source>
        <translation>Mostrar datos del tipo</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Only one outlet</source>
        <translation>Solo un medio</translation>
    </message>
    <message>
        <source>Quote variants</source>
        <translation>Variantes de cita</translation>
    </message>
    <message>
        <source>Show facts with status</source>
        <translation>Mostrar datos con el estado</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) shown</source>
        <translation>
            <numerusform>%n dato mostrado</numerusform>
            <numerusform>%n datos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the story</source>
        <translation>
            <numerusform>%n conflicto en la noticia</numerusform>
            <numerusform>%n conflictos en la noticia</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlets agree</source>
        <translation>Los medios coinciden</translation>
    </message>
    <message>
        <source>Figures conflict</source>
        <translation>Cifras en conflicto</translation>
    </message>
    <message>
        <source>Only one outlet has it</source>
        <translation>Solo un medio lo tiene</translation>
    </message>
    <message>
        <source>Quote worded differently</source>
        <translation>Cita con otra redacción</translation>
    </message>
    <message>
        <source>One row per fact, one column per article; topics with conflicts first. Cells are marked ✓ agree, ≠ conflict, ◆ one outlet only, ~ quote worded differently. Press Enter to go to the mention.</source>
        <translation>Una fila por dato, una columna por artículo; primero los temas con conflictos. Las celdas se marcan ✓ coinciden, ≠ conflicto, ◆ solo un medio, ~ cita con otra redacción. Intro lleva a la mención.</translation>
    </message>
    <message>
        <source>Facts shown</source>
        <translation>Datos mostrados</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply</source>
        <translation>
            <numerusform>%n corrección ya no se aplica</numerusform>
            <numerusform>%n correcciones ya no se aplican</numerusform>
        </translation>
    </message>
    <message>
        <source>What the source says</source>
        <translation>Lo que dice la fuente</translation>
    </message>
    <message>
        <source>The source says: %1</source>
        <translation>La fuente dice: %1</translation>
    </message>
    <message>
        <source>The first column is the story&apos;s source; each cell of the others says = matches the source, ✗ differs from it, ∅ not in the source</source>
        <translation>La primera columna es la fuente de la historia; cada celda de las demás indica = coincide con la fuente, ✗ difiere de ella, ∅ no está en la fuente</translation>
    </message>
</context>
<context>
    <name>Crossread::FactModel</name>
    <message>
        <source>Source says
%1</source>
        <translation>La fuente dice
%1</translation>
    </message>
</context>
<context>
    <name>Crossread::Facts</name>
    <message>
        <source>a comma</source>
        <translation>una coma</translation>
    </message>
    <message>
        <source>a full stop</source>
        <translation>un punto</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>un punto y coma</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>dos puntos</translation>
    </message>
    <message>
        <source>a dash</source>
        <translation>una raya</translation>
    </message>
    <message>
        <source>a question mark</source>
        <translation>un signo de interrogación</translation>
    </message>
    <message>
        <source>an exclamation mark</source>
        <translation>un signo de exclamación</translation>
    </message>
    <message>
        <source>an ellipsis</source>
        <translation>puntos suspensivos</translation>
    </message>
    <message>
        <source>a bracket</source>
        <translation>un paréntesis</translation>
    </message>
    <message>
        <source>different wording</source>
        <translation>redacción distinta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; for &apos;%2&apos;</source>
        <translation>«%1» en lugar de «%2»</translation>
    </message>
    <message>
        <source>omits the beginning: &apos;%1&apos;</source>
        <translation>omite el principio: «%1»</translation>
    </message>
    <message>
        <source>omits the end: &apos;%1&apos;</source>
        <translation>omite el final: «%1»</translation>
    </message>
    <message>
        <source>quotes more at the beginning: &apos;%1&apos;</source>
        <translation>cita más al principio: «%1»</translation>
    </message>
    <message>
        <source>quotes more at the end: &apos;%1&apos;</source>
        <translation>cita más al final: «%1»</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos;</source>
        <translation>añade «%1»</translation>
    </message>
    <message>
        <source>adds &apos;%1&apos; at the end</source>
        <translation>añade «%1» al final</translation>
    </message>
    <message>
        <source>adds %1 after &apos;%2&apos;</source>
        <translation>añade %1 después de «%2»</translation>
    </message>
    <message>
        <source>omits %1 after &apos;%2&apos;</source>
        <translation>omite %1 después de «%2»</translation>
    </message>
    <message>
        <source>%1 instead of %2 after &apos;%3&apos;</source>
        <translation>%1 en lugar de %2 después de «%3»</translation>
    </message>
    <message>
        <source>omits &apos;%1&apos;</source>
        <translation>omite «%1»</translation>
    </message>
    <message>
        <source>quote: &apos;%1&apos;</source>
        <translation>cita: «%1»</translation>
    </message>
    <message>
        <source>quote, %1</source>
        <translation>cita, %1</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>al mes</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>al año</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>proporción de %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date of %1</source>
        <translation>fecha de %1</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>, %1 tier</source>
        <translation>, nivel %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; spelt &apos;%2&apos;</source>
        <translation>«%1» escrito «%2»</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos; at an ellipsis</source>
        <translation>omite «%1» en una elipsis</translation>
    </message>
    <message>
        <source>quotes &apos;%1&apos; where the other leaves an ellipsis</source>
        <translation>cita «%1» donde la otra versión pone una elipsis</translation>
    </message>
    <message>
        <source>leaves out &apos;%1&apos;</source>
        <translation>omite «%1»</translation>
    </message>
    <message>
        <source>quotes more in the middle: &apos;%1&apos;</source>
        <translation>cita más en el medio: «%1»</translation>
    </message>
    <message>
        <source>share in &apos;%1&apos;</source>
        <translation>proporción en «%1»</translation>
    </message>
    <message>
        <source>date in &apos;%1&apos;</source>
        <translation>fecha en «%1»</translation>
    </message>
    <message>
        <source>amount in &apos;%1&apos;</source>
        <translation>importe en «%1»</translation>
    </message>
    <message>
        <source>count in &apos;%1&apos;</source>
        <translation>cantidad en «%1»</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>fecha: %1</translation>
    </message>
    <message>
        <source>amount for %1</source>
        <translation>importe para %1</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>time in &apos;%1&apos;</source>
        <translation>hora en «%1»</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>hora del día</translation>
    </message>
</context>
<context>
    <name>Crossread::Fetch</name>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>no descargado: Preferencias ▸ No usar nunca la red está activado</translation>
    </message>
    <message>
        <source>the page is larger than the import limit of %1 MB</source>
        <translation>la página supera el límite de importación de %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>ninguna respuesta completa en %n segundo</numerusform>
            <numerusform>ninguna respuesta completa en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>the address gives %1, not a web page or a PDF</source>
        <translation>la dirección devuelve %1, no una página web ni un PDF</translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s)</source>
        <translation>
            <numerusform>redirige más de %n vez</numerusform>
            <numerusform>redirige más de %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>it redirects to %1, which is not a web address</source>
        <translation>redirige a %1, que no es una dirección web</translation>
    </message>
    <message>
        <source>the server&apos;s name %1 was not found (DNS)</source>
        <translation>no se encontró el nombre del servidor %1 (DNS)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>the secure connection failed (TLS): %1</source>
        <translation>la conexión segura falló (TLS): %1</translation>
    </message>
    <message>
        <source>it could not be fetched: %1</source>
        <translation>no se pudo descargar: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>no se indicó ninguna dirección</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 no es una dirección web</translation>
    </message>
    <message>
        <source>%1 is not a web address (only http and https are fetched)</source>
        <translation>%1 no es una dirección web (solo se descargan http y https)</translation>
    </message>
</context>
<context>
    <name>Crossread::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open Session or Articles</source>
        <translation>Abrir una sesión o artículos</translation>
    </message>
    <message>
        <source>Sessions and articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Crossread sessions (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;All files (*)</source>
        <translation>Sesiones y artículos (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Sesiones de Crossread (*.crossread);;Artículos (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>Recent Sess&amp;ions</source>
        <translation>Sesiones recien&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation>&amp;Pegar como artículo</translation>
    </message>
    <message>
        <source>Open &amp;Sample Story</source>
        <translation>Abrir la noticia de &amp;ejemplo</translation>
    </message>
    <message>
        <source>This session is read-only: save it under a new name before adding articles.</source>
        <translation>Esta sesión es de solo lectura: guárdela con otro nombre antes de añadir artículos.</translation>
    </message>
    <message>
        <source>Dropped article</source>
        <translation>Artículo soltado</translation>
    </message>
    <message>
        <source>Sample Story</source>
        <translation>Noticia de ejemplo</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Artículo pegado</translation>
    </message>
    <message>
        <source>The clipboard holds no text or HTML to paste as an article.</source>
        <translation>El portapapeles no contiene texto ni HTML que pegar como artículo.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>Too Many Articles</source>
        <translation>Demasiados artículos</translation>
    </message>
    <message>
        <source>A story holds at most %1 articles.</source>
        <translation>Una noticia admite como máximo %1 artículos.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n article(s) imported.</source>
        <translation>
            <numerusform>Importación cancelada; %n artículo importado.</numerusform>
            <numerusform>Importación cancelada; %n artículos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n artículo importado.</numerusform>
            <numerusform>%n artículos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Files Could Not Be Opened</source>
        <translation>Algunos archivos no se pudieron abrir</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>%n archivo no se pudo abrir:</numerusform>
            <numerusform>%n archivos no se pudieron abrir:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept for recovery: %1</source>
        <translation>Los cambios sin guardar no se pueden conservar para la recuperación: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Articles are being imported. Open the session when the import has finished.</source>
        <translation>Se están importando artículos. Abra la sesión cuando termine la importación.</translation>
    </message>
    <message>
        <source>Cannot Open Session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Cannot Save Session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <source>Crossread sessions (*.crossread)</source>
        <translation>Sesiones de Crossread (*.crossread)</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Noticia sin título</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>Your annotations, claims and articles are lost if you don&apos;t save them.</source>
        <translation>Sus anotaciones, afirmaciones y artículos se perderán si no los guarda.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Recovered unsaved work of %1.</source>
        <translation>Se recuperó el trabajo sin guardar de %1.</translation>
    </message>
    <message>
        <source>an untitled story</source>
        <translation>una noticia sin título</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>Crossread::FindBar</name>
    <message>
        <source>Find in all articles</source>
        <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>Crossread::Import</name>
    <message>
        <source>the page nests elements more than %1 levels deep</source>
        <translation>la página anida elementos a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>the HTML parser returned no document</source>
        <translation>el analizador HTML no devolvió ningún documento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the page holds no article text (it may be a home page, a gallery or an error page)</source>
        <translation>la página no contiene texto de artículo (puede ser una portada, una galería o una página de error)</translation>
    </message>
    <message>
        <source>The page declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>La página no declara codificación y no es UTF-8; se ha leído como Windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced by �.</source>
        <translation>
            <numerusform>%n secuencia de bytes no válida se sustituyó por �.</numerusform>
            <numerusform>%n secuencias de bytes no válidas se sustituyeron por �.</numerusform>
        </translation>
    </message>
    <message>
        <source>The page&apos;s markup holds no article text; the text comes from the article data embedded in the page.</source>
        <translation>El marcado de la página no contiene texto de artículo; el texto procede de los datos de artículo incrustados en la página.</translation>
    </message>
    <message>
        <source>All the text found in the page is page furniture (navigation, ads, notices); it may not be an article.</source>
        <translation>Todo el texto de la página son elementos de página (navegación, anuncios, avisos); puede que no sea un artículo.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n word(s) of article text were found; the page may not be an article.</source>
        <translation>
            <numerusform>Solo se encontró %n palabra de texto de artículo; puede que la página no sea un artículo.</numerusform>
            <numerusform>Solo se encontraron %n palabras de texto de artículo; puede que la página no sea un artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file declared no encoding and is not UTF-8; it was read as Windows-1252.</source>
        <translation>El archivo no declara codificación y no es UTF-8; se ha leído como Windows-1252.</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>el archivo no contiene texto</translation>
    </message>
    <message>
        <source>The Markdown is too dense to lay out (thousands of marks or lines in one paragraph or list); it was read as plain text.</source>
        <translation>El Markdown es demasiado denso para maquetarlo (miles de marcas o líneas en un párrafo o una lista); se leyó como texto sin formato.</translation>
    </message>
    <message>
        <source>The encoding the page declares does not fit its bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>La codificación que declara la página no encaja con sus bytes, que son UTF-8 válido; se leyó como UTF-8.</translation>
    </message>
    <message>
        <source>%1: the same bytes as %2 (SHA-256 %3); not added twice</source>
        <translation>%1: los mismos bytes que %2 (SHA-256 %3); no se añade dos veces</translation>
    </message>
    <message>
        <source>The encoding the server declared does not fit the page&apos;s bytes, which are valid UTF-8; it was read as UTF-8.</source>
        <translation>La codificación que declaró el servidor no encaja con los bytes de la página, que son UTF-8 válido; se leyó como UTF-8.</translation>
    </message>
    <message>
        <source>it is not a single-file web page (MHTML): it has no MIME headers</source>
        <translation>no es una página web de un solo archivo (MHTML): no tiene cabeceras MIME</translation>
    </message>
    <message>
        <source>the single-file web page (MHTML) holds no HTML part</source>
        <translation>la página web de un solo archivo (MHTML) no contiene ninguna parte HTML</translation>
    </message>
    <message>
        <source>the PDF cannot be read: it is damaged or not a PDF</source>
        <translation>el PDF no se puede leer: está dañado o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted and opens only with a password, which Crossread does not ask for; open it in a PDF viewer and save or print a copy without encryption</source>
        <translation>el PDF está cifrado y solo se abre con una contraseña, que Crossread no pide; ábralo en un visor de PDF y guarde o imprima una copia sin cifrar</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; Crossread reads documents of at most %2 pages (extract the pages the story is about into a PDF of their own)</source>
        <translation>el PDF tiene %1 páginas; Crossread lee documentos de %2 páginas como máximo (extraiga las páginas de la noticia a un PDF propio)</translation>
    </message>
    <message>
        <source>the PDF has no text layer: its pages are images (a scan?), and Crossread reads text only; run it through text recognition (OCR) first</source>
        <translation>el PDF no tiene capa de texto: sus páginas son imágenes (¿un escaneo?) y Crossread solo lee texto; páselo antes por un reconocimiento de texto (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1 have no text layer (images, perhaps scanned): page %2. Their text is not in the article.</source>
        <translation>
            <numerusform>%n de %1 páginas no tiene capa de texto (imágenes, quizá escaneadas): página %2. Su texto no está en el artículo.</numerusform>
            <numerusform>%n de %1 páginas no tienen capa de texto (imágenes, quizá escaneadas): página %2. Su texto no está en el artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>this Crossread was built without PDF support (Poppler&apos;s Qt 6 library); it cannot read PDF files</source>
        <translation>este Crossread se compiló sin soporte de PDF (la biblioteca Qt 6 de Poppler); no puede leer archivos PDF</translation>
    </message>
</context>
<context>
    <name>Crossread::Legend</name>
    <message>
        <source>same words</source>
        <translation>mismas palabras</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>reformulado</translation>
    </message>
    <message>
        <source>only one outlet</source>
        <translation>solo un medio</translation>
    </message>
    <message>
        <source>figures agree</source>
        <translation>las cifras coinciden</translation>
    </message>
    <message>
        <source>figures conflict</source>
        <translation>cifras en conflicto</translation>
    </message>
    <message>
        <source>figure in one outlet</source>
        <translation>cifra en un solo medio</translation>
    </message>
    <message>
        <source>quote worded differently</source>
        <translation>cita con otra redacción</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>matches the source</source>
        <translation>coincide con la fuente</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>difiere de la fuente</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>no está en la fuente</translation>
    </message>
</context>
<context>
    <name>Crossread::MainWindow</name>
    <message>
        <source>Articles of the story</source>
        <translation>Artículos de la noticia</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Detalles del artículo…</translation>
    </message>
    <message>
        <source>&amp;Remove Article from Story</source>
        <translation>&amp;Quitar el artículo de la noticia</translation>
    </message>
    <message>
        <source>&amp;Find in All Articles…</source>
        <translation>&amp;Buscar en todos los artículos…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>No more in this direction.</source>
        <translation>No hay más en esta dirección.</translation>
    </message>
    <message>
        <source>Next &amp;Difference</source>
        <translation>&amp;Diferencia siguiente</translation>
    </message>
    <message>
        <source>Previous Di&amp;fference</source>
        <translation>Diferencia &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Conflict</source>
        <translation>&amp;Conflicto siguiente</translation>
    </message>
    <message>
        <source>Previous Co&amp;nflict</source>
        <translation>Conflicto a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;Unique Passage</source>
        <translation>Pasaje ún&amp;ico siguiente</translation>
    </message>
    <message>
        <source>Previous Uni&amp;que Passage</source>
        <translation>Pasaje únic&amp;o anterior</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Desplazamiento &amp;sincronizado</translation>
    </message>
    <message>
        <source>&amp;Collapse Boilerplate</source>
        <translation>&amp;Contraer elementos de página</translation>
    </message>
    <message>
        <source>Show &amp;Passages</source>
        <translation>Mostrar &amp;pasajes</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>&amp;Unique to One Outlet</source>
        <translation>&amp;Solo en un medio</translation>
    </message>
    <message>
        <source>&amp;Missing from One Outlet</source>
        <translation>&amp;Ausentes en un medio</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Analizar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>&amp;Acerca de Crossread</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importando %n artículo…</numerusform>
            <numerusform>Importando %n artículos…</numerusform>
        </translation>
    </message>
    <message>
        <source>About Crossread</source>
        <translation>Acerca de Crossread</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Read several outlets&apos; coverage of one story side by side: where they agree, where they disagree, and what only one of them says.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KSyntaxHighlighting: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Lea en paralelo la cobertura de varios medios sobre una noticia: en qué coinciden, en qué discrepan y qué cuenta solo uno de ellos.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;br&gt;KSyntaxHighlighting: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>not available; built-in themes</source>
        <translation>no disponible; temas integrados</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Análisis cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>One row per article; Alt+Enter edits its details, Delete removes it.</source>
        <translation>Una fila por artículo; Alt+Intro edita sus detalles, Supr lo quita.</translation>
    </message>
    <message>
        <source>Articles panel</source>
        <translation>Panel de artículos</translation>
    </message>
    <message>
        <source>Facts panel</source>
        <translation>Panel de datos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Estado del análisis</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>Article S&amp;ource</source>
        <translation>&amp;Fuente del artículo</translation>
    </message>
    <message>
        <source>Fact &amp;Matrix</source>
        <translation>&amp;Matriz de datos</translation>
    </message>
    <message>
        <source>%1[*] — Crossread</source>
        <translation>%1[*] — Crossread</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Quote</source>
        <translation>Crear una &amp;afirmación desde esta cita</translation>
    </message>
    <message>
        <source>Create &amp;Claim from This Fact</source>
        <translation>Crear una &amp;afirmación desde este dato</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Annotations panel</source>
        <translation>Panel de anotaciones</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Claims panel</source>
        <translation>Panel de afirmaciones</translation>
    </message>
    <message>
        <source>Read-only session</source>
        <translation>Sesión de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>A&amp;notaciones</translation>
    </message>
    <message>
        <source>This session was written by a newer version of Crossread and is open read-only. Use File ▸ Save Session As to keep a copy in this version&apos;s format.</source>
        <translation>Esta sesión la escribió una versión más reciente de Crossread y está abierta en solo lectura. Use Archivo ▸ Guardar sesión como para conservar una copia en el formato de esta versión.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Articl&amp;e List</source>
        <translation>&amp;Lista de artículos</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cla&amp;ims</source>
        <translation>Af&amp;irmaciones</translation>
    </message>
    <message>
        <source>No conflicts in this story.</source>
        <translation>No hay conflictos en esta historia.</translation>
    </message>
    <message>
        <source>No passage in this story is told by one outlet only.</source>
        <translation>Ningún pasaje de esta historia aparece en un solo medio.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>annotations and claims</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” and the %2 on it?</source>
        <translation>¿Quitar «%1» y las %2 que lleva?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n articles and the %1 on them?</source>
        <translation>
            <numerusform>¿Quitar %n artículo y las %1 que lleva?</numerusform>
            <numerusform>¿Quitar %n artículos y las %1 que llevan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back.</source>
        <translation>Editar ▸ Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Panels and lists</source>
        <translation>Paneles y listas</translation>
    </message>
    <message>
        <source>Mark Re&amp;worded Words</source>
        <translation>Marcar palabras reformula&amp;das</translation>
    </message>
</context>
<context>
    <name>Crossread::OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <source>&amp;Web addresses of the articles, one per line:</source>
        <translation>Direcciones &amp;web de los artículos, una por línea:</translation>
    </message>
    <message>
        <source>https://news.example.org/2026/12/harbour-strike</source>
        <translation>https://news.example.org/2026/12/huelga-del-puerto</translation>
    </message>
    <message>
        <source>Only each page itself is fetched, never its images, scripts or styles, and no cookies are sent. The fetched page is kept in the session, so the session opens without the network.</source>
        <translation>Solo se descarga cada página, nunca sus imágenes, scripts ni estilos, y no se envía ninguna cookie. La página descargada se guarda en la sesión, así que la sesión se abre sin la red.</translation>
    </message>
</context>
<context>
    <name>Crossread::OutletBar</name>
    <message>
        <source>&amp;Name Outlets…</source>
        <translation>&amp;Nombrar los medios…</translation>
    </message>
    <message>
        <source>Hide until another article without an outlet arrives</source>
        <translation>Ocultar hasta que llegue otro artículo sin medio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) name no outlet; the panes, the matrix and the reports show the file name instead.</source>
        <translation>
            <numerusform>%n artículo no nombra ningún medio; los paneles, la matriz y los informes muestran el nombre del archivo.</numerusform>
            <numerusform>%n artículos no nombran ningún medio; los paneles, la matriz y los informes muestran el nombre del archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crossread::OutletForm</name>
    <message>
        <source>Name the Outlets</source>
        <translation>Nombrar los medios</translation>
    </message>
    <message>
        <source>Nothing in these files names who published them. Type each outlet&apos;s name; leave a field empty to keep the file name. Article Details (Alt+Return) edits the rest of an article&apos;s details.</source>
        <translation>Nada en estos archivos dice quién los publicó. Escriba el nombre de cada medio; un campo vacío conserva el nombre del archivo. Los detalles del artículo (Alt+Intro) editan el resto de sus datos.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Outlet of %1</source>
        <translation>Medio de %1</translation>
    </message>
</context>
<context>
    <name>Crossread::Output</name>
    <message>
        <source>this is the same file as %1; writing would destroy it</source>
        <translation>es el mismo archivo que %1; escribirlo lo destruiría</translation>
    </message>
    <message>
        <source>this is a folder; give a file name</source>
        <translation>es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>this is a block device; Crossread never writes to one</source>
        <translation>es un dispositivo de bloques; Crossread nunca escribe en uno</translation>
    </message>
    <message>
        <source>this is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 Crossread imports</source>
        <translation>el archivo supera los %1 que importa Crossread</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Crossread imports</source>
        <translation>el archivo ocupa %1, más de los %2 que importa Crossread</translation>
    </message>
</context>
<context>
    <name>Crossread::PreferencesDialog</name>
    <message>
        <source>Print-friendly &amp;greyscale instead of colour</source>
        <translation>Escala de &amp;grises para imprimir en lugar de color</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>La del escritorio</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font of the article panes</source>
        <translation>Tipo de letra de los paneles de artículos</translation>
    </message>
    <message>
        <source>Font size of the article panes</source>
        <translation>Tamaño de letra de los paneles de artículos</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Crossread starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie Crossread.</translation>
    </message>
    <message>
        <source>Asked for when you first review a claim</source>
        <translation>Se pide la primera vez que revise una afirmación</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>Recorded with the verdicts you give and printed on reports.</source>
        <translation>Se guarda con sus veredictos y se imprime en los informes.</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Según la configuración regional</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Page size of reports</source>
        <translation>Tamaño de página de los informes</translation>
    </message>
    <message>
        <source>Sections of reports</source>
        <translation>Secciones de los informes</translation>
    </message>
    <message>
        <source>Checked sections are included when you export; press Space to check or uncheck.</source>
        <translation>Las secciones marcadas se incluyen al exportar; Espacio marca o desmarca.</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Tipo de letra:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Language and review</source>
        <translation>Idioma y revisión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nombre del &amp;revisor:</translation>
    </message>
    <message>
        <source>Export defaults</source>
        <translation>Valores predeterminados de exportación</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>Sections to &amp;include:</source>
        <translation>&amp;Secciones incluidas:</translation>
    </message>
    <message>
        <source>&amp;Never use the network</source>
        <translation>&amp;No usar nunca la red</translation>
    </message>
    <message>
        <source>File ▸ Open URL and dropped links are refused; files and sessions never use the network.</source>
        <translation>Archivo ▸ Abrir URL y los enlaces soltados se rechazan; los archivos y las sesiones nunca usan la red.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Crossread::ReaderView</name>
    <message>
        <source>Comparison reader</source>
        <translation>Lector comparativo</translation>
    </message>
    <message>
        <source>Open articles about one story (File ▸ Open Articles, or drop files here) to read them side by side.
Help ▸ Open Sample Story shows how.</source>
        <translation>Abra artículos sobre una noticia (Archivo ▸ Abrir artículos, o suelte archivos aquí) para leerlos en paralelo.
Ayuda ▸ Abrir la noticia de ejemplo muestra cómo.</translation>
    </message>
</context>
<context>
    <name>Crossread::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Crossread did not close properly last time. This work was not saved:</source>
        <translation>Crossread no se cerró correctamente la última vez. Este trabajo no se guardó:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Unsaved stories</source>
        <translation>Noticias sin guardar</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Noticia sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nunca guardado</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Keep the unsaved work and ask again at the next start</source>
        <translation>Conservar el trabajo sin guardar y volver a preguntar en el próximo inicio</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Descartar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved work of “%1”? This cannot be undone.</source>
        <translation>¿Descartar el trabajo sin guardar de «%1»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1: the file could not be removed, or another Crossread is using it.</source>
        <translation>%1: no se pudo eliminar el archivo, o lo está usando otro Crossread.</translation>
    </message>
</context>
<context>
    <name>Crossread::Review</name>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contradice</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>(article not in story)</source>
        <translation>(el artículo no está en la noticia)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Cambiar color</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Añadir afirmación</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Edit Reviewer Notes</source>
        <translation>Editar notas del revisor</translation>
    </message>
    <message>
        <source>Set Verdict</source>
        <translation>Fijar veredicto</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Cambiar prueba</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>Remove Articles</source>
        <translation>Quitar artículos</translation>
    </message>
    <message>
        <source>Withdraw Correction</source>
        <translation>Retirar corrección</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Change Verdicts</source>
        <translation>Cambiar veredictos</translation>
    </message>
    <message>
        <source>Mark as Source</source>
        <translation>Marcar como fuente</translation>
    </message>
    <message>
        <source>Unmark Source</source>
        <translation>Desmarcar la fuente</translation>
    </message>
</context>
<context>
    <name>Crossread::ReviewActions</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Anotar la selección…</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Nueva a&amp;firmación desde la selección</translation>
    </message>
    <message>
        <source>New Claim from &amp;Passage</source>
        <translation>Nueva afirmación desde el &amp;pasaje</translation>
    </message>
    <message>
        <source>Place the cursor in an analysed passage first.</source>
        <translation>Coloque primero el cursor en un pasaje analizado.</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Evidence</source>
        <translation>Añadir la selección como pr&amp;ueba</translation>
    </message>
    <message>
        <source>Select a claim in the Claims panel and text in an article first.</source>
        <translation>Seleccione primero una afirmación en el panel de afirmaciones y texto en un artículo.</translation>
    </message>
    <message>
        <source>Edit &amp;Verdicts…</source>
        <translation>Editar &amp;veredictos…</translation>
    </message>
    <message>
        <source>Select text in an article first.</source>
        <translation>Seleccione primero texto en un artículo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>That article is no longer in the story.</source>
        <translation>Ese artículo ya no está en la noticia.</translation>
    </message>
    <message>
        <source>New Claim from &amp;Selection</source>
        <translation>Nueva afirmación desde la &amp;selección</translation>
    </message>
    <message>
        <source>New Claim from This &amp;Passage</source>
        <translation>Nueva afirmación desde este &amp;pasaje</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Quote</source>
        <translation>Crear una afirmación desde esta ci&amp;ta</translation>
    </message>
    <message>
        <source>Create Claim from This &amp;Fact</source>
        <translation>Crear una afirmación desde este &amp;dato</translation>
    </message>
    <message>
        <source>Reviewer Name</source>
        <translation>Nombre del revisor</translation>
    </message>
    <message>
        <source>Your name, recorded with the verdicts you set:</source>
        <translation>Su nombre, que se guarda con los veredictos que asigne:</translation>
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
        <translation>ese archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>es una carpeta, no un archivo de sesión</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, the most a session may hold</source>
        <translation>el archivo supera los %1 MB, el máximo de una sesión</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is not a Crossread session (not an SQLite database)</source>
        <translation>no es una sesión de Crossread (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>the file is cut short (truncated)</source>
        <translation>el archivo está truncado</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Crossread session</source>
        <translation>es una base de datos SQLite de otro programa, no una sesión de Crossread</translation>
    </message>
    <message>
        <source>the file is cut short (truncated): %1 of %2 bytes</source>
        <translation>el archivo está truncado: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>no temporary folder to upgrade it in: %1</source>
        <translation>no hay carpeta temporal donde actualizarlo: %1</translation>
    </message>
    <message>
        <source>it could not be copied to be upgraded</source>
        <translation>no se pudo copiar para actualizarlo</translation>
    </message>
    <message>
        <source>This session was saved in an older format (version %1) and was upgraded. The file itself changes only when you save it.</source>
        <translation>Esta sesión se guardó en un formato anterior (versión %1) y se ha actualizado. El archivo solo cambia cuando lo guarde.</translation>
    </message>
    <message>
        <source>this version of Crossread cannot upgrade format version %1</source>
        <translation>esta versión de Crossread no puede actualizar la versión de formato %1</translation>
    </message>
    <message>
        <source>upgrading from format version %1 to %2 failed: %3</source>
        <translation>falló la actualización de la versión de formato %1 a la %2: %3</translation>
    </message>
    <message>
        <source>the file has no format version</source>
        <translation>el archivo no tiene versión de formato</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Crossread (format %1; this version reads up to %2) and cannot be read: %3</source>
        <translation>se guardó con una versión más reciente de Crossread (formato %1; esta versión lee hasta el %2) y no se puede leer: %3</translation>
    </message>
    <message>
        <source>This session was saved by a newer version of Crossread (format %1; this version reads up to %2). It is open read-only: what the newer version added is not shown, and Save As writes a copy in this version&apos;s format without it.</source>
        <translation>Esta sesión se guardó con una versión más reciente de Crossread (formato %1; esta versión lee hasta el %2). Está abierta en solo lectura: lo que añadió la versión más reciente no se muestra, y «Guardar como» escribe una copia en el formato de esta versión sin ello.</translation>
    </message>
    <message>
        <source>this is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>no se puede crear un archivo en %1: %2</translation>
    </message>
    <message>
        <source>the session would be larger than %1 MB, the most a session may hold</source>
        <translation>la sesión superaría los %1 MB, el máximo de una sesión</translation>
    </message>
    <message>
        <source>it could not be written to disk: %1</source>
        <translation>no se pudo escribir en el disco: %1</translation>
    </message>
    <message>
        <source>it could not be replaced: %1</source>
        <translation>no se pudo reemplazar: %1</translation>
    </message>
    <message>
        <source>this is not a Crossread recovery journal</source>
        <translation>no es un diario de recuperación de Crossread</translation>
    </message>
    <message>
        <source>it was written by a newer version of Crossread (format %1)</source>
        <translation>lo escribió una versión más reciente de Crossread (formato %1)</translation>
    </message>
    <message>
        <source>the recovery journal was discarded</source>
        <translation>el diario de recuperación se descartó</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created</source>
        <translation>no se puede crear la carpeta de recuperación</translation>
    </message>
    <message>
        <source>the recovery journal cannot be locked</source>
        <translation>no se puede bloquear el diario de recuperación</translation>
    </message>
    <message>
        <source>a running Crossread is using this recovery journal</source>
        <translation>un Crossread en ejecución está usando este diario de recuperación</translation>
    </message>
    <message>
        <source>the table %1 holds an impossible value in column %2</source>
        <translation>la tabla %1 contiene un valor imposible en la columna %2</translation>
    </message>
    <message>
        <source>the table %1 is missing or damaged (%2)</source>
        <translation>la tabla %1 falta o está dañada (%2)</translation>
    </message>
    <message>
        <source>the session holds more than %1 articles</source>
        <translation>la sesión contiene más de %1 artículos</translation>
    </message>
    <message>
        <source>article %1 (%2) does not match its content hash; the file was changed outside Crossread</source>
        <translation>el artículo %1 (%2) no coincide con su hash de contenido; el archivo se modificó fuera de Crossread</translation>
    </message>
    <message>
        <source>annotation %1 points outside its article</source>
        <translation>la anotación %1 apunta fuera de su artículo</translation>
    </message>
    <message>
        <source>the table annotation_tags names annotations that do not exist</source>
        <translation>la tabla annotation_tags nombra anotaciones que no existen</translation>
    </message>
    <message>
        <source>a source of claim %1 points outside its article</source>
        <translation>una fuente de la afirmación %1 apunta fuera de su artículo</translation>
    </message>
    <message>
        <source>claim %1 has two pieces of evidence numbered %2</source>
        <translation>la afirmación %1 tiene dos pruebas con el número %2</translation>
    </message>
    <message>
        <source>evidence of claim %1 points outside its article</source>
        <translation>una prueba de la afirmación %1 apunta fuera de su artículo</translation>
    </message>
    <message>
        <source>sources or evidence name claims that do not exist</source>
        <translation>fuentes o pruebas nombran afirmaciones que no existen</translation>
    </message>
    <message>
        <source>the session has no verdicts</source>
        <translation>la sesión no tiene veredictos</translation>
    </message>
    <message>
        <source>the table view holds impossible values</source>
        <translation>la tabla view contiene valores imposibles</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>the stored article differs</source>
        <translation>el artículo guardado es distinto</translation>
    </message>
    <message>
        <source>the review&apos;s id counters are missing or wrong</source>
        <translation>los contadores de identificadores de la revisión faltan o son incorrectos</translation>
    </message>
    <message>
        <source>there is not enough space to write it (%1)</source>
        <translation>no hay espacio suficiente para escribirlo (%1)</translation>
    </message>
    <message>
        <source>this is not a Crossread session (%1)</source>
        <translation>no es una sesión de Crossread (%1)</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>no se puede escribir (%1)</translation>
    </message>
    <message>
        <source>reading it takes far more work than a session of its size needs; the file may be built to stall the reader</source>
        <translation>leerlo exige mucho más trabajo del que necesita una sesión de su tamaño; el archivo puede estar hecho para bloquear la lectura</translation>
    </message>
    <message>
        <source>article %1 (%2)</source>
        <translation>el artículo %1 (%2)</translation>
    </message>
    <message>
        <source>The text of %1 is not what its original bytes give when imported again: it was edited after import, or another version of Crossread read the source differently. Its SHA-256 certifies the original bytes, not this text. The session is open read-only.</source>
        <translation>El texto de %1 no es lo que dan sus bytes originales al importarlos de nuevo: se editó tras la importación, u otra versión de Crossread leyó la fuente de otro modo. Su SHA-256 certifica los bytes originales, no este texto. La sesión está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>reading it takes far more work than a journal of its size needs</source>
        <translation>leerlo exige mucho más trabajo del que necesita un diario de su tamaño</translation>
    </message>
    <message>
        <source>the file is damaged: its schema cannot be read (%1)</source>
        <translation>el archivo está dañado: no se puede leer su esquema (%1)</translation>
    </message>
    <message>
        <source>it holds a view (%1), which a session never does</source>
        <translation>contiene una vista (%1), algo que una sesión nunca tiene</translation>
    </message>
    <message>
        <source>it holds a trigger (%1), which a session never does</source>
        <translation>contiene un disparador (%1), algo que una sesión nunca tiene</translation>
    </message>
    <message>
        <source>it holds an index (%1) the session format does not define</source>
        <translation>contiene un índice (%1) que el formato de sesión no define</translation>
    </message>
    <message>
        <source>it holds an object of type %1 (%2) the session format does not define</source>
        <translation>contiene un objeto de tipo %1 (%2) que el formato de sesión no define</translation>
    </message>
    <message>
        <source>it holds a virtual table (%1), which a session never does</source>
        <translation>contiene una tabla virtual (%1), algo que una sesión nunca tiene</translation>
    </message>
    <message>
        <source>it holds a table (%1) the session format does not define</source>
        <translation>contiene una tabla (%1) que el formato de sesión no define</translation>
    </message>
    <message>
        <source>its table %1 is not defined as the session format defines it</source>
        <translation>su tabla %1 no está definida como la define el formato de sesión</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle to secure</source>
        <translation>el controlador de SQLite no da ningún identificador de base de datos que proteger</translation>
    </message>
    <message>
        <source>SQLite&apos;s defensive mode cannot be switched on</source>
        <translation>no se puede activar el modo defensivo de SQLite</translation>
    </message>
    <message>
        <source>an SQLite feature cannot be switched off (option %1)</source>
        <translation>no se puede desactivar una función de SQLite (opción %1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>correction %1 points outside its article</source>
        <translation>la corrección %1 apunta fuera de su artículo</translation>
    </message>
</context>
<context>
    <name>Crossread::Source</name>
    <message>
        <source>matches the source</source>
        <translation>coincide con la fuente</translation>
    </message>
    <message>
        <source>differs from the source</source>
        <translation>difiere de la fuente</translation>
    </message>
    <message>
        <source>not in the source</source>
        <translation>no está en la fuente</translation>
    </message>
    <message>
        <source>not comparable with the source</source>
        <translation>no comparable con la fuente</translation>
    </message>
    <message>
        <source>a claim the source contradicts</source>
        <translation>una afirmación que la fuente contradice</translation>
    </message>
    <message>
        <source>a claim no evidence in the source supports</source>
        <translation>una afirmación que ninguna prueba de la fuente respalda</translation>
    </message>
    <message>
        <source>a quote the source does not hold</source>
        <translation>una cita que no está en la fuente</translation>
    </message>
    <message>
        <source>a figure the source does not give</source>
        <translation>una cifra que la fuente no da</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceActions</name>
    <message>
        <source>Story&apos;s &amp;Source</source>
        <translation>&amp;Fuente de la historia</translation>
    </message>
    <message>
        <source>Mark the article as the story&apos;s source (the press release, filing or report the coverage reports on): every outlet is compared with it</source>
        <translation>Marcar el artículo como fuente de la historia (el comunicado, el expediente o el informe del que trata la cobertura): cada medio se compara con él</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceMarks</name>
    <message>
        <source>§ the source</source>
        <translation>§ la fuente</translation>
    </message>
</context>
<context>
    <name>Crossread::SourceView</name>
    <message>
        <source>Source of %1</source>
        <translation>Fuente de %1</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Fuente original</translation>
    </message>
</context>
<context>
    <name>Crossread::StoryDocument</name>
    <message>
        <source>the session has no file of its own yet, or is read-only: save it under a new name</source>
        <translation>la sesión aún no tiene archivo propio o es de solo lectura: guárdela con otro nombre</translation>
    </message>
</context>
<context>
    <name>Crossread::Verdict</name>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Respaldada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Discutida</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Engañosa</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsa</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>No verificable</translation>
    </message>
</context>
<context>
    <name>Crossread::VerdictSetDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Verdicts of This Session</source>
        <translation>Veredictos de esta sesión</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Nuevo veredicto</translation>
    </message>
    <message>
        <source>A review needs at least two verdicts: the first for claims not reviewed yet, and one more.</source>
        <translation>Una revisión necesita al menos dos veredictos: el primero para las afirmaciones aún sin revisar, y otro más.</translation>
    </message>
    <message>
        <source>“%1” (the first) marks claims not reviewed yet. Claims keep a verdict you remove; it is shown as written.</source>
        <translation>«%1» (el primero) marca las afirmaciones aún sin revisar. Las afirmaciones conservan un veredicto que usted quite; se muestra tal como está escrito.</translation>
    </message>
</context>
<context>
    <name>Crossread::ViewActions</name>
    <message>
        <source>The new language takes effect the next time Crossread starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Crossread.</translation>
    </message>
    <message>
        <source>&amp;Automatic: Not When Most Passages Are Reworded</source>
        <translation>&amp;Automático: no cuando la mayoría de los pasajes están reformulados</translation>
    </message>
    <message>
        <source>Al&amp;ways</source>
        <translation>&amp;Siempre</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
</context>
<context>
    <name>Crossread::WebImport</name>
    <message>
        <source>Stop Fetching</source>
        <translation>Detener la descarga</translation>
    </message>
    <message>
        <source>Fetching web pages: %1 of %2</source>
        <translation>Descargando páginas web: %1 de %2</translation>
    </message>
    <message>
        <source>not fetched: Preferences ▸ Never use the network is on</source>
        <translation>no descargado: Preferencias ▸ No usar nunca la red está activado</translation>
    </message>
</context>
</TS>
