"""Demo text for the home, About and Policy pages, with the Spanish a translator would enter.

`t(english, spanish)` records the pair and returns the English, so each
sentence is written once, next to its translation.
"""

ES = {}


def t(english, spanish):
    ES[english] = spanish
    return english


def p(*paragraphs):
    return "".join(f"<p>{para}</p>" for para in paragraphs)


# The two quotes, exactly as the campaign published them (the NBSP is theirs).
GALVIS = (
    "Men, we have to do better. Even healthy, conscious, and loving men can oppress with our "
    "silence. It is problematic that domestic violence is frequently framed as a \u2018women\u2019s "
    "issue,\u2019 when boys grow into men who were shaped by early exposure to violence and men are "
    "those most often perpetrating partner violence. My earliest childhood memory is fearing for "
    "my mother\u2019s life at the age of three\u00a0as I witnessed her being violently attacked by "
    "my father. Men \u2014 we have a responsibility to replace relationships of power with "
    "relationships of meaning. We must heal and unlearn the negative male socialization due to "
    "legacies of colonialism."
)
HENDERSON = (
    "My culture, background, and upbringing is rooted in the strengths and needs of the "
    "collective. Removal is not our way. As a professional in the work, I was inundated, even "
    "indoctrinated, with the alternative. This approach... this fight... this celebration of "
    "collective liberation... is the first time in decades I, as a Black woman, have been seen."
)
t(
    GALVIS,
    (
        "Hombres, tenemos que hacerlo mejor. Incluso los hombres sanos, conscientes y amorosos pueden "
        "oprimir con nuestro silencio. Es problemático que la violencia doméstica se presente a menudo "
        "como un \u2018asunto de mujeres\u2019, cuando los niños se convierten en hombres marcados por "
        "una exposición temprana a la violencia y son los hombres quienes más a menudo ejercen "
        "violencia en la pareja. Mi primer recuerdo de infancia es temer por la vida de mi madre a los "
        "tres años, mientras veía cómo mi padre la atacaba con violencia. Hombres: tenemos la "
        "responsabilidad de reemplazar las relaciones de poder por relaciones con sentido. Debemos "
        "sanar y desaprender la socialización masculina negativa que dejó el colonialismo."
    ),
)
t(
    HENDERSON,
    (
        "Mi cultura, mi historia y mi crianza tienen raíz en las fortalezas y necesidades de lo "
        "colectivo. Apartar a las personas no es nuestra manera. Como profesional de este trabajo, me "
        "llenaron, incluso me adoctrinaron, con la alternativa. Este enfoque... esta lucha... esta "
        "celebración de la liberación colectiva... es la primera vez en décadas que yo, como mujer "
        "negra, me he sentido vista."
    ),
)

HOME = {
    "title": t("Healing Together Network", "Red Sanar Juntos"),
    "intro_heading": t(
        "Ending partner violence through healing, not punishment",
        "Terminar con la violencia en la pareja sanando, no castigando",
    ),
    "intro": p(
        t(
            "Healing Together is a campaign of the Alliance for Boys and Men of Color and "
            "community organisations across California. We support survivors, and we support men "
            "and people who have caused harm to stop, heal and break cycles of violence.",
            "Sanar Juntos es una campaña de la Alianza para Niños y Hombres de Color y de "
            "organizaciones comunitarias de California. Apoyamos a sobrevivientes, y apoyamos a los "
            "hombres y a las personas que han causado daño para que paren, sanen y rompan los "
            "ciclos de violencia.",
        ),
        t(
            "Our partners build community safety that does not depend on police or prisons: "
            "restorative programs for whole families, non-police crisis response, and men\u2019s "
            "circles where accountability and care go together.",
            "Nuestras organizaciones aliadas construyen una seguridad comunitaria que no depende de "
            "la policía ni de las cárceles: programas restaurativos para familias enteras, "
            "respuesta a crisis sin policía y círculos de hombres donde la responsabilidad y el "
            "cuidado van juntos.",
        ),
    ),
    "quotes": [
        {
            "type": "quote",
            "value": {
                "quote": GALVIS,
                "speaker": "George Galvis",
                "role": t(
                    "Co-founder and Executive Director of Communities United for Restorative Youth "
                    "Justice",
                    "Cofundador y director ejecutivo de Communities United for Restorative Youth "
                    "Justice",
                ),
                "language": "",
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": HENDERSON,
                "speaker": "Colsaria Henderson",
                "role": t(
                    "Advocate, Survivor, Board President of California Partnership to End Domestic "
                    "Violence",
                    "Defensora, sobreviviente, presidenta de la junta directiva de California "
                    "Partnership to End Domestic Violence",
                ),
                "language": "",
            },
        },
    ],
}
# Names stay as they are in every language.
ES["George Galvis"] = "George Galvis"
ES["Colsaria Henderson"] = "Colsaria Henderson"
HOME_ES = ES


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def paragraph(*paras):
    return {"type": "paragraph", "value": p(*paras)}


