<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Small Moments is already open on this computer. Look for its window. Each journal opens in just one window at a time.</source>
        <translation>Small Moments ya está abierto en esta computadora. Busca su ventana. Cada diario se abre en una sola ventana a la vez.</translation>
    </message>
</context>
<context>
    <name>BackupPlaceBox</name>
    <message>
        <source>Also keep backups somewhere else</source>
        <translation>Guarda respaldos también en otro lugar</translation>
    </message>
    <message>
        <source>Keep a backup on a USB stick, another drive, or a folder your cloud app keeps. If this computer is lost or broken, you can open your journal on a new one. Each backup goes there as one locked file.</source>
        <translation>Guarda un respaldo en una memoria USB, otro disco o una carpeta de tu app de la nube. Si pierdes esta computadora o se daña, podrás abrir tu diario en una nueva. Cada respaldo va ahí como un solo archivo cifrado.</translation>
    </message>
    <message>
        <source>Stop keeping backups there</source>
        <translation>Dejar de guardar respaldos ahí</translation>
    </message>
    <message>
        <source>No second place is chosen yet.</source>
        <translation>Todavía no elegiste otro lugar.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t there right now. Small Moments will copy your backups there when it&apos;s back.</source>
        <translation>%1 no está disponible ahora. Small Moments guardará tus respaldos ahí cuando vuelva a estar.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Backups also go to %1. The newest there is %2, from %3.</source>
        <translation>Los respaldos también van a %1. El más reciente ahí es %2, del %3.</translation>
    </message>
    <message>
        <source>Backups also go to %1.</source>
        <translation>Los respaldos también van a %1.</translation>
    </message>
    <message>
        <source>The backups there still open with your old passphrase or recovery code. They will be updated when that place is back.</source>
        <translation>Los respaldos de ese lugar todavía se abren con tu frase de acceso o tu código de recuperación anteriores. Se van a actualizar cuando ese lugar vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Choose another &amp;place…</source>
        <translation>Elegir otro &amp;lugar…</translation>
    </message>
    <message>
        <source>Also keep backups &amp;on…</source>
        <translation>Guardar respaldos también en otro l&amp;ugar…</translation>
    </message>
    <message>
        <source>Choose where to keep backups too</source>
        <translation>Elige dónde guardar también los respaldos</translation>
    </message>
    <message>
        <source>Backups are kept only on this computer now. The files already in that place were not deleted.</source>
        <translation>Ahora los respaldos se guardan solo en esta computadora. Los archivos que ya estaban en ese lugar no se borraron.</translation>
    </message>
    <message>
        <source>A backup was copied to %1.</source>
        <translation>Se copió un respaldo en %1.</translation>
    </message>
    <message>
        <source>That place isn&apos;t there right now. Small Moments will try again later.</source>
        <translation>Ese lugar no está disponible ahora. Small Moments lo va a intentar de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The backup couldn&apos;t be copied there. Your journal and the backups on this computer are fine. Small Moments will try again next time.</source>
        <translation>No se pudo guardar el respaldo ahí. Tu diario y los respaldos de esta computadora están bien. Small Moments lo va a intentar de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>A backup was copied there.</source>
        <translation>Se copió un respaldo allí.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Small Moments keeps encrypted backups of your journal. It makes one each day you open your journal, and keeps the last %1.</source>
        <translation>Small Moments guarda respaldos de tu diario, protegidos con tu frase de acceso. Hace uno cada día que abres tu diario y guarda los últimos %1.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Respaldos, el más reciente primero</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay respaldos.</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Hacer un res&amp;paldo ahora</translation>
    </message>
    <message>
        <source>To go back to a backup, choose it in the list and type your passphrase. When you change your passphrase, your backups change with it. A backup from another computer opens with the passphrase it had there.</source>
        <translation>Para volver a un respaldo, elígelo en la lista y escribe tu frase de acceso. Cuando cambias tu frase, tus respaldos cambian con ella. Un respaldo de otra computadora se abre con la frase que tenía allá.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Frase de acceso del respaldo</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar este respaldo…</translation>
    </message>
    <message>
        <source>Restore a backup from another &amp;folder…</source>
        <translation>Restaurar un respaldo desde otra c&amp;arpeta…</translation>
    </message>
    <message>
        <source>Backups are kept here: %1</source>
        <translation>Los respaldos se guardan aquí: %1</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Abrir la carpeta de los respaldos</translation>
    </message>
    <message>
        <source>Working on your journal…</source>
        <translation>Trabajando en tu diario…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (el más reciente)</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup didn&apos;t work. Your journal is fine. You can try “Make a backup now”.</source>
        <translation>El respaldo automático de hoy no funcionó. Tu diario está bien. Puedes intentar con “Hacer un respaldo ahora”.</translation>
    </message>
    <message>
        <source>The backup couldn&apos;t be made. Your journal is fine. Check that there is free space on this computer, then try again.</source>
        <translation>No se pudo hacer el respaldo. Tu diario está bien. Revisa que haya espacio libre en esta computadora y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Elige la carpeta del respaldo</translation>
    </message>
    <message>
        <source>That folder doesn&apos;t hold a Small Moments backup. A backup folder has a journal file and a key file in it.</source>
        <translation>Esa carpeta no tiene un respaldo de Small Moments. La carpeta de un respaldo tiene dentro un archivo de diario y un archivo de llave.</translation>
    </message>
    <message>
        <source>Type the passphrase for that backup first, then choose the folder again.</source>
        <translation>Primero escribe la frase de acceso de ese respaldo y luego elige la carpeta otra vez.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. Type your passphrase as it is now. For a backup from another computer, use the passphrase it had there.</source>
        <translation>Esa frase de acceso no abre este respaldo. Escribe tu frase de ahora. Para un respaldo de otra computadora, usa la frase que tenía allá.</translation>
    </message>
    <message>
        <source>The backup is now your journal. Open it with the passphrase you typed. The journal you had before was not deleted; its files were set aside together in this folder:</source>
        <translation>El respaldo ahora es tu diario. Ábrelo con la frase que escribiste. El diario que tenías antes no se borró; sus archivos se guardaron aparte, juntos, en esta carpeta:</translation>
    </message>
    <message>
        <source>The backup wasn&apos;t fully restored</source>
        <translation>El respaldo no se restauró del todo</translation>
    </message>
    <message>
        <source>This backup is damaged, so it can&apos;t be used. Try an older one. Nothing was changed.</source>
        <translation>Este respaldo está dañado y no se puede usar. Prueba uno más antiguo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar este respaldo?</translation>
    </message>
    <message>
        <source>Your journal will lock, and this backup will take its place. The journal you have now is not deleted. Its files are kept together in the “set-aside” folder beside it. Then open your journal with the passphrase you just typed.</source>
        <translation>Tu diario se va a bloquear y este respaldo tomará su lugar. El diario que tienes ahora no se borra. Sus archivos se guardan juntos en la carpeta “set-aside”, a su lado. Luego abre tu diario con la frase que acabas de escribir.</translation>
    </message>
    <message>
        <source>Your backup is back</source>
        <translation>Listo: tu respaldo ya es tu diario</translation>
    </message>
    <message>
        <source>The backup wasn&apos;t restored</source>
        <translation>El respaldo no se restauró</translation>
    </message>
    <message>
        <source>Your journal was not changed.</source>
        <translation>Tu diario no cambió.</translation>
    </message>
    <message>
        <source>A new backup was made just now, at %1, in %2.</source>
        <translation>Se hizo un respaldo nuevo ahora mismo, a las %1, en %2.</translation>
    </message>
    <message>
        <source>A copy is also in %1.</source>
        <translation>También hay una copia en %1.</translation>
    </message>
    <message>
        <source>Your second place isn&apos;t there right now, so it will get a copy later.</source>
        <translation>Tu otro lugar no está disponible ahora, así que recibirá una copia más tarde.</translation>
    </message>
    <message>
        <source>A new backup was made just now, at %1.</source>
        <translation>Se hizo un respaldo nuevo ahora mismo, a las %1.</translation>
    </message>
    <message>
        <source>A copy is also in your second place.</source>
        <translation>También hay una copia en tu otro lugar.</translation>
    </message>
