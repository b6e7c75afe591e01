"""The four tools and the 2019 policy papers, from what the campaign says of them, with Spanish."""

from home.demo.text import p, t

LIBRARY = {
    "title": t("Resource library", "Biblioteca de recursos"),
    "intro": p(
        t(
            "Tools Healing Together partners made together for organisations that engage "
            "men in ending violence and fostering healing. Free to download and adapt.",
            "Herramientas que las organizaciones de Sanar Juntos hicieron juntas para quienes "
            "acompañan a hombres a terminar con la violencia y a sanar. Gratis para "
            "descargar y adaptar.",
        )
    ),
}
SAMPLE = t(
    "Sample edition made for this demonstration site.",
    "Edición de ejemplo hecha para este sitio de demostración.",
)

TOOLS = [
    dict(
        slug="facilitators-guide-mens-circles",
        kind="facilitator-guide",
        audience="facilitators",
        title=t("Facilitator’s guide for men’s circles", "Guía para facilitar círculos de hombres"),
        summary=t(
            "How to host men’s circles, in person and online.",
            "Cómo organizar círculos de hombres, en persona y en línea.",
        ),
        body=t(
            "A guide for people who host circles where men who have caused harm take steps to break cycles of violence, in a room together or online.",
            "Una guía para quienes organizan círculos donde hombres que han causado daño dan pasos para romper los ciclos de violencia, juntos en una sala o en línea.",
        ),
        docx=True,
        partners=["ryse-center", "anti-police-terror-project"],
        versions=[
            (
                "1.0",
                "2024-03-01",
                t(
                    "First edition, for circles in a room.",
                    "Primera edición, para círculos presenciales.",
                ),
                False,
            ),
            (
                "2.0",
                "2025-09-15",
                t(
                    "Adds a chapter on hosting circles online safely.",
                    "Agrega un capítulo sobre cómo organizar círculos en línea con seguridad.",
                ),
                True,
            ),
        ],
    ),
    dict(
        slug="organisational-self-assessment",
        kind="self-assessment",
        audience="organisations",
        title=t(
            "Self-assessment for men’s nonviolence programs",
            "Autoevaluación para programas de no violencia con hombres",
        ),
        summary=t(
            "For organisations thinking about offering a men’s nonviolence program.",
            "Para organizaciones que piensan ofrecer un programa de no violencia con hombres.",
        ),
        body=t(
            "Questions an organisation can work through to see whether it is ready to offer a men’s nonviolence program, and what it would need first.",
            "Preguntas que una organización puede trabajar para ver si está lista para ofrecer un programa de no violencia con hombres y qué necesitaría antes.",
        ),
        docx=True,
        partners=["dignity-and-power-now"],
        versions=[("1.0", "2024-06-01", t("First edition.", "Primera edición."), True)],
    ),
    dict(
        slug="community-conversation-guide",
        kind="conversation-guide",
        audience="community",
        title=t(
            "Conversation guide for community members", "Guía de conversación para la comunidad"
        ),
        summary=t(
            "When someone has used violence against a partner and wants help to stop.",
            "Cuando alguien ha usado violencia contra su pareja y quiere ayuda para dejar de hacerlo.",
        ),
        body=t(
            "For friends, family and neighbours talking with someone who has used violence against a partner and wants help to stop.",
            "Para amistades, familias y vecinos que hablan con alguien que ha usado violencia contra su pareja y quiere ayuda para dejar de hacerlo.",
        ),
        docx=False,
        partners=["faith-in-the-valley"],
        versions=[("1.0", "2024-09-01", t("First edition.", "Primera edición."), True)],
    ),
    dict(
        slug="program-evaluation-tool",
        kind="evaluation-tool",
        audience="organisations",
        title=t(
            "Evaluation tool for nonviolence programs",
            "Herramienta de evaluación para programas de no violencia",
        ),
        summary=t(
            "Learn from participants what works and what to improve.",
            "Aprenda de los participantes qué funciona y qué mejorar.",
        ),
        body=t(
            "Helps programs hear from participants about their experience, and what would better support them in ending cycles of violence and building safety and accountability.",
            "Ayuda a los programas a escuchar a los participantes sobre su experiencia y sobre qué los apoyaría mejor para terminar con los ciclos de violencia y construir seguridad y responsabilidad.",
        ),
        docx=True,
        partners=["ryse-center"],
        versions=[("1.0", "2025-01-15", t("First edition.", "Primera edición."), True)],
    ),
    dict(
        slug="healing-together-policy-paper",
        kind="policy-paper",
        audience="policymakers",
        title=t(
            "Healing Together: Shifting Approaches to End Intimate Partner Violence",
            "Sanar Juntos: nuevos enfoques para terminar con la violencia en la pareja",
        ),
        summary=t(
            "The 2019 policy paper that launched the campaign.",
            "El documento de políticas de 2019 con el que empezó la campaña.",
        ),
        body=t(
            "Why responses to partner violence should move from punishment to healing, and what California can fund instead.",
            "Por qué las respuestas a la violencia en la pareja deben pasar del castigo a la sanación, y qué puede financiar California en su lugar.",
        ),
        docx=False,
        partners=[],
        versions=[
            (
                "2019",
                "2019-10-01",
                t("Published October 2019.", "Publicado en octubre de 2019."),
                True,
            )
        ],
    ),
    dict(
        slug="policy-paper-summary",
        kind="summary",
        audience="community",
        title=t("Policy paper summary", "Resumen del documento de políticas"),
        summary=t(
            "The 2019 policy paper in a few pages.", "El documento de 2019 en pocas páginas."
        ),
        body=t(
            "The main ideas and recommendations of the policy paper, short enough to share.",
            "Las ideas y recomendaciones principales del documento, lo bastante breve para compartirlo.",
        ),
        docx=False,
        partners=[],
        versions=[
            (
                "2019",
                "2019-10-01",
                t("Published October 2019.", "Publicado en octubre de 2019."),
                True,
            )
        ],
    ),
]

READING_VERSION = [
    {
        "type": "heading",
        "value": {"text": t("Before the circle", "Antes del círculo"), "level": "h2"},
    },
    {
        "type": "paragraph",
        "value": p(
            t(
                "Agree on how the group keeps each other safe, how people can leave at any time, and who to call if someone is in danger.",
                "Acuerden cómo se cuida el grupo, cómo cualquiera puede irse en cualquier momento y a quién llamar si alguien está en peligro.",
            )
        ),
    },
    {"type": "heading", "value": {"text": t("Hosting online", "Círculos en línea"), "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            t(
                "Send the meeting link privately to each person who registers. Never post it publicly.",
                "Envíe el enlace de la reunión en privado a cada persona inscrita. Nunca lo publique.",
            )
        ),
    },
]