CONTENT_PAGES = [
    {
        "slug": "about",
        "title": t("About the campaign", "Sobre la campaña"),
        "summary": t(
            "Who we are, where the campaign comes from, and how we work.",
            "Quiénes somos, de dónde viene la campaña y cómo trabajamos.",
        ),
        "body": [
            heading(t("Who we are", "Quiénes somos")),
            paragraph(
                t(
                    "The Alliance for Boys and Men of Color launched Healing Together in 2019 with "
                    "a policy paper on shifting approaches to end intimate partner violence. With "
                    "support from the Blue Shield of California Foundation, local and national "
                    "partners now carry the campaign together.",
                    "La Alianza para Niños y Hombres de Color lanzó Sanar Juntos en 2019 con un "
                    "documento de políticas sobre nuevos enfoques para terminar con la violencia "
                    "en la pareja. Con el apoyo de la Blue Shield of California Foundation, "
                    "organizaciones locales y nacionales llevan hoy la campaña juntas.",
                ),
                t(
                    "The campaign builds on the work of INCITE!, a network of radical feminists of "
                    "color that includes more than 90 gender and racial justice organisations.",
                    "La campaña se basa en el trabajo de INCITE!, una red de feministas radicales "
                    "de color que reúne a más de 90 organizaciones por la justicia de género y "
                    "racial.",
                ),
            ),
            heading(t("How we work", "Cómo trabajamos")),
            paragraph(
                t(
                    "We engage and support men and people who have caused harm in taking steps to "
                    "break cycles of violence. We push for policies that move away from punishment "
                    "and toward community responses that heal and are rooted in culture. And we "
                    "work on prevention by addressing the root causes of violence in "
                    "relationships, families and communities.",
                    "Acompañamos a los hombres y a las personas que han causado daño para que den "
                    "pasos que rompan los ciclos de violencia. Impulsamos políticas que dejen atrás "
                    "el castigo y apuesten por respuestas comunitarias que sanan y nacen de la "
                    "cultura. Y trabajamos en la prevención atendiendo las causas de fondo de la "
                    "violencia en las relaciones, las familias y las comunidades.",
                ),
            ),
        ],
    },
    {
        "slug": "policy",
        "title": t("Policy work", "Trabajo en políticas públicas"),
        "summary": t(
            "What the campaign has won in the California Capitol, and what comes next.",
            "Lo que la campaña ha logrado en el Capitolio de California y lo que sigue.",
        ),
        "body": [
            heading(t("The CRISES Act", "La Ley CRISES")),
            paragraph(
                t(
                    "The campaign advanced the CRISES Act in the California Capitol. If signed, it "
                    "would fund community-based organisations with millions of dollars for "
                    "responses to intimate partner violence and other emergencies that do not rely "
                    "on police.",
                    "La campaña impulsó la Ley CRISES en el Capitolio de California. Si se firma, "
                    "destinará millones de dólares a organizaciones comunitarias para responder a "
                    "la violencia en la pareja y a otras emergencias sin depender de la policía.",
                ),
            ),
            heading(
                t(
                    "A state audit of batterer intervention programs",
                    "Una auditoría estatal de los programas de intervención para agresores",
                )
            ),
            paragraph(
                t(
                    "The legislature approved our request that the state auditor examine batterer "
                    "intervention programs in selected California counties.",
                    "La legislatura aprobó nuestra petición de que la auditoría estatal examine "
                    "los programas de intervención para agresores en condados seleccionados de "
                    "California.",
                ),
                t(
                    "The audit asks whether these programs reduce repeated violence, how well "
                    "probation departments run them, and whether they take a public health view "
                    "that recognises the social conditions behind violence.",
                    "La auditoría pregunta si estos programas reducen la repetición de la "
                    "violencia, qué tan bien los administran los departamentos de libertad "
                    "condicional y si tienen una mirada de salud pública que reconozca las "
                    "condiciones sociales detrás de la violencia.",
                ),
            ),
        ],
    },
]
for _spec in CONTENT_PAGES:
    _spec["es"] = ES
