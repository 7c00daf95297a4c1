"""More words of the shared summary (issue 16: the agenda, the child, visits, one page,
two languages), kept apart so text.py stays short. Merged into text.TEXT on import."""

MORE: dict[str, dict[str, str]] = {
    "en": {
        "agenda": "What we would like to talk about",
        "child": "Our child",
        "child_name": "Name: {name}",
        "child_age": "Age: {age}",
        "age_new": "under 1 month",
        "age_month_one": "1 month",
        "age_month_many": "{n} months",
        "age_year_one": "1 year",
        "age_year_many": "{n} years",
        "visit": "Since our last visit",
        "visit_intro": "What our visitor noticed, and what we wanted to try since.",
        "visit_on": "Our visit on {day}",
        "next_visit_on": "Next visit: {day}",
        "few_weeks": "We wrote down {count} of connection in {weeks}.",
        "one_page_moments": "A few moments we want to share",
        "file_stem_both": "strengths-summary-two-languages",
        "about_short": "From Small Moments, a private journal the family keeps. They chose "
                       "each item here. The numbers only count moments they wrote down; this "
                       "is not an assessment.",
    },
    "es": {
        "agenda": "De qué nos gustaría hablar",
        "child": "Nuestro peque",
        "child_name": "Nombre: {name}",
        "child_age": "Edad: {age}",
        "age_new": "menos de 1 mes",
        "age_month_one": "1 mes",
        "age_month_many": "{n} meses",
        "age_year_one": "1 año",
        "age_year_many": "{n} años",
        "visit": "Desde nuestra última visita",
        "visit_intro": "Lo que notó quien nos visita, y lo que quisimos probar desde entonces.",
        "visit_on": "Nuestra visita del {day}",
        "next_visit_on": "Próxima visita: {day}",
        "few_weeks": "Anotamos {count} de conexión en {weeks}.",
        "one_page_moments": "Algunos momentos que queremos compartir",
        "file_stem_both": "resumen-de-fortalezas-dos-idiomas",
        "about_short": "De Small Moments, un diario privado de la familia. Ellos eligieron "
                       "cada parte. Los números solo cuentan los momentos que anotaron; esto "
                       "no es una evaluación.",
    },
}
