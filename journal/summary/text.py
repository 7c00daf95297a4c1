"""The words of the shared summary, in English and Spanish, and how dates and counts read.

Rules (ERH.md): say what is there, short sentences, no scores or ratings, no clinical
claims, natural Spanish with "tú". Sections speak in the family's voice ("we", "my
child"); the cover and the closing paragraph speak about the family to the reader.
Counts are plain numbers ("in 12 moments"), with "once"/"una vez" for one.
"""

from __future__ import annotations

from datetime import date

LANGS = ("en", "es")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "A summary of our strengths",
        "file_stem": "strengths-summary",
        "default_name": "Our family",
        "default_name_in_sentence": "our family",
        "dates": "{start} to {end}",
        "shared_by": "Shared by {name} on {day}",
        "shared_on": "Shared on {day}",
        "chose": "The family chose everything in this summary, one item at a time.",
        "strengths": "Strengths we noticed",
        "strengths_intro": "When we wrote down a moment, we could mark the strengths we saw "
                           "in it. These are the ones we chose to share.",
        "strength_line": "{label}: in {count}",
        "steps_part": "How we connect, moment to moment",
        "steps_name": "The serve-and-return steps",
        "factors_part": "What keeps our family strong",
        "factors_name": "The five protective factors",
        "other_part": "More strengths we noticed",
        "group_notice": "Noticing what my child shows",
        "frame_notice": "Share the focus",
        "group_support": "Answering with warmth",
        "frame_support": "Support and encourage",
        "group_name": "Putting things into words",
        "frame_name": "Name it",
        "group_turns": "Taking turns",
        "frame_turns": "Take turns and wait",
        "group_resilience": "Staying steady on hard days",
        "frame_resilience": "Parental resilience",
        "group_social_connections": "People we can count on",
        "frame_social_connections": "Social connections",
        "group_knowledge": "Learning how my child grows",
        "frame_knowledge": "Knowledge of parenting and child development",
        "group_concrete_support": "Getting help when we need it",
        "frame_concrete_support": "Concrete support in times of need",
        "group_child_competence": "My child's growing skills",
        "frame_child_competence": "Social and emotional competence of children",
        "group_count": "in {count}",
        "example": "For example: \u201c{words}\u201d",
        "connection": "Moments of connection",
        "connection_count": "We wrote down {count} of connection in {weeks}.",
        "chart_caption": "Moments of connection we wrote down each week",
        "chart_week": "Week",
        "chart_moments": "Moments",
        "chart_described": "A small bar chart shows how many moments of connection we wrote "
                           "down each week, from the week of {first} to the week of {last}.",
        "chart_partial": "The last bar is lighter: it counts only {days}.",
        "day_one": "one day",
        "day_many": "{n} days",
        "examples": "A few we want to share",
        "repair": "Finding our way back",
        "repair_intro": "Everyone drifts apart sometimes. Coming back together is a skill "
                        "we are learning, together.",
        "repair_count": "We found our way back to each other {times} in {weeks}.",
        "village": "Our village",
        "village_intro": "The people who help us:",
        "words": "In my words",
        "know": "What I want you to know",
        "prompt": "The question I answered: {prompt}",
        "questions": "Questions for our visit",
        "about": "About this journal",
        "about_text": "This summary comes from Small Moments, a private journal a family "
                      "keeps about everyday moments with their baby or toddler. The family "
                      "wrote every entry and chose, item by item, what to share here. The "
                      "numbers only count the moments they wrote down. They are not a test "
                      "or a measure of anything, and this summary is not an assessment.",
        "page": "Page {n} of {total}",
        "child_did": "What happened",
        "i_did": "What I did",
        "how_it_ended": "How it ended",
        "pulled_apart": "What pulled us apart",
        "noticed_first": "What I noticed first",
        "reconnected": "How we found each other again",
        "what_helped": "What helped",
        "remember": "What I want to remember",
        "they_noticed": "What they noticed about us",
        "want_to_try": "Something we want to try",
        "body": "",
        "felt": "How I felt: {feeling}",
        "noticed": "Strengths I noticed: {labels}",
        "back_one": "One back-and-forth",
        "back_a_few": "A few back-and-forths",
        "back_many": "Many back-and-forths",
        "moment_one": "one moment",
        "moment_many": "{n} moments",
        "time_one": "once",
        "time_many": "{n} times",
        "week_one": "this week",
        "week_many": "these {n} weeks",
        "reflection": "Reflection",
        "connection_kind": "Connection moment",
        "repair_kind": "Finding our way back",
        "visit_kind": "A visit",
        "chart_item": "The weekly chart of moments of connection",
        "count_item": "How many times we found our way back",
    },
    "es": {
        "title": "Un resumen de nuestras fortalezas",
        "file_stem": "resumen-de-fortalezas",
        "default_name": "Nuestra familia",
        "default_name_in_sentence": "nuestra familia",
        "dates": "Del {start} al {end}",
        "shared_by": "Compartido por {name} el {day}",
        "shared_on": "Compartido el {day}",
        "chose": "La familia eligió, una por una, cada cosa de este resumen.",
        "strengths": "Fortalezas que notamos",
        "strengths_intro": "Cuando anotamos un momento, pudimos marcar las fortalezas que "
                           "vimos. Estas son las que elegimos compartir.",
        "strength_line": "{label}: en {count}",
        "steps_part": "Cómo nos conectamos, momento a momento",
        "steps_name": "Los pasos de servir y devolver",
        "factors_part": "Lo que fortalece a nuestra familia",
        "factors_name": "Los cinco factores de protección",
        "other_part": "Otras fortalezas que notamos",
        "group_notice": "Fijarme en lo que me muestra",
        "frame_notice": "Compartir la atención",
        "group_support": "Responder con cariño",
        "frame_support": "Apoyar y animar",
        "group_name": "Ponerle palabras a las cosas",
        "frame_name": "Ponerle nombre",
        "group_turns": "Tomar turnos",
        "frame_turns": "Tomar turnos y esperar",
        "group_resilience": "Mantenernos firmes en los días difíciles",
        "frame_resilience": "Resiliencia de la familia",
        "group_social_connections": "Gente con quien contar",
        "frame_social_connections": "Conexiones sociales",
        "group_knowledge": "Aprender cómo crece",
        "frame_knowledge": "Conocimiento sobre la crianza y el desarrollo infantil",
        "group_concrete_support": "Conseguir ayuda cuando la necesitamos",
        "frame_concrete_support": "Apoyo concreto en momentos de necesidad",
        "group_child_competence": "Lo que va aprendiendo a sentir y hacer",
        "frame_child_competence": "Competencia social y emocional de los niños",
        "group_count": "en {count}",
        "example": "Por ejemplo: \u201c{words}\u201d",
        "connection": "Momentos de conexión",
        "connection_count": "Anotamos {count} de conexión en {weeks}.",
        "chart_caption": "Momentos de conexión que anotamos cada semana",
        "chart_week": "Semana",
        "chart_moments": "Momentos",
        "chart_described": "Una pequeña gráfica de barras muestra cuántos momentos de "
                           "conexión anotamos cada semana, desde la semana del {first} hasta "
                           "la semana del {last}.",
        "chart_partial": "La última barra es más clara: cuenta solo {days}.",
        "day_one": "un día",
        "day_many": "{n} días",
        "examples": "Algunos que queremos compartir",
        "repair": "Volver a encontrarnos",
        "repair_intro": "Todos nos alejamos a veces. Volver a encontrarnos es algo que "
                        "estamos aprendiendo juntos.",
        "repair_count": "Volvimos a encontrarnos {times} en {weeks}.",
        "village": "Nuestra gente",
        "village_intro": "Las personas que nos ayudan:",
        "words": "En mis palabras",
        "know": "Lo que quiero que sepan",
        "prompt": "La pregunta que respondí: {prompt}",
        "questions": "Preguntas para nuestra visita",
        "about": "Sobre este diario",
        "about_text": "Este resumen viene de Small Moments, un diario privado donde una "
                      "familia anota momentos de todos los días con su bebé o niño pequeño. "
                      "La familia escribió cada nota y eligió, una por una, qué compartir "
                      "aquí. Los números solo cuentan los momentos que anotó. No son una "
                      "prueba ni una medida de nada, y este resumen no es una evaluación.",
        "page": "Página {n} de {total}",
        "child_did": "Lo que pasó",
        "i_did": "Lo que hice yo",
        "how_it_ended": "Cómo terminó",
        "pulled_apart": "Lo que nos alejó",
        "noticed_first": "Lo primero que noté",
        "reconnected": "Cómo volvimos a encontrarnos",
        "what_helped": "Lo que ayudó",
        "remember": "Lo que quiero recordar",
        "they_noticed": "Lo que notaron en nosotros",
        "want_to_try": "Algo que queremos probar",
        "body": "",
        "felt": "Cómo me sentí: {feeling}",
        # the built-in feelings as whole sentences: no "Cansado/a", no "cerca" as distance
        "felt_close": "Nos sentimos unidos",
        "felt_calm": "Me sentí en calma",
        "felt_happy": "Me sentí feliz",
        "felt_proud": "Sentí orgullo",
        "felt_silly": "Tuve ganas de jugar",
        "felt_tender": "Sentí ternura",
        "felt_relieved": "Sentí alivio",
        "felt_tired": "Sentí cansancio",
        "felt_stretched": "Me sentí al límite",
        "felt_mixed": "Sentí un poco de todo",
        "noticed": "Fortalezas que noté: {labels}",
        "back_one": "Nos respondimos una vez",
        "back_a_few": "Nos respondimos algunas veces",
        "back_many": "Nos respondimos muchas veces",
        "moment_one": "un momento",
        "moment_many": "{n} momentos",
        "time_one": "una vez",
        "time_many": "{n} veces",
        "week_one": "esta semana",
        "week_many": "estas {n} semanas",
        "reflection": "Reflexión",
        "connection_kind": "Momento de conexión",
        "repair_kind": "Volver a encontrarnos",
        "visit_kind": "Una visita",
        "chart_item": "La gráfica semanal de momentos de conexión",
        "count_item": "Cuántas veces volvimos a encontrarnos",
    },
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def norm_lang(lang: str | None) -> str:
    return "es" if (lang or "").lower().startswith("es") else "en"


