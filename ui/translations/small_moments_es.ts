<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Small Moments is already open on this computer. Look for its window; only one can be open at a time.</source>
        <translation>Small Moments ya está abierto en esta computadora. Busca su ventana: solo se puede abrir una a la vez.</translation>
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
        <translation>¿Quién estaba?</translation>
    </message>
    <message>
        <source>During (optional)</source>
        <translation>Durante (si quieres)</translation>
    </message>
    <message>
        <source>Your &amp;reflection</source>
        <translation>Tu &amp;reflexión</translation>
    </message>
    <message>
        <source>What did your &amp;child do?</source>
        <translation>¿Qué hizo tu &amp;bebé?</translation>
    </message>
    <message>
        <source>What did &amp;you do?</source>
        <translation>¿Qué hiciste &amp;tú?</translation>
    </message>
    <message>
        <source>How many back-and-forths?</source>
        <translation>¿Cuántas idas y vueltas hubo?</translation>
    </message>
    <message>
        <source>How did it &amp;end?</source>
        <translation>¿Cómo &amp;terminó?</translation>
    </message>
    <message>
        <source>What &amp;pulled you apart? (plain words, like &quot;things got loud&quot;)</source>
        <translation>¿Qué los &amp;separó? (en palabras sencillas, como «subió el volumen»)</translation>
    </message>
    <message>
        <source>What did you &amp;notice first?</source>
        <translation>¿Qué &amp;notaste primero?</translation>
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
        <translation>¿Cómo se sintió?</translation>
    </message>
    <message>
        <source>Strengths you noticed</source>
        <translation>Fortalezas que notaste</translation>
    </message>
    <message>
        <source>Noticed &amp;in:</source>
        <translation>Las noté &amp;en:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>¿&amp;Cuándo?</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Una</translation>
    </message>
    <message>
        <source>A few</source>
        <translation>Algunas</translation>
    </message>
    <message>
        <source>Many</source>
        <translation>Muchas</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>mí</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>mi bebé</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>OK to &amp;share in a summary I make later</source>
        <translation>Puedo &amp;compartirlo en un resumen que haga después</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Add a few words first. Even one line is enough.</source>
        <translation>Escribe unas palabras primero. Con una línea basta.</translation>
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
        <translation>Ese código de recuperación tiene un error de tecleo: una letra o un número no cuadra. Compáralo con tu copia impresa.</translation>
    </message>
    <message>
        <source>The key file that opens this journal is missing. Put it back beside the journal, or restore a backup.</source>
        <translation>Falta el archivo de llave que abre este diario. Vuelve a ponerlo junto al diario o restaura una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file that opens this journal is damaged. Nothing was changed. You can restore a backup.</source>
        <translation>El archivo de llave que abre este diario está dañado. No se cambió nada. Puedes restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the journal file is damaged. Nothing was changed. You can restore a backup.</source>
        <translation>Tu frase de acceso es correcta, pero el archivo del diario está dañado. No se cambió nada. Puedes restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Small Moments. Please update the app to open it. Nothing was changed.</source>
        <translation>Este diario se hizo con una versión más nueva de Small Moments. Actualiza la aplicación para abrirlo. No se cambió nada.</translation>
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
        <source>Something unexpected happened. Nothing you wrote was lost.</source>
        <translation>Pasó algo inesperado. No se perdió nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Small Moments</source>
        <translation>Te damos la bienvenida a Small Moments</translation>
    </message>
    <message>
        <source>This is a private place to notice the good moments with your little one: times you connected, and times you found each other again after a hard moment.

It stays on this computer, locked with a passphrase only you know. It works without the internet, and nothing is ever sent anywhere.</source>
        <translation>Este es un lugar privado para notar los buenos momentos con tu pequeño o pequeña: las veces que conectaron y las veces que se volvieron a encontrar después de un momento difícil.

