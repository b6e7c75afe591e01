"""The four partners from the campaign announcement, in our own words, with Spanish."""

from home.demo.text import p, t

DIRECTORY = {
    "title": t("Partners", "Organizaciones aliadas"),
    "intro": p(
        t(
            "Community organisations across California building safety through healing, "
            "accountability and care instead of police and prisons.",
            "Organizaciones comunitarias de California que construyen seguridad con sanación, "
            "responsabilidad y cuidado en lugar de policía y cárceles.",
        )
    ),
}
EVENTS = {
    "title": t("Events", "Eventos"),
    "intro": p(
        t(
            "Circles, screenings and gatherings hosted by Healing Together partners.",
            "Círculos, proyecciones y encuentros organizados por las organizaciones de Sanar Juntos.",
        )
    ),
}


def program(name, description):
    return {"type": "program", "value": {"name": name, "description": p(description), "link": ""}}


PARTNERS = [
    {
        "slug": "dignity-and-power-now",
        "title": "Dignity & Power Now",
        "colours": ("#3b1f5c", "#f2b134", "#e8e2f4"),
        "summary": t(
            "Los Angeles organisers for the dignity of incarcerated people and their families.",
            "Organizadores de Los Ángeles por la dignidad de las personas encarceladas y sus familias.",
        ),
        "about": p(
            t(
                "Dignity & Power Now organises in Los Angeles for the health and dignity of people harmed by incarceration, and their families and communities.",
                "Dignity & Power Now se organiza en Los Ángeles por la salud y la dignidad de las personas dañadas por el encarcelamiento, sus familias y sus comunidades.",
            )
        ),
        "where": t("Los Angeles County", "Condado de Los Ángeles"),
        "regions": "|los-angeles|",
        "focus": "|survivor-support|policy|restorative-justice|",
        "coalitions": t("Anchor organisation of Justice LA", "Organización ancla de Justice LA"),
        "programs": [
            program(
                t("Los Angeles County pilot", "Programa piloto con el Condado de Los Ángeles"),
                t(
                    "A pilot developed with Los Angeles County so that both survivors and people facing charges get the services they need to be safe and healthy. Today survivors get support only after a conviction, and the person accused of harm is connected to nothing.",
                    "Un programa piloto creado con el Condado de Los Ángeles para que tanto las sobrevivientes como las personas acusadas reciban los servicios que necesitan para estar a salvo y sanas. Hoy las sobrevivientes solo reciben apoyo si hay una condena, y la persona acusada de causar daño no recibe ningún acompañamiento.",
                ),
            )
        ],
        "video": {
            "title": t("Support before a conviction", "Apoyo antes de una condena"),
            "url": "https://vimeo.com/123456789",
        },
    },
    {
        "slug": "faith-in-the-valley",
        "title": "Faith in the Valley",
        "colours": ("#1f4d3a", "#f28c28", "#e4f1ea"),
        "summary": t(
            "Fresno congregations and young people telling their own stories to change local systems.",
            "Congregaciones y jóvenes de Fresno que cuentan sus propias historias para cambiar los sistemas locales.",
        ),
        "about": p(
            t(
                "In Fresno, Faith in the Valley brings young people and community members together around gender-based violence.",
                "En Fresno, Faith in the Valley reúne a jóvenes y a la comunidad para hablar de la violencia de género.",
            )
        ),
        "where": t("Fresno", "Fresno"),
        "regions": "|fresno|",
        "focus": "|youth|storytelling|policy|",
        "coalitions": "",
        "programs": [
            program(
                t("Youth documentaries", "Documentales juveniles"),
                t(
                    "Young people make short documentaries about gender-based violence. Policymakers hear directly from people who have lived it about the need for healing and support in the community.",
                    "Jóvenes crean documentales cortos sobre la violencia de género. Quienes hacen las políticas escuchan directamente a las personas que la han vivido sobre la necesidad de sanación y apoyo en la comunidad.",
                ),
            )
        ],
        "video": {
            "title": t("Our stories, our safety", "Nuestras historias, nuestra seguridad"),
            "url": "https://www.youtube.com/watch?v=aBcDeFgHiJk",
        },
    },
    {
        "slug": "ryse-center",
        "title": "RYSE Center",
        "colours": ("#0f4c5c", "#e36414", "#e6f2f3"),
        "summary": t(
            "A youth centre in Contra Costa County where young people heal, learn and lead.",
            "Un centro juvenil del Condado de Contra Costa donde la juventud sana, aprende y lidera.",
        ),
        "about": p(
            t(
                "RYSE works with young people living with domestic violence and other kinds of interpersonal violence, across all its programs and services.",
                "RYSE acompaña a jóvenes que viven violencia doméstica y otras formas de violencia interpersonal, en todos sus programas y servicios.",
            )
        ),
        "where": t("Contra Costa County", "Condado de Contra Costa"),
        "regions": "|contra-costa|",
        "focus": "|youth|restorative-justice|mens-circles|",
        "coalitions": "",
        "programs": [
            program(
                t(
                    "CHAT Project (Collective Healing and Transformation)",
                    "Proyecto CHAT (Sanación y Transformación Colectiva)",
                ),
                t(
                    "RYSE helped shape CHAT from the start: a community-based response to domestic violence outside the criminal-legal system that brings in the whole family through restorative justice.",
                    "RYSE ayudó a crear CHAT desde el inicio: una respuesta comunitaria a la violencia doméstica, fuera del sistema penal, que involucra a toda la familia mediante la justicia restaurativa.",
                ),
            )
        ],
        "video": {
            "title": t("The whole family heals", "Toda la familia sana"),
            "url": "https://youtu.be/Zyxwvutsr12",
        },
    },
    {
        "slug": "anti-police-terror-project",
        "title": "Anti Police-Terror Project",
        "colours": ("#2b2d42", "#d90429", "#edf2f4"),
        "summary": t(
            "Oakland and Sacramento organisers building crisis response without police.",
            "Organizadores de Oakland y Sacramento que construyen respuestas a crisis sin policía.",
        ),
        "about": p(
            t(
                "The Anti Police-Terror Project builds community responses to crises so that people in distress meet care, not police.",
                "El Anti Police-Terror Project construye respuestas comunitarias a las crisis para que las personas en peligro encuentren cuidado, no policía.",
            )
        ),
        "where": t("Oakland and Sacramento", "Oakland y Sacramento"),
        "regions": "|oakland|sacramento|",
        "focus": "|crisis-response|survivor-support|",
        "coalitions": "",
        "programs": [
            program(
                t("MH First", "MH First"),
                t(
                    "A non-police response to mental health crises: psychiatric emergencies, support around substance use, and safety planning for domestic violence. Programs like this change and have paused before, so check current hours before relying on it.",
                    "Una respuesta sin policía a las crisis de salud mental: emergencias psiquiátricas, apoyo con el uso de sustancias y planes de seguridad ante la violencia doméstica. Programas como este cambian y ya se han pausado antes, así que confirme el horario actual antes de contar con él.",
                ),
            )
        ],
        "video": {
            "title": t("Care, not cops", "Cuidado, no policía"),
            "url": "https://vimeo.com/987654321",
        },
    },
]