</context>
<context>
    <name>BringHomePage</name>
    <message>
        <source>Open a journal you already have</source>
        <translation>Abre un diario que ya tienes</translation>
    </message>
    <message>
        <source>Choose a backup file (its name ends in .smbackup) or a backup folder. You can also choose the journal folder from your old computer. It can be on a USB stick.</source>
        <translation>Elige un archivo de respaldo (su nombre termina en .smbackup) o una carpeta de respaldo. También puedes elegir la carpeta del diario de tu computadora anterior. Puede estar en una memoria USB.</translation>
    </message>
    <message>
        <source>Choose a backup &amp;file…</source>
        <translation>Elegir un &amp;archivo de respaldo…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Todavía no elegiste nada.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase for that journal:</source>
        <translation>&amp;Frase de acceso de ese diario:</translation>
    </message>
    <message>
        <source>Passphrase for that journal</source>
        <translation>Frase de acceso de ese diario</translation>
    </message>
    <message>
        <source>I &amp;forgot that passphrase</source>
        <translation>&amp;Olvidé esa frase de acceso</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when you started that journal. Then choose a new passphrase.</source>
        <translation>Escribe el código de recuperación que imprimiste o guardaste cuando empezaste ese diario. Después elige una frase de acceso nueva.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Open &amp;this journal</source>
        <translation>Abrir &amp;este diario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de respaldo</translation>
    </message>
    <message>
        <source>Small Moments backups (*.smbackup);;All files (*)</source>
        <translation>Respaldos de Small Moments (*.smbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a backup folder or a journal folder</source>
        <translation>Elige una carpeta de respaldo o una carpeta de diario</translation>
    </message>
    <message>
        <source>Bringing your journal to this computer…</source>
        <translation>Trayendo tu diario a esta computadora…</translation>
    </message>
    <message>
        <source>There is already a journal on this computer, so nothing was brought in. Nothing was changed.</source>
        <translation>Ya hay un diario en esta computadora, así que no se trajo nada. No se cambió nada.</translation>
    </message>
    <message>
        <source>That isn&apos;t a Small Moments backup or journal folder, or the copy was cut short. Nothing was changed.</source>
        <translation>Eso no es un respaldo ni una carpeta de diario de Small Moments, o el respaldo quedó incompleto. No se cambió nada.</translation>
    </message>
    <message>
        <source>This copy is damaged, so it can&apos;t be opened. Try another backup. Nothing was changed.</source>
        <translation>Este respaldo está dañado y no se puede abrir. Prueba con otro respaldo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That file or folder couldn&apos;t be read. Check that the USB stick or drive is still there. Nothing was changed.</source>
        <translation>No se pudo leer ese archivo o carpeta. Revisa que la memoria USB o el disco sigan conectados. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>CaregiverPicker</name>
    <message>
        <source>&amp;Who is opening the journal?</source>
        <translation>¿&amp;Quién abre el diario?</translation>
    </message>
    <message>
        <source>Who is opening the journal</source>
        <translation>Quién abre el diario</translation>
    </message>
    <message>
        <source>Each caregiver has their own passphrase. Choose your name, then type yours.</source>
        <translation>Cada persona que cuida tiene su propia frase de acceso. Elige tu nombre y luego escribe la tuya.</translation>
    </message>
</context>
<context>
    <name>Caregivers</name>
    <message>
        <source>Caregiver %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>CaregiversBox</name>
    <message>
        <source>Caregivers</source>
        <translation>Quienes cuidan</translation>
    </message>
    <message>
        <source>One journal, each of you with your own passphrase. Everyone here sees and adds to the same moments. Up to %1 people.</source>
        <translation>Un diario, y cada quien con su propia frase de acceso. Todas estas personas ven los mismos momentos y pueden sumar más. Hasta %1 personas.</translation>
    </message>
    <message>
        <source>Caregivers who can open this journal</source>
        <translation>Personas que pueden abrir este diario</translation>
    </message>
    <message>
        <source>R&amp;emove from the journal</source>
        <translation>&amp;Quitar del diario</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Tu &amp;frase de acceso:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de acceso</translation>
    </message>
    <message>
        <source>Needed to add or remove someone.</source>
        <translation>La necesitas para sumar o quitar a alguien.</translation>
    </message>
    <message>
        <source>&amp;What to call them:</source>
        <translation>Cómo &amp;llamarle:</translation>
    </message>
    <message>
        <source>What to call them</source>
        <translation>Cómo llamarle</translation>
    </message>
    <message>
        <source>A first name, or “Grandma”</source>
        <translation>Un nombre, o “Abuela”</translation>
    </message>
    <message>
        <source>Names are not locked: they are saved in the key file beside your journal, so the lock screen can ask who you are. A first name or “Grandma” is enough.</source>
        <translation>Los nombres no van bajo llave: se guardan en el archivo de llave, al lado de tu diario, para que la pantalla de bloqueo pregunte quién eres. Basta con un nombre o “Abuela”.</translation>
    </message>
    <message>
        <source>Yo&amp;ur name:</source>
        <translation>&amp;Pon aquí tu nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Save my name</source>
        <translation>Guardar mi nombre</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Sumar a alguien</translation>
    </message>
    <message>
        <source>Add them to the &amp;journal</source>
        <translation>A&amp;gregar al diario</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>Saving your change…</source>
        <translation>Guardando tu cambio…</translation>
    </message>
    <message>
        <source>%1 can now open this journal with their own passphrase. On the lock screen, they choose their name first.</source>
        <translation>%1 ya puede abrir este diario con su propia frase de acceso. En la pantalla de bloqueo, primero elige su nombre.</translation>
    </message>
    <message>
        <source>Saved. The lock screen shows your name now.</source>
        <translation>Listo. La pantalla de bloqueo ya muestra tu nombre.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de acceso.</translation>
    </message>
    <message>
        <source>Remove a caregiver</source>
        <translation>Quitar a una persona</translation>
    </message>
    <message>
        <source>%1 will no longer open this journal or its backups with their passphrase. The moments they wrote stay. Remove them?</source>
        <translation>%1 ya no podrá abrir este diario ni sus respaldos con su frase de acceso. Los momentos que escribió se quedan. ¿Quitar a esta persona?</translation>
    </message>
    <message>
        <source>Done. Could they have copied your journal&apos;s files?

Yes (safest): Small Moments locks your whole journal again with a new key, so an old copy of its files opens nothing new. You get a new recovery code, and one new backup takes the place of the older ones.

No: you are done.</source>
        <translation>Listo. ¿Pudo esa persona llevarse los archivos de tu diario?

Sí (lo más seguro): Small Moments vuelve a bloquear todo tu diario con una llave nueva, así los archivos viejos que se llevó no abren nada nuevo. Recibes un código de recuperación nuevo, y un respaldo nuevo toma el lugar de los anteriores.

No: ya terminaste.</translation>
    </message>
</context>
<context>
    <name>CopiesBox</name>
    <message>
        <source>Save a copy of everything</source>
        <translation>Guardar una copia de todo</translation>
    </message>
    <message>
        <source>Bring in entries</source>
        <translation>Agregar momentos de un archivo</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>This copy is not encrypted</source>
        <translation>Esta copia no está protegida con tu frase de acceso</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>¿La guardas de todos modos?</translation>
    </message>
    <message>
        <source>A full copy of your journal, for you. Pick a copy you can open in other apps (JSON). It can also come back into Small Moments. Or pick one that is easy to read in any text editor (Markdown).</source>
        <translation>Una copia completa de tu diario, para ti. Elige una copia que puedes abrir en otros programas (JSON). También puede volver a Small Moments. O elige una fácil de leer en cualquier editor de texto (Markdown).</translation>
    </message>
    <message>
        <source>Save for other apps (&amp;JSON)…</source>
        <translation>Guardar para otros programas (J&amp;SON)…</translation>
    </message>
    <message>
        <source>Save easy to read (Mar&amp;kdown)…</source>
        <translation>Guardar fácil de leer (Mar&amp;kdown)…</translation>
    </message>
    <message>
        <source>Add entries from a file: a copy saved from Small Moments (JSON), or a journal saved from the jrnl app (JSON). Nothing you already have is changed.</source>
        <translation>Agrega momentos desde un archivo: una copia guardada desde Small Moments (JSON) o un diario guardado desde el programa jrnl (JSON). No se cambia nada de lo que ya tienes.</translation>
    </message>
    <message>
        <source>Copy for other apps (*.json)</source>
        <translation>Copia para otros programas (*.json)</translation>
    </message>
    <message>
        <source>Easy-to-read copy (*.md)</source>
        <translation>Copia fácil de leer (*.md)</translation>
    </message>
    <message>
        <source>small-moments-journal</source>
        <translation>diario-small-moments</translation>
    </message>
    <message>
        <source>Saved: %1. Remember, this file is not encrypted.</source>
        <translation>Guardado: %1. Recuerda: este archivo no está protegido; cualquier persona que lo abra puede leerlo.</translation>
    </message>
    <message>
        <source>The copy couldn&apos;t be saved there. Try another folder. Nothing else was changed.</source>
        <translation>No se pudo guardar la copia ahí. Prueba otra carpeta. No se cambió nada más.</translation>
    </message>
    <message>
        <source>Bring in entries from a file</source>
        <translation>Agregar momentos de un archivo</translation>
    </message>
    <message>
        <source>Journal files (*.json);;All files (*)</source>
        <translation>Archivos de diario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>1 entry came in.</source>
        <translation>Se agregó 1 momento.</translation>
    </message>
    <message>
        <source>%1 entries came in.</source>
        <translation>Se agregaron %1 momentos.</translation>
    </message>
    <message>
        <source>1 empty entry was left out.</source>
        <translation>1 momento estaba vacío y no se agregó.</translation>
    </message>
    <message>
        <source>%1 empty entries were left out.</source>
        <translation>%1 momentos estaban vacíos y no se agregaron.</translation>
    </message>
    <message>
        <source>An unfinished draft in the file was left out, so it can&apos;t change a moment by mistake.</source>
        <translation>Un borrador sin terminar del archivo se dejó fuera, para que no cambie un momento por error.</translation>
    </message>
    <message>
        <source>This file can&apos;t be brought in. It isn&apos;t a Small Moments copy or a jrnl JSON file that we can read. Nothing was added.</source>
        <translation>No se pueden agregar momentos de este archivo. No es una copia de Small Moments ni un archivo JSON de jrnl que podamos leer. No se agregó nada.</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be opened. Nothing was added.</source>
        <translation>No se pudo abrir ese archivo. No se agregó nada.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se agregó nada.</translation>
    </message>
    <message>
        <source>Put my photos in the cop&amp;y</source>
        <translation>&amp;Incluir mis fotos en la copia</translation>
    </message>
    <message>
        <source>Put my photos in the copy</source>
        <translation>Incluir mis fotos en la copia</translation>
    </message>
    <message>
        <source>Saved. Remember, this file is not encrypted.</source>
        <translation>Guardado. Recuerda: este archivo no está protegido; cualquier persona que lo abra puede leerlo.</translation>
    </message>
</context>
<context>
    <name>DatesStep</name>
    <message>
        <source>Which days should the summary cover?</source>
        <translation>¿Qué días quieres incluir en el resumen?</translation>
    </message>
    <message>
        <source>The last &amp;4 weeks</source>
        <translation>Las últimas &amp;4 semanas</translation>
    </message>
    <message>
        <source>The last &amp;3 months</source>
        <translation>Los últimos &amp;3 meses</translation>
    </message>
    <message>
        <source>&amp;Choose the days</source>
        <translation>&amp;Elegir los días</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The last day is before the first day. Choose a last day after the first.</source>
        <translation>El último día queda antes del primero. Elige un último día que venga después.</translation>
    </message>
    <message>
        <source>Since our last &amp;visit (%1)</source>
        <translation>Desde nuestra última &amp;visita (%1)</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>A connection moment</source>
        <translation>Un momento de conexión</translation>
    </message>
    <message>
        <source>A repair moment</source>
        <translation>Un momento de reencuentro</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Una reflexión</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>¿Quiénes estaban?</translation>
    </message>
    <message>
        <source>During (optional)</source>
        <translation>¿Qué estaban haciendo? (si quieres)</translation>
    </message>
    <message>
        <source>Your &amp;reflection</source>
        <translation>Tu &amp;reflexión</translation>
    </message>
    <message>
        <source>What did &amp;you do?</source>
        <translation>¿Qué hiciste &amp;tú?</translation>
    </message>
    <message>
        <source>How many back-and-forths?</source>
        <translation>¿Cuántas veces se respondieron?</translation>
    </message>
    <message>
        <source>How did it e&amp;nd?</source>
        <translation>¿Cómo ter&amp;minó?</translation>
    </message>
    <message>
        <source>What &amp;pulled you apart? (plain words, like &quot;things got loud&quot;)</source>
        <translation>¿Qué los ale&amp;jó? (en palabras sencillas, como “las cosas se pusieron tensas”)</translation>
    </message>
    <message>
        <source>What did you &amp;notice first?</source>
        <translation>¿En qué te &amp;fijaste primero?</translation>
    </message>
    <message>
        <source>How did you find each &amp;other again?</source>
        <translation>¿Cómo se &amp;volvieron a encontrar?</translation>
    </message>
    <message>
        <source>What &amp;helped? (people count too)</source>
        <translation>¿Qué &amp;ayudó? (las personas también cuentan)</translation>
    </message>
    <message>
        <source>What do you want to re&amp;member?</source>
        <translation>¿Qué quieres &amp;recordar?</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>¿Cómo te sentiste?</translation>
    </message>
    <message>
        <source>Strengths you noticed</source>
        <translation>Fortalezas que viste</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>¿&amp;Cuándo?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>A few</source>
        <translation>Algunas veces</translation>
    </message>
    <message>
        <source>Many</source>
        <translation>Muchas veces</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Add a few words first. Even one line is enough.</source>
        <translation>Escribe unas palabras primero. Con una línea basta.</translation>
    </message>
    <message>
        <source>What &amp;happened?</source>
        <translation>¿Qué &amp;pasó?</translation>
    </message>
    <message>
        <source>What we did (tap any)</source>
        <translation>Lo que hicimos (toca los que quieras)</translation>
    </message>
    <message>
        <source>− Show &amp;less</source>
        <translation>− Mostrar &amp;menos</translation>
    </message>
    <message>
        <source>+ Add &amp;more</source>
        <translation>+ Agregar &amp;más</translation>
    </message>
    <message>
        <source>Add more about this moment</source>
        <translation>Agregar más sobre este momento</translation>
    </message>
    <message>
        <source>Add a few words, or tap something you did together.</source>
        <translation>Escribe unas palabras, o toca algo que hicieron juntos.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Moves it to the trash. You can put it back.</source>
        <translation>Lo manda a la papelera. Puedes recuperarlo.</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hiciste tú</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>What pulled you apart</source>
        <translation>Lo que los alejó</translation>
    </message>
    <message>
        <source>What you noticed first</source>
        <translation>En qué te fijaste primero</translation>
    </message>
    <message>
        <source>How you found each other again</source>
        <translation>Cómo se volvieron a encontrar</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>What you want to remember</source>
        <translation>Lo que quieres recordar</translation>
    </message>
    <message>
        <source>In me</source>
        <translation>En mí</translation>
    </message>
    <message>
        <source>In my child</source>
        <translation>En mi peque</translation>
    </message>
    <message>
        <source>In someone else</source>
        <translation>En otra persona</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Quiénes estaban</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Qué estaban haciendo</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>A few</source>
        <translation>Algunas veces</translation>
    </message>
    <message>
        <source>Many</source>
        <translation>Muchas veces</translation>
    </message>
    <message>
        <source>Back-and-forths</source>
        <translation>Cuántas veces se respondieron</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo te sentiste</translation>
    </message>
    <message>
        <source>Strengths you noticed</source>
        <translation>Fortalezas que viste</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>OK to share in a summary you make later.</source>
        <translation>Se puede compartir en un resumen que hagas más adelante.</translation>
    </message>
    <message>
        <source>Just for you. Not marked to share.</source>
        <translation>Solo para ti. No está marcado para compartir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The whole moment</source>
        <translation>El momento completo</translation>
    </message>
    <message>
        <source>What they noticed about you</source>
        <translation>Lo que notaron en ustedes</translation>
    </message>
    <message>
        <source>Something you want to try</source>
        <translation>Algo que quieren probar</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Quién vino</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>Foto %1 de %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Check it and try again.</source>
        <translation>Esa frase de acceso no abre este diario. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code doesn&apos;t open this journal. Check it and try again.</source>
        <translation>Ese código de recuperación no abre este diario. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code has a typo: a letter or number looks off. Check it against your printed copy.</source>
        <translation>Ese código de recuperación tiene un error: una letra o un número no coincide. Compáralo con tu copia impresa.</translation>
    </message>
    <message>
        <source>The key file that opens this journal is missing. Put it back beside the journal, or restore a backup.</source>
        <translation>Falta el archivo de llave que abre este diario. Vuelve a ponerlo junto al diario o restaura un respaldo.</translation>
    </message>
    <message>
        <source>The key file that opens this journal is damaged. Nothing was changed. You can restore a backup.</source>
        <translation>El archivo de llave que abre este diario está dañado. No se cambió nada. Puedes restaurar un respaldo.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the journal file is damaged. Nothing was changed. You can restore a backup.</source>
        <translation>Tu frase de acceso es correcta, pero el archivo del diario está dañado. No se cambió nada. Puedes restaurar un respaldo.</translation>
    </message>
    <message>
        <source>Small Moments is already using this journal, maybe in another window. Close the other one, then try again. Nothing was changed.</source>
        <translation>Small Moments ya está usando este diario, quizás en otra ventana. Cierra la otra y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup was only partly put in place. The journal you had is set aside, safe, in the folder named below. Open your journal to finish the restore.</source>
        <translation>El respaldo se puso solo en parte. El diario que tenías está guardado aparte, a salvo, en la carpeta que ves abajo. Abre tu diario para terminar de restaurarlo.</translation>
    </message>
    <message>
        <source>Your journal has a new key and a new recovery code, but the new backup couldn&apos;t be made, so your older backups were kept. Keep the new code. Then check that there is free space and make a new recovery code again.</source>
        <translation>Tu diario tiene una llave nueva y un código de recuperación nuevo, pero no se pudo hacer el respaldo nuevo, así que tus respaldos anteriores se quedaron. Guarda el código nuevo. Luego revisa que haya espacio libre y vuelve a hacer un código de recuperación nuevo.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Small Moments. Please update the app to open it. Nothing was changed.</source>
        <translation>Este diario se hizo con una versión más reciente de Small Moments. Actualiza el programa para abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That can&apos;t be saved as it is. Nothing was lost.</source>
        <translation>Así no se puede guardar. No se perdió nada.</translation>
    </message>
    <message>
        <source>Something didn&apos;t work with the journal. Nothing was changed.</source>
        <translation>Algo no salió bien con el diario. No se cambió nada.</translation>
    </message>
    <message>
        <source>Something did not work. Nothing you wrote was lost. Try again.</source>
        <translation>Algo no funcionó. No se perdió nada de lo que escribiste. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough free space on this computer to save this. Everything saved before is safe. Free some space, then try again.</source>
        <translation>No hay suficiente espacio libre en esta computadora para guardar esto. Todo lo que guardaste antes está a salvo. Libera un poco de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The computer couldn&apos;t save to the journal just now. It may be short of space. Everything saved before is safe. Free some space, then try again.</source>
        <translation>La computadora no pudo guardar en el diario en este momento. Puede que le falte espacio. Todo lo que guardaste antes está a salvo. Libera un poco de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation>Tu diario está bloqueado. Escribe tu frase de acceso para abrirlo.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Small Moments</source>
        <translation>Te damos la bienvenida a Small Moments</translation>
    </message>
    <message>
        <source>This is a private place to notice the good moments with your little one. Keep the times you felt close, and the times you found each other again after a hard moment.

It stays on this computer, locked with a passphrase only you know. It works without the internet. Nothing is ever sent anywhere.</source>
        <translation>Este es un lugar privado para fijarte en los buenos momentos con tu peque. Guarda los momentos de cercanía y las veces que se volvieron a encontrar después de un momento difícil.

Se queda en esta computadora, protegido con una frase de acceso que solo tú conoces. Funciona sin internet. Nunca se envía nada a ningún lado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de acceso</translation>
    </message>
    <message>
        <source>Your passphrase locks your journal. Pick a few words you will remember. Nobody else needs to know them, not even us.</source>
        <translation>Tu frase de acceso es la llave de tu diario. Elige unas palabras que vayas a recordar. Nadie más necesita saberlas, ni siquiera nosotros.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Crear mi diario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Keep your recovery code</source>
        <translation>Guarda tu código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Your little one (you can skip this)</source>
        <translation>Tu peque (puedes saltar este paso)</translation>
    </message>
    <message>
        <source>A nickname and birth month help us pick questions that fit your child&apos;s age. They stay inside your locked journal.</source>
        <translation>Un apodo y el mes de nacimiento nos ayudan a elegir preguntas para la edad de tu peque. Se quedan dentro de tu diario, protegidos con tu frase de acceso.</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>A&amp;podo:</translation>
    </message>
    <message>
        <source>Child&apos;s nickname</source>
        <translation>Apodo de tu peque</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>Mes y año en que &amp;nació:</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Saltar por a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Making your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. Nothing was changed.</source>
        <translation>Ya hay un diario en esta carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>I &amp;already have a journal…</source>
        <translation>&amp;Ya tengo un diario…</translation>
    </message>
    <message>
        <source>Not ready yet: type the same passphrase in both boxes, at least 8 letters.</source>
        <translation>Todavía no: escribe la misma frase de acceso en los dos cuadros, con al menos 8 letras.</translation>
    </message>
    <message>
        <source>&amp;Choose another journal</source>
        <translation>Elegir &amp;otro diario</translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Noticing what my child shows me</source>
        <translation>Fijarme en lo que mi peque me muestra</translation>
    </message>
    <message>
        <source>Answering my child&apos;s signals</source>
        <translation>Responder a las señales de mi peque</translation>
    </message>
    <message>
        <source>Putting things into words</source>
        <translation>Ponerle nombre a las cosas y a lo que sentimos</translation>
    </message>
    <message>
        <source>Taking turns, back and forth</source>
        <translation>Tomar turnos al jugar y platicar</translation>
    </message>
    <message>
        <source>Gentle endings and new starts</source>
        <translation>Terminar con calma y empezar de nuevo</translation>
    </message>
    <message>
        <source>Caring for myself on hard days</source>
        <translation>Cuidarme en los días difíciles</translation>
    </message>
    <message>
        <source>My people and the help around me</source>
        <translation>Mi gente y la ayuda a mi alrededor</translation>
    </message>
    <message>
        <source>Learning how my child grows</source>
        <translation>Aprender cómo crece mi peque</translation>
    </message>
    <message>
        <source>Getting help when I need it</source>
        <translation>Conseguir ayuda cuando la necesito</translation>
    </message>
    <message>
        <source>How my child handles big feelings</source>
        <translation>Cómo vive mi peque sus emociones fuertes</translation>
    </message>
    <message>
        <source>Warmth and cuddles</source>
        <translation>Cariño y mimos</translation>
    </message>
    <message>
        <source>Cheering my child on</source>
        <translation>Darle ánimo a mi peque</translation>
    </message>
    <message>
        <source>Showing and teaching</source>
        <translation>Mostrar y enseñar</translation>
    </message>
</context>
<context>
    <name>GentleBox</name>
    <message>
        <source>A look back and a gentle reminder</source>
        <translation>Una mirada atrás y un recordatorio suave</translation>
    </message>
    <message>
        <source>Show a moment from before on Today</source>
        <translation>Mostrar un momento de antes en Hoy</translation>
    </message>
    <message>
        <source>Time for the reminder</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation>Estos días:</translation>
    </message>
    <message>
        <source>Days for the reminder</source>
        <translation>Días del recordatorio</translation>
    </message>
    <message>
        <source>Remind me gently</source>
        <translation>Recuérdame con suavidad</translation>
    </message>
    <message>
        <source>At this time:</source>
        <translation>A qué hora:</translation>
    </message>
    <message>
        <source>Start when I log in, quietly in the tray</source>
        <translation>Abrir al iniciar sesión, en silencio en la bandeja</translation>
    </message>
    <message>
        <source>The reminder says only “A small moment today?”. It never shows what you wrote or any name. It does not come on days you kept a moment. To know that while your journal is locked, Small Moments notes only the date.</source>
        <translation>El recordatorio solo dice “¿Un momento pequeño hoy?”. Nunca muestra lo que escribiste ni ningún nombre. No llega los días en que guardaste un momento. Para saberlo mientras tu diario está bloqueado, Small Moments anota solo la fecha.</translation>
    </message>
    <message>
        <source>This desktop has no tray. The reminder comes only while Small Moments is open, and it marks the Small Moments window.</source>
        <translation>Este escritorio no tiene bandeja. El recordatorio llega solo mientras Small Moments está abierto, y marca la ventana de Small Moments.</translation>
    </message>
    <message>
        <source>Small Moments couldn&apos;t change how it starts when you log in. Nothing else was changed.</source>
        <translation>Small Moments no pudo cambiar cómo se abre al iniciar sesión. No se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Add a name first. A nickname is fine.</source>
        <translation>Primero escribe un nombre. Un apodo está bien.</translation>
    </message>
    <message>
        <source>That name is a bit long. Try a shorter one (200 letters or fewer).</source>
        <translation>Ese nombre es un poco largo. Prueba uno más corto (200 letras o menos).</translation>
    </message>
    <message>
        <source>Type a few words for your strength first.</source>
        <translation>Primero escribe unas palabras para la fortaleza.</translation>
    </message>
    <message>
        <source>Those words are a bit long for a strength. Try a shorter one (200 letters or fewer).</source>
        <translation>Esas palabras son un poco largas para una fortaleza. Prueba algo más corto (200 letras o menos).</translation>
    </message>
    <message>
        <source>That is a lot of words for one box. Try splitting it into two moments.</source>
        <translation>Son muchas palabras para un solo espacio. Intenta dividirlas en dos momentos.</translation>
    </message>
    <message>
        <source>That note is a bit long. Try a shorter one.</source>
        <translation>Ese texto es un poco largo. Prueba uno más corto.</translation>
    </message>
    <message>
        <source>That person was taken out of your village. You can put them back first.</source>
        <translation>Quitaste a esta persona de “Mi gente”. Para elegirla, primero vuelve a agregarla.</translation>
    </message>
    <message>
        <source>That moment is in the trash. Put it back first, then change it.</source>
        <translation>Ese momento está en la papelera. Primero recupéralo y luego cámbialo.</translation>
    </message>
    <message>
        <source>Pick when this happened.</source>
        <translation>Elige cuándo pasó.</translation>
    </message>
    <message>
        <source>Pick the birth month and year again.</source>
        <translation>Vuelve a elegir el mes y el año de nacimiento.</translation>
    </message>
    <message>
        <source>Something you typed has a character that can&apos;t be saved. Try typing it again.</source>
        <translation>Algo que escribiste tiene un carácter que no se puede guardar. Intenta escribirlo de nuevo.</translation>
    </message>
    <message>
        <source>That can&apos;t be saved as it is. Nothing you wrote was lost.</source>
        <translation>Eso no se puede guardar así. Nada de lo que escribiste se perdió.</translation>
    </message>
</context>
<context>
    <name>ItemsStep</name>
    <message>
        <source>Tick what you want to share. Only what you tick goes in. We ticked the moments you marked “OK to share” and the counts.</source>
        <translation>Marca lo que quieres compartir. Solo entra lo que marques. Ya marcamos los momentos que señalaste como “Se puede compartir” y los números.</translation>
    </message>
    <message>
        <source>Nothing was written on these days. You can go back and choose other days, or go on and add your own words.</source>
        <translation>No hay nada escrito en estos días. Puedes volver y elegir otros días, o seguir y agregar tus propias palabras.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Select all in %1</source>
        <translation>Marcar todo en %1</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Type a word to find an item</source>
        <translation>Escribe una palabra para buscar</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>What can go in</source>
        <translation>Lo que puede ir en el resumen</translation>
    </message>
    <message>
        <source>Space ticks or unticks an item. Ticking a heading ticks all in it.</source>
        <translation>La barra espaciadora marca o desmarca. Si marcas un título, se marca todo lo que tiene.</translation>
    </message>
    <message>
        <source>Reading your moments… %1 so far</source>
        <translation>Leyendo tus momentos… %1 hasta ahora</translation>
    </message>
</context>
<context>
    <name>JournalPicker</name>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Diario:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Each journal on this computer has its own passphrase.</source>
        <translation>Cada diario en esta computadora tiene su propia frase de acceso.</translation>
    </message>
    <message>
        <source>Start a &amp;new journal</source>
        <translation>Empezar un diario &amp;nuevo</translation>
    </message>
    <message>
        <source>A separate journal with its own passphrase.</source>
        <translation>Un diario aparte, con su propia frase de acceso.</translation>
    </message>
    <message>
        <source>That journal is open in another window. Close it there first.</source>
        <translation>Ese diario está abierto en otra ventana. Cierra primero esa ventana.</translation>
    </message>
    <message>
        <source>&amp;Start this journal</source>
        <translation>&amp;Empezar este diario</translation>
    </message>
</context>
<context>
    <name>JournalShell</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Momentos</translation>
    </message>
    <message>
        <source>My &amp;village</source>
        <translation>Mi gen&amp;te</translation>
    </message>
    <message>
        <source>My &amp;data</source>
        <translation>Mis &amp;datos</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H</source>
        <translation>Bloquear ahora (Ctrl+L). Ocultar rápido: Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Bloquear el diario</translation>
    </message>
    <message>
        <source>Your moment is kept in your journal.</source>
        <translation>Tu momento quedó guardado en tu diario.</translation>
    </message>
</context>
<context>
    <name>JournalSwitching</name>
    <message>
        <source>The other journals are open right now, each in its own window.</source>
        <translation>Los otros diarios están abiertos ahora, cada uno en su ventana.</translation>
    </message>
</context>
<context>
    <name>Journals</name>
    <message>
        <source>Journal %1</source>
        <translation>Diario %1</translation>
    </message>
    <message>
        <source>%1 (not started yet)</source>
        <translation>%1 (sin empezar todavía)</translation>
    </message>
    <message>
        <source>Type a name for the journal.</source>
        <translation>Escribe un nombre para el diario.</translation>
    </message>
    <message>
        <source>That name is long. Please use 40 letters or fewer.</source>
        <translation>Ese nombre es largo. Usa 40 letras o menos, por favor.</translation>
    </message>
    <message>
        <source>Another journal here has that name. Please pick another.</source>
        <translation>Otro diario aquí ya tiene ese nombre. Elige otro, por favor.</translation>
    </message>
    <message>
        <source>This computer has all the journals the app can keep.</source>
        <translation>Esta computadora ya tiene todos los diarios que el programa puede guardar.</translation>
    </message>
    <message>
        <source>That didn&apos;t work. Nothing was changed. Please try again.</source>
        <translation>No funcionó. No se cambió nada. Inténtalo otra vez, por favor.</translation>
    </message>
</context>
<context>
    <name>JournalsBox</name>
    <message>
        <source>Journals on this computer</source>
        <translation>Diarios en esta computadora</translation>
    </message>
    <message>
        <source>Each journal has its own passphrase. One journal&apos;s passphrase never opens another. To open another one, lock this one (Ctrl+L) and choose it on the lock screen.</source>
        <translation>Cada diario tiene su propia frase de acceso. La frase de un diario nunca abre otro. Para abrir otro, bloquea este (Ctrl+L) y elígelo en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Empe&amp;zar un diario nuevo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Moves the journal to the Removed journals folder. Nothing is deleted.</source>
        <translation>Mueve el diario a la carpeta “Removed journals”. No se borra nada.</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (abierto ahora)</translation>
    </message>
    <message>
        <source>The journal that is open can&apos;t be removed. Lock it and open another one first.</source>
        <translation>El diario que está abierto no se puede quitar. Primero bloquéalo y abre otro.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>“%1” is ready. To start it, lock this journal (Ctrl+L), choose “%1”, and pick its own passphrase.</source>
        <translation>“%1” está listo. Para empezarlo, bloquea este diario (Ctrl+L), elige “%1” y ponle su propia frase de acceso.</translation>
    </message>
    <message>
        <source>“%1” is open in another window. Close it there first. Nothing was changed.</source>
        <translation>“%1” está abierto en otra ventana. Cierra primero esa ventana. No se cambió nada.</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer&apos;s list? Nothing is deleted: the whole journal moves to the “Removed journals” folder, where you can find it.</source>
        <translation>¿Quitar “%1” de la lista de esta computadora? No se borra nada: todo el diario se mueve a la carpeta “Removed journals”, donde lo puedes encontrar.</translation>
    </message>
    <message>
        <source>“%1” couldn&apos;t be moved. Nothing was deleted.</source>
        <translation>No se pudo mover “%1”. No se borró nada.</translation>
    </message>
    <message>
        <source>“%1” is off the list. Nothing was deleted. The whole journal is in this folder:
%2</source>
        <translation>“%1” ya no está en la lista. No se borró nada. Todo el diario está en esta carpeta:
%2</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Show this list of keys.</source>
        <translation>Muestra esta lista de teclas.</translation>
    </message>
    <message>
        <source>Go to the next or the last thing on the screen.</source>
        <translation>Ve a lo siguiente o a lo anterior en la pantalla.</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Press that button, or go to that box or tab.</source>
        <translation>Presiona ese botón, o ve a esa casilla o pestaña.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Tick a box or pick a choice.</source>
        <translation>Marca una casilla o elige una opción.</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move between choices in a row.</source>
        <translation>Muévete entre las opciones de una fila.</translation>
    </message>
    <message>
        <source>Write down a connection moment.</source>
        <translation>Anota un momento de conexión.</translation>
    </message>
    <message>
        <source>Write down a repair moment.</source>
        <translation>Anota un momento de reencuentro.</translation>
    </message>
    <message>
        <source>Save what you wrote.</source>
        <translation>Guarda lo que escribiste.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close without saving, or go back.</source>
        <translation>Cierra sin guardar, o vuelve atrás.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the moment you picked in the list.</source>
        <translation>Abre el momento que elegiste en la lista.</translation>
    </message>
    <message>
        <source>Delete, then Ctrl+Z</source>
        <translation>Delete, luego Ctrl+Z</translation>
    </message>
    <message>
        <source>Put a moment in the trash, then bring it back.</source>
        <translation>Manda un momento a la papelera y luego recupéralo.</translation>
    </message>
    <message>
        <source>Make a summary to share.</source>
        <translation>Haz un resumen para compartir.</translation>
    </message>
    <message>
        <source>Lock your journal now.</source>
        <translation>Bloquea tu diario ahora.</translation>
    </message>
    <message>
        <source>Quick hide: lock at once and show only the lock screen.</source>
        <translation>Ocultar rápido: bloquea al instante y solo deja ver la pantalla de bloqueo.</translation>
    </message>
    <message>
        <source>Shift+Tab, then arrow keys</source>
        <translation>Shift+Tab, luego flechas</translation>
    </message>
    <message>
        <source>Search your moments. Then Down or Enter: to what it found.</source>
        <translation>Busca en tus momentos. Luego, flecha abajo o Enter: ve a lo que encontró.</translation>
    </message>
    <message>
        <source>On the lock screen of a shared journal: choose your name.</source>
        <translation>En la pantalla de bloqueo de un diario compartido: elige tu nombre.</translation>
    </message>
</context>
<context>
    <name>KeysHelpPage</name>
    <message>
        <source>Keys that help</source>
        <translation>Teclas que ayudan</translation>
    </message>
    <message>
        <source>You can do everything in Small Moments with the keyboard alone. These keys work on most screens.</source>
        <translation>Puedes hacer todo en Small Moments solo con el teclado. Estas teclas funcionan en casi todas las pantallas.</translation>
    </message>
    <message>
        <source>List of keys</source>
        <translation>Lista de teclas</translation>
    </message>
    <message>
        <source>Each row has the keys, then what they do.</source>
        <translation>Cada fila tiene las teclas y luego lo que hacen.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Para qué sirven</translation>
    </message>
</context>
<context>
    <name>LabelForm</name>
    <message>
        <source>Name for the jo&amp;urnal:</source>
        <translation>Nombre &amp;para el diario:</translation>
    </message>
    <message>
        <source>Name for the journal</source>
        <translation>Nombre del diario</translation>
    </message>
    <message>
        <source>Anyone who uses this computer can see this name: it is not locked like the journal. A plain name like “Journal 2” or “Mine” is best.</source>
        <translation>Cualquiera que use esta computadora puede ver este nombre: no está bloqueado como el diario. Es mejor un nombre sencillo, como “Diario 2” o “Mío”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LookBackCard</name>
    <message>
        <source>Open this moment</source>
        <translation>Abrir este momento</translation>
    </message>
    <message>
        <source>Hide for today</source>
        <translation>Ocultar por hoy</translation>
    </message>
    <message>
        <source>A moment from before</source>
        <translation>Un momento de antes</translation>
    </message>
    <message>
        <source>It can come back tomorrow. You can turn it off in Settings.</source>
        <translation>Puede volver mañana. Puedes apagarlo en Ajustes.</translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation>Hace un mes</translation>
    </message>
    <message>
        <source>Three months ago</source>
        <translation>Hace tres meses</translation>
    </message>
    <message>
        <source>Six months ago</source>
        <translation>Hace seis meses</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>Hace un año</translation>
    </message>
    <message>
        <source>%1, you found your way back to each other:</source>
        <translation>%1, volvieron a encontrarse:</translation>
    </message>
    <message>
        <source>%1, at a visit, they noticed:</source>
        <translation>%1, en una visita, notaron:</translation>
    </message>
    <message>
        <source>%1, you kept this moment:</source>
        <translation>%1, guardaste este momento:</translation>
    </message>
    <message>
        <source>%1 you wrote:</source>
        <translation>%1 escribiste:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Ocultar rápido</translation>
    </message>
    <message>
        <source>Keys that help</source>
        <translation>Teclas que ayudan</translation>
    </message>
    <message>
        <source>Your journal locked while a new recovery code was being made, so you didn&apos;t see it. Your old code may not open your journal anymore. Make a new recovery code now, and write it down?</source>
        <translation>Tu diario se bloqueó mientras se hacía un código de recuperación nuevo, así que no lo viste. Puede que tu código anterior ya no abra tu diario. ¿Quieres hacer un código de recuperación nuevo ahora y anotarlo?</translation>
    </message>
    <message>
        <source>We found a problem in your journal file. Nothing was deleted. Type your passphrase again, and we can offer your newest backup that works.</source>
        <translation>Encontramos un problema en el archivo de tu diario. No se borró nada. Escribe tu frase de acceso otra vez y te ofreceremos tu respaldo más reciente que funcione.</translation>
    </message>
    <message>
        <source>We found a problem in your journal file. Nothing was deleted. Lock now and open it again? Then we can offer your newest backup that works.</source>
        <translation>Encontramos un problema en el archivo de tu diario. No se borró nada. ¿Bloquear ahora y abrirlo otra vez? Así podemos ofrecerte tu respaldo más reciente que funciona.</translation>
    </message>
</context>
<context>
    <name>MomentOrVisitForm</name>
    <message>
        <source>Who came? (someone from My village)</source>
        <translation>¿Quién vino? (alguien de Mi gente)</translation>
    </message>
    <message>
        <source>What they &amp;noticed about us</source>
        <translation>Lo que &amp;notaron en nosotros</translation>
    </message>
    <message>
        <source>Something we &amp;want to try</source>
        <translation>Algo que &amp;queremos probar</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>We set a ne&amp;xt visit</source>
        <translation>Acordamos una pró&amp;xima visita</translation>
    </message>
    <message>
        <source>Day of the next visit</source>
        <translation>Día de la próxima visita</translation>
    </message>
    <message>
        <source>Add the people who visit you in My village, and they show here.</source>
        <translation>Agrega en Mi gente a las personas que te visitan y aparecerán aquí.</translation>
    </message>
    <message>
        <source>A visit</source>
        <translation>Una visita</translation>
    </message>
    <message>
        <source>Strengths they or you noticed</source>
        <translation>Fortalezas que notaron ellos o tú</translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>Share a summary</source>
        <translation>Compartir un resumen</translation>
    </message>
    <message>
        <source>Make a short PDF about your family&apos;s strengths to give to your home visitor, doctor or anyone you trust. You choose every item that goes in.</source>
        <translation>Haz un PDF corto sobre las fortalezas de tu familia para dárselo a tu visitadora del hogar, a tu doctor o a alguien de tu confianza. Tú eliges cada cosa que se incluye.</translation>
    </message>
    <message>
        <source>&amp;Share a summary…</source>
        <translation>&amp;Compartir un resumen…</translation>
    </message>
    <message>
        <source>Share a summary (%1)</source>
        <translation>Compartir un resumen (%1)</translation>
    </message>
</context>
<context>
    <name>NotesStep</name>
    <message>
        <source>Add your own words, if you like. All of these are optional.</source>
        <translation>Agrega tus propias palabras, si quieres. Todo esto es opcional.</translation>
    </message>
    <message>
        <source>Na&amp;me to show:</source>
        <translation>&amp;Nombre que se verá:</translation>
    </message>
    <message>
        <source>What I want you to &amp;know:</source>
        <translation>Lo que &amp;quiero que sepan:</translation>
    </message>
    <message>
        <source>&amp;Questions for our visit:</source>
        <translation>&amp;Preguntas para nuestra visita:</translation>
    </message>
    <message>
        <source>&amp;Language of the summary:</source>
        <translation>&amp;Idioma del resumen:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>Nuestra familia</translation>
    </message>
    <message>
        <source>Name to show</source>
        <translation>Nombre que se verá</translation>
    </message>
    <message>
        <source>What I want you to know</source>
        <translation>Lo que quiero que sepan</translation>
    </message>
    <message>
        <source>Questions for our visit</source>
        <translation>Preguntas para nuestra visita</translation>
    </message>
    <message>
        <source>One question on each line.</source>
        <translation>Una pregunta en cada línea.</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>S&amp;hared by:</source>
        <translation>Compartido po&amp;r:</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Who shares this summary. Most people put their own name. Leave it empty to show only the date.</source>
        <translation>Quién comparte este resumen. Casi siempre es tu nombre. Déjalo vacío para mostrar solo la fecha.</translation>
    </message>
    <message>
        <source>&amp;Also in a second language:</source>
        <translation>Ta&amp;mbién en otro idioma:</translation>
    </message>
    <message>
        <source>Also in a second language</source>
        <translation>También en otro idioma</translation>
    </message>
    <message>
        <source>No, one language</source>
        <translation>No, solo un idioma</translation>
    </message>
    <message>
        <source>Fit it on &amp;one page</source>
        <translation>Que quepa en &amp;una página</translation>
    </message>
    <message>
        <source>What we want to talk about, our child, the strengths and up to three moments.</source>
        <translation>De qué queremos hablar, nuestro peque, las fortalezas y hasta tres momentos.</translation>
    </message>
    <message>
        <source>Your summary will be 1 page.</source>
        <translation>Tu resumen tendrá 1 página.</translation>
    </message>
    <message>
        <source>Your summary will be about %1 pages.</source>
        <translation>Tu resumen tendrá unas %1 páginas.</translation>
    </message>
    <message>
        <source>That is a lot to read. One page can be easier for you and your visitor: you can choose “Fit it on one page” below.</source>
        <translation>Es mucho para leer. Una sola página puede ser más fácil para ti y para quien te visita: puedes elegir “Que quepa en una página” aquí abajo.</translation>
    </message>
</context>
<context>
    <name>Nudge</name>
    <message>
        <source>A small moment today?</source>
        <translation>¿Un momento pequeño hoy?</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The summary, page by page</source>
        <translation>El resumen, página por página</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>A few everyday words in a row work well. Try a short sentence only you would think of.</source>
        <translation>Funcionan bien varias palabras comunes, una tras otra. Prueba una frase corta que solo a ti se te ocurra.</translation>
    </message>
    <message>
        <source>Keep going: use at least 8 letters.</source>
        <translation>Sigue escribiendo: usa al menos 8 letras.</translation>
    </message>
    <message>
        <source>That looks strong.</source>
        <translation>Se ve muy segura.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it even stronger.</source>
        <translation>Bien. Con unas palabras más, será todavía más segura.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>T&amp;ype it again:</source>
        <translation>Escríbela &amp;otra vez:</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Escribe la frase de acceso otra vez</translation>
    </message>
    <message>
        <source>Both match.</source>
        <translation>Las dos coinciden.</translation>
    </message>
    <message>
        <source>These don&apos;t match yet. Check both boxes.</source>
        <translation>Todavía no coinciden. Revisa las dos casillas.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la nueva frase de acceso</translation>
    </message>
</context>
<context>
    <name>PasswordChoice</name>
    <message>
        <source>Protect the PDF with a pass&amp;word</source>
        <translation>Proteger el PDF con una &amp;contraseña</translation>
    </message>
    <message>
        <source>The password for the PDF</source>
        <translation>La contraseña del PDF</translation>
    </message>
    <message>
        <source>&amp;Type the password you wrote down:</source>
        <translation>&amp;Escribe la contraseña que anotaste:</translation>
    </message>
    <message>
        <source>Your journal locked, and the password is never kept. Type the one you wrote down, or make a new one. The PDF is made only once it has its password.</source>
        <translation>Tu diario se bloqueó, y la contraseña nunca se guarda. Escribe la que anotaste o crea una nueva. El PDF se hace solo cuando tiene su contraseña.</translation>
    </message>
    <message>
        <source>Make a &amp;new password instead</source>
        <translation>Mejor crear una contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>Write this password down. Give it to the person you share with separately: say it out loud, or send it in a different message than the PDF. You will not see it again after you close the summary.</source>
        <translation>Anota esta contraseña. Dásela por separado a la persona con quien lo compartes: dísela en voz alta o mándala en un mensaje distinto al del PDF. No la volverás a ver cuando cierres el resumen.</translation>
    </message>
    <message>
        <source>Make a &amp;different password</source>
        <translation>Crear &amp;otra contraseña</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Nobody here. Everyone is still in your village.</source>
        <translation>No hay nadie aquí. Todas las personas siguen en “Mi gente”.</translation>
    </message>
    <message>
        <source>The people in your child&apos;s life. That is you and other caregivers. It is also your village: grandparents, friends, neighbors, child care and your home visitor.</source>
        <translation>Las personas que quieren y cuidan a tu peque: tú y quienes te ayudan. También tu gente: abuelos, amistades, vecinos, la guardería y tu visitadora del hogar.</translation>
    </message>
    <message>
        <source>Nobody here yet. Add the people who help you.</source>
        <translation>Todavía no hay nadie. Agrega a las personas que te ayudan.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>&amp;Agregar a alguien</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Volver a agregar</translation>
    </message>
    <message>
        <source>&amp;Back to my village</source>
        <translation>Vo&amp;lver a mi gente</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>¿Quién &amp;es?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>Na&amp;cimiento:</translation>
    </message>
    <message>
        <source>How they &amp;help:</source>
        <translation>Cómo a&amp;yuda:</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>People you moved out of your list. Put someone back and they show up again everywhere, with the moments that mention them.</source>
        <translation>Personas que quitaste de tu lista. Si vuelves a poner a alguien, aparece otra vez en todas partes, con los momentos que la mencionan.</translation>
    </message>
    <message>
        <source>People you moved out of your list</source>
        <translation>Personas que quitaste de tu lista</translation>
    </message>
    <message>
        <source>My village</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rides to the clinic, Sunday dinners, a kind ear…</source>
        <translation>Me lleva a la clínica, comemos juntos los domingos, me escucha…</translation>
    </message>
    <message>
        <source>Pick the year too, or set the month to &quot;Not sure&quot;.</source>
        <translation>Elige también el año, o pon el mes en &quot;No sé&quot;.</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Take this person out of your village? Moments that mention them stay.</source>
        <translation>¿Quitar a esta persona de “Mi gente”? Los momentos donde aparece no se borran.</translation>
    </message>
    <message>
        <source>Saved in your village.</source>
        <translation>Quedó guardado en Mi gente.</translation>
    </message>
    <message>
        <source>Show &amp;who you moved out</source>
        <translation>&amp;Ver a quién quitaste</translation>
    </message>
    <message>
        <source>Moved out of your list. You can put them back with &quot;Show who you moved out&quot;.</source>
        <translation>Ya no está en tu lista. Puedes volver a agregarla con &quot;Ver a quién quitaste&quot;.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add a p&amp;hoto…</source>
        <translation>Agregar una &amp;foto…</translation>
    </message>
    <message>
        <source>&amp;Add a photo…</source>
        <translation>Agregar una f&amp;oto…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Agregar una foto</translation>
    </message>
    <message>
        <source>Up to 4 photos. You can also drag a photo onto this page or paste it. Photos stay inside your locked journal.</source>
        <translation>Hasta 4 fotos. También puedes arrastrar una foto a esta página o pegarla. Las fotos se quedan dentro de tu diario, protegidas con tu frase de acceso.</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Foto %1: %2</translation>
    </message>
    <message>
        <source>no words yet</source>
        <translation>todavía sin palabras</translation>
    </message>
    <message>
        <source>Change the words for this photo</source>
        <translation>Cambiar las palabras de esta foto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Quitar la foto %1</translation>
    </message>
    <message>
        <source>Photos (%1);;All files (*)</source>
        <translation>Fotos (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be opened. Nothing was changed.</source>
        <translation>No se pudo abrir ese archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Words for this photo</source>
        <translation>Palabras para esta foto</translation>
    </message>
    <message>
        <source>If you like, say in a few words what the photo shows. A screen reader reads them out. You can leave this empty.</source>
        <translation>Si quieres, di en pocas palabras lo que muestra la foto. Un lector de pantalla las lee en voz alta. Puedes dejarlo vacío.</translation>
    </message>
    <message>
        <source>A moment can keep up to 4 photos. Nothing was changed.</source>
        <translation>Un momento puede guardar hasta 4 fotos. No se cambió nada.</translation>
    </message>
    <message>
        <source>That photo is too big to add. Try a smaller copy of it. Nothing was changed.</source>
        <translation>Esa foto es demasiado grande para agregarla. Prueba con una copia más pequeña. No se cambió nada.</translation>
    </message>
    <message>
        <source>That photo seems to be cut short or damaged, so it can&apos;t be added. Nothing was changed.</source>
        <translation>Parece que esa foto está incompleta o dañada, así que no se puede agregar. No se cambió nada.</translation>
    </message>
    <message>
        <source>That photo is in a format this computer can&apos;t open (like HEIC). Save it as JPEG or PNG, then try again. Nothing was changed.</source>
        <translation>Esa foto está en un formato que esta computadora no puede abrir (como HEIC). Guárdala como JPEG o PNG y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That file isn&apos;t a photo this app can open. Nothing was changed.</source>
        <translation>Ese archivo no es una foto que este programa pueda abrir. No se cambió nada.</translation>
    </message>
    <message>
        <source>Say in a few words what the photo shows. A screen reader reads them out.</source>
        <translation>Di en pocas palabras lo que muestra la foto. Un lector de pantalla las lee en voz alta.</translation>
    </message>
    <message>
        <source>Getting the photo ready… Keeping it all right after.</source>
        <translation>Preparando la foto… Justo después se guarda todo.</translation>
    </message>
    <message>
        <source>Getting the photo ready…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message>
        <source>Add words for this photo</source>
        <translation>Agregar palabras a esta foto</translation>
    </message>
    <message>
        <source>Add words</source>
        <translation>Agregar palabras</translation>
    </message>
    <message>
        <source>The photo is in. To add words for it, pick the photo.</source>
        <translation>La foto ya está. Para agregarle palabras, elige la foto.</translation>
    </message>
    <message>
        <source>The photos you added weren&apos;t kept when your journal locked. You can add them again.</source>
        <translation>Las fotos que agregaste no se guardaron cuando tu diario se bloqueó. Puedes agregarlas otra vez.</translation>
    </message>
    <message>
        <source>The photo you added wasn&apos;t kept when your journal locked. You can add it again.</source>
        <translation>La foto que agregaste no se guardó cuando tu diario se bloqueó. Puedes agregarla otra vez.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop making the summary</source>
        <translation>Dejar de hacer el resumen</translation>
    </message>
    <message>
        <source>How far along the summary is</source>
        <translation>Cuánto falta para el resumen</translation>
    </message>
    <message>
        <source>Making your summary…</source>
        <translation>Haciendo tu resumen…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>This is exactly how the PDF looks: 1 page.</source>
        <translation>Así se ve el PDF, tal cual: 1 página.</translation>
    </message>
    <message>
        <source>This is exactly how the PDF looks: %1 pages. Scroll to read them all.</source>
        <translation>Así se ve el PDF, tal cual: %1 páginas. Baja para verlas todas.</translation>
    </message>
    <message>
        <source>The PDF can&apos;t show some letters or signs in your words. They will be missing or look like empty boxes:</source>
        <translation>El PDF no puede mostrar algunas letras o signos de tus palabras. Faltarán o se verán como cuadritos vacíos:</translation>
    </message>
    <message>
        <source>You can change those words on the “Add your words” step, or in the moment itself. The web page copy (on the next step) shows every character.</source>
        <translation>Puedes cambiar esas palabras en el paso “Agrega tus palabras” o al editar ese momento. La copia como página web (en el siguiente paso) muestra todos los caracteres.</translation>
    </message>
    <message>
        <source>Your summary says how many moments of connection you wrote down. The chart of each week shows once three or more weeks hold moments.</source>
        <translation>Tu resumen dice cuántos momentos de conexión anotaste. La gráfica de cada semana aparece cuando hay momentos en tres semanas o más.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>This is your recovery code. If you ever forget your passphrase, it is the only way back into your journal. We show it only now. Print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>Este es tu código de recuperación. Si algún día olvidas tu frase de acceso, es la única forma de volver a entrar a tu diario. Solo lo mostramos ahora. Imprímelo o guárdalo, y tenlo en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Type it back here to check &amp;it:</source>
        <translation>Escríbelo aquí para &amp;comprobarlo:</translation>
    </message>
    <message>
        <source>Type the recovery code back</source>
        <translation>Escribe el código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>I kept my recovery code somewhere safe</source>
        <translation>Guardé mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>That matches. Well kept.</source>
        <translation>¡Coincide! Muy bien.</translation>
    </message>
    <message>
        <source>Not a match yet. Check each group of four.</source>
        <translation>Todavía no coincide. Revisa cada grupo de cuatro.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation>Guardar el código de recuperación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF couldn&apos;t be saved there. Try another place, or print the code.</source>
        <translation>No se pudo guardar el PDF ahí. Prueba otro lugar o imprime el código.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere safe.</source>
        <translation>Guardado. Ten el archivo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Four letters or numbers in each group. Read it letter by letter, then keep it.</source>
        <translation>Cuatro letras o números en cada grupo. Léelo letra por letra y guárdalo.</translation>
    </message>
    <message>
        <source>Your recovery code for %1</source>
        <translation>Tu código de recuperación de %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your journal.</source>
        <translation>Si algún día olvidas tu frase de acceso, este código abre tu diario.</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from this computer. It is private, like a key to your home.</source>
        <translation>Guarda esta hoja en un lugar seguro, lejos de esta computadora. Es privada, como la llave de tu casa.</translation>
    </message>
    <message>
        <source>If you make a new code later, this one stops working.</source>
        <translation>Si más adelante haces un código nuevo, este deja de funcionar.</translation>
    </message>
    <message>
        <source>When you type it, dashes and spaces don&apos;t matter.</source>
        <translation>Al escribirlo, no importan los guiones ni los espacios.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Small Moments</source>
        <translation>Abrir Small Moments</translation>
    </message>
    <message>
        <source>Quit Small Moments</source>
        <translation>Salir de Small Moments</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>OK &amp;to share</source>
        <translation>Se puede &amp;compartir</translation>
    </message>
    <message>
        <source>Can go in a summary you choose to share.</source>
        <translation>Puede ir en un resumen que tú decidas compartir.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SaveStep</name>
    <message>
        <source>Your summary is ready. Save it, then hand it over however you like: print it, or send it. It opens only with the password.</source>
        <translation>Tu resumen está listo. Guárdalo y luego entrégalo como prefieras: imprímelo o envíalo. Solo se abre con la contraseña.</translation>
    </message>
    <message>
        <source>Your summary is ready. Save it, then hand it over however you like: print it, or send it.</source>
        <translation>Tu resumen está listo. Guárdalo y luego entrégalo como prefieras: imprímelo o envíalo.</translation>
    </message>
    <message>
        <source>The password. Give it on its own, not with the PDF:</source>
        <translation>La contraseña. Dala por separado, no junto con el PDF:</translation>
    </message>
    <message>
        <source>The password for the PDF</source>
        <translation>La contraseña del PDF</translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Guardar el PDF…</translation>
    </message>
    <message>
        <source>It has no password: anyone who opens it can read it.</source>
        <translation>No tiene contraseña: cualquier persona que la abra puede leerla.</translation>
    </message>
    <message>
        <source>Save a &amp;web page copy too…</source>
        <translation>Guardar también una copia como página &amp;web…</translation>
    </message>
    <message>
        <source>Saved the PDF: %1</source>
        <translation>PDF guardado: %1</translation>
    </message>
    <message>
        <source>Saved the web page copy: %1</source>
        <translation>Copia como página web guardada: %1</translation>
    </message>
    <message>
        <source>Do you use a screen reader? The web page copy works best with a screen reader. The PDF can&apos;t tell it where the headings and lists are.</source>
        <translation>¿Usas un lector de pantalla? La copia como página web funciona mejor con un lector de pantalla. El PDF no le puede decir dónde están los títulos y las listas.</translation>
    </message>
    <message>
        <source>You can save a web page copy too. It opens in any web browser.</source>
        <translation>También puedes guardar una copia como página web. Se abre en cualquier navegador.</translation>
    </message>
    <message>
        <source>If you print the web page copy, your web browser may print where the file is on this computer at the top or bottom of each page. The PDF doesn&apos;t.</source>
        <translation>Si imprimes la copia como página web, puede que el navegador imprima arriba o abajo de cada página dónde está el archivo en esta computadora. El PDF no lo hace.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>How it looks and locks</source>
        <translation>Cómo se ve y cuándo se bloquea</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Keys that help (F1)</source>
        <translation>Teclas que a&amp;yudan (F1)</translation>
    </message>
    <message>
        <source>Keys that help</source>
        <translation>Teclas que ayudan</translation>
    </message>
    <message>
        <source>A list of every key you can use instead of the mouse.</source>
        <translation>Una lista de todas las teclas que puedes usar en lugar del mouse.</translation>
    </message>
    <message>
        <source>Today&apos;s question</source>
        <translation>La pregunta de hoy</translation>
    </message>
    <message>
        <source>Lock after this many m&amp;inutes idle:</source>
        <translation>Bloquear después de estos minutos sin &amp;usarlo:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>What would you like to notice m&amp;ore?</source>
        <translation>¿En qué te gustaría fijarte má&amp;s?</translation>
    </message>
    <message>
        <source>What would you like to notice more?</source>
        <translation>¿En qué te gustaría fijarte más?</translation>
    </message>
    <message>
        <source>Today&apos;s question leans toward what you pick. Change it any time.</source>
        <translation>La pregunta de hoy va a tratar más de lo que elijas. Puedes cambiar esto cuando quieras.</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Frase de acceso y código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de acceso &amp;actual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de acceso actual</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Cam&amp;biar la frase de acceso</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery code</source>
        <translation>Hacer un nuevo código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Type your current passphrase first. The old code stops working.</source>
        <translation>Escribe primero tu frase de acceso actual. El código anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Where your journal lives</source>
        <translation>Dónde está tu diario</translation>
    </message>
    <message>
        <source>Open this &amp;folder</source>
        <translation>Abrir esta &amp;carpeta</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>A private journal for the small moments with your baby or toddler. It stays on this computer, locked with your passphrase, and never goes online.</source>
        <translation>Un diario privado para los pequeños momentos con tu bebé o tu peque. Se queda en esta computadora, protegido con tu frase de acceso, y nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Anything: a little of everything</source>
        <translation>De todo un poco</translation>
    </message>
    <message>
        <source>Saving your change…</source>
        <translation>Guardando tu cambio…</translation>
    </message>
    <message>
        <source>Your passphrase is changed, for your journal and its backups. Use the new one next time.</source>
        <translation>Tu frase de acceso cambió, para tu diario y sus respaldos. Usa la nueva la próxima vez.</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>Un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Could someone else have seen your old recovery code, or copied your journal&apos;s files?

Yes (safest): Small Moments locks out the old code and any old passphrase for good. It locks your whole journal again with a new key, and one new backup takes the place of your older backups. This takes a little longer.

No: you get a new code now. The old code stops opening your journal and its backups.</source>
        <translation>¿Pudo alguien ver tu código de recuperación de antes, o llevarse los archivos de tu diario?

Sí (lo más seguro): Small Moments bloquea para siempre el código de antes y cualquier frase de antes. Vuelve a bloquear todo tu diario con una llave nueva, y un respaldo nuevo toma el lugar de tus respaldos anteriores. Tarda un poco más.

No: recibes un código nuevo ahora. El código de antes deja de abrir tu diario y sus respaldos.</translation>
    </message>
    <message>
        <source>Done. Your journal has a new key and a new recovery code. Your older backups were replaced by one new backup. The old code and old passphrases open none of them.</source>
        <translation>Listo. Tu diario tiene una llave nueva y un código de recuperación nuevo. Un respaldo nuevo tomó el lugar de tus respaldos anteriores. El código y las frases de antes ya no abren ninguno.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de acceso actual.</translation>
    </message>
</context>
<context>
    <name>StrengthPicker</name>
    <message>
        <source>in me</source>
        <translation>en mí</translation>
    </message>
    <message>
        <source>in my child</source>
        <translation>en mi peque</translation>
    </message>
    <message>
        <source>in someone else</source>
        <translation>en otra persona</translation>
    </message>
    <message>
        <source>+ Add my own &amp;words</source>
        <translation>+ Agregar mis propias &amp;palabras</translation>
    </message>
    <message>
        <source>Add a strength in my own words</source>
        <translation>Agregar una fortaleza con mis propias palabras</translation>
    </message>
    <message>
        <source>A strength in your words, like &quot;silly songs&quot;</source>
        <translation>Una fortaleza con tus palabras, como “canciones divertidas”</translation>
    </message>
    <message>
        <source>A strength in your own words</source>
        <translation>Una fortaleza con tus propias palabras</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Agrega&amp;r</translation>
    </message>
    <message>
        <source>Whose strength was it? Change it below if you like.</source>
        <translation>¿De quién fue esa fortaleza? Cámbialo abajo si quieres.</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
</context>
<context>
    <name>SummaryWizard</name>
    <message>
        <source>Share a summary</source>
        <translation>Compartir un resumen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Choose the days</source>
        <translation>Elige los días</translation>
    </message>
    <message>
        <source>Choose what goes in</source>
        <translation>Elige qué incluir</translation>
    </message>
    <message>
        <source>Add your words</source>
        <translation>Agrega tus palabras</translation>
    </message>
    <message>
        <source>Look it over</source>
        <translation>Revísalo</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Guárdalo</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>&amp;Next: see it</source>
        <translation>&amp;Siguiente: ver cómo queda</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Stopped. Nothing was made or saved.</source>
        <translation>Detenido. No se hizo ni se guardó nada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The summary could not be saved there. Try another folder, like Documents.</source>
        <translation>No se pudo guardar el resumen ahí. Prueba otra carpeta, como Documentos.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A copy without a password</source>
        <translation>Una copia sin contraseña</translation>
    </message>
    <message>
        <source>The web page copy can&apos;t have a password. Anyone who opens it can read it. Save it anyway?</source>
        <translation>La copia como página web no puede tener contraseña. Cualquier persona que la abra puede leerla. ¿La guardas de todos modos?</translation>
    </message>
    <message>
        <source>Save a web page copy</source>
        <translation>Guardar una copia como página web</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Your summary is ready to look over.</source>
        <translation>Tu resumen está listo para que lo revises.</translation>
    </message>
    <message>
        <source>Saved the PDF.</source>
        <translation>PDF guardado.</translation>
    </message>
    <message>
        <source>Saved the web page copy.</source>
        <translation>Copia como página web guardada.</translation>
    </message>
    <message>
        <source>We kept the summary you were making, as you left it. To start a new one, close this one.</source>
        <translation>Conservamos el resumen que estabas haciendo, tal como lo dejaste. Para empezar uno nuevo, cierra este.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Your summary is not saved yet. If you close now, it is not kept, and neither are the words you added. Close anyway?</source>
        <translation>Tu resumen todavía no está guardado. Si cierras ahora, no se guarda, y tampoco las palabras que agregaste. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>The PDF&apos;s password was not kept when your journal locked. Type the one you wrote down, or make a new one.</source>
        <translation>La contraseña del PDF no se guardó cuando tu diario se bloqueó. Escribe la que anotaste o crea una nueva.</translation>
    </message>
</context>
<context>
    <name>TheirPassphrase</name>
    <message>
        <source>Their pa&amp;ssphrase:</source>
        <translation>Su frase de acc&amp;eso:</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Su frase de acceso</translation>
    </message>
    <message>
        <source>Type theirs ag&amp;ain:</source>
        <translation>Escríbela otra &amp;vez:</translation>
    </message>
    <message>
        <source>Type their passphrase again</source>
        <translation>Escribe su frase de acceso otra vez</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Search your words (Ctrl+F)</source>
        <translation>Buscar en lo que escribiste (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Press Enter to open a moment, or Delete to put it in the trash.</source>
        <translation>Presiona Enter para abrir un momento, o Delete para mandarlo a la papelera.</translation>
    </message>
    <message>
        <source>Press Enter to open a moment.</source>
        <translation>Presiona Enter para abrir un momento.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Ha&amp;sta:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Back to my moments</source>
        <translation>&amp;Volver a mis momentos</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Se movió a la papelera.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Desha&amp;cer</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Connection moments</source>
        <translation>Momentos de conexión</translation>
    </message>
    <message>
        <source>Repair moments</source>
        <translation>Momentos de reencuentro</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Any strength</source>
        <translation>Cualquier fortaleza</translation>
    </message>
    <message>
        <source>Trash: kept for 30 days, then gone for good</source>
        <translation>Papelera: se guarda 30 días y luego se borra para siempre</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Lo que encontraste</translation>
    </message>
    <message>
        <source>No moments with those words yet. Try another word.</source>
        <translation>Todavía no hay momentos con esas palabras. Prueba con otra.</translation>
    </message>
    <message>
        <source>All your moments, newest first</source>
        <translation>Todos tus momentos, los más recientes primero</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Nothing matches these choices. Try fewer filters.</source>
        <translation>No hay momentos con estas opciones. Intenta quitar alguna.</translation>
    </message>
    <message>
        <source>Your moments will gather here, newest first. Log one from Today whenever you like.</source>
        <translation>Tus momentos se irán juntando aquí, los más recientes primero. Anota uno en la pestaña Hoy cuando quieras.</translation>
    </message>
    <message>
        <source>Moments found: %1</source>
        <translation>Momentos encontrados: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Con Ctrl+Z lo recuperas.</translation>
    </message>
    <message>
        <source>Kind of moment:</source>
        <translation>Tipo de momento:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrito por:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>Choose a moment first.</source>
        <translation>Primero elige un momento.</translation>
    </message>
    <message>
        <source>Put back in your moments.</source>
        <translation>Se recuperó y está otra vez en tus momentos.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Show me &amp;another question</source>
        <translation>Muéstrame &amp;otra pregunta</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. It saves itself as you go.</source>
        <translation>Escribe tanto o tan poco como quieras. Se va guardando mientras escribes.</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
    <message>
        <source>&amp;Keep this reflection</source>
        <translation>&amp;Guardar esta reflexión</translation>
    </message>
    <message>
        <source>Log a &amp;connection moment</source>
        <translation>Anotar un momento de &amp;conexión</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Log a &amp;repair moment</source>
        <translation>Anotar un momento de &amp;reencuentro</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Moments you keep this week will show up here. A tiny one counts too.</source>
        <translation>Los momentos que guardes esta semana aparecerán aquí. Uno pequeñito también cuenta.</translation>
    </message>
    <message>
        <source>What is one small thing that went well today?</source>
        <translation>¿Qué cosa pequeña salió bien hoy?</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Kept in your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <source>✓ Kept in your journal.</source>
        <translation>✓ Guardado en tu diario.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your journal is locked.</source>
        <translation>Tu diario está bloqueado.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>&amp;Abrir mi diario</translation>
    </message>
    <message>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de acceso</translation>
    </message>
    <message>
        <source>No problem. Type the recovery code you printed or saved when you started. Then choose a new passphrase.</source>
        <translation>No pasa nada. Escribe el código de recuperación que imprimiste o guardaste al empezar. Luego elige una frase de acceso nueva.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Open with the &amp;code</source>
        <translation>Abrir con el códi&amp;go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Your journal is locked and safe. What you were writing could not be kept this time. The computer may be out of space.</source>
        <translation>Tu diario está bloqueado y seguro. Lo que estabas escribiendo no se pudo guardar esta vez. Puede que la computadora no tenga espacio.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otra computadora</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abriendo el respaldo…</translation>
    </message>
    <message>
        <source>The backup you chose to restore is now your journal. The restore had stopped part way; it is finished now. The journal you had before is set aside in the set-aside folder beside it.</source>
        <translation>El respaldo que elegiste restaurar ahora es tu diario. La restauración se había quedado a medias; ya terminó. El diario que tenías antes está guardado aparte en la carpeta “set-aside”, a su lado.</translation>
    </message>
    <message>
        <source>Your journal file can&apos;t be opened. We kept it safe and didn&apos;t change it. A backup from %1 opens with your passphrase. Use it?</source>
        <translation>No se puede abrir el archivo de tu diario. Lo guardamos a salvo y no lo cambiamos. Un respaldo del %1 se abre con tu frase de acceso. ¿Quieres usarlo?</translation>
    </message>
    <message>
        <source>Your journal is back as it was on %1. The file that couldn&apos;t be opened is set aside, not deleted. It is in the “set-aside” folder, with its key file.</source>
        <translation>Tu diario volvió a como estaba el %1. El archivo que no se podía abrir se guardó aparte, no se borró. Está en la carpeta “set-aside”, con su archivo de llave.</translation>
    </message>
    <message>
        <source>Getting your journal ready: %p%</source>
        <translation>Preparando tu diario: %p%</translation>
    </message>
    <message>
        <source>Getting your journal ready</source>
        <translation>Preparando tu diario</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Primero escribe tu código de recuperación.</translation>
    </message>
    <message>
        <source>Type the same passphrase again in this box.</source>
        <translation>Escribe otra vez la misma frase de acceso en este cuadro.</translation>
    </message>
    <message>
        <source>Your new passphrase works now. Your old passphrase doesn&apos;t open your journal anymore. Your recovery code still works too: keep it safe.</source>
        <translation>Tu frase de acceso nueva ya funciona. La anterior ya no abre tu diario. Tu código de recuperación también sigue funcionando: guárdalo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>VisitCard</name>
    <message>
        <source>N&amp;ote a visit</source>
        <translation>Anotar una &amp;visita</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>If you like, you can make a short summary of your strengths to share.</source>
        <translation>Si quieres, puedes hacer un resumen corto de tus fortalezas para compartir.</translation>
    </message>
    <message>
        <source>&amp;Prepare a summary</source>
        <translation>&amp;Preparar un resumen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Visit with %1 %2</source>
        <translation>Visita con %1 %2</translation>
    </message>
    <message>
        <source>Next visit %1</source>
        <translation>Próxima visita %1</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>%1 noted: %2</source>
        <translation>%1 anotó: %2</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Connection moment</source>
        <translation>Momento de conexión</translation>
    </message>
    <message>
        <source>Repair moment</source>
        <translation>Momento de reencuentro</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Mi peque</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend or helper</source>
        <translation>Amistad o alguien que ayuda</translation>
    </message>
    <message>
        <source>A visit</source>
        <translation>Una visita</translation>
    </message>
</context>
</TS>