Se queda en esta computadora, cerrado con una frase de acceso que solo tú conoces. Funciona sin internet y nunca se envía nada a ningún lado.</translation>
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
        <translation>Tu frase de acceso cierra tu diario. Elige unas palabras que vayas a recordar. Nadie más necesita saberlas, ni siquiera nosotros.</translation>
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
        <translation>Tu pequeño o pequeña (puedes saltar esto)</translation>
    </message>
    <message>
        <source>A nickname and birth month help us pick questions that fit your child&apos;s age. They stay inside your locked journal.</source>
        <translation>Un apodo y el mes de nacimiento nos ayudan a elegir preguntas para la edad de tu bebé. Se quedan dentro de tu diario cerrado.</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>A&amp;podo:</translation>
    </message>
    <message>
        <source>Child&apos;s nickname</source>
        <translation>Apodo de tu bebé</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>&amp;Nació en:</translation>
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
        <source>There is already a journal in this folder. Nothing was changed.</source>
        <translation>Ya hay un diario en esta carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
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
        <translation>Mi &amp;gente</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Quick hide: Ctrl+Shift+H</source>
        <translation>Cerrar ahora (Ctrl+L). Ocultar rápido: Ctrl+Mayús+H</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Cerrar el diario</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Quick hide</source>
        <translation>Ocultar rápido</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>A few everyday words in a row work well, like a short sentence only you would think of.</source>
        <translation>Unas palabras de todos los días seguidas funcionan bien, como una frase corta que solo a ti se te ocurriría.</translation>
    </message>
    <message>
        <source>Keep going: use at least 8 letters.</source>
        <translation>Sigue: usa al menos 8 letras.</translation>
    </message>
    <message>
        <source>That looks strong.</source>
        <translation>Se ve fuerte.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it even stronger.</source>
        <translation>Bien. Unas palabras más la harían aún más fuerte.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
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
        <source>These don&apos;t match yet.</source>
        <translation>Todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>The people in your little one&apos;s life: you, other caregivers, and your village (grandparents, friends, neighbors, child care, your home visitor).</source>
        <translation>Las personas en la vida de tu pequeño o pequeña: tú, otras personas que lo cuidan y tu gente (abuelos, amistades, vecinos, la guardería, tu visitadora del hogar).</translation>
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
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>&amp;Nació en:</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Alguien nuevo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Rides to the clinic, Sunday dinners, a kind ear…</source>
        <translation>Me lleva a la clínica, cenas de domingo, me escucha…</translation>
    </message>
    <message>
        <source>Small Moments</source>
        <translation>Small Moments</translation>
    </message>
    <message>
        <source>Take this person out of your village? Moments that mention them stay.</source>
        <translation>¿Quitar a esta persona de tu gente? Los momentos donde aparece se quedan.</translation>
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
        <translation>Coincide. Bien guardado.</translation>
    </message>
    <message>
        <source>Not a match yet. Check each group of four.</source>
        <translation>Todavía no coincide. Revisa cada grupo de cuatro.</translation>
    </message>
    <message>
        <source>Recovery code for %1</source>
        <translation>Código de recuperación de %1</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code opens your journal.</source>
        <translation>Si olvidas tu frase de acceso, este código abre tu diario.</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer.</source>
        <translation>Guarda esta hoja en un lugar seguro, lejos de la computadora.</translation>
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
        <source>Saved. Keep the file somewhere safe.</source>
        <translation>Guardado. Ten el archivo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>How it looks and locks</source>
        <translation>Cómo se ve y cuándo se cierra</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Lock after this many &amp;minutes idle:</source>
        <translation>Cerrar tras estos &amp;minutos sin uso:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
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
        <translation>Escribe primero tu frase de acceso actual. El código anterior deja de funcionar.</translation>
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
        <translation>Un diario privado para los pequeños momentos con tu bebé. Se queda en esta computadora, cerrado con tu frase de acceso, y nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one next time.</source>
        <translation>Tu frase de acceso cambió. Usa la nueva la próxima vez.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de acceso actual.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Search your words (Ctrl+F)</source>
        <translation>Busca en tus palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Kind of moment</source>
        <translation>Tipo de momento</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>T&amp;rash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Put back</source>
        <translation>De&amp;volver</translation>
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
        <translation>&amp;Deshacer</translation>
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
        <translation>Todos tus momentos, los más nuevos primero</translation>
    </message>
    <message>
        <source>Nothing matches these choices. Try fewer filters.</source>
        <translation>Nada coincide con esto. Prueba con menos filtros.</translation>
    </message>
    <message>
        <source>Your moments will gather here, newest first. Log one from Today whenever you like.</source>
        <translation>Tus momentos se irán juntando aquí, los más nuevos primero. Anota uno desde Hoy cuando quieras.</translation>
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
        <translation>Escribe tanto o tan poco como quieras. Se guarda solo mientras escribes.</translation>
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
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your journal is locked.</source>
        <translation>Tu diario está cerrado.</translation>
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
        <translation>Abrir con el &amp;código</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
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
        <translation>Niño o niña</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Persona que cuida</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Mi gente</translation>
    </message>
</context>
</TS>