def t(lang: str, key: str, **values: object) -> str:
    """The words for `key` in `lang`, with `values` filled in."""
    text = TEXT[norm_lang(lang)][key]
    return text.format(**values) if values else text


def long_date(day: date, lang: str) -> str:
    """"November 3, 2026" / "3 de noviembre de 2026"."""
    month = _MONTHS[norm_lang(lang)][day.month - 1]
    if norm_lang(lang) == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{month} {day.day}, {day.year}"


def short_date(day: date, lang: str) -> str:
    """"Nov 3" / "3 nov" (for chart labels)."""
    month = _MONTHS[norm_lang(lang)][day.month - 1][:3]
    return f"{day.day} {month}" if norm_lang(lang) == "es" else f"{month} {day.day}"


def day_heading(day: date, lang: str) -> str:
    """"Tuesday, November 3" / "Martes 3 de noviembre" (a heading)."""
    lang = norm_lang(lang)
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    if lang == "es":
        return f"{weekday.capitalize()} {day.day} de {month}"
    return f"{weekday}, {month} {day.day}"


def moments(n: int, lang: str) -> str:
    return t(lang, "moment_one") if n == 1 else t(lang, "moment_many", n=n)


def file_stem(lang: str) -> str:
    """The start of the saved file's name, in the summary's language."""
    return t(lang, "file_stem")


def days(n: int, lang: str) -> str:
    return t(lang, "day_one") if n == 1 else t(lang, "day_many", n=n)


def has(lang: str, key: str) -> bool:
    return key in TEXT[norm_lang(lang)]


def times(n: int, lang: str) -> str:
    return t(lang, "time_one") if n == 1 else t(lang, "time_many", n=n)


def weeks(n: int, lang: str) -> str:
    return t(lang, "week_one") if n == 1 else t(lang, "week_many", n=n)


def _merge_more() -> None:
    from journal.summary.more_text import MORE

    for lang in LANGS:
        TEXT[lang].update(MORE[lang])


_merge_more()
