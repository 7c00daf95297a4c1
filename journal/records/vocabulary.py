"""Built-in words a caregiver can pick: strengths, everyday routines, feelings.

Keys are stable and stored in the journal; labels are shown in the caregiver's
language. Strengths may be tied to a protective factor and a noticing lens (used to
group the summary, never to score anything). Spanish labels follow the glossary
(tests/test_spanish_glossary.py): the child is "mi peque", and feelings are "Con" + a
noun, so no word has to agree with anyone's gender.
"""

from __future__ import annotations

from dataclasses import dataclass

FACTORS = ("resilience", "social_connections", "knowledge", "concrete_support",
           "child_competence")
LENSES = ("warmth", "responding", "encouraging", "teaching")


@dataclass(frozen=True)
class Word:
    key: str
    en: str
    es: str
    factor: str | None = None
    lens: str | None = None

    def label(self, lang: str) -> str:
        return self.es if lang.startswith("es") else self.en


STRENGTHS: tuple[Word, ...] = (
    Word("stayed_calm", "Stayed calm", "Mantuve la calma", "resilience", "warmth"),
    Word("gentle_touch", "Gentle touch", "Un toque suave", None, "warmth"),
    Word("warm_voice", "Warm voice", "Una voz cálida", None, "warmth"),
    Word("smiled_together", "We smiled together", "Sonreímos juntos", None, "warmth"),
    Word("noticed_cue", "Noticed what my child needed", "Noté lo que mi peque necesitaba",
         "knowledge", "responding"),
    Word("followed_lead", "Followed my child's lead", "Seguí su ritmo", None, "responding"),
    Word("took_turns", "We took turns", "Nos turnamos", None, "responding"),
    Word("gave_comfort", "Gave comfort", "Le di consuelo", None, "responding"),
    Word("named_feelings", "Put feelings into words", "Le puse nombre a lo que sentía",
         "child_competence", "teaching"),
    Word("cheered_on", "Cheered my child on", "Le di ánimo", None, "encouraging"),
    Word("let_them_try", "Let my child try", "Dejé que lo intentara", "child_competence",
         "encouraging"),
    Word("showed_how", "Showed how", "Le enseñé cómo hacerlo", "knowledge", "teaching"),
    Word("played_together", "Played together", "Jugamos juntos", None, "warmth"),
    Word("took_a_breath", "Took a breath first", "Respiré primero", "resilience", None),
    Word("came_back", "Came back together", "Volvimos a encontrarnos", "resilience", None),
    Word("asked_for_help", "Asked for help", "Pedí ayuda", "concrete_support", None),
    Word("leaned_on_village", "Leaned on my people", "Me apoyé en mi gente",
         "social_connections", None),
    Word("learned_something", "Learned something new", "Aprendí algo nuevo", "knowledge",
         None),
    Word("child_calmed", "My child found calm", "Mi peque se calmó", "child_competence",
         None),
    Word("child_explored", "My child explored", "Mi peque exploró", "child_competence",
         "encouraging"),
    Word("patience", "Patience", "Paciencia", "resilience", "warmth"),
    Word("humor", "Humor", "Buen humor", "resilience", "warmth"),
    Word("we_laughed", "We laughed", "Nos reímos", None, "warmth"),
    Word("we_sang", "We sang", "Cantamos", None, "warmth"),
    Word("cuddled", "We cuddled", "Nos acurrucamos", None, "warmth"),
)

# "What we did": strengths a caregiver can tap in the moment form's short view, so a
# moment can be kept without typing (each is kept as a strength "in me").
QUICK_DID: dict[str, tuple[str, ...]] = {
    "connection": ("we_laughed", "we_sang", "followed_lead", "cuddled", "played_together",
                   "took_turns", "smiled_together"),
    "repair": ("came_back", "cuddled", "gave_comfort", "took_a_breath", "named_feelings",
               "asked_for_help"),
}

ROUTINES: tuple[Word, ...] = (
    Word("feeding", "Feeding", "Hora de comer"),
    Word("bath", "Bath", "Baño"),
    Word("diaper", "Diaper change", "Cambio de pañal"),
    Word("dressing", "Getting dressed", "Vestirse"),
    Word("play", "Play", "Jugar"),
    Word("walk", "A walk", "Un paseo"),
    Word("car", "In the car", "En el carro"),
    Word("bedtime", "Bedtime", "Hora de dormir"),
    Word("waking", "Waking up", "Al despertar"),
    Word("reading", "Reading", "Leer un libro"),
    Word("errands", "Errands", "Mandados"),
)

FEELINGS: tuple[Word, ...] = (
    Word("close", "Close", "Muy cerca"),
    Word("calm", "Calm", "En calma"),
    Word("happy", "Happy", "Feliz"),
    Word("proud", "Proud", "Con orgullo"),
    Word("silly", "Silly", "Con ganas de jugar"),
    Word("tender", "Tender", "Con ternura"),
    Word("relieved", "Relieved", "Con alivio"),
    Word("tired", "Tired", "Con cansancio"),
    Word("stretched", "Stretched thin", "Al límite"),
    Word("mixed", "A mix of things", "Un poco de todo"),
)

# The order a moment's own words are read back (lists, the timeline, Today, the summary):
# a repair leads with how you came back together; what pulled you apart comes last.
READ_ORDER: dict[str, tuple[str, ...]] = {
    "reflection": ("body",),
    "connection": ("child_did", "i_did", "how_it_ended"),
    "repair": ("reconnected", "what_helped", "remember", "noticed_first", "pulled_apart"),
    "visit": ("they_noticed", "want_to_try"),
}

BY_KEY = {word.key: word for group in (STRENGTHS, ROUTINES, FEELINGS) for word in group}
ROUTINE_KEYS = frozenset(word.key for word in ROUTINES)
FEELING_KEYS = frozenset(word.key for word in FEELINGS)