VIDEO_TEXT = {
    "description": p(
        t(
            "A short documentary made with community members about healing after violence.",
            "Un documental corto hecho con la comunidad sobre la sanación después de la violencia.",
        )
    ),
    "content_note": t(
        "People talk about violence at home and in relationships. There are no images of violence.",
        "Las personas hablan de violencia en el hogar y en la pareja. No hay imágenes de violencia.",
    ),
    "transcript": p(
        t("[Music]", "[Música]"),
        t(
            "Speaker 1: When I was growing up, nobody talked about what happened at home.",
            "Persona 1: Cuando yo era niño, nadie hablaba de lo que pasaba en casa.",
        ),
        t(
            "Speaker 2: Safety for us means people who know us showing up, not a patrol car.",
            "Persona 2: Para nosotros, seguridad es que llegue gente que nos conoce, no una patrulla.",
        ),
        t(
            "Speaker 1: Healing is something we do together.",
            "Persona 1: Sanar es algo que hacemos juntos.",
        ),
    ),
}

EVENT_TEXT = {
    "circle_in_person": {
        "title": t("Men’s healing circle", "Círculo de sanación para hombres"),
        "summary": t(
            "A weekly circle for men who want to stop causing harm and heal, with trained facilitators.",
            "Un círculo semanal para hombres que quieren dejar de causar daño y sanar, con facilitadores capacitados.",
        ),
        "venue": t("Community room", "Salón comunitario"),
        "how": t(
            "Call or text us to join; first-timers are welcome.",
            "Llámenos o envíenos un mensaje para unirse; quienes vienen por primera vez son bienvenidos.",
        ),
        "access": t(
            "Step-free entrance. Spanish interpretation on request.",
            "Entrada sin escalones. Interpretación al español si la pide.",
        ),
    },
    "circle_online": {
        "title": t("Online men’s circle", "Círculo de hombres en línea"),
        "summary": t(
            "The same circle online, for men who cannot travel. We send the link privately after you register.",
            "El mismo círculo en línea, para hombres que no pueden viajar. Enviamos el enlace en privado después de que se inscriba.",
        ),
        "venue": "",
        "how": t(
            "Register on our sign-up page; we send the meeting link only to people who register.",
            "Inscríbase en nuestra página de registro; enviamos el enlace de la reunión solo a quienes se inscriben.",
        ),
        "access": t("Live captions in English.", "Subtítulos en vivo en inglés."),
    },
    "gathering": {
        "title": t("Community gathering on safety", "Encuentro comunitario sobre seguridad"),
        "summary": t(
            "Food, stories and a conversation about keeping each other safe without police.",
            "Comida, historias y una conversación sobre cómo cuidarnos sin policía.",
        ),
        "venue": t("Community centre", "Centro comunitario"),
        "how": t("No need to register.", "No hace falta inscribirse."),
        "access": t("Childcare and food provided.", "Hay cuidado de niños y comida."),
    },
}
FREE = t("Free", "Gratis")
